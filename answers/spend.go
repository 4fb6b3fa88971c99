package answers

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

// Groupings of spend. The platform's per-environment and per-node history covers the caller
// only; for another account it offers sums per engine type and time bucket.
var (
	groupings      = []string{"environment", "node", "resource", "engine", "day", "week", "month"}
	otherGroupings = []string{"engine", "day", "week", "month"}
	timeGroupings  = []string{"day", "week", "month"}
)

func isTimeUnit(g string) bool { return g == "day" || g == "week" || g == "month" }

var periodOf = map[string]jelastic.Period{"day": jelastic.PeriodDay, "week": jelastic.PeriodWeek, "month": jelastic.PeriodMonth}

// maxBuckets bounds the rows of a summary by time, to keep the answer small.
const maxBuckets = 200

// defaultTop is how many groups a summary lists before folding the rest into "other".
const defaultTop = 10

// SpendSummaryParams are the arguments of billing_spend_summary.
type SpendSummaryParams struct {
	UID       string `json:"uid,omitempty" wire:"uid" jsonschema_description:"Account uid, e-mail or name (admins)."`
	StartTime string `json:"start_time,omitempty" wire:"start_time" jsonschema_description:"Date (UTC) or period: last month, 2026-03."`
	EndTime   string `json:"end_time,omitempty" wire:"end_time" jsonschema_description:"End (exclusive)."`
	GroupBy   string `json:"group_by,omitempty" wire:"group_by" jsonschema:"enum=environment,enum=node,enum=resource,enum=engine,enum=day,enum=week,enum=month" jsonschema_description:"Another account: engine or time units only."`
	Top       *int   `json:"top,omitempty" wire:"top" jsonschema_description:"Groups (default 10)."`
}

// Group is one line of a spend breakdown.
type Group struct {
	Key   string  `json:"key" jsonschema_description:"The environment, node, resource type, engine, or bucket start date (UTC)."`
	Cost  float64 `json:"cost" jsonschema_description:"Spend in the currency, rounded to the cent."`
	Share float64 `json:"share" jsonschema_description:"Part of the total, 0 to 1."`
}

// Other adds up the groups not listed.
type Other struct {
	Count int     `json:"count" jsonschema_description:"Number of groups added up here."`
	Cost  float64 `json:"cost" jsonschema_description:"Their spend, rounded to the cent."`
	Share float64 `json:"share" jsonschema_description:"Their part of the total, 0 to 1."`
}

// SpendSummaryOutput is the structured answer of billing_spend_summary.
type SpendSummaryOutput struct {
	UID       int      `json:"uid" jsonschema_description:"User ID of the account."`
	Account   string   `json:"account" jsonschema_description:"The account in words."`
	Currency  string   `json:"currency" jsonschema_description:"Currency code of every amount, e.g. USD, as pricing_get_platform_currency names it."`
	StartTime string   `json:"start_time" jsonschema_description:"Start of the period, RFC 3339 UTC."`
	EndTime   string   `json:"end_time" jsonschema_description:"End of the period (exclusive), RFC 3339 UTC."`
	GroupBy   string   `json:"group_by" jsonschema:"enum=environment,enum=node,enum=resource,enum=engine,enum=day,enum=week,enum=month" jsonschema_description:"How the spend is split."`
	Total     float64  `json:"total" jsonschema_description:"Exact total spend of the period, rounded to the cent."`
	Groups    []Group  `json:"groups" jsonschema_description:"Largest groups first; time buckets in order."`
	Other     Other    `json:"other" jsonschema_description:"The groups not listed, added up."`
	Sources   []string `json:"sources" jsonschema_description:"Platform methods the figures come from."`
}

// SpendSummary is billing_spend_summary.
var SpendSummary = define("SpendSummary",
	"Return the exact spend over a period by environment, node, resource, engine, day, week or month. Default: "+
		"the caller, last 30 days, by environment.",
	spendSummary)

// spendQuery is a resolved spend question.
type spendQuery struct {
	target  account
	self    bool
	w       window
	groupBy string
}

