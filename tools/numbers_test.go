package tools_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
)

// callRaw sends args as written, so that numbers reach the server as the test spells them
// (e.call decodes them into float64 first).
func (e *env) callRaw(t *testing.T, tool, args string) *mcp.CallToolResult {
	t.Helper()
	req := mcp.CallToolRequest{}
	req.Params.Name = tool
	req.Params.Arguments = json.RawMessage(args)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := e.client.CallTool(ctx, req)
	if err != nil {
		t.Fatalf("%s: protocol error: %v", tool, err)
	}
	return res
}

// TestIntegersAreReadExactly: an integer that cannot be read exactly is refused with an error
// naming the argument, and nothing is sent; big integers written plainly and the documented
// coercions arrive exactly.
func TestIntegersAreReadExactly(t *testing.T) {
	e := newEnv(t)
	refused := []struct{ args, want string }{
		{`{"uid":9007199254740993.0,"note":"n"}`, "2^53"},
		{`{"uid":9.007199254740993e15,"note":"n"}`, "2^53"},
		{`{"uid":"9007199254740993.0","note":"n"}`, "2^53"},
		{`{"uid":"1_000","note":"n"}`, "separators"},
		{`{"uid":"1,000","note":"n"}`, "separators"},
		{`{"uid":"0x10","note":"n"}`, "expected an integer"},
		{`{"uid":99999999999999999999,"note":"n"}`, "out of the integer range"},
		{`{"uid":42.5,"note":"n"}`, "not a whole number"},
	}
	for _, c := range refused {
		res := e.callRaw(t, "account_set_user_note", c.args)
		text := resultText(res)
		if !res.IsError || !strings.Contains(text, `Argument "uid"`) || !strings.Contains(text, c.want) {
			t.Errorf("%s: %s; want an error naming uid and saying %q", c.args, text, c.want)
		}
	}
	fund := []string{`{"uid":1,"amount":"1_000","confirm":true}`, `{"uid":1,"amount":"1,5","confirm":true}`, `{"uid":1,"amount":"Inf","confirm":true}`}
	for _, args := range fund {
		if res := e.callRaw(t, "account_fund_account", args); !res.IsError || !strings.Contains(resultText(res), `Argument "amount"`) {
			t.Errorf("%s: %s", args, resultText(res))
		}
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Fatalf("%d refused calls reached the platform", n)
	}

	accepted := map[string]string{
		`{"uid":9007199254740993,"note":"n"}`:   "9007199254740993",
		`{"uid":"9007199254740993","note":"n"}`: "9007199254740993",
		`{"uid":"42","note":"n"}`:               "42",
		`{"uid":42.0,"note":"n"}`:               "42",
		`{"uid":4.2e1,"note":"n"}`:              "42",
		`{"uid":" 7 ","note":"n"}`:              "7",
	}
	for args, want := range accepted {
		e.platform.Reset()
		res := e.callRaw(t, "account_set_user_note", args)
		reqs := e.platform.Requests()
		if res.IsError || len(reqs) != 1 || reqs[0].Form.Get("uid") != want {
			t.Errorf("%s: %s; want uid=%s on the wire", args, resultText(res), want)
		}
	}
}

// TestSeparatorAdviceKeepsTheAmount: when an amount written with separators is refused, the
// number the refusal suggests is the amount meant, or the refusal suggests none: "5,00" is
// five where the comma marks decimals, and following "e.g. 500" would move a hundred times
// the money.
func TestSeparatorAdviceKeepsTheAmount(t *testing.T) {
	e := newEnv(t)
	suggests := map[string]string{ // the amount as sent -> the suggestion, "" for none
		"5,00": "", "5,5": "", "1,000": "", "5 USD": "", "USD 5": "", "1.000,50": "", "1,00,000": "",
		"1,000.50": "1000.50", "1,000,000": "1000000", "1 000": "1000", "1_000": "1000", "12'500.5": "12500.5",
	}
	for amount, want := range suggests {
		res := e.callRaw(t, "account_fund_account", `{"uid":1,"amount":"`+amount+`","confirm":true}`)
		text := resultText(res)
		_, got, _ := strings.Cut(text, "e.g. ")
		got, _, _ = strings.Cut(got, ". Nothing")
		if want == "" {
			want = "1234.5" // the form, not a number read from the text
		}
		if !res.IsError || !strings.Contains(text, `Argument "amount"`) || got != want {
			t.Errorf("amount %q: %s; want a refusal suggesting %s", amount, text, want)
		}
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Fatalf("%d refused calls reached the platform", n)
	}
}
