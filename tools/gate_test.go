package tools_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
)

// requiredArgs builds valid values for the required arguments of a method.
func requiredArgs(entry catalogEntry) map[string]any {
	args := map[string]any{}
	for i, a := range entry.Args {
		if a.Required {
			args[a.Name], _ = sample(entry.Tool, i, a)
		}
	}
	return args
}

// TestEveryDestructiveToolNeedsConfirmation walks every destructive tool: without
// confirm: true (absent, false, "false") nothing reaches the platform and the result is a
// preview, not an error.
func TestEveryDestructiveToolNeedsConfirmation(t *testing.T) {
	e := newEnv(t)
	n := 0
	for _, entry := range loadCatalog(t) {
		if entry.Effect != "destructive" {
			continue
		}
		n++
		for _, confirm := range []any{nil, false, "false"} {
			args := requiredArgs(entry)
			if confirm != nil {
				args["confirm"] = confirm
			}
			raw, _ := json.Marshal(args)
			res := e.call(t, entry.Tool, string(raw))
			if res.IsError {
				t.Errorf("%s confirm=%v: error result %s", entry.Tool, confirm, resultText(res))
				continue
			}
			sc := structured(t, res)
			if sc["status"] != "confirmation_required" || sc["tool"] != entry.Tool {
				t.Errorf("%s confirm=%v: structured %v", entry.Tool, confirm, sc)
			}
			if p, _ := sc["preview"].(string); len(p) < 10 || !strings.Contains(resultText(res), p) {
				t.Errorf("%s: preview %q missing from text %q", entry.Tool, p, resultText(res))
			}
		}
	}
	if want := testkit.Count(loadCatalog(t), "destructive"); n != want || n == 0 {
		t.Errorf("walked %d destructive tools, the facts file has %d", n, want)
	}
	if reqs := e.platform.Requests(); len(reqs) != 0 {
		t.Fatalf("unconfirmed destructive calls reached the platform: %d requests, first %s", len(reqs), reqs[0].Path)
	}
}

func TestFundAccountPreviewNamesTargetAndAmount(t *testing.T) {
	e := newEnv(t)
	res := e.call(t, "account_fund_account", `{"uid":1234,"amount":50,"note":"refund"}`)
	text := resultText(res)
	for _, want := range []string{"1234", "50", "refund", "main balance", `"confirm": true`} {
		if !strings.Contains(text, want) {
			t.Errorf("preview %q lacks %q", text, want)
		}
	}
	args := structured(t, res)["arguments"].(map[string]any)
	if args["uid"] != float64(1234) || args["amount"] != float64(50) {
		t.Errorf("structured arguments %v", args)
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Fatalf("%d requests sent without confirmation", n)
	}
	res = e.call(t, "account_fund_account", `{"uid":1234,"amount":50,"note":"refund","confirm":true}`)
	if res.IsError || len(e.platform.Requests()) != 1 {
		t.Fatalf("confirmed call: error=%v requests=%d: %s", res.IsError, len(e.platform.Requests()), resultText(res))
	}
}

func TestConfirmIsOnlyOnDestructiveTools(t *testing.T) {
	e := newEnv(t)
	res := e.call(t, "account_get_account", `{"confirm":true}`)
	if !res.IsError || !strings.Contains(resultText(res), `Unknown argument "confirm"`) {
		t.Fatalf("read tool accepted confirm: %s", resultText(res))
	}
	res = e.call(t, "account_fund_account", `{"uid":1,"amount":1,"confirm":"yes please"}`)
	if !res.IsError || !strings.Contains(resultText(res), `"confirm" must be true or false`) {
		t.Fatalf("bad confirm value: %s", resultText(res))
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Fatalf("%d requests sent", n)
	}
}
