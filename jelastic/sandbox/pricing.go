package sandbox

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func registerPricing() {
	on(billing.AddPricing, addPricing)
	on(billing.AddResource, addResource)
	on(billing.AddTariff, addTariff)
	on(billing.CheckHostGroupsAllowed, checkHostGroups)
	on(billing.DeletePricing, deletePricing)
	on(billing.DeleteTariff, deleteTariff)
	on(billing.EditPricing, editPricing)
	on(billing.EditResource, editResource)
	on(billing.EditTariff, editTariff)
	on(billing.GetCurrencies, getCurrencies)
	on(billing.GetPricing, getPricing)
	on(billing.GetPricingInner, getPricingInner)
	on(billing.GetResources, getResources)
	on(billing.GetTariffsInner, getTariffsInner)
	on(billing.GetUniqueResourceNames, uniqueResourceNames)
	on(billing.SetTariffs, setTariffs)
	on(billing.ValidateEnvironment, validateEnvironment)
	on(billing.ValidateNode, func(c *call, p *billing.ValidateNodeParams) (obj, error) {
		return validateNode(c, (*billing.ValidateNodeInnerParams)(p))
	})
	on(billing.ValidateNodeInner, validateNode)
	on(billing.AttachTariff, func(c *call, p *billing.AttachTariffParams) (obj, error) {
		return attachTariff(c, p.UniqName, p.TargetAppID, true)
	})
	on(billing.DetachTariff, func(c *call, p *billing.DetachTariffParams) (obj, error) {
		return attachTariff(c, p.UniqName, p.TargetAppID, false)
	})
	on(billing.AttachTariffGrid, func(c *call, p *billing.AttachTariffGridParams) (obj, error) {
		return attachGrid(c, p.ID, p.TariffGridName, true)
	})
	on(billing.DetachTariffGrid, func(c *call, p *billing.DetachTariffGridParams) (obj, error) {
		return attachGrid(c, p.ID, p.TariffGridName, false)
	})
}

func (w *world) tariffView(t *tariff) obj {
	o := obj{}
	for k, v := range t.extra {
		o[k] = v
	}
	for k, v := range (obj{"id": t.id, "uniqName": t.uniqName, "name": t.name, "type": t.typ, "resource": t.resource,
		"grid": t.grid, "currency": Currency}) {
		o[k] = v
	}
	var envs []string
	for _, e := range w.envs {
		for _, n := range e.tariffs {
			if n == t.uniqName {
				envs = append(envs, e.appid)
			}
		}
	}
	o["attachedEnvs"] = envs
	return o
}

func (w *world) pricingView(p *pricing) obj {
	o := obj{}
	for k, v := range p.extra {
		o[k] = v
	}
	var ts []obj
	for _, id := range p.tariffs {
		if t := w.tariffs[id]; t != nil {
			ts = append(ts, w.tariffView(t))
		}
	}
	var groups []string
	for _, n := range sortedKeys(w.groups) {
		for _, id := range w.groups[n].pricingIDs {
			if id == p.id {
				groups = append(groups, n)
			}
		}
	}
	for k, v := range (obj{"id": p.id, "uniqName": p.uniqName, "name": p.name, "tariffIds": p.tariffs,
		"tariffs": ts, "tariffGridNames": p.grids, "groups": groups, "currency": Currency}) {
		o[k] = v
	}
	return o
}

// idList reads comma- or semicolon-separated ids from the text parameter named name.
func idList(name, text string) ([]int, error) {
	var ids []int
	for _, s := range splitAny(strings.Trim(text, "[]")) {
		n, err := strconv.Atoi(s)
		if err != nil {
			return nil, fail(CodeInvalidParam, "parameter [%s]: %s is not an id", name, excerpt(s))
		}
		ids = append(ids, n)
	}
	return ids, nil
}

// tariffIDs reads the tariffIds parameter: ids of existing tariffs.
func (c *call) tariffIDs(text string) ([]int, error) {
	ids, err := idList("tariffIds", text)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if c.w.tariffs[id] == nil {
			return nil, notFound("tariff", id)
		}
	}
	return ids, nil
}

func (w *world) pricingByText(s string) (*pricing, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err == nil {
		if p := w.pricings[n]; p != nil {
			return p, nil
		}
	}
	for _, p := range w.pricings {
		if p.uniqName == s {
			return p, nil
		}
	}
	return nil, notFound("pricing model", s)
}

