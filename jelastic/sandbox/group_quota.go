package sandbox

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func registerGroupQuota() {
	on(billing.AddGroup, addGroup)
	on(billing.AddQuota, addQuota)
	on(billing.DeleteGroup, deleteGroup)
	on(billing.EditGroup, editGroup)
	on(billing.EditQuota, editQuota)
	on(billing.GetGroupQuotas, groupQuotas)
	on(billing.GetGroups, getGroups)
	on(billing.GetPricingModels, groupPricingModels)
	on(billing.GroupQuotaGetQuotas, allQuotas)
	on(billing.RemoveGroupQuota, removeGroupQuota)
	on(billing.GroupQuotaRemoveQuota, removeQuota)
	on(billing.SetGroupQuota, setGroupQuota)
	on(billing.SetPricingModels, setPricingModels)
	on(billing.SetWinDomain, setWinDomain)
	on(billing.UnassignHdNodeGroup, unassignHdNodeGroup)
	on(billing.IsDomainBound, func(*call, *billing.IsDomainBoundParams) (obj, error) {
		return obj{"isBound": true, "domain": "sandbox.jelastic.invalid"}, nil
	})
	on(billing.SetCollaborationGroup, func(c *call, p *billing.SetCollaborationGroupParams) (obj, error) {
		return flagGroup(c, p.Name, &c.w.collabGroup)
	})
	on(billing.SetDefaultGroup, func(c *call, p *billing.SetDefaultGroupParams) (obj, error) {
		return flagGroup(c, p.Name, &c.w.defaultGroup)
	})
	on(billing.SetSignupGroup, func(c *call, p *billing.SetSignupGroupParams) (obj, error) {
		return flagGroup(c, p.Name, &c.w.signupGroup)
	})
}

var groupTypes = []string{"TRIAL", "BILLING", "POST"}

func addGroup(c *call, p *billing.AddGroupParams) (obj, error) {
	name := strings.TrimSpace(p.Name)
	if c.w.groups[name] != nil {
		return nil, fail(CodeExists, "group [%s] already exists", name)
	}
	typ := strings.ToUpper(p.Type)
	if !setOf(groupTypes...)[typ] {
		return nil, fail(CodeInvalidParam, "parameter [type]: %s is not a group type; use one of %s", excerpt(typ), strings.Join(groupTypes, ", "))
	}
	g := &group{name: name, typ: typ, description: val(p.Description), domain: val(p.Domain),
		conversionGroup: val(p.ConversionGroup), quotas: map[string]int{}, created: c.w.clock()}
	if src := val(p.SourceGroupName); src != "" {
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

func editGroup(c *call, args *billing.EditGroupParams) (obj, error) {
	g, err := c.w.group(args.Name)
	if err != nil {
		return nil, err
	}
	if cg := val(args.ConversionGroup); cg != "" {
		if c.w.groups[cg] == nil {
			return nil, notFound("conversion group", cg)
		}
		g.conversionGroup = cg
	}
	if args.Description != nil {
		g.description = val(args.Description)
	}
	if nn := strings.TrimSpace(val(args.NewName)); nn != "" && nn != g.name {
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

func deleteGroup(c *call, args *billing.DeleteGroupParams) (obj, error) {
	g, err := c.w.group(args.Name)
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

func getGroups(c *call, _ *billing.GetGroupsParams) (obj, error) {
	var items []obj
	for _, n := range sortedKeys(c.w.groups) {
		items = append(items, c.w.groups[n].view(c.w))
	}
	return list(items), nil
}

func flagGroup(c *call, name string, slot *string) (obj, error) {
	g, err := c.w.group(name)
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

func addQuota(c *call, p *billing.AddQuotaParams) (obj, error) {
	name := strings.TrimSpace(p.Name)
	if c.w.quotas[name] != nil {
		return nil, fail(CodeExists, "quota [%s] already exists", name)
	}
	q := &quota{id: 1, name: name, description: val(p.Description),
		referenceID: val(p.ReferenceID), def: or(p.DefaultValue, 0)}
	for _, o := range c.w.quotas {
		q.id = max(q.id, o.id+1)
	}
	c.w.quotas[name] = q
	if or(p.AssignToGroup, false) {
		for _, g := range c.w.groups {
			g.quotas[name] = q.def
		}
	}
	return q.view(), nil
}

func editQuota(c *call, p *billing.EditQuotaParams) (obj, error) {
	q, err := c.w.quota(p.Name)
	if err != nil {
		return nil, err
	}
	if ref := val(p.ReferenceID); ref != "" && ref != q.referenceID {
		return nil, fail(jelastic.CodeNotFound, "quota [%s] has referenceId %q, not %q", q.name, q.referenceID, ref)
	}
	if p.NewReferenceID != nil {
		q.referenceID = val(p.NewReferenceID)
	}
	if p.Description != nil {
		q.description = val(p.Description)
	}
	return q.view(), nil
}

func removeQuota(c *call, p *billing.GroupQuotaRemoveQuotaParams) (obj, error) {
	q, err := c.w.quota(p.Name)
	if err != nil {
		return nil, err
	}
	if !or(p.Force, false) {
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

func allQuotas(c *call, _ *billing.GroupQuotaGetQuotasParams) (obj, error) {
	var items []obj
	for _, n := range sortedKeys(c.w.quotas) {
		items = append(items, c.w.quotas[n].view())
	}
	return list(items), nil
}

func groupQuotas(c *call, p *billing.GetGroupQuotasParams) (obj, error) {
	g, err := c.w.group(p.Name)
	if err != nil {
		return nil, err
	}
	want := setOf(splitAny(val(p.QuotasNames))...)
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

func setGroupQuota(c *call, p *billing.SetGroupQuotaParams) (obj, error) {
	g, err := c.w.group(p.GroupName)
	if err != nil {
		return nil, err
	}
	q, err := c.w.quota(p.QuotaName)
	if err != nil {
		return nil, err
	}
	g.quotas[q.name] = p.Value
	return obj{"groupName": g.name, "quotaName": q.name, "value": g.quotas[q.name]}, nil
}

func removeGroupQuota(c *call, p *billing.RemoveGroupQuotaParams) (obj, error) {
	g, err := c.w.group(p.GroupName)
	if err != nil {
		return nil, err
	}
	name := p.QuotaName
	if _, ok := g.quotas[name]; !ok {
		return nil, fail(jelastic.CodeNotFound, "group [%s] has no value for quota [%s]", g.name, name)
	}
	delete(g.quotas, name)
	return obj{"groupName": g.name, "quotaName": name, "removed": true}, nil
}

func groupPricingModels(c *call, args *billing.GetPricingModelsParams) (obj, error) {
	g, err := c.w.group(args.GroupName)
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
func setPricingModels(c *call, p *billing.SetPricingModelsParams) (obj, error) {
	g, err := c.w.group(p.GroupName)
	if err != nil {
		return nil, err
	}
	ids, err := pricingIDsOf(p.Data)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if c.w.pricings[id] == nil {
			return nil, notFound("pricing model", id)
		}
	}
	g.pricingIDs = ids
	return groupPricingModels(c, &billing.GetPricingModelsParams{GroupName: g.name})
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

func setWinDomain(c *call, p *billing.SetWinDomainParams) (obj, error) {
	g, err := c.w.group(p.GroupName)
	if err != nil {
		return nil, err
	}
	g.winDomainID = p.WinDomainID
	return g.view(c.w), nil
}

func unassignHdNodeGroup(c *call, p *billing.UnassignHdNodeGroupParams) (obj, error) {
	hd := p.HardwareNodeGroup
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
