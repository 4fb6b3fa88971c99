package sandbox

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

func init() {
	register("ServicePlan", map[string]handler{
		"CreateLevelAutoPay":        createLevelAutoPay,
		"CreateRegularAutoPay":      createRegularAutoPay,
		"CreateServicePlan":         createServicePlan,
		"DeleteAutoPay":             deleteAutoPay,
		"DeleteServicePlan":         deleteServicePlan,
		"EnableServicePlan":         enableServicePlan,
		"ExtendedCreateServicePlan": extendedCreatePlan,
		"ExtendedGetServicePlans":   func(c *call) (obj, error) { return plansList(c, "", false) },
		"ExtendedServicePlanUpdate": extendedUpdatePlan,
		"GetAutoPayHistory":         autoPayHistory,
		"GetAutoPays":               getAutoPays,
		"GetBoughtServicePlans":     boughtPlans,
		"GetCurrency":               func(*call) (obj, error) { return currencyInfo(), nil },
		"GetFinalCost":              finalCost,
		"GetPayMethodList":          payMethodList,
		"GetPaymentNews":            paymentNews,
		"GetServicePlan":            getServicePlan,
		"GetServicePlanByType":      func(c *call) (obj, error) { return plansList(c, c.str("planType"), !c.admin) },
		"PaymentNewsRead":           paymentNewsRead,
		"SetExternPlanId":           setExternPlanID,
		"UpdateServicePlan":         updateServicePlan,
	})
	register("Pricing", map[string]handler{
		"GetPlatformCurrency": func(*call) (obj, error) { return currencyInfo(), nil },
	})
}

func currencyInfo() obj {
	return obj{"currency": Currency, "code": Currency, "symbol": "$", "name": "US Dollar"}
}

func (w *world) plan(id int) (*servicePlan, error) {
	if p := w.plans[id]; p != nil {
		return p, nil
	}
	return nil, notFound("service plan", id)
}

// buyPlan pays for a refill plan: an approved order and money on the main balance.
func (w *world) buyPlan(u *user, p *servicePlan, pmID, pmType string) *order {
	o := &order{id: w.id(), uid: u.uid, planID: p.id, status: "APPROVED", amount: p.price, payMethod: pmID,
		created: w.clock()}
	if pmID == "" {
		o.payMethod = pmType
	}
	o.externID = fmt.Sprintf("ord-%d", o.id)
	w.orders = append(w.orders, o)
	w.addFund(u, p.price, false, "REFILL", fmt.Sprintf("service plan %q, order %d", p.name, o.id))
	return o
}

func (c *call) enabledPlan(k string) (*servicePlan, error) {
	p, err := c.w.plan(c.int(k))
	if err != nil {
		return nil, err
	}
	if !p.enabled {
		return nil, fail(CodeBadState, "service plan %d (%s) is disabled", p.id, p.name)
	}
	return p, nil
}

// Service plans.
func plansList(c *call, typ string, enabledOnly bool) (obj, error) {
	var items []obj
	for _, id := range sortedKeys(c.w.plans) {
		p := c.w.plans[id]
		if typ != "" && !strings.EqualFold(p.typ, typ) || enabledOnly && !p.enabled {
			continue
		}
		items = append(items, p.view())
	}
	return list(items), nil
}

func getServicePlan(c *call) (obj, error) {
	p, err := c.w.plan(c.int("servicePlanId"))
	if err != nil {
		return nil, err
	}
	return p.view(), nil
}

func planPrice(c *call, k string) (float64, error) {
	x, err := strconv.ParseFloat(strings.TrimSpace(c.str(k)), 64)
	if err != nil || x <= 0 {
		return 0, fail(CodeInvalidParam, "parameter [%s]: %s is not a positive amount", k, excerpt(c.str(k)))
	}
	return x, nil
}

func (w *world) planNameTaken(name string, except int) bool {
	for _, p := range w.plans {
		if p.id != except && strings.EqualFold(p.name, name) {
			return true
		}
	}
	return false
}

