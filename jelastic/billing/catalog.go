// Package billing is the catalog of the Jelastic billing API: every method of its twelve
// services, each with its parameter struct. It is pure data; jelastic.Client sends it.
package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// Methods returns every billing method, grouped by service, in a fresh slice.
func Methods() []jelastic.Method {
	var all []jelastic.Method
	for _, group := range [][]jelastic.Method{accountMethods, invoiceMethods, groupQuotaMethods,
		integrationMethods, payMethodMethods, pricingMethods, resellerMethods, servicePlanMethods,
		orderMethods, utilsMethods, systemMethods, subscriptionMethods} {
		all = append(all, group...)
	}
	return all
}
