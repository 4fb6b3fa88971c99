package sandbox

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

func init() {
	register("Subscription", map[string]handler{
		"Cancel":                      cancelSubscription,
		"CloneProduct":                cloneProduct,
		"DiscardUpdateSubscription":   discardUpdate,
		"GetCategories":               getCategories,
		"GetProducts":                 getProducts,
		"GetRestrictedHardNodeGroups": restrictedHardNodeGroups,
		"GetServicePlans":             subscriptionPlans,
		"GetSubscriptions":            getSubscriptions,
		"InstallProduct":              installProduct,
		"MoveProduct":                 moveProduct,
		"SetAutopay":                  setAutopay,
		"Subscribe":                   subscribe,
		"UndoCancel":                  undoCancel,
		"UninstallProduct":            uninstallProduct,
		"UpcomingInvoice":             upcomingInvoice,
		"UpdateSubscription":          updateSubscription,
	})
}

func (c *call) subscription(k string) (*subscription, error) {
	s := c.w.subs[c.int(k)]
	if s == nil || (!c.admin && s.uid != c.me.uid) {
		return nil, notFound("subscription", c.int(k))
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
func (c *call) checkPassphrase(required bool) error {
	if required && c.str("passphrase") == "" {
		return fail(CodeMissingParam, "parameter [passphrase] is required to confirm this change")
	}
	return nil
}

func (c *call) activeSubscription(k string) (*subscription, error) {
	s, err := c.subscription(k)
	if err != nil {
		return nil, err
	}
	if s.status != "ACTIVE" {
		return nil, fail(CodeBadState, "subscription %d is %s", s.id, s.status)
	}
	return s, nil
}

func cancelSubscription(c *call) (obj, error) {
	if err := c.checkPassphrase(false); err != nil {
		return nil, err
	}
	s, err := c.activeSubscription("id")
	if err != nil {
		return nil, err
	}
	switch {
	case c.boolOr("immediately", false):
		s.status, s.cancelAt = "CANCELED", c.w.clock()
	case c.has("cancelDate"):
		d := c.time("cancelDate")
		if d.Before(c.w.clock().Truncate(24 * time.Hour)) {
			return nil, fail(CodeInvalidParam, "parameter [cancelDate] (%s) is in the past", d.Format("2006-01-02"))
		}
		s.cancelAt = d
	default:
		s.cancelAt = s.periodEnd
	}
	return s.view(c.w), nil
}

func undoCancel(c *call) (obj, error) {
	s, err := c.subscription("id")
	if err != nil {
		return nil, err
	}
	if s.status != "ACTIVE" || s.cancelAt.IsZero() {
		return nil, fail(CodeBadState, "subscription %d has no pending cancellation (status %s)", s.id, s.status)
	}
	s.cancelAt = time.Time{}
	return s.view(c.w), nil
}

func setAutopay(c *call) (obj, error) {
	s, err := c.subscription("id")
	if err != nil {
		return nil, err
	}
	s.autopay = c.boolOr("enabled", false)
	return s.view(c.w), nil
}

func getCategories(c *call) (obj, error) {
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

func getProducts(c *call) (obj, error) {
	var items []obj
	for _, id := range sortedKeys(c.w.products) {
		p := c.w.products[id]
		if c.has("id") && p.id != c.int("id") || c.has("categoryId") && p.categoryID != c.int("categoryId") {
			continue
		}
		items = append(items, c.w.productView(p))
	}
	if f := c.str("orderField"); f != "" {
		desc := strings.EqualFold(c.str("orderDirection"), "DESC")
		sort.SliceStable(items, func(a, b int) bool { return less(items[a][f], items[b][f]) != desc && !equal(items[a][f], items[b][f]) })
	}
	return list(page(items, c.intOr("startRow", 0), c.intOr("resultCount", 0))), nil
}

func subscriptionPlans(c *call) (obj, error) {
	var items []subPlan
	for _, id := range sortedKeys(c.w.products) {
		for _, sp := range c.w.products[id].plans {
			if c.has("id") && sp.ID != c.int("id") || c.has("productId") && sp.ProductID != c.int("productId") {
				continue
			}
			items = append(items, sp)
		}
	}
	return list(items), nil
}

func getSubscriptions(c *call) (obj, error) {
	statuses := setOf(c.list("status")...)
	var items []obj
	for _, id := range sortedKeys(c.w.subs) {
		s := c.w.subs[id]
		if !c.admin && s.uid != c.me.uid || c.has("id") && s.id != c.int("id") ||
			c.has("productId") && s.productID != c.int("productId") || len(statuses) > 0 && !statuses[s.status] {
			continue
		}
		items = append(items, s.view(c.w))
	}
	if f := c.str("orderField"); f != "" {
		desc := strings.EqualFold(c.str("orderDirection"), "DESC")
		sort.SliceStable(items, func(a, b int) bool { return less(items[a][f], items[b][f]) != desc && !equal(items[a][f], items[b][f]) })
	}
	return list(page(items, c.intOr("startRow", 0), c.intOr("resultCount", 0))), nil
}

// subscribe takes items as JSON: [{"productItemId":4011,"quantity":1}] (or "id" for the item).
func subscribe(c *call) (obj, error) {
	p := c.w.products[c.int("productId")]
	if p == nil {
		return nil, notFound("product", c.int("productId"))
	}
	var raw []map[string]any
	if err := json.Unmarshal([]byte(c.str("items")), &raw); err != nil {
		var one map[string]any
		if json.Unmarshal([]byte(c.str("items")), &one) != nil {
			return nil, fail(CodeInvalidParam, "parameter [items]: expected JSON like [{\"productItemId\":%d,\"quantity\":1}], got %s", p.items[0].ID, excerpt(c.str("items")))
		}
		raw = []map[string]any{one}
	}
	now := c.w.clock()
	s := &subscription{id: c.w.id(), uid: c.me.uid, productID: p.id, planID: p.plans[0].ID, status: "ACTIVE",
		autopay: c.boolOr("chargeAutomatically", true), created: now, periodEnd: now.AddDate(0, 1, 0)}
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

func updateSubscription(c *call) (obj, error) {
	s, err := c.activeSubscription("subscriptionId")
	if err != nil {
		return nil, err
	}
	it, err := s.item(c.int("itemId"))
	if err != nil {
		return nil, err
	}
	if q := c.int("quantity"); q < 1 {
		return nil, fail(CodeInvalidParam, "parameter [quantity] must be at least 1, got %d", q)
	}
	it.pendingQty = c.int("quantity")
	return s.view(c.w), nil
}

func discardUpdate(c *call) (obj, error) {
	s, err := c.subscription("subscriptionId")
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

func upcomingInvoice(c *call) (obj, error) {
	s, err := c.subscription("subscriptionId")
	if err != nil {
		return nil, err
	}
	it, err := s.item(c.int("itemId"))
	if err != nil {
		return nil, err
	}
	qty := c.int("quantity")
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

func installProduct(c *call) (obj, error) {
	s, err := c.activeSubscription("subscriptionId")
	if err != nil {
		return nil, err
	}
	it := s.items[0]
	if c.has("itemId") {
		if it, err = s.item(c.int("itemId")); err != nil {
			return nil, err
		}
	}
	if len(it.resources) >= it.quantity {
		return nil, fail(CodeBadState, "item %d of subscription %d already has %d of %d installations; raise its quantity first", it.id, s.id, len(it.resources), it.quantity)
	}
	name := c.strOr("envName", fmt.Sprintf("env-%d", c.w.id()))
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

func uninstallProduct(c *call) (obj, error) {
	if err := c.checkPassphrase(true); err != nil {
		return nil, err
	}
	s, err := c.subscription("subscriptionId")
	if err != nil {
		return nil, err
	}
	_, r, err := s.takeResource(c.int("itemId"), c.int("itemResourceId"))
	if err != nil {
		return nil, err
	}
	out := s.view(c.w)
	out["note"] = c.record(fmt.Sprintf("environment %q was not deleted; the installation is only unlisted", r.envName))
	return out, nil
}

func moveProduct(c *call) (obj, error) {
	if err := c.checkPassphrase(true); err != nil {
		return nil, err
	}
	s, err := c.subscription("subscriptionId")
	if err != nil {
		return nil, err
	}
	t, err := c.activeSubscription("targetSubscriptionId")
	if err != nil {
		return nil, err
	}
	ti, err := t.item(c.int("targetItemId"))
	if err != nil {
		return nil, err
	}
	if len(ti.resources) >= ti.quantity {
		return nil, fail(CodeBadState, "target item %d is full (%d of %d)", ti.id, len(ti.resources), ti.quantity)
	}
	_, r, err := s.takeResource(c.intOr("itemId", 0), c.int("itemResourceId"))
	if err != nil {
		return nil, err
	}
	ti.resources = append(ti.resources, r)
	return obj{"from": s.view(c.w), "to": t.view(c.w)}, nil
}

func cloneProduct(c *call) (obj, error) {
	s, err := c.activeSubscription("subscriptionId")
	if err != nil {
		return nil, err
	}
	var src *subResource
	var target *subItem
	for _, it := range s.items {
		if c.has("itemId") && it.id != c.int("itemId") {
			continue
		}
		for _, r := range it.resources {
			if r.id == c.int("itemResource") {
				src, target = r, it
			}
		}
	}
	if src == nil {
		return nil, fail(jelastic.CodeNotFound, "subscription %d has no installed resource [%d]", s.id, c.int("itemResource"))
	}
	if len(target.resources) >= target.quantity {
		return nil, fail(CodeBadState, "item %d of subscription %d has no free installation slot (%d of %d); raise its quantity first", target.id, s.id, len(target.resources), target.quantity)
	}
	r := &subResource{id: c.w.id(), envName: c.str("targetEnvName")}
	target.resources = append(target.resources, r)
	out := s.view(c.w)
	out["note"] = c.record(fmt.Sprintf("environment %q was not cloned to %q; the copy is only listed", src.envName, r.envName))
	return out, nil
}

func restrictedHardNodeGroups(c *call) (obj, error) {
	for _, id := range sortedKeys(c.w.subs) {
		s := c.w.subs[id]
		if !c.admin && s.uid != c.me.uid {
			continue
		}
		if _, err := s.item(c.int("subscriptionItemId")); err == nil {
			return list([]obj{{"hardwareNodeGroup": HardwareNodeGroup, "allowed": true}, {"hardwareNodeGroup": "premium", "allowed": false}}), nil
		}
	}
	return nil, notFound("subscription item", c.int("subscriptionItemId"))
}
