package tools_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestBadArgumentsNeverReachThePlatform covers each kind of bad input: the result is an
// isError a model can act on, naming the problem, and nothing is sent.
func TestBadArgumentsNeverReachThePlatform(t *testing.T) {
	e := newEnv(t)
	history := "account_get_billing_history"
	cases := []struct {
		name, tool, args string
		want             []string
	}{
		{"unknown argument suggests the closest", history, `{"start":"2024-04-01","end_time":"2024-04-02"}`,
			[]string{`Unknown argument "start"`, `did you mean "start_time"?`, "Valid arguments: start_time, end_time"}},
		{"camelCase wire name suggests snake_case", history, `{"startTime":"2024-04-01","end_time":"2024-04-02"}`,
			[]string{`Unknown argument "startTime"`, `did you mean "start_time"?`}},
		{"typo suggests the closest", "account_fund_account", `{"uid":1,"ammount":5}`,
			[]string{`Unknown argument "ammount"`, `did you mean "amount"?`}},
		{"argument for a tool that takes none", "account_get_account", `{"uid":1}`,
			[]string{`Unknown argument "uid"`, "takes no arguments"}},
		{"missing required", history, `{"start_time":"2024-04-01"}`,
			[]string{`Missing required argument "end_time"`, "date-time"}},
		{"wrong type for integer", "account_fund_account", `{"uid":"abc","amount":5}`,
			[]string{`Argument "uid"`, "expected an integer", `"abc"`}},
		{"fraction for integer", "account_fund_account", `{"uid":12.5,"amount":5}`,
			[]string{`Argument "uid"`, "expected an integer", "12.5"}},
		{"object for string", "account_set_user_note", `{"uid":1,"note":{"a":1}}`,
			[]string{`Argument "note"`, "expected a string", "an object"}},
		{"unparseable date", history, `{"start_time":"last tuesday","end_time":"2024-04-02"}`,
			[]string{`Argument "start_time"`, `cannot read "last tuesday"`, "2024-04-01T00:00:00Z"}},
		{"impossible date", history, `{"start_time":"2024-02-30","end_time":"2024-04-02"}`,
			[]string{`Argument "start_time"`, "2024-02-30"}},
		{"period out of the enum", history, `{"start_time":"2024-04-01","end_time":"2024-04-02","period":"FORTNIGHT"}`,
			[]string{`Argument "period"`, "AGE, YEAR, MONTH, WEEK, DAY, HOUR"}},
		{"amount not positive", "account_fund_account", `{"uid":1,"amount":-5,"confirm":true}`,
			[]string{`Argument "amount"`, "greater than 0", "-5"}},
		{"month out of range", "pay_method_register_bank_card", `{"first_name":"A","last_name":"B","card_number":"4111111111111111","card_code":"123","expire_month":13,"expire_year":2030,"service_plan_id":1,"confirm":true}`,
			[]string{`Argument "expire_month"`, "must be at most 12", "13"}},
		{"negative row index", "invoice_get_invoices", `{"start_row":-1}`,
			[]string{`Argument "start_row"`, "must be at least 0"}},
		{"list item not a string", "account_get_accounts_by_uids", `{"uids":[{"x":1}]}`,
			[]string{`Argument "uids"`, "list of strings"}},
		{"object argument not JSON", "account_set_billing_info", `{"customer":"not json","confirm":true}`,
			[]string{`Argument "customer"`, "a JSON object"}},
		{"arguments not an object", "account_get_account", `[1,2]`,
			[]string{"Arguments must be a JSON object"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := e.call(t, c.tool, c.args)
			text := resultText(res)
			if !res.IsError {
				t.Fatalf("not an error: %s", text)
			}
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("error %q lacks %q", text, w)
				}
			}
			if !strings.HasSuffix(text, ". Nothing was sent.") || strings.Contains(text, "?.") || strings.Contains(text, ") Nothing") {
				t.Errorf("error %q is not full sentences ending in %q", text, "Nothing was sent.")
			}
			if sc := structured(t, res); sc["status"] != "invalid_arguments" {
				t.Errorf("structured status %v", sc["status"])
			}
		})
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Fatalf("bad arguments reached the platform: %d requests", n)
	}
}

