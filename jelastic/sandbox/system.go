package sandbox

import (
	"fmt"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func registerSystem() {
	on(billing.CleanCheckRequestCache, cleanCache)
	on(billing.SystemEvent, systemEvent)
	on(billing.GetAPIDescriptions, apiDescriptions)
	on(billing.GetCacheStats, cacheStats)
	on(billing.GetCacheStatus, func(*call, *billing.GetCacheStatusParams) (obj, error) { return cacheStatus(), nil })
	on(billing.GetInstanceCacheStatus, func(*call, *billing.GetInstanceCacheStatusParams) (obj, error) { return cacheStatus(), nil })
	on(billing.GetStatus, systemStatus)
	on(billing.RefreshUser, refreshUser)
	on(billing.ReloadConfiguration, reloadConfiguration)
	on(billing.SendEmail, sendEmail)
	on(billing.GetAutoPercent, func(*call, *billing.GetAutoPercentParams) (obj, error) {
		return obj{"percent": 10, "note": "automatic refill adds 10% above the minimum"}, nil
	})
	on(billing.GetVersion, func(*call, *billing.GetVersionParams) (obj, error) {
		return obj{"version": Version, "build": "sandbox"}, nil
	})
	on(billing.RefreshEmailTemplates, func(c *call, _ *billing.RefreshEmailTemplatesParams) (obj, error) {
		return obj{"note": c.record("e-mail templates were not reloaded")}, nil
	})
	on(billing.Validate, func(c *call, _ *billing.ValidateParams) (obj, error) { return validate(c, false) })
	on(billing.ValidateAll, func(c *call, _ *billing.ValidateAllParams) (obj, error) { return validate(c, true) })
}

// Version is what System.GetVersion reports.
const Version = "8.3.2-sandbox"

// System.
func cleanCache(c *call, p *billing.CleanCheckRequestCacheParams) (obj, error) {
	if p.UID != nil {
		if _, err := c.w.user(val(p.UID)); err != nil {
			return nil, err
		}
	}
	return obj{"cleaned": true, "localOnly": or(p.LocalOnly, false),
		"note": c.record("the request-check cache was marked clean; the sandbox keeps none")}, nil
}

func systemEvent(c *call, p *billing.SystemEventParams) (obj, error) {
	return obj{"topic": p.Topic, "note": c.record(fmt.Sprintf("event on topic %q was not published to any listener", p.Topic))}, nil
}

func apiDescriptions(c *call, p *billing.GetAPIDescriptionsParams) (obj, error) {
	var items []obj
	for _, m := range billing.Methods() {
		if or(p.IsPublicOnly, false) && adminOnly(m) {
			continue
		}
		items = append(items, obj{"service": m.Service, "method": m.Name, "path": "/1.0/" + m.Path,
			"description": m.Summary, "permission": m.Permission()})
	}
	return list(items), nil
}

func cacheStats(c *call, _ *billing.GetCacheStatsParams) (obj, error) {
	return obj{"caches": []obj{{"name": "accounts", "size": len(c.w.users), "hits": 0, "misses": 0},
		{"name": "pricing", "size": len(c.w.pricings), "hits": 0, "misses": 0}}}, nil
}

func cacheStatus() obj { return obj{"status": "OK", "synchronized": true} }

func systemStatus(c *call, _ *billing.GetStatusParams) (obj, error) {
	return obj{"status": "OK", "version": Version, "time": c.w.clock().Format(Layout), "users": len(c.w.users)}, nil
}

func refreshUser(c *call, p *billing.RefreshUserParams) (obj, error) {
	lang := orText(p.Language, "en")
	return obj{"uid": c.me.uid, "language": lang}, nil
}

func reloadConfiguration(c *call, p *billing.ReloadConfigurationParams) (obj, error) {
	if err := c.checkReseller(p.ResellerID); err != nil {
		return nil, err
	}
	return obj{"note": c.record("the platform configuration was not reloaded")}, nil
}

func sendEmail(c *call, p *billing.SendEmailParams) (obj, error) {
	to := orText(p.Email, c.me.email)
	if p.Timeout != nil && val(p.Timeout) < 0 {
		return nil, fail(CodeInvalidParam, "parameter [timeout] must not be negative")
	}
	return obj{"template": p.Template, "email": to,
		"note": c.record(fmt.Sprintf("no e-mail was sent (template %q to %s)", p.Template, to))}, nil
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