// splitKnown takes the fields the sandbox models out of a JSON object; the rest is kept as is.
func splitKnown(m map[string]any, known ...string) (map[string]any, map[string]any) {
	got, rest := map[string]any{}, map[string]any{}
	ks := setOf(known...)
	for k, v := range m {
		if ks[k] {
			got[k] = v
		} else {
			rest[k] = v
		}
	}
	return got, rest
}

func text(v any) string {
	if v == nil {
		return ""
	}
	if s, ok := v.(string); ok {
		return s
	}
	return fmt.Sprint(v)
}

func idOf(m map[string]any, what string) (int, error) {
	switch x := m["id"].(type) {
	case float64:
		return int(x), nil
	case string:
		if n, err := strconv.Atoi(x); err == nil {
			return n, nil
		}
	}
	return 0, fail(CodeMissingParam, "the %s object needs its numeric \"id\"", what)
}

func addPricing(c *call, args *billing.AddPricingParams) (obj, error) {
	got, rest := splitKnown(args.Pricing, "id", "name", "uniqName")
	name := text(got["name"])
	if name == "" {
		return nil, fail(CodeMissingParam, "parameter [pricing] needs a \"name\"")
	}
	ids, err := c.tariffIDs(args.TariffIds)
	if err != nil {
		return nil, err
	}
	uniq := text(got["uniqName"])
	if uniq == "" {
		uniq = strings.ToLower(strings.ReplaceAll(name, " ", "-"))
	}
	if _, err := c.w.pricingByText(uniq); err == nil {
		return nil, fail(CodeExists, "pricing model [%s] already exists", uniq)
	}
	p := &pricing{id: c.w.id(), uniqName: uniq, name: name, tariffs: ids, grids: splitAny(val(args.TariffGridNames)), extra: rest}
	c.w.pricings[p.id] = p
	return c.w.pricingView(p), nil
}

func editPricing(c *call, args *billing.EditPricingParams) (obj, error) {
	m := args.Pricing
	id, err := idOf(m, "pricing")
	if err != nil {
		return nil, err
	}
	p := c.w.pricings[id]
	if p == nil {
		return nil, notFound("pricing model", id)
	}
	got, rest := splitKnown(m, "id", "name", "uniqName")
	if n := text(got["name"]); n != "" {
		p.name = n
	}
	if n := text(got["uniqName"]); n != "" {
		p.uniqName = n
	}
	for k, v := range rest {
		p.extra[k] = v
	}
	return c.w.pricingView(p), nil
}

func deletePricing(c *call, args *billing.DeletePricingParams) (obj, error) {
	p, err := c.w.pricingByText(args.ID)
	if err != nil {
		return nil, err
	}
	for _, n := range sortedKeys(c.w.groups) {
		for _, id := range c.w.groups[n].pricingIDs {
			if id == p.id {
				return nil, fail(CodeBadState, "pricing model %d is used by group [%s]; assign it other pricing first", p.id, n)
			}
		}
	}
	delete(c.w.pricings, p.id)
	return obj{"id": p.id, "deleted": true}, nil
}

func setTariffs(c *call, args *billing.SetTariffsParams) (obj, error) {
	p, err := c.w.pricingByText(args.PricingID)
	if err != nil {
		return nil, err
	}
	ids, err := c.tariffIDs(args.TariffIds)
	if err != nil {
		return nil, err
	}
	p.tariffs = ids
	if args.TariffGridNames != nil {
		p.grids = splitAny(val(args.TariffGridNames))
	}
	return c.w.pricingView(p), nil
}

func attachGrid(c *call, pricingID, name string, attach bool) (obj, error) {
	p, err := c.w.pricingByText(pricingID)
	if err != nil {
		return nil, err
	}
	var kept []string
	has := false
	for _, g := range p.grids {
		if g == name {
			has = true
		} else {
			kept = append(kept, g)
		}
	}
	switch {
	case attach && has:
		return nil, fail(CodeExists, "tariff grid [%s] is already attached to pricing model %d", name, p.id)
	case !attach && !has:
		return nil, fail(jelastic.CodeNotFound, "tariff grid [%s] is not attached to pricing model %d", name, p.id)
	case attach:
		p.grids = append(p.grids, name)
	default:
		p.grids = kept
	}
	return c.w.pricingView(p), nil
}

var tariffTypes = []string{"CLOUDLET", "DISK", "TRAFFIC", "IP", "SSL", "OPTION"}

