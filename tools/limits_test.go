package tools_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// overLimit asserts a call was refused by a money limit, saying want, with nothing sent.
func overLimit(t *testing.T, rec *jelastictest.Recorder, res *mcp.CallToolResult, want string) {
	t.Helper()
	if !res.IsError || structured(t, res)["status"] != "over_limit" || !strings.Contains(resultText(res), want) ||
		!strings.Contains(resultText(res), "Nothing was sent") || len(rec.Requests()) != 0 {
		t.Fatalf("want a refusal saying %q, nothing sent; got error=%v requests=%d %s", want, res.IsError, len(rec.Requests()), resultText(res))
	}
}

// TestMaxAmountPerCall: --max-amount refuses a call moving more, before any confirmation,
// says the limit in the preview, counts a bonus once per account, and refuses calls whose
// sum the platform sets.
func TestMaxAmountPerCall(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	c := connectStdio(t, newToolServer(t, rec, tools.Options{MaxAmount: 100}))

	overLimit(t, rec, callClient(t, c, "account_fund_account", `{"uid":1234,"amount":150}`), "more than the limit of 100.00 EUR per call set by --max-amount")
	overLimit(t, rec, callClient(t, c, "account_unfund_account", `{"uid":1234,"amount":100.5,"confirm":true}`), "would move 100.5")
	overLimit(t, rec, callClient(t, c, "account_convert_to_trial", `{"template":"t","uids":["1","2","3","4"],"bonus":30,"confirm":true}`), "would move 120")
	overLimit(t, rec, callClient(t, c, "account_convert_to_trial", `{"template":"t","bonus":30,"confirm":true}`), "without uids their number is not known")
	overLimit(t, rec, callClient(t, c, "invoice_pay", `{"id":7,"payment_method_id":"pm","payment_method_type":"card","confirm":true}`), "the platform sets the sum this call pays or charges for id")
	overLimit(t, rec, callClient(t, c, "account_set_group", `{"uid":5,"group_name":"g","reset_bonus":true,"confirm":true}`), "with reset_bonus true the call wipes a balance")
	overLimit(t, rec, callClient(t, c, "order_pay_service_plan", `{"service_plan_id":3,"pay_method_id":"pm","confirm":true}`), "cannot be held to the money limits")

	res := callClient(t, c, "account_fund_account", `{"uid":1234,"amount":100}`)
	if sc := structured(t, res); sc["status"] != "confirmation_required" || !strings.Contains(sc["preview"].(string), "Money limits: at most 100.00 EUR per call") {
		t.Fatalf("preview does not state the limit: %s", resultText(res))
	}
	for _, args := range []string{
		`{"uid":1234,"amount":100,"confirm":true}`,
	} {
		if res := callClient(t, c, "account_fund_account", args); res.IsError {
			t.Fatalf("%s: %s", args, resultText(res))
		}
	}
	for tool, args := range map[string]string{
		"account_convert_to_trial": `{"template":"t","uids":["1","2"],"bonus":50,"confirm":true}`,
		"invoice_make_invoice":     `{"uid":"12","skip_pay":true,"confirm":true}`,
		"account_set_group":        `{"uid":5,"group_name":"g","confirm":true}`,
		"account_get_account":      `{}`,
	} {
		if res := callClient(t, c, tool, args); res.IsError {
			t.Fatalf("%s within the limit: %s", tool, resultText(res))
		}
	}
	if n := len(rec.Requests()); n != 5 {
		t.Fatalf("%d requests sent, want 5", n)
	}
}

