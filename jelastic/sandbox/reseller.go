package sandbox

import (
	"encoding/json"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

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
	return nil, fail(jelastic.CodeNotFound, "user %d belongs to no reseller", u.uid)
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
