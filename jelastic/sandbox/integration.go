package sandbox

import (
	"fmt"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func registerIntegration() {
	on(billing.GetInvoiceUrl, invoiceURL)
	on(billing.GetSSOUrl, ssoURL)
}

func invoiceURL(c *call, p *billing.GetInvoiceUrlParams) (obj, error) {
	i, err := c.visibleInvoice(p.InvoiceID)
	if err != nil {
		return nil, err
	}
	return obj{"url": fmt.Sprintf("https://billing.sandbox.invalid/invoices/%d", i.id),
		"note": "sandbox: the address is illustrative and serves nothing"}, nil
}

func ssoURL(c *call, args *billing.GetSSOUrlParams) (obj, error) {
	p := strings.TrimPrefix(val(args.Path), "/")
	return obj{"url": "https://billing.sandbox.invalid/sso?to=/" + p,
		"note": "sandbox: the address is illustrative and serves nothing"}, nil
}
