package sandbox_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

// validArgs builds valid arguments for a method: a value per wire name and type, then the
// method's own overrides where the generic value would not name an existing object.
func validArgs(m jelastic.Method, now time.Time) map[string]any {
	common := map[string]any{
		"uid": sandbox.UserUID, "login": "alice@example.com", "email": "alice.new@example.com",
		"number": "+1 555 000 1111", "groupName": "commercial", "description": "sandbox test",
		"amount": 1.0, "customer": jelastic.Object{"country": "US", "city": "Austin"}, "payMethodType": "CARD",
		"servicePlanId": sandbox.ServicePlanID, "template": "welcome", "timeOffset": 0, "ccode": "US",
		"note": "test note", "value": "12", "externId": "EBS-5003", "eventType": "PAID", "search": "INV",
		"invoiceId": sandbox.UnpaidInvoiceID, "payMethodId": "pm-1-card", "paymentMethodId": "pm-1-card",
		"enable": 1, "firstName": "Ann", "lastName": "Lee", "cardNumber": "4242424242424242", "cardCode": "123",
		"expireMonth": 12, "expireYear": now.Year() + 2, "interval": 86400, "sumFields": jelastic.List{"cost", "storageCost"},
		"uidslimits": jelastic.List{"1004:10", "1001:5"}, "uids": jelastic.List{"1001"}, "checksum": "any-checksum",
		"hardwareNodeGroup": "default", "nodeType": "nginxphp", "fixedCloudlets": 1, "flexibleCloudlets": 4,
		"tariffIds": "101,102", "minBalance": 10, "minPeriod": 24, "cronExpression": "0 0 9 1 * ?", "timeZone": "UTC",
		"autoPayId": sandbox.AutoPayID, "label": "Refill 20 USD", "externalPlanId": "whmcs-99", "price": "20",
		"externPlanId": "whmcs-98", "servicePlanType": "ONETIME", "externServicePlanId": "whmcs-97",
		"externOrderId": "ord-801", "envName": sandbox.UserEnvName, "monthStart": now.Format("2006-01") + "-01",
		"externalTraffic": 10, "dateType": "createdOn", "dateValue": "2024-01-01 00:00:00", "topic": "billing",
		"message": "hello", "subscriptionId": sandbox.SubscriptionID, "itemId": sandbox.SubscriptionItem,
		"itemResource": sandbox.SubscriptionRes, "itemResourceId": sandbox.SubscriptionRes,
		"targetEnvName": "wp-alice-copy", "passphrase": "confirm", "productId": sandbox.ProductID,
		"items": `[{"productItemId":4011,"quantity":1}]`, "quantity": 2, "subscriptionItemId": sandbox.SubscriptionItem,
		"winDomainId": 3, "quotaName": "disk.limitation", "data": "[1]", "pricingId": "1", "uniqName": "public-ip",
		"targetAppId": sandbox.UserEnvName, "tariffGridName": "premium-grid", "status": "APPROVED",
		"period":    jelastic.PeriodDay,
		"startTime": ts(now.Add(-7 * 24 * time.Hour)), "endTime": ts(now), "starttime": ts(now.Add(-7 * 24 * time.Hour)),
		"endtime": ts(now), "startDate": ts(now.Add(-2 * 24 * time.Hour)), "endDate": ts(now),
		"startDateFrom": ts(now.Add(-2 * 24 * time.Hour)), "startDateTo": ts(now), "expires": ts(now.AddDate(0, 3, 0)),
	}
	overrides := map[string]map[string]any{
		"Account.AddAccount":                     {"uid": 2001},
		"Account.ChangeGroup":                    {"groupName": "postpaid", "uids": jelastic.List{"1001"}},
		"Account.ConvertToTrial":                 {"uids": jelastic.List{"1002"}, "bonus": 30.0},
		"Account.SetGroup":                       {"groupName": "postpaid"},
		"Account.EnableUser":                     {"uid": sandbox.SuspendedUID},
		"Account.FundAndActivateAccount":         {"uid": sandbox.SuspendedUID, "amount": 10.0},
		"Account.SetAccountStatus":               {"uid": sandbox.SuspendedUID, "status": 1},
		"Account.GetExternalUserById":            {"id": "ext-1001"},
		"Account.GetAccountsByUids":              {"uids": jelastic.List{"1001", "1004"}},
		"Account.RemoveQuota":                    {"name": "environment.maxcount"},
		"Account.SetQuota":                       {"name": "environment.maxcount"},
		"Account.SetFundNote":                    {"id": sandbox.FundEntryID},
		"Account.GetAggExtraBillingHistory":      {"type": "ip"},
		"Invoice.MarkAsPaid":                     {"id": sandbox.UnpaidInvoiceID},
		"Invoice.MarkAsVoid":                     {"id": sandbox.UnpaidInvoiceID},
		"Invoice.Pay":                            {"id": sandbox.UnpaidInvoiceID, "paymentMethodId": sandbox.PayMethodID},
		"Invoice.MakeInvoice":                    {"uid": "1005"},
		"GroupQuota.AddGroup":                    {"type": "BILLING", "name": "gold"},
		"GroupQuota.AddQuota":                    {"name": "gpu.maxcount", "defaultValue": 1},
		"GroupQuota.DeleteGroup":                 {"name": "legacy"},
		"GroupQuota.EditGroup":                   {"name": "postpaid", "description": "Invoiced at month end"},
		"GroupQuota.EditQuota":                   {"name": "environment.maxcount", "description": "Max environments"},
		"GroupQuota.GetGroupQuotas":              {"name": "commercial"},
		"GroupQuota.RemoveGroupQuota":            {"groupName": "commercial"},
		"GroupQuota.RemoveQuota":                 {"name": "collaboration.maxmembers", "force": true},
		"GroupQuota.SetCollaborationGroup":       {"name": "postpaid"},
		"GroupQuota.SetDefaultGroup":             {"name": "commercial"},
		"GroupQuota.SetSignupGroup":              {"name": "commercial"},
		"GroupQuota.SetGroupQuota":               {"quotaName": "environment.maxcount", "value": 20},
		"GroupQuota.UnassignHdNodeGroup":         {"hardwareNodeGroup": "premium"},
		"PayMethod.EnablePayMethod":              {"payMethodId": sandbox.PayMethodID},
		"Pricing.AddPricing":                     {"pricing": jelastic.Object{"name": "Gold pricing"}},
		"Pricing.AddResource":                    {"resource": `{"name":"GPU","unit":"hour"}`},
		"Pricing.AddTariff":                      {"tariff": jelastic.Object{"name": "GPU hour", "type": "OPTION", "grid": []any{map[string]any{"from": 0, "price": 0.5}}}},
		"Pricing.DeletePricing":                  {"id": "3"},
		"Pricing.DeleteTariff":                   {"id": "107"},
		"Pricing.DetachTariff":                   {"uniqName": "ssl"},
		"Pricing.AttachTariffGrid":               {"id": "1"},
		"Pricing.DetachTariffGrid":               {"id": "1", "tariffGridName": "standard-grid"},
		"Pricing.EditPricing":                    {"pricing": jelastic.Object{"id": 1, "name": "Standard v2"}},
		"Pricing.EditResource":                   {"resource": `{"id":201,"unit":"cloudlet-hour"}`},
		"Pricing.EditTariff":                     {"tariff": jelastic.Object{"id": 101, "name": "Reserved cloudlets v2"}},
		"Pricing.ValidateNode":                   {"uid": sandbox.UserUID},
		"Reseller.AddReseller":                   {"reseller": `{"name":"Acme Cloud","ownerUid":1004}`, "platform": `{"domain":"acme.example"}`, "regions": `["us-1"]`},
		"Reseller.EditReseller":                  {"reseller": `{"id":1,"name":"Partner Cloud EU"}`},
		"Reseller.GetResellerByAppid":            {"targetAppid": "partner-cluster"},
		"Reseller.GetResellerById":               {"id": sandbox.ResellerID},
		"Reseller.GetResellerByOwnerUid":         {"uid": sandbox.ResellerOwner},
		"Reseller.GetResellerByUid":              {"uid": sandbox.ResellerOwner},
		"Reseller.RemoveReseller":                {"id": sandbox.ResellerID},
		"Reseller.SetResellerStatus":             {"id": sandbox.ResellerID, "status": "SUSPENDED"},
		"ServicePlan.EnableServicePlan":          {"enabled": 0},
		"ServicePlan.ExtendedCreateServicePlan":  {"enabled": true, "type": "ONETIME", "byDefault": false},
		"ServicePlan.ExtendedServicePlanUpdate":  {"id": sandbox.ServicePlanID, "enabled": true, "type": "ONETIME", "byDefault": false},
		"ServicePlan.CreateServicePlan":          {"name": "Refill 75 USD"},
		"ServicePlan.UpdateServicePlan":          {"name": "Refill 10 USD (new)"},
		"ServicePlan.PaymentNewsRead":            {"id": "news-4"},
		"Order.OrderEvent":                       {"eventType": "APPROVED"},
		"Subscription.Cancel":                    {"id": sandbox.SubscriptionID},
		"Subscription.SetAutopay":                {"id": sandbox.SubscriptionID, "enabled": false},
		"Subscription.UndoCancel":                {"id": 604},
		"Subscription.DiscardUpdateSubscription": {"subscriptionId": 603},
		"Subscription.MoveProduct":               {"subscriptionId": 603, "itemResourceId": 60311, "targetSubscriptionId": sandbox.SubscriptionID, "targetItemId": sandbox.SubscriptionItem},
		"System.SendEmail":                       {"email": "alice@example.com"},
	}
	vals := map[string]any{}
	for _, f := range m.Fields() {
		if v, ok := common[f.Wire]; ok && f.Required {
			vals[f.Wire] = v
		}
	}
	for k, v := range overrides[m.FullName()] {
		vals[k] = v
	}
	return vals
}

