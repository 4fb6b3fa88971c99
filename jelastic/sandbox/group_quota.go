package sandbox

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

func init() {
	register("GroupQuota", map[string]handler{
		"AddGroup":              addGroup,
		"AddQuota":              addQuota,
		"DeleteGroup":           deleteGroup,
		"EditGroup":             editGroup,
		"EditQuota":             editQuota,
		"GetGroupQuotas":        groupQuotas,
		"GetGroups":             getGroups,
		"GetPricingModels":      groupPricingModels,
		"GetQuotas":             allQuotas,
		"IsDomainBound":         func(*call) (obj, error) { return obj{"isBound": true, "domain": "sandbox.jelastic.invalid"}, nil },
		"RemoveGroupQuota":      removeGroupQuota,
		"RemoveQuota":           removeQuota,
		"SetCollaborationGroup": func(c *call) (obj, error) { return flagGroup(c, &c.w.collabGroup) },
		"SetDefaultGroup":       func(c *call) (obj, error) { return flagGroup(c, &c.w.defaultGroup) },
		"SetSignupGroup":        func(c *call) (obj, error) { return flagGroup(c, &c.w.signupGroup) },
		"SetGroupQuota":         setGroupQuota,
		"SetPricingModels":      setPricingModels,
		"SetWinDomain":          setWinDomain,
		"UnassignHdNodeGroup":   unassignHdNodeGroup,
	})
}

var groupTypes = []string{"TRIAL", "BILLING", "POST"}

func addGroup(c *call) (obj, error) {
	name := strings.TrimSpace(c.str("name"))
	if c.w.groups[name] != nil {
		return nil, fail(CodeExists, "group [%s] already exists", name)
	}
	typ := strings.ToUpper(c.str("type"))
	if !setOf(groupTypes...)[typ] {
		return nil, fail(CodeInvalidParam, "parameter [type]: %s is not a group type; use one of %s", excerpt(typ), strings.Join(groupTypes, ", "))
	}
	g := &group{name: name, typ: typ, description: c.str("description"), domain: c.str("domain"),
		conversionGroup: c.str("conversionGroup"), quotas: map[string]int{}, created: c.w.clock()}
	if src := c.str("sourceGroupName"); src != "" {
		s, err := c.w.group(src)
		if err != nil {
			return nil, err
		}
		for k, v := range s.quotas {
			g.quotas[k] = v
		}
		g.pricingIDs = append([]int(nil), s.pricingIDs...)
		g.hdGroups = append([]string(nil), s.hdGroups...)
	}
	if g.conversionGroup != "" && c.w.groups[g.conversionGroup] == nil {
		return nil, notFound("conversion group", g.conversionGroup)
	}
	c.w.groups[name] = g
	return g.view(c.w), nil
}

func editGroup(c *call) (obj, error) {
	g, err := c.w.group(c.str("name"))
	if err != nil {
		return nil, err
	}
	if cg := c.str("conversionGroup"); cg != "" {
		if c.w.groups[cg] == nil {
			return nil, notFound("conversion group", cg)
		}
		g.conversionGroup = cg
	}
	if c.has("description") {
		g.description = c.str("description")
	}
	if nn := strings.TrimSpace(c.str("newName")); nn != "" && nn != g.name {
		if c.w.groups[nn] != nil {
			return nil, fail(CodeExists, "group [%s] already exists", nn)
		}
		old := g.name
		delete(c.w.groups, old)
		g.name = nn
		c.w.groups[nn] = g
		for _, u := range c.w.users {
			if u.group == old {
				u.group = nn
			}
		}
		for _, p := range []*string{&c.w.defaultGroup, &c.w.signupGroup, &c.w.collabGroup} {
			if *p == old {
				*p = nn
			}
		}
		for _, o := range c.w.groups {
			if o.conversionGroup == old {
				o.conversionGroup = nn
			}
		}
	}
	return g.view(c.w), nil
}

