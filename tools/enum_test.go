package tools_test

import (
	"strings"
	"testing"
)

// TestClosedSetsRefuseUnknownValues: a value outside an argument's closed set is refused with
// the set, and nothing is sent (the platform would answer an empty list, read as "none").
// Known values pass whatever their case, as the platform spells them.
func TestClosedSetsRefuseUnknownValues(t *testing.T) {
	e := newEnv(t)
	refused := []struct{ tool, args, want string }{
		{"invoice_get_invoices", `{"status":"UNPAYED"}`, `Argument "status": "UNPAYED" is not one of UNPAID, PAID, VOID. Nothing was sent.`},
		{"invoice_get_invoices", `{"status":"PAID;OPEN"}`, `"OPEN" is not one of UNPAID, PAID, VOID.`},
		{"invoice_get_invoices", `{"order_direction":"down"}`, `"down" is not one of ASC, DESC.`},
		{"invoice_get_invoices", `{"order_fields":"price"}`, `is not one of id, uniqueName, createdOn, dueDate, amount, status, type.`},
		{"account_set_account_status", `{"uid":5,"status":7,"confirm":true}`, `Argument "status": 7 is not one of 1, 2, 3, 4.`},
		{"subscription_get_subscriptions", `{"status":["active","gone"]}`, `"gone" is not one of ACTIVE, TRIAL, PAST_DUE, CANCELED, ENDED.`},
		{"order_get_orders", `{"status":"SHIPPED"}`, `is not one of APPROVED, PENDING, DECLINED, ALL.`},
		{"account_get_accounts", `{"filter_field":"name","filter_value":"dave"}`, `is not one of uid, email, group, status, balance.`},
		{"pay_method_enable_pay_method", `{"pay_method_id":"pm-1","enable":2}`, `Argument "enable": 2 is not one of 0, 1.`},
		{"service_plan_enable_service_plan", `{"service_plan_id":1,"enabled":-1}`, `Argument "enabled": -1 is not one of 0, 1.`},
		{"account_get_sum_account_billing_history", `{"uid":1,"start_time":"2024-04-01","end_time":"2024-05-01","bonus":2}`, `Argument "bonus": 2 is not one of 0, 1.`},
		{"account_get_agg_cluster_billing_history", `{"start_time":"2024-04-01","end_time":"2024-04-02","interval":3600,"sum_fields":["cost","price"]}`,
			`Argument "sum_fields": "price" is not one of cost, fixedCloudletsAmount, flexibleCloudletsAmount, usedCloudletsAmount, fixedCloudletsCost, flexibleCloudletsCost, usedStorageAmount, storageCost, billNetworkExtAmount, networkExtCost, resourceBillableAmount, resourceCost.`},
	}
	for _, c := range refused {
		res := e.call(t, c.tool, c.args)
		if !res.IsError || !strings.Contains(resultText(res), c.want) || !strings.HasSuffix(resultText(res), "Nothing was sent.") {
			t.Errorf("%s %s: isError %v, %q; want %q", c.tool, c.args, res.IsError, resultText(res), c.want)
		}
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Fatalf("%d refused calls reached the platform", n)
	}
	accepted := []struct{ tool, args, wire, value string }{
		{"invoice_get_invoices", `{"status":"paid;Unpaid"}`, "status", "PAID;UNPAID"},
		{"invoice_get_invoices", `{"order_direction":"desc"}`, "orderDirection", "DESC"},
		{"subscription_get_subscriptions", `{"status":["active","past_due"]}`, "status", "ACTIVE,PAST_DUE"},
		{"account_get_agg_cluster_billing_history", `{"start_time":"2024-04-01","end_time":"2024-04-02","interval":3600,"sum_fields":["COST","usedcloudletsamount"]}`, "sumFields", "cost,usedCloudletsAmount"},
	}
	for _, c := range accepted {
		e.platform.Reset()
		res := e.call(t, c.tool, c.args)
		reqs := e.platform.Requests()
		if res.IsError || len(reqs) != 1 || reqs[0].Form.Get(c.wire) != c.value {
			t.Errorf("%s %s: isError %v, %s; want %s=%s on the wire", c.tool, c.args, res.IsError, resultText(res), c.wire, c.value)
		}
	}
}
