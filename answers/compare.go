package answers

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// ComparePeriodsParams are the arguments of billing_compare_periods.
type ComparePeriodsParams struct {
	UID      string `json:"uid,omitempty" wire:"uid" jsonschema_description:"Account uid, e-mail or name (admins)."`
	Current  string `json:"current,omitempty" wire:"current" jsonschema_description:"Later period, e.g. 2026-03."`
	Previous string `json:"previous,omitempty" wire:"previous" jsonschema_description:"Earlier period."`
	GroupBy  string `json:"group_by,omitempty" wire:"group_by" jsonschema:"enum=environment,enum=node,enum=resource,enum=engine" jsonschema_description:"Another account: engine only."`
	Top      *int   `json:"top,omitempty" wire:"top" jsonschema_description:"Groups (default 5)."`
}

// PeriodTotal is the spend of one period.
type PeriodTotal struct {
	StartTime string  `json:"start_time" jsonschema_description:"Start of the period, RFC 3339 UTC."`
	EndTime   string  `json:"end_time" jsonschema_description:"End of the period (exclusive), RFC 3339 UTC."`
	Total     float64 `json:"total" jsonschema_description:"Exact spend of the period, rounded to the cent."`
}

// Driver is a group whose spend changed between the periods.
type Driver struct {
	Key      string  `json:"key" jsonschema_description:"The environment, node, resource type or engine."`
	Previous float64 `json:"previous" jsonschema_description:"Its spend in the earlier period."`
	Current  float64 `json:"current" jsonschema_description:"Its spend in the later period."`
	Change   float64 `json:"change" jsonschema_description:"current minus previous."`
}

// ComparePeriodsOutput is the structured answer of billing_compare_periods.
type ComparePeriodsOutput struct {
	UID      int         `json:"uid" jsonschema_description:"User ID of the account."`
	Account  string      `json:"account" jsonschema_description:"The account in words."`
	Currency string      `json:"currency" jsonschema_description:"Currency code of every amount, e.g. USD, as pricing_get_platform_currency names it."`
	GroupBy  string      `json:"group_by" jsonschema:"enum=environment,enum=node,enum=resource,enum=engine" jsonschema_description:"How the change is explained."`
	Previous PeriodTotal `json:"previous" jsonschema_description:"The earlier period."`
	Current  PeriodTotal `json:"current" jsonschema_description:"The later period."`
	Change   float64     `json:"change" jsonschema_description:"current total minus previous total."`
	// ChangePercent is absent when the earlier period cost nothing.
	ChangePercent *float64 `json:"change_percent,omitempty" jsonschema_description:"The change relative to the earlier total, in percent; absent when that was zero."`
	Drivers       []Driver `json:"drivers" jsonschema_description:"The groups that changed most, largest change first."`
	Sources       []string `json:"sources" jsonschema_description:"Platform methods the figures come from."`
}

// ComparePeriods is billing_compare_periods.
var ComparePeriods = define("ComparePeriods",
	"Compare two periods' spend (default: last month and the one before): totals, change, and why.",
	comparePeriods)

