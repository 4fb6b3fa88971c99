package answers_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

// rawSpend reads the account's own billing history through the raw tool, per node, resource
// and UTC day (the records of the hours in the window, whatever its edges), and adds it up
// by the key the grouping names.
func rawSpend(t *testing.T, s *session, start, end time.Time, key func(item map[string]any) string) (map[string]float64, float64) {
	t.Helper()
	m := s.answer(billing.GetAccountBillingHistoryByPeriod.ToolName(), map[string]any{
		"start_time": wireTime(start), "end_time": wireTime(end), "period": "DAY", "time_offset": 0})
	sums := map[string]float64{}
	total := 0.0
	for _, it := range rows(t, m) {
		c := f64(it["cost"])
		sums[key(it)] += c
		total += c
	}
	return sums, total
}

func field(name string) func(map[string]any) string {
	return func(it map[string]any) string { return fmt.Sprint(it[name]) }
}

func dayOf(it map[string]any) string { return fmt.Sprint(it["dateTime"])[:10] }

func weekOf(it map[string]any) string {
	d, _ := time.Parse("2006-01-02", dayOf(it))
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)).Format("2006-01-02")
}

// checkGroups compares an answer's groups and other with the raw sums.
func checkGroups(t *testing.T, out map[string]any, want map[string]float64, total float64, byKey bool) {
	t.Helper()
	sameCents(t, "total", out["total"], total)
	groups := out["groups"].([]any)
	listed := 0.0
	var gotCosts []float64
	for _, g := range groups {
		g := g.(map[string]any)
		key := g["key"].(string)
		if byKey {
			w, ok := want[key]
			if !ok && f64(g["cost"]) != 0 {
				t.Errorf("group %q is not in the raw history", key)
			}
			sameCents(t, "group "+key, g["cost"], w)
			listed += w
		}
		gotCosts = append(gotCosts, f64(g["cost"]))
	}
	other := out["other"].(map[string]any)
	if byKey {
		sameCents(t, "other", other["cost"], total-listed)
	}
	if n := len(groups) + int(f64(other["count"])); byKey && n < len(want) {
		t.Errorf("%d groups listed or folded, the raw history has %d", n, len(want))
	}
	if !byKey {
		// Node keys are the answer's own labels: compare the costs, largest first.
		var wantCosts []float64
		for _, v := range want {
			wantCosts = append(wantCosts, v)
		}
		sort.Sort(sort.Reverse(sort.Float64Slice(wantCosts)))
		for i, g := range gotCosts {
			sameCents(t, fmt.Sprintf("group %d", i), g, wantCosts[i])
		}
	}
}

func TestSpendSummaryMatchesRawHistory(t *testing.T) {
	p := platform(t)
	user := connect(t, p, sandbox.UserToken)
	now := p.Platform.Now()
	cases := []struct {
		name  string
		args  map[string]any
		key   func(map[string]any) string
		byKey bool
	}{
		{"default", map[string]any{}, field("envName"), true},
		{"last month by resource", map[string]any{"start_time": "last month", "group_by": "resource"}, field("type"), true},
		{"odd edges by day", map[string]any{"start_time": now.AddDate(0, 0, -10).Add(-90 * time.Minute).Format(time.RFC3339),
			"end_time": now.AddDate(0, 0, -2).Add(30 * time.Minute).Format(time.RFC3339), "group_by": "day"}, dayOf, true},
		{"last 7 days by node", map[string]any{"start_time": "last 7 days", "group_by": "node", "top": 3}, func(it map[string]any) string {
			return fmt.Sprint(it["envName"], "/", it["nodeid"])
		}, false},
		{"90 days by week", map[string]any{"start_time": "last 90 days", "group_by": "week"}, weekOf, true},
		{"engine, top 1", map[string]any{"start_time": "last 14 days", "group_by": "engine", "top": 1}, field("nodeType"), true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out := user.answer("billing_spend_summary", tc.args)
			start, end := parseRFC(t, out["start_time"]), parseRFC(t, out["end_time"])
			want, total := rawSpend(t, user, start, end, tc.key)
			if total == 0 {
				t.Fatal("the raw history is empty; the test proves nothing")
			}
			checkGroups(t, out, want, total, tc.byKey)
			if out["uid"] != float64(sandbox.UserUID) || out["currency"] != "USD" {
				t.Errorf("uid %v currency %v, want %d USD", out["uid"], out["currency"], sandbox.UserUID)
			}
			if a := fmt.Sprint(out["account"]); !strings.HasPrefix(a, "your account ") || strings.Contains(a, "))") {
				t.Errorf("the caller's account reads %q; want \"your account\" and no nested brackets", a)
			}
		})
	}
}

