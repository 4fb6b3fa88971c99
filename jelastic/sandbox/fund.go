package sandbox

import (
	"fmt"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func registerFund() {
	on(billing.ChargeAccountByUid, chargeAccount)
	on(billing.FundAccount, fundAccount)
	on(billing.UnfundAccount, unfundAccount)
	on(billing.FundAndActivateAccount, fundAndActivate)
	on(billing.GetFundAccountHistory, fundHistory)
	on(billing.ResetTestAccounts, resetTestAccounts)
	on(billing.SetFundNote, setFundNote)
	on(billing.SurchargeAccounts, func(c *call, p *billing.SurchargeAccountsParams) (obj, error) {
		return chargeUsage(c, p.StartDate.Time, p.EndDate.Time, false)
	})
	on(billing.WithdrawAccounts, func(c *call, p *billing.WithdrawAccountsParams) (obj, error) {
		return chargeUsage(c, p.StartDate.Time, p.EndDate.Time, true)
	})
}

// addFund changes a balance and writes the fund-history entry.
func (w *world) addFund(u *user, amount float64, bonus bool, op, note string) *fundEntry {
	if bonus {
		u.bonus += amount
	} else {
		u.balance += amount
	}
	bal := u.balance
	if bonus {
		bal = u.bonus
	}
	f := &fundEntry{id: w.id(), uid: u.uid, at: w.clock(), amount: amount, bonus: bonus, op: op, note: note,
		balance: bal}
	w.fund = append(w.fund, f)
	return f
}

// moneyFor is the user whose balance a call moves and the amount it moves, which must be
// positive, as every funding handler checks them.
func (w *world) moneyFor(uid int, amount float64) (*user, float64, error) {
	u, err := w.user(uid)
	if err != nil {
		return nil, 0, err
	}
	amount, err = positive("amount", amount)
	return u, amount, err
}

func chargeAccount(c *call, p *billing.ChargeAccountByUidParams) (obj, error) {
	u, amount, err := c.w.moneyFor(p.UID, p.Amount)
	if err != nil {
		return nil, err
	}
	note := p.Description
	if env := val(p.EnvName); env != "" {
		note += " (environment " + env + ")"
	}
	// Bonus money is spent first, then the main balance.
	fromBonus := min(amount, max(u.bonus, 0))
	if fromBonus > 0 {
		c.w.addFund(u, -fromBonus, true, "CHARGE", note)
	}
	var f *fundEntry
	if rest := amount - fromBonus; rest > 0 {
		f = c.w.addFund(u, -rest, false, "CHARGE", note)
	}
	out := obj{"uid": u.uid, "charged": money(amount), "fromBonus": money(fromBonus),
		"balance": money(u.balance), "bonus": money(u.bonus)}
	if f != nil {
		out["fundId"] = f.id
	}
	return out, nil
}

func fundAccount(c *call, p *billing.FundAccountParams) (obj, error) {
	u, amount, err := c.w.moneyFor(p.UID, p.Amount)
	if err != nil {
		return nil, err
	}
	f := c.w.addFund(u, amount, val(p.IsBonus), "FUND", val(p.Note))
	return obj{"uid": u.uid, "fundId": f.id, "amount": money(amount), "isBonus": f.bonus,
		"balance": money(u.balance), "bonus": money(u.bonus)}, nil
}

func unfundAccount(c *call, p *billing.UnfundAccountParams) (obj, error) {
	u, amount, err := c.w.moneyFor(p.UID, p.Amount)
	if err != nil {
		return nil, err
	}
	bonus := val(p.IsBonus)
	have, which := u.balance, "main balance"
	if bonus {
		have, which = u.bonus, "bonus"
	}
	if amount > have+1e-9 {
		return nil, fail(CodeBadState, "cannot take %.2f %s from the %s of user %d: it holds %.2f", amount, Currency, which, u.uid, have)
	}
	f := c.w.addFund(u, -amount, bonus, "UNFUND", val(p.Note))
	return obj{"uid": u.uid, "fundId": f.id, "amount": money(amount), "isBonus": bonus,
		"balance": money(u.balance), "bonus": money(u.bonus)}, nil
}

func fundAndActivate(c *call, p *billing.FundAndActivateAccountParams) (obj, error) {
	u, amount, err := c.w.moneyFor(p.UID, p.Amount)
	if err != nil {
		return nil, err
	}
	f := c.w.addFund(u, amount, false, "FUND", val(p.Note))
	was := u.status
	u.setStatus(statusActive, c.w.clock())
	return obj{"uid": u.uid, "fundId": f.id, "amount": money(amount), "balance": money(u.balance),
		"status": u.status, "previousStatus": was}, nil
}

func fundHistory(c *call, p *billing.GetFundAccountHistoryParams) (obj, error) {
	u, err := c.target(p.UID)
	if err != nil {
		return nil, err
	}
	from, to := p.StartTime.Time, p.EndTime.Time
	if err := checkRange(from, to, "startTime", "endTime"); err != nil {
		return nil, err
	}
	// Real platforms answer this list under "responses", not "array".
	items := []obj{}
	for _, f := range c.w.fund {
		if f.uid == u.uid && !f.at.Before(from) && f.at.Before(to) {
			items = append(items, f.view())
		}
	}
	return obj{"responses": items, "count": len(items)}, nil
}

func resetTestAccounts(c *call, _ *billing.ResetTestAccountsParams) (obj, error) {
	var reset []obj
	for _, u := range c.w.allUsers() {
		if g := c.w.groups[u.group]; g != nil && g.typ == "TRIAL" && u.status == statusActive {
			if d := 25 - u.bonus; d != 0 {
				c.w.addFund(u, d, true, "BONUS", "trial bonus reset")
			}
			reset = append(reset, obj{"uid": u.uid, "bonus": money(u.bonus)})
		}
	}
	return list(reset), nil
}

func setFundNote(c *call, p *billing.SetFundNoteParams) (obj, error) {
	id := p.ID
	for _, f := range c.w.fund {
		if f.id == id {
			f.note = p.Note
			return f.view(), nil
		}
	}
	return nil, notFound("fund history entry", id)
}

// chargeUsage takes the unpaid usage of the days from first through last (both whole days, as
// the tools describe them) from the balances of prepaid users (SurchargeAccounts) or of
// post-paid users (WithdrawAccounts), then counts it as paid.
func chargeUsage(c *call, first, last time.Time, postpaid bool) (obj, error) {
	if last.Before(first) {
		return nil, fail(CodeInvalidParam, "parameter [endDate] (%s) must not be before [startDate] (%s)", last.Format("2006-01-02"), first.Format("2006-01-02"))
	}
	from, to := first, last.AddDate(0, 0, 1)
	var charged []obj
	for _, u := range c.w.allUsers() {
		g := c.w.groups[u.group]
		if g == nil || (g.typ == "POST") != postpaid || u.status != statusActive {
			continue
		}
		nodes, _ := c.w.nodesOf(u.uid, "")
		due := 0.0
		c.w.records(nodes, from, to, func(r rec) {
			if !r.paid {
				due += r.cost
			}
		})
		if due > 0 {
			c.w.addFund(u, -round6(due), c.w.paysWithBonus(u.uid), "CHARGE", fmt.Sprintf("usage %s through %s", first.Format("2006-01-02"), last.Format("2006-01-02")))
			charged = append(charged, obj{"uid": u.uid, "amount": money(due), "balance": money(u.balance)})
		}
	}
	if to.After(c.w.paidUntil) {
		c.w.paidUntil = to
		if to.After(c.w.now) {
			c.w.paidUntil = c.w.now
		}
	}
	return list(charged), nil
}