func resolveSpend(ctx context.Context, r *reader, uid, start, end, groupBy string, allowed []string) (spendQuery, error) {
	now := time.Now().UTC()
	w, err := windowOf(start, end, now, window{now.Truncate(time.Hour).AddDate(0, 0, -30), now.Truncate(time.Hour)})
	if err != nil {
		return spendQuery{}, err
	}
	if groupBy != "" {
		if groupBy, err = oneOf("group_by", groupBy, allowed); err != nil {
			return spendQuery{}, err
		}
	}
	target, self, err := r.resolveAccount(ctx, uid)
	if err != nil {
		return spendQuery{}, err
	}
	g := groupBy
	if g == "" {
		g = defaultGrouping(allowed, self)
	}
	if !self && !contains(otherGroupings, g) {
		var ok []string
		for _, x := range allowed {
			if contains(otherGroupings, x) {
				ok = append(ok, x)
			}
		}
		return spendQuery{}, inputErrorf("argument \"group_by\" cannot be %q for another account (uid %d): the platform keeps "+
			"per-environment history for the account owner only. Use group_by %s.", g, target.UID, strings.Join(ok, ", "))
	}
	if isTimeUnit(g) {
		if n := bucketCount(w, g); n > maxBuckets {
			return spendQuery{}, inputErrorf("%s by %s is %d buckets, more than %d; group by a longer unit or shorten the period.", w, g, n, maxBuckets)
		}
	}
	return spendQuery{target: target, self: self, w: w, groupBy: g}, nil
}

