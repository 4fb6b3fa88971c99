package sandbox

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func registerSubscription() {
	on(billing.Cancel, cancelSubscription)
	on(billing.CloneProduct, cloneProduct)
	on(billing.DiscardUpdateSubscription, discardUpdate)
	on(billing.GetCategories, getCategories)
	on(billing.GetProducts, getProducts)
	on(billing.GetRestrictedHardNodeGroups, restrictedHardNodeGroups)
	on(billing.GetServicePlans, subscriptionPlans)
	on(billing.GetSubscriptions, getSubscriptions)
	on(billing.InstallProduct, installProduct)
	on(billing.MoveProduct, moveProduct)
	on(billing.SetAutopay, setAutopay)
	on(billing.Subscribe, subscribe)
	on(billing.UndoCancel, undoCancel)
	on(billing.UninstallProduct, uninstallProduct)
	on(billing.UpcomingInvoice, upcomingInvoice)
	on(billing.UpdateSubscription, updateSubscription)
}

func (c *call) subscription(id int) (*subscription, error) {
	s := c.w.subs[id]
	if s == nil || (!c.admin && s.uid != c.me.uid) {
		return nil, notFound("subscription", id)
	}
	return s, nil
}

func (s *subscription) item(id int) (*subItem, error) {
	for _, it := range s.items {
		if it.id == id {
			return it, nil
		}
	}
	return nil, fail(jelastic.CodeNotFound, "subscription %d has no item [%d]", s.id, id)
}

// checkPassphrase: destructive subscription changes need the account's confirmation phrase;
// the sandbox takes any non-empty one and never stores or echoes it.
func (c *call) checkPassphrase(required bool, passphrase string) error {
	if required && passphrase == "" {
		return fail(CodeMissingParam, "parameter [passphrase] is required to confirm this change")
	}
	return nil
}

func (c *call) activeSubscription(id int) (*subscription, error) {
	s, err := c.subscription(id)
	if err != nil {
		return nil, err
	}
	if s.status != "ACTIVE" {
		return nil, fail(CodeBadState, "subscription %d is %s", s.id, s.status)
	}
	return s, nil
}

func cancelSubscription(c *call, p *billing.CancelParams) (obj, error) {
	if err := c.checkPassphrase(false, val(p.Passphrase)); err != nil {
		return nil, err
	}
	s, err := c.activeSubscription(p.ID)
	if err != nil {
		return nil, err
	}
	switch {
	case or(p.Immediately, false):
		s.status, s.cancelAt = "CANCELED", c.w.clock()
	case p.CancelDate != nil:
		d := val(p.CancelDate).Time
		if d.Before(c.w.clock().Truncate(24 * time.Hour)) {
			return nil, fail(CodeInvalidParam, "parameter [cancelDate] (%s) is in the past", d.Format("2006-01-02"))
		}
		s.cancelAt = d
	default:
		s.cancelAt = s.periodEnd
	}
	return s.view(c.w), nil
}

func undoCancel(c *call, p *billing.UndoCancelParams) (obj, error) {
	s, err := c.subscription(p.ID)
	if err != nil {
		return nil, err
	}
	if s.status != "ACTIVE" || s.cancelAt.IsZero() {
		return nil, fail(CodeBadState, "subscription %d has no pending cancellation (status %s)", s.id, s.status)
	}
	s.cancelAt = time.Time{}
	return s.view(c.w), nil
}

func setAutopay(c *call, p *billing.SetAutopayParams) (obj, error) {
	s, err := c.subscription(p.ID)
	if err != nil {
		return nil, err
	}
	s.autopay = p.Enabled
	return s.view(c.w), nil
}

func getCategories(c *call, _ *billing.GetCategoriesParams) (obj, error) {
	var items []obj
	for _, id := range sortedKeys(c.w.categories) {
		items = append(items, obj{"id": id, "name": c.w.categories[id]})
	}
	return list(items), nil
}

