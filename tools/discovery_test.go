package tools_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

func discoveryEnv(t *testing.T, p tools.Policy) *env {
	t.Helper()
	return newEnvWith(t, tools.Options{Policy: p, Discovery: true})
}

// callThrough calls tool through call_tool with the given arguments.
func callThrough(t *testing.T, e *env, tool string, args map[string]any) (text string, sc map[string]any, isError bool) {
	t.Helper()
	raw, _ := json.Marshal(map[string]any{"name": tool, "arguments": args})
	res := e.call(t, "call_tool", string(raw))
	return resultText(res), structured(t, res), res.IsError
}

// TestDiscoveryListsThreeSmallTools: discovery mode lists find_tools, describe_tool and
// call_tool, and their definitions cost at most 1.5k tokens (4 bytes a token).
func TestDiscoveryListsThreeSmallTools(t *testing.T) {
	e := discoveryEnv(t, tools.Policy{})
	raw := listTools(t, e)
	if got := listedNames(t, e.client); !slices.Equal(got, []string{"call_tool", "describe_tool", "find_tools"}) {
		t.Fatalf("tools/list in discovery mode: %v", got)
	}
	if tokens := len(raw) / 4; tokens > 1500 {
		t.Errorf("the three definitions are %d bytes, about %d tokens; keep them within 1,500", len(raw), tokens)
	}
	t.Logf("discovery tools/list: %d bytes, about %d tokens", len(raw), len(raw)/4)
}

// TestDiscoveryReachesEveryTool: from a question in the words of a tool's own summary,
// find_tools names it among its answers, with its arguments, so that call_tool can follow:
// every offered tool is two calls away.
func TestDiscoveryReachesEveryTool(t *testing.T) {
	e := discoveryEnv(t, tools.Policy{})
	var list []struct {
		Name        string `json:"name"`
		Description string `json:"description"`
	}
	if err := json.Unmarshal(listTools(t, newEnvWith(t, tools.Options{})), &list); err != nil {
		t.Fatal(err)
	}
	missed := 0
	for _, tl := range list {
		summary, _, _ := strings.Cut(tl.Description, ". ")
		raw, _ := json.Marshal(map[string]any{"query": summary})
		res := e.call(t, "find_tools", string(raw))
		found, _ := structured(t, res)["tools"].([]any)
		hit := false
		for _, f := range found {
			if f.(map[string]any)["name"] == tl.Name {
				hit = true
				if !strings.Contains(resultText(res), tl.Name+" (") || f.(map[string]any)["arguments"] == "" {
					t.Errorf("%s: no effect or arguments in %q", tl.Name, resultText(res))
				}
			}
		}
		if !hit {
			missed++
			t.Errorf("find_tools %q does not name %s; it found:\n%s", summary, tl.Name, resultText(res))
		}
	}
	t.Logf("%d of %d tools found from their summary", len(list)-missed, len(list))
	res := e.call(t, "find_tools", `{}`)
	if !strings.Contains(resultText(res), "account (") || !strings.Contains(resultText(res), "invoice (") {
		t.Errorf("an empty query should list the toolsets: %s", resultText(res))
	}
	res = e.call(t, "describe_tool", `{"name":"account_fund_account"}`)
	if res.IsError || !strings.Contains(resultText(res), `"inputSchema"`) || !strings.Contains(resultText(res), `"confirm"`) {
		t.Errorf("describe_tool: %s", resultText(res))
	}
}

