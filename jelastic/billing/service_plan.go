package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// CreateLevelAutoPayParams are the arguments of ServicePlan.CreateLevelAutoPay.
type CreateLevelAutoPayParams struct {
	MinBalance      int           `json:"min_balance" wire:"minBalance" jsonschema:"required" jsonschema_description:"Min balance."`
	Expires         jelastic.Time `json:"expires" wire:"expires" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Expires."`
	ServicePlanID   int           `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"Service plan ID."`
	PaymentMethodID string        `json:"payment_method_id" wire:"paymentMethodId" jsonschema:"required" jsonschema_description:"Payment method ID."`
	MinPeriod       int           `json:"min_period" wire:"minPeriod" jsonschema:"required" jsonschema_description:"Min period."`
}

// CreateLevelAutoPay is ServicePlan.CreateLevelAutoPay.
var CreateLevelAutoPay = jelastic.Method{Service: "ServicePlan", Name: "CreateLevelAutoPay", Path: "billing/serviceplan/rest/createlevelautopay", Effect: jelastic.Destructive,
	Summary: "Create level auto pay.",
	Params:  CreateLevelAutoPayParams{}}

// CreateRegularAutoPayParams are the arguments of ServicePlan.CreateRegularAutoPay.
type CreateRegularAutoPayParams struct {
	CronExpression  string        `json:"cron_expression" wire:"cronExpression" jsonschema:"required" jsonschema_description:"Cron expression."`
	Expires         jelastic.Time `json:"expires" wire:"expires" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Expires."`
	TimeZone        string        `json:"time_zone" wire:"timeZone" jsonschema:"required" jsonschema_description:"Time zone."`
	ServicePlanID   int           `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"Service plan ID."`
	PaymentMethodID string        `json:"payment_method_id" wire:"paymentMethodId" jsonschema:"required" jsonschema_description:"Payment method ID."`
}

// CreateRegularAutoPay is ServicePlan.CreateRegularAutoPay.
var CreateRegularAutoPay = jelastic.Method{Service: "ServicePlan", Name: "CreateRegularAutoPay", Path: "billing/serviceplan/rest/createregularautopay", Effect: jelastic.Destructive,
	Summary: "Create regular auto pay.",
	Params:  CreateRegularAutoPayParams{}}

// CreateServicePlanParams are the arguments of ServicePlan.CreateServicePlan.
type CreateServicePlanParams struct {
	Name            string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
	Description     string `json:"description" wire:"description" jsonschema:"required" jsonschema_description:"Free-text description."`
	ServicePlanType string `json:"service_plan_type" wire:"servicePlanType" jsonschema:"required" jsonschema_description:"Service plan type."`
	ExternPlanID    string `json:"extern_plan_id" wire:"externPlanId" jsonschema:"required" jsonschema_description:"Extern plan id."`
}

// CreateServicePlan is ServicePlan.CreateServicePlan.
var CreateServicePlan = jelastic.Method{Service: "ServicePlan", Name: "CreateServicePlan", Path: "billing/serviceplan/rest/createserviceplan", Effect: jelastic.Write,
	Summary: "Create service plan.",
	Params:  CreateServicePlanParams{}}

// DeleteAutoPayParams are the arguments of ServicePlan.DeleteAutoPay.
type DeleteAutoPayParams struct {
	AutoPayID int `json:"auto_pay_id" wire:"autoPayId" jsonschema:"required" jsonschema_description:"Auto pay id."`
}

// DeleteAutoPay is ServicePlan.DeleteAutoPay.
var DeleteAutoPay = jelastic.Method{Service: "ServicePlan", Name: "DeleteAutoPay", Path: "billing/serviceplan/rest/deleteautopay", Effect: jelastic.Write,
	Summary: "Delete auto pay.",
	Params:  DeleteAutoPayParams{}}

// DeleteServicePlanParams are the arguments of ServicePlan.DeleteServicePlan.
type DeleteServicePlanParams struct {
	ServicePlanID int `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"Service plan ID."`
}

