package tools_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

// TestSecretsStayOut: the token and secret arguments appear in no result, error or log line,
// whatever path the call takes.
func TestSecretsStayOut(t *testing.T) {
	e := newEnv(t)
	const card, code, pass, sum = "4111111111111111", "737", "hunter2-passphrase", "c0ffee0123456789checksum"
	secrets := []string{testToken, card, code, pass, sum}
	var texts []string
	record := func(tool, args string) {
		res := e.call(t, tool, args)
		b, _ := json.Marshal(res)
		texts = append(texts, string(b))
	}
	bankCard := `{"first_name":"Ann","last_name":"Lee","card_number":"` + card + `","card_code":"` + code + `","expire_month":4,"expire_year":2030,"service_plan_id":3`
	record("pay_method_register_bank_card", bankCard+`}`)                                                                                                                                                      // preview
	record("pay_method_register_bank_card", bankCard+`,"confirm":true}`)                                                                                                                                       // sent
	record("pay_method_register_bank_card", `{"first_name":"Ann","last_name":"Lee","card_number":["`+card+`"],"card_code":"`+code+`","expire_month":4,"expire_year":2030,"service_plan_id":3,"confirm":true}`) // bad secret
	record("subscription_uninstall_product", `{"subscription_id":1,"item_id":2,"item_resource_id":3,"passphrase":"`+pass+`"}`)
	record("utils_get_uid_usage_by_period", `{"uid":1,"start_date":"2024-04-01","end_date":"2024-04-02","checksum":"`+sum+`"}`)
	// A platform that echoes the token in its error text.
	e.platform.Respond(jelastictest.Body(200, `{"result":701,"error":"session [`+testToken+`] is not valid"}`))
	record("account_get_account", "")
	e.platform.Respond(jelastictest.Body(500, `trace: session=`+testToken))
	record("account_get_account", "")

	logs := e.logs.String()
	for _, s := range secrets {
		for i, text := range texts {
			if strings.Contains(text, s) {
				t.Errorf("result %d contains a secret: %s", i, text)
			}
		}
		if strings.Contains(logs, s) {
			t.Errorf("logs contain a secret %q", s[:3]+"…")
		}
	}
	if !strings.Contains(logs, `"audit":"pay_method_register_bank_card"`) || !strings.Contains(logs, `"card_number":"[redacted]"`) {
		t.Errorf("no redacted audit line for the card registration in logs:\n%s", logs)
	}
	// The platform itself must of course get the real values.
	var sawCard bool
	for _, r := range e.platform.Requests() {
		sawCard = sawCard || r.Form.Get("cardNumber") == card
	}
	if !sawCard {
		t.Error("the confirmed card registration did not reach the platform with the card number")
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