// TestCommonSlipsAreCoerced: "42" for an integer, "true" for a boolean, one string for a
// list, a JSON string for an object, a lower-case period.
func TestCommonSlipsAreCoerced(t *testing.T) {
	e := newEnv(t)
	calls := []struct{ tool, args, wire, want string }{
		{"account_fund_account", `{"uid":"42","amount":"12.50","is_bonus":"true","confirm":"true"}`, "uid", "42"},
		{"account_fund_account", `{"uid":"42","amount":"12.50","is_bonus":"true","confirm":"true"}`, "amount", "12.5"},
		{"account_fund_account", `{"uid":"42","amount":"12.50","is_bonus":"true","confirm":"true"}`, "isBonus", "true"},
		{"account_get_accounts_by_uids", `{"uids":"17"}`, "uids", "17"},
		{"account_get_accounts_by_uids", `{"uids":[17, "18"]}`, "uids", "17,18"},
		{"account_set_billing_info", `{"customer":"{\"name\":\"Ann\"}","confirm":true}`, "customer", `{"name":"Ann"}`},
		{"account_get_billing_history", `{"start_time":"2024-04-01 10:00:00","end_time":"2024-04-02","period":"hour"}`, "period", "HOUR"},
		{"account_get_billing_history", `{"start_time":"2024-04-01 10:00:00","end_time":"2024-04-02","period":"hour"}`, "startTime", "2024-04-01 10:00:00"},
		{"account_get_billing_history", `{"start_time":"2024-04-01T10:00:00-05:00","end_time":"2024-04-02"}`, "startTime", "2024-04-01 15:00:00"},
		{"invoice_make_invoice", `{"uid":1234,"confirm":true}`, "uid", "1234"},
		{"account_fund_account", `{"uid":7.0,"amount":3,"confirm":true}`, "uid", "7"},
	}
	for _, c := range calls {
		e.platform.Reset()
		res := e.call(t, c.tool, c.args)
		if res.IsError {
			t.Errorf("%s %s: %s", c.tool, c.args, resultText(res))
			continue
		}
		reqs := e.platform.Requests()
		if len(reqs) != 1 || reqs[0].Form.Get(c.wire) != c.want {
			t.Errorf("%s %s: wire %s = %q, want %q", c.tool, c.args, c.wire, reqs[0].Form.Get(c.wire), c.want)
		}
	}
}

// TestUnknownShortArgumentSuggestsNothing: an argument named "" or "a" is no misspelling of the
// first argument that happens to start with it.
func TestUnknownShortArgumentSuggestsNothing(t *testing.T) {
	e := newEnv(t)
	for _, name := range []string{"", "a", "s"} {
		text := resultText(e.callRaw(t, "account_get_billing_history", `{"`+name+`":1}`))
		if !strings.Contains(text, fmt.Sprintf("Unknown argument %q.", name)) || strings.Contains(text, "did you mean") {
			t.Errorf("argument %q: %s; want no suggestion", name, text)
		}
	}
}

// TestPeriodsStartBeforeTheyEnd: a period that ends before it starts is refused naming both
// arguments, and nothing is sent (the platform refused it after a round trip); a period of one
// instant is left to the platform, which takes it for some methods.
func TestPeriodsStartBeforeTheyEnd(t *testing.T) {
	e := newEnv(t)
	res := e.callRaw(t, "account_get_billing_history", `{"start_time":"2026-11-05","end_time":"2026-11-01T12:00:00+02:00"}`)
	want := `Argument "start_time" (2026-11-05T00:00:00Z) is after "end_time" (2026-11-01T10:00:00Z); a period must start before it ends. Nothing was sent.`
	if text := resultText(res); !res.IsError || text != want {
		t.Errorf("reversed period: %q, want %q", text, want)
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Fatalf("a reversed period reached the platform (%d requests)", n)
	}
	for _, args := range []string{
		`{"start_time":"2026-11-01","end_time":"2026-11-01"}`,
		`{"start_time":"2026-11-01","end_time":"2026-11-05"}`,
	} {
		e.platform.Reset()
		if res := e.callRaw(t, "account_get_billing_history", args); res.IsError || len(e.platform.Requests()) != 1 {
			t.Errorf("%s: %s; want it sent", args, resultText(res))
		}
	}
}

// TestRequiredListsHaveItems: a required list sent empty ([] or "") is refused like a missing
// one, before anything is sent (the platform refused it after a round trip).
func TestRequiredListsHaveItems(t *testing.T) {
	e := newEnv(t)
	for _, uids := range []string{`[]`, `""`, `[""]`} {
		res := e.callRaw(t, "account_get_accounts_by_uids", `{"uids":`+uids+`}`)
		if text := resultText(res); !res.IsError || !strings.HasPrefix(text, `Argument "uids" needs at least one item`) {
			t.Errorf("uids %s: %s", uids, text)
		}
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Fatalf("%d empty lists reached the platform", n)
	}
	if res := e.callRaw(t, "account_get_accounts_by_uids", `{"uids":["1001"]}`); res.IsError || len(e.platform.Requests()) != 1 {
		t.Errorf("one uid: %s", resultText(res))
	}
}
