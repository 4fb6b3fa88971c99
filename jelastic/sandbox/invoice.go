package sandbox

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func registerInvoice() {
	on(billing.InvoiceEvent, invoiceEvent)
	on(billing.GetExternalInvoices, externalInvoices)
	on(billing.GetInvoices, getInvoices)
	on(billing.MakeInvoice, makeInvoice)
	on(billing.Pay, payInvoice)
	on(billing.SearchInvoices, searchInvoices)
	on(billing.MarkAsPaid, func(c *call, p *billing.MarkAsPaidParams) (obj, error) {
		return markInvoice(c, p.ID, p.EBSInvoiceID, "PAID")
	})
	on(billing.MarkAsVoid, func(c *call, p *billing.MarkAsVoidParams) (obj, error) {
		return markInvoice(c, p.ID, p.EBSInvoiceID, "VOID")
	})
}

// invoicesOf lists invoices ordered by id; uid 0 means everyone's.
func (w *world) invoicesOf(uid int) []*invoice {
	var out []*invoice
	for _, id := range sortedKeys(w.invoices) {
		if i := w.invoices[id]; uid == 0 || i.uid == uid {
			out = append(out, i)
		}
	}
	return out
}

// visibleInvoice finds an invoice the caller may see.
func (c *call) visibleInvoice(id int) (*invoice, error) {
	i := c.w.invoices[id]
	if i == nil || (!c.admin && i.uid != c.me.uid) {
		return nil, notFound("invoice", id)
	}
	return i, nil
}

func getInvoices(c *call, p *billing.GetInvoicesParams) (obj, error) {
	uid := c.me.uid
	if c.admin {
		uid = 0
	}
	statuses := setOf(splitAny(strings.ToUpper(val(p.Status)))...)
	subStatuses := setOf(splitAny(strings.ToUpper(val(p.SubscriptionStatus)))...)
	var items []obj
	for _, i := range c.w.invoicesOf(uid) {
		switch {
		case p.ID != nil && i.id != val(p.ID),
			val(p.UniqueName) != "" && !strings.EqualFold(i.uniqueName, val(p.UniqueName)),
			val(p.Type) != "" && !strings.EqualFold(i.typ, val(p.Type)),
			len(statuses) > 0 && !statuses[i.status],
			p.SubscriptionID != nil && i.subID != val(p.SubscriptionID):
			continue
		}
		if len(subStatuses) > 0 {
			s := c.w.subs[i.subID]
			if s == nil || !subStatuses[s.status] {
				continue
			}
		}
		v := i.view(c.w)
		if strings.Contains(val(p.ExpandFields), "account") {
			if u := c.w.users[i.uid]; u != nil {
				v["account"] = u.view(c.w)
			}
		}
		items = append(items, v)
	}
	if f := val(p.OrderFields); f != "" {
		if len(items) > 0 {
			if _, ok := items[0][f]; !ok {
				return nil, fail(CodeInvalidParam, "parameter [orderFields]: invoices have no field %q (try id, createdOn, amount, status)", f)
			}
		}
		desc := strings.EqualFold(val(p.OrderDirection), "DESC")
		sort.SliceStable(items, func(a, b int) bool {
			return less(items[a][f], items[b][f]) != desc && !equal(items[a][f], items[b][f])
		})
	}
	total := len(items)
	out := list(page(items, or(p.StartRow, 0), or(p.ResultCount, 0)))
	out["totalCount"] = total
	return out, nil
}

func splitAny(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == ' ' })
}

func externalInvoices(c *call, p *billing.GetExternalInvoicesParams) (obj, error) {
	u, err := c.target(or(p.OwnerUID, c.me.uid))
	if err != nil {
		return nil, err
	}
	var items []obj
	for _, i := range c.w.invoicesOf(u.uid) {
		v := i.view(c.w)
		v["externalId"] = i.ebsID
		items = append(items, v)
	}
	if n := or(p.Limit, 0); n > 0 && n < len(items) {
		items = items[len(items)-n:]
	}
	return list(items), nil
}

// findInvoice resolves an invoice by id or by its id in the external billing system.
func (c *call) findInvoice(id *int, ebsID *string) (*invoice, error) {
	if id != nil {
		return c.visibleInvoice(*id)
	}
	if ebs := val(ebsID); ebs != "" {
		for _, i := range c.w.invoicesOf(0) {
			if i.ebsID == ebs {
				return i, nil
			}
		}
		return nil, notFound("invoice with ebsInvoiceId", ebs)
	}
	return nil, fail(CodeMissingParam, "give the invoice's [id] or its [ebsInvoiceId]")
}

func markInvoice(c *call, id *int, ebsID *string, status string) (obj, error) {
	i, err := c.findInvoice(id, ebsID)
	if err != nil {
		return nil, err
	}
	if err := i.transition(status, c.w.clock()); err != nil {
		return nil, err
	}
	return i.view(c.w), nil
}

