package billing

import (
	"fmt"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// CreateLevelAutoPayParams are the arguments of ServicePlan.CreateLevelAutoPay.
type CreateLevelAutoPayParams struct {
	MinBalance      int           `json:"min_balance" wire:"minBalance" jsonschema:"required" jsonschema_description:"Balance threshold in platform currency; a payment runs when below it."`
	Expires         jelastic.Time `json:"expires" wire:"expires" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"When the auto-pay rule stops working."`
	ServicePlanID   int           `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"ID of the service plan to buy on each payment."`
	PaymentMethodID string        `json:"payment_method_id" wire:"paymentMethodId" jsonschema:"required" jsonschema_description:"Payment method to charge, from service_plan_get_pay_method_list."`
	MinPeriod       int           `json:"min_period" wire:"minPeriod" jsonschema:"required" jsonschema_description:"Minimum gap between two payments, in seconds; 0 for no limit."`
}

// CreateLevelAutoPay is ServicePlan.CreateLevelAutoPay.
var CreateLevelAutoPay = define(jelastic.Method{Service: "ServicePlan", Name: "CreateLevelAutoPay", Effect: jelastic.Destructive,
	Summary: "Create a threshold auto-pay: whenever the balance drops below a level, buy a service plan with a saved payment method."},
	func(a *CreateLevelAutoPayParams) string {
		gap := "no minimum gap between payments"
		if a.MinPeriod > 0 {
			gap = fmt.Sprintf("at most once every %d seconds", a.MinPeriod)
		}
		return fmt.Sprintf("Create an auto-pay that buys service plan %d with payment method %s whenever the balance falls below %s, %s, until %s.",
			a.ServicePlanID, say.Quote(a.PaymentMethodID), say.Amount(float64(a.MinBalance)), gap, say.Time(a.Expires.Time))
	})

// CreateRegularAutoPayParams are the arguments of ServicePlan.CreateRegularAutoPay.
type CreateRegularAutoPayParams struct {
	CronExpression  string        `json:"cron_expression" wire:"cronExpression" jsonschema:"required" jsonschema_description:"Quartz cron: sec min hour day month weekday [year], e.g. 0 0 9 1 * ?"`
	Expires         jelastic.Time `json:"expires" wire:"expires" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"When the auto-pay rule stops working."`
	TimeZone        string        `json:"time_zone" wire:"timeZone" jsonschema:"required" jsonschema_description:"Time zone of the cron schedule, e.g. GMT+4 or Europe/Berlin."`
	ServicePlanID   int           `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"ID of the service plan to buy on each payment."`
	PaymentMethodID string        `json:"payment_method_id" wire:"paymentMethodId" jsonschema:"required" jsonschema_description:"Payment method to charge, from service_plan_get_pay_method_list."`
}

// CreateRegularAutoPay is ServicePlan.CreateRegularAutoPay.
var CreateRegularAutoPay = define(jelastic.Method{Service: "ServicePlan", Name: "CreateRegularAutoPay", Effect: jelastic.Destructive,
	Summary: "Create a scheduled auto-pay: buy a service plan with a saved payment method on a cron schedule until an expiry date."},
	func(a *CreateRegularAutoPayParams) string {
		return fmt.Sprintf("Create an auto-pay that buys service plan %d with payment method %s on schedule %s (%s), until %s.",
			a.ServicePlanID, say.Quote(a.PaymentMethodID), say.Quote(a.CronExpression), a.TimeZone, say.Time(a.Expires.Time))
	})

// CreateServicePlanParams are the arguments of ServicePlan.CreateServicePlan.
type CreateServicePlanParams struct {
	Name            string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Plan name, unique among service plans."`
	Description     string `json:"description" wire:"description" jsonschema:"required" jsonschema_description:"Longer description of the plan."`
	ServicePlanType string `json:"service_plan_type" wire:"servicePlanType" jsonschema:"required" jsonschema_description:"Plan kind: one-time or regular."`
	ExternPlanID    string `json:"extern_plan_id" wire:"externPlanId" jsonschema:"required" jsonschema_description:"ID of the matching plan in the external billing system."`
}

// CreateServicePlan is ServicePlan.CreateServicePlan.
var CreateServicePlan = define[CreateServicePlanParams](jelastic.Method{Service: "ServicePlan", Name: "CreateServicePlan", Effect: jelastic.Write,
	Summary: "Create a service plan (a purchasable balance top-up or payment) linked to a plan in the external billing system. Admin only."}, nil)

// DeleteAutoPayParams are the arguments of ServicePlan.DeleteAutoPay.
type DeleteAutoPayParams struct {
	AutoPayID int `json:"auto_pay_id" wire:"autoPayId" jsonschema:"required" jsonschema_description:"Auto-pay rule ID, from service_plan_get_auto_pays."`
}

// DeleteAutoPay is ServicePlan.DeleteAutoPay.
var DeleteAutoPay = define(jelastic.Method{Service: "ServicePlan", Name: "DeleteAutoPay", Effect: jelastic.Destructive,
	Summary: "Delete one of the caller's auto-pay rules, so it makes no further automatic payments."},
	func(p *DeleteAutoPayParams) string {
		return fmt.Sprintf("Delete auto-pay rule %d, so it makes no further automatic payments.", p.AutoPayID)
	})

// DeleteServicePlanParams are the arguments of ServicePlan.DeleteServicePlan.
type DeleteServicePlanParams struct {
	ServicePlanID int `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"ID of the service plan to delete."`
}

// DeleteServicePlan is ServicePlan.DeleteServicePlan.
var DeleteServicePlan = define(jelastic.Method{Service: "ServicePlan", Name: "DeleteServicePlan", Effect: jelastic.Destructive,
	Summary: "Delete a service plan so users can no longer buy it. Admin only; cannot be undone."},
	func(p *DeleteServicePlanParams) string {
		return fmt.Sprintf("Delete service plan %d.", p.ServicePlanID)
	})

// EnableServicePlanParams are the arguments of ServicePlan.EnableServicePlan.
type EnableServicePlanParams struct {
	ServicePlanID int `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"ID of the service plan."`
	Enabled       int `json:"enabled" wire:"enabled" jsonschema:"required,enum=0,enum=1" jsonschema_description:"1 to enable the plan, 0 to disable it."`
}

// EnableServicePlan is ServicePlan.EnableServicePlan.
var EnableServicePlan = define[EnableServicePlanParams](jelastic.Method{Service: "ServicePlan", Name: "EnableServicePlan", Effect: jelastic.Write,
	Summary: "Make a service plan available to users (enabled=1) or hide it (enabled=0). Admin only."}, nil)

// ExtendedCreateServicePlanParams are the arguments of ServicePlan.ExtendedCreateServicePlan.
type ExtendedCreateServicePlanParams struct {
	Label          string `json:"label" wire:"label" jsonschema:"required" jsonschema_description:"Short name shown to users."`
	ExternalPlanID string `json:"external_plan_id" wire:"externalPlanId" jsonschema:"required" jsonschema_description:"Plan ID in the external billing system."`
	Description    string `json:"description" wire:"description" jsonschema:"required" jsonschema_description:"Longer description of the plan."`
	Enabled        bool   `json:"enabled" wire:"enabled" jsonschema:"required" jsonschema_description:"true: users can buy the plan; false: hidden."`
	Type           string `json:"type" wire:"type" jsonschema:"required" jsonschema_description:"Plan type in the external billing system, usually one-time."`
	ByDefault      bool   `json:"by_default" wire:"byDefault" jsonschema:"required" jsonschema_description:"true: the default plan for top-ups."`
	Price          string `json:"price" wire:"price" jsonschema:"required" jsonschema_description:"Amount added to the balance, in the platform currency."`
}

// ExtendedCreateServicePlan is ServicePlan.ExtendedCreateServicePlan.
var ExtendedCreateServicePlan = define[ExtendedCreateServicePlanParams](jelastic.Method{Service: "ServicePlan", Name: "ExtendedCreateServicePlan", Tool: "service_plan_extended_create", Effect: jelastic.Write,
	Summary: "Create a balance top-up service plan with label, price, type and default flag in one call. Admin only."}, nil)

// ExtendedGetServicePlansParams are the arguments of ServicePlan.ExtendedGetServicePlans.
type ExtendedGetServicePlansParams struct{}

// ExtendedGetServicePlans is ServicePlan.ExtendedGetServicePlans.
var ExtendedGetServicePlans = define[ExtendedGetServicePlansParams](jelastic.Method{Service: "ServicePlan", Name: "ExtendedGetServicePlans", Effect: jelastic.Read,
	Summary: "List all service plans, enabled or not: label, price (platform currency), type, external ID, enabled and default flags."}, nil)

// ExtendedServicePlanUpdateParams are the arguments of ServicePlan.ExtendedServicePlanUpdate.
type ExtendedServicePlanUpdateParams struct {
	ID             int    `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"Service plan ID."`
	Label          string `json:"label" wire:"label" jsonschema:"required" jsonschema_description:"Name shown to users."`
	ExternalPlanID string `json:"external_plan_id" wire:"externalPlanId" jsonschema:"required" jsonschema_description:"External billing plan ID."`
	Description    string `json:"description" wire:"description" jsonschema:"required" jsonschema_description:"Plan description."`
	Enabled        bool   `json:"enabled" wire:"enabled" jsonschema:"required" jsonschema_description:"true: users can buy it; false: hidden."`
	Type           string `json:"type" wire:"type" jsonschema:"required" jsonschema_description:"External billing plan type, usually one-time."`
	ByDefault      bool   `json:"by_default" wire:"byDefault" jsonschema:"required" jsonschema_description:"true: the default plan for top-ups."`
	Price          string `json:"price" wire:"price" jsonschema:"required" jsonschema_description:"Amount added to the balance, in the platform currency."`
}

// ExtendedServicePlanUpdate is ServicePlan.ExtendedServicePlanUpdate.
var ExtendedServicePlanUpdate = define(jelastic.Method{Service: "ServicePlan", Name: "ExtendedServicePlanUpdate", Tool: "service_plan_extended_update", Effect: jelastic.Destructive,
	Summary: "Replace all settings of a service plan (label, price, type, external ID, flags). Admin only."},
	func(a *ExtendedServicePlanUpdateParams) string {
		return fmt.Sprintf("Replace all settings of service plan %d: label %s, price %s, type %s, external plan %s, enabled %t, default %t.",
			a.ID, say.Quote(a.Label), say.AmountText(a.Price), say.Quote(a.Type), say.Quote(a.ExternalPlanID), a.Enabled, a.ByDefault)
	})

// GetAutoPayHistoryParams are the arguments of ServicePlan.GetAutoPayHistory.
type GetAutoPayHistoryParams struct {
	AutoPayID int `json:"auto_pay_id" wire:"autoPayId" jsonschema:"required" jsonschema_description:"Auto-pay rule ID, from service_plan_get_auto_pays."`
}

// GetAutoPayHistory is ServicePlan.GetAutoPayHistory.
var GetAutoPayHistory = define[GetAutoPayHistoryParams](jelastic.Method{Service: "ServicePlan", Name: "GetAutoPayHistory", Effect: jelastic.Read,
	Summary: "List the payments one of the caller's auto-pay rules has made, with dates and results."}, nil)

// GetAutoPaysParams are the arguments of ServicePlan.GetAutoPays.
type GetAutoPaysParams struct{}

// GetAutoPays is ServicePlan.GetAutoPays.
var GetAutoPays = define[GetAutoPaysParams](jelastic.Method{Service: "ServicePlan", Name: "GetAutoPays", Effect: jelastic.Read,
	Summary: "List the caller's auto-pay rules (threshold and scheduled) with their IDs and settings."}, nil)

// GetBoughtServicePlansParams are the arguments of ServicePlan.GetBoughtServicePlans.
type GetBoughtServicePlansParams struct{}

// GetBoughtServicePlans is ServicePlan.GetBoughtServicePlans.
var GetBoughtServicePlans = define[GetBoughtServicePlansParams](jelastic.Method{Service: "ServicePlan", Name: "GetBoughtServicePlans", Effect: jelastic.Read,
	Summary: "List the service plans the caller has bought, with purchase details."}, nil)

// GetCurrencyParams are the arguments of ServicePlan.GetCurrency.
type GetCurrencyParams struct{}

// GetCurrency is ServicePlan.GetCurrency.
var GetCurrency = define[GetCurrencyParams](jelastic.Method{Service: "ServicePlan", Name: "GetCurrency", Effect: jelastic.Read,
	Summary: "Return the currency the platform bills in (code and symbol), used by all amounts."}, nil)

// GetFinalCostParams are the arguments of ServicePlan.GetFinalCost.
type GetFinalCostParams struct {
	ServicePlanID int `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"ID of the service plan to price."`
}

// GetFinalCost is ServicePlan.GetFinalCost.
var GetFinalCost = define[GetFinalCostParams](jelastic.Method{Service: "ServicePlan", Name: "GetFinalCost", Effect: jelastic.Read,
	Summary: "Return what the caller would pay for a service plan, taxes and discounts included, in the platform currency."}, nil)

// GetPayMethodListParams are the arguments of ServicePlan.GetPayMethodList.
type GetPayMethodListParams struct{}

// GetPayMethodList is ServicePlan.GetPayMethodList.
var GetPayMethodList = define[GetPayMethodListParams](jelastic.Method{Service: "ServicePlan", Name: "GetPayMethodList", Effect: jelastic.Read,
	Summary: "List the caller's payment methods (saved cards and other ways to pay) with their IDs, types and which one is the default."}, nil)

// GetPaymentNewsParams are the arguments of ServicePlan.GetPaymentNews.
type GetPaymentNewsParams struct{}

// GetPaymentNews is ServicePlan.GetPaymentNews.
var GetPaymentNews = define[GetPaymentNewsParams](jelastic.Method{Service: "ServicePlan", Name: "GetPaymentNews", Effect: jelastic.Read,
	Summary: "List the caller's payment notifications (news about completed or failed payments)."}, nil)

// GetServicePlanParams are the arguments of ServicePlan.GetServicePlan.
type GetServicePlanParams struct {
	ServicePlanID int `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"ID of the service plan."`
}

// GetServicePlan is ServicePlan.GetServicePlan.
var GetServicePlan = define[GetServicePlanParams](jelastic.Method{Service: "ServicePlan", Name: "GetServicePlan", Effect: jelastic.Read,
	Summary: "Return one service plan's details: name, description, type, price (platform currency) and external ID."}, nil)

// GetServicePlanByTypeParams are the arguments of ServicePlan.GetServicePlanByType.
type GetServicePlanByTypeParams struct {
	PlanType *string `json:"plan_type,omitempty" wire:"planType" jsonschema_description:"Plan kind to list, e.g. one-time or regular; omit for all."`
}

// GetServicePlanByType is ServicePlan.GetServicePlanByType.
var GetServicePlanByType = define[GetServicePlanByTypeParams](jelastic.Method{Service: "ServicePlan", Name: "GetServicePlanByType", Effect: jelastic.Read,
	Summary: "List the service plans of one type (e.g. one-time top-ups); users see only enabled ones."}, nil)

// PaymentNewsReadParams are the arguments of ServicePlan.PaymentNewsRead.
type PaymentNewsReadParams struct {
	ID string `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"Payment notification IDs, comma-separated, e.g. 12,15."`
}

// PaymentNewsRead is ServicePlan.PaymentNewsRead.
var PaymentNewsRead = define[PaymentNewsReadParams](jelastic.Method{Service: "ServicePlan", Name: "PaymentNewsRead", Effect: jelastic.Write,
	Summary: "Mark payment notifications as read so they no longer appear in service_plan_get_payment_news."}, nil)

// SetExternPlanIdParams are the arguments of ServicePlan.SetExternPlanId.
type SetExternPlanIdParams struct {
	ServicePlanID  int    `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"Internal ID of the service plan."`
	ExternalPlanID string `json:"external_plan_id" wire:"externalPlanId" jsonschema:"required" jsonschema_description:"New plan ID in the external billing system."`
}

// SetExternPlanId is ServicePlan.SetExternPlanId.
var SetExternPlanId = define[SetExternPlanIdParams](jelastic.Method{Service: "ServicePlan", Name: "SetExternPlanId", Effect: jelastic.Write,
	Summary: "Link a service plan to a different plan ID in the external billing system. Admin only."}, nil)

// UpdateServicePlanParams are the arguments of ServicePlan.UpdateServicePlan.
type UpdateServicePlanParams struct {
	ServicePlanID       int    `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"ID of the service plan to change."`
	Name                string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"New plan name, unique among service plans."`
	Description         string `json:"description" wire:"description" jsonschema:"required" jsonschema_description:"New longer description of the plan."`
	ExternServicePlanID string `json:"extern_service_plan_id" wire:"externServicePlanId" jsonschema:"required" jsonschema_description:"Plan ID in the external billing system."`
}

// UpdateServicePlan is ServicePlan.UpdateServicePlan.
var UpdateServicePlan = define(jelastic.Method{Service: "ServicePlan", Name: "UpdateServicePlan", Effect: jelastic.Destructive,
	Summary: "Change a service plan's name, description and external plan ID. Admin only."},
	func(a *UpdateServicePlanParams) string {
		return fmt.Sprintf("Rename service plan %d to %s with a new description and external plan ID %s, as every subscriber will see it.",
			a.ServicePlanID, say.Quote(a.Name), say.Quote(a.ExternServicePlanID))
	})
