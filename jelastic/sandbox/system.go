package sandbox

import (
	"fmt"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func init() {
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
}

// Version is what System.GetVersion reports.
const Version = "8.3.2-sandbox"

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
