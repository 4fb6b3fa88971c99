package answers

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

// RevenueSummaryParams are the arguments of billing_revenue_summary.
type RevenueSummaryParams struct {
	StartTime string `json:"start_time,omitempty" wire:"start_time" jsonschema_description:"Date (UTC) or period: last month, 2026-03."`
	EndTime   string `json:"end_time,omitempty" wire:"end_time" jsonschema_description:"End (exclusive)."`
	GroupBy   string `json:"group_by,omitempty" wire:"group_by" jsonschema:"enum=month,enum=group,enum=account" jsonschema_description:"Split by."`
	Top       *int   `json:"top,omitempty" wire:"top" jsonschema_description:"Groups (default 10)."`
}

// FundType adds up the fund transactions of one type.
type FundType struct {
	Type   string  `json:"type" jsonschema_description:"Transaction type as the platform names it (chargeType), e.g. FUND, BONUS, CHARGE, UNFUND."`
	Count  int     `json:"count" jsonschema_description:"Number of transactions."`
	Amount float64 `json:"amount" jsonschema_description:"Their sum (negative for money taken off balances)."`
	Bonus  float64 `json:"bonus" jsonschema_description:"The part of amount that went to or from bonus balances."`
}

// RevenueSummaryOutput is the structured answer of billing_revenue_summary.
type RevenueSummaryOutput struct {
	Currency  string  `json:"currency" jsonschema_description:"Currency code of every amount, e.g. USD, as pricing_get_platform_currency names it."`
	StartTime string  `json:"start_time" jsonschema_description:"Start of the period, RFC 3339 UTC."`
	EndTime   string  `json:"end_time" jsonschema_description:"End of the period (exclusive), RFC 3339 UTC."`
	GroupBy   string  `json:"group_by" jsonschema:"enum=month,enum=group,enum=account" jsonschema_description:"How the billed usage is split."`
	Billed    float64 `json:"billed" jsonschema_description:"Exact usage billed platform-wide in the period (Account.GetAggClusterBillingHistory)."`
	Groups    []Group `json:"groups" jsonschema_description:"Billed usage per month (in order), group or account (largest first)."`
	Other     Other   `json:"other" jsonschema_description:"The groups or accounts not listed, added up."`
	// Received is the money put on main balances: positive non-bonus fund transactions.
	Received float64    `json:"received" jsonschema_description:"Money put on main balances in the period: the positive fund transactions that are not bonus."`
	Funds    []FundType `json:"funds" jsonschema_description:"Fund transactions of all accounts in the period, by type."`
	Accounts int        `json:"accounts" jsonschema_description:"Number of accounts read."`
	Sources  []string   `json:"sources" jsonschema_description:"Platform methods the figures come from."`
}

// RevenueSummary is billing_revenue_summary.
var RevenueSummary = define("RevenueSummary",
	"Return platform-wide billed usage (default: last month) by month, group or account, and money received. "+
		"Admin only.",
	revenueSummary)

