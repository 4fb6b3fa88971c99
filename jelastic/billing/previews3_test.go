package billing

import (
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

func previews3Ptr[T any](v T) *T { return &v }

// TestPreviews3 fills the parameters of every destructive method of Reseller, ServicePlan,
// Utils, System and Subscription and checks that the preview names the target and amounts
// and never repeats a secret value.
func TestPreviews3(t *testing.T) {
	const checksum = "c0ffee-checksum-5f4dcc3b"
	const passphrase = "env-unique-name-XYZZY"
	cases := []struct {
		name    string
		method  jelastic.Method
		params  any
		want    []string
		notWant []string
	}{
		{"remove reseller", RemoveReseller.Method, &RemoveResellerParams{ID: 7},
			[]string{"Delete reseller 7"}, nil},
		{"set reseller status", SetResellerStatus.Method, &SetResellerStatusParams{ID: 7, Status: "SUSPENDED"},
			[]string{"reseller 7", `"SUSPENDED"`}, nil},
		{"level auto-pay", CreateLevelAutoPay.Method, &CreateLevelAutoPayParams{MinBalance: 25, Expires: jelastic.Date(2025, 12, 31),
			ServicePlanID: 3, PaymentMethodID: "card-9", MinPeriod: 86400},
			[]string{"service plan 3", `"card-9"`, "below 25.00 ¤", "86400 seconds", "2025-12-31 00:00:00 UTC"}, nil},
		{"level auto-pay without gap", CreateLevelAutoPay.Method, &CreateLevelAutoPayParams{MinBalance: 5, Expires: jelastic.Date(2026, 1, 1),
			ServicePlanID: 4, PaymentMethodID: "paypal"},
			[]string{"service plan 4", "below 5.00 ¤", "no minimum gap", "2026-01-01"}, []string{"seconds"}},
		{"regular auto-pay", CreateRegularAutoPay.Method, &CreateRegularAutoPayParams{CronExpression: "0 0 9 1 * ?", Expires: jelastic.Date(2025, 6, 30),
			TimeZone: "Europe/Berlin", ServicePlanID: 11, PaymentMethodID: "card-2"},
			[]string{"service plan 11", `"card-2"`, `"0 0 9 1 * ?"`, "Europe/Berlin", "2025-06-30"}, nil},
		{"delete service plan", DeleteServicePlan.Method, &DeleteServicePlanParams{ServicePlanID: 12},
			[]string{"Delete service plan 12"}, nil},
		{"delete auto-pay", DeleteAutoPay.Method, &DeleteAutoPayParams{AutoPayID: 31},
			[]string{"Delete auto-pay rule 31"}, nil},
		{"replace plan settings", ExtendedServicePlanUpdate.Method, &ExtendedServicePlanUpdateParams{ID: 8, Label: "Top-up 50", ExternalPlanID: "ext-50",
			Description: "Adds 50. Once.", Enabled: true, Type: "one-time", Price: "50"},
			[]string{"service plan 8", `"Top-up 50"`, "price 50.00 ¤", `"ext-50"`, "enabled true", "default false"}, []string{"Once"}},
		{"update plan", UpdateServicePlan.Method, &UpdateServicePlanParams{ServicePlanID: 9, Name: "Gold", Description: "d", ExternServicePlanID: "ext-9"},
			[]string{"service plan 9", `"Gold"`, `"ext-9"`}, nil},
		{"clear billing history", ClearBillingHistory.Method, &ClearBillingHistoryParams{EnvName: "my-shop", UID: 42,
			StartDate: jelastic.Date(2024, 4, 1), EndDate: jelastic.Date(2024, 4, 30), Checksum: checksum},
			[]string{`"my-shop"`, "user 42", "2024-04-01 00:00:00 UTC", "2024-04-30 00:00:00 UTC"}, []string{checksum}},
		{"clear month traffic", ClearMonthTraffic.Method, &ClearMonthTrafficParams{UID: 42, MonthStart: "2024-04-01", Checksum: checksum},
			[]string{"user 42", "2024-04-01", "zero"}, []string{checksum}},
		{"set account date", SetAccountDate.Method, &SetAccountDateParams{UID: 42, DateType: "created", DateValue: "2024-01-15 00:00:00", Checksum: checksum},
			[]string{"user 42", `"created"`, `"2024-01-15 00:00:00"`}, []string{checksum}},
		{"set billing history date", SetBillingHistoryDate.Method, &SetBillingHistoryDateParams{UID: 42, EnvName: "my-shop",
			StartDateFrom: jelastic.Date(2024, 3, 1), StartDateTo: jelastic.Date(2024, 3, 31), DateType: "endDate", DateValue: "2024-03-15", Checksum: checksum},
			[]string{"user 42", `"my-shop"`, `"endDate"`, `"2024-03-15"`, "2024-03-01", "2024-03-31"}, []string{checksum}},
		{"set month traffic", SetMonthTraffic.Method, &SetMonthTrafficParams{UID: 42, MonthStart: "2024-04-01", ExternalTraffic: 5120, Checksum: checksum},
			[]string{"user 42", "2024-04-01", "to 5120"}, []string{checksum}},
		{"system event, cluster", SystemEvent.Method, &SystemEventParams{Topic: "billing.refresh", Message: `{"uid":42}`},
			[]string{`"billing.refresh"`, "whole cluster", `uid`}, []string{"this billing node"}},
		{"system event, local", SystemEvent.Method, &SystemEventParams{Topic: "billing.refresh", Message: strings.Repeat("x", 200), PublishLocal: previews3Ptr(true)},
			[]string{`"billing.refresh"`, "this billing node only", `"…`}, []string{strings.Repeat("x", 81)}},
		{"send e-mail to address", SendEmail.Method, &SendEmailParams{Template: "balance-low", Email: previews3Ptr("ops@example.com"), Language: previews3Ptr("de")},
			[]string{`"balance-low"`, "ops@example.com", `"de"`}, nil},
		{"send e-mail to caller", SendEmail.Method, &SendEmailParams{Template: "welcome"},
			[]string{`"welcome"`, "caller's own address"}, []string{"language"}},
		{"cancel immediately", Cancel.Method, &CancelParams{ID: 31, Immediately: previews3Ptr(true), Passphrase: previews3Ptr(passphrase)},
			[]string{"subscription 31", "immediately", "delete its resources"}, []string{passphrase}},
		{"cancel on date", Cancel.Method, &CancelParams{ID: 31, CancelDate: previews3Ptr(jelastic.Date(2024, 11, 16))},
			[]string{"subscription 31", "on 2024-11-16"}, []string{"immediately"}},
		{"cancel at period end", Cancel.Method, &CancelParams{ID: 31, Immediately: previews3Ptr(false)},
			[]string{"subscription 31", "end of its paid period"}, []string{"delete"}},
		{"clone product", CloneProduct.Method, &CloneProductParams{SubscriptionID: 31, ItemResource: 501, TargetEnvName: "shop-copy", ItemID: previews3Ptr(8)},
			[]string{"resource 501", "subscription 31", "item 8", `"shop-copy"`}, nil},
		{"install product", InstallProduct.Method, &InstallProductParams{SubscriptionID: 31, ItemID: previews3Ptr(8), EnvName: previews3Ptr("my-shop"), Region: previews3Ptr("eu-west")},
			[]string{"subscription 31", "item 8", `"my-shop"`, `"eu-west"`}, nil},
		{"install product, minimal", InstallProduct.Method, &InstallProductParams{SubscriptionID: 31},
			[]string{"subscription 31", "new environment"}, []string{"item", "region"}},
		{"move product", MoveProduct.Method, &MoveProductParams{SubscriptionID: 31, ItemResourceID: 501, TargetSubscriptionID: 32, TargetItemID: 9, Passphrase: passphrase, ItemID: previews3Ptr(8)},
			[]string{"resource 501", "subscription 31", "(item 8)", "item 9 of subscription 32"}, []string{passphrase}},
		{"subscribe", Subscribe.Method, &SubscribeParams{ProductID: 4, Items: `[{"servicePlanId":1,"quantity":10}]`, ChangeAutomatically: previews3Ptr(true)},
			[]string{"product 4", `[{"servicePlanId":1,"quantity":10}]`, "charging the account", "paid automatically"}, nil},
		{"uninstall product", UninstallProduct.Method, &UninstallProductParams{SubscriptionID: 31, ItemID: 8, ItemResourceID: 501, Passphrase: passphrase},
			[]string{"resource 501", "item 8", "subscription 31", "delete"}, []string{passphrase}},
		{"update subscription", UpdateSubscription.Method, &UpdateSubscriptionParams{SubscriptionID: 31, ItemID: 8, Quantity: 5},
			[]string{"item 8", "subscription 31", "quantity 5"}, nil},
	}
	covered := map[string]bool{}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !c.method.HasPreview() {
				t.Fatalf("%s has no Preview", c.method.FullName())
			}
			got := c.method.Preview(c.params)
			if got == "" || !strings.HasSuffix(got, ".") {
				t.Errorf("%s preview %q: want one sentence ending in a period", c.method.FullName(), got)
			}
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("%s preview %q: missing %q", c.method.FullName(), got, w)
				}
			}
			for _, n := range c.notWant {
				if strings.Contains(got, n) {
					t.Errorf("%s preview %q: must not contain %q", c.method.FullName(), got, n)
				}
			}
		})
		covered[c.method.FullName()] = true
	}
	var all []jelastic.Method
	for _, ms := range [][]jelastic.Method{methodsOf("Reseller", "ServicePlan", "Utils", "System", "Subscription")} {
		all = append(all, ms...)
	}
	for _, m := range all {
		if m.Effect != jelastic.Destructive {
			continue
		}
		if !m.HasPreview() {
			t.Errorf("%s is destructive but has no Preview", m.FullName())
		}
		if !covered[m.FullName()] {
			t.Errorf("%s is destructive but has no preview test case", m.FullName())
		}
	}
}
