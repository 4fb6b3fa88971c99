package answers

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// Prompt is an instruction a person picks from the client's menu; it names the tools to use.
type Prompt struct {
	Name        string
	Title       string
	Description string
	Args        []PromptArg
	// Render writes the instruction for the given arguments (absent ones are empty).
	Render func(args map[string]string, now time.Time) (string, error)
}

// PromptArg is one argument of a prompt; Kind says what completion offers for it.
type PromptArg struct {
	Name        string
	Description string
	Required    bool
	Kind        string // "account", "month" or "amount"
}

// Prompts lists the prompts in menu order.
func Prompts() []Prompt {
	return []Prompt{
		{Name: "monthly_cost_report", Title: "Monthly cost report",
			Description: "A cost report of one account for one month: total, environments, daily chart, balance outlook.",
			Args: []PromptArg{
				{Name: "account", Description: "Account: uid, e-mail or name (default: yours).", Kind: "account"},
				{Name: "month", Description: "Month, e.g. 2026-03 (default: last month).", Kind: "month"},
			},
			Render: monthlyReport},
		{Name: "low_balance_review", Title: "Low balance review",
			Description: "Accounts whose main balance is below a threshold, and when each runs out (admin).",
			Args: []PromptArg{
				{Name: "threshold", Description: "Balance below which an account needs attention, in the platform currency (default 10).", Kind: "amount"},
			},
			Render: lowBalance},
		{Name: "explain_bill_change", Title: "Explain a bill change",
			Description: "Why the bill of an account changed between two months, environment by environment.",
			Args: []PromptArg{
				{Name: "account", Description: "Account: uid, e-mail or name (default: yours).", Kind: "account"},
				{Name: "previous_month", Description: "Earlier month, e.g. 2026-02 (default: the month before current_month).", Kind: "month"},
				{Name: "current_month", Description: "Later month, e.g. 2026-03 (default: last month).", Kind: "month"},
			},
			Render: explainChange},
	}
}

// monthArg reads a month argument as YYYY-MM (words such as "last month" too); def when empty.
func monthArg(name, text string, now time.Time, def time.Time) (time.Time, error) {
	if strings.TrimSpace(text) == "" {
		return def, nil
	}
	w, err := parseWindow(name, text, now)
	if err != nil || !w.start.Equal(monthStart(w.start)) || !w.end.Equal(w.start.AddDate(0, 1, 0)) {
		return time.Time{}, inputErrorf("argument %q: %q is not a month; use e.g. %s or last month.", name, text, monthStart(now).AddDate(0, -1, 0).Format("2006-01"))
	}
	return w.start, nil
}

// accountArg writes the account of a prompt into its tool calls, with the grouping the
// platform can answer for it: per environment for the caller, per engine for anyone else.
func accountArg(text string) (uidArg, who, grouping string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return "", "my account", "environment"
	}
	return fmt.Sprintf(", uid %q", text), "the account " + text, "engine"
}

func monthlyReport(args map[string]string, now time.Time) (string, error) {
	m, err := monthArg("month", args["month"], now, lastFullMonth(now).start)
	if err != nil {
		return "", err
	}
	uid, who, grouping := accountArg(args["account"])
	month := m.Format("2006-01")
	return fmt.Sprintf("Write the cost report of %[1]s for %[2]s (UTC).\n"+
		"1. Call billing_spend_summary (start_time %[2]q%[3]s, group_by %[5]s) for the total and its largest parts.\n"+
		"2. Call billing_spend_chart (start_time %[2]q%[3]s, group_by day) and show the chart.\n"+
		"3. Call billing_compare_periods (current %[2]q%[3]s) to say how it compares with the month before.\n"+
		"4. Call billing_balance_forecast (%[4]s) for the balance outlook.\n"+
		"Report in a few short paragraphs: every amount with its currency, dates in UTC, the largest parts first.",
		who, month, uid, strings.TrimPrefix(uid, ", "), grouping), nil
}

