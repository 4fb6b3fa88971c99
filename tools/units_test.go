package tools_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// byPath answers each request with the body its path names; {"result":0} otherwise.
func byPath(bodies map[string]string) jelastictest.Responder {
	return func(w http.ResponseWriter, r jelastictest.Request) {
		body, ok := bodies[r.Path]
		if !ok {
			body = `{"result":0}`
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(body))
	}
}

const (
	pathAccount          = "/1.0/billing/account/rest/getaccount"
	pathPlatformCurrency = "/1.0/billing/pricing/rest/getplatformcurrency"
	pathCurrency         = "/1.0/billing/serviceplan/rest/getcurrency"
)

// TestTimesStateTheirZone: the platform's zoneless times reach the model as RFC 3339, in the
// text and the structured content alike: UTC, fractions kept, Unix milliseconds under a
// time-named key, the cells of an exported CSV, and the offset a history call asked for.
func TestTimesStateTheirZone(t *testing.T) {
	e := newEnv(t)
	cases := []struct {
		tool, args, answer string
		want               []string
		keep               []string // text the answer must still hold as it was
	}{
		{"account_get_account", "", `{"result":0,"uid":7,"createdOn":"2025-10-22 05:00:00","updatedStatusOn":"2025-10-22 05:00:00.5","note":"paid 2025-10-22 05:00:00"}`,
			[]string{`"createdOn":"2025-10-22T05:00:00Z"`, `"updatedStatusOn":"2025-10-22T05:00:00.5Z"`}, []string{`"note":"paid 2025-10-22 05:00:00"`}},
		{"account_get_fund_account_history", `{"uid":7,"start_time":"2026-01-01","end_time":"2026-02-01"}`,
			`{"result":0,"responses":[{"operationDate":1795132800000,"id":1795132800000}]}`,
			[]string{`"operationDate":"2026-11-20T00:00:00Z"`}, []string{`"id":1795132800000`}},
		{"account_export_billing_history", `{"start_time":"2026-01-01","end_time":"2026-02-01"}`,
			`{"result":0,"data":"dateTime,cost\n2026-11-19 00:00:00,0.5\n2026-11-20 00:00:00,0.25\n"}`,
			[]string{`2026-11-19T00:00:00Z,0.5\n2026-11-20T00:00:00Z,0.25`}, nil},
		{"account_get_billing_by_engine_type", `{"start_time":"2026-01-01","end_time":"2026-02-01","time_offset":120}`,
			`{"result":0,"array":[{"dateTime":"2026-01-01 00:00:00","cost":1}]}`,
			[]string{`"dateTime":"2026-01-01T00:00:00+02:00"`}, nil},
		{"account_get_billing_by_engine_type", `{"start_time":"2026-01-01","end_time":"2026-02-01","time_offset":-330}`,
			`{"result":0,"array":[{"dateTime":"2026-01-01 00:00:00","cost":1}]}`,
			[]string{`"dateTime":"2026-01-01T00:00:00-05:30"`}, nil},
		// Text shaped like a time that is no time is left as it came, not labelled as one.
		{"account_get_account", "", `{"result":0,"uid":7,"createdOn":"2026-13-45 99:99:99","updatedStatusOn":"2026-02-29 10:00:00","updatedGroupOn":"2028-02-29 23:59:59"}`,
			[]string{`"updatedGroupOn":"2028-02-29T23:59:59Z"`}, []string{`"createdOn":"2026-13-45 99:99:99"`, `"updatedStatusOn":"2026-02-29 10:00:00"`}},
		// A method whose answers hold no times is passed on as it came.
		{"system_get_version", "", `{"result":0,"version":"8.3","built":"2025-10-22 05:00:00"}`,
			nil, []string{`"built":"2025-10-22 05:00:00"`}},
	}
	for _, c := range cases {
		e.platform.Respond(jelastictest.Body(200, c.answer))
		res := e.call(t, c.tool, c.args)
		if res.IsError {
			t.Fatalf("%s: %s", c.tool, resultText(res))
		}
		text := resultText(res)
		structuredText := mustJSON(t, res.StructuredContent)
		for _, w := range append(c.want, c.keep...) {
			if !strings.Contains(text, w) || !strings.Contains(structuredText, w) {
				t.Errorf("%s: want %s in both\ntext:       %s\nstructured: %s", c.tool, w, text, structuredText)
			}
		}
	}
}