func TestSpendSummaryOfAnotherAccount(t *testing.T) {
	p := platform(t)
	admin, user := connect(t, p, sandbox.AdminToken), connect(t, p, sandbox.UserToken)
	// The admin's view of the user's account equals the owner's raw history and GetSum.
	for _, tc := range []struct {
		args map[string]any
		key  func(map[string]any) string
	}{
		{map[string]any{"uid": sandbox.UserUID, "start_time": "last month", "group_by": "engine"}, field("nodeType")},
		{map[string]any{"uid": "Alice", "start_time": "last 30 days", "group_by": "week"}, weekOf},
		{map[string]any{"uid": "alice@example.com", "start_time": "yesterday", "group_by": "day"}, dayOf},
		// No grouping named: the one the platform can answer for another account.
		{map[string]any{"uid": sandbox.UserUID, "start_time": "last 7 days"}, field("nodeType")},
	} {
		out := admin.answer("billing_spend_summary", tc.args)
		if g, ok := tc.args["group_by"]; !ok && out["group_by"] != "engine" {
			t.Errorf("another account without group_by is split by %v, want engine", out["group_by"])
		} else if ok && out["group_by"] != g {
			t.Errorf("group_by %v answered as %v", g, out["group_by"])
		}
		if out["uid"] != float64(sandbox.UserUID) {
			t.Fatalf("%v resolved to uid %v, want %d", tc.args["uid"], out["uid"], sandbox.UserUID)
		}
		start, end := parseRFC(t, out["start_time"]), parseRFC(t, out["end_time"])
		want, total := rawSpend(t, user, start, end, tc.key)
		checkGroups(t, out, want, total, true)
		sum := admin.answer(billing.GetSum.ToolName(), map[string]any{"uid": sandbox.UserUID, "start_time": wireTime(start), "end_time": wireTime(end)})
		sameCents(t, "total against Account.GetSum", out["total"], f64(sum["sum"]))
	}
	msg := admin.refusal("billing_spend_summary", map[string]any{"uid": sandbox.UserUID, "group_by": "environment"})
	if !strings.Contains(msg, "engine, day, week, month") {
		t.Errorf("refusal of an unavailable grouping does not name the ones that work: %s", msg)
	}
	if msg := admin.refusal("billing_spend_summary", map[string]any{"uid": "example.com"}); !strings.Contains(msg, "matches") || !strings.Contains(msg, "uid") {
		t.Errorf("an ambiguous name is not refused with the candidates: %s", msg)
	}
	if msg := admin.refusal("billing_spend_summary", map[string]any{"uid": "Zebulon"}); !strings.Contains(msg, "billing_find_accounts") {
		t.Errorf("an unknown name is not refused with a way forward: %s", msg)
	}
	if msg := user.refusal("billing_spend_summary", map[string]any{"uid": sandbox.TrialUID, "group_by": "engine"}); !strings.Contains(msg, "8202") {
		t.Errorf("a user reading another account is not refused by the platform: %s", msg)
	}
	for _, bad := range []map[string]any{
		{"start_time": "the other day"}, {"group_by": "planet"}, {"start_time": "last month", "end_time": "not a date"},
		{"start_time": "2026-02-01", "end_time": "2026-01-01"}, {"start_time": "last 400 days", "group_by": "day"},
	} {
		if msg := user.refusal("billing_spend_summary", bad); !strings.HasSuffix(msg, say.OnlyReadsSent) && !strings.HasSuffix(msg, say.NothingSent) {
			t.Errorf("%v: refusal %q does not end the usual way", bad, msg)
		}
	}
}

// TestAnswerBudget: an answer larger than the budget is refused with what to ask instead; a
// coarser one fits.
func TestAnswerBudget(t *testing.T) {
	p := platform(t)
	small := connectWith(t, p, sandbox.UserToken, 2048)
	msg := small.refusal("billing_spend_summary", map[string]any{"start_time": "last 60 days", "group_by": "day"})
	if !strings.Contains(msg, "more than the 2048") || !strings.Contains(msg, "coarser time unit") {
		t.Errorf("an answer over the budget: %s", msg)
	}
	small.answer("billing_spend_summary", map[string]any{"start_time": "last 60 days", "group_by": "month"})
}
