package billing

import (
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

func previews2Int(v int) *int       { return &v }
func previews2Str(v string) *string { return &v }
func previews2Bool(v bool) *bool    { return &v }

// TestPreviews2 checks the previews of the destructive methods of Invoice, GroupQuota,
// Integration, PayMethod, Pricing and Order.
func TestPreviews2(t *testing.T) {
	tests := []struct {
		name    string
		method  jelastic.Method
		params  any
		want    []string
		notWant []string
	}{
		{"event", InvoiceEvent.Method, &InvoiceEventParams{ExternID: "INV-77", EventType: "PAID"},
			[]string{"INV-77", "PAID"}, nil},
		{"make invoice, charge", MakeInvoice.Method, &MakeInvoiceParams{UID: "12,57"},
			[]string{"12,57", "charge their default payment method"}, []string{"without"}},
		{"make invoice, skip pay", MakeInvoice.Method, &MakeInvoiceParams{UID: "12", SkipPay: previews2Bool(true)},
			[]string{"user(s) 12", "without charging"}, nil},
		{"mark paid by id", MarkAsPaid.Method, &MarkAsPaidParams{ID: previews2Int(88)},
			[]string{"invoice 88", "as paid"}, []string{"external"}},
		{"mark paid by ebs id", MarkAsPaid.Method, &MarkAsPaidParams{EBSInvoiceID: previews2Str("WH-5")},
			[]string{"external invoice WH-5", "as paid"}, nil},
		{"mark void", MarkAsVoid.Method, &MarkAsVoidParams{ID: previews2Int(88), EBSInvoiceID: previews2Str("WH-5")},
			[]string{"Mark invoice 88", "WH-5", "as void"}, nil},
		{"mark void, no id", MarkAsVoid.Method, &MarkAsVoidParams{},
			[]string{"no ID given", "void"}, nil},
		{"pay default", Pay.Method, &PayParams{ID: 41},
			[]string{"Pay invoice 41", "default payment method"}, nil},
		{"pay with method", Pay.Method, &PayParams{ID: 41, PaymentMethodID: previews2Str("pm_9"), PaymentMethodType: previews2Str("card")},
			[]string{"invoice 41", "pm_9", "card"}, []string{"default"}},
		{"delete group", DeleteGroup.Method, &DeleteGroupParams{Name: "trial-eu"},
			[]string{"Delete user group", `"trial-eu"`}, nil},
		{"remove quota", GroupQuotaRemoveQuota.Method, &GroupQuotaRemoveQuotaParams{Name: "environment.maxcount"},
			[]string{"Delete quota", "environment.maxcount"}, []string{"reference", "errors"}},
		{"remove quota, forced with ref", GroupQuotaRemoveQuota.Method, &GroupQuotaRemoveQuotaParams{Name: "disk.limit", Force: previews2Bool(true), ReferenceID: previews2Str("eu-west")},
			[]string{"disk.limit", "eu-west", "past errors"}, nil},
		{"unassign region", UnassignHdNodeGroup.Method, &UnassignHdNodeGroupParams{HardwareNodeGroup: "eu-west", Checksum: "c0ffee-secret"},
			[]string{"Unassign region", "eu-west"}, []string{"c0ffee-secret"}},
		{"edit quota", EditQuota.Method, &EditQuotaParams{Name: "disk.limit", ReferenceID: previews2Str("eu-west"), NewReferenceID: previews2Str("eu-north")},
			[]string{`"disk.limit"`, `reference "eu-west"`, `new reference "eu-north"`, "every user group"}, []string{"description"}},
		{"edit quota, nothing to change", EditQuota.Method, &EditQuotaParams{Name: "disk.limit"},
			[]string{"no field given"}, nil},
		{"remove group quota", RemoveGroupQuota.Method, &RemoveGroupQuotaParams{GroupName: "trial-eu", QuotaName: "environment.maxcount"},
			[]string{`"environment.maxcount"`, `"trial-eu"`, "default"}, nil},
		{"set default group", SetDefaultGroup.Method, &SetDefaultGroupParams{Name: "billing"},
			[]string{`"billing"`, "default user group", "prices"}, nil},
		{"set group quota", SetGroupQuota.Method, &SetGroupQuotaParams{GroupName: "trial-eu", QuotaName: "environment.maxcount", Value: 3, ReferenceID: previews2Str("eu-west")},
			[]string{`"environment.maxcount"`, `"trial-eu"`, "to 3", `"eu-west"`, "every user"}, nil},
		{"set pricing models", SetPricingModels.Method, &SetPricingModelsParams{GroupName: "trial-eu", Data: "[]"},
			[]string{"pricing models", `"trial-eu"`, "pay"}, nil},
		{"set sign-up group", SetSignupGroup.Method, &SetSignupGroupParams{Name: "trial-eu"},
			[]string{"new sign-up", `"trial-eu"`}, nil},
		{"edit pricing", EditPricing.Method, &EditPricingParams{Pricing: jelastic.Object{"id": 14.0, "name": "Pro"}},
			[]string{"pricing model 14", "id, name"}, []string{"Pro"}},
		{"edit resource", EditResource.Method, &EditResourceParams{Resource: `{"id":"ram","name":"RAM"}`},
			[]string{"resource ram"}, nil},
		{"edit resource, no id", EditResource.Method, &EditResourceParams{Resource: `not json`},
			[]string{"resource (no id given)"}, nil},
		{"edit tariff", EditTariff.Method, &EditTariffParams{Tariff: jelastic.Object{"id": 203.0, "price": 2.5}},
			[]string{"tariff 203", "id, price", "prices"}, []string{"2.5"}},
		{"set tariffs", SetTariffs.Method, &SetTariffsParams{PricingID: "14", TariffIds: "3,7", TariffGridNames: previews2Str("grid-a")},
			[]string{"pricing model 14", "tariffs 3,7", "grid-a"}, nil},
		{"register card, plan", RegisterBankCard.Method, &RegisterBankCardParams{FirstName: "Ada", LastName: "Lovelace", CardNumber: "4111111111111111", CardCode: "321", ExpireMonth: 4, ExpireYear: 2027, ServicePlanID: 3},
			[]string{"Ada Lovelace", "04/2027", "service plan 3"}, []string{"4111111111111111", "1111", "321"}},
		{"register card, test charge", RegisterBankCard.Method, &RegisterBankCardParams{FirstName: "Ada", LastName: "Lovelace", CardNumber: "5500000000000004", CardCode: "987", ExpireMonth: 12, ExpireYear: 2030},
			[]string{"minimal test payment", "12/2030"}, []string{"5500000000000004", "987"}},
		{"register method and pay", RegisterPayMethodAndPay.Method, &RegisterPayMethodAndPayParams{PayMethodType: "paypal", ServicePlanID: 5},
			[]string{"paypal", "service plan 5"}, []string{"auto-refill"}},
		{"register method, auto-refill", RegisterPayMethodAndPay.Method, &RegisterPayMethodAndPayParams{PayMethodType: "card", ServicePlanID: 5, AutoServicePlanID: previews2Int(6), AutoRefillMinBalance: previews2Int(20), AutoRefillPeriod: previews2Str("MONTH")},
			[]string{"card", "service plan 5", "service plan 6", "below 20.00 ¤", "per month"}, nil},
		{"register method, auto-refill off", RegisterPayMethodAndPay.Method, &RegisterPayMethodAndPayParams{PayMethodType: "card", ServicePlanID: 5, AutoServicePlanID: previews2Int(-1)},
			[]string{"service plan 5"}, []string{"auto-refill"}},
		{"delete pricing", DeletePricing.Method, &DeletePricingParams{ID: "pm-14"},
			[]string{"Delete pricing model pm-14"}, nil},
		{"delete tariff", DeleteTariff.Method, &DeleteTariffParams{ID: "203"},
			[]string{"Delete tariff 203"}, nil},
		{"order event", OrderEvent.Method, &OrderEventParams{ExternOrderID: "ORD-31", EventType: "DECLINED"},
			[]string{"ORD-31", "DECLINED"}, nil},
		{"pay service plan", PayServicePlan.Method, &PayServicePlanParams{ServicePlanID: 200, PayMethodID: "card-7"},
			[]string{"service plan 200", "card-7"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.method.HasPreview() {
				t.Fatalf("%s has no Preview", tt.method.FullName())
			}
			got := tt.method.Preview(tt.params)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("preview %q lacks %q", got, w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(got, w) {
					t.Errorf("preview %q must not contain %q", got, w)
				}
			}
			if !strings.HasSuffix(got, ".") || strings.Count(got, ". ") > 0 {
				t.Errorf("preview %q is not one sentence", got)
			}
		})
	}
}

// TestPreviews2CoverDestructive makes sure every destructive method of these services has a preview.
func TestPreviews2CoverDestructive(t *testing.T) {
	for _, list := range [][]jelastic.Method{methodsOf("Invoice", "GroupQuota", "Integration", "PayMethod", "Pricing", "Order")} {
		for _, m := range list {
			if m.Effect == jelastic.Destructive && !m.HasPreview() {
				t.Errorf("%s is destructive but has no Preview", m.FullName())
			}
		}
	}
}
