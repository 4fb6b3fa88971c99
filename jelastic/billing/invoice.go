package billing

import (
	"fmt"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// InvoiceEventParams are the arguments of Invoice.Event.
type InvoiceEventParams struct {
	ExternID  string `json:"extern_id" wire:"externId" jsonschema:"required" jsonschema_description:"Invoice ID issued by the external billing system, e.g. INV-2024-0042."`
	EventType string `json:"event_type" wire:"eventType" jsonschema:"required,enum=PAID,enum=EXPIRED" jsonschema_description:"What happened to the invoice."`
}

// InvoiceEvent is Invoice.Event.
var InvoiceEvent = define(jelastic.Method{Service: "Invoice", Name: "Event", Effect: jelastic.Destructive,
	Summary: "Tell the platform that an externally billed invoice was paid or expired, which sets its state. For billing integrations. Admin only."},
	func(a *InvoiceEventParams) string {
		return fmt.Sprintf("Record event %s for external invoice %s.", a.EventType, a.ExternID)
	})

// GetExternalInvoicesParams are the arguments of Invoice.GetExternalInvoices.
type GetExternalInvoicesParams struct {
	Limit    *int `json:"limit,omitempty" wire:"limit" jsonschema:"minimum=0" jsonschema_description:"Maximum number of invoices to return."`
	OwnerUID *int `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID whose invoices to list (default: the caller)"`
}

// GetExternalInvoices is Invoice.GetExternalInvoices.
var GetExternalInvoices = define[GetExternalInvoicesParams](jelastic.Method{Service: "Invoice", Name: "GetExternalInvoices", Path: "billing/invoice/rest/externalinvoices", Effect: jelastic.Read,
	Summary: "List a user's invoices kept in the external billing system (e.g. WHMCS): amount, date, status. Users may read their own uid, admins any."}, nil)

// GetInvoicesParams are the arguments of Invoice.GetInvoices.
type GetInvoicesParams struct {
	ID                 *int    `json:"id,omitempty" wire:"id" jsonschema_description:"Invoice ID."`
	UniqueName         *string `json:"unique_name,omitempty" wire:"uniqueName" jsonschema_description:"Invoice number."`
	Type               *string `json:"type,omitempty" wire:"type" jsonschema:"enum=POST_PAYMENT,enum=SUBSCRIPTION" jsonschema_description:"Invoice type."`
	Status             *string `json:"status,omitempty" wire:"status" sep:";" values:"UNPAID,PAID,VOID" jsonschema_description:"UNPAID, PAID or VOID; join several by ;."`
	SubscriptionID     *int    `json:"subscription_id,omitempty" wire:"subscriptionId" jsonschema_description:"Subscription ID."`
	SubscriptionStatus *string `json:"subscription_status,omitempty" wire:"subscriptionStatus" sep:";" values:"ACTIVE,TRIAL,PAST_DUE,CANCELED,ENDED" jsonschema_description:"Join several by ;."`
	OrderFields        *string `json:"order_fields,omitempty" wire:"orderFields" values:"id,uniqueName,createdOn,dueDate,amount,status,type" jsonschema_description:"Sort field, e.g. createdOn."`
	OrderDirection     *string `json:"order_direction,omitempty" wire:"orderDirection" jsonschema:"enum=ASC,enum=DESC" jsonschema_description:"Sort order."`
	StartRow           *int    `json:"start_row,omitempty" wire:"startRow" jsonschema:"minimum=0" jsonschema_description:"First row (0-based)"`
	ResultCount        *int    `json:"result_count,omitempty" wire:"resultCount" jsonschema:"minimum=0" jsonschema_description:"Rows (0: all)"`
	ExpandFields       *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra fields, e.g. account.group."`
}

// GetInvoices is Invoice.GetInvoices.
var GetInvoices = define[GetInvoicesParams](jelastic.Method{Service: "Invoice", Name: "GetInvoices", Effect: jelastic.Read,
	Summary: "List invoices (amount, period, status): a user's own, or all for an admin."}, nil)

// MakeInvoiceParams are the arguments of Invoice.MakeInvoice.
type MakeInvoiceParams struct {
	UID     string `json:"uid" wire:"uid" money:"priced" jsonschema:"required" jsonschema_description:"IDs of post-paid users to invoice, comma-separated, e.g. 12,57."`
	SkipPay *bool  `json:"skip_pay,omitempty" wire:"skipPay" money:"skip" jsonschema_description:"true: only issue the invoice; false: also charge the default payment method."`
}

// MakeInvoice is Invoice.MakeInvoice.
var MakeInvoice = define(jelastic.Method{Service: "Invoice", Name: "MakeInvoice", Effect: jelastic.Destructive,
	Summary: "Issue invoices now for the given post-paid users and, unless skipped, charge their default payment method. Admin only."},
	func(a *MakeInvoiceParams) string {
		s := "Issue invoices for post-paid user(s) " + a.UID
		if a.SkipPay != nil && *a.SkipPay {
			return s + " without charging them."
		}
		return s + " and charge their default payment method."
	})

// MarkAsPaidParams are the arguments of Invoice.MarkAsPaid.
type MarkAsPaidParams struct {
	ID           *int    `json:"id,omitempty" wire:"id" jsonschema_description:"Platform invoice ID (give this or ebs_invoice_id)"`
	EBSInvoiceID *string `json:"ebs_invoice_id,omitempty" wire:"ebsInvoiceId" jsonschema_description:"Invoice ID in the external billing system (instead of id)"`
}

// MarkAsPaid is Invoice.MarkAsPaid.
var MarkAsPaid = define(jelastic.Method{Service: "Invoice", Name: "MarkAsPaid", Effect: jelastic.Destructive,
	Summary: "Set an invoice's status to paid without taking a payment, found by platform ID or external billing ID. Admin only."},
	func(a *MarkAsPaidParams) string {
		return "Mark " + invoiceRef(a.ID, a.EBSInvoiceID) + " as paid."
	})

// MarkAsVoidParams are the arguments of Invoice.MarkAsVoid.
type MarkAsVoidParams struct {
	ID           *int    `json:"id,omitempty" wire:"id" jsonschema_description:"Platform invoice ID (give this or ebs_invoice_id)"`
	EBSInvoiceID *string `json:"ebs_invoice_id,omitempty" wire:"ebsInvoiceId" jsonschema_description:"Invoice ID in the external billing system (instead of id)"`
}

// MarkAsVoid is Invoice.MarkAsVoid.
var MarkAsVoid = define(jelastic.Method{Service: "Invoice", Name: "MarkAsVoid", Effect: jelastic.Destructive,
	Summary: "Cancel (void) an invoice so it is no longer due, found by platform ID or external billing ID. Admin only."},
	func(a *MarkAsVoidParams) string {
		return "Mark " + invoiceRef(a.ID, a.EBSInvoiceID) + " as void."
	})

// PayParams are the arguments of Invoice.Pay.
type PayParams struct {
	ID                int     `json:"id" wire:"id" money:"priced" jsonschema:"required" jsonschema_description:"ID of the invoice to pay."`
	PaymentMethodID   *string `json:"payment_method_id,omitempty" wire:"paymentMethodId" jsonschema_description:"ID of a saved payment method to charge (default: the default one)"`
	PaymentMethodType *string `json:"payment_method_type,omitempty" wire:"paymentMethodType" jsonschema_description:"Payment method type, e.g. card, from pay_method_get_valid_pay_types."`
}

// Pay is Invoice.Pay.
var Pay = define(jelastic.Method{Service: "Invoice", Name: "Pay", Effect: jelastic.Destructive,
	Summary: "Pay one of the caller's open invoices with a payment method (the default unless given). Moves money."},
	func(a *PayParams) string {
		s := fmt.Sprintf("Pay invoice %d", a.ID)
		var how []string
		if a.PaymentMethodID != nil && *a.PaymentMethodID != "" {
			how = append(how, "payment method "+*a.PaymentMethodID)
		}
		if a.PaymentMethodType != nil && *a.PaymentMethodType != "" {
			how = append(how, "type "+*a.PaymentMethodType)
		}
		if len(how) == 0 {
			return s + " with the default payment method."
		}
		return s + " with " + strings.Join(how, ", ") + "."
	})

// SearchInvoicesParams are the arguments of Invoice.SearchInvoices.
type SearchInvoicesParams struct {
	Search       string  `json:"search" wire:"search" jsonschema:"required" jsonschema_description:"JSON; keys startDate, endDate (yyyy-MM-dd HH:mm:ss), orderField, orderDirection, startRow, resultCount."`
	ExpandFields *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra fields, e.g. account.group."`
	ResellerID   *int    `json:"reseller_id,omitempty" wire:"resellerId" jsonschema_description:"Search only invoices of this reseller platform ID."`
}

// SearchInvoices is Invoice.SearchInvoices.
var SearchInvoices = define[SearchInvoicesParams](jelastic.Method{Service: "Invoice", Name: "SearchInvoices", Effect: jelastic.Read,
	Summary: "List the invoices matching a JSON filter (creation dates, sort, paging) of every user, optionally of one reseller. Admin only."}, nil)

// invoiceRef names an invoice by its platform ID and/or external billing ID.
func invoiceRef(id *int, ebs *string) string {
	hasEBS := ebs != nil && *ebs != ""
	switch {
	case id != nil && hasEBS:
		return fmt.Sprintf("invoice %d (external ID %s)", *id, *ebs)
	case id != nil:
		return fmt.Sprintf("invoice %d", *id)
	case hasEBS:
		return "external invoice " + *ebs
	default:
		return "the invoice (no ID given)"
	}
}
