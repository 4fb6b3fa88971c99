package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// EnablePayMethodParams are the arguments of PayMethod.EnablePayMethod.
type EnablePayMethodParams struct {
	PayMethodID string `json:"pay_method_id" wire:"payMethodId" jsonschema:"required" jsonschema_description:"Payment method ID."`
	Enable      int    `json:"enable" wire:"enable" jsonschema:"required" jsonschema_description:"Enable."`
}

// EnablePayMethod is PayMethod.EnablePayMethod.
var EnablePayMethod = jelastic.Method{Service: "PayMethod", Name: "EnablePayMethod", Path: "billing/paymethod/rest/enablepaymethod", Effect: jelastic.Write,
	Summary: "Enable pay method.",
	Params:  EnablePayMethodParams{}}

// GetDefaultPayMethodParams are the arguments of PayMethod.GetDefaultPayMethod.
type GetDefaultPayMethodParams struct{}

// GetDefaultPayMethod is PayMethod.GetDefaultPayMethod.
var GetDefaultPayMethod = jelastic.Method{Service: "PayMethod", Name: "GetDefaultPayMethod", Path: "billing/paymethod/rest/getdefaultpaymethod", Effect: jelastic.Read,
	Summary: "Get default pay method.",
	Params:  GetDefaultPayMethodParams{}}

// GetPublicTokenParams are the arguments of PayMethod.GetPublicToken.
type GetPublicTokenParams struct{}

// GetPublicToken is PayMethod.GetPublicToken.
var GetPublicToken = jelastic.Method{Service: "PayMethod", Name: "GetPublicToken", Path: "billing/paymethod/rest/getpublictoken", Effect: jelastic.Read,
	Summary: "Get public token.",
	Params:  GetPublicTokenParams{}}

// GetValidPayTypesParams are the arguments of PayMethod.GetValidPayTypes.
type GetValidPayTypesParams struct{}

// GetValidPayTypes is PayMethod.GetValidPayTypes.
var GetValidPayTypes = jelastic.Method{Service: "PayMethod", Name: "GetValidPayTypes", Path: "billing/paymethod/rest/getvalidpaytypes", Effect: jelastic.Read,
	Summary: "Get valid pay types.",
	Params:  GetValidPayTypesParams{}}

// RegisterBankCardParams are the arguments of PayMethod.RegisterBankCard.
type RegisterBankCardParams struct {
	FirstName     string `json:"first_name" wire:"firstName" jsonschema:"required" jsonschema_description:"First name."`
	LastName      string `json:"last_name" wire:"lastName" jsonschema:"required" jsonschema_description:"Last name."`
	CardNumber    string `json:"card_number" wire:"cardNumber" secret:"true" jsonschema:"required" jsonschema_description:"Card number."`
	CardCode      string `json:"card_code" wire:"cardCode" secret:"true" jsonschema:"required" jsonschema_description:"Card code."`
	ExpireMonth   int    `json:"expire_month" wire:"expireMonth" jsonschema:"required" jsonschema_description:"Expire month."`
	ExpireYear    int    `json:"expire_year" wire:"expireYear" jsonschema:"required" jsonschema_description:"Expire year."`
	ServicePlanID int    `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"Service plan ID."`
}

// RegisterBankCard is PayMethod.RegisterBankCard.
var RegisterBankCard = jelastic.Method{Service: "PayMethod", Name: "RegisterBankCard", Path: "billing/paymethod/rest/registerbankcard", Effect: jelastic.Destructive,
	Summary: "Register bank card.",
	Params:  RegisterBankCardParams{}}

// RegisterPayMethodAndPayParams are the arguments of PayMethod.RegisterPayMethodAndPay.
type RegisterPayMethodAndPayParams struct {
	PayMethodType        string  `json:"pay_method_type" wire:"payMethodType" jsonschema:"required" jsonschema_description:"Pay method type."`
	ServicePlanID        int     `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"Service plan ID."`
	AutoServicePlanID    *int    `json:"auto_service_plan_id,omitempty" wire:"autoServicePlanId" jsonschema_description:"Auto service plan id."`
	AutoRefillMinBalance *int    `json:"auto_refill_min_balance,omitempty" wire:"autoRefillMinBalance" jsonschema_description:"Auto refill min balance."`
	AutoRefillPeriod     *string `json:"auto_refill_period,omitempty" wire:"autoRefillPeriod" jsonschema_description:"Auto refill period."`
}

// RegisterPayMethodAndPay is PayMethod.RegisterPayMethodAndPay.
var RegisterPayMethodAndPay = jelastic.Method{Service: "PayMethod", Name: "RegisterPayMethodAndPay", Path: "billing/paymethod/rest/registerpaymethodandpay", Effect: jelastic.Destructive,
	Summary: "Register pay method and pay.",
	Params:  RegisterPayMethodAndPayParams{}}

// SetDefaultPayMethodParams are the arguments of PayMethod.SetDefaultPayMethod.
type SetDefaultPayMethodParams struct {
	PayMethodID string `json:"pay_method_id" wire:"payMethodId" jsonschema:"required" jsonschema_description:"Payment method ID."`
}

// SetDefaultPayMethod is PayMethod.SetDefaultPayMethod.
var SetDefaultPayMethod = jelastic.Method{Service: "PayMethod", Name: "SetDefaultPayMethod", Path: "billing/paymethod/rest/setdefaultpaymethod", Effect: jelastic.Write,
	Summary: "Set default pay method.",
	Params:  SetDefaultPayMethodParams{}}

// SetupIntentParams are the arguments of PayMethod.SetupIntent.
type SetupIntentParams struct {
	PaymentMethodType *string `json:"payment_method_type,omitempty" wire:"paymentMethodType" jsonschema_description:"Payment method type."`
}

// SetupIntent is PayMethod.SetupIntent.
var SetupIntent = jelastic.Method{Service: "PayMethod", Name: "SetupIntent", Path: "billing/paymethod/rest/setupintent", Effect: jelastic.Write,
	Summary: "Setup intent.",
	Params:  SetupIntentParams{}}

var payMethodMethods = []jelastic.Method{EnablePayMethod, GetDefaultPayMethod, GetPublicToken, GetValidPayTypes, RegisterBankCard, RegisterPayMethodAndPay, SetDefaultPayMethod, SetupIntent}
