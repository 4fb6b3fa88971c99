package sandbox

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func registerServicePlan() {
	on(billing.CreateLevelAutoPay, createLevelAutoPay)
	on(billing.CreateRegularAutoPay, createRegularAutoPay)
	on(billing.CreateServicePlan, createServicePlan)
	on(billing.DeleteAutoPay, deleteAutoPay)
	on(billing.DeleteServicePlan, deleteServicePlan)
	on(billing.EnableServicePlan, enableServicePlan)
	on(billing.ExtendedCreateServicePlan, extendedCreatePlan)
	on(billing.ExtendedServicePlanUpdate, extendedUpdatePlan)
	on(billing.GetAutoPayHistory, autoPayHistory)
	on(billing.GetAutoPays, getAutoPays)
	on(billing.GetBoughtServicePlans, boughtPlans)
	on(billing.GetFinalCost, finalCost)
	on(billing.GetPayMethodList, payMethodList)
	on(billing.GetPaymentNews, paymentNews)
	on(billing.GetServicePlan, getServicePlan)
	on(billing.PaymentNewsRead, paymentNewsRead)
	on(billing.SetExternPlanId, setExternPlanID)
	on(billing.UpdateServicePlan, updateServicePlan)
	on(billing.ExtendedGetServicePlans, func(c *call, _ *billing.ExtendedGetServicePlansParams) (obj, error) {
		return plansList(c, "", false)
	})
	on(billing.GetCurrency, func(*call, *billing.GetCurrencyParams) (obj, error) { return currencyInfo(), nil })
	on(billing.GetServicePlanByType, func(c *call, p *billing.GetServicePlanByTypeParams) (obj, error) {
		return plansList(c, val(p.PlanType), !c.admin)
	})
	on(billing.GetPlatformCurrency, func(*call, *billing.GetPlatformCurrencyParams) (obj, error) { return currencyInfo(), nil })
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
	w.addFund(u, p.price, false, "FUND", fmt.Sprintf("service plan %q, order %d", p.name, o.id))
	return o
}

