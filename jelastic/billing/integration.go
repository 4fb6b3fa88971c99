package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// GetInvoiceUrlParams are the arguments of Integration.GetInvoiceUrl.
type GetInvoiceUrlParams struct {
	InvoiceID int `json:"invoice_id" wire:"invoiceId" jsonschema:"required" jsonschema_description:"Invoice id."`
}

// GetInvoiceUrl is Integration.GetInvoiceUrl.
var GetInvoiceUrl = jelastic.Method{Service: "Integration", Name: "GetInvoiceUrl", Path: "billing/integration/rest/getinvoiceurl", Effect: jelastic.Read,
	Summary: "Get invoice url.",
	Params:  GetInvoiceUrlParams{}}

// GetSSOUrlParams are the arguments of Integration.GetSSOUrl.
type GetSSOUrlParams struct {
	Path *string `json:"path,omitempty" wire:"path" jsonschema_description:"Path."`
}

// GetSSOUrl is Integration.GetSSOUrl.
var GetSSOUrl = jelastic.Method{Service: "Integration", Name: "GetSSOUrl", Path: "billing/integration/rest/getssourl", Effect: jelastic.Read,
	Summary: "Get s s o url.",
	Params:  GetSSOUrlParams{}}

var integrationMethods = []jelastic.Method{GetInvoiceUrl, GetSSOUrl}
