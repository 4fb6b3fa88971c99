package sandbox

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

func init() {
	register("PayMethod", map[string]handler{
		"EnablePayMethod":         enablePayMethod,
		"GetDefaultPayMethod":     defaultPayMethod,
		"GetPublicToken":          publicToken,
		"GetValidPayTypes":        validPayTypes,
		"RegisterBankCard":        registerBankCard,
		"RegisterPayMethodAndPay": registerPayMethodAndPay,
		"SetDefaultPayMethod":     setDefaultPayMethod,
		"SetupIntent":             setupIntent,
	})
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
	register("Order", map[string]handler{
		"GetFraudCheckUrl":                    func(c *call) (obj, error) { return portalURL("fraud-check", c.me.uid), nil },
		"GetHistoryUrl":                       func(c *call) (obj, error) { return portalURL("history", c.me.uid), nil },
		"GetUrlSupplyingCookiesForHistoryUrl": func(c *call) (obj, error) { return portalURL("history/cookies", c.me.uid), nil },
		"GetOrders":                           getOrders,
		"OrderEvent":                          orderEvent,
		"PayServicePlan":                      payServicePlan,
	})
}

var payTypes = []string{"CARD", "PAYPAL", "BANK_TRANSFER"}

func validPayType(t string) bool { return setOf(payTypes...)[strings.ToUpper(t)] }

func currencyInfo() obj {
	return obj{"currency": Currency, "code": Currency, "symbol": "$", "name": "US Dollar"}
}

func portalURL(what string, uid int) obj {
	return obj{"url": fmt.Sprintf("https://billing.sandbox.invalid/%s?uid=%d", what, uid),
		"note": "sandbox: the address is illustrative and serves nothing"}
}

