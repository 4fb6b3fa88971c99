package answers_test

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image/png"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

func period(t *testing.T, m any) (time.Time, time.Time) {
	t.Helper()
	p := m.(map[string]any)
	return parseRFC(t, p["start_time"]), parseRFC(t, p["end_time"])
}

func TestComparePeriodsMatchesRawHistory(t *testing.T) {
	p := platform(t)
	admin, user := connect(t, p, sandbox.AdminToken), connect(t, p, sandbox.UserToken)
	day := func(d int) string { return p.Platform.Now().AddDate(0, 0, d).Format("2006-01-02") }
	for _, tc := range []struct {
		s    *session
		args map[string]any
		key  func(map[string]any) string
	}{
		{user, map[string]any{}, field("envName")},
		{user, map[string]any{"current": "last 7 days", "group_by": "resource", "top": 2}, field("type")},
		{user, map[string]any{"current": day(-20) + ".." + day(-10), "previous": day(-50) + ".." + day(-40)}, field("envName")},
		{admin, map[string]any{"uid": sandbox.UserUID}, field("nodeType")},
	} {
		out := tc.s.answer("billing_compare_periods", tc.args)
		ps, pe := period(t, out["previous"])
		cs, ce := period(t, out["current"])
		if !pe.Equal(cs) && tc.args["previous"] == nil {
			t.Errorf("%v: the default previous period %s..%s does not end where current starts (%s)", tc.args, ps, pe, cs)
		}
		prev, prevTotal := rawSpend(t, user, ps, pe, tc.key)
		cur, curTotal := rawSpend(t, user, cs, ce, tc.key)
		sameCents(t, "previous total", out["previous"].(map[string]any)["total"], prevTotal)
		sameCents(t, "current total", out["current"].(map[string]any)["total"], curTotal)
		sameCents(t, "change", out["change"], curTotal-prevTotal)
		last := math.Inf(1)
		for _, d := range out["drivers"].([]any) {
			d := d.(map[string]any)
			k := d["key"].(string)
			sameCents(t, k+" previous", d["previous"], prev[k])
			sameCents(t, k+" current", d["current"], cur[k])
			if c := math.Abs(f64(d["change"])); c > last+0.01 {
				t.Errorf("drivers are not sorted by the size of their change: %v", out["drivers"])
			} else {
				last = c
			}
		}
		if len(out["drivers"].([]any)) == 0 {
			t.Errorf("%v: no driver explains a change of %v", tc.args, out["change"])
		}
	}
	if msg := admin.refusal("billing_compare_periods", map[string]any{"uid": sandbox.UserUID, "group_by": "node"}); !strings.Contains(msg, "engine") {
		t.Errorf("an unavailable grouping is not refused with the one that works: %s", msg)
	}
}

func TestBalanceForecastMatchesRawAnswers(t *testing.T) {
	p := platform(t)
	admin, user := connect(t, p, sandbox.AdminToken), connect(t, p, sandbox.UserToken)
	check := func(out, acct map[string]any, s *session, uid int) {
		t.Helper()
		start, end := parseRFC(t, out["start_time"]), parseRFC(t, out["end_time"])
		sum := admin.answer(billing.GetSum.ToolName(), map[string]any{"uid": uid, "start_time": wireTime(start), "end_time": wireTime(end)})
		spent := f64(sum["sum"])
		days := end.Sub(start).Hours() / 24
		avail := f64(acct["balance"]) + f64(acct["bonus"])
		sameCents(t, "balance", out["balance"], f64(acct["balance"]))
		sameCents(t, "spend", out["spend_in_period"], spent)
		sameCents(t, "daily spend", out["average_daily_spend"], spent/days)
		want := math.Max(0, avail/(spent/days))
		if got := f64(out["days_left"]); math.Abs(got-want) > 0.11 {
			t.Errorf("days_left %v, want %.2f", got, want)
		}
		if f64(out["days"]) != days {
			t.Errorf("days %v, window %s..%s", out["days"], start, end)
		}
	}
	out := user.answer("billing_balance_forecast", map[string]any{})
	check(out, user.answer(billing.GetAccount.ToolName(), map[string]any{}), user, sandbox.UserUID)
	out = admin.answer("billing_balance_forecast", map[string]any{"uid": "dave", "days": 30})
	accts := rows(t, admin.answer(billing.GetAccountsByUids.ToolName(), map[string]any{"uids": []string{fmt.Sprint(sandbox.LowBalanceUID)}}))
	check(out, accts[0], admin, sandbox.LowBalanceUID)
	if !strings.Contains(text(admin.call("billing_balance_forecast", map[string]any{"uid": "dave"})), "runs out") &&
		out["runs_out_at"] == nil {
		t.Errorf("the low-balance account gets no run-out date: %v", out)
	}
	if msg := user.refusal("billing_balance_forecast", map[string]any{"days": 400}); !strings.Contains(msg, "between 1 and 90") {
		t.Errorf("days out of range: %s", msg)
	}
}

