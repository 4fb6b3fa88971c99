package sandbox

import (
	"fmt"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func registerOrder() {
	on(billing.GetOrders, getOrders)
	on(billing.OrderEvent, orderEvent)
	on(billing.PayServicePlan, payServicePlan)
	on(billing.GetFraudCheckUrl, func(c *call, _ *billing.GetFraudCheckUrlParams) (obj, error) {
		return portalURL("fraud-check", c.me.uid), nil
	})
	on(billing.GetHistoryUrl, func(c *call, _ *billing.GetHistoryUrlParams) (obj, error) {
		return portalURL("history", c.me.uid), nil
	})
	on(billing.GetUrlSupplyingCookiesForHistoryUrl, func(c *call, _ *billing.GetUrlSupplyingCookiesForHistoryUrlParams) (obj, error) {
		return portalURL("history/cookies", c.me.uid), nil
	})
}

func portalURL(what string, uid int) obj {
	return obj{"url": fmt.Sprintf("https://billing.sandbox.invalid/%s?uid=%d", what, uid),
		"note": "sandbox: the address is illustrative and serves nothing"}
}

// Orders.
func getOrders(c *call, p *billing.GetOrdersParams) (obj, error) {
	st := strings.ToUpper(p.Status)
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

func orderEvent(c *call, p *billing.OrderEventParams) (obj, error) {
	for _, o := range c.w.orders {
		if o.externID != p.ExternOrderID {
			continue
		}
		ev := strings.ToUpper(p.EventType)
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
	return nil, notFound("order", p.ExternOrderID)
}

func payServicePlan(c *call, args *billing.PayServicePlanParams) (obj, error) {
	p, err := c.enabledPlan(args.ServicePlanID)
	if err != nil {
		return nil, err
	}
	m, err := c.w.payMethodFor(c.me.uid, args.PayMethodID)
	if err != nil {
		return nil, err
	}
	if !m.enabled {
		return nil, fail(jelastic.CodeExternalRejected, "pay method %s is disabled; enable it or choose another", m.id)
	}
	o := c.w.buyPlan(c.me, p, m.id, "")
	return obj{"order": o.view(), "balance": money(c.me.balance),
		"note": "sandbox: no payment provider was contacted; the refill was simulated"}, nil
}
