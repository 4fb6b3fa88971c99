package sandbox

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func registerPayMethod() {
	on(billing.EnablePayMethod, enablePayMethod)
	on(billing.GetDefaultPayMethod, defaultPayMethod)
	on(billing.GetPublicToken, publicToken)
	on(billing.GetValidPayTypes, validPayTypes)
	on(billing.RegisterBankCard, registerBankCard)
	on(billing.RegisterPayMethodAndPay, registerPayMethodAndPay)
	on(billing.SetDefaultPayMethod, setDefaultPayMethod)
	on(billing.SetupIntent, setupIntent)
}

var payTypes = []string{"CARD", "PAYPAL", "BANK_TRANSFER"}

func validPayType(t string) bool { return setOf(payTypes...)[strings.ToUpper(t)] }

// payMethodFor finds uid's pay method by id, or uid's default one when id is "".
func (w *world) payMethodFor(uid int, id string) (*payMethod, error) {
	for _, m := range w.payMethods {
		if m.uid == uid && (m.id == id || id == "" && m.isDef) {
			return m, nil
		}
	}
	if id == "" {
		return nil, fail(jelastic.CodeNotFound, "user %d has no default pay method; register one first", uid)
	}
	return nil, notFound("pay method", id)
}

func enablePayMethod(c *call, p *billing.EnablePayMethodParams) (obj, error) {
	m, err := c.w.payMethodFor(c.me.uid, p.PayMethodID)
	if err != nil && c.admin {
		for _, pm := range c.w.payMethods {
			if pm.id == p.PayMethodID {
				m, err = pm, nil
			}
		}
	}
	if err != nil {
		return nil, err
	}
	switch p.Enable {
	case 0:
		m.enabled = false
	case 1:
		m.enabled = true
	default:
		return nil, fail(CodeInvalidParam, "parameter [enable] must be 1 (enable) or 0 (disable), got %d", p.Enable)
	}
	return m.view(), nil
}

func defaultPayMethod(c *call, _ *billing.GetDefaultPayMethodParams) (obj, error) {
	m, err := c.w.payMethodFor(c.me.uid, "")
	if err != nil {
		return nil, err
	}
	return m.view(), nil
}

func publicToken(_ *call, _ *billing.GetPublicTokenParams) (obj, error) {
	return obj{"token": "pk_sandbox_0000000000000000", "note": "sandbox: a placeholder, not a real payment gateway key"}, nil
}

func validPayTypes(_ *call, _ *billing.GetValidPayTypesParams) (obj, error) {
	var items []obj
	for _, t := range payTypes {
		items = append(items, obj{"type": t, "enabled": true})
	}
	return list(items), nil
}

func registerBankCard(c *call, args *billing.RegisterBankCardParams) (obj, error) {
	p, err := c.enabledPlan(args.ServicePlanID)
	if err != nil {
		return nil, err
	}
	num := strings.ReplaceAll(strings.ReplaceAll(args.CardNumber, " ", ""), "-", "")
	if _, err := strconv.ParseUint(num, 10, 64); err != nil || len(num) < 12 || len(num) > 19 {
		return nil, fail(CodeInvalidParam, "parameter [cardNumber] must be 12 to 19 digits")
	}
	if code := args.CardCode; len(code) < 3 || len(code) > 4 {
		return nil, fail(CodeInvalidParam, "parameter [cardCode] must be 3 or 4 digits")
	}
	month, year := args.ExpireMonth, args.ExpireYear
	if year < 100 {
		year += 2000
	}
	if month < 1 || month > 12 {
		return nil, fail(CodeInvalidParam, "parameter [expireMonth] must be 1 to 12, got %d", month)
	}
	now := c.w.clock()
	if year < now.Year() || year == now.Year() && month < int(now.Month()) {
		return nil, fail(jelastic.CodeExternalRejected, "the card expired in %02d/%d", month, year)
	}
	// Only the last four digits are kept, as a payment gateway would.
	m := &payMethod{id: fmt.Sprintf("pm-%d-card-%d", c.me.uid, c.w.id()), uid: c.me.uid, typ: "CARD",
		holder: args.FirstName + " " + args.LastName, last4: num[len(num)-4:], brand: cardBrand(num),
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

func registerPayMethodAndPay(c *call, args *billing.RegisterPayMethodAndPayParams) (obj, error) {
	t := strings.ToUpper(args.PayMethodType)
	if !validPayType(t) {
		return nil, fail(CodeInvalidParam, "parameter [payMethodType]: %s is not a pay type; use one of %s", excerpt(t), strings.Join(payTypes, ", "))
	}
	p, err := c.enabledPlan(args.ServicePlanID)
	if err != nil {
		return nil, err
	}
	m := &payMethod{id: fmt.Sprintf("pm-%d-%s-%d", c.me.uid, strings.ToLower(t), c.w.id()), uid: c.me.uid, typ: t,
		enabled: true, created: c.w.clock()}
	c.w.addPayMethod(m)
	o := c.w.buyPlan(c.me, p, m.id, "")
	out := obj{"payMethod": m.view(), "order": o.view(), "balance": money(c.me.balance),
		"note": "sandbox: no payment provider was contacted; the refill was simulated"}
	if args.AutoServicePlanID != nil {
		ap, err := c.w.plan(val(args.AutoServicePlanID))
		if err != nil {
			return nil, err
		}
		a := &autoPay{id: c.w.id(), uid: c.me.uid, typ: "LEVEL", planID: ap.id, payMethod: m.id,
			minBal: or(args.AutoRefillMinBalance, 10), minPeriod: 24, expires: c.w.clock().AddDate(1, 0, 0), created: c.w.clock()}
		c.w.autoPays[a.id] = a
		out["autoPay"] = a.view()
	}
	return out, nil
}

func setDefaultPayMethod(c *call, p *billing.SetDefaultPayMethodParams) (obj, error) {
	m, err := c.w.payMethodFor(c.me.uid, p.PayMethodID)
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

func setupIntent(c *call, p *billing.SetupIntentParams) (obj, error) {
	t := strings.ToUpper(orText(p.PaymentMethodType, "CARD"))
	if !validPayType(t) {
		return nil, fail(CodeInvalidParam, "parameter [paymentMethodType]: %s is not a pay type; use one of %s", excerpt(t), strings.Join(payTypes, ", "))
	}
	return obj{"clientSecret": fmt.Sprintf("seti_sandbox_%d_secret", c.w.id()), "paymentMethodType": t,
		"note": "sandbox: no payment provider was contacted"}, nil
}