func comparePeriods(ctx context.Context, c jelastic.Caller, p *ComparePeriodsParams) (*result[ComparePeriodsOutput], error) {
	now := time.Now().UTC()
	cur := lastFullMonth(now)
	var err error
	if p.Current != "" {
		if cur, err = parseWindow("current", p.Current, now); err != nil {
			return nil, err
		}
	}
	if cur, err = checkWindow(cur, now); err != nil {
		return nil, err
	}
	prev := window{cur.start.Add(-cur.end.Sub(cur.start)), cur.start}
	if cur.start.Equal(monthStart(cur.start)) && cur.end.Equal(cur.start.AddDate(0, 1, 0)) {
		prev = window{cur.start.AddDate(0, -1, 0), cur.start}
	}
	if p.Previous != "" {
		if prev, err = parseWindow("previous", p.Previous, now); err != nil {
			return nil, err
		}
	}
	if prev, err = checkWindow(prev, now); err != nil {
		return nil, err
	}
	top, err := count("top", p.Top, 5, 20)
	if err != nil {
		return nil, err
	}
	r := newReader(c)
	allowed := []string{"environment", "node", "resource", "engine"}
	target, self, err := r.resolveAccount(ctx, p.UID)
	if err != nil {
		return nil, err
	}
	if !self && p.GroupBy == "" {
		allowed = []string{"engine"}
	}
	g := p.GroupBy
	if g == "" {
		g = allowed[0]
	}
	if g, err = oneOf("group_by", g, allowed); err != nil {
		return nil, err
	}
	if !self && g != "engine" {
		return nil, inputErrorf("argument \"group_by\" cannot be %q for another account (uid %d): the platform keeps "+
			"per-environment history for the account owner only. Use group_by engine.", g, target.UID)
	}
	sums := [2]map[string]float64{}
	totals := [2]float64{}
	var seen []map[string]any
	for i, w := range []window{prev, cur} {
		rows, items, err := spendRows(ctx, r, spendQuery{target: target, self: self, w: w, groupBy: g})
		if err != nil {
			return nil, err
		}
		sums[i], totals[i] = breakdown(rows, g)
		if len(items) > 0 {
			seen = items[:1]
		}
	}
	keys := map[string]bool{}
	for _, m := range sums {
		for k := range m {
			keys[k] = true
		}
	}
	drivers := make([]Driver, 0, len(keys))
	for k := range keys {
		d := Driver{Key: k, Previous: cents(sums[0][k]), Current: cents(sums[1][k]), Change: cents(sums[1][k] - sums[0][k])}
		if d.Change != 0 {
			drivers = append(drivers, d)
		}
	}
	sort.Slice(drivers, func(i, j int) bool {
		a, b := math.Abs(drivers[i].Change), math.Abs(drivers[j].Change)
		if a != b {
			return a > b
		}
		return drivers[i].Key < drivers[j].Key
	})
	if len(drivers) > top {
		drivers = drivers[:top]
	}
	out := ComparePeriodsOutput{UID: target.UID, Account: accountWords(spendQuery{target: target, self: self}),
		Currency: r.currency(ctx, seen...), GroupBy: g,
		Previous: PeriodTotal{rfc(prev.start), rfc(prev.end), cents(totals[0])},
		Current:  PeriodTotal{rfc(cur.start), rfc(cur.end), cents(totals[1])},
		Change:   cents(totals[1] - totals[0]), Drivers: drivers, Sources: r.sources()}
	if totals[0] != 0 {
		pc := math.Round((totals[1]-totals[0])/totals[0]*1000) / 10
		out.ChangePercent = &pc
	}
	return &result[ComparePeriodsOutput]{data: out, text: compareText(out, prev, cur)}, nil
}

func compareText(o ComparePeriodsOutput, prev, cur window) string {
	var b strings.Builder
	dir := "went up"
	switch {
	case o.Change < 0:
		dir = "went down"
	case o.Change == 0:
		dir = "stayed the same"
	}
	fmt.Fprintf(&b, "Spend of %s %s", o.Account, dir)
	if o.Change != 0 {
		fmt.Fprintf(&b, " by %s", money(math.Abs(o.Change), o.Currency))
		if o.ChangePercent != nil {
			fmt.Fprintf(&b, " (%+.1f%%)", *o.ChangePercent)
		}
	}
	fmt.Fprintf(&b, ": %s in %s, %s in %s.", money(o.Previous.Total, o.Currency), prev, money(o.Current.Total, o.Currency), cur)
	if len(o.Drivers) > 0 {
		parts := make([]string, 0, len(o.Drivers))
		for _, d := range o.Drivers {
			plus := ""
			if d.Change >= 0 {
				plus = "+"
			}
			parts = append(parts, fmt.Sprintf("%s %s%s (%s → %s)", d.Key, plus, money(d.Change, o.Currency),
				money(d.Previous, o.Currency), money(d.Current, o.Currency)))
		}
		fmt.Fprintf(&b, " Largest changes by %s: %s.", o.GroupBy, strings.Join(parts, "; "))
	}
	return b.String()
}
