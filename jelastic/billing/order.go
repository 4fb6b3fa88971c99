package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// GetFraudCheckUrlParams are the arguments of Order.GetFraudCheckUrl.
type GetFraudCheckUrlParams struct{}

// GetFraudCheckUrl is Order.GetFraudCheckUrl.
var GetFraudCheckUrl = jelastic.Method{Service: "Order", Name: "GetFraudCheckUrl", Path: "billing/order/rest/getfraudcheckurl", Effect: jelastic.Read,
	Summary: "Get fraud check url.",
	Params:  GetFraudCheckUrlParams{}}

// GetHistoryUrlParams are the arguments of Order.GetHistoryUrl.
type GetHistoryUrlParams struct{}

// GetHistoryUrl is Order.GetHistoryUrl.
var GetHistoryUrl = jelastic.Method{Service: "Order", Name: "GetHistoryUrl", Path: "billing/order/rest/gethistoryurl", Effect: jelastic.Read,
	Summary: "Get history url.",
	Params:  GetHistoryUrlParams{}}

// GetOrdersParams are the arguments of Order.GetOrders.
type GetOrdersParams struct {
	Status string `json:"status" wire:"status" jsonschema:"required" jsonschema_description:"Status value."`
}

// GetOrders is Order.GetOrders.
var GetOrders = jelastic.Method{Service: "Order", Name: "GetOrders", Path: "billing/order/rest/getorders", Effect: jelastic.Read,
	Summary: "Get orders.",
	Params:  GetOrdersParams{}}

// GetUrlSupplyingCookiesForHistoryUrlParams are the arguments of Order.GetUrlSupplyingCookiesForHistoryUrl.
type GetUrlSupplyingCookiesForHistoryUrlParams struct{}

// GetUrlSupplyingCookiesForHistoryUrl is Order.GetUrlSupplyingCookiesForHistoryUrl.
var GetUrlSupplyingCookiesForHistoryUrl = jelastic.Method{Service: "Order", Name: "GetUrlSupplyingCookiesForHistoryUrl", Path: "billing/order/rest/geturlsupplyingcookiesforhistoryurl", Effect: jelastic.Read,
	Summary: "Get url supplying cookies for history url.",
	Params:  GetUrlSupplyingCookiesForHistoryUrlParams{}}

// OrderEventParams are the arguments of Order.OrderEvent.
type OrderEventParams struct {
	ExternOrderID string `json:"extern_order_id" wire:"externOrderId" jsonschema:"required" jsonschema_description:"Extern order id."`
	EventType     string `json:"event_type" wire:"eventType" jsonschema:"required" jsonschema_description:"Event type."`
}

// OrderEvent is Order.OrderEvent.
var OrderEvent = jelastic.Method{Service: "Order", Name: "OrderEvent", Path: "billing/order/rest/orderevent", Effect: jelastic.Destructive,
	Summary: "Order event.",
	Params:  OrderEventParams{}}

// PayServicePlanParams are the arguments of Order.PayServicePlan.
type PayServicePlanParams struct {
	ServicePlanID int    `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"Service plan ID."`
	PayMethodID   string `json:"pay_method_id" wire:"payMethodId" jsonschema:"required" jsonschema_description:"Payment method ID."`
}

// PayServicePlan is Order.PayServicePlan.
var PayServicePlan = jelastic.Method{Service: "Order", Name: "PayServicePlan", Path: "billing/order/rest/payserviceplan", Effect: jelastic.Destructive,
	Summary: "Pay service plan.",
	Params:  PayServicePlanParams{}}

var orderMethods = []jelastic.Method{GetFraudCheckUrl, GetHistoryUrl, GetOrders, GetUrlSupplyingCookiesForHistoryUrl, OrderEvent, PayServicePlan}