func (w *world) productView(p *product) obj {
	return obj{"id": p.id, "categoryId": p.categoryID, "category": w.categories[p.categoryID], "name": p.name,
		"description": p.description, "items": p.items, "servicePlans": p.plans, "currency": Currency}
}

func getProducts(c *call, args *billing.GetProductsParams) (obj, error) {
	var items []obj
	for _, id := range sortedKeys(c.w.products) {
		p := c.w.products[id]
		if args.ID != nil && p.id != val(args.ID) || args.CategoryID != nil && p.categoryID != val(args.CategoryID) {
			continue
		}
		items = append(items, c.w.productView(p))
	}
	if f := val(args.OrderField); f != "" {
		desc := strings.EqualFold(val(args.OrderDirection), "DESC")
		sort.SliceStable(items, func(a, b int) bool { return less(items[a][f], items[b][f]) != desc && !equal(items[a][f], items[b][f]) })
	}
	return list(page(items, or(args.StartRow, 0), or(args.ResultCount, 0))), nil
}

func subscriptionPlans(c *call, p *billing.GetServicePlansParams) (obj, error) {
	var items []subPlan
	for _, id := range sortedKeys(c.w.products) {
		for _, sp := range c.w.products[id].plans {
			if p.ID != nil && sp.ID != val(p.ID) || p.ProductID != nil && sp.ProductID != val(p.ProductID) {
				continue
			}
			items = append(items, sp)
		}
	}
	return list(items), nil
}

func getSubscriptions(c *call, p *billing.GetSubscriptionsParams) (obj, error) {
	statuses := setOf(p.Status...)
	var items []obj
	for _, id := range sortedKeys(c.w.subs) {
		s := c.w.subs[id]
		if !c.admin && s.uid != c.me.uid || p.ID != nil && s.id != val(p.ID) ||
			p.ProductID != nil && s.productID != val(p.ProductID) || len(statuses) > 0 && !statuses[s.status] {
			continue
		}
		items = append(items, s.view(c.w))
	}
	if f := val(p.OrderField); f != "" {
		desc := strings.EqualFold(val(p.OrderDirection), "DESC")
		sort.SliceStable(items, func(a, b int) bool { return less(items[a][f], items[b][f]) != desc && !equal(items[a][f], items[b][f]) })
	}
	return list(page(items, or(p.StartRow, 0), or(p.ResultCount, 0))), nil
}

// subscribe takes items as JSON: [{"productItemId":4011,"quantity":1}] (or "id" for the item).
func subscribe(c *call, args *billing.SubscribeParams) (obj, error) {
	p := c.w.products[args.ProductID]
	if p == nil {
		return nil, notFound("product", args.ProductID)
	}
	var raw []map[string]any
	if err := json.Unmarshal([]byte(args.Items), &raw); err != nil {
		var one map[string]any
		if json.Unmarshal([]byte(args.Items), &one) != nil {
			return nil, fail(CodeInvalidParam, "parameter [items]: expected JSON like [{\"productItemId\":%d,\"quantity\":1}], got %s", p.items[0].ID, excerpt(args.Items))
		}
		raw = []map[string]any{one}
	}
	now := c.w.clock()
	s := &subscription{id: c.w.id(), uid: c.me.uid, productID: p.id, planID: p.plans[0].ID, status: "ACTIVE",
		autopay: or(args.ChangeAutomatically, true), created: now, periodEnd: now.AddDate(0, 1, 0)}
	total := 0.0
	for _, r := range raw {
		pid, _ := r["productItemId"].(float64)
		if pid == 0 {
			pid, _ = r["id"].(float64)
		}
		qty := 1
		if q, ok := r["quantity"].(float64); ok {
			qty = int(q)
		}
		var pi *productItem
		for i := range p.items {
			if p.items[i].ID == int(pid) {
				pi = &p.items[i]
			}
		}
		if pi == nil {
			return nil, fail(jelastic.CodeNotFound, "product %d has no item [%v]; its items: %d", p.id, pid, p.items[0].ID)
		}
		if qty < 1 {
			return nil, fail(CodeInvalidParam, "quantity of item %d must be at least 1", pi.ID)
		}
		s.items = append(s.items, &subItem{id: c.w.id(), productItemID: pi.ID, quantity: qty})
		total += pi.Price * float64(qty)
	}
	if len(s.items) == 0 {
		return nil, fail(CodeMissingParam, "parameter [items] lists no item")
	}
	c.w.subs[s.id] = s
	inv := &invoice{id: c.w.id(), uid: c.me.uid, typ: "SUBSCRIPTION", status: "UNPAID", amount: total, created: now,
		due: now.Add(7 * 24 * time.Hour), periodStart: now, periodEnd: s.periodEnd, subID: s.id}
	inv.uniqueName, inv.ebsID = fmt.Sprintf("INV-%s-%d", now.Format("200601"), inv.id), fmt.Sprintf("EBS-%d", inv.id)
	if s.autopay {
		if pm, err := c.w.payMethodFor(c.me.uid, ""); err == nil && pm.enabled {
			_ = inv.transition("PAID", now)
			inv.payMethod = pm.id
		}
	}
	c.w.invoices[inv.id] = inv
	out := s.view(c.w)
	out["invoice"] = inv.view(c.w)
	return out, nil
}

