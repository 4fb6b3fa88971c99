package billing

import (
	"fmt"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// GetFraudCheckUrlParams are the arguments of Order.GetFraudCheckUrl.
type GetFraudCheckUrlParams struct{}

// GetFraudCheckUrl is Order.GetFraudCheckUrl.
var GetFraudCheckUrl = define[GetFraudCheckUrlParams](jelastic.Method{Service: "Order", Name: "GetFraudCheckUrl", Effect: jelastic.Read,
	Summary: "Return the web address of the external billing system's fraud check page the caller must pass before paying."}, nil)

// GetHistoryUrlParams are the arguments of Order.GetHistoryUrl.
type GetHistoryUrlParams struct{}

// GetHistoryUrl is Order.GetHistoryUrl.
var GetHistoryUrl = define[GetHistoryUrlParams](jelastic.Method{Service: "Order", Name: "GetHistoryUrl", Effect: jelastic.Read,
	Summary: "Return the web address of the caller's order and payment history page in the external billing system."}, nil)

// GetOrdersParams are the arguments of Order.GetOrders.
type GetOrdersParams struct {
	Status string `json:"status" wire:"status" jsonschema:"required,enum=APPROVED,enum=PENDING,enum=DECLINED,enum=ALL" jsonschema_description:"Order status to list; ALL for every order."`
}

// GetOrders is Order.GetOrders.
var GetOrders = define[GetOrdersParams](jelastic.Method{Service: "Order", Name: "GetOrders", Effect: jelastic.Read,
	Summary: "List the caller's orders (service plan purchases) with the given status: plan, amount (platform currency), date."}, nil)

// GetUrlSupplyingCookiesForHistoryUrlParams are the arguments of Order.GetUrlSupplyingCookiesForHistoryUrl.
type GetUrlSupplyingCookiesForHistoryUrlParams struct{}

// GetUrlSupplyingCookiesForHistoryUrl is Order.GetUrlSupplyingCookiesForHistoryUrl.
var GetUrlSupplyingCookiesForHistoryUrl = define[GetUrlSupplyingCookiesForHistoryUrlParams](jelastic.Method{Service: "Order", Name: "GetUrlSupplyingCookiesForHistoryUrl", Tool: "order_get_history_url_with_cookies", Effect: jelastic.Read,
	Summary: "Return a login link that sets the browser cookies the order history page (order_get_history_url) needs."}, nil)

// OrderEventParams are the arguments of Order.OrderEvent.
type OrderEventParams struct {
	ExternOrderID string `json:"extern_order_id" wire:"externOrderId" jsonschema:"required" jsonschema_description:"Order ID issued by the external billing system."`
	EventType     string `json:"event_type" wire:"eventType" jsonschema:"required,enum=APPROVED,enum=DECLINED" jsonschema_description:"Outcome of the order."`
}

// OrderEvent is Order.OrderEvent.
var OrderEvent = define(jelastic.Method{Service: "Order", Name: "OrderEvent", Effect: jelastic.Destructive,
	Summary: "Tell the platform that the external billing system approved or declined an order; approval credits the purchase. For billing integrations. Admin only."},
	func(a *OrderEventParams) string {
		return fmt.Sprintf("Record event %s for external order %s.", a.EventType, a.ExternOrderID)
	})

// PayServicePlanParams are the arguments of Order.PayServicePlan.
type PayServicePlanParams struct {
	ServicePlanID int    `json:"service_plan_id" wire:"servicePlanId" money:"priced" jsonschema:"required" jsonschema_description:"ID of the service plan to buy, e.g. a one-time balance refill."`
	PayMethodID   string `json:"pay_method_id" wire:"payMethodId" jsonschema:"required" jsonschema_description:"Saved payment method to charge, from service_plan_get_pay_method_list."`
}

// PayServicePlan is Order.PayServicePlan.
var PayServicePlan = define(jelastic.Method{Service: "Order", Name: "PayServicePlan", Effect: jelastic.Destructive,
	Summary: "Buy a service plan (e.g. a balance refill) for the caller, charging the given saved payment method. Moves money."},
	func(a *PayServicePlanParams) string {
		return fmt.Sprintf("Buy service plan %d, charging payment method %s.", a.ServicePlanID, a.PayMethodID)
	})