func (c *call) enabledPlan(id int) (*servicePlan, error) {
	p, err := c.w.plan(id)
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

func getServicePlan(c *call, args *billing.GetServicePlanParams) (obj, error) {
	p, err := c.w.plan(args.ServicePlanID)
	if err != nil {
		return nil, err
	}
	return p.view(), nil
}

func planPrice(price string) (float64, error) {
	x, err := strconv.ParseFloat(strings.TrimSpace(price), 64)
	if err != nil || x <= 0 {
		return 0, fail(CodeInvalidParam, "parameter [price]: %s is not a positive amount", excerpt(price))
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

func createServicePlan(c *call, args *billing.CreateServicePlanParams) (obj, error) {
	name := args.Name
	if c.w.planNameTaken(name, 0) {
		return nil, fail(CodeExists, "a service plan named %q already exists", name)
	}
	p := &servicePlan{id: c.w.id(), name: name, description: args.Description,
		typ: strings.ToUpper(args.ServicePlanType), externID: args.ExternPlanID, enabled: true}
	c.w.plans[p.id] = p
	return p.view(), nil
}

func extendedCreatePlan(c *call, args *billing.ExtendedCreateServicePlanParams) (obj, error) {
	price, err := planPrice(args.Price)
	if err != nil {
		return nil, err
	}
	name := args.Label
	if c.w.planNameTaken(name, 0) {
		return nil, fail(CodeExists, "a service plan named %q already exists", name)
	}
	p := &servicePlan{id: c.w.id(), name: name, description: args.Description, typ: strings.ToUpper(args.Type),
		externID: args.ExternalPlanID, price: price, enabled: args.Enabled, byDefault: args.ByDefault}
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

func extendedUpdatePlan(c *call, args *billing.ExtendedServicePlanUpdateParams) (obj, error) {
	p, err := c.w.plan(args.ID)
	if err != nil {
		return nil, err
	}
	price, err := planPrice(args.Price)
	if err != nil {
		return nil, err
	}
	if c.w.planNameTaken(args.Label, p.id) {
		return nil, fail(CodeExists, "another service plan is named %q", args.Label)
	}
	p.name, p.externID, p.description = args.Label, args.ExternalPlanID, args.Description
	p.enabled, p.typ, p.byDefault, p.price = args.Enabled, strings.ToUpper(args.Type), args.ByDefault, price
	c.w.onlyDefault(p)
	return p.view(), nil
}

func updateServicePlan(c *call, args *billing.UpdateServicePlanParams) (obj, error) {
	p, err := c.w.plan(args.ServicePlanID)
	if err != nil {
		return nil, err
	}
	if c.w.planNameTaken(args.Name, p.id) {
		return nil, fail(CodeExists, "another service plan is named %q", args.Name)
	}
	p.name, p.description, p.externID = args.Name, args.Description, args.ExternServicePlanID
	return p.view(), nil
}

func setExternPlanID(c *call, args *billing.SetExternPlanIdParams) (obj, error) {
	p, err := c.w.plan(args.ServicePlanID)
	if err != nil {
		return nil, err
	}
	p.externID = args.ExternalPlanID
	return p.view(), nil
}

func enableServicePlan(c *call, args *billing.EnableServicePlanParams) (obj, error) {
	p, err := c.w.plan(args.ServicePlanID)
	if err != nil {
		return nil, err
	}
	switch args.Enabled {
	case 0:
		p.enabled = false
	case 1:
		p.enabled = true
	default:
		return nil, fail(CodeInvalidParam, "parameter [enabled] must be 1 or 0, got %d", args.Enabled)
	}
	return p.view(), nil
}

func deleteServicePlan(c *call, args *billing.DeleteServicePlanParams) (obj, error) {
	p, err := c.w.plan(args.ServicePlanID)
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

func finalCost(c *call, args *billing.GetFinalCostParams) (obj, error) {
	p, err := c.w.plan(args.ServicePlanID)
	if err != nil {
		return nil, err
	}
	return obj{"servicePlanId": p.id, "cost": money(p.price), "tax": 0.0, "finalCost": money(p.price), "currency": Currency}, nil
}

func payMethodList(c *call, _ *billing.GetPayMethodListParams) (obj, error) {
	var items []obj
	for _, m := range c.w.payMethods {
		if m.uid == c.me.uid {
			items = append(items, m.view())
		}
	}
	return list(items), nil
}

func paymentNews(c *call, _ *billing.GetPaymentNewsParams) (obj, error) {
	var items []obj
	for _, n := range c.w.news {
		if n.uid == c.me.uid {
			items = append(items, obj{"id": n.id, "title": n.title, "isRead": n.read, "createdOn": n.created.Format(Layout)})
		}
	}
	return list(items), nil
}

func paymentNewsRead(c *call, p *billing.PaymentNewsReadParams) (obj, error) {
	for _, n := range c.w.news {
		if n.id == p.ID && n.uid == c.me.uid {
			n.read = true
			return obj{"id": n.id, "isRead": true}, nil
		}
	}
	return nil, notFound("payment news", p.ID)
}

func boughtPlans(c *call, _ *billing.GetBoughtServicePlansParams) (obj, error) {
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
func (c *call) autoPayArgs(planID int, payMethodID string, expires jelastic.Time) (*servicePlan, *payMethod, time.Time, error) {
	p, err := c.enabledPlan(planID)
	if err != nil {
		return nil, nil, time.Time{}, err
	}
	m, err := c.w.payMethodFor(c.me.uid, payMethodID)
	if err != nil {
		return nil, nil, time.Time{}, err
	}
	exp := expires.Time
	if !exp.After(c.w.clock()) {
		return nil, nil, time.Time{}, fail(CodeInvalidParam, "parameter [expires] (%s) must be in the future", exp.Format(Layout))
	}
	return p, m, exp, nil
}

func createLevelAutoPay(c *call, args *billing.CreateLevelAutoPayParams) (obj, error) {
	p, m, exp, err := c.autoPayArgs(args.ServicePlanID, args.PaymentMethodID, args.Expires)
	if err != nil {
		return nil, err
	}
	if args.MinBalance < 0 || args.MinPeriod < 1 {
		return nil, fail(CodeInvalidParam, "parameters [minBalance] must be >= 0 and [minPeriod] >= 1 (hours)")
	}
	a := &autoPay{id: c.w.id(), uid: c.me.uid, typ: "LEVEL", planID: p.id, payMethod: m.id, minBal: args.MinBalance,
		minPeriod: args.MinPeriod, expires: exp, created: c.w.clock()}
	c.w.autoPays[a.id] = a
	return a.view(), nil
}

func createRegularAutoPay(c *call, args *billing.CreateRegularAutoPayParams) (obj, error) {
	p, m, exp, err := c.autoPayArgs(args.ServicePlanID, args.PaymentMethodID, args.Expires)
	if err != nil {
		return nil, err
	}
	if n := len(strings.Fields(args.CronExpression)); n < 6 || n > 7 {
		return nil, fail(CodeInvalidParam, "parameter [cronExpression]: %s is not a Quartz cron expression (6 or 7 fields, e.g. 0 0 9 1 * ?)", excerpt(args.CronExpression))
	}
	if _, err := time.LoadLocation(args.TimeZone); err != nil {
		return nil, fail(CodeInvalidParam, "parameter [timeZone]: %s is not a time zone (e.g. UTC, Europe/Berlin)", excerpt(args.TimeZone))
	}
	a := &autoPay{id: c.w.id(), uid: c.me.uid, typ: "REGULAR", planID: p.id, payMethod: m.id, cron: args.CronExpression,
		timeZone: args.TimeZone, expires: exp, created: c.w.clock()}
	c.w.autoPays[a.id] = a
	return a.view(), nil
}

func (c *call) autoPay(id int) (*autoPay, error) {
	a := c.w.autoPays[id]
	if a == nil || (!c.admin && a.uid != c.me.uid) {
		return nil, notFound("automatic payment", id)
	}
	return a, nil
}

func deleteAutoPay(c *call, p *billing.DeleteAutoPayParams) (obj, error) {
	a, err := c.autoPay(p.AutoPayID)
	if err != nil {
		return nil, err
	}
	delete(c.w.autoPays, a.id)
	return obj{"id": a.id, "deleted": true}, nil
}

func autoPayHistory(c *call, p *billing.GetAutoPayHistoryParams) (obj, error) {
	a, err := c.autoPay(p.AutoPayID)
	if err != nil {
		return nil, err
	}
	return list(a.history), nil
}

func getAutoPays(c *call, _ *billing.GetAutoPaysParams) (obj, error) {
	var items []obj
	for _, id := range sortedKeys(c.w.autoPays) {
		if a := c.w.autoPays[id]; a.uid == c.me.uid {
			items = append(items, a.view())
		}
	}
	return list(items), nil
}