// expectedRefusals are methods whose valid call as the admin is refused by the seeded world's
// state, with the code the refusal must carry.
var expectedRefusals = map[string]int{
	"Account.ConvertToCommercial":       sandbox.CodeBadState, // the admin's account is already commercial
	"Account.ConvertToCommercialAndPay": sandbox.CodeBadState,
}

func TestEveryMethodAnswersAsAdmin(t *testing.T) {
	methods := billing.Methods()
	if want := len(testkit.Facts(t)); len(methods) != want {
		t.Fatalf("catalog has %d methods, the facts file %d", len(methods), want)
	}
	for _, m := range methods {
		t.Run(m.FullName(), func(t *testing.T) {
			s := start(t, 7)
			c := client(t, s, sandbox.AdminToken)
			vals := validArgs(m, s.Platform.Now())
			for _, f := range m.Fields() {
				if _, ok := vals[f.Wire]; f.Required && !ok {
					t.Fatalf("test has no value for required parameter %s", f.Wire)
				}
			}
			r, err := call(t, c, m.FullName(), vals)
			var te *jelastic.TransportError
			if errors.As(err, &te) {
				t.Fatalf("transport error: %v", err)
			}
			if want, ok := expectedRefusals[m.FullName()]; ok {
				if apiCode(err) != want || err.(*jelastic.APIError).Message == "" {
					t.Fatalf("got %v, want a refusal with result %d", err, want)
				}
				return
			}
			if err != nil {
				t.Fatalf("valid call failed: %v", err)
			}
			if len(r.Payload()) == 0 {
				t.Fatalf("empty answer: %v", r.Fields)
			}
		})
	}
}