// TestDiscoveryCallToolThroughTheGate walks every destructive tool through call_tool: without
// confirm nothing reaches the platform and the preview comes back; with confirm: true the
// call is sent once, exactly as a direct call, with the same audit line.
func TestDiscoveryCallToolThroughTheGate(t *testing.T) {
	e := discoveryEnv(t, tools.Policy{AllowCardData: true})
	facts := loadCatalog(t)
	n := 0
	for _, entry := range facts {
		if entry.Effect != "destructive" {
			continue
		}
		n++
		args := requiredArgs(entry)
		text, sc, isErr := callThrough(t, e, entry.Tool, args)
		if isErr || sc["status"] != "confirmation_required" || sc["tool"] != entry.Tool {
			t.Errorf("%s without confirm through call_tool: isError %v, %v: %s", entry.Tool, isErr, sc, text)
		}
		if reqs := e.platform.Requests(); len(reqs) != 0 {
			t.Fatalf("%s: unconfirmed call through call_tool reached the platform", entry.Tool)
		}
		args["confirm"] = true
		text, _, isErr = callThrough(t, e, entry.Tool, args)
		reqs := e.platform.Requests()
		if isErr || len(reqs) != 1 || reqs[0].Path != "/1.0/"+entry.Path {
			t.Errorf("%s confirmed through call_tool: isError %v, %d requests: %s", entry.Tool, isErr, len(reqs), text)
		}
		if !strings.Contains(e.logs.String(), `"audit":"`+entry.Tool+`"`) {
			t.Errorf("%s: no audit line for the call through call_tool", entry.Tool)
		}
		e.platform.Reset()
	}
	if want := testkit.Count(facts, "destructive"); n != want {
		t.Errorf("walked %d destructive tools, the facts file has %d", n, want)
	}
}

// TestDiscoveryRefusesWhatIsNotOffered: call_tool and describe_tool follow the same policy.
func TestDiscoveryRefusesWhatIsNotOffered(t *testing.T) {
	e := discoveryEnv(t, tools.Policy{ReadOnly: true})
	text, sc, isErr := callThrough(t, e, "account_fund_account", map[string]any{"uid": 1, "amount": 5, "confirm": true})
	if !isErr || sc["status"] != "not_offered" || !strings.Contains(text, "allow only reading") || !strings.HasSuffix(text, "Nothing was sent.") {
		t.Errorf("write through call_tool on a read-only server: isError %v %v: %s", isErr, sc, text)
	}
	text, sc, isErr = callThrough(t, e, "pay_method_register_bank_card", nil)
	if !isErr || sc["status"] != "not_offered" || !strings.Contains(text, "--allow-card-data") {
		t.Errorf("card registration through call_tool: %s", text)
	}
	res := e.call(t, "describe_tool", `{"name":"account_fund_account"}`)
	if !res.IsError {
		t.Errorf("describe_tool of a tool not offered: %s", resultText(res))
	}
	res = e.call(t, "find_tools", `{"query":"add money to a balance"}`)
	if strings.Contains(resultText(res), "account_fund_account") {
		t.Errorf("find_tools on a read-only server found a write: %s", resultText(res))
	}
	res = e.call(t, "find_tools", `{"qery":"x"}`)
	if !res.IsError || !strings.Contains(resultText(res), "qery") {
		t.Errorf("a misspelt argument of find_tools: %s", resultText(res))
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Errorf("%d requests reached the platform", n)
	}
}

// TestDiscoverySummariesAreWholeSentences: the one-line summary find_tools gives is the first
// whole sentence of the description, never cut at an abbreviation such as "e.g." or "i.e.".
func TestDiscoverySummariesAreWholeSentences(t *testing.T) {
	e := discoveryEnv(t, tools.Policy{})
	var list []struct {
		Name string `json:"name"`
	}
	if err := json.Unmarshal(listTools(t, newEnvWith(t, tools.Options{})), &list); err != nil {
		t.Fatal(err)
	}
	for _, tl := range list {
		raw, _ := json.Marshal(map[string]any{"query": tl.Name, "limit": 50})
		found, _ := structured(t, e.call(t, "find_tools", string(raw)))["tools"].([]any)
		for _, f := range found {
			f := f.(map[string]any)
			if f["name"] != tl.Name {
				continue
			}
			s, _ := f["summary"].(string)
			if !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "e.g.") || strings.HasSuffix(s, "i.e.") || strings.Count(s, "(") != strings.Count(s, ")") {
				t.Errorf("%s: summary cut mid-sentence: %q", tl.Name, s)
			}
		}
	}
}