// DeleteServicePlan is ServicePlan.DeleteServicePlan.
var DeleteServicePlan = jelastic.Method{Service: "ServicePlan", Name: "DeleteServicePlan", Path: "billing/serviceplan/rest/deleteserviceplan", Effect: jelastic.Destructive,
	Summary: "Delete service plan.",
	Params:  DeleteServicePlanParams{}}

// EnableServicePlanParams are the arguments of ServicePlan.EnableServicePlan.
type EnableServicePlanParams struct {
	ServicePlanID int `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"Service plan ID."`
	Enabled       int `json:"enabled" wire:"enabled" jsonschema:"required" jsonschema_description:"true to enable, false to disable."`
}

// EnableServicePlan is ServicePlan.EnableServicePlan.
var EnableServicePlan = jelastic.Method{Service: "ServicePlan", Name: "EnableServicePlan", Path: "billing/serviceplan/rest/enableserviceplan", Effect: jelastic.Write,
	Summary: "Enable service plan.",
	Params:  EnableServicePlanParams{}}

// ExtendedCreateServicePlanParams are the arguments of ServicePlan.ExtendedCreateServicePlan.
type ExtendedCreateServicePlanParams struct {
	Label          string `json:"label" wire:"label" jsonschema:"required" jsonschema_description:"Label."`
	ExternalPlanID string `json:"external_plan_id" wire:"externalPlanId" jsonschema:"required" jsonschema_description:"Plan ID in the external billing system."`
	Description    string `json:"description" wire:"description" jsonschema:"required" jsonschema_description:"Free-text description."`
	Enabled        bool   `json:"enabled" wire:"enabled" jsonschema:"required" jsonschema_description:"true to enable, false to disable."`
	Type           string `json:"type" wire:"type" jsonschema:"required" jsonschema_description:"Type of the object."`
	ByDefault      bool   `json:"by_default" wire:"byDefault" jsonschema:"required" jsonschema_description:"By default."`
	Price          string `json:"price" wire:"price" jsonschema:"required" jsonschema_description:"Price."`
}

// ExtendedCreateServicePlan is ServicePlan.ExtendedCreateServicePlan.
var ExtendedCreateServicePlan = jelastic.Method{Service: "ServicePlan", Name: "ExtendedCreateServicePlan", Path: "billing/serviceplan/rest/extendedcreateserviceplan", Effect: jelastic.Write,
	Summary: "Extended create service plan.",
	Params:  ExtendedCreateServicePlanParams{}}

// ExtendedGetServicePlansParams are the arguments of ServicePlan.ExtendedGetServicePlans.
type ExtendedGetServicePlansParams struct{}

// ExtendedGetServicePlans is ServicePlan.ExtendedGetServicePlans.
var ExtendedGetServicePlans = jelastic.Method{Service: "ServicePlan", Name: "ExtendedGetServicePlans", Path: "billing/serviceplan/rest/extendedgetserviceplans", Effect: jelastic.Read,
	Summary: "Extended get service plans.",
	Params:  ExtendedGetServicePlansParams{}}