// defaultGrouping is the first grouping the platform can answer for the account: the
// caller's own history splits by environment, another account's only by engine or time.
func defaultGrouping(allowed []string, self bool) string {
	for _, g := range allowed {
		if self || contains(otherGroupings, g) {
			return g
		}
	}
	return allowed[0]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func bucketCount(w window, unit string) int {
	n := 0
	for t := bucketOf(w.start, unit); t.Before(w.end); t = nextBucket(t, unit) {
		n++
	}
	return n
}

// bucketOf is the start of the day, week (from Monday) or month holding t, in UTC.
func bucketOf(t time.Time, unit string) time.Time {
	d := midnight(t.UTC())
	switch unit {
	case "week":
		return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
	case "month":
		return monthStart(d)
	}
	return d
}

func nextBucket(t time.Time, unit string) time.Time {
	switch unit {
	case "week":
		return t.AddDate(0, 0, 7)
	case "month":
		return t.AddDate(0, 1, 0)
	}
	return t.AddDate(0, 0, 1)
}

// row is one piece of spend: its group, its time bucket (zero when not bucketed) and cost.
type row struct {
	key    string
	bucket time.Time
	cost   float64
}

// spendRows reads the spend of q from the platform in one request: the whole period as one
// bucket (AGE) when the grouping is not by time, else one bucket per day, week or month.
// seriesByEnv asks, for time groupings of the caller's own account, for one row per
// environment and bucket (the chart's series).
func spendRows(ctx context.Context, r *reader, q spendQuery) ([]row, []map[string]any, error) {
	start, end := jelastic.Time{Time: q.w.start}, jelastic.Time{Time: q.w.end}
	period, offset := jelastic.PeriodAge, 0
	if p, ok := periodOf[q.groupBy]; ok {
		period = p
	}
	var items []map[string]any
	var err error
	switch {
	case q.self && (q.groupBy == "node" || q.groupBy == "resource"):
		no := false
		items, err = fetchList(ctx, r, billing.GetAccountBillingHistoryByPeriod, &billing.GetAccountBillingHistoryByPeriodParams{
			StartTime: start, EndTime: end, Period: &period, TimeOffset: &offset, GroupNodes: &no})
	case q.self && q.groupBy != "engine":
		items, err = fetchList(ctx, r, billing.GetEnvBillingHistoryByPeriod, &billing.GetEnvBillingHistoryByPeriodParams{
			StartTime: start, EndTime: end, Period: &period, TimeOffset: &offset})
	default:
		params := billing.GetAccountBillingByEngineTypeAndPeriodParams{StartTime: start, EndTime: end, Period: &period, TimeOffset: &offset}
		if !q.self {
			uid := fmt.Sprint(q.target.UID)
			params.OwnerUID = &uid
		}
		items, err = fetchList(ctx, r, billing.GetAccountBillingByEngineTypeAndPeriod, &params)
	}
	if err != nil {
		return nil, nil, err
	}
	rows := make([]row, 0, len(items))
	for _, it := range items {
		cost, _ := num(it, "cost")
		rw := row{cost: cost}
		switch q.groupBy {
		case "environment":
			rw.key = envKey(it)
		case "node":
			rw.key = nodeKey(it)
		case "resource":
			rw.key = orUnknown(str(it, "type", "resourceType"))
		case "engine":
			rw.key = orUnknown(str(it, "engineType", "nodeType"))
		default:
			t, ok := platformTime(it, "dateTime", "date")
			if !ok {
				return nil, nil, fmt.Errorf("the platform's history has an item without a readable dateTime")
			}
			rw.bucket = bucketOf(maxTime(t, q.w.start), q.groupBy)
			rw.key = orUnknown(envKey(it))
			if !q.self {
				rw.key = orUnknown(str(it, "engineType", "nodeType"))
			}
		}
		rows = append(rows, rw)
	}
	return rows, items, nil
}

func envKey(it map[string]any) string { return str(it, "envName", "displayName", "appid", "appId") }

func nodeKey(it map[string]any) string {
	id := str(it, "nodeid", "nodeId")
	kind := str(it, "nodeGroup", "nodeType")
	env := envKey(it)
	if kind != "" {
		return fmt.Sprintf("%s / %s #%s", orUnknown(env), kind, id)
	}
	return fmt.Sprintf("%s #%s", orUnknown(env), id)
}

func orUnknown(s string) string {
	if s == "" {
		return "(unnamed)"
	}
	return s
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// breakdown adds rows up per group. Time groupings key by bucket date, in order.
func breakdown(rows []row, groupBy string) (map[string]float64, float64) {
	sums := map[string]float64{}
	total := 0.0
	for _, rw := range rows {
		k := rw.key
		if isTimeUnit(groupBy) {
			k = rw.bucket.Format("2006-01-02")
		}
		sums[k] += rw.cost
		total += rw.cost
	}
	return sums, total
}

// fold lists the top groups (all time buckets, in order) and adds up the rest.
func fold(sums map[string]float64, total float64, groupBy string, top int, w window) ([]Group, Other) {
	var keys []string
	if isTimeUnit(groupBy) {
		for t := bucketOf(w.start, groupBy); t.Before(w.end); t = nextBucket(t, groupBy) {
			keys = append(keys, t.Format("2006-01-02"))
		}
		top = len(keys)
	} else {
		keys = sortedKeys(sums)
	}
	groups := []Group{}
	var other Other
	for i, k := range keys {
		if i < top {
			groups = append(groups, Group{Key: k, Cost: cents(sums[k]), Share: ratio(sums[k], total)})
			continue
		}
		other.Count++
		other.Cost += sums[k]
	}
	other.Share = ratio(other.Cost, total)
	other.Cost = cents(other.Cost)
	return groups, other
}

func spendSummary(ctx context.Context, c jelastic.Caller, p *SpendSummaryParams) (*result[SpendSummaryOutput], error) {
	r := newReader(c)
	q, err := resolveSpend(ctx, r, p.UID, p.StartTime, p.EndTime, p.GroupBy, groupings)
	if err != nil {
		return nil, err
	}
	top, err := count("top", p.Top, defaultTop, 50)
	if err != nil {
		return nil, err
	}
	rows, items, err := spendRows(ctx, r, q)
	if err != nil {
		return nil, err
	}
	sums, total := breakdown(rows, q.groupBy)
	groups, other := fold(sums, total, q.groupBy, top, q.w)
	cur := r.currency(ctx, items...)
	out := SpendSummaryOutput{UID: q.target.UID, Account: accountWords(q), Currency: cur,
		StartTime: rfc(q.w.start), EndTime: rfc(q.w.end), GroupBy: q.groupBy, Total: cents(total),
		Groups: groups, Other: other, Sources: r.sources()}
	return &result[SpendSummaryOutput]{data: out, text: spendText(out)}, nil
}

func accountWords(q spendQuery) string {
	if q.self {
		return "your account " + q.target.label()
	}
	return "account " + q.target.label()
}

func spendText(o SpendSummaryOutput) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Spend of %s from %s to %s: %s in total", o.Account, stamp(mustTime(o.StartTime)), stamp(mustTime(o.EndTime)), money(o.Total, o.Currency))
	if len(o.Groups) == 0 {
		b.WriteString("; nothing was billed in this period.")
		return b.String()
	}
	fmt.Fprintf(&b, ". By %s: ", o.GroupBy)
	parts := make([]string, 0, 6)
	for i, g := range o.Groups {
		if i == 5 && len(o.Groups) > 6 {
			parts = append(parts, fmt.Sprintf("%d more (see groups)", len(o.Groups)-5))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %s (%s)", g.Key, money(g.Cost, o.Currency), pct(g.Share)))
	}
	if o.Other.Count > 0 {
		parts = append(parts, fmt.Sprintf("%d other %s %s (%s)", o.Other.Count, plural(o.GroupBy, o.Other.Count), money(o.Other.Cost, o.Currency), pct(o.Other.Share)))
	}
	b.WriteString(strings.Join(parts, "; ") + ".")
	return b.String()
}

func plural(word string, n int) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

func mustTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return t
}
