package sandbox

import (
	"encoding/json"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func registerReseller() {
	on(billing.AddReseller, addReseller)
	on(billing.EditReseller, editReseller)
	on(billing.GetAllResellers, allResellers)
	on(billing.GetResellerByUid, resellerByUID)
	on(billing.RemoveReseller, removeReseller)
	on(billing.SetResellerStatus, setResellerStatus)
	on(billing.GetResellerByAppid, func(c *call, p *billing.GetResellerByAppidParams) (obj, error) {
		return resellerWhere(c, func(r *reseller) bool { return r.appid == p.TargetAppID }, p.TargetAppID)
	})
	on(billing.GetResellerById, func(c *call, p *billing.GetResellerByIdParams) (obj, error) {
		return resellerWhere(c, func(r *reseller) bool { return r.id == p.ID }, p.ID)
	})
	on(billing.GetResellerByOwnerUid, func(c *call, p *billing.GetResellerByOwnerUidParams) (obj, error) {
		return resellerWhere(c, func(r *reseller) bool { return r.ownerUID == p.UID }, p.UID)
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

// jsonObject reads the text parameter name as a JSON object; empty text is an empty object.
func jsonObject(name, text string) (map[string]any, error) {
	if text == "" {
		return map[string]any{}, nil
	}
	m, ok := jsonText(text).(map[string]any)
	if !ok {
		return nil, fail(CodeInvalidParam, "parameter [%s]: expected a JSON object, got %s", name, excerpt(text))
	}
	return m, nil
}

func addReseller(c *call, p *billing.AddResellerParams) (obj, error) {
	rm, ok := jsonText(p.Reseller).(map[string]any)
	name := ""
	if ok {
		name = text(rm["name"])
	} else {
		name, rm = strings.TrimSpace(p.Reseller), map[string]any{}
	}
	if name == "" {
		return nil, fail(CodeMissingParam, "parameter [reseller] needs a \"name\", e.g. {\"name\":\"Acme Cloud\",\"ownerUid\":1005}")
	}
	platform, err := jsonObject("platform", p.Platform)
	if err != nil {
		return nil, err
	}
	settings, err := jsonObject("settings", val(p.Settings))
	if err != nil {
		return nil, err
	}
	r := &reseller{id: c.w.id(), name: name, platform: platform, regions: jsonText(p.Regions), settings: settings,
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

func editReseller(c *call, p *billing.EditResellerParams) (obj, error) {
	rm, ok := jsonText(p.Reseller).(map[string]any)
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
	if val(p.Platform) != "" {
		if r.platform, err = jsonObject("platform", val(p.Platform)); err != nil {
			return nil, err
		}
	}
	if val(p.Regions) != "" {
		r.regions = jsonText(val(p.Regions))
	}
	return r.view(), nil
}

func allResellers(c *call, _ *billing.GetAllResellersParams) (obj, error) {
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

func resellerByUID(c *call, p *billing.GetResellerByUidParams) (obj, error) {
	u, err := c.w.user(p.UID)
	if err != nil {
		return nil, err
	}
	if r := c.w.resellers[u.resellerID]; r != nil {
		return r.view(), nil
	}
	return nil, fail(jelastic.CodeNotFound, "user %d belongs to no reseller", u.uid)
}

func removeReseller(c *call, p *billing.RemoveResellerParams) (obj, error) {
	r := c.w.resellers[p.ID]
	if r == nil {
		return nil, notFound("reseller", p.ID)
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

func setResellerStatus(c *call, p *billing.SetResellerStatusParams) (obj, error) {
	r := c.w.resellers[p.ID]
	if r == nil {
		return nil, notFound("reseller", p.ID)
	}
	st := strings.ToUpper(p.Status)
	if !setOf(resellerStatuses...)[st] {
		return nil, fail(CodeInvalidParam, "parameter [status]: %s is not a reseller status; use one of %s", excerpt(st), strings.Join(resellerStatuses, ", "))
	}
	r.status = st
	return r.view(), nil
}
