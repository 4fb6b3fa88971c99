package tools_test

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// toolsetOfFact is a tool's toolset as the issue defines it: the snake_case service.
func toolsetOfFact(service string) string {
	return strings.ToLower(regexp.MustCompile(`([a-z])([A-Z])`).ReplaceAllString(service, "${1}_${2}"))
}

// TestExposureRules checks every rule of choosing tools on every tool of the catalog: for
// each policy, tools/list holds exactly the tools the rules give (computed here from the
// facts file, not from the code), every other tool's call is refused with nothing sent, and
// every listed tool's call gets past the refusal.
func TestExposureRules(t *testing.T) {
	facts := loadCatalog(t)
	// The composite answers of issue 10 are tools too: service Billing, read-only.
	for _, name := range []string{"billing_spend_summary", "billing_compare_periods", "billing_balance_forecast",
		"billing_revenue_summary", "billing_find_accounts", "billing_spend_chart"} {
		facts = append(facts, catalogEntry{Service: "Billing", Tool: name, Effect: "read"})
	}
	var all, reads, even, odd []string
	card := ""
	toolsets := map[string][]string{}
	for i, f := range facts {
		all = append(all, f.Tool)
		if f.Effect == "read" {
			reads = append(reads, f.Tool)
		}
		if i%2 == 0 {
			even = append(even, f.Tool)
		} else {
			odd = append(odd, f.Tool)
		}
		if f.TakesCardData() {
			card = f.Tool
		}
		ts := toolsetOfFact(f.Service)
		toolsets[ts] = append(toolsets[ts], f.Tool)
	}
	if card == "" {
		t.Fatal("no tool takes card data in the facts file")
	}
	essentials := tools.EssentialsForTest()
	if len(essentials) > 40 {
		t.Errorf("essentials has %d tools; clients with tool limits need at most 40", len(essentials))
	}
	for _, name := range essentials {
		if !slices.Contains(all, name) && !strings.HasPrefix(name, "billing_") {
			t.Errorf("essentials names %s, which is neither a billing method nor a summary", name)
		}
	}
	noCard := func(names []string) []string {
		return slices.DeleteFunc(slices.Clone(names), func(n string) bool { return n == card })
	}
	inCatalog := func(names []string) []string {
		return slices.DeleteFunc(slices.Clone(names), func(n string) bool { return !slices.Contains(all, n) })
	}

	type rule struct {
		name   string
		policy tools.Policy
		want   []string
	}
	rules := []rule{
		{"default: all but card data", tools.Policy{}, noCard(all)},
		{"card data allowed", tools.Policy{AllowCardData: true}, all},
		{"read-only", tools.Policy{ReadOnly: true, AllowCardData: true}, reads},
		{"read-only wins over --tools and toolsets", tools.Policy{ReadOnly: true, AllowCardData: true, Toolsets: []string{"all"}, Tools: all}, reads},
		{"essentials", tools.Policy{Toolsets: []string{"essentials"}}, inCatalog(essentials)},
		{"--tools alone: only those", tools.Policy{Tools: even, AllowCardData: true}, even},
		{"--tools cannot bring card data back", tools.Policy{Tools: []string{card}}, nil},
		{"card data with --tools and --allow-card-data", tools.Policy{Tools: []string{card}, AllowCardData: true}, []string{card}},
		{"--exclude-tools", tools.Policy{Exclude: even, AllowCardData: true}, odd},
		{"--exclude-tools wins over --tools", tools.Policy{Tools: all, Exclude: odd, AllowCardData: true}, even},
		{"all plus --exclude-tools", tools.Policy{Toolsets: []string{"all"}, Exclude: odd}, noCard(even)},
		{"toolset plus --tools", tools.Policy{Toolsets: []string{"invoice"}, Tools: []string{"account_get_account"}},
			append([]string{"account_get_account"}, toolsets["invoice"]...)},
	}
	for ts, names := range toolsets {
		rules = append(rules, rule{"toolset " + ts, tools.Policy{Toolsets: []string{ts}}, noCard(names)})
	}
	covered := map[string]int{}
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			e := newEnvWith(t, tools.Options{Policy: r.policy})
			got := listedNames(t, e.client)
			want := slices.Sorted(slices.Values(r.want))
			if !slices.Equal(got, want) {
				t.Fatalf("tools/list:\n got %d %v\nwant %d %v", len(got), got, len(want), want)
			}
			for _, name := range all {
				before := len(e.platform.Requests())
				res := e.call(t, name, `{}`)
				status, _ := structured(t, res)["status"].(string)
				offered := slices.Contains(want, name)
				if offered {
					covered[name]++
				}
				switch {
				case offered && status == "not_offered":
					t.Errorf("%s is listed but its call was refused: %s", name, resultText(res))
				case !offered && (!res.IsError || status != "not_offered" ||
					!strings.Contains(resultText(res), "is not offered here.") || !strings.HasSuffix(resultText(res), "Nothing was sent.")):
					t.Errorf("%s is not listed but its call was not refused: isError %v, %s", name, res.IsError, resultText(res))
				case !offered && len(e.platform.Requests()) != before:
					// Offered composite answers read through other methods; a refused call sends nothing.
					t.Errorf("a call to %s, which is not offered, reached the platform", name)
				}
			}
		})
	}
	for _, name := range all {
		if covered[name] == 0 {
			t.Errorf("no rule offers %s", name)
		}
	}
}