func TestUserTokenDeniedAdminMethods(t *testing.T) {
	s := start(t, 7)
	c := client(t, s, sandbox.UserToken)
	denied := 0
	for _, m := range billing.Methods() {
		if !sandbox.AdminOnly(m) {
			continue
		}
		denied++
		_, err := call(t, c, m.FullName(), validArgs(m, s.Platform.Now()))
		if apiCode(err) != jelastic.CodePermissionDenied {
			t.Errorf("%s as the user: got %v, want result 8202", m.FullName(), err)
		}
	}
	for _, name := range []string{"Account.FundAccount", "Account.GetAccounts", "GroupQuota.AddGroup",
		"Pricing.AddTariff", "Utils.GetUidUsageByPeriod", "System.GetStatus", "Reseller.GetAllResellers"} {
		if !sandbox.AdminOnly(method(t, name)) {
			t.Errorf("%s should be admin-only", name)
		}
	}
	if denied < 90 {
		t.Errorf("only %d admin-only methods; the rule looks too loose", denied)
	}
	if bal, _, _ := s.Platform.Balance(sandbox.UserUID); bal <= 0 {
		t.Errorf("balance %v", bal)
	}
}

func TestUserReadsOwnAccount(t *testing.T) {
	s := start(t, 7)
	c := client(t, s, sandbox.UserToken)
	now := s.Platform.Now()

	acc := mustCall(t, c, "Account.GetAccount", nil)
	if num(t, acc["uid"]) != sandbox.UserUID || acc["email"] != "alice@example.com" {
		t.Fatalf("GetAccount as the user: %v", acc)
	}
	for _, k := range []string{"balance", "bonus", "status", "group", "createdOn"} {
		if _, ok := acc[k]; !ok {
			t.Errorf("GetAccount lacks %s", k)
		}
	}

	hist := items(t, mustCall(t, c, "Account.GetAccountBillingHistoryByPeriod", map[string]any{
		"startTime": ts(now.Add(-7 * 24 * time.Hour)), "endTime": ts(now)}))
	if len(hist) == 0 {
		t.Fatal("no billing history for the last week")
	}
	for _, h := range hist {
		if !strings.HasSuffix(h["envName"].(string), "alice") {
			t.Fatalf("history item of a foreign environment: %v", h)
		}
	}

	inv := items(t, mustCall(t, c, "Invoice.GetInvoices", nil))
	if len(inv) < 3 {
		t.Fatalf("user sees %d invoices, want their 4", len(inv))
	}
	for _, i := range inv {
		if num(t, i["uid"]) != sandbox.UserUID {
			t.Fatalf("user sees invoice of another user: %v", i)
		}
	}

	q := items(t, mustCall(t, c, "Account.GetQuotas", map[string]any{"quotasnames": jelastic.List{"environment.maxcount"}}))
	if len(q) != 1 || q[0]["value"] != "12" || q[0]["source"] != "user" {
		t.Fatalf("quota: %v", q)
	}
	mustCall(t, c, "Account.GetBillingInfo", nil)
	mustCall(t, c, "Account.GetFundAccountHistory", map[string]any{"uid": sandbox.UserUID,
		"startTime": ts(now.Add(-90 * 24 * time.Hour)), "endTime": ts(now.Add(time.Hour))})

	// A user-level method still refuses another user's uid.
	_, err := call(t, c, "Account.GetFundAccountHistory", map[string]any{"uid": sandbox.LowBalanceUID,
		"startTime": ts(now.Add(-time.Hour)), "endTime": ts(now)})
	if apiCode(err) != jelastic.CodePermissionDenied {
		t.Fatalf("another user's fund history: got %v, want 8202", err)
	}
	// And another user's invoice does not exist for them.
	if _, err := call(t, c, "Invoice.Pay", map[string]any{"id": sandbox.LowBalanceInvID}); apiCode(err) != jelastic.CodeNotFound {
		t.Fatalf("paying another user's invoice: got %v, want result 5", err)
	}
}
