package answers_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

func complete(t *testing.T, s *session, prompt, arg, value string) ([]string, error) {
	t.Helper()
	req := mcp.CompleteRequest{}
	req.Params.Ref = mcp.PromptReference{Type: "ref/prompt", Name: prompt}
	req.Params.Argument = mcp.CompleteArgument{Name: arg, Value: value}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	res, err := s.c.Complete(ctx, req)
	if err != nil {
		return nil, err
	}
	return res.Completion.Values, nil
}

func TestPromptsAndCompletion(t *testing.T) {
	p := platform(t)
	admin, user := connect(t, p, sandbox.AdminToken), connect(t, p, sandbox.UserToken)
	if admin.caps.Prompts == nil || admin.caps.Completions == nil {
		t.Fatalf("the server does not declare prompts and completions: %+v", admin.caps)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	list, err := admin.c.ListPrompts(ctx, mcp.ListPromptsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, pr := range list.Prompts {
		names = append(names, pr.Name)
		if pr.Description == "" || len(pr.Arguments) == 0 {
			t.Errorf("prompt %s has no description or arguments", pr.Name)
		}
	}
	if want := []string{"explain_bill_change", "low_balance_review", "monthly_cost_report"}; !slices.Equal(slices.Sorted(slices.Values(names)), want) {
		t.Fatalf("prompts/list: %v, want %v", names, want)
	}

	get := func(name string, args map[string]string) (string, error) {
		req := mcp.GetPromptRequest{}
		req.Params.Name, req.Params.Arguments = name, args
		res, err := admin.c.GetPrompt(ctx, req)
		if err != nil {
			return "", err
		}
		if len(res.Messages) != 1 || res.Messages[0].Role != mcp.RoleUser {
			t.Fatalf("%s: %d messages", name, len(res.Messages))
		}
		return res.Messages[0].Content.(mcp.TextContent).Text, nil
	}
	text, err := get("monthly_cost_report", map[string]string{"account": "1004", "month": "2026-03"})
	if err != nil || !strings.Contains(text, "billing_spend_summary") || !strings.Contains(text, `start_time "2026-03", uid "1004"`) ||
		!strings.Contains(text, "billing_spend_chart") || !strings.Contains(text, "group_by engine") || strings.Contains(text, "group_by environment") {
		t.Errorf("monthly_cost_report of another account: %v\n%s", err, text)
	}
	text, err = get("explain_bill_change", map[string]string{"account": "1004"})
	if err != nil || !strings.Contains(text, "group_by engine") || strings.Contains(text, "group_by environment") || strings.Contains(text, "group_by resource") {
		t.Errorf("explain_bill_change of another account asks for groupings the platform refuses: %v\n%s", err, text)
	}
	text, err = get("explain_bill_change", map[string]string{"current_month": "2026-03"})
	if err != nil || !strings.Contains(text, `previous "2026-02", current "2026-03"`) || !strings.Contains(text, "billing_compare_periods") {
		t.Errorf("explain_bill_change defaults the previous month to the one before: %v\n%s", err, text)
	}
	text, err = get("low_balance_review", nil)
	if err != nil || !strings.Contains(text, "billing_find_accounts (max_balance 10") {
		t.Errorf("low_balance_review: %v\n%s", err, text)
	}
	if _, err := get("monthly_cost_report", map[string]string{"month": "the spring"}); err == nil || !strings.Contains(err.Error(), "is not a month") {
		t.Errorf("a bad month is not refused with a fix: %v", err)
	}

	// Completion: the admin sees every account (from the raw account list), the user only theirs.
	raw := rows(t, admin.answer("account_get_accounts", map[string]any{}))
	values, err := complete(t, admin, "monthly_cost_report", "account", "")
	if err != nil || len(values) != 2*len(raw) {
		t.Errorf("account completion for the admin: %d values (%v), want uid and e-mail of %d accounts", len(values), err, len(raw))
	}
	values, err = complete(t, admin, "explain_bill_change", "account", "dav")
	if err != nil || len(values) == 0 || values[0] != "dave@example.com" {
		t.Errorf("completing \"dav\": %v %v", values, err)
	}
	values, err = complete(t, user, "monthly_cost_report", "account", "")
	if err != nil || !slices.Equal(values, []string{"1001", "alice@example.com"}) {
		t.Errorf("account completion for the user: %v %v", values, err)
	}
	lastMonth := time.Date(time.Now().UTC().Year(), time.Now().UTC().Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0).Format("2006-01")
	values, err = complete(t, user, "explain_bill_change", "previous_month", lastMonth[:4])
	if err != nil || !slices.Contains(values, lastMonth) {
		t.Errorf("month completion lacks %s: %v %v", lastMonth, values, err)
	}
	values, err = complete(t, user, "low_balance_review", "threshold", "")
	if err != nil || len(values) == 0 {
		t.Errorf("threshold completion: %v %v", values, err)
	}
}
