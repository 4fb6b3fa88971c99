package answers

import (
	"context"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

// BalanceForecastParams are the arguments of billing_balance_forecast.
type BalanceForecastParams struct {
	UID  string `json:"uid,omitempty" wire:"uid" jsonschema_description:"Account uid, e-mail or name (admins)."`
	Days *int   `json:"days,omitempty" wire:"days" jsonschema_description:"Days averaged (default 7)."`
}

// BalanceForecastOutput is the structured answer of billing_balance_forecast.
type BalanceForecastOutput struct {
	UID               int     `json:"uid" jsonschema_description:"User ID of the account."`
	Account           string  `json:"account" jsonschema_description:"The account in words."`
	Currency          string  `json:"currency" jsonschema_description:"Currency code of every amount, e.g. USD, as pricing_get_platform_currency names it."`
	AsOf              string  `json:"as_of" jsonschema_description:"When the balances were read, RFC 3339 UTC."`
	Balance           float64 `json:"balance" jsonschema_description:"Main balance."`
	Bonus             float64 `json:"bonus" jsonschema_description:"Bonus balance."`
	Available         float64 `json:"available" jsonschema_description:"Main plus bonus balance: what usage is paid from."`
	Days              int     `json:"days" jsonschema_description:"Number of past days the average is taken over."`
	StartTime         string  `json:"start_time" jsonschema_description:"Start of those days, RFC 3339 UTC."`
	EndTime           string  `json:"end_time" jsonschema_description:"End of those days (exclusive), RFC 3339 UTC."`
	SpendInPeriod     float64 `json:"spend_in_period" jsonschema_description:"Exact spend of those days."`
	AverageDailySpend float64 `json:"average_daily_spend" jsonschema_description:"Spend per day over those days."`
	// DaysLeft and RunsOutAt are absent when nothing is being spent.
	DaysLeft  *float64 `json:"days_left,omitempty" jsonschema_description:"Days until the available balance is used up at that rate (0: already used up); absent when nothing is spent."`
	RunsOutAt string   `json:"runs_out_at,omitempty" jsonschema_description:"When the balance runs out at that rate, RFC 3339 UTC; absent when nothing is spent."`
	Sources   []string `json:"sources" jsonschema_description:"Platform methods the figures come from."`
}

// BalanceForecast is billing_balance_forecast.
var BalanceForecast = define("BalanceForecast",
	"Return balances, average daily spend, days left and the date the balance runs out.",
	balanceForecast)

func balanceForecast(ctx context.Context, c jelastic.Caller, p *BalanceForecastParams) (*result[BalanceForecastOutput], error) {
	days, err := count("days", p.Days, 7, 90)
	if err != nil {
		return nil, err
	}
	r := newReader(c)
	target, self, err := r.resolveAccount(ctx, p.UID)
	if err != nil {
		return nil, err
	}
	if !self {
		if target, err = r.accountByUID(ctx, target.UID); err != nil {
			return nil, err
		}
	}
	now := time.Now().UTC()
	end := now.Truncate(time.Hour)
	start := end.AddDate(0, 0, -days)
	f, err := fetch(ctx, r, billing.GetSum, &billing.GetSumParams{UID: target.UID, StartTime: jelastic.Time{Time: start}, EndTime: jelastic.Time{Time: end}})
	if err != nil {
		return nil, err
	}
	spent, ok := num(f, "sum", "debit", "total")
	if !ok {
		return nil, fmt.Errorf("Account.GetSum answered without a sum")
	}
	avg := spent / float64(days)
	avail := target.Balance + target.Bonus
	out := BalanceForecastOutput{UID: target.UID, Account: accountWords(spendQuery{target: target, self: self}),
		Currency: r.currency(ctx, f), AsOf: rfc(now), Balance: cents(target.Balance), Bonus: cents(target.Bonus),
		Available: cents(avail), Days: days, StartTime: rfc(start), EndTime: rfc(end), SpendInPeriod: cents(spent), AverageDailySpend: cents(avg)}
	if avg > 0 {
		left := math.Max(0, avail/avg)
		left = math.Floor(left*10) / 10
		out.DaysLeft = &left
		out.RunsOutAt = rfc(now.Add(time.Duration(math.Max(0, avail/avg) * 24 * float64(time.Hour))).Truncate(time.Hour))
	}
	out.Sources = r.sources()
	return &result[BalanceForecastOutput]{data: out, text: forecastText(out)}, nil
}

// accountByUID reads another account's balances (admins).
func (r *reader) accountByUID(ctx context.Context, uid int) (account, error) {
	items, err := fetchList(ctx, r, billing.GetAccountsByUids, &billing.GetAccountsByUidsParams{UIDs: jelastic.List{fmt.Sprint(uid)}})
	if err != nil {
		return account{}, err
	}
	for _, it := range items {
		if a := accountOf(it); a.UID == uid {
			return a, nil
		}
	}
	return account{}, inputErrorf("there is no account with uid %d; search with billing_find_accounts.", uid)
}

func forecastText(o BalanceForecastOutput) string {
	var b strings.Builder
	lead := strings.ToUpper(o.Account[:1]) + o.Account[1:]
	fmt.Fprintf(&b, "%s has %s available (%s main, %s bonus) as of %s. Over the last %d days it spent %s, %s a day on average",
		lead, money(o.Available, o.Currency), money(o.Balance, o.Currency), money(o.Bonus, o.Currency),
		stamp(mustTime(o.AsOf)), o.Days, money(o.SpendInPeriod, o.Currency), money(o.AverageDailySpend, o.Currency))
	switch {
	case o.DaysLeft == nil:
		b.WriteString("; at that rate the balance does not run out.")
	case *o.DaysLeft == 0:
		b.WriteString("; the balance is already used up.")
	default:
		fmt.Fprintf(&b, "; at that rate it lasts %.1f more days, until about %s.", *o.DaysLeft, stamp(mustTime(o.RunsOutAt)))
	}
	return b.String()
}