func (c *call) tariffFields(t *tariff, m map[string]any) error {
	got, rest := splitKnown(m, "id", "name", "uniqName", "type", "resource", "grid")
	if n := text(got["name"]); n != "" {
		t.name = n
	}
	if n := text(got["uniqName"]); n != "" {
		t.uniqName = n
	}
	if n := text(got["resource"]); n != "" {
		t.resource = n
	}
	if n := strings.ToUpper(text(got["type"])); n != "" {
		if !setOf(tariffTypes...)[n] {
			return fail(CodeInvalidParam, "tariff type %q is unknown; use one of %s", n, strings.Join(tariffTypes, ", "))
		}
		t.typ = n
	}
	if g, ok := got["grid"]; ok {
		raw, _ := json.Marshal(g)
		var grid []tier
		if err := json.Unmarshal(raw, &grid); err != nil {
			return fail(CodeInvalidParam, "tariff grid must be a list of {\"from\":n,\"price\":x}")
		}
		t.grid = grid
	}
	for k, v := range rest {
		t.extra[k] = v
	}
	return nil
}

func addTariff(c *call, p *billing.AddTariffParams) (obj, error) {
	t := &tariff{id: c.w.id(), typ: "OPTION", extra: map[string]any{}}
	if err := c.tariffFields(t, p.Tariff); err != nil {
		return nil, err
	}
	if t.name == "" {
		return nil, fail(CodeMissingParam, "parameter [tariff] needs a \"name\"")
	}
	if t.uniqName == "" {
		t.uniqName = strings.ToLower(strings.ReplaceAll(t.name, " ", "-"))
	}
	for _, o := range c.w.tariffs {
		if o.uniqName == t.uniqName {
			return nil, fail(CodeExists, "tariff [%s] already exists", t.uniqName)
		}
	}
	if t.grid == nil {
		t.grid = []tier{}
	}
	c.w.tariffs[t.id] = t
	return c.w.tariffView(t), nil
}

func editTariff(c *call, p *billing.EditTariffParams) (obj, error) {
	m := p.Tariff
	id, err := idOf(m, "tariff")
	if err != nil {
		return nil, err
	}
	t := c.w.tariffs[id]
	if t == nil {
		return nil, notFound("tariff", id)
	}
	if err := c.tariffFields(t, m); err != nil {
		return nil, err
	}
	return c.w.tariffView(t), nil
}

func deleteTariff(c *call, args *billing.DeleteTariffParams) (obj, error) {
	id, err := intText("id", args.ID)
	if err != nil {
		return nil, err
	}
	t := c.w.tariffs[id]
	if t == nil {
		return nil, notFound("tariff", id)
	}
	for _, p := range c.w.pricings {
		for _, tid := range p.tariffs {
			if tid == id {
				return nil, fail(CodeBadState, "tariff %d is part of pricing model %d; remove it there first (SetTariffs)", id, p.id)
			}
		}
	}
	delete(c.w.tariffs, id)
	return obj{"id": id, "deleted": true}, nil
}

func attachTariff(c *call, uniqName, appid string, attach bool) (obj, error) {
	var t *tariff
	for _, o := range c.w.tariffs {
		if o.uniqName == uniqName {
			t = o
		}
	}
	if t == nil {
		return nil, notFound("tariff", uniqName)
	}
	var e *env
	for _, o := range c.w.envs {
		if o.appid == appid || o.name == appid {
			e = o
		}
	}
	if e == nil {
		return nil, notFound("environment", appid)
	}
	var kept []string
	has := false
	for _, n := range e.tariffs {
		if n == t.uniqName {
			has = true
		} else {
			kept = append(kept, n)
		}
	}
	switch {
	case attach && has:
		return nil, fail(CodeExists, "tariff [%s] is already attached to %s", t.uniqName, e.name)
	case !attach && !has:
		return nil, fail(jelastic.CodeNotFound, "tariff [%s] is not attached to %s", t.uniqName, e.name)
	case attach:
		e.tariffs = append(e.tariffs, t.uniqName)
	default:
		e.tariffs = kept
	}
	return e.view(), nil
}

// resourceObject reads the resource parameter, a JSON object.
func resourceObject(text string) (map[string]any, error) {
	var m map[string]any
	if err := json.Unmarshal([]byte(text), &m); err != nil || m == nil {
		return nil, fail(CodeInvalidParam, "parameter [resource]: expected a JSON object, e.g. {\"name\":\"GPU\",\"unit\":\"hour\"}, got %s", excerpt(text))
	}
	return m, nil
}

func resourceView(r *resource) obj {
	o := obj{}
	for k, v := range r.extra {
		o[k] = v
	}
	o["id"], o["name"], o["uniqName"], o["unit"] = r.id, r.name, r.uniqName, r.unit
	return o
}