func createServicePlan(c *call) (obj, error) {
	name := c.str("name")
	if c.w.planNameTaken(name, 0) {
		return nil, fail(CodeExists, "a service plan named %q already exists", name)
	}
	p := &servicePlan{id: c.w.id(), name: name, description: c.str("description"),
		typ: strings.ToUpper(c.str("servicePlanType")), externID: c.str("externPlanId"), enabled: true}
	c.w.plans[p.id] = p
	return p.view(), nil
}

func extendedCreatePlan(c *call) (obj, error) {
	price, err := planPrice(c, "price")
	if err != nil {
		return nil, err
	}
	name := c.str("label")
	if c.w.planNameTaken(name, 0) {
		return nil, fail(CodeExists, "a service plan named %q already exists", name)
	}
	p := &servicePlan{id: c.w.id(), name: name, description: c.str("description"), typ: strings.ToUpper(c.str("type")),
		externID: c.str("externalPlanId"), price: price, enabled: c.boolOr("enabled", true), byDefault: c.boolOr("byDefault", false)}
	c.w.plans[p.id] = p
	c.w.onlyDefault(p)
	return p.view(), nil
}

func (w *world) onlyDefault(p *servicePlan) {
	if p.byDefault {
		for _, o := range w.plans {
			o.byDefault = o == p
		}
	}
}

func extendedUpdatePlan(c *call) (obj, error) {
	p, err := c.w.plan(c.int("id"))
	if err != nil {
		return nil, err
	}
	price, err := planPrice(c, "price")
	if err != nil {
		return nil, err
	}
	if c.w.planNameTaken(c.str("label"), p.id) {
		return nil, fail(CodeExists, "another service plan is named %q", c.str("label"))
	}
	p.name, p.externID, p.description = c.str("label"), c.str("externalPlanId"), c.str("description")
	p.enabled, p.typ, p.byDefault, p.price = c.boolOr("enabled", p.enabled), strings.ToUpper(c.str("type")), c.boolOr("byDefault", false), price
	c.w.onlyDefault(p)
	return p.view(), nil
}

func updateServicePlan(c *call) (obj, error) {
	p, err := c.w.plan(c.int("servicePlanId"))
	if err != nil {
		return nil, err
	}
	if c.w.planNameTaken(c.str("name"), p.id) {
		return nil, fail(CodeExists, "another service plan is named %q", c.str("name"))
	}
	p.name, p.description, p.externID = c.str("name"), c.str("description"), c.str("externServicePlanId")
	return p.view(), nil
}

func setExternPlanID(c *call) (obj, error) {
	p, err := c.w.plan(c.int("servicePlanId"))
	if err != nil {
		return nil, err
	}
	p.externID = c.str("externalPlanId")
	return p.view(), nil
}

func enableServicePlan(c *call) (obj, error) {
	p, err := c.w.plan(c.int("servicePlanId"))
	if err != nil {
		return nil, err
	}
	switch c.int("enabled") {
	case 0:
		p.enabled = false
	case 1:
		p.enabled = true
	default:
		return nil, fail(CodeInvalidParam, "parameter [enabled] must be 1 or 0, got %d", c.int("enabled"))
	}
	return p.view(), nil
}

func deleteServicePlan(c *call) (obj, error) {
	p, err := c.w.plan(c.int("servicePlanId"))
	if err != nil {
		return nil, err
	}
	for _, a := range c.w.autoPays {
		if a.planID == p.id {
			return nil, fail(CodeBadState, "service plan %d is used by automatic payment %d; delete that first", p.id, a.id)
		}
	}
	delete(c.w.plans, p.id)
	return obj{"id": p.id, "deleted": true}, nil
}

func finalCost(c *call) (obj, error) {
	p, err := c.w.plan(c.int("servicePlanId"))
	if err != nil {
		return nil, err
	}
	return obj{"servicePlanId": p.id, "cost": money(p.price), "tax": 0.0, "finalCost": money(p.price), "currency": Currency}, nil
}

func payMethodList(c *call) (obj, error) {
	var items []obj
	for _, m := range c.w.payMethods {
		if m.uid == c.me.uid {
			items = append(items, m.view())
		}
	}
	return list(items), nil
}

func paymentNews(c *call) (obj, error) {
	var items []obj
	for _, n := range c.w.news {
		if n.uid == c.me.uid {
			items = append(items, obj{"id": n.id, "title": n.title, "isRead": n.read, "createdOn": n.created.Format(Layout)})
		}
	}
	return list(items), nil
}

