package tools_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// Secret values of the tests below: long and odd enough that no duration, id or amount in a
// log line or an answer can contain one by chance.
const (
	testCard     = "4111111111111111"
	testCardCode = "cvc-Q7Z9"
	testPass     = "hunter2/pass+phrase"
	testChecksum = "c0ffee0123456789checksum"
	testAuth     = "auth-token-e3b0c44298fc1c149afb"
)

// echoForms writes s as JSON list items the way a platform might send it back: raw,
// URL-encoded, every character a \u escape, and with slashes escaped inside the value.
func echoForms(s string) string {
	var u strings.Builder
	for _, c := range s {
		fmt.Fprintf(&u, `\u%04x`, c)
	}
	return fmt.Sprintf(`"raw %s","url %s","escaped %s","slashes %s"`, s, url.QueryEscape(s), u.String(), strings.ReplaceAll(s, "/", `\\/`))
}

// TestSecretsStayOut: the token and secret arguments appear in no result (text or structured
// content), error or log line, whatever path the call takes, even when the platform sends them
// back inside a successful answer or cut at the edge of an error excerpt.
func TestSecretsStayOut(t *testing.T) {
	e := newEnv(t)
	secrets := []string{testToken, testCard, testCardCode, testPass, testChecksum}
	var texts []string
	record := func(tool, args string) {
		res := e.call(t, tool, args)
		b, _ := json.Marshal(res)
		texts = append(texts, string(b))
	}
	echo := func(values ...string) {
		var items []string
		for _, v := range values {
			items = append(items, echoForms(v))
		}
		e.platform.Respond(jelastictest.Body(200, `{"result":0,"echo":[`+strings.Join(items, ",")+`]}`))
	}
	bankCard := `{"first_name":"Ann","last_name":"Lee","card_number":"` + testCard + `","card_code":"` + testCardCode + `","expire_month":4,"expire_year":2030,"service_plan_id":3`
	record("pay_method_register_bank_card", bankCard+`}`) // preview
	echo(testToken, testCard, testCardCode)
	record("pay_method_register_bank_card", bankCard+`,"confirm":true}`)                                                                                                                                                   // sent
	record("pay_method_register_bank_card", `{"first_name":"Ann","last_name":"Lee","card_number":["`+testCard+`"],"card_code":"`+testCardCode+`","expire_month":4,"expire_year":2030,"service_plan_id":3,"confirm":true}`) // bad secret
	echo(testPass)
	record("subscription_uninstall_product", `{"subscription_id":1,"item_id":2,"item_resource_id":3,"passphrase":"`+testPass+`","confirm":true}`)
	echo(testChecksum)
	record("utils_get_uid_usage_by_period", `{"uid":1,"start_date":"2024-04-01","end_date":"2024-04-02","checksum":"`+testChecksum+`"}`)
	// A platform that echoes the token in its error text, or where an excerpt is cut.
	e.platform.Respond(jelastictest.Body(200, `{"result":701,"error":"session [`+testToken+`] is not valid"}`))
	record("account_get_account", "")
	e.platform.Respond(jelastictest.Body(500, `trace: session=`+testToken))
	record("account_get_account", "")
	e.platform.Respond(jelastictest.Body(500, strings.Repeat("x", 180)+" session="+testToken))
	record("account_get_account", "")

	logs := e.logs.String()
	for _, s := range secrets {
		half := s[:len(s)/2]
		for i, text := range texts {
			if strings.Contains(text, s) || strings.Contains(text, half) || strings.Contains(text, url.QueryEscape(half)) {
				t.Errorf("result %d contains (part of) a secret: %s", i, text)
			}
		}
		if strings.Contains(logs, s) {
			t.Errorf("logs contain a secret %q", s[:3]+"…")
		}
	}
	if !strings.Contains(texts[1], `"echo":["raw [redacted]","url [redacted]","escaped [redacted]","slashes [redacted]"`) {
		t.Errorf("echoed answer: %s", texts[1])
	}
	if !strings.Contains(logs, `"audit":"pay_method_register_bank_card"`) || !strings.Contains(logs, `"card_number":"[redacted]"`) {
		t.Errorf("no redacted audit line for the card registration in logs:\n%s", logs)
	}
	// The platform itself must of course get the real values.
	var sawCard bool
	for _, r := range e.platform.Requests() {
		sawCard = sawCard || r.Form.Get("cardNumber") == testCard
	}
	if !sawCard {
		t.Error("the confirmed card registration did not reach the platform with the card number")
	}
}

// TestServerSecretsStayOut: the secrets a server is given (its HTTP auth token) are
// redacted from what the platform sends back, as the Jelastic token is.
func TestServerSecretsStayOut(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: platform.URL, Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := tools.NewServer(tools.Options{Caller: api, Logger: zerolog.Nop(), Secrets: []string{testToken, testAuth}}, "test")
	if err != nil {
		t.Fatal(err)
	}
	c := connectStdio(t, srv)
	platform.Respond(jelastictest.Body(200, `{"result":0,"echo":[`+echoForms(testAuth)+`]}`))
	ok := callClient(t, c, "account_get_account", "")
	platform.Respond(jelastictest.Body(200, `{"result":99,"error":"bad header `+testAuth+`"}`))
	failed := callClient(t, c, "account_get_account", "")
	for _, res := range []*mcp.CallToolResult{ok, failed} {
		if b, _ := json.Marshal(res); strings.Contains(string(b), testAuth[:10]) || !strings.Contains(string(b), "[redacted]") {
			t.Errorf("result %s", b)
		}
	}
}

// TestLogLinePerCall: one line per call with tool, effect, duration, outcome and result code;
// an audit line only for calls that change something.
func TestLogLinePerCall(t *testing.T) {
	e := newEnv(t)
	e.call(t, "account_get_account", "")
	e.platform.Respond(jelastictest.Body(200, `{"result":8202,"error":"permission denied"}`))
	e.call(t, "account_set_user_note", `{"uid":5,"note":"vip"}`)
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(e.logs.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("log line is not JSON: %s", l)
		}
		lines = append(lines, m)
	}
	if len(lines) != 3 {
		t.Fatalf("got %d log lines, want 3 (two calls, one audit):\n%s", len(lines), e.logs.String())
	}
	first, second, audit := lines[0], lines[1], lines[2]
	if first["tool"] != "account_get_account" || first["effect"] != "read" || first["outcome"] != "ok" || first["duration"] == nil {
		t.Errorf("read call line %v", first)
	}
	if second["tool"] != "account_set_user_note" || second["outcome"] != "api_error" || second["code"] != float64(8202) {
		t.Errorf("write call line %v", second)
	}
	args, _ := audit["args"].(map[string]any)
	if audit["audit"] != "account_set_user_note" || args["uid"] != float64(5) || args["note"] != "vip" {
		t.Errorf("audit line %v", audit)
	}
}