// payMethodFor finds uid's pay method by id, or uid's default one when id is "".
func (w *world) payMethodFor(uid int, id string) (*payMethod, error) {
	for _, m := range w.payMethods {
		if m.uid == uid && (m.id == id || id == "" && m.isDef) {
			return m, nil
		}
	}
	if id == "" {
		return nil, fail(CodeNotFound, "user %d has no default pay method; register one first", uid)
	}
	return nil, notFound("pay method", id)
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

func enablePayMethod(c *call) (obj, error) {
	m, err := c.w.payMethodFor(c.me.uid, c.str("payMethodId"))
	if err != nil && c.admin {
		for _, pm := range c.w.payMethods {
			if pm.id == c.str("payMethodId") {
				m, err = pm, nil
			}
		}
	}
	if err != nil {
		return nil, err
	}
	switch c.int("enable") {
	case 0:
		m.enabled = false
	case 1:
		m.enabled = true
	default:
		return nil, fail(CodeInvalidParam, "parameter [enable] must be 1 (enable) or 0 (disable), got %d", c.int("enable"))
	}
	return m.view(), nil
}

func defaultPayMethod(c *call) (obj, error) {
	m, err := c.w.payMethodFor(c.me.uid, "")
	if err != nil {
		return nil, err
	}
	return m.view(), nil
}

func publicToken(*call) (obj, error) {
	return obj{"token": "pk_sandbox_0000000000000000", "note": "sandbox: a placeholder, not a real payment gateway key"}, nil
}

func validPayTypes(*call) (obj, error) {
	var items []obj
	for _, t := range payTypes {
		items = append(items, obj{"type": t, "enabled": true})
	}
	return list(items), nil
}

func registerBankCard(c *call) (obj, error) {
	p, err := c.enabledPlan("servicePlanId")
	if err != nil {
		return nil, err
	}
	num := strings.ReplaceAll(strings.ReplaceAll(c.str("cardNumber"), " ", ""), "-", "")
	if _, err := strconv.ParseUint(num, 10, 64); err != nil || len(num) < 12 || len(num) > 19 {
		return nil, fail(CodeInvalidParam, "parameter [cardNumber] must be 12 to 19 digits")
	}
	if code := c.str("cardCode"); len(code) < 3 || len(code) > 4 {
		return nil, fail(CodeInvalidParam, "parameter [cardCode] must be 3 or 4 digits")
	}
	month, year := c.int("expireMonth"), c.int("expireYear")
	if year < 100 {
		year += 2000
	}
	if month < 1 || month > 12 {
		return nil, fail(CodeInvalidParam, "parameter [expireMonth] must be 1 to 12, got %d", month)
	}
	now := c.w.clock()
	if year < now.Year() || year == now.Year() && month < int(now.Month()) {
		return nil, fail(CodeRejected, "the card expired in %02d/%d", month, year)
	}
	// Only the last four digits are kept, as a payment gateway would.
	m := &payMethod{id: fmt.Sprintf("pm-%d-card-%d", c.me.uid, c.w.id()), uid: c.me.uid, typ: "CARD",
		holder: c.str("firstName") + " " + c.str("lastName"), last4: num[len(num)-4:], brand: cardBrand(num),
		expMonth: month, expYear: year, enabled: true, created: now}
	c.w.addPayMethod(m)
	o := c.w.buyPlan(c.me, p, m.id, "")
	return obj{"payMethod": m.view(), "order": o.view(), "balance": money(c.me.balance),
		"note": "sandbox: the card was not charged; the refill was simulated"}, nil
}

func cardBrand(num string) string {
	switch num[0] {
	case '4':
		return "VISA"
	case '5', '2':
		return "MASTERCARD"
	case '3':
		return "AMEX"
	}
	return "CARD"
}

// addPayMethod stores m; the user's first method becomes the default.
func (w *world) addPayMethod(m *payMethod) {
	if _, err := w.payMethodFor(m.uid, ""); err != nil {
		m.isDef = true
	}
	w.payMethods = append(w.payMethods, m)
}

func registerPayMethodAndPay(c *call) (obj, error) {
	t := strings.ToUpper(c.str("payMethodType"))
	if !validPayType(t) {
		return nil, fail(CodeInvalidParam, "parameter [payMethodType]: %s is not a pay type; use one of %s", excerpt(t), strings.Join(payTypes, ", "))
	}
	p, err := c.enabledPlan("servicePlanId")
	if err != nil {
		return nil, err
	}
	m := &payMethod{id: fmt.Sprintf("pm-%d-%s-%d", c.me.uid, strings.ToLower(t), c.w.id()), uid: c.me.uid, typ: t,
		enabled: true, created: c.w.clock()}
	c.w.addPayMethod(m)
	o := c.w.buyPlan(c.me, p, m.id, "")
	out := obj{"payMethod": m.view(), "order": o.view(), "balance": money(c.me.balance),
		"note": "sandbox: no payment provider was contacted; the refill was simulated"}
	if c.has("autoServicePlanId") {
		ap, err := c.w.plan(c.int("autoServicePlanId"))
		if err != nil {
			return nil, err
		}
		a := &autoPay{id: c.w.id(), uid: c.me.uid, typ: "LEVEL", planID: ap.id, payMethod: m.id,
			minBal: c.intOr("autoRefillMinBalance", 10), minPeriod: 24, expires: c.w.clock().AddDate(1, 0, 0), created: c.w.clock()}
		c.w.autoPays[a.id] = a
		out["autoPay"] = a.view()
	}
	return out, nil
}

func setDefaultPayMethod(c *call) (obj, error) {
	m, err := c.w.payMethodFor(c.me.uid, c.str("payMethodId"))
	if err != nil {
		return nil, err
	}
	for _, o := range c.w.payMethods {
		if o.uid == m.uid {
			o.isDef = o == m
		}
	}
	return m.view(), nil
}

func setupIntent(c *call) (obj, error) {
	t := strings.ToUpper(c.strOr("paymentMethodType", "CARD"))
	if !validPayType(t) {
		return nil, fail(CodeInvalidParam, "parameter [paymentMethodType]: %s is not a pay type; use one of %s", excerpt(t), strings.Join(payTypes, ", "))
	}
	return obj{"clientSecret": fmt.Sprintf("seti_sandbox_%d_secret", c.w.id()), "paymentMethodType": t,
		"note": "sandbox: no payment provider was contacted"}, nil
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

// Orders.

func getOrders(c *call) (obj, error) {
	st := strings.ToUpper(c.str("status"))
	if st != "ALL" && !setOf("APPROVED", "PENDING", "DECLINED")[st] {
		return nil, fail(CodeInvalidParam, "parameter [status]: %s is not an order status; use APPROVED, PENDING, DECLINED or ALL", excerpt(st))
	}
	var items []obj
	for _, o := range c.w.orders {
		if (c.admin || o.uid == c.me.uid) && (st == "ALL" || o.status == st) {
			items = append(items, o.view())
		}
	}
	return list(items), nil
}

func orderEvent(c *call) (obj, error) {
	for _, o := range c.w.orders {
		if o.externID != c.str("externOrderId") {
			continue
		}
		ev := strings.ToUpper(c.str("eventType"))
		switch ev {
		case "APPROVED", "DECLINED", "PENDING":
		default:
			return nil, fail(CodeInvalidParam, "parameter [eventType]: %s is not an order event; use APPROVED, DECLINED or PENDING", excerpt(ev))
		}
		if o.status != "PENDING" && o.status != ev {
			return nil, fail(CodeBadState, "order %s is already %s", o.externID, o.status)
		}
		o.status = ev
		return o.view(), nil
	}
	return nil, notFound("order", c.str("externOrderId"))
}

func payServicePlan(c *call) (obj, error) {
	p, err := c.enabledPlan("servicePlanId")
	if err != nil {
		return nil, err
	}
	m, err := c.w.payMethodFor(c.me.uid, c.str("payMethodId"))
	if err != nil {
		return nil, err
	}
	if !m.enabled {
		return nil, fail(CodeRejected, "pay method %s is disabled; enable it or choose another", m.id)
	}
	o := c.w.buyPlan(c.me, p, m.id, "")
	return obj{"order": o.view(), "balance": money(c.me.balance),
		"note": "sandbox: no payment provider was contacted; the refill was simulated"}, nil
}