// everydayQuestions are billing questions in a person's words, each with the tools that answer
// it (any of them will do). They come from the support questions of hosters and their users:
// balances, low balances, top-ups, history per environment, invoices, revenue, plans,
// subscriptions, quotas, prices, currency and payment methods.
var everydayQuestions = []struct {
	question string
	tools    []string
}{
	{"what is my balance", []string{"account_get_account", "billing_balance_forecast"}},
	{"how much bonus money do I have left", []string{"account_get_account"}},
	{"who is low on money", []string{"account_get_accounts", "billing_find_accounts", "account_get_accounts_by_threshold"}},
	{"which accounts have less than 5 USD", []string{"account_get_accounts", "billing_find_accounts", "account_get_accounts_by_uids"}},
	{"accounts with low balance", []string{"account_get_accounts", "billing_find_accounts", "account_get_accounts_by_threshold"}},
	{"find a customer by e-mail", []string{"billing_find_accounts", "account_get_accounts"}},
	{"list suspended users", []string{"account_get_suspended_accounts", "billing_find_accounts"}},
	{"top up balance of user 1004", []string{"account_fund_account"}},
	{"add 50 dollars to alice's account", []string{"account_fund_account"}},
	{"take money off a user's balance", []string{"account_unfund_account", "account_charge_account_by_uid"}},
	{"payment history deposits", []string{"account_get_fund_account_history"}},
	{"when was my account last topped up", []string{"account_get_fund_account_history"}},
	{"fund history of user 1002 in march", []string{"account_get_fund_account_history"}},
	{"how much did I spend this month", []string{"billing_spend_summary", "account_get_sum", "account_get_billing_history"}},
	{"cost of each environment last month", []string{"account_get_env_billing_history", "billing_spend_summary"}},
	{"billing history of environment myshop", []string{"account_get_env_billing_history", "account_get_billing_history", "account_get_extended_billing_history"}},
	{"how much do my java servers cost", []string{"account_get_billing_by_engine_type", "billing_spend_summary"}},
	{"compare spending with the previous month", []string{"billing_compare_periods"}},
	{"why did my bill go up", []string{"billing_compare_periods"}},
	{"when will my money run out", []string{"billing_balance_forecast"}},
	{"chart of daily costs", []string{"billing_spend_chart"}},
	{"total revenue of the platform last month", []string{"billing_revenue_summary"}},
	{"download my billing report", []string{"account_export_billing_history", "account_export_env_billing_history"}},
	{"unpaid invoices", []string{"invoice_get_invoices"}},
	{"void an invoice", []string{"invoice_mark_as_void"}},
	{"mark an invoice as paid", []string{"invoice_mark_as_paid"}},
	{"pay my open invoice", []string{"invoice_pay"}},
	{"list service plans", []string{"service_plan_extended_get_service_plans", "service_plan_get_service_plan_by_type"}},
	{"buy a service plan with my card", []string{"order_pay_service_plan", "pay_method_register_pay_method_and_pay"}},
	{"refill my balance automatically when it is low", []string{"service_plan_create_level_auto_pay"}},
	{"my automatic payments", []string{"service_plan_get_auto_pays"}},
	{"pending orders", []string{"order_get_orders"}},
	{"list subscriptions", []string{"subscription_get_subscriptions"}},
	{"cancel my subscription", []string{"subscription_cancel"}},
	{"what will the next subscription invoice cost", []string{"subscription_upcoming_invoice"}},
	{"how many environments am I allowed", []string{"account_get_quotas"}},
	{"raise the environment limit of user 1004", []string{"account_set_quota"}},
	{"price of a cloudlet", []string{"pricing_get_pricing", "pricing_get_tariffs_inner"}},
	{"which currency are prices in", []string{"pricing_get_platform_currency", "service_plan_get_currency"}},
	{"my saved cards", []string{"service_plan_get_pay_method_list", "pay_method_get_default_pay_method"}},
	{"make this card my default payment method", []string{"pay_method_set_default_pay_method"}},
	{"suspend a user", []string{"account_suspend_user"}},
	{"move a user to another billing group", []string{"account_set_group", "account_change_group"}},
	{"turn a trial into a paid account", []string{"account_convert_to_commercial", "account_convert_to_commercial_and_pay", "account_fund_and_activate_account"}},
	{"list user groups", []string{"group_quota_get_groups"}},
}