func deleteGroup(c *call) (obj, error) {
	g, err := c.w.group(c.str("name"))
	if err != nil {
		return nil, err
	}
	for _, p := range []string{c.w.defaultGroup, c.w.signupGroup, c.w.collabGroup} {
		if p == g.name {
			return nil, fail(CodeBadState, "group [%s] is the default, signup or collaboration group; choose another first", g.name)
		}
	}
	for _, uid := range sortedKeys(c.w.users) {
		if c.w.users[uid].group == g.name {
			return nil, fail(CodeBadState, "group [%s] still has users (e.g. %d); move them first", g.name, uid)
		}
	}
	delete(c.w.groups, g.name)
	return obj{"name": g.name, "deleted": true}, nil
}

func getGroups(c *call) (obj, error) {
	var items []obj
	for _, n := range sortedKeys(c.w.groups) {
		items = append(items, c.w.groups[n].view(c.w))
	}
	return list(items), nil
}

func flagGroup(c *call, slot *string) (obj, error) {
	g, err := c.w.group(c.str("name"))
	if err != nil {
		return nil, err
	}
	*slot = g.name
	return g.view(c.w), nil
}

func (w *world) quota(name string) (*quota, error) {
	if q := w.quotas[name]; q != nil {
		return q, nil
	}
	return nil, notFound("quota", name)
}

func addQuota(c *call) (obj, error) {
	name := strings.TrimSpace(c.str("name"))
	if c.w.quotas[name] != nil {
		return nil, fail(CodeExists, "quota [%s] already exists", name)
	}
	q := &quota{id: 1, name: name, description: c.str("description"),
		referenceID: c.str("referenceId"), def: c.intOr("defaultValue", 0)}
	for _, o := range c.w.quotas {
		q.id = max(q.id, o.id+1)
	}
	c.w.quotas[name] = q
	if c.boolOr("assignToGroup", false) {
		for _, g := range c.w.groups {
			g.quotas[name] = q.def
		}
	}
	return q.view(), nil
}

func editQuota(c *call) (obj, error) {
	q, err := c.w.quota(c.str("name"))
	if err != nil {
		return nil, err
	}
	if ref := c.str("referenceId"); ref != "" && ref != q.referenceID {
		return nil, fail(jelastic.CodeNotFound, "quota [%s] has referenceId %q, not %q", q.name, q.referenceID, ref)
	}
	if c.has("newReferenceId") {
		q.referenceID = c.str("newReferenceId")
	}
	if c.has("description") {
		q.description = c.str("description")
	}
	return q.view(), nil
}

func removeQuota(c *call) (obj, error) {
	q, err := c.w.quota(c.str("name"))
	if err != nil {
		return nil, err
	}
	if !c.boolOr("force", false) {
		for _, n := range sortedKeys(c.w.groups) {
			if _, ok := c.w.groups[n].quotas[q.name]; ok {
				return nil, fail(CodeBadState, "quota [%s] is set in group [%s]; pass force=true to remove it everywhere", q.name, n)
			}
		}
	}
	for _, g := range c.w.groups {
		delete(g.quotas, q.name)
	}
	for _, u := range c.w.users {
		delete(u.quotas, q.name)
	}
	delete(c.w.quotas, q.name)
	return obj{"name": q.name, "deleted": true}, nil
}

func allQuotas(c *call) (obj, error) {
	var items []obj
	for _, n := range sortedKeys(c.w.quotas) {
		items = append(items, c.w.quotas[n].view())
	}
	return list(items), nil
}

func groupQuotas(c *call) (obj, error) {
	g, err := c.w.group(c.str("name"))
	if err != nil {
		return nil, err
	}
	want := setOf(splitAny(c.str("quotasnames"))...)
	var items []obj
	for _, n := range sortedKeys(g.quotas) {
		if len(want) > 0 && !want[n] {
			continue
		}
		item := obj{"name": n, "value": g.quotas[n]}
		if q := c.w.quotas[n]; q != nil {
			item["quota"] = q.view()
		}
		items = append(items, item)
	}
	return list(items), nil
}

