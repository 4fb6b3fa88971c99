package sandbox

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

// Version is what System.GetVersion reports.
const Version = "8.3.2-sandbox"

func init() {
	register("Reseller", map[string]handler{
		"AddReseller":     addReseller,
		"EditReseller":    editReseller,
		"GetAllResellers": allResellers,
		"GetResellerByAppid": func(c *call) (obj, error) {
			return resellerWhere(c, func(r *reseller) bool { return r.appid == c.str("targetAppid") }, c.str("targetAppid"))
		},
		"GetResellerById": func(c *call) (obj, error) {
			return resellerWhere(c, func(r *reseller) bool { return r.id == c.int("id") }, c.int("id"))
		},
		"GetResellerByOwnerUid": func(c *call) (obj, error) {
			return resellerWhere(c, func(r *reseller) bool { return r.ownerUID == c.int("uid") }, c.int("uid"))
		},
		"GetResellerByUid":  resellerByUID,
		"RemoveReseller":    removeReseller,
		"SetResellerStatus": setResellerStatus,
	})
	register("System", map[string]handler{
		"CleanCheckRequestCache": cleanCache,
		"Event":                  systemEvent,
		"GetAPIDescriptions":     apiDescriptions,
		"GetAutoPercent": func(*call) (obj, error) {
			return obj{"percent": 10, "note": "automatic refill adds 10% above the minimum"}, nil
		},
		"GetCacheStats":          cacheStats,
		"GetCacheStatus":         cacheStatus,
		"GetInstanceCacheStatus": cacheStatus,
		"GetStatus":              systemStatus,
		"GetVersion":             func(*call) (obj, error) { return obj{"version": Version, "build": "sandbox"}, nil },
		"RefreshEmailTemplates":  func(c *call) (obj, error) { return obj{"note": c.record("e-mail templates were not reloaded")}, nil },
		"RefreshUser":            refreshUser,
		"ReloadConfiguration":    reloadConfiguration,
		"SendEmail":              sendEmail,
		"Validate":               func(c *call) (obj, error) { return validate(c, false) },
		"ValidateAll":            func(c *call) (obj, error) { return validate(c, true) },
	})
	register("Utils", map[string]handler{
		"ClearBillingHistory":   clearBillingHistory,
		"ClearMonthTraffic":     func(c *call) (obj, error) { return monthTraffic(c, false) },
		"SetMonthTraffic":       func(c *call) (obj, error) { return monthTraffic(c, true) },
		"GetUidUsageByPeriod":   uidUsage,
		"SetAccountDate":        setAccountDate,
		"SetBillingHistoryDate": setBillingHistoryDate,
	})
}

// jsonText reads a JSON value carried as text; plain text that is not JSON comes back as is.
func jsonText(s string) any {
	var v any
	if err := json.Unmarshal([]byte(s), &v); err == nil {
		return v
	}
	return s
}

func jsonObject(c *call, k string) (map[string]any, error) {
	if c.str(k) == "" {
		return map[string]any{}, nil
	}
	m, ok := jsonText(c.str(k)).(map[string]any)
	if !ok {
		return nil, fail(CodeInvalidParam, "parameter [%s]: expected a JSON object, got %s", k, excerpt(c.str(k)))
	}
	return m, nil
}

func addReseller(c *call) (obj, error) {
	rm, ok := jsonText(c.str("reseller")).(map[string]any)
	name := ""
	if ok {
		name = text(rm["name"])
	} else {
		name, rm = strings.TrimSpace(c.str("reseller")), map[string]any{}
	}
	if name == "" {
		return nil, fail(CodeMissingParam, "parameter [reseller] needs a \"name\", e.g. {\"name\":\"Acme Cloud\",\"ownerUid\":1005}")
	}
	platform, err := jsonObject(c, "platform")
	if err != nil {
		return nil, err
	}
	settings, err := jsonObject(c, "settings")
	if err != nil {
		return nil, err
	}
	r := &reseller{id: c.w.id(), name: name, platform: platform, regions: jsonText(c.str("regions")), settings: settings,
		status: "ACTIVE", created: c.w.clock()}
	r.appid = strings.ToLower(strings.ReplaceAll(name, " ", "-")) + "-cluster"
	if owner, ok := rm["ownerUid"].(float64); ok {
		u, err := c.w.user(int(owner))
		if err != nil {
			return nil, err
		}
		r.ownerUID = u.uid
		u.resellerID = r.id
	}
	for _, o := range c.w.resellers {
		if strings.EqualFold(o.name, name) {
			return nil, fail(CodeExists, "reseller [%s] already exists (id %d)", name, o.id)
		}
	}
	c.w.resellers[r.id] = r
	return r.view(), nil
}

func editReseller(c *call) (obj, error) {
	rm, ok := jsonText(c.str("reseller")).(map[string]any)
	if !ok {
		return nil, fail(CodeInvalidParam, "parameter [reseller]: expected a JSON object with the reseller's id, e.g. {\"id\":1,\"name\":\"New name\"}")
	}
	id, err := idOf(rm, "reseller")
	if err != nil {
		return nil, err
	}
	r := c.w.resellers[id]
	if r == nil {
		return nil, notFound("reseller", id)
	}
	if n := text(rm["name"]); n != "" {
		r.name = n
	}
	if c.str("platform") != "" {
		if r.platform, err = jsonObject(c, "platform"); err != nil {
			return nil, err
		}
	}
	if c.str("regions") != "" {
		r.regions = jsonText(c.str("regions"))
	}
	return r.view(), nil
}