func TestRevenueSummaryMatchesRawAnswers(t *testing.T) {
	p := platform(t)
	admin, user := connect(t, p, sandbox.AdminToken), connect(t, p, sandbox.UserToken)
	accts := rows(t, admin.answer(billing.GetAccounts.ToolName(), map[string]any{}))
	for _, tc := range []map[string]any{
		{"group_by": "account", "top": 3},
		{"group_by": "group"},
		{"start_time": "last 3 months"},
	} {
		out := admin.answer("billing_revenue_summary", tc)
		start, end := parseRFC(t, out["start_time"]), parseRFC(t, out["end_time"])
		iv := int(end.Sub(start).Seconds())
		cluster := rows(t, admin.answer(billing.GetClusterBillingHistory.ToolName(), map[string]any{
			"start_time": wireTime(start), "end_time": wireTime(end), "interval": iv}))
		billed := 0.0
		for _, b := range cluster {
			billed += f64(b["cost"])
		}
		sameCents(t, "billed against the cluster history", out["billed"], billed)
		perAccount, byGroup, received := map[string]float64{}, map[string]float64{}, 0.0
		sumOfAccounts := 0.0
		for _, a := range accts {
			uid := int(f64(a["uid"]))
			s := f64(admin.answer(billing.GetSum.ToolName(), map[string]any{"uid": uid, "start_time": wireTime(start), "end_time": wireTime(end)})["sum"])
			perAccount[fmt.Sprint(uid)] += s
			byGroup[fmt.Sprint(a["group"])] += s
			sumOfAccounts += s
			fund := admin.answer(billing.GetFundAccountHistory.ToolName(), map[string]any{"uid": uid, "start_time": wireTime(start), "end_time": wireTime(end)})
			for _, it := range fund["responses"].([]any) {
				it := it.(map[string]any)
				if amt := f64(it["amount"]); amt > 0 && it["isBonus"] != true {
					received += amt
				}
			}
		}
		sameCents(t, "billed against the accounts' sums", out["billed"], sumOfAccounts)
		sameCents(t, "received", out["received"], received)
		for _, g := range out["groups"].([]any) {
			g := g.(map[string]any)
			k := g["key"].(string)
			switch tc["group_by"] {
			case "account":
				uid := k[strings.LastIndex(k, "uid ")+4 : len(k)-1]
				sameCents(t, "account "+k, g["cost"], perAccount[uid])
			case "group":
				sameCents(t, "group "+k, g["cost"], byGroup[k])
			}
		}
		if tc["group_by"] == "account" && (len(out["groups"].([]any)) != 3 || int(f64(out["other"].(map[string]any)["count"])) != len(accts)-3) {
			t.Errorf("top 3 of %d accounts: %d listed, other %v", len(accts), len(out["groups"].([]any)), out["other"])
		}
	}
	if msg := user.refusal("billing_revenue_summary", map[string]any{}); !strings.Contains(msg, "8202") {
		t.Errorf("a user is not refused: %s", msg)
	}
}

func TestFindAccountsMatchesRawList(t *testing.T) {
	p := platform(t)
	admin, user := connect(t, p, sandbox.AdminToken), connect(t, p, sandbox.UserToken)
	raw := rows(t, admin.answer(billing.GetAccounts.ToolName(), map[string]any{}))
	uids := func(out map[string]any) []int {
		var u []int
		for _, a := range out["accounts"].([]any) {
			u = append(u, int(f64(a.(map[string]any)["uid"])))
		}
		return u
	}
	if got := uids(admin.answer("billing_find_accounts", map[string]any{"query": "Dave"})); len(got) != 1 || got[0] != sandbox.LowBalanceUID {
		t.Errorf("Dave: %v, want [%d]", got, sandbox.LowBalanceUID)
	}
	var low []int
	for _, a := range raw {
		if f64(a["balance"]) <= 5 {
			low = append(low, int(f64(a["uid"])))
		}
	}
	out := admin.answer("billing_find_accounts", map[string]any{"max_balance": 5, "sort_by": "balance"})
	got := uids(out)
	if len(got) != len(low) || int(f64(out["matched"])) != len(low) {
		t.Errorf("max_balance 5: %v, the raw list has %v", got, low)
	}
	prev := math.Inf(-1)
	for _, a := range out["accounts"].([]any) {
		b := f64(a.(map[string]any)["balance"])
		if b < prev || b > 5 {
			t.Errorf("rows are not by balance, lowest first, within the range: %v", out["accounts"])
		}
		prev = b
	}
	susp := rows(t, admin.answer(billing.GetSuspendedAccounts.ToolName(), map[string]any{}))
	if got := uids(admin.answer("billing_find_accounts", map[string]any{"status": "SUSPENDED"})); len(got) != len(susp) {
		t.Errorf("SUSPENDED: %v, the raw answer has %d", got, len(susp))
	}
	if out := admin.answer("billing_find_accounts", map[string]any{"limit": 2}); len(out["accounts"].([]any)) != 2 || int(f64(out["matched"])) != len(raw) {
		t.Errorf("limit 2: %v", out)
	}
	if msg := user.refusal("billing_find_accounts", map[string]any{"query": "dave"}); !strings.Contains(msg, "8202") {
		t.Errorf("a user is not refused: %s", msg)
	}
	if msg := admin.refusal("billing_find_accounts", map[string]any{"min_balance": 10, "max_balance": 1}); !strings.Contains(msg, "swap") {
		t.Errorf("an empty balance range: %s", msg)
	}
}