// transition moves an invoice to PAID or VOID when its state allows it.
func (i *invoice) transition(status string, now time.Time) error {
	if i.status == status {
		return fail(CodeBadState, "invoice %d is already %s", i.id, status)
	}
	if i.status == "PAID" || i.status == "VOID" {
		return fail(CodeBadState, "invoice %d is %s and cannot become %s", i.id, i.status, status)
	}
	i.status = status
	if status == "PAID" {
		i.paidOn = now
	}
	return nil
}

func payInvoice(c *call, p *billing.PayParams) (obj, error) {
	i, err := c.visibleInvoice(p.ID)
	if err != nil {
		return nil, err
	}
	pm, err := c.w.payMethodFor(i.uid, val(p.PaymentMethodID))
	if err != nil {
		return nil, err
	}
	if t := val(p.PaymentMethodType); t != "" && !strings.EqualFold(t, pm.typ) {
		return nil, fail(CodeInvalidParam, "parameter [paymentMethodType]: %s does not match pay method %s (%s)", excerpt(t), pm.id, pm.typ)
	}
	if !pm.enabled {
		return nil, fail(jelastic.CodeExternalRejected, "pay method %s is disabled; enable it or choose another", pm.id)
	}
	if err := i.transition("PAID", c.w.clock()); err != nil {
		return nil, err
	}
	i.payMethod = pm.id
	v := i.view(c.w)
	v["paymentMethodId"] = pm.id
	v["note"] = "sandbox: the payment was simulated; no money moved"
	return v, nil
}

func makeInvoice(c *call, p *billing.MakeInvoiceParams) (obj, error) {
	var made []obj
	for _, s := range splitAny(p.UID) {
		uid, err := strconv.Atoi(s)
		if err != nil {
			return nil, fail(CodeInvalidParam, "parameter [uid]: %s is not a user id", excerpt(s))
		}
		u, err := c.w.user(uid)
		if err != nil {
			return nil, err
		}
		if g := c.w.groups[u.group]; g == nil || g.typ != "POST" {
			return nil, fail(CodeBadState, "user %d is in group %s, not a post-paid (POST) group; only post-paid users are invoiced", uid, u.group)
		}
		now := c.w.clock()
		start := time.Date(c.w.now.Year(), c.w.now.Month(), 1, 0, 0, 0, 0, time.UTC)
		nodes, _ := c.w.nodesOf(uid, "")
		id := c.w.id()
		i := &invoice{id: id, uid: uid, uniqueName: fmt.Sprintf("INV-%s-%d", start.Format("200601"), id), typ: "POST_PAYMENT",
			status: "UNPAID", amount: money(c.w.sum(nodes, start, c.w.now)), created: now, due: now.Add(14 * 24 * time.Hour),
			periodStart: start, periodEnd: c.w.now, ebsID: fmt.Sprintf("EBS-%d", id)}
		c.w.invoices[id] = i
		if !or(p.SkipPay, false) {
			if pm, err := c.w.payMethodFor(uid, ""); err == nil && pm.enabled {
				_ = i.transition("PAID", now)
				i.payMethod = pm.id
			}
		}
		made = append(made, i.view(c.w))
	}
	if len(made) == 0 {
		return nil, fail(CodeMissingParam, "parameter [uid] lists no user")
	}
	return list(made), nil
}

func invoiceEvent(c *call, p *billing.InvoiceEventParams) (obj, error) {
	ext := p.ExternID
	var inv *invoice
	for _, i := range c.w.invoicesOf(0) {
		if i.ebsID == ext || i.uniqueName == ext {
			inv = i
		}
	}
	if inv == nil {
		return nil, notFound("external invoice", ext)
	}
	var err error
	switch strings.ToUpper(p.EventType) {
	case "PAID":
		err = inv.transition("PAID", c.w.clock())
	case "EXPIRED", "VOID", "CANCELED":
		err = inv.transition("VOID", c.w.clock())
	default:
		return nil, fail(CodeInvalidParam, "parameter [eventType]: %s is not an invoice event; use PAID or EXPIRED", excerpt(p.EventType))
	}
	if err != nil {
		return nil, err
	}
	return inv.view(c.w), nil
}

func searchInvoices(c *call, p *billing.SearchInvoicesParams) (obj, error) {
	q := strings.ToLower(strings.TrimSpace(p.Search))
	var items []obj
	for _, i := range c.w.invoicesOf(0) {
		if p.ResellerID != nil {
			if u := c.w.users[i.uid]; u == nil || u.resellerID != val(p.ResellerID) {
				continue
			}
		}
		email := ""
		if u := c.w.users[i.uid]; u != nil {
			email = u.email
		}
		hay := strings.ToLower(strings.Join([]string{strconv.Itoa(i.id), i.uniqueName, i.ebsID, i.status, email}, " "))
		if strings.Contains(hay, q) {
			items = append(items, i.view(c.w))
		}
	}
	return list(items), nil
}