func allResellers(c *call) (obj, error) {
	var items []obj
	for _, id := range sortedKeys(c.w.resellers) {
		items = append(items, c.w.resellers[id].view())
	}
	return list(items), nil
}

func resellerWhere(c *call, match func(*reseller) bool, key any) (obj, error) {
	for _, id := range sortedKeys(c.w.resellers) {
		if r := c.w.resellers[id]; match(r) {
			return r.view(), nil
		}
	}
	return nil, notFound("reseller", key)
}

func resellerByUID(c *call) (obj, error) {
	u, err := c.w.user(c.int("uid"))
	if err != nil {
		return nil, err
	}
	if r := c.w.resellers[u.resellerID]; r != nil {
		return r.view(), nil
	}
	return nil, fail(CodeNotFound, "user %d belongs to no reseller", u.uid)
}

func removeReseller(c *call) (obj, error) {
	r := c.w.resellers[c.int("id")]
	if r == nil {
		return nil, notFound("reseller", c.int("id"))
	}
	for _, uid := range sortedKeys(c.w.users) {
		if c.w.users[uid].resellerID == r.id {
			c.w.users[uid].resellerID = 0
		}
	}
	delete(c.w.resellers, r.id)
	return obj{"id": r.id, "deleted": true}, nil
}

var resellerStatuses = []string{"ACTIVE", "SUSPENDED", "DISABLED"}

func setResellerStatus(c *call) (obj, error) {
	r := c.w.resellers[c.int("id")]
	if r == nil {
		return nil, notFound("reseller", c.int("id"))
	}
	st := strings.ToUpper(c.str("status"))
	if !setOf(resellerStatuses...)[st] {
		return nil, fail(CodeInvalidParam, "parameter [status]: %s is not a reseller status; use one of %s", excerpt(st), strings.Join(resellerStatuses, ", "))
	}
	r.status = st
	return r.view(), nil
}

// System.

func cleanCache(c *call) (obj, error) {
	if c.has("uid") {
		if _, err := c.w.user(c.int("uid")); err != nil {
			return nil, err
		}
	}
	return obj{"cleaned": true, "localOnly": c.boolOr("localOnly", false),
		"note": c.record("the request-check cache was marked clean; the sandbox keeps none")}, nil
}

func systemEvent(c *call) (obj, error) {
	return obj{"topic": c.str("topic"), "note": c.record(fmt.Sprintf("event on topic %q was not published to any listener", c.str("topic")))}, nil
}

func apiDescriptions(c *call) (obj, error) {
	var items []obj
	for _, m := range billing.Methods() {
		if c.boolOr("isPublicOnly", false) && adminOnly(m) {
			continue
		}
		items = append(items, obj{"service": m.Service, "method": m.Name, "path": "/1.0/" + m.Path,
			"description": m.Summary, "permission": m.Permission()})
	}
	return list(items), nil
}

func cacheStats(c *call) (obj, error) {
	return obj{"caches": []obj{{"name": "accounts", "size": len(c.w.users), "hits": 0, "misses": 0},
		{"name": "pricing", "size": len(c.w.pricings), "hits": 0, "misses": 0}}}, nil
}

func cacheStatus(*call) (obj, error) { return obj{"status": "OK", "synchronized": true}, nil }

func systemStatus(c *call) (obj, error) {
	return obj{"status": "OK", "version": Version, "time": c.w.clock().Format(Layout), "users": len(c.w.users)}, nil
}

func refreshUser(c *call) (obj, error) {
	lang := c.strOr("language", "en")
	return obj{"uid": c.me.uid, "language": lang}, nil
}

func reloadConfiguration(c *call) (obj, error) {
	if err := c.checkReseller(); err != nil {
		return nil, err
	}
	return obj{"note": c.record("the platform configuration was not reloaded")}, nil
}

func sendEmail(c *call) (obj, error) {
	to := c.strOr("email", c.me.email)
	if c.has("timeout") && c.int("timeout") < 0 {
		return nil, fail(CodeInvalidParam, "parameter [timeout] must not be negative")
	}
	return obj{"template": c.str("template"), "email": to,
		"note": c.record(fmt.Sprintf("no e-mail was sent (template %q to %s)", c.str("template"), to))}, nil
}

func validate(c *call, all bool) (obj, error) {
	var problems []obj
	for _, uid := range sortedKeys(c.w.users) {
		u := c.w.users[uid]
		if c.w.groups[u.group] == nil {
			problems = append(problems, obj{"uid": uid, "problem": "unknown group " + u.group})
		}
		if u.status == statusActive && u.balance+u.bonus < 0 {
			problems = append(problems, obj{"uid": uid, "problem": "active account with a negative balance"})
		}
		if !all {
			break
		}
	}
	out := list(problems)
	out["valid"] = len(problems) == 0
	return out, nil
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
		return nil, fail(CodeNotFound, "user %d has no environment [%s]", u.uid, name)
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
		return nil, fail(CodeNotFound, "user %d has no environment [%s]", u.uid, c.str("envName"))
	}
	return obj{"uid": u.uid, "envName": c.str("envName"),
		"note": c.record("billing history dates were not rewritten; the sandbox computes history from the clock")}, nil
}
