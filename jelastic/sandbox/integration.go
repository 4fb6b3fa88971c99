package sandbox

import (
	"fmt"
	"strings"
)

func init() {
	register("Integration", map[string]handler{
		"GetInvoiceUrl": invoiceURL,
		"GetSSOUrl":     ssoURL,
	})
}

func invoiceURL(c *call) (obj, error) {
	i, err := c.visibleInvoice(c.int("invoiceId"))
	if err != nil {
		return nil, err
	}
	return obj{"url": fmt.Sprintf("https://billing.sandbox.invalid/invoices/%d", i.id),
		"note": "sandbox: the address is illustrative and serves nothing"}, nil
}

func ssoURL(c *call) (obj, error) {
	p := strings.TrimPrefix(c.str("path"), "/")
	return obj{"url": "https://billing.sandbox.invalid/sso?to=/" + p,
		"note": "sandbox: the address is illustrative and serves nothing"}, nil
}