// TestDiscoveryFindsToolsFromEverydayWords: every everyday question finds a tool that answers
// it among the first three, in a person's words rather than a tool's: closed-set values
// (UNPAID) count as words of the tool that filters on them, everyday words map to the
// platform's (top up → fund, low on money → balance), a question that asks to see prefers
// reads and summaries to changes, and one that asks for a change prefers changes.
func TestDiscoveryFindsToolsFromEverydayWords(t *testing.T) {
	e := discoveryEnv(t, tools.Policy{})
	top := [6]int{}
	for _, c := range everydayQuestions {
		raw, _ := json.Marshal(map[string]any{"query": c.question, "limit": 5})
		found, _ := structured(t, e.call(t, "find_tools", string(raw)))["tools"].([]any)
		rank := -1
		var names []string
		for i, f := range found {
			name := f.(map[string]any)["name"].(string)
			names = append(names, name)
			if rank < 0 && slices.Contains(c.tools, name) {
				rank = i
			}
		}
		for k := range top {
			if rank >= 0 && rank < k {
				top[k]++
			}
		}
		if rank < 0 || rank > 2 {
			t.Errorf("find_tools %q: none of %v among the first three: %v", c.question, c.tools, names)
		}
	}
	t.Logf("%d everyday questions: top-1 %d, top-3 %d, top-5 %d", len(everydayQuestions), top[1], top[3], top[5])
	// A closed set checked without a schema enum (the values tag) still counts as words of its
	// tool, and find_tools shows its values where the type would be.
	res := e.call(t, "find_tools", `{"query":"unpaid invoices","limit":1}`)
	if text := resultText(res); !strings.HasPrefix(text, "invoice_get_invoices (read)") || !strings.Contains(text, "status UNPAID|PAID|VOID") {
		t.Errorf("find_tools unpaid invoices: %s", text)
	}
}

// TestDiscoveryCallToolTakesUsualSlips: call_tool with "confirm" beside the name (where the
// preview's "call again with confirm: true" puts it for a model that calls through call_tool)
// is told where confirm goes, and nothing is sent; arguments written as a JSON string are the
// object inside it.
func TestDiscoveryCallToolTakesUsualSlips(t *testing.T) {
	e := discoveryEnv(t, tools.Policy{})
	res := e.call(t, "call_tool", `{"name":"account_fund_account","arguments":{"uid":1,"amount":5},"confirm":true}`)
	text := resultText(res)
	if !res.IsError || !strings.Contains(text, `Put "confirm" inside arguments`) || !strings.HasSuffix(text, "Nothing was sent.") {
		t.Errorf("confirm beside the name: isError %v: %s", res.IsError, text)
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Fatalf("confirm beside the name: %d requests reached the platform", n)
	}
	res = e.call(t, "call_tool", `{"name":"account_set_user_note","arguments":"{\"uid\":7,\"note\":\"n\"}"}`)
	reqs := e.platform.Requests()
	if res.IsError || len(reqs) != 1 || reqs[0].Form.Get("uid") != "7" {
		t.Errorf("arguments as a JSON string: isError %v, %d requests: %s", res.IsError, len(reqs), resultText(res))
	}
	res = e.call(t, "call_tool", `{"name":"account_set_user_note","arguments":"uid 7"}`)
	if !res.IsError || !strings.Contains(resultText(res), "JSON object") {
		t.Errorf("arguments as text: %s", resultText(res))
	}
}

// TestDiscoveryArgumentErrorsReadLikeTheRest: a wrong argument of find_tools, describe_tool or
// call_tool is named the way every other tool names it, never with encoding/json's words
// ("Go struct field", "unmarshal"), and nothing is sent.
func TestDiscoveryArgumentErrorsReadLikeTheRest(t *testing.T) {
	e := discoveryEnv(t, tools.Policy{})
	cases := []struct{ tool, args, want string }{
		{"find_tools", `{"query":"balance","limit":"3"}`, `Argument "limit" must be an integer, not a string. Nothing was sent.`},
		{"find_tools", `{"query":"balance","limit":2.5}`, `Argument "limit" must be an integer, not the number 2.5. Nothing was sent.`},
		{"find_tools", `{"qery":"balance"}`, `Unknown argument "qery"; did you mean "query"? Valid arguments: query, limit. Nothing was sent.`},
		{"describe_tool", `{"name":["account_get_account"]}`, `Argument "name" must be a string, not a list. Nothing was sent.`},
		{"call_tool", `{"nme":"account_get_account"}`, `Unknown argument "nme"; did you mean "name"? Valid arguments: name, arguments. Nothing was sent.`},
	}
	for _, c := range cases {
		res := e.call(t, c.tool, c.args)
		if text := resultText(res); !res.IsError || text != c.want {
			t.Errorf("%s %s: %q, want %q", c.tool, c.args, text, c.want)
		}
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Errorf("%d requests reached the platform", n)
	}
}
