package sandbox_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

func TestFundThenBalanceAndHistory(t *testing.T) {
	s := start(t, 3)
	c := client(t, s, sandbox.AdminToken)
	now := s.Platform.Now()
	before, _, _ := s.Platform.Balance(sandbox.LowBalanceUID)
	if before >= 5 {
		t.Fatalf("low-balance user starts with %v, want < 5", before)
	}

	r := mustCall(t, c, "Account.FundAccount", map[string]any{"uid": sandbox.LowBalanceUID, "amount": 25.5, "note": "top-up by support"})
	fundID := num(t, r["fundId"])
	accs := items(t, mustCall(t, c, "Account.GetAccountsByUids", map[string]any{"uids": jelastic.List{itoa(sandbox.LowBalanceUID)}}))
	if got := num(t, accs[0]["balance"]); got != before+25.5 {
		t.Fatalf("balance after funding 25.5: %v, want %v", got, before+25.5)
	}
	hist := items(t, mustCall(t, c, "Account.GetFundAccountHistory", map[string]any{"uid": sandbox.LowBalanceUID,
		"startTime": ts(now.Add(-24 * time.Hour)), "endTime": ts(time.Now().Add(time.Hour))}))
	last := hist[len(hist)-1]
	if num(t, last["id"]) != fundID || num(t, last["amount"]) != 25.5 || last["note"] != "top-up by support" || last["chargeType"] != "FUND" {
		t.Fatalf("newest fund entry: %v", last)
	}

	// Bonus funding changes the bonus only; unfunding more than there is is refused.
	mustCall(t, c, "Account.FundAccount", map[string]any{"uid": sandbox.LowBalanceUID, "amount": 5.0, "isBonus": true})
	_, err := call(t, c, "Account.UnfundAccount", map[string]any{"uid": sandbox.LowBalanceUID, "amount": 1000.0})
	if apiCode(err) != sandbox.CodeBadState {
		t.Fatalf("unfunding too much: %v", err)
	}
	mustCall(t, c, "Account.ChargeAccountByUid", map[string]any{"uid": sandbox.LowBalanceUID, "amount": 7.0, "description": "support fee"})
	bal, bonus, _ := s.Platform.Balance(sandbox.LowBalanceUID)
	// The charge takes the 5 of bonus first, then 2 of the main balance.
	if bonus != 0 || abs(bal-(before+25.5-2)) > 1e-9 {
		t.Fatalf("after charge: balance %v bonus %v", bal, bonus)
	}

	// Funding needs an existing user and a positive amount.
	if _, err := call(t, c, "Account.FundAccount", map[string]any{"uid": 999999, "amount": 1.0}); apiCode(err) != jelastic.CodeNotFound {
		t.Fatalf("funding an unknown user: %v", err)
	}
	if _, err := call(t, c, "Account.FundAccount", map[string]any{"uid": sandbox.UserUID, "amount": -3.0}); apiCode(err) != sandbox.CodeInvalidParam {
		t.Fatalf("funding a negative amount: %v", err)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestInvoiceLifecycle(t *testing.T) {
	s := start(t, 3)
	c := client(t, s, sandbox.AdminToken)
	get := func(id int) map[string]any {
		inv := items(t, mustCall(t, c, "Invoice.GetInvoices", map[string]any{"id": id}))
		if len(inv) != 1 {
			t.Fatalf("GetInvoices id=%d: %v", id, inv)
		}
		return inv[0]
	}
	if st := get(sandbox.UnpaidInvoiceID)["status"]; st != "UNPAID" {
		t.Fatalf("seeded status %v", st)
	}
	mustCall(t, c, "Invoice.MarkAsVoid", map[string]any{"id": sandbox.UnpaidInvoiceID})
	if st := get(sandbox.UnpaidInvoiceID)["status"]; st != "VOID" {
		t.Fatalf("after MarkAsVoid: %v", st)
	}
	if _, err := call(t, c, "Invoice.MarkAsPaid", map[string]any{"id": sandbox.UnpaidInvoiceID}); apiCode(err) != sandbox.CodeBadState {
		t.Fatalf("paying a void invoice: %v", err)
	}
	if _, err := call(t, c, "Invoice.MarkAsVoid", map[string]any{"id": sandbox.PaidInvoiceID}); apiCode(err) != sandbox.CodeBadState {
		t.Fatalf("voiding a paid invoice: %v", err)
	}
	if _, err := call(t, c, "Invoice.MarkAsPaid", nil); apiCode(err) != sandbox.CodeMissingParam {
		t.Fatalf("MarkAsPaid without id: %v", err)
	}
	voids := items(t, mustCall(t, c, "Invoice.GetInvoices", map[string]any{"status": "VOID"}))
	if len(voids) != 2 {
		t.Fatalf("VOID invoices: %d, want 2", len(voids))
	}

	// In a fresh world, the user pays their own unpaid invoice.
	u := client(t, start(t, 3), sandbox.UserToken)
	r := mustCall(t, u, "Invoice.Pay", map[string]any{"id": sandbox.UnpaidInvoiceID})
	if r["status"] != "PAID" || r["paidOn"] == nil {
		t.Fatalf("Pay: %v", r)
	}
}

func TestStateChangesShowInReads(t *testing.T) {
	s := start(t, 5)
	c := client(t, s, sandbox.AdminToken)

	mustCall(t, c, "Account.SuspendUser", map[string]any{"uid": sandbox.UserUID})
	sus := items(t, mustCall(t, c, "Account.GetSuspendedAccounts", nil))
	found := false
	for _, a := range sus {
		found = found || num(t, a["uid"]) == sandbox.UserUID
	}
	if !found {
		t.Fatal("suspended user missing from GetSuspendedAccounts")
	}
	mustCall(t, c, "Account.EnableUser", map[string]any{"uid": sandbox.UserUID})
	acc := mustCall(t, client(t, s, sandbox.UserToken), "Account.GetAccount", nil)
	if num(t, acc["status"]) != 1 || acc["isEnabled"] != true {
		t.Fatalf("after EnableUser: status %v, isEnabled %v", acc["status"], acc["isEnabled"])
	}

	mustCall(t, c, "GroupQuota.AddGroup", map[string]any{"type": "BILLING", "name": "gold", "sourceGroupName": "commercial"})
	mustCall(t, c, "GroupQuota.SetGroupQuota", map[string]any{"groupName": "gold", "quotaName": "environment.maxcount", "value": 42})
	q := items(t, mustCall(t, c, "GroupQuota.GetGroupQuotas", map[string]any{"name": "gold", "quotasnames": "environment.maxcount"}))
	if len(q) != 1 || num(t, q[0]["value"]) != 42 {
		t.Fatalf("gold quotas: %v", q)
	}
	if _, err := call(t, c, "GroupQuota.AddGroup", map[string]any{"type": "BILLING", "name": "gold"}); apiCode(err) != sandbox.CodeExists {
		t.Fatalf("adding gold twice: %v", err)
	}
	mustCall(t, c, "GroupQuota.DeleteGroup", map[string]any{"name": "gold"})
	if _, err := call(t, c, "GroupQuota.GetGroupQuotas", map[string]any{"name": "gold"}); apiCode(err) != jelastic.CodeNotFound {
		t.Fatalf("deleted group still answers: %v", err)
	}

	tar := mustCall(t, c, "Pricing.AddTariff", map[string]any{"tariff": jelastic.Object{"name": "GPU hour", "type": "OPTION"}})
	id := num(t, tar["id"])
	mustCall(t, c, "Pricing.EditTariff", map[string]any{"tariff": jelastic.Object{"id": id, "name": "GPU hour v2"}})
	ts := items(t, mustCall(t, c, "Pricing.GetTariffsInner", map[string]any{"type": "OPTION"}))
	names := ""
	for _, x := range ts {
		names += x["name"].(string) + ";"
	}
	if !strings.Contains(names, "GPU hour v2") {
		t.Fatalf("edited tariff missing: %s", names)
	}

	sp := mustCall(t, c, "ServicePlan.CreateServicePlan", map[string]any{"name": "Refill 75 USD", "description": "d",
		"servicePlanType": "ONETIME", "externPlanId": "x"})
	spID := int(num(t, sp["id"]))
	mustCall(t, c, "ServicePlan.DeleteServicePlan", map[string]any{"servicePlanId": spID})
	if _, err := call(t, c, "ServicePlan.GetServicePlan", map[string]any{"servicePlanId": spID}); apiCode(err) != jelastic.CodeNotFound {
		t.Fatalf("deleted plan still answers: %v", err)
	}

	sub := mustCall(t, c, "Subscription.Cancel", map[string]any{"id": sandbox.SubscriptionID, "immediately": true})
	if sub["status"] != "CANCELED" {
		t.Fatalf("cancel: %v", sub)
	}
}

func TestRecordedEvents(t *testing.T) {
	s := start(t, 1)
	c := client(t, s, sandbox.AdminToken)
	r := mustCall(t, c, "System.SendEmail", map[string]any{"template": "low-balance", "email": "dave@example.com"})
	if note, _ := r["note"].(string); !strings.Contains(note, "sandbox") || !strings.Contains(note, "no e-mail was sent") {
		t.Fatalf("SendEmail note: %v", r["note"])
	}
	mustCall(t, c, "System.ReloadConfiguration", nil)
	mustCall(t, c, "Utils.GetUidUsageByPeriod", map[string]any{"uid": sandbox.UserUID, "checksum": "c0ffee",
		"startDate": ts(s.Platform.Now().Add(-48 * time.Hour)), "endDate": ts(s.Platform.Now())})
	ev := s.Platform.Events()
	if len(ev) != 2 || ev[0].Method != "System.SendEmail" || ev[1].Method != "System.ReloadConfiguration" || ev[0].UID != sandbox.AdminUID {
		t.Fatalf("events: %+v", ev)
	}
	ev[0].Method = "changed"
	if s.Platform.Events()[0].Method != "System.SendEmail" {
		t.Fatal("Events does not return a copy")
	}
}

// raw posts a form to the platform directly and decodes the answer.
func raw(t *testing.T, h http.Handler, method, path string, form url.Values) (int, map[string]any, string) {
	t.Helper()
	var req *http.Request
	if method == http.MethodGet {
		req = httptest.NewRequest(method, path+"?"+form.Encode(), nil)
	} else {
		req = httptest.NewRequest(method, path, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	body, _ := io.ReadAll(rec.Body)
	var m map[string]any
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("answer is not JSON: %s", body)
	}
	return rec.Code, m, string(body)
}

func TestProtocolErrors(t *testing.T) {
	p := sandbox.New(1)
	const fund = "/1.0/billing/account/rest/fundaccount"
	ok := url.Values{"appid": {"cluster"}, "session": {sandbox.AdminToken}, "uid": {"1001"}, "amount": {"2"}}
	with := func(k, v string) url.Values {
		f := url.Values{}
		for kk, vv := range ok {
			f[kk] = vv
		}
		if v == "" {
			f.Del(k)
		} else {
			f.Set(k, v)
		}
		return f
	}
	cases := []struct {
		name, method, path string
		form               url.Values
		code               int
		msg                string
	}{
		{"ok", http.MethodPost, fund, ok, 0, ""},
		{"GET works too", http.MethodGet, fund, ok, 0, ""},
		{"unknown token", http.MethodPost, fund, with("session", "secret-token-123"), sandbox.CodeBadSession, "not valid"},
		{"no token", http.MethodPost, fund, with("session", ""), sandbox.CodeBadSession, "session"},
		{"wrong appid", http.MethodPost, fund, with("appid", "other"), sandbox.CodeBadAppID, "appid"},
		{"missing param", http.MethodPost, fund, with("amount", ""), sandbox.CodeMissingParam, "[amount] is required"},
		{"bad number", http.MethodPost, fund, with("amount", "ten"), sandbox.CodeInvalidParam, "not a number"},
		{"bad int", http.MethodPost, fund, with("uid", "1.5"), sandbox.CodeInvalidParam, "not an integer"},
		{"bad bool", http.MethodPost, fund, with("isBonus", "maybe"), sandbox.CodeInvalidParam, "not a boolean"},
		{"python bool", http.MethodPost, fund, with("isBonus", "True"), 0, ""},
		{"unknown method", http.MethodPost, "/1.0/billing/account/rest/nosuchthing", ok, jelastic.CodeMethodNotFound, "not found"},
		{"no version prefix", http.MethodPost, "/billing/account/rest/fundaccount", ok, jelastic.CodeMethodNotFound, "/1.0/"},
		{"bad time", http.MethodPost, "/1.0/billing/account/rest/getaccountbillinghistorybyperiod",
			url.Values{"appid": {"cluster"}, "session": {sandbox.UserToken}, "startTime": {"yesterday"}, "endTime": {"2024-01-01 00:00:00"}},
			sandbox.CodeInvalidParam, "2006-01-02 15:04:05"},
		{"bad period", http.MethodPost, "/1.0/billing/account/rest/getaccountbillinghistorybyperiod",
			url.Values{"appid": {"cluster"}, "session": {sandbox.UserToken}, "startTime": {"2024-01-01 00:00:00"}, "endTime": {"2024-01-02 00:00:00"}, "period": {"FORTNIGHT"}},
			sandbox.CodeInvalidParam, "not a period"},
		{"end before start", http.MethodPost, "/1.0/billing/account/rest/getaccountbillinghistorybyperiod",
			url.Values{"appid": {"cluster"}, "session": {sandbox.UserToken}, "startTime": {"2024-01-02 00:00:00"}, "endTime": {"2024-01-01 00:00:00"}},
			sandbox.CodeInvalidParam, "must be after"},
		{"bad JSON object", http.MethodPost, "/1.0/billing/account/rest/setbillinginfo",
			url.Values{"appid": {"cluster"}, "session": {sandbox.UserToken}, "customer": {"{not json"}},
			sandbox.CodeInvalidParam, "JSON object"},
		{"checksum required", http.MethodPost, "/1.0/billing/system/rest/getstatus",
			url.Values{"appid": {"cluster"}, "session": {sandbox.AdminToken}}, sandbox.CodeMissingParam, "[checksum]"},
		{"user denied", http.MethodPost, fund, with("session", sandbox.UserToken), jelastic.CodePermissionDenied, "permission denied"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, m, body := raw(t, p, tc.method, tc.path, tc.form)
			if status != http.StatusOK {
				t.Fatalf("HTTP %d", status)
			}
			if code := int(m["result"].(float64)); code != tc.code {
				t.Fatalf("result %d, want %d: %s", code, tc.code, body)
			}
			if tc.code != 0 {
				if m["source"] != "billing" || !strings.Contains(m["error"].(string), tc.msg) {
					t.Fatalf("error body %s, want a message containing %q", body, tc.msg)
				}
			}
			if strings.Contains(body, "secret-token-123") || strings.Contains(body, sandbox.AdminToken) {
				t.Fatalf("answer echoes a token: %s", body)
			}
		})
	}
}

func TestUnknownTokenThroughClient(t *testing.T) {
	s := start(t, 1)
	_, err := call(t, client(t, s, "nope-not-a-token"), "Account.GetAccount", nil)
	if apiCode(err) != sandbox.CodeBadSession {
		t.Fatalf("got %v, want result %d", err, sandbox.CodeBadSession)
	}
}

func TestDeterministic(t *testing.T) {
	now := time.Date(2025, 3, 10, 12, 0, 0, 0, time.UTC)
	ask := func(seed int64, path string, form url.Values) string {
		form.Set("appid", "cluster")
		form.Set("session", sandbox.UserToken)
		_, _, body := raw(t, sandbox.NewAt(seed, now), http.MethodPost, path, form)
		return body
	}
	acc := func(seed int64) string { return ask(seed, "/1.0/billing/account/rest/getaccount", url.Values{}) }
	hist := func(seed int64) string {
		return ask(seed, "/1.0/billing/account/rest/getaccountbillinghistorybyperiod", url.Values{
			"startTime": {"2025-03-03 00:00:00"}, "endTime": {"2025-03-10 00:00:00"}, "period": {"HOUR"}})
	}
	a1, a2, h1, h2 := acc(42), acc(42), hist(42), hist(42)
	if a1 != a2 || h1 != h2 {
		t.Fatal("the same seed gives different answers")
	}
	if acc(42) == acc(43) || hist(42) == hist(43) {
		t.Fatal("different seeds give the same answers")
	}
	if n := strings.Count(hist(42), `"dateTime"`); n < 7*24*7 {
		t.Fatalf("a week of hourly history for 7 nodes has only %d items", n)
	}
	// A platform built later agrees on the hours both cover.
	later := sandbox.NewAt(42, now.Add(5*time.Hour))
	form := url.Values{"appid": {"cluster"}, "session": {sandbox.UserToken}, "startTime": {"2025-03-03 00:00:00"},
		"endTime": {"2025-03-10 00:00:00"}, "period": {"HOUR"}}
	if _, _, body := raw(t, later, http.MethodPost, "/1.0/billing/account/rest/getaccountbillinghistorybyperiod", form); body != hist(42) {
		t.Fatal("history of a fixed past range depends on when the platform was built")
	}
}

func TestBillingHistoryShape(t *testing.T) {
	s := start(t, 9)
	c := client(t, s, sandbox.UserToken)
	now := s.Platform.Now()
	week := items(t, mustCall(t, c, "Account.GetAccountBillingHistoryByPeriod", map[string]any{
		"startTime": ts(now.Add(-7 * 24 * time.Hour)), "endTime": ts(now), "period": jelastic.PeriodDay}))
	total := 0.0
	days := map[string]bool{}
	for _, it := range week {
		for _, k := range []string{"dateTime", "envName", "nodeid", "type", "cost", "isPaid"} {
			if _, ok := it[k]; !ok {
				t.Fatalf("item lacks %s: %v", k, it)
			}
		}
		total += num(t, it["cost"])
		days[it["dateTime"].(string)] = true
	}
	if len(days) < 7 || len(days) > 8 {
		t.Fatalf("%d day buckets in a week", len(days))
	}
	// Seven nodes of the end user cost a few dollars a day.
	if total < 7*2 || total > 7*40 {
		t.Fatalf("a week costs %.2f USD; implausible", total)
	}
	sum := mustCall(t, c, "Account.GetSum", map[string]any{"uid": sandbox.UserUID,
		"startTime": ts(now.Add(-7 * 24 * time.Hour)), "endTime": ts(now)})
	if d := num(t, sum["sum"]) - total; d > 0.01 || d < -0.01 {
		t.Fatalf("GetSum %v disagrees with the history total %v", sum["sum"], total)
	}
	grouped := items(t, mustCall(t, c, "Account.GetAccountBillingHistoryByPeriod", map[string]any{
		"startTime": ts(now.Add(-7 * 24 * time.Hour)), "endTime": ts(now), "period": jelastic.PeriodWeek, "groupNodes": true}))
	if len(grouped) >= len(week) {
		t.Fatalf("grouping by layer and week did not shrink the answer: %d vs %d", len(grouped), len(week))
	}
	// Older than 90 days: nothing.
	old := items(t, mustCall(t, c, "Account.GetAccountBillingHistoryByPeriod", map[string]any{
		"startTime": ts(now.AddDate(0, 0, -200)), "endTime": ts(now.AddDate(0, 0, -100))}))
	if len(old) != 0 {
		t.Fatalf("history before the 90-day window: %d items", len(old))
	}
}

func TestConcurrentFunding(t *testing.T) {
	s := start(t, 11)
	c := client(t, s, sandbox.AdminToken)
	before, _, _ := s.Platform.Balance(sandbox.TrialUID)
	var wg sync.WaitGroup
	errs := make(chan error, 50)
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := call(t, c, "Account.FundAccount", map[string]any{"uid": sandbox.TrialUID, "amount": 1.0}); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	after, _, _ := s.Platform.Balance(sandbox.TrialUID)
	if after != before+50 {
		t.Fatalf("balance %v after 50 fundings of 1, want %v", after, before+50)
	}
	hist := items(t, mustCall(t, c, "Account.GetFundAccountHistory", map[string]any{"uid": sandbox.TrialUID,
		"startTime": ts(s.Platform.Now()), "endTime": ts(time.Now().Add(time.Hour))}))
	if len(hist) != 50 {
		t.Fatalf("%d fund entries, want 50", len(hist))
	}
}

// The tools describe end_date as the last day charged, so a one-day period has the same start
// and end date, and that day's usage is taken.
func TestSurchargeTakesTheLastDayToo(t *testing.T) {
	s := start(t, 3)
	c := client(t, s, sandbox.AdminToken)
	today := s.Platform.Now().Truncate(24 * time.Hour)
	charged := items(t, mustCall(t, c, "Account.SurchargeAccounts", map[string]any{"startDate": ts(today), "endDate": ts(today)}))
	if len(charged) == 0 || num(t, charged[0]["amount"]) <= 0 {
		t.Fatalf("a surcharge of today charged nobody: %v", charged)
	}
	again := items(t, mustCall(t, c, "Account.SurchargeAccounts", map[string]any{"startDate": ts(today), "endDate": ts(today)}))
	if len(again) != 0 {
		t.Fatalf("today's usage was charged twice: %v", again)
	}
	_, err := call(t, c, "Account.WithdrawAccounts", map[string]any{"startDate": ts(today), "endDate": ts(today.AddDate(0, 0, -1))})
	if apiCode(err) != sandbox.CodeInvalidParam || !strings.Contains(err.Error(), "must not be before") {
		t.Fatalf("an end before the start: %v", err)
	}
}