func lowBalance(args map[string]string, _ time.Time) (string, error) {
	t := strings.TrimSpace(args["threshold"])
	if t == "" {
		t = "10"
	}
	x, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return "", inputErrorf("argument \"threshold\": %q is not an amount; use a number such as 10.", t)
	}
	return fmt.Sprintf("Review the accounts whose main balance is below %[1]s (platform currency).\n"+
		"1. Call billing_find_accounts (max_balance %[1]s, status ACTIVE, sort_by balance).\n"+
		"2. For each of the first ten, call billing_balance_forecast (uid) to see when it runs out.\n"+
		"List them lowest first: account, balance with currency, daily spend, the date it runs out (UTC). "+
		"Suggest who to remind first. Do not change any account.", strconv.FormatFloat(x, 'f', -1, 64)), nil
}

func explainChange(args map[string]string, now time.Time) (string, error) {
	cur, err := monthArg("current_month", args["current_month"], now, lastFullMonth(now).start)
	if err != nil {
		return "", err
	}
	prev, err := monthArg("previous_month", args["previous_month"], now, cur.AddDate(0, -1, 0))
	if err != nil {
		return "", err
	}
	uid, who, grouping := accountArg(args["account"])
	// Resource-level history exists for the caller only, so the second step is theirs alone.
	deeper := "2. Call billing_compare_periods again with group_by resource to see which resources moved.\n"
	if uid != "" {
		deeper = ""
	}
	return fmt.Sprintf("Explain why the bill of %[1]s changed from %[2]s to %[3]s (UTC months).\n"+
		"1. Call billing_compare_periods (previous %[2]q, current %[3]q%[4]s, group_by %[5]s).\n"+
		"%[6]sAnswer in plain words: both totals with currency, the change, and the two or three causes that explain most of it.",
		who, prev.Format("2006-01"), cur.Format("2006-01"), uid, grouping, deeper), nil
}

// maxCompletions bounds one completion answer, as the protocol asks.
const maxCompletions = 100

// Complete offers values for a prompt argument that start with (or contain) prefix: account
// uids and e-mails from the platform, recent months, usual thresholds.
func Complete(ctx context.Context, c jelastic.Caller, prompt, arg, prefix string) ([]string, error) {
	var kind string
	for _, p := range Prompts() {
		if p.Name != prompt {
			continue
		}
		for _, a := range p.Args {
			if a.Name == arg {
				kind = a.Kind
			}
		}
	}
	var values []string
	switch kind {
	case "month":
		now := time.Now().UTC()
		for i := 1; i <= 13; i++ {
			values = append(values, monthStart(now).AddDate(0, -i+1, 0).Format("2006-01"))
		}
		values = append(values, "last month")
	case "amount":
		values = []string{"5", "10", "25", "50", "100"}
	case "account":
		r := newReader(c)
		all, _, err := r.accounts(ctx)
		if err != nil {
			// Not an admin: the caller's own account is the one that works.
			me, merr := r.me(ctx)
			if merr != nil {
				return nil, err
			}
			all = []account{me}
		}
		sort.Slice(all, func(i, j int) bool { return all[i].UID < all[j].UID })
		for _, a := range all {
			values = append(values, strconv.Itoa(a.UID))
			if a.Email != "" {
				values = append(values, a.Email)
			}
		}
	}
	return filterPrefix(values, prefix), nil
}

// filterPrefix keeps values starting with prefix first, then those containing it.
func filterPrefix(values []string, prefix string) []string {
	p := strings.ToLower(strings.TrimSpace(prefix))
	var first, rest []string
	for _, v := range values {
		l := strings.ToLower(v)
		switch {
		case strings.HasPrefix(l, p):
			first = append(first, v)
		case strings.Contains(l, p):
			rest = append(rest, v)
		}
	}
	out := append(first, rest...)
	if len(out) > maxCompletions {
		out = out[:maxCompletions]
	}
	return out
}
