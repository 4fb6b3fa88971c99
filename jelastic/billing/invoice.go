package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// InvoiceEventParams are the arguments of Invoice.Event.
type InvoiceEventParams struct {
	ExternID  string `json:"extern_id" wire:"externId" jsonschema:"required" jsonschema_description:"Extern id."`
	EventType string `json:"event_type" wire:"eventType" jsonschema:"required" jsonschema_description:"Event type."`
}

// InvoiceEvent is Invoice.Event.
var InvoiceEvent = jelastic.Method{Service: "Invoice", Name: "Event", Path: "billing/invoice/rest/event", Effect: jelastic.Destructive,
	Summary: "Event.",
	Params:  InvoiceEventParams{}}

// GetExternalInvoicesParams are the arguments of Invoice.GetExternalInvoices.
type GetExternalInvoicesParams struct {
	Limit    *int `json:"limit,omitempty" wire:"limit" jsonschema_description:"Limit."`
	OwnerUID *int `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID of the owner."`
}

// GetExternalInvoices is Invoice.GetExternalInvoices.
var GetExternalInvoices = jelastic.Method{Service: "Invoice", Name: "GetExternalInvoices", Path: "billing/invoice/rest/externalinvoices", Effect: jelastic.Read,
	Summary: "Get external invoices.",
	Params:  GetExternalInvoicesParams{}}

// GetInvoicesParams are the arguments of Invoice.GetInvoices.
type GetInvoicesParams struct {
	ID                 *int    `json:"id,omitempty" wire:"id" jsonschema_description:"ID of the target object."`
	UniqueName         *string `json:"unique_name,omitempty" wire:"uniqueName" jsonschema_description:"Unique name."`
	Type               *string `json:"type,omitempty" wire:"type" jsonschema_description:"Type of the object."`
	Status             *string `json:"status,omitempty" wire:"status" jsonschema_description:"Status value."`
	SubscriptionID     *int    `json:"subscription_id,omitempty" wire:"subscriptionId" jsonschema_description:"Subscription ID."`
	SubscriptionStatus *string `json:"subscription_status,omitempty" wire:"subscriptionStatus" jsonschema_description:"Subscription status."`
	OrderFields        *string `json:"order_fields,omitempty" wire:"orderFields" jsonschema_description:"Order fields."`
	OrderDirection     *string `json:"order_direction,omitempty" wire:"orderDirection" jsonschema_description:"Sort order: ASC or DESC."`
	StartRow           *int    `json:"start_row,omitempty" wire:"startRow" jsonschema_description:"Index of the first row to return (0-based)."`
	ResultCount        *int    `json:"result_count,omitempty" wire:"resultCount" jsonschema_description:"How many rows to return (0: all)."`
	ExpandFields       *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra response fields to include: object paths joined by \";\"."`
}

// GetInvoices is Invoice.GetInvoices.
var GetInvoices = jelastic.Method{Service: "Invoice", Name: "GetInvoices", Path: "billing/invoice/rest/getinvoices", Effect: jelastic.Read,
	Summary: "Get invoices.",
	Params:  GetInvoicesParams{}}

// MakeInvoiceParams are the arguments of Invoice.MakeInvoice.
type MakeInvoiceParams struct {
	UID     string `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	SkipPay *bool  `json:"skip_pay,omitempty" wire:"skipPay" jsonschema_description:"Skip pay."`
}

// MakeInvoice is Invoice.MakeInvoice.
var MakeInvoice = jelastic.Method{Service: "Invoice", Name: "MakeInvoice", Path: "billing/invoice/rest/makeinvoice", Effect: jelastic.Destructive,
	Summary: "Make invoice.",
	Params:  MakeInvoiceParams{}}

// MarkAsPaidParams are the arguments of Invoice.MarkAsPaid.
type MarkAsPaidParams struct {
	ID           *int    `json:"id,omitempty" wire:"id" jsonschema_description:"ID of the target object."`
	EBSInvoiceID *string `json:"ebs_invoice_id,omitempty" wire:"ebsInvoiceId" jsonschema_description:"Ebs invoice id."`
}

// MarkAsPaid is Invoice.MarkAsPaid.
var MarkAsPaid = jelastic.Method{Service: "Invoice", Name: "MarkAsPaid", Path: "billing/invoice/rest/markaspaid", Effect: jelastic.Destructive,
	Summary: "Mark as paid.",
	Params:  MarkAsPaidParams{}}

// MarkAsVoidParams are the arguments of Invoice.MarkAsVoid.
type MarkAsVoidParams struct {
	ID           *int    `json:"id,omitempty" wire:"id" jsonschema_description:"ID of the target object."`
	EBSInvoiceID *string `json:"ebs_invoice_id,omitempty" wire:"ebsInvoiceId" jsonschema_description:"Ebs invoice id."`
}

// MarkAsVoid is Invoice.MarkAsVoid.
var MarkAsVoid = jelastic.Method{Service: "Invoice", Name: "MarkAsVoid", Path: "billing/invoice/rest/markasvoid", Effect: jelastic.Destructive,
	Summary: "Mark as void.",
	Params:  MarkAsVoidParams{}}

// PayParams are the arguments of Invoice.Pay.
type PayParams struct {
	ID                int     `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
	PaymentMethodID   *string `json:"payment_method_id,omitempty" wire:"paymentMethodId" jsonschema_description:"Payment method ID."`
	PaymentMethodType *string `json:"payment_method_type,omitempty" wire:"paymentMethodType" jsonschema_description:"Payment method type."`
}

// Pay is Invoice.Pay.
var Pay = jelastic.Method{Service: "Invoice", Name: "Pay", Path: "billing/invoice/rest/pay", Effect: jelastic.Destructive,
	Summary: "Pay.",
	Params:  PayParams{}}

// SearchInvoicesParams are the arguments of Invoice.SearchInvoices.
type SearchInvoicesParams struct {
	Search       string  `json:"search" wire:"search" jsonschema:"required" jsonschema_description:"Search."`
	ExpandFields *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra response fields to include: object paths joined by \";\"."`
	ResellerID   *int    `json:"reseller_id,omitempty" wire:"resellerId" jsonschema_description:"Reseller ID."`
}

// SearchInvoices is Invoice.SearchInvoices.
var SearchInvoices = jelastic.Method{Service: "Invoice", Name: "SearchInvoices", Path: "billing/invoice/rest/searchinvoices", Effect: jelastic.Read,
	Summary: "Search invoices.",
	Params:  SearchInvoicesParams{}}

var invoiceMethods = []jelastic.Method{InvoiceEvent, GetExternalInvoices, GetInvoices, MakeInvoice, MarkAsPaid, MarkAsVoid, Pay, SearchInvoices}