func setGroupQuota(c *call) (obj, error) {
	g, err := c.w.group(c.str("groupName"))
	if err != nil {
		return nil, err
	}
	q, err := c.w.quota(c.str("quotaName"))
	if err != nil {
		return nil, err
	}
	g.quotas[q.name] = c.int("value")
	return obj{"groupName": g.name, "quotaName": q.name, "value": g.quotas[q.name]}, nil
}

func removeGroupQuota(c *call) (obj, error) {
	g, err := c.w.group(c.str("groupName"))
	if err != nil {
		return nil, err
	}
	name := c.str("quotaName")
	if _, ok := g.quotas[name]; !ok {
		return nil, fail(jelastic.CodeNotFound, "group [%s] has no value for quota [%s]", g.name, name)
	}
	delete(g.quotas, name)
	return obj{"groupName": g.name, "quotaName": name, "removed": true}, nil
}

func groupPricingModels(c *call) (obj, error) {
	g, err := c.w.group(c.str("groupName"))
	if err != nil {
		return nil, err
	}
	var items []obj
	for _, id := range g.pricingIDs {
		if p := c.w.pricings[id]; p != nil {
			items = append(items, c.w.pricingView(p))
		}
	}
	return list(items), nil
}

// setPricingModels takes the group's pricing models as JSON: a list of ids, a list of
// objects with "id" (as GetPricingModels shows them), or comma-separated ids.
func setPricingModels(c *call) (obj, error) {
	g, err := c.w.group(c.str("groupName"))
	if err != nil {
		return nil, err
	}
	ids, err := pricingIDsOf(c.str("data"))
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if c.w.pricings[id] == nil {
			return nil, notFound("pricing model", id)
		}
	}
	g.pricingIDs = ids
	return groupPricingModels(&call{w: c.w, m: c.m, me: c.me, admin: c.admin, args: map[string]any{"groupName": g.name}})
}

func pricingIDsOf(data string) ([]int, error) {
	bad := fail(CodeInvalidParam, "parameter [data]: expected pricing models as JSON, e.g. [1,2] or [{\"id\":1}], got %s", excerpt(data))
	var raw any
	if err := json.Unmarshal([]byte(data), &raw); err != nil {
		var ids []int
		for _, s := range splitAny(data) {
			n, err := strconv.Atoi(s)
			if err != nil {
				return nil, bad
			}
			ids = append(ids, n)
		}
		return ids, nil
	}
	if m, ok := raw.(map[string]any); ok {
		raw = []any{m}
	}
	arr, ok := raw.([]any)
	if !ok {
		return nil, bad
	}
	var ids []int
	for _, v := range arr {
		if m, ok := v.(map[string]any); ok {
			v = m["id"]
		}
		x, ok := v.(float64)
		if !ok {
			return nil, bad
		}
		ids = append(ids, int(x))
	}
	return ids, nil
}

func setWinDomain(c *call) (obj, error) {
	g, err := c.w.group(c.str("groupName"))
	if err != nil {
		return nil, err
	}
	g.winDomainID = c.int("winDomainId")
	return g.view(c.w), nil
}

func unassignHdNodeGroup(c *call) (obj, error) {
	hd := c.str("hardwareNodeGroup")
	var touched []string
	for _, n := range sortedKeys(c.w.groups) {
		g := c.w.groups[n]
		kept := g.hdGroups[:0]
		for _, h := range g.hdGroups {
			if h == hd {
				touched = append(touched, n)
			} else {
				kept = append(kept, h)
			}
		}
		g.hdGroups = kept
	}
	if len(touched) == 0 {
		return nil, fail(jelastic.CodeNotFound, "hardware node group [%s] is assigned to no user group", hd)
	}
	return obj{"hardwareNodeGroup": hd, "groups": touched}, nil
}
