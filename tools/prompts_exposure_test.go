package tools_test

import (
	"context"
	"slices"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// TestPromptsOnlyWithTheirTools: a prompt is listed only when the server offers every tool its
// instruction names; otherwise the person's pick would end in "not offered" refusals.
func TestPromptsOnlyWithTheirTools(t *testing.T) {
	all := []string{"explain_bill_change", "low_balance_review", "monthly_cost_report"}
	cases := []struct {
		name   string
		policy tools.Policy
		want   []string
	}{
		{"default", tools.Policy{}, all},
		{"read-only", tools.Policy{ReadOnly: true}, all},
		{"essentials", tools.Policy{Toolsets: []string{"essentials"}}, all},
		{"account only", tools.Policy{Toolsets: []string{"account"}}, nil},
		{"without find_accounts", tools.Policy{Exclude: []string{"billing_find_accounts"}}, []string{"explain_bill_change", "monthly_cost_report"}},
	}
	for _, c := range cases {
		cl, _ := inProcess(t, tools.Options{Policy: c.policy})
		res, err := cl.ListPrompts(context.Background(), mcp.ListPromptsRequest{})
		if err != nil {
			t.Fatal(err)
		}
		// The same narrowing asked per request (X-MCP-* headers over HTTP) lists the same.
		full, _ := inProcess(t, tools.Options{})
		narrowed, err := full.ListPrompts(tools.WithNarrowing(context.Background(), c.policy), mcp.ListPromptsRequest{})
		if err != nil {
			t.Fatal(err)
		}
		if len(narrowed.Prompts) != len(c.want) {
			t.Errorf("%s per request: %d prompts, want %d", c.name, len(narrowed.Prompts), len(c.want))
		}
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range res.Prompts {
			got = append(got, p.Name)
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: prompts %v, want %v", c.name, got, c.want)
		}
	}
}
