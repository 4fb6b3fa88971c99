package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// GetInvoiceUrlParams are the arguments of Integration.GetInvoiceUrl.
type GetInvoiceUrlParams struct {
	InvoiceID int `json:"invoice_id" wire:"invoiceId" jsonschema:"required" jsonschema_description:"Platform (internal) ID of the invoice."`
}

// GetInvoiceUrl is Integration.GetInvoiceUrl.
var GetInvoiceUrl = define[GetInvoiceUrlParams](jelastic.Method{Service: "Integration", Name: "GetInvoiceUrl", Effect: jelastic.Read,
	Summary: "Return the web address where one of the caller's invoices can be viewed and paid in the external billing system."}, nil)

// GetSSOUrlParams are the arguments of Integration.GetSSOUrl.
type GetSSOUrlParams struct {
	Path *string `json:"path,omitempty" wire:"path" jsonschema_description:"Page to open inside the billing system, e.g. clientarea.php."`
}

// GetSSOUrl is Integration.GetSSOUrl.
var GetSSOUrl = define[GetSSOUrlParams](jelastic.Method{Service: "Integration", Name: "GetSSOUrl", Effect: jelastic.Read,
	Summary: "Return a single sign-on link that logs the caller into the external billing system's portal, optionally at a given page."}, nil)
