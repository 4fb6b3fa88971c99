package sandbox

import "fmt"

func init() {
	register("Account", map[string]handler{
		"ChargeAccountByUid":     chargeAccount,
		"FundAccount":            fundAccount,
		"UnfundAccount":          unfundAccount,
		"FundAndActivateAccount": fundAndActivate,
		"GetFundAccountHistory":  fundHistory,
		"ResetTestAccounts":      resetTestAccounts,
		"SetFundNote":            setFundNote,
		"SurchargeAccounts":      func(c *call) (obj, error) { return chargeUsage(c, false) },
		"WithdrawAccounts":       func(c *call) (obj, error) { return chargeUsage(c, true) },
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

func chargeAccount(c *call) (obj, error) {
	u, err := c.w.user(c.int("uid"))
	if err != nil {
		return nil, err
	}
	amount, err := c.positive("amount")
	if err != nil {
		return nil, err
	}
	note := c.str("description")
	if env := c.str("envName"); env != "" {
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

func fundAccount(c *call) (obj, error) {
	u, err := c.w.user(c.int("uid"))
	if err != nil {
		return nil, err
	}
	amount, err := c.positive("amount")
	if err != nil {
		return nil, err
	}
	f := c.w.addFund(u, amount, c.boolOr("isBonus", false), "FUND", c.str("note"))
	return obj{"uid": u.uid, "fundId": f.id, "amount": money(amount), "isBonus": f.bonus,
		"balance": money(u.balance), "bonus": money(u.bonus)}, nil
}

func unfundAccount(c *call) (obj, error) {
	u, err := c.w.user(c.int("uid"))
	if err != nil {
		return nil, err
	}
	amount, err := c.positive("amount")
	if err != nil {
		return nil, err
	}
	bonus := c.boolOr("isBonus", false)
	have, which := u.balance, "main balance"
	if bonus {
		have, which = u.bonus, "bonus"
	}
	if amount > have+1e-9 {
		return nil, fail(CodeBadState, "cannot take %.2f %s from the %s of user %d: it holds %.2f", amount, Currency, which, u.uid, have)
	}
	f := c.w.addFund(u, -amount, bonus, "UNFUND", c.str("note"))
	return obj{"uid": u.uid, "fundId": f.id, "amount": money(amount), "isBonus": bonus,
		"balance": money(u.balance), "bonus": money(u.bonus)}, nil
}

func fundAndActivate(c *call) (obj, error) {
	u, err := c.w.user(c.int("uid"))
	if err != nil {
		return nil, err
	}
	amount, err := c.positive("amount")
	if err != nil {
		return nil, err
	}
	f := c.w.addFund(u, amount, false, "FUND", c.str("note"))
	was := u.status
	u.setStatus(statusActive, c.w.clock())
	return obj{"uid": u.uid, "fundId": f.id, "amount": money(amount), "balance": money(u.balance),
		"status": u.status, "previousStatus": was}, nil
}

func fundHistory(c *call) (obj, error) {
	u, err := c.target("uid")
	if err != nil {
		return nil, err
	}
	from, to := c.time("startTime"), c.time("endTime")
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

func resetTestAccounts(c *call) (obj, error) {
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

func setFundNote(c *call) (obj, error) {
	id := c.int("id")
	for _, f := range c.w.fund {
		if f.id == id {
			f.note = c.str("note")
			return f.view(), nil
		}
	}
	return nil, notFound("fund history entry", id)
}

// chargeUsage takes the unpaid usage of [startDate, endDate) from the balances of prepaid
// users (SurchargeAccounts) or of post-paid users (WithdrawAccounts), then counts it as paid.
func chargeUsage(c *call, postpaid bool) (obj, error) {
	from, to := c.time("startDate"), c.time("endDate")
	if err := checkRange(from, to, "startDate", "endDate"); err != nil {
		return nil, err
	}
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
			c.w.addFund(u, -round6(due), c.w.paysWithBonus(u.uid), "CHARGE", fmt.Sprintf("usage %s to %s", from.Format("2006-01-02"), to.Format("2006-01-02")))
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