func listedNames(t *testing.T, c *client.Client) []string {
	t.Helper()
	list, err := c.ListTools(context.Background(), mcp.ListToolsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, len(list.Tools))
	for i, tl := range list.Tools {
		names[i] = tl.Name
	}
	return names
}

// TestUnknownToolSuggests: a misspelt tool gets a tool error with the likely name, not a
// protocol error, and nothing is sent.
func TestUnknownToolSuggests(t *testing.T) {
	e := newEnvWith(t, tools.Options{Policy: tools.Policy{ReadOnly: true}})
	cases := map[string]string{
		"account_get_acount":  `There is no tool named "account_get_acount"; did you mean account_get_account? Nothing was sent.`,
		"getAccount":          `did you mean account_get_account?`,
		"frobnicate":          `There is no tool named "frobnicate". Nothing was sent.`,
		"tool_not_offered":    `There is no tool named "tool_not_offered".`,
		"tool_dispatch":       `There is no tool named "tool_dispatch".`,
		"account_fund_accont": `did you mean`, // suggestions come from what is offered: read tools only
		// Every name starts with "" and "a": no suggestion rather than the first tool listed.
		"":  `There is no tool named "". Nothing was sent.`,
		"a": `There is no tool named "a". Nothing was sent.`,
	}
	for name, want := range cases {
		res := e.call(t, name, `{"uid":1}`)
		if !res.IsError || !strings.Contains(resultText(res), want) || structured(t, res)["status"] != "unknown_tool" {
			t.Errorf("%s: isError %v, %q; want %q", name, res.IsError, resultText(res), want)
		}
	}
	if strings.Contains(resultText(e.call(t, "account_fund_accont", `{}`)), "account_fund_account") {
		t.Error("a read-only server suggested a tool it does not offer")
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Errorf("%d requests reached the platform", n)
	}
}

// TestNarrowingPerRequest: a request's narrowing takes tools away and never adds any.
func TestNarrowingPerRequest(t *testing.T) {
	e := newEnvWith(t, tools.Options{Policy: tools.Policy{Toolsets: []string{"invoice", "account"}}})
	list := func(n tools.Policy) []string {
		ctx := tools.WithNarrowing(context.Background(), n)
		msg := e.server.HandleMessage(ctx, []byte(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`))
		res := msg.(mcp.JSONRPCResponse).Result.(mcp.ListToolsResult)
		var names []string
		for _, tl := range res.Tools {
			names = append(names, tl.Name)
		}
		return names
	}
	got := list(tools.Policy{Toolsets: []string{"invoice", "pricing"}, Tools: []string{"pricing_get_pricing"}})
	for _, n := range got {
		if !strings.HasPrefix(n, "invoice_") {
			t.Errorf("narrowed to invoice (pricing not offered by the server), got %s", n)
		}
	}
	if len(got) == 0 {
		t.Fatal("narrowing to invoice left nothing")
	}
	effect := map[string]string{}
	for _, f := range loadCatalog(t) {
		effect[f.Tool] = f.Effect
	}
	for _, n := range list(tools.Policy{ReadOnly: true, Toolsets: []string{"account"}}) {
		if !strings.HasPrefix(n, "account_") || effect[n] != "read" {
			t.Errorf("read-only account narrowing listed %s (%s)", n, effect[n])
		}
	}
	if err := tools.CheckNarrowing(e.server, tools.Policy{Toolsets: []string{"acount"}}); err == nil ||
		!strings.Contains(err.Error(), fmt.Sprintf("did you mean %q", "account")) {
		t.Errorf("an unknown toolset in a narrowing: %v", err)
	}
}
