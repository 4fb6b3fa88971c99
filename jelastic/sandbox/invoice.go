package sandbox

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

func init() {
	register("Invoice", map[string]handler{
		"Event":               invoiceEvent,
		"GetExternalInvoices": externalInvoices,
		"GetInvoices":         getInvoices,
		"MakeInvoice":         makeInvoice,
		"MarkAsPaid":          func(c *call) (obj, error) { return markInvoice(c, "PAID") },
		"MarkAsVoid":          func(c *call) (obj, error) { return markInvoice(c, "VOID") },
		"Pay":                 payInvoice,
		"SearchInvoices":      searchInvoices,
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

func getInvoices(c *call) (obj, error) {
	uid := c.me.uid
	if c.admin {
		uid = 0
	}
	statuses := setOf(splitAny(strings.ToUpper(c.str("status")))...)
	subStatuses := setOf(splitAny(strings.ToUpper(c.str("subscriptionStatus")))...)
	var items []obj
	for _, i := range c.w.invoicesOf(uid) {
		switch {
		case c.has("id") && i.id != c.int("id"),
			c.str("uniqueName") != "" && !strings.EqualFold(i.uniqueName, c.str("uniqueName")),
			c.str("type") != "" && !strings.EqualFold(i.typ, c.str("type")),
			len(statuses) > 0 && !statuses[i.status],
			c.has("subscriptionId") && i.subID != c.int("subscriptionId"):
			continue
		}
		if len(subStatuses) > 0 {
			s := c.w.subs[i.subID]
			if s == nil || !subStatuses[s.status] {
				continue
			}
		}
		v := i.view(c.w)
		if strings.Contains(c.str("expandFields"), "account") {
			if u := c.w.users[i.uid]; u != nil {
				v["account"] = u.view(c.w)
			}
		}
		items = append(items, v)
	}
	if f := c.str("orderFields"); f != "" {
		if len(items) > 0 {
			if _, ok := items[0][f]; !ok {
				return nil, fail(CodeInvalidParam, "parameter [orderFields]: invoices have no field %q (try id, createdOn, amount, status)", f)
			}
		}
		desc := strings.EqualFold(c.str("orderDirection"), "DESC")
		sort.SliceStable(items, func(a, b int) bool {
			return less(items[a][f], items[b][f]) != desc && !equal(items[a][f], items[b][f])
		})
	}
	total := len(items)
	out := list(page(items, c.intOr("startRow", 0), c.intOr("resultCount", 0)))
	out["totalCount"] = total
	return out, nil
}

func splitAny(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == ' ' })
}

func externalInvoices(c *call) (obj, error) {
	u, err := c.target("ownerUid")
	if err != nil {
		return nil, err
	}
	var items []obj
	for _, i := range c.w.invoicesOf(u.uid) {
		v := i.view(c.w)
		v["externalId"] = i.ebsID
		items = append(items, v)
	}
	if n := c.intOr("limit", 0); n > 0 && n < len(items) {
		items = items[len(items)-n:]
	}
	return list(items), nil
}

// findInvoice resolves an invoice by id or by its id in the external billing system.
func (c *call) findInvoice() (*invoice, error) {
	if c.has("id") {
		return c.visibleInvoice(c.int("id"))
	}
	if ebs := c.str("ebsInvoiceId"); ebs != "" {
		for _, i := range c.w.invoicesOf(0) {
			if i.ebsID == ebs {
				return i, nil
			}
		}
		return nil, notFound("invoice with ebsInvoiceId", ebs)
	}
	return nil, fail(CodeMissingParam, "give the invoice's [id] or its [ebsInvoiceId]")
}

func markInvoice(c *call, status string) (obj, error) {
	i, err := c.findInvoice()
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

func payInvoice(c *call) (obj, error) {
	i, err := c.visibleInvoice(c.int("id"))
	if err != nil {
		return nil, err
	}
	pm, err := c.w.payMethodFor(i.uid, c.str("paymentMethodId"))
	if err != nil {
		return nil, err
	}
	if t := c.str("paymentMethodType"); t != "" && !strings.EqualFold(t, pm.typ) {
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

func makeInvoice(c *call) (obj, error) {
	var made []obj
	for _, s := range splitAny(c.str("uid")) {
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
		if !c.boolOr("skipPay", false) {
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

func invoiceEvent(c *call) (obj, error) {
	ext := c.str("externId")
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
	switch strings.ToUpper(c.str("eventType")) {
	case "PAID":
		err = inv.transition("PAID", c.w.clock())
	case "EXPIRED", "VOID", "CANCELED":
		err = inv.transition("VOID", c.w.clock())
	default:
		return nil, fail(CodeInvalidParam, "parameter [eventType]: %s is not an invoice event; use PAID or EXPIRED", excerpt(c.str("eventType")))
	}
	if err != nil {
		return nil, err
	}
	return inv.view(c.w), nil
}

func searchInvoices(c *call) (obj, error) {
	q := strings.ToLower(strings.TrimSpace(c.str("search")))
	var items []obj
	for _, i := range c.w.invoicesOf(0) {
		if c.has("resellerId") {
			if u := c.w.users[i.uid]; u == nil || u.resellerID != c.int("resellerId") {
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