func addResource(c *call, p *billing.AddResourceParams) (obj, error) {
	m, err := resourceObject(p.Resource)
	if err != nil {
		return nil, err
	}
	got, rest := splitKnown(m, "id", "name", "uniqName", "unit")
	r := &resource{id: c.w.id(), name: text(got["name"]), uniqName: text(got["uniqName"]), unit: text(got["unit"]), extra: rest}
	if r.name == "" {
		return nil, fail(CodeMissingParam, "parameter [resource] needs a \"name\"")
	}
	if r.uniqName == "" {
		r.uniqName = strings.ToLower(strings.ReplaceAll(r.name, " ", "."))
	}
	for _, o := range c.w.resources {
		if o.uniqName == r.uniqName {
			return nil, fail(CodeExists, "resource [%s] already exists", r.uniqName)
		}
	}
	c.w.resources[r.id] = r
	return resourceView(r), nil
}

func editResource(c *call, p *billing.EditResourceParams) (obj, error) {
	m, err := resourceObject(p.Resource)
	if err != nil {
		return nil, err
	}
	id, err := idOf(m, "resource")
	if err != nil {
		return nil, err
	}
	r := c.w.resources[id]
	if r == nil {
		return nil, notFound("resource", id)
	}
	got, rest := splitKnown(m, "id", "name", "uniqName", "unit")
	if n := text(got["name"]); n != "" {
		r.name = n
	}
	if n := text(got["uniqName"]); n != "" {
		r.uniqName = n
	}
	if n := text(got["unit"]); n != "" {
		r.unit = n
	}
	for k, v := range rest {
		r.extra[k] = v
	}
	return resourceView(r), nil
}

func getResources(c *call, p *billing.GetResourcesParams) (obj, error) {
	var items []obj
	for _, id := range sortedKeys(c.w.resources) {
		r := c.w.resources[id]
		if p.ID != nil && r.id != val(p.ID) || val(p.Name) != "" && !strings.EqualFold(r.name, val(p.Name)) && r.uniqName != val(p.Name) {
			continue
		}
		items = append(items, resourceView(r))
	}
	return list(items), nil
}

func uniqueResourceNames(c *call, _ *billing.GetUniqueResourceNamesParams) (obj, error) {
	var names []string
	for _, id := range sortedKeys(c.w.resources) {
		names = append(names, c.w.resources[id].uniqName)
	}
	return list(names), nil
}

var currencies = []obj{
	{"code": "USD", "symbol": "$", "name": "US Dollar", "rate": 1.0, "isPlatform": true},
	{"code": "EUR", "symbol": "€", "name": "Euro", "rate": 0.92},
	{"code": "GBP", "symbol": "£", "name": "Pound Sterling", "rate": 0.79},
}

func getCurrencies(c *call, p *billing.GetCurrenciesParams) (obj, error) {
	want := strings.ToUpper(val(p.Currency))
	var items []obj
	for _, cur := range currencies {
		if want == "" || cur["code"] == want {
			items = append(items, cur)
		}
	}
	if want != "" && len(items) == 0 {
		return nil, notFound("currency", want)
	}
	return list(items), nil
}

func getPricing(c *call, args *billing.GetPricingParams) (obj, error) {
	u, err := c.target(or(args.OwnerUID, c.me.uid))
	if err != nil {
		return nil, err
	}
	g, err := c.w.group(u.group)
	if err != nil {
		return nil, err
	}
	var items []obj
	for _, id := range g.pricingIDs {
		if p := c.w.pricings[id]; p != nil {
			items = append(items, c.w.pricingView(p))
		}
	}
	out := list(items)
	out["uid"], out["group"] = u.uid, g.name
	return out, nil
}

// checkReseller refuses a reseller id that names no reseller.
func (c *call) checkReseller(id *int) error {
	if id != nil && c.w.resellers[*id] == nil {
		return notFound("reseller", *id)
	}
	return nil
}

func getPricingInner(c *call, p *billing.GetPricingInnerParams) (obj, error) {
	if err := c.checkReseller(p.ResellerID); err != nil {
		return nil, err
	}
	var items []obj
	for _, id := range sortedKeys(c.w.pricings) {
		items = append(items, c.w.pricingView(c.w.pricings[id]))
	}
	return list(items), nil
}