// ExtendedServicePlanUpdateParams are the arguments of ServicePlan.ExtendedServicePlanUpdate.
type ExtendedServicePlanUpdateParams struct {
	ID             int    `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
	Label          string `json:"label" wire:"label" jsonschema:"required" jsonschema_description:"Label."`
	ExternalPlanID string `json:"external_plan_id" wire:"externalPlanId" jsonschema:"required" jsonschema_description:"Plan ID in the external billing system."`
	Description    string `json:"description" wire:"description" jsonschema:"required" jsonschema_description:"Free-text description."`
	Enabled        bool   `json:"enabled" wire:"enabled" jsonschema:"required" jsonschema_description:"true to enable, false to disable."`
	Type           string `json:"type" wire:"type" jsonschema:"required" jsonschema_description:"Type of the object."`
	ByDefault      bool   `json:"by_default" wire:"byDefault" jsonschema:"required" jsonschema_description:"By default."`
	Price          string `json:"price" wire:"price" jsonschema:"required" jsonschema_description:"Price."`
}

// ExtendedServicePlanUpdate is ServicePlan.ExtendedServicePlanUpdate.
var ExtendedServicePlanUpdate = jelastic.Method{Service: "ServicePlan", Name: "ExtendedServicePlanUpdate", Path: "billing/serviceplan/rest/extendedserviceplanupdate", Effect: jelastic.Write,
	Summary: "Extended service plan update.",
	Params:  ExtendedServicePlanUpdateParams{}}

// GetAutoPayHistoryParams are the arguments of ServicePlan.GetAutoPayHistory.
type GetAutoPayHistoryParams struct {
	AutoPayID int `json:"auto_pay_id" wire:"autoPayId" jsonschema:"required" jsonschema_description:"Auto pay id."`
}

// GetAutoPayHistory is ServicePlan.GetAutoPayHistory.
var GetAutoPayHistory = jelastic.Method{Service: "ServicePlan", Name: "GetAutoPayHistory", Path: "billing/serviceplan/rest/getautopayhistory", Effect: jelastic.Read,
	Summary: "Get auto pay history.",
	Params:  GetAutoPayHistoryParams{}}

// GetAutoPaysParams are the arguments of ServicePlan.GetAutoPays.
type GetAutoPaysParams struct{}

// GetAutoPays is ServicePlan.GetAutoPays.
var GetAutoPays = jelastic.Method{Service: "ServicePlan", Name: "GetAutoPays", Path: "billing/serviceplan/rest/getautopays", Effect: jelastic.Read,
	Summary: "Get auto pays.",
	Params:  GetAutoPaysParams{}}

// GetBoughtServicePlansParams are the arguments of ServicePlan.GetBoughtServicePlans.
type GetBoughtServicePlansParams struct{}

// GetBoughtServicePlans is ServicePlan.GetBoughtServicePlans.
var GetBoughtServicePlans = jelastic.Method{Service: "ServicePlan", Name: "GetBoughtServicePlans", Path: "billing/serviceplan/rest/getboughtserviceplans", Effect: jelastic.Read,
	Summary: "Get bought service plans.",
	Params:  GetBoughtServicePlansParams{}}

// GetCurrencyParams are the arguments of ServicePlan.GetCurrency.
type GetCurrencyParams struct{}

// GetCurrency is ServicePlan.GetCurrency.
var GetCurrency = jelastic.Method{Service: "ServicePlan", Name: "GetCurrency", Path: "billing/serviceplan/rest/getcurrency", Effect: jelastic.Read,
	Summary: "Get currency.",
	Params:  GetCurrencyParams{}}

// GetFinalCostParams are the arguments of ServicePlan.GetFinalCost.
type GetFinalCostParams struct {
	ServicePlanID int `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"Service plan ID."`
}

// GetFinalCost is ServicePlan.GetFinalCost.
var GetFinalCost = jelastic.Method{Service: "ServicePlan", Name: "GetFinalCost", Path: "billing/serviceplan/rest/getfinalcost", Effect: jelastic.Read,
	Summary: "Get final cost.",
	Params:  GetFinalCostParams{}}

// GetPayMethodListParams are the arguments of ServicePlan.GetPayMethodList.
type GetPayMethodListParams struct{}

// GetPayMethodList is ServicePlan.GetPayMethodList.
var GetPayMethodList = jelastic.Method{Service: "ServicePlan", Name: "GetPayMethodList", Path: "billing/serviceplan/rest/getpaymethodlist", Effect: jelastic.Read,
	Summary: "Get pay method list.",
	Params:  GetPayMethodListParams{}}

// GetPaymentNewsParams are the arguments of ServicePlan.GetPaymentNews.
type GetPaymentNewsParams struct{}

// GetPaymentNews is ServicePlan.GetPaymentNews.
var GetPaymentNews = jelastic.Method{Service: "ServicePlan", Name: "GetPaymentNews", Path: "billing/serviceplan/rest/getpaymentnews", Effect: jelastic.Read,
	Summary: "Get payment news.",
	Params:  GetPaymentNewsParams{}}

// GetServicePlanParams are the arguments of ServicePlan.GetServicePlan.
type GetServicePlanParams struct {
	ServicePlanID int `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"Service plan ID."`
}

// GetServicePlan is ServicePlan.GetServicePlan.
var GetServicePlan = jelastic.Method{Service: "ServicePlan", Name: "GetServicePlan", Path: "billing/serviceplan/rest/getserviceplan", Effect: jelastic.Read,
	Summary: "Get service plan.",
	Params:  GetServicePlanParams{}}

// GetServicePlanByTypeParams are the arguments of ServicePlan.GetServicePlanByType.
type GetServicePlanByTypeParams struct {
	PlanType *string `json:"plan_type,omitempty" wire:"planType" jsonschema_description:"Plan type."`
}

// GetServicePlanByType is ServicePlan.GetServicePlanByType.
var GetServicePlanByType = jelastic.Method{Service: "ServicePlan", Name: "GetServicePlanByType", Path: "billing/serviceplan/rest/getserviceplanbytype", Effect: jelastic.Read,
	Summary: "Get service plan by type.",
	Params:  GetServicePlanByTypeParams{}}

// PaymentNewsReadParams are the arguments of ServicePlan.PaymentNewsRead.
type PaymentNewsReadParams struct {
	ID string `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
}