func revenueSummary(ctx context.Context, c jelastic.Caller, p *RevenueSummaryParams) (*result[RevenueSummaryOutput], error) {
	now := time.Now().UTC()
	w, err := windowOf(p.StartTime, p.EndTime, now, lastFullMonth(now))
	if err != nil {
		return nil, err
	}
	by := "month"
	if p.GroupBy != "" {
		if by, err = oneOf("group_by", p.GroupBy, []string{"month", "group", "account"}); err != nil {
			return nil, err
		}
	}
	top, err := count("top", p.Top, defaultTop, 50)
	if err != nil {
		return nil, err
	}
	r := newReader(c)
	monthly, billed, err := r.clusterBilled(ctx, w)
	if err != nil {
		return nil, err
	}
	all, _, err := r.accounts(ctx)
	if err != nil {
		return nil, err
	}
	start, end := jelastic.Time{Time: w.start}, jelastic.Time{Time: w.end}
	sums := map[string]float64{}
	if by == "month" {
		sums = monthly
	}
	// One or two requests per account, a few at a time; added up in account order afterwards
	// so the sums do not depend on which answer came first.
	type perAccount struct {
		sum   float64
		funds []map[string]any
	}
	results := make([]perAccount, len(all))
	err = inParallel(ctx, len(all), func(ctx context.Context, i int) error {
		a := all[i]
		if by != "month" {
			f, err := fetch(ctx, r, billing.GetSum, &billing.GetSumParams{UID: a.UID, StartTime: start, EndTime: end})
			if err != nil {
				return err
			}
			results[i].sum, _ = num(f, "sum", "debit", "total")
		}
		items, err := fetchList(ctx, r, billing.GetFundAccountHistory, &billing.GetFundAccountHistoryParams{UID: a.UID, StartTime: start, EndTime: end})
		results[i].funds = items
		return err
	})
	if err != nil {
		return nil, err
	}
	funds := map[string]*FundType{}
	received := 0.0
	for i, a := range all {
		switch by {
		case "account":
			sums[a.label()] += results[i].sum
		case "group":
			sums[orUnknown(a.Group)] += results[i].sum
		}
		for _, it := range results[i].funds {
			typ := orUnknown(str(it, "chargeType", "operation", "type"))
			amount, _ := num(it, "amount", "sum")
			bonus := it["isBonus"] == true || it["bonus"] == true
			ft := funds[typ]
			if ft == nil {
				ft = &FundType{Type: typ}
				funds[typ] = ft
			}
			ft.Count++
			ft.Amount += amount
			if bonus {
				ft.Bonus += amount
			} else if amount > 0 {
				received += amount
			}
		}
	}
	total := billed
	groups, other := fold(sums, total, by, top, w)
	out := RevenueSummaryOutput{Currency: r.currency(ctx), StartTime: rfc(w.start), EndTime: rfc(w.end), GroupBy: by,
		Billed: cents(billed), Groups: groups, Other: other, Received: cents(received), Funds: fundList(funds), Accounts: len(all)}
	out.Sources = r.sources()
	return &result[RevenueSummaryOutput]{data: out, text: revenueText(out, w)}, nil
}

// clusterBilled reads platform-wide billed usage, one request per calendar month of w, each
// a single bucket, so the total is exact whatever the window's edges.
func (r *reader) clusterBilled(ctx context.Context, w window) (map[string]float64, float64, error) {
	monthly := map[string]float64{}
	total := 0.0
	for from := w.start; from.Before(w.end); {
		to := monthStart(from).AddDate(0, 1, 0)
		if to.After(w.end) {
			to = w.end
		}
		iv := max(3600, int((to.Sub(from)+time.Second-1)/time.Second))
		items, err := fetchList(ctx, r, billing.GetAggClusterBillingHistory, &billing.GetAggClusterBillingHistoryParams{
			StartTime: jelastic.Time{Time: from}, EndTime: jelastic.Time{Time: to}, Interval: iv, SumFields: jelastic.List{"cost"}})
		if err != nil {
			return nil, 0, err
		}
		for _, it := range items {
			s, _ := num(it, "cost", "sum")
			monthly[monthStart(from).Format("2006-01-02")] += s
			total += s
		}
		from = to
	}
	return monthly, total, nil
}

func fundList(m map[string]*FundType) []FundType {
	amounts := map[string]float64{}
	for k, v := range m {
		amounts[k] = v.Amount
	}
	out := []FundType{}
	for _, k := range sortedKeys(amounts) {
		f := *m[k]
		f.Amount, f.Bonus = cents(f.Amount), cents(f.Bonus)
		out = append(out, f)
	}
	return out
}

func revenueText(o RevenueSummaryOutput, w window) string {
	var b strings.Builder
	fmt.Fprintf(&b, "From %s the platform billed %s of usage and received %s on main balances (%d accounts).",
		w, money(o.Billed, o.Currency), money(o.Received, o.Currency), o.Accounts)
	parts := make([]string, 0, 6)
	for i, g := range o.Groups {
		if i == 5 {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, fmt.Sprintf("%s %s (%s)", g.Key, money(g.Cost, o.Currency), pct(g.Share)))
	}
	if len(parts) > 0 {
		fmt.Fprintf(&b, " Billed by %s: %s.", o.GroupBy, strings.Join(parts, "; "))
	}
	if len(o.Funds) > 0 {
		fp := make([]string, 0, len(o.Funds))
		for _, f := range o.Funds {
			fp = append(fp, fmt.Sprintf("%s %d× %s", f.Type, f.Count, money(f.Amount, o.Currency)))
		}
		fmt.Fprintf(&b, " Fund transactions: %s.", strings.Join(fp, "; "))
	}
	return b.String()
}