func getTariffsInner(c *call, args *billing.GetTariffsInnerParams) (obj, error) {
	if err := c.checkReseller(args.ResellerID); err != nil {
		return nil, err
	}
	var only map[int]bool
	if val(args.PricingID) != "" {
		p, err := c.w.pricingByText(val(args.PricingID))
		if err != nil {
			return nil, err
		}
		only = map[int]bool{}
		for _, id := range p.tariffs {
			only[id] = true
		}
	}
	types := setOf(splitAny(strings.ToUpper(val(args.Type)))...)
	var items []obj
	for _, id := range sortedKeys(c.w.tariffs) {
		t := c.w.tariffs[id]
		if only != nil && !only[id] || len(types) > 0 && !types[t.typ] {
			continue
		}
		items = append(items, c.w.tariffView(t))
	}
	return list(items), nil
}

// allowedHD lists the hardware node groups a user's group may use.
func (c *call) allowedHD(uid int) (*user, map[string]bool, error) {
	u, err := c.target(uid)
	if err != nil {
		return nil, nil, err
	}
	g, err := c.w.group(u.group)
	if err != nil {
		return nil, nil, err
	}
	return u, setOf(g.hdGroups...), nil
}

func checkHostGroups(c *call, p *billing.CheckHostGroupsAllowedParams) (obj, error) {
	u, allowed, err := c.allowedHD(or(p.OwnerUID, c.me.uid))
	if err != nil {
		return nil, err
	}
	asked := splitAny(val(p.HardwareNodeGroups))
	if len(asked) == 0 {
		asked = sortedKeys(allowed)
	}
	var items []obj
	for _, h := range asked {
		items = append(items, obj{"hardwareNodeGroup": h, "allowed": allowed[h]})
	}
	out := list(items)
	out["uid"] = u.uid
	return out, nil
}

func validateEnvironment(c *call, p *billing.ValidateEnvironmentParams) (obj, error) {
	u, allowed, err := c.allowedHD(or(p.OwnerUID, c.me.uid))
	if err != nil {
		return nil, err
	}
	hd := p.HardwareNodeGroup
	if !allowed[hd] {
		return nil, fail(CodeBadState, "group [%s] of user %d may not use hardware node group [%s]; allowed: %s", u.group, u.uid, hd, strings.Join(sortedKeys(allowed), ", "))
	}
	envs := 0
	for _, e := range c.w.envs {
		if e.uid == u.uid {
			envs++
		}
	}
	limit := c.w.quotaValue(u, "environment.maxcount")
	if envs >= limit {
		return nil, fail(CodeBadState, "user %d already has %d environments, the limit of the quota environment.maxcount (%d)", u.uid, envs, limit)
	}
	return obj{"valid": true, "uid": u.uid, "hardwareNodeGroup": hd, "environments": envs, "limit": limit}, nil
}

// quotaValue is a user's effective numeric quota.
func (w *world) quotaValue(u *user, name string) int {
	if s, ok := u.quotas[name]; ok {
		if n, err := strconv.Atoi(s); err == nil {
			return n
		}
	}
	if g := w.groups[u.group]; g != nil {
		if v, ok := g.quotas[name]; ok {
			return v
		}
	}
	if q := w.quotas[name]; q != nil {
		return q.def
	}
	return 0
}

func validateNode(c *call, p *billing.ValidateNodeInnerParams) (obj, error) {
	u, allowed, err := c.allowedHD(p.UID)
	if err != nil {
		return nil, err
	}
	hd := p.HardwareNodeGroup
	if !allowed[hd] {
		return nil, fail(CodeBadState, "group [%s] of user %d may not use hardware node group [%s]", u.group, u.uid, hd)
	}
	fixed, flex := p.FixedCloudLets, p.FlexibleCloudLets
	if fixed < 0 || flex < fixed {
		return nil, fail(CodeInvalidParam, "cloudlets must satisfy 0 <= fixedCloudlets <= flexibleCloudlets, got %d and %d", fixed, flex)
	}
	limit := c.w.quotaValue(u, "environment.maxcloudletsperrec")
	if flex > limit {
		return nil, fail(CodeBadState, "a %s node of user %d may scale to at most %d cloudlets (quota environment.maxcloudletsperrec), not %d", p.NodeType, u.uid, limit, flex)
	}
	hourly := float64(fixed)*priceFixedCloudlet + float64(flex-fixed)*priceFlexibleCloudlet
	return obj{"valid": true, "uid": u.uid, "nodeType": p.NodeType, "maxCloudlets": limit,
		"minHourlyCost": round6(float64(fixed) * priceFixedCloudlet), "maxHourlyCost": round6(hourly), "currency": Currency}, nil
}