// TestTimeOffsetIsAZone: a time_offset no zone has (past 14 hours either way) is refused before
// anything is sent; it used to reach the answer's times as an offset such as +1666:40, which
// is no RFC 3339 time. Every tool that takes time_offset says so in its schema.
func TestTimeOffsetIsAZone(t *testing.T) {
	e := newEnv(t)
	for _, offset := range []string{"100000", "-841", "841"} {
		res := e.call(t, "account_get_billing_by_engine_type", `{"start_time":"2026-01-01","end_time":"2026-02-01","time_offset":`+offset+`}`)
		if text := resultText(res); !res.IsError || !strings.Contains(text, `Argument "time_offset"`) || !strings.Contains(text, "Nothing was sent.") {
			t.Errorf("time_offset %s: %s; want a refusal naming time_offset", offset, text)
		}
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Fatalf("%d refused calls reached the platform", n)
	}
	e.platform.Respond(jelastictest.Body(200, `{"result":0,"array":[{"dateTime":"2026-01-01 00:00:00","cost":1}]}`))
	res := e.call(t, "account_get_billing_by_engine_type", `{"start_time":"2026-01-01","end_time":"2026-02-01","time_offset":840}`)
	if text := resultText(res); res.IsError || !strings.Contains(text, `"dateTime":"2026-01-01T00:00:00+14:00"`) {
		t.Errorf("time_offset 840: %s", text)
	}
	list, err := e.client.ListTools(t.Context(), mcp.ListToolsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	taking := 0
	for _, tool := range list.Tools {
		if p, ok := tool.InputSchema.Properties["time_offset"].(map[string]any); ok {
			taking++
			if p["minimum"] != -840.0 || p["maximum"] != 840.0 {
				t.Errorf("%s: time_offset is not bounded to -840..840 minutes in its schema: %v", tool.Name, p)
			}
		}
	}
	if taking == 0 {
		t.Error("no tool takes time_offset")
	}
}

// TestAmountsStateTheirCurrency: an answer with amounts names the currency the platform bills
// in, learned with one request for the first such answer and never for answers without money;
// an answer that names its own currency keeps it.
func TestAmountsStateTheirCurrency(t *testing.T) {
	rec := jelastictest.NewRecorder()
	t.Cleanup(rec.Close)
	rec.Respond(byPath(map[string]string{
		pathAccount:          `{"result":0,"uid":7,"balance":12.5}`,
		pathPlatformCurrency: `{"result":0,"currency":"CHF","code":"CHF","symbol":"Fr."}`,
		"/1.0/billing/serviceplan/rest/getserviceplan": `{"result":0,"id":1,"price":10,"currency":"USD"}`,
	}))
	c := connectStdio(t, learningServer(t, rec))
	if res := callClient(t, c, "system_get_version", ""); res.IsError || strings.Contains(resultText(res), "currency") {
		t.Fatalf("an answer without money: %s", resultText(res))
	}
	if n := countPath(rec, pathPlatformCurrency); n != 0 {
		t.Fatalf("an answer without money asked for the currency %d times", n)
	}
	for i := 0; i < 3; i++ {
		res := callClient(t, c, "account_get_account", "")
		if want := `{"balance":12.5,"currency":"CHF","uid":7}`; res.IsError || resultText(res) != want || mustJSON(t, res.StructuredContent) != want {
			t.Fatalf("call %d: %s, want %s", i, resultText(res), want)
		}
	}
	res := callClient(t, c, "service_plan_get_service_plan", `{"service_plan_id":1}`)
	if !strings.Contains(resultText(res), `"currency":"USD"`) {
		t.Errorf("the platform's own currency was replaced: %s", resultText(res))
	}
	if n := countPath(rec, pathPlatformCurrency); n != 1 {
		t.Errorf("the currency was asked for %d times, want once", n)
	}
}

// TestCurrencyUnknown: when the platform will not say its currency, the answer still comes,
// and says the amounts are in the platform currency and which tool names it; the platform is
// not asked again for every answer.
func TestCurrencyUnknown(t *testing.T) {
	rec := jelastictest.NewRecorder()
	t.Cleanup(rec.Close)
	denied := `{"result":8202,"source":"billing","error":"permission denied"}`
	rec.Respond(byPath(map[string]string{
		pathAccount:          `{"result":0,"uid":7,"balance":12.5}`,
		pathPlatformCurrency: denied,
		pathCurrency:         denied,
	}))
	c := connectStdio(t, learningServer(t, rec))
	for i := 0; i < 2; i++ {
		res := callClient(t, c, "account_get_account", "")
		if res.IsError || !strings.Contains(resultText(res), `"currency":"the platform currency (pricing_get_platform_currency names it)"`) {
			t.Fatalf("call %d: %s", i, resultText(res))
		}
	}
	if a, b := countPath(rec, pathPlatformCurrency), countPath(rec, pathCurrency); a != 1 || b != 1 {
		t.Errorf("asked Pricing.GetPlatformCurrency %d and ServicePlan.GetCurrency %d times, want once each", a, b)
	}
}

// TestCurrencyPerCredentials: each set of credentials learns its own currency (a reseller's
// users may be billed in another), once, even when many calls ask at the same moment.
func TestCurrencyPerCredentials(t *testing.T) {
	rec := jelastictest.NewRecorder()
	t.Cleanup(rec.Close)
	rec.Respond(func(w http.ResponseWriter, r jelastictest.Request) {
		body := `{"result":0,"uid":7,"balance":1}`
		if r.Path == pathPlatformCurrency {
			body = map[string]string{"tok-a": `{"result":0,"code":"USD"}`, "tok-b": `{"result":0,"code":"EUR"}`}[r.Form.Get("session")]
		}
		_, _ = w.Write([]byte(body))
	})
	srv := learningServer(t, rec)
	var wg sync.WaitGroup
	got := make([]string, 20)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tok := []string{"tok-a", "tok-b"}[i%2]
			ctx := jelastic.WithToken(context.Background(), tok)
			msg := srv.HandleMessage(ctx, []byte(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"account_get_account","arguments":{}}}`))
			got[i] = tok + " " + mustJSON(t, msg)
		}()
	}
	wg.Wait()
	for _, g := range got {
		want := map[bool]string{true: `\"currency\":\"USD\"`, false: `\"currency\":\"EUR\"`}[strings.HasPrefix(g, "tok-a")]
		if !strings.Contains(g, want) {
			t.Errorf("%s lacks %s", g, want)
		}
	}
	if n := countPath(rec, pathPlatformCurrency); n != 2 {
		t.Errorf("the currency was asked for %d times by two sets of credentials, want 2", n)
	}
}

