package billing

import (
	"fmt"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// EnablePayMethodParams are the arguments of PayMethod.EnablePayMethod.
type EnablePayMethodParams struct {
	PayMethodID string `json:"pay_method_id" wire:"payMethodId" jsonschema:"required" jsonschema_description:"ID of a saved payment method of the caller."`
	Enable      int    `json:"enable" wire:"enable" jsonschema:"required,enum=0,enum=1" jsonschema_description:"1 to enable the payment method, 0 to disable it."`
}

// EnablePayMethod is PayMethod.EnablePayMethod.
var EnablePayMethod = define[EnablePayMethodParams](jelastic.Method{Service: "PayMethod", Name: "EnablePayMethod", Effect: jelastic.Write,
	Summary: "Turn one of the caller's saved payment methods (e.g. a card) on or off for future charges."}, nil)

// GetDefaultPayMethodParams are the arguments of PayMethod.GetDefaultPayMethod.
type GetDefaultPayMethodParams struct{}

// GetDefaultPayMethod is PayMethod.GetDefaultPayMethod.
var GetDefaultPayMethod = define[GetDefaultPayMethodParams](jelastic.Method{Service: "PayMethod", Name: "GetDefaultPayMethod", Effect: jelastic.Read,
	Summary: "Return the caller's default payment method (the one charged automatically): its ID, type and masked details."}, nil)

// GetPublicTokenParams are the arguments of PayMethod.GetPublicToken.
type GetPublicTokenParams struct{}

// GetPublicToken is PayMethod.GetPublicToken.
var GetPublicToken = define[GetPublicTokenParams](jelastic.Method{Service: "PayMethod", Name: "GetPublicToken", Effect: jelastic.Read,
	Summary: "Return the payment gateway's public (publishable) key that a client page uses to collect card details."}, nil)

// GetValidPayTypesParams are the arguments of PayMethod.GetValidPayTypes.
type GetValidPayTypesParams struct{}

// GetValidPayTypes is PayMethod.GetValidPayTypes.
var GetValidPayTypes = define[GetValidPayTypesParams](jelastic.Method{Service: "PayMethod", Name: "GetValidPayTypes", Effect: jelastic.Read,
	Summary: "List the payment method types the platform accepts (e.g. card, PayPal); use a value from it as pay_method_type."}, nil)

// RegisterBankCardParams are the arguments of PayMethod.RegisterBankCard.
type RegisterBankCardParams struct {
	FirstName     string `json:"first_name" wire:"firstName" jsonschema:"required" jsonschema_description:"Cardholder's first name."`
	LastName      string `json:"last_name" wire:"lastName" jsonschema:"required" jsonschema_description:"Cardholder's last name."`
	CardNumber    string `json:"card_number" wire:"cardNumber" secret:"true" jsonschema:"required" jsonschema_description:"Full card number, digits only."`
	CardCode      string `json:"card_code" wire:"cardCode" secret:"true" jsonschema:"required" jsonschema_description:"Security code (CVV), 3 or 4 digits."`
	ExpireMonth   int    `json:"expire_month" wire:"expireMonth" jsonschema:"required,minimum=1,maximum=12" jsonschema_description:"Expiry month."`
	ExpireYear    int    `json:"expire_year" wire:"expireYear" jsonschema:"required" jsonschema_description:"Expiry year, e.g. 2027."`
	ServicePlanID int    `json:"service_plan_id" wire:"servicePlanId" money:"priced" jsonschema:"required" jsonschema_description:"Plan bought to verify the card; 0: a minimal test charge."`
}

// RegisterBankCard is PayMethod.RegisterBankCard.
var RegisterBankCard = define(jelastic.Method{Service: "PayMethod", Name: "RegisterBankCard", Effect: jelastic.Destructive,
	Summary: "Save a bank card as a payment method of the caller and verify it with a charge: a service plan or a minimal test payment."},
	func(a *RegisterBankCardParams) string {
		s := fmt.Sprintf("Register a bank card of %s %s (expires %02d/%d) and charge it ", a.FirstName, a.LastName, a.ExpireMonth, a.ExpireYear)
		if a.ServicePlanID == 0 {
			return s + "the minimal test payment."
		}
		return s + fmt.Sprintf("for service plan %d.", a.ServicePlanID)
	})

// RegisterPayMethodAndPayParams are the arguments of PayMethod.RegisterPayMethodAndPay.
type RegisterPayMethodAndPayParams struct {
	PayMethodType        string  `json:"pay_method_type" wire:"payMethodType" jsonschema:"required" jsonschema_description:"Payment method type, from pay_method_get_valid_pay_types."`
	ServicePlanID        int     `json:"service_plan_id" wire:"servicePlanId" money:"priced" jsonschema:"required" jsonschema_description:"ID of the service plan to buy now."`
	AutoServicePlanID    *int    `json:"auto_service_plan_id,omitempty" wire:"autoServicePlanId" jsonschema_description:"Service plan bought on each auto-refill; 0 or -1 for no auto-refill."`
	AutoRefillMinBalance *int    `json:"auto_refill_min_balance,omitempty" wire:"autoRefillMinBalance" jsonschema_description:"Balance, in platform currency, below which auto-refill buys the plan."`
	AutoRefillPeriod     *string `json:"auto_refill_period,omitempty" wire:"autoRefillPeriod" jsonschema:"enum=WEEK,enum=MONTH" jsonschema_description:"How often automatic refills may run."`
}

// RegisterPayMethodAndPay is PayMethod.RegisterPayMethodAndPay.
var RegisterPayMethodAndPay = define(jelastic.Method{Service: "PayMethod", Name: "RegisterPayMethodAndPay", Effect: jelastic.Destructive,
	Summary: "Save a new payment method for the caller, pay a service plan with it (moves money) and optionally set up auto-refill of the balance."},
	func(a *RegisterPayMethodAndPayParams) string {
		s := fmt.Sprintf("Register a payment method of type %s and pay service plan %d with it", say.Quote(a.PayMethodType), a.ServicePlanID)
		if a.AutoServicePlanID != nil && *a.AutoServicePlanID > 0 {
			s += fmt.Sprintf("; auto-refill with service plan %d", *a.AutoServicePlanID)
			if a.AutoRefillMinBalance != nil {
				s += " when the balance falls below " + say.Amount(float64(*a.AutoRefillMinBalance))
			}
			if a.AutoRefillPeriod != nil && *a.AutoRefillPeriod != "" {
				s += ", at most once per " + payMethodPeriod(*a.AutoRefillPeriod)
			}
		}
		return s + "."
	})

// SetDefaultPayMethodParams are the arguments of PayMethod.SetDefaultPayMethod.
type SetDefaultPayMethodParams struct {
	PayMethodID string `json:"pay_method_id" wire:"payMethodId" jsonschema:"required" jsonschema_description:"ID of the saved payment method to make the default."`
}

// SetDefaultPayMethod is PayMethod.SetDefaultPayMethod.
var SetDefaultPayMethod = define[SetDefaultPayMethodParams](jelastic.Method{Service: "PayMethod", Name: "SetDefaultPayMethod", Effect: jelastic.Write,
	Summary: "Make one of the caller's saved payment methods the default, the one used for automatic charges."}, nil)

// SetupIntentParams are the arguments of PayMethod.SetupIntent.
type SetupIntentParams struct {
	PaymentMethodType *string `json:"payment_method_type,omitempty" wire:"paymentMethodType" jsonschema_description:"Payment method kinds to allow, comma-separated, e.g. card,bancontact."`
}

// SetupIntent is PayMethod.SetupIntent.
var SetupIntent = define[SetupIntentParams](jelastic.Method{Service: "PayMethod", Name: "SetupIntent", Effect: jelastic.Write,
	Summary: "Start saving a new payment method with the gateway (a setup intent); returns the client secret a payment form needs."}, nil)

// payMethodPeriod turns an auto-refill period (WEEK, MONTH) into a word for a sentence.
func payMethodPeriod(p string) string {
	switch p {
	case "WEEK":
		return "week"
	case "MONTH":
		return "month"
	default:
		return p
	}
}
