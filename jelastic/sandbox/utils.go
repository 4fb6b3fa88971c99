package sandbox

import (
	"fmt"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

func init() {
	register("Utils", map[string]handler{
		"ClearBillingHistory":   clearBillingHistory,
		"ClearMonthTraffic":     func(c *call) (obj, error) { return monthTraffic(c, false) },
		"SetMonthTraffic":       func(c *call) (obj, error) { return monthTraffic(c, true) },
		"GetUidUsageByPeriod":   uidUsage,
		"SetAccountDate":        setAccountDate,
		"SetBillingHistoryDate": setBillingHistoryDate,
	})
}

// Utils: test helpers that take a checksum; any non-empty checksum is accepted and it is
// never stored or echoed.
func clearBillingHistory(c *call) (obj, error) {
	u, err := c.w.user(c.int("uid"))
	if err != nil {
		return nil, err
	}
	name := c.str("envName")
	var e *env
	for _, o := range c.w.envs {
		if o.name == name && o.uid == u.uid {
			e = o
		}
	}
	if e == nil {
		return nil, fail(jelastic.CodeNotFound, "user %d has no environment [%s]", u.uid, name)
	}
	from, to := c.time("startDate"), c.time("endDate")
	if err := checkRange(from, to, "startDate", "endDate"); err != nil {
		return nil, err
	}
	removed := c.w.sum(e.nodes, from, to)
	c.w.cleared = append(c.w.cleared, clearedRange{env: name, from: from, to: to})
	return obj{"uid": u.uid, "envName": name, "removedCost": round6(removed)}, nil
}

func monthKey(c *call) (string, *user, error) {
	u, err := c.w.user(c.int("uid"))
	if err != nil {
		return "", nil, err
	}
	m, err := time.Parse("2006-01-02", strings.TrimSpace(c.str("monthStart")))
	if err != nil {
		if m, err = time.Parse("2006-01", strings.TrimSpace(c.str("monthStart"))); err != nil {
			return "", nil, fail(CodeInvalidParam, "parameter [monthStart]: %s is not a date like 2024-04-01", excerpt(c.str("monthStart")))
		}
	}
	return fmt.Sprintf("%d/%s", u.uid, m.Format("2006-01")), u, nil
}

func monthTraffic(c *call, set bool) (obj, error) {
	key, u, err := monthKey(c)
	if err != nil {
		return nil, err
	}
	if set {
		if c.int("externalTraffic") < 0 {
			return nil, fail(CodeInvalidParam, "parameter [externalTraffic] must not be negative")
		}
		c.w.monthTraffic[key] = c.int("externalTraffic")
	} else {
		delete(c.w.monthTraffic, key)
	}
	return obj{"uid": u.uid, "month": key[strings.Index(key, "/")+1:], "externalTraffic": c.w.monthTraffic[key]}, nil
}

func uidUsage(c *call) (obj, error) {
	u, err := c.w.user(c.int("uid"))
	if err != nil {
		return nil, err
	}
	from, to := c.time("startDate"), c.time("endDate")
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

func setAccountDate(c *call) (obj, error) {
	u, err := c.w.user(c.int("uid"))
	if err != nil {
		return nil, err
	}
	t, err := parseDateText(c.str("dateValue"))
	if err != nil {
		return nil, fail(CodeInvalidParam, "parameter [dateValue]: %v", err)
	}
	switch c.str("dateType") {
	case "createdOn", "createdDate", "CREATED":
		u.createdOn = t
	case "lastLoginDate", "lastLogin", "LAST_LOGIN":
		u.lastLogin = t
	default:
		return nil, fail(CodeInvalidParam, "parameter [dateType]: %s is not an account date; use one of %s", excerpt(c.str("dateType")), strings.Join(accountDates, ", "))
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

func setBillingHistoryDate(c *call) (obj, error) {
	u, err := c.w.user(c.int("uid"))
	if err != nil {
		return nil, err
	}
	if _, err := parseDateText(c.str("dateValue")); err != nil {
		return nil, fail(CodeInvalidParam, "parameter [dateValue]: %v", err)
	}
	if err := checkRange(c.time("startDateFrom"), c.time("startDateTo"), "startDateFrom", "startDateTo"); err != nil {
		return nil, err
	}
	found := false
	for _, e := range c.w.envs {
		found = found || e.uid == u.uid && e.name == c.str("envName")
	}
	if !found {
		return nil, fail(jelastic.CodeNotFound, "user %d has no environment [%s]", u.uid, c.str("envName"))
	}
	return obj{"uid": u.uid, "envName": c.str("envName"),
		"note": c.record("billing history dates were not rewritten; the sandbox computes history from the clock")}, nil
}