func updateSubscription(c *call, p *billing.UpdateSubscriptionParams) (obj, error) {
	s, err := c.activeSubscription(p.SubscriptionID)
	if err != nil {
		return nil, err
	}
	it, err := s.item(p.ItemID)
	if err != nil {
		return nil, err
	}
	if q := p.Quantity; q < 1 {
		return nil, fail(CodeInvalidParam, "parameter [quantity] must be at least 1, got %d", q)
	}
	it.pendingQty = p.Quantity
	return s.view(c.w), nil
}

func discardUpdate(c *call, p *billing.DiscardUpdateSubscriptionParams) (obj, error) {
	s, err := c.subscription(p.SubscriptionID)
	if err != nil {
		return nil, err
	}
	n := 0
	for _, it := range s.items {
		if it.pendingQty > 0 {
			it.pendingQty = 0
			n++
		}
	}
	if n == 0 {
		return nil, fail(CodeBadState, "subscription %d has no pending update", s.id)
	}
	return s.view(c.w), nil
}

func upcomingInvoice(c *call, args *billing.UpcomingInvoiceParams) (obj, error) {
	s, err := c.subscription(args.SubscriptionID)
	if err != nil {
		return nil, err
	}
	it, err := s.item(args.ItemID)
	if err != nil {
		return nil, err
	}
	qty := args.Quantity
	if qty < 1 {
		return nil, fail(CodeInvalidParam, "parameter [quantity] must be at least 1, got %d", qty)
	}
	price := 0.0
	if p := c.w.products[s.productID]; p != nil {
		for _, pi := range p.items {
			if pi.ID == it.productItemID {
				price = pi.Price
			}
		}
	}
	return obj{"subscriptionId": s.id, "itemId": it.id, "quantity": qty, "amount": money(price * float64(qty)),
		"currency": Currency, "periodStart": s.periodEnd.Format(Layout), "periodEnd": s.periodEnd.AddDate(0, 1, 0).Format(Layout)}, nil
}

func installProduct(c *call, p *billing.InstallProductParams) (obj, error) {
	s, err := c.activeSubscription(p.SubscriptionID)
	if err != nil {
		return nil, err
	}
	it := s.items[0]
	if p.ItemID != nil {
		if it, err = s.item(val(p.ItemID)); err != nil {
			return nil, err
		}
	}
	if len(it.resources) >= it.quantity {
		return nil, fail(CodeBadState, "item %d of subscription %d already has %d of %d installations; raise its quantity first", it.id, s.id, len(it.resources), it.quantity)
	}
	name := orText(p.EnvName, fmt.Sprintf("env-%d", c.w.id()))
	r := &subResource{id: c.w.id(), envName: name}
	it.resources = append(it.resources, r)
	out := s.view(c.w)
	out["resource"] = obj{"id": r.id, "envName": name}
	out["note"] = c.record(fmt.Sprintf("no environment %q was created; the installation is only listed", name))
	return out, nil
}

