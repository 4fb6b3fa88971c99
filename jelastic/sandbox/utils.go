package sandbox

import (
	"fmt"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func registerUtils() {
	on(billing.ClearBillingHistory, clearBillingHistory)
	on(billing.GetUidUsageByPeriod, uidUsage)
	on(billing.SetAccountDate, setAccountDate)
	on(billing.SetBillingHistoryDate, setBillingHistoryDate)
	on(billing.ClearMonthTraffic, func(c *call, p *billing.ClearMonthTrafficParams) (obj, error) {
		return monthTraffic(c, p.UID, p.MonthStart, nil)
	})
	on(billing.SetMonthTraffic, func(c *call, p *billing.SetMonthTrafficParams) (obj, error) {
		return monthTraffic(c, p.UID, p.MonthStart, &p.ExternalTraffic)
	})
}

// Utils: test helpers that take a checksum; any non-empty checksum is accepted and it is
// never stored or echoed.
func clearBillingHistory(c *call, p *billing.ClearBillingHistoryParams) (obj, error) {
	u, err := c.w.user(p.UID)
	if err != nil {
		return nil, err
	}
	name := p.EnvName
	var e *env
	for _, o := range c.w.envs {
		if o.name == name && o.uid == u.uid {
			e = o
		}
	}
	if e == nil {
		return nil, fail(jelastic.CodeNotFound, "user %d has no environment [%s]", u.uid, name)
	}
	from, to := p.StartDate.Time, p.EndDate.Time
	if err := checkRange(from, to, "startDate", "endDate"); err != nil {
		return nil, err
	}
	removed := c.w.sum(e.nodes, from, to)
	c.w.cleared = append(c.w.cleared, clearedRange{env: name, from: from, to: to})
	return obj{"uid": u.uid, "envName": name, "removedCost": round6(removed)}, nil
}

// monthKey is the key of uid's traffic in the month monthStart names.
func (w *world) monthKey(uid int, monthStart string) (string, *user, error) {
	u, err := w.user(uid)
	if err != nil {
		return "", nil, err
	}
	m, err := time.Parse("2006-01-02", strings.TrimSpace(monthStart))
	if err != nil {
		if m, err = time.Parse("2006-01", strings.TrimSpace(monthStart)); err != nil {
			return "", nil, fail(CodeInvalidParam, "parameter [monthStart]: %s is not a date like 2024-04-01", excerpt(monthStart))
		}
	}
	return fmt.Sprintf("%d/%s", u.uid, m.Format("2006-01")), u, nil
}

// monthTraffic sets a month's external traffic (MB), or clears it when mb is nil.
func monthTraffic(c *call, uid int, monthStart string, mb *int) (obj, error) {
	key, u, err := c.w.monthKey(uid, monthStart)
	if err != nil {
		return nil, err
	}
	if mb != nil {
		if *mb < 0 {
			return nil, fail(CodeInvalidParam, "parameter [externalTraffic] must not be negative")
		}
		c.w.monthTraffic[key] = *mb
	} else {
		delete(c.w.monthTraffic, key)
	}
	return obj{"uid": u.uid, "month": key[strings.Index(key, "/")+1:], "externalTraffic": c.w.monthTraffic[key]}, nil
}

func uidUsage(c *call, p *billing.GetUidUsageByPeriodParams) (obj, error) {
	u, err := c.w.user(p.UID)
	if err != nil {
		return nil, err
	}
	from, to := p.StartDate.Time, p.EndDate.Time
	if err := checkRange(from, to, "startDate", "endDate"); err != nil {
		return nil, err
	}
	nodes, _ := c.w.nodesOf(u.uid, "")
	byType := map[string]float64{}
	value := map[string]float64{}
	c.w.records(nodes, from, to, func(r rec) {
		byType[r.typ] += r.cost
		value[r.typ] += r.value
	})
	total := 0.0
	for _, v := range byType {
		total += v
	}
	return obj{"uid": u.uid, "cost": round6(total), "costByType": roundMap(byType), "usage": roundMap(value),
		"currency": Currency}, nil
}

var accountDates = []string{"createdOn", "lastLoginDate"}

func setAccountDate(c *call, p *billing.SetAccountDateParams) (obj, error) {
	u, err := c.w.user(p.UID)
	if err != nil {
		return nil, err
	}
	t, err := parseDateText(p.DateValue)
	if err != nil {
		return nil, fail(CodeInvalidParam, "parameter [dateValue]: %v", err)
	}
	switch p.DateType {
	case "createdOn", "createdDate", "CREATED":
		u.createdOn = t
	case "lastLoginDate", "lastLogin", "LAST_LOGIN":
		u.lastLogin = t
	default:
		return nil, fail(CodeInvalidParam, "parameter [dateType]: %s is not an account date; use one of %s", excerpt(p.DateType), strings.Join(accountDates, ", "))
	}
	return u.view(c.w), nil
}

func parseDateText(s string) (time.Time, error) {
	for _, l := range []string{Layout, "2006-01-02", time.RFC3339} {
		if t, err := time.Parse(l, strings.TrimSpace(s)); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%s is not a date like 2024-04-01 00:00:00", excerpt(s))
}

func setBillingHistoryDate(c *call, p *billing.SetBillingHistoryDateParams) (obj, error) {
	u, err := c.w.user(p.UID)
	if err != nil {
		return nil, err
	}
	if _, err := parseDateText(p.DateValue); err != nil {
		return nil, fail(CodeInvalidParam, "parameter [dateValue]: %v", err)
	}
	if err := checkRange(p.StartDateFrom.Time, p.StartDateTo.Time, "startDateFrom", "startDateTo"); err != nil {
		return nil, err
	}
	found := false
	for _, e := range c.w.envs {
		found = found || e.uid == u.uid && e.name == p.EnvName
	}
	if !found {
		return nil, fail(jelastic.CodeNotFound, "user %d has no environment [%s]", u.uid, p.EnvName)
	}
	return obj{"uid": u.uid, "envName": p.EnvName,
		"note": c.record("billing history dates were not rewritten; the sandbox computes history from the clock")}, nil
}