// PaymentNewsRead is ServicePlan.PaymentNewsRead.
var PaymentNewsRead = jelastic.Method{Service: "ServicePlan", Name: "PaymentNewsRead", Path: "billing/serviceplan/rest/paymentnewsread", Effect: jelastic.Write,
	Summary: "Payment news read.",
	Params:  PaymentNewsReadParams{}}

// SetExternPlanIdParams are the arguments of ServicePlan.SetExternPlanId.
type SetExternPlanIdParams struct {
	ServicePlanID  int    `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"Service plan ID."`
	ExternalPlanID string `json:"external_plan_id" wire:"externalPlanId" jsonschema:"required" jsonschema_description:"Plan ID in the external billing system."`
}

// SetExternPlanId is ServicePlan.SetExternPlanId.
var SetExternPlanId = jelastic.Method{Service: "ServicePlan", Name: "SetExternPlanId", Path: "billing/serviceplan/rest/setexternplanid", Effect: jelastic.Write,
	Summary: "Set extern plan id.",
	Params:  SetExternPlanIdParams{}}

// UpdateServicePlanParams are the arguments of ServicePlan.UpdateServicePlan.
type UpdateServicePlanParams struct {
	ServicePlanID       int    `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"Service plan ID."`
	Name                string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
	Description         string `json:"description" wire:"description" jsonschema:"required" jsonschema_description:"Free-text description."`
	ExternServicePlanID string `json:"extern_service_plan_id" wire:"externServicePlanId" jsonschema:"required" jsonschema_description:"Extern service plan id."`
}

// UpdateServicePlan is ServicePlan.UpdateServicePlan.
var UpdateServicePlan = jelastic.Method{Service: "ServicePlan", Name: "UpdateServicePlan", Path: "billing/serviceplan/rest/updateserviceplan", Effect: jelastic.Write,
	Summary: "Update service plan.",
	Params:  UpdateServicePlanParams{}}

var servicePlanMethods = []jelastic.Method{CreateLevelAutoPay, CreateRegularAutoPay, CreateServicePlan, DeleteAutoPay, DeleteServicePlan, EnableServicePlan, ExtendedCreateServicePlan, ExtendedGetServicePlans, ExtendedServicePlanUpdate, GetAutoPayHistory, GetAutoPays, GetBoughtServicePlans, GetCurrency, GetFinalCost, GetPayMethodList, GetPaymentNews, GetServicePlan, GetServicePlanByType, PaymentNewsRead, SetExternPlanId, UpdateServicePlan}