func (s *subscription) takeResource(itemID, resID int) (*subItem, *subResource, error) {
	for _, it := range s.items {
		if itemID != 0 && it.id != itemID {
			continue
		}
		for i, r := range it.resources {
			if r.id == resID {
				it.resources = append(it.resources[:i:i], it.resources[i+1:]...)
				return it, r, nil
			}
		}
	}
	return nil, nil, fail(jelastic.CodeNotFound, "subscription %d has no installed resource [%d]", s.id, resID)
}

func uninstallProduct(c *call, p *billing.UninstallProductParams) (obj, error) {
	if err := c.checkPassphrase(true, p.Passphrase); err != nil {
		return nil, err
	}
	s, err := c.subscription(p.SubscriptionID)
	if err != nil {
		return nil, err
	}
	_, r, err := s.takeResource(p.ItemID, p.ItemResourceID)
	if err != nil {
		return nil, err
	}
	out := s.view(c.w)
	out["note"] = c.record(fmt.Sprintf("environment %q was not deleted; the installation is only unlisted", r.envName))
	return out, nil
}

func moveProduct(c *call, p *billing.MoveProductParams) (obj, error) {
	if err := c.checkPassphrase(true, p.Passphrase); err != nil {
		return nil, err
	}
	s, err := c.subscription(p.SubscriptionID)
	if err != nil {
		return nil, err
	}
	t, err := c.activeSubscription(p.TargetSubscriptionID)
	if err != nil {
		return nil, err
	}
	ti, err := t.item(p.TargetItemID)
	if err != nil {
		return nil, err
	}
	if len(ti.resources) >= ti.quantity {
		return nil, fail(CodeBadState, "target item %d is full (%d of %d)", ti.id, len(ti.resources), ti.quantity)
	}
	_, r, err := s.takeResource(or(p.ItemID, 0), p.ItemResourceID)
	if err != nil {
		return nil, err
	}
	ti.resources = append(ti.resources, r)
	return obj{"from": s.view(c.w), "to": t.view(c.w)}, nil
}

func cloneProduct(c *call, p *billing.CloneProductParams) (obj, error) {
	s, err := c.activeSubscription(p.SubscriptionID)
	if err != nil {
		return nil, err
	}
	var src *subResource
	var target *subItem
	for _, it := range s.items {
		if p.ItemID != nil && it.id != val(p.ItemID) {
			continue
		}
		for _, r := range it.resources {
			if r.id == p.ItemResource {
				src, target = r, it
			}
		}
	}
	if src == nil {
		return nil, fail(jelastic.CodeNotFound, "subscription %d has no installed resource [%d]", s.id, p.ItemResource)
	}
	if len(target.resources) >= target.quantity {
		return nil, fail(CodeBadState, "item %d of subscription %d has no free installation slot (%d of %d); raise its quantity first", target.id, s.id, len(target.resources), target.quantity)
	}
	r := &subResource{id: c.w.id(), envName: p.TargetEnvName}
	target.resources = append(target.resources, r)
	out := s.view(c.w)
	out["note"] = c.record(fmt.Sprintf("environment %q was not cloned to %q; the copy is only listed", src.envName, r.envName))
	return out, nil
}

func restrictedHardNodeGroups(c *call, p *billing.GetRestrictedHardNodeGroupsParams) (obj, error) {
	for _, id := range sortedKeys(c.w.subs) {
		s := c.w.subs[id]
		if !c.admin && s.uid != c.me.uid {
			continue
		}
		if _, err := s.item(p.SubscriptionItemID); err == nil {
			return list([]obj{{"hardwareNodeGroup": HardwareNodeGroup, "allowed": true}, {"hardwareNodeGroup": "premium", "allowed": false}}), nil
		}
	}
	return nil, notFound("subscription item", p.SubscriptionItemID)
}