func TestSpendChartIsAPNGOfTheRawHistory(t *testing.T) {
	p := platform(t)
	admin, user := connect(t, p, sandbox.AdminToken), connect(t, p, sandbox.UserToken)
	for _, tc := range []struct {
		s    *session
		args map[string]any
	}{
		{user, map[string]any{}},
		{user, map[string]any{"start_time": "last 90 days", "group_by": "week", "top": 1}},
		{admin, map[string]any{"uid": sandbox.UserUID, "start_time": "last month"}},
	} {
		res := tc.s.call("billing_spend_chart", tc.args)
		if res.IsError || len(res.Content) != 2 {
			t.Fatalf("%v: %d content blocks, isError %v: %s", tc.args, len(res.Content), res.IsError, text(res))
		}
		if !strings.HasPrefix(text(res), "Chart (PNG 1000×500)") {
			t.Errorf("the text summary does not come first: %q", text(res))
		}
		img, ok := res.Content[1].(mcp.ImageContent)
		if !ok || img.MIMEType != "image/png" {
			t.Fatalf("second block is %T, not a PNG image", res.Content[1])
		}
		data, err := base64.StdEncoding.DecodeString(img.Data)
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err != nil || cfg.Width < 800 || cfg.Height < 400 {
			t.Fatalf("the image is not a PNG of at least 800×400: %v %dx%d", err, cfg.Width, cfg.Height)
		}
		// The bars are drawn: the first layer's blue, and the grey of "other" when the top
		// cuts the series short, each over a good part of the picture; and text is drawn.
		pic, _ := png.Decode(bytes.NewReader(data))
		colours := map[[3]uint32]int{}
		for y := range cfg.Height {
			for x := range cfg.Width {
				r, g, b, _ := pic.At(x, y).RGBA()
				colours[[3]uint32{r >> 8, g >> 8, b >> 8}]++
			}
		}
		if n := colours[[3]uint32{31, 119, 180}]; n < 5000 {
			t.Errorf("%v: %d pixels of the first layer's blue", tc.args, n)
		}
		if n := colours[[3]uint32{160, 160, 160}]; tc.args["top"] != nil && n < 2000 {
			t.Errorf("%v: %d pixels of the grey of other", tc.args, n)
		}
		if n := colours[[3]uint32{0, 0, 0}]; n < 1000 {
			t.Errorf("%v: %d black pixels (axes and text)", tc.args, n)
		}
		out := tc.s.answer("billing_spend_chart", tc.args)
		if int(f64(out["width"])) != cfg.Width || int(f64(out["height"])) != cfg.Height {
			t.Errorf("stated size %vx%v, PNG %dx%d", out["width"], out["height"], cfg.Width, cfg.Height)
		}
		start, end := parseRFC(t, out["start_time"]), parseRFC(t, out["end_time"])
		key := dayOf
		if out["group_by"] == "week" {
			key = weekOf
		}
		want, total := rawSpend(t, user, start, end, key)
		checkGroups(t, map[string]any{"total": out["total"], "groups": out["buckets"], "other": map[string]any{"cost": 0.0, "count": 0.0}}, want, total, true)
		series := 0.0
		for _, s := range out["series"].([]any) {
			series += f64(s.(map[string]any)["total"])
		}
		if math.Abs(series-f64(out["total"])) > 0.05 {
			t.Errorf("the series add up to %.2f, the total is %v", series, out["total"])
		}
	}
}