// learningServer serves every tool over rec, learning the currency from it.
func learningServer(t *testing.T, rec *jelastictest.Recorder) *server.MCPServer {
	t.Helper()
	return learningServerAt(t, rec.URL, testToken)
}

func learningServerAt(t *testing.T, url, token string) *server.MCPServer {
	t.Helper()
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: url, Token: token, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := tools.NewServer(tools.Options{Caller: api, Logger: zerolog.Nop()}, "test")
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// TestSummariesShareTheCurrency: the billing_* summaries name the same currency as the raw
// answers, from the same single read (against the sandbox, which bills in USD).
func TestSummariesShareTheCurrency(t *testing.T) {
	var mu sync.Mutex
	reads := 0
	platform := sandbox.New(3)
	web := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == pathPlatformCurrency || r.URL.Path == pathCurrency {
			mu.Lock()
			reads++
			mu.Unlock()
		}
		platform.ServeHTTP(w, r)
	}))
	t.Cleanup(web.Close)
	c := connectStdio(t, learningServerAt(t, web.URL, sandbox.AdminToken))
	for _, call := range [][2]string{{"account_get_account", ""}, {"billing_balance_forecast", ""}, {"billing_spend_summary", `{"start_time":"last 7 days"}`}} {
		res := callClient(t, c, call[0], call[1])
		if res.IsError || structured(t, res)["currency"] != "USD" {
			t.Errorf("%s: %s", call[0], resultText(res))
		}
		if call[0] != "account_get_account" && !strings.Contains(resultText(res), " USD") {
			t.Errorf("%s: the text names no currency: %s", call[0], resultText(res))
		}
	}
	if reads != 1 {
		t.Errorf("the currency was read %d times by three answers, want once", reads)
	}
}

func countPath(rec *jelastictest.Recorder, path string) int {
	n := 0
	for _, r := range rec.Requests() {
		if r.Path == path {
			n++
		}
	}
	return n
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestPreviewsNameTheCurrency: a preview says the currency of the amount it moves, learned
// from the platform with one read when the server does not know it yet, and never by sending
// the call; when the platform will not say, the preview says "in the platform currency".
func TestPreviewsNameTheCurrency(t *testing.T) {
	for _, c := range []struct {
		name, currency, want string
	}{
		{"learned", `{"result":0,"code":"CHF"}`, "Add 5.00 CHF to the main balance of user 1234."},
		{"unknown", `{"result":8202,"error":"permission denied"}`, "Add 5.00 in the platform currency to the main balance of user 1234."},
	} {
		t.Run(c.name, func(t *testing.T) {
			rec := jelastictest.NewRecorder()
			t.Cleanup(rec.Close)
			rec.Respond(byPath(map[string]string{pathPlatformCurrency: c.currency, pathCurrency: c.currency}))
			cl := connectStdio(t, learningServer(t, rec))
			res := callClient(t, cl, "account_fund_account", `{"uid":1234,"amount":5}`)
			if sc := structured(t, res); sc["preview"] != c.want || !strings.Contains(resultText(res), c.want) {
				t.Errorf("preview %q, want %q; text %s", sc["preview"], c.want, resultText(res))
			}
			for _, r := range rec.Requests() {
				if r.Path != pathPlatformCurrency && r.Path != pathCurrency {
					t.Errorf("an unconfirmed call sent %s", r.Path)
				}
			}
			res = callClient(t, cl, "account_fund_account", `{"uid":1234,"amount":5}`)
			if sc := structured(t, res); sc["preview"] != c.want || countPath(rec, pathPlatformCurrency) != 1 {
				t.Errorf("second preview %q after %d currency reads, want the same after one", sc["preview"], countPath(rec, pathPlatformCurrency))
			}
		})
	}
}