// TestMaxAmountPerDay: once the money moved with one set of credentials in the last 24 hours
// would pass --max-amount-per-day, further moves with them are refused; previews and refused
// calls do not count, and other credentials have their own sum.
func TestMaxAmountPerDay(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	srv := newToolServer(t, rec, tools.Options{MaxAmountPerDay: 100})
	web := httptest.NewServer(server.NewStreamableHTTPServer(srv, server.WithHTTPContextFunc(func(ctx context.Context, r *http.Request) context.Context {
		return jelastic.WithToken(ctx, r.Header.Get("X-Jelastic-Token"))
	})))
	defer web.Close()
	alice, _ := connectHTTP(t, web.URL, mcp.LATEST_PROTOCOL_VERSION, "tok-alice-5d1e", mcp.ClientCapabilities{})
	bob, _ := connectHTTP(t, web.URL, mcp.LATEST_PROTOCOL_VERSION, "tok-bob-77c2", mcp.ClientCapabilities{})

	for range 3 { // previews move nothing
		callClient(t, alice, "account_fund_account", `{"uid":1,"amount":60}`)
	}
	if res := callClient(t, alice, "account_fund_account", `{"uid":1,"amount":60,"confirm":true}`); res.IsError {
		t.Fatal(resultText(res))
	}
	res := callClient(t, alice, "account_charge_account_by_uid", `{"uid":1,"amount":30,"description":"d"}`)
	if p := structured(t, res)["preview"].(string); !strings.Contains(p, "40.00 EUR left for these credentials in the last 24 hours") {
		t.Fatalf("preview does not say what is left: %s", p)
	}
	rec.Reset()
	overLimit(t, rec, callClient(t, alice, "account_charge_account_by_uid", `{"uid":1,"amount":50,"description":"d","confirm":true}`), "with the 60.00 EUR these credentials moved in the last 24 hours that passes the limit of 100.00 EUR")
	if res := callClient(t, bob, "account_fund_account", `{"uid":1,"amount":90,"confirm":true}`); res.IsError {
		t.Fatalf("bob has his own sum: %s", resultText(res))
	}
	if res := callClient(t, alice, "account_fund_account", `{"uid":1,"amount":40,"confirm":true}`); res.IsError {
		t.Fatalf("alice up to exactly the limit: %s", resultText(res))
	}
	rec.Reset()
	overLimit(t, rec, callClient(t, alice, "account_fund_account", `{"uid":1,"amount":0.01,"confirm":true}`), "passes the limit")
}

// auditLines reads the audit log.
func auditLines(t *testing.T, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("audit line is not JSON: %s", sc.Text())
		}
		out = append(out, m)
	}
	return out
}