func paymentNewsRead(c *call) (obj, error) {
	for _, n := range c.w.news {
		if n.id == c.str("id") && n.uid == c.me.uid {
			n.read = true
			return obj{"id": n.id, "isRead": true}, nil
		}
	}
	return nil, notFound("payment news", c.str("id"))
}

func boughtPlans(c *call) (obj, error) {
	var items []obj
	for _, o := range c.w.orders {
		if o.uid == c.me.uid && o.status == "APPROVED" {
			v := o.view()
			if p := c.w.plans[o.planID]; p != nil {
				v["servicePlan"] = p.view()
			}
			items = append(items, v)
		}
	}
	return list(items), nil
}

// Automatic payments.
func (c *call) autoPayArgs() (*servicePlan, *payMethod, time.Time, error) {
	p, err := c.enabledPlan("servicePlanId")
	if err != nil {
		return nil, nil, time.Time{}, err
	}
	m, err := c.w.payMethodFor(c.me.uid, c.str("paymentMethodId"))
	if err != nil {
		return nil, nil, time.Time{}, err
	}
	exp := c.time("expires")
	if !exp.After(c.w.clock()) {
		return nil, nil, time.Time{}, fail(CodeInvalidParam, "parameter [expires] (%s) must be in the future", exp.Format(Layout))
	}
	return p, m, exp, nil
}

func createLevelAutoPay(c *call) (obj, error) {
	p, m, exp, err := c.autoPayArgs()
	if err != nil {
		return nil, err
	}
	if c.int("minBalance") < 0 || c.int("minPeriod") < 1 {
		return nil, fail(CodeInvalidParam, "parameters [minBalance] must be >= 0 and [minPeriod] >= 1 (hours)")
	}
	a := &autoPay{id: c.w.id(), uid: c.me.uid, typ: "LEVEL", planID: p.id, payMethod: m.id, minBal: c.int("minBalance"),
		minPeriod: c.int("minPeriod"), expires: exp, created: c.w.clock()}
	c.w.autoPays[a.id] = a
	return a.view(), nil
}

func createRegularAutoPay(c *call) (obj, error) {
	p, m, exp, err := c.autoPayArgs()
	if err != nil {
		return nil, err
	}
	if n := len(strings.Fields(c.str("cronExpression"))); n < 6 || n > 7 {
		return nil, fail(CodeInvalidParam, "parameter [cronExpression]: %s is not a Quartz cron expression (6 or 7 fields, e.g. 0 0 9 1 * ?)", excerpt(c.str("cronExpression")))
	}
	if _, err := time.LoadLocation(c.str("timeZone")); err != nil {
		return nil, fail(CodeInvalidParam, "parameter [timeZone]: %s is not a time zone (e.g. UTC, Europe/Berlin)", excerpt(c.str("timeZone")))
	}
	a := &autoPay{id: c.w.id(), uid: c.me.uid, typ: "REGULAR", planID: p.id, payMethod: m.id, cron: c.str("cronExpression"),
		timeZone: c.str("timeZone"), expires: exp, created: c.w.clock()}
	c.w.autoPays[a.id] = a
	return a.view(), nil
}

func (c *call) autoPay(k string) (*autoPay, error) {
	a := c.w.autoPays[c.int(k)]
	if a == nil || (!c.admin && a.uid != c.me.uid) {
		return nil, notFound("automatic payment", c.int(k))
	}
	return a, nil
}

func deleteAutoPay(c *call) (obj, error) {
	a, err := c.autoPay("autoPayId")
	if err != nil {
		return nil, err
	}
	delete(c.w.autoPays, a.id)
	return obj{"id": a.id, "deleted": true}, nil
}

func autoPayHistory(c *call) (obj, error) {
	a, err := c.autoPay("autoPayId")
	if err != nil {
		return nil, err
	}
	return list(a.history), nil
}

func getAutoPays(c *call) (obj, error) {
	var items []obj
	for _, id := range sortedKeys(c.w.autoPays) {
		if a := c.w.autoPays[id]; a.uid == c.me.uid {
			items = append(items, a.view())
		}
	}
	return list(items), nil
}