// TestAuditLog: every write or destructive call sent leaves an intent line, on disk before
// the platform sees the call, and an outcome line with the result code; secrets stay out;
// when the log cannot be written the call is refused and nothing is sent.
func TestAuditLog(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	audit, err := tools.OpenAuditLog(path)
	if err != nil {
		t.Fatal(err)
	}
	c := connectStdio(t, newToolServer(t, rec, tools.Options{Audit: audit}))
	var mu sync.Mutex
	var seenBefore []int
	rec.Respond(func(w http.ResponseWriter, r jelastictest.Request) {
		raw, _ := os.ReadFile(path)
		mu.Lock()
		seenBefore = append(seenBefore, strings.Count(string(raw), "\n"))
		mu.Unlock()
		if r.Form.Get("amount") == "13" {
			jelastictest.Body(200, `{"result":701,"error":"no such user"}`)(w, r)
			return
		}
		jelastictest.OK(w, r)
	})
	callClient(t, c, "account_get_account", `{}`)
	callClient(t, c, "account_fund_account", `{"uid":1234,"amount":50,"note":"n"}`) // preview only
	callClient(t, c, "account_fund_account", `{"uid":1234,"amount":50,"note":"n","confirm":true}`)
	callClient(t, c, "account_unfund_account", `{"uid":99,"amount":13,"confirm":true}`)
	const passphrase = "pp-secret-71c9e3a0"
	callClient(t, c, "subscription_cancel", fmt.Sprintf(`{"id":5,"immediately":true,"passphrase":%q,"confirm":true}`, passphrase))
	mu.Lock()
	defer mu.Unlock()
	if !reflect.DeepEqual(seenBefore, []int{0, 1, 3, 5}) {
		t.Fatalf("audit lines on disk when each request reached the platform: %v, want [0 1 3 5]", seenBefore)
	}
	raw, _ := os.ReadFile(path)
	for _, secret := range []string{passphrase, testToken} {
		if strings.Contains(string(raw), secret) {
			t.Fatalf("a secret reached the audit log:\n%s", raw)
		}
	}
	lines := auditLines(t, path)
	if len(lines) != 6 {
		t.Fatalf("%d audit lines, want 6:\n%s", len(lines), raw)
	}
	intent, outcome := lines[0], lines[1]
	args, _ := intent["args"].(map[string]any)
	if intent["event"] != "intent" || intent["tool"] != "account_fund_account" || intent["amount"] != float64(50) ||
		args["uid"] != float64(1234) || args["note"] != "n" || len(intent["credentials"].(string)) != 16 || intent["time"] == "" {
		t.Fatalf("intent line %v", intent)
	}
	if outcome["event"] != "outcome" || outcome["call"] != intent["call"] || outcome["outcome"] != "ok" || outcome["code"] != float64(0) {
		t.Fatalf("outcome line %v", outcome)
	}
	if lines[3]["outcome"] != "api_error" || lines[3]["code"] != float64(701) {
		t.Fatalf("outcome of a refused call %v", lines[3])
	}

	// A log that cannot be written stops the call.
	if err := audit.Close(); err != nil {
		t.Fatal(err)
	}
	rec.Reset()
	res := callClient(t, c, "account_fund_account", `{"uid":1234,"amount":50,"confirm":true}`)
	if !res.IsError || structured(t, res)["status"] != "not_recorded" || !strings.Contains(resultText(res), "Nothing was sent") || len(rec.Requests()) != 0 {
		t.Fatalf("unrecorded call: error=%v requests=%d %s", res.IsError, len(rec.Requests()), resultText(res))
	}
}

// TestMoneyTagsCoverEveryMove: the methods whose parameters declare a `money` role are
// exactly the ones known to move money now, and every role is one tools/ understands.
func TestMoneyTagsCoverEveryMove(t *testing.T) {
	roles := map[string]bool{"amount": true, "each": true, "priced": true, "skip": true, "wipes": true}
	var got []string
	for _, m := range billing.Methods() {
		tagged := false
		for _, f := range m.Fields() {
			if f.Money == "" {
				continue
			}
			if !roles[f.Money] {
				t.Errorf("%s %s: unknown money role %q", m.ToolName(), f.Name, f.Money)
			}
			tagged = true
		}
		if tagged {
			got = append(got, m.ToolName())
		}
	}
	sort.Strings(got)
	want := []string{
		"account_charge_account_by_uid", "account_convert_to_commercial_and_pay", "account_convert_to_trial",
		"account_fund_account", "account_fund_and_activate_account", "account_set_group", "account_surcharge_accounts",
		"account_unfund_account", "account_withdraw_accounts", "invoice_make_invoice", "invoice_pay",
		"order_pay_service_plan", "pay_method_register_bank_card", "pay_method_register_pay_method_and_pay",
		"subscription_subscribe",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("methods that declare money moves:\n got %v\nwant %v", got, want)
	}
}

// TestMaxAmountPerDayUnderConcurrency: calls racing for what is left of the daily limit
// cannot together pass it: of ten concurrent moves of 30 under a limit of 100, three go out.
func TestMaxAmountPerDayUnderConcurrency(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	c := connectStdio(t, newToolServer(t, rec, tools.Options{MaxAmountPerDay: 100}))
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req := mcp.CallToolRequest{}
			req.Params.Name = "account_fund_account"
			req.Params.Arguments = map[string]any{"uid": 1, "amount": 30, "confirm": true}
			if _, err := c.CallTool(context.Background(), req); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("protocol error: %v", err)
	}
	if n := len(rec.Requests()); n != 3 {
		t.Fatalf("%d moves of 30 sent under a daily limit of 100, want 3", n)
	}
}
