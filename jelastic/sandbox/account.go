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

func registerAccount() {
	on(billing.AddAccount, addAccount)
	on(billing.ChangeEmail, changeEmail)
	on(billing.ChangeGroup, changeGroup)
	on(billing.ChangePhoneNumber, changePhone)
	on(billing.ConvertToCommercial, convertToCommercial)
	on(billing.ConvertToCommercialAndPay, convertToCommercialAndPay)
	on(billing.ConvertToTrial, convertToTrial)
	on(billing.SetAccountStatus, setAccountStatus)
	on(billing.GetAccounts, getAccounts)
	on(billing.GetAccountsByLimits, accountsByLimits)
	on(billing.GetAccountsByPersonalThreshold, accountsByThreshold)
	on(billing.GetAccountsByUids, accountsByUids)
	on(billing.GetAccountsForDeactivation, accountsForDeactivation)
	on(billing.GetAccountsForDestroying, accountsForDestroying)
	on(billing.GetSuspendedAccounts, suspendedAccounts)
	on(billing.GetBillingInfo, getBillingInfo)
	on(billing.SetBillingInfo, setBillingInfo)
	on(billing.GetCollaborationQuotas, collaborationQuotas)
	on(billing.GetCountries, getCountries)
	on(billing.GetCountryStates, getCountryStates)
	on(billing.GetExternBillingSystemSession, externSession)
	on(billing.GetExternBillingSystems, externSystems)
	on(billing.GetExternalUserById, externalUser)
	on(billing.AccountGetQuotas, accountQuotas)
	on(billing.AccountRemoveQuota, removeUserQuota)
	on(billing.SetQuota, setUserQuota)
	on(billing.SetGroup, setGroup)
	on(billing.SetUserNote, setUserNote)
	on(billing.EnableUser, func(c *call, p *billing.EnableUserParams) (obj, error) {
		return setStatus(c, p.UID, statusActive)
	})
	on(billing.SuspendUser, func(c *call, p *billing.SuspendUserParams) (obj, error) {
		return setStatus(c, p.UID, statusSuspended)
	})
	on(billing.GetAccount, func(c *call, _ *billing.GetAccountParams) (obj, error) { return c.me.view(c.w), nil })
}

// userByLogin finds a user by login (their e-mail) or, failing that, by uid text.
func (w *world) userByLogin(login string) (*user, error) {
	for _, uid := range sortedKeys(w.users) {
		if strings.EqualFold(w.users[uid].email, login) {
			return w.users[uid], nil
		}
	}
	if n, err := strconv.Atoi(login); err == nil && w.users[n] != nil {
		return w.users[n], nil
	}
	return nil, notFound("user with login", login)
}

func (w *world) user(uid int) (*user, error) {
	if u := w.users[uid]; u != nil {
		return u, nil
	}
	return nil, notFound("user", uid)
}

func addAccount(c *call, p *billing.AddAccountParams) (obj, error) {
	uid := p.UID
	if uid <= 0 {
		return nil, fail(CodeInvalidParam, "parameter [uid] must be a positive user id, got %d", uid)
	}
	if c.w.users[uid] != nil {
		return nil, fail(CodeExists, "billing account for user %d already exists", uid)
	}
	now := c.w.clock()
	u := &user{uid: uid, email: fmt.Sprintf("user%d@example.com", uid), name: fmt.Sprintf("User %d", uid),
		group: c.w.signupGroup, status: statusActive, createdOn: now, lastLogin: now, customer: map[string]any{},
		groupOn: now, prevGroupOn: now, statusOn: now,
		quotas: map[string]string{}, externalID: fmt.Sprintf("ext-%d", uid)}
	c.w.users[uid] = u
	return u.view(c.w), nil
}

func changeEmail(c *call, p *billing.ChangeEmailParams) (obj, error) {
	u, err := c.w.userByLogin(p.Login)
	if err != nil {
		return nil, err
	}
	email := strings.TrimSpace(p.Email)
	if at := strings.Index(email, "@"); at < 1 || at == len(email)-1 {
		return nil, fail(CodeInvalidParam, "parameter [email]: %s is not an e-mail address", excerpt(email))
	}
	if other, _ := c.w.userByLogin(email); other != nil && other != u {
		return nil, fail(CodeExists, "e-mail %s is already used by user %d", email, other.uid)
	}
	old := u.email
	u.email = email
	return obj{"uid": u.uid, "oldEmail": old, "email": email,
		"note": c.record(fmt.Sprintf("no confirmation e-mail was sent to %s", email))}, nil
}

func changePhone(c *call, p *billing.ChangePhoneNumberParams) (obj, error) {
	u, err := c.w.userByLogin(p.Login)
	if err != nil {
		return nil, err
	}
	num := strings.TrimSpace(p.Number)
	digits := strings.Trim(strings.ReplaceAll(strings.ReplaceAll(num, " ", ""), "-", ""), "+")
	if _, err := strconv.ParseUint(digits, 10, 64); err != nil || len(digits) < 6 {
		return nil, fail(CodeInvalidParam, "parameter [number]: %s is not a phone number", excerpt(num))
	}
	u.phone = num
	return obj{"uid": u.uid, "phone": num}, nil
}

func (w *world) group(name string) (*group, error) {
	if g := w.groups[name]; g != nil {
		return g, nil
	}
	return nil, notFound("group", name)
}

func changeGroup(c *call, p *billing.ChangeGroupParams) (obj, error) {
	g, err := c.w.group(p.GroupName)
	if err != nil {
		return nil, err
	}
	uids, err := intList("uids", p.UIDs)
	if err != nil {
		return nil, err
	}
	if len(uids) == 0 {
		return nil, fail(CodeMissingParam, "parameter [uids] lists no user; give the ids of the users to move")
	}
	var changed []obj
	for _, uid := range uids {
		u, err := c.w.user(uid)
		if err != nil {
			return nil, err
		}
		u.moveTo(g.name, c.w.clock())
		changed = append(changed, obj{"uid": uid, "group": g.name})
	}
	out := list(changed)
	if or(p.SendEmail, false) {
		out["note"] = c.record(fmt.Sprintf("no e-mail (template %q) was sent to %d users", orText(p.Template, "default"), len(uids)))
	}
	return out, nil
}

func setStatus(c *call, uid, status int) (obj, error) {
	u, err := c.w.user(uid)
	if err != nil {
		return nil, err
	}
	if u.uid == AdminUID && status != statusActive {
		return nil, fail(CodeBadState, "the hoster's administrator account cannot be suspended")
	}
	was := u.status
	u.setStatus(status, c.w.clock())
	return obj{"uid": u.uid, "status": status, "statusName": statusNames[status], "previousStatus": was}, nil
}

func setAccountStatus(c *call, p *billing.SetAccountStatusParams) (obj, error) {
	s := p.Status
	if statusNames[s] == "" {
		return nil, fail(CodeInvalidParam, "parameter [status]: %d is not a status; use 1 ACTIVE, 2 SUSPENDED, 3 DEACTIVATED or 4 DESTROYED", s)
	}
	return setStatus(c, p.UID, s)
}

func convertToCommercial(c *call, p *billing.ConvertToCommercialParams) (obj, error) {
	u := c.me
	g := c.w.groups[u.group]
	if g != nil && g.typ != "TRIAL" {
		return nil, fail(CodeBadState, "account %d is already commercial (group %s)", u.uid, u.group)
	}
	target := "commercial"
	if g != nil && g.conversionGroup != "" && c.w.groups[g.conversionGroup] != nil {
		target = g.conversionGroup
	}
	for k, v := range p.Customer {
		u.customer[k] = v
	}
	u.moveTo(target, c.w.clock())
	return obj{"uid": u.uid, "group": target, "customer": u.customer}, nil
}

func convertToCommercialAndPay(c *call, p *billing.ConvertToCommercialAndPayParams) (obj, error) {
	plan, err := c.w.plan(p.ServicePlanID)
	if err != nil {
		return nil, err
	}
	if !validPayType(p.PayMethodType) {
		return nil, fail(CodeInvalidParam, "parameter [payMethodType]: %s is not a pay type; use one of %s", excerpt(p.PayMethodType), strings.Join(payTypes, ", "))
	}
	out, err := convertToCommercial(c, &billing.ConvertToCommercialParams{Customer: p.Customer})
	if err != nil {
		return nil, err
	}
	o := c.w.buyPlan(c.me, plan, "", strings.ToUpper(p.PayMethodType))
	out["order"] = o.view()
	out["balance"] = money(c.me.balance)
	return out, nil
}

func convertToTrial(c *call, p *billing.ConvertToTrialParams) (obj, error) {
	uids, err := intList("uids", p.UIDs)
	if err != nil {
		return nil, err
	}
	if len(uids) == 0 {
		return nil, fail(CodeMissingParam, "parameter [uids] lists no user; give the ids of the users to convert")
	}
	trial := ""
	for _, n := range sortedKeys(c.w.groups) {
		if c.w.groups[n].typ == "TRIAL" {
			trial = n
			break
		}
	}
	if trial == "" {
		return nil, fail(jelastic.CodeNotFound, "no TRIAL group exists to convert users to")
	}
	var done []obj
	for _, uid := range uids {
		u, err := c.w.user(uid)
		if err != nil {
			return nil, err
		}
		u.moveTo(trial, c.w.clock())
		if p.Bonus != nil {
			u.bonus = val(p.Bonus)
		}
		done = append(done, obj{"uid": uid, "group": trial, "bonus": money(u.bonus)})
	}
	out := list(done)
	out["note"] = c.record(fmt.Sprintf("no e-mail (template %q) was sent", p.Template))
	return out, nil
}

// accountsView lists users, only those at or below the balance lebalance when given.
func (c *call) accountsView(us []*user, lebalance *string) (obj, error) {
	if lebalance != nil {
		lim, err := strconv.ParseFloat(strings.TrimSpace(*lebalance), 64)
		if err != nil {
			return nil, fail(CodeInvalidParam, "parameter [lebalance]: %s is not a number", excerpt(*lebalance))
		}
		var kept []*user
		for _, u := range us {
			if u.balance <= lim {
				kept = append(kept, u)
			}
		}
		us = kept
	}
	items := []obj{}
	for _, u := range us {
		items = append(items, u.view(c.w))
	}
	return list(items), nil
}

func (w *world) allUsers() []*user {
	var us []*user
	for _, uid := range sortedKeys(w.users) {
		us = append(us, w.users[uid])
	}
	return us
}

func getAccounts(c *call, p *billing.GetAccountsParams) (obj, error) {
	out, err := c.accountsView(c.w.allUsers(), p.Lebalance)
	if err != nil {
		return nil, err
	}
	items := out["array"].([]obj)
	if f := val(p.FilterField); f != "" {
		v := strings.ToLower(val(p.FilterValue))
		var kept []obj
		for _, it := range items {
			x, ok := it[f]
			if !ok {
				return nil, fail(CodeInvalidParam, "parameter [filterField]: accounts have no field %q (try email, group, status, balance)", f)
			}
			if strings.Contains(strings.ToLower(fmt.Sprint(x)), v) {
				kept = append(kept, it)
			}
		}
		items = kept
	}
	if f := val(p.OrderField); f != "" {
		if len(items) > 0 {
			if _, ok := items[0][f]; !ok {
				return nil, fail(CodeInvalidParam, "parameter [orderField]: accounts have no field %q", f)
			}
		}
		desc := strings.EqualFold(val(p.OrderDirection), "DESC")
		sort.SliceStable(items, func(i, j int) bool { return less(items[i][f], items[j][f]) != desc && !equal(items[i][f], items[j][f]) })
	}
	total := len(items)
	out = list(page(items, or(p.StartRow, 0), or(p.ResultCount, 0)))
	out["totalCount"] = total
	return out, nil
}

func less(a, b any) bool {
	switch x := a.(type) {
	case int:
		y, _ := b.(int)
		return x < y
	case float64:
		y, _ := b.(float64)
		return x < y
	}
	return fmt.Sprint(a) < fmt.Sprint(b)
}

func equal(a, b any) bool { return fmt.Sprint(a) == fmt.Sprint(b) }

func accountsByLimits(c *call, p *billing.GetAccountsByLimitsParams) (obj, error) {
	// Each item is "uid:limit" (or "uid,limit"): the accounts whose balance is below their limit.
	items := []obj{}
	for _, it := range p.Uidslimits {
		parts := strings.FieldsFunc(it, func(r rune) bool { return r == ':' || r == ',' || r == '=' })
		if len(parts) != 2 {
			return nil, fail(CodeInvalidParam, "parameter [uidslimits]: item %s is not uid:limit", excerpt(it))
		}
		uid, err1 := strconv.Atoi(strings.TrimSpace(parts[0]))
		lim, err2 := strconv.ParseFloat(strings.TrimSpace(parts[1]), 64)
		if err1 != nil || err2 != nil {
			return nil, fail(CodeInvalidParam, "parameter [uidslimits]: item %s is not uid:limit", excerpt(it))
		}
		u, err := c.w.user(uid)
		if err != nil {
			return nil, err
		}
		if u.balance+u.bonus < lim {
			v := u.view(c.w)
			v["limit"] = lim
			items = append(items, v)
		}
	}
	return list(items), nil
}

func accountsByThreshold(c *call, _ *billing.GetAccountsByPersonalThresholdParams) (obj, error) {
	var us []*user
	for _, u := range c.w.allUsers() {
		if u.threshold > 0 && u.balance < u.threshold {
			us = append(us, u)
		}
	}
	return c.accountsView(us, nil)
}

func accountsByUids(c *call, p *billing.GetAccountsByUidsParams) (obj, error) {
	uids, err := intList("uids", p.UIDs)
	if err != nil {
		return nil, err
	}
	var us []*user
	for _, uid := range uids {
		u, err := c.w.user(uid)
		if err != nil {
			return nil, err
		}
		us = append(us, u)
	}
	return c.accountsView(us, p.Lebalance)
}

// accountsWhere lists the accounts that match keep.
func accountsWhere(c *call, keep func(*user) bool) (obj, error) {
	var us []*user
	for _, u := range c.w.allUsers() {
		if keep(u) {
			us = append(us, u)
		}
	}
	return c.accountsView(us, nil)
}

func accountsForDeactivation(c *call, _ *billing.GetAccountsForDeactivationParams) (obj, error) {
	// Trial accounts nobody has signed in to for 30 days.
	return accountsWhere(c, func(u *user) bool {
		g := c.w.groups[u.group]
		return u.status == statusActive && g != nil && g.typ == "TRIAL" && c.w.now.Sub(u.lastLogin) > 30*24*time.Hour
	})
}

func accountsForDestroying(c *call, _ *billing.GetAccountsForDestroyingParams) (obj, error) {
	return accountsWhere(c, func(u *user) bool { return u.status == statusDeactivated })
}

func suspendedAccounts(c *call, _ *billing.GetSuspendedAccountsParams) (obj, error) {
	return accountsWhere(c, func(u *user) bool { return u.status == statusSuspended })
}

func getBillingInfo(c *call, _ *billing.GetBillingInfoParams) (obj, error) {
	u := c.me
	return obj{"uid": u.uid, "email": u.email, "customer": u.customer, "billingInfo": u.customer}, nil
}

func setBillingInfo(c *call, p *billing.SetBillingInfoParams) (obj, error) {
	for k, v := range p.Customer {
		c.me.customer[k] = v
	}
	return obj{"uid": c.me.uid, "customer": c.me.customer}, nil
}

// effectiveQuotas is a user's quotas: the group's values with the user's overrides.
func (w *world) effectiveQuotas(u *user) []obj {
	g := w.groups[u.group]
	var out []obj
	for _, name := range sortedKeys(w.quotas) {
		q := w.quotas[name]
		val, src := any(q.def), "default"
		if g != nil {
			if v, ok := g.quotas[name]; ok {
				val, src = v, "group"
			}
		}
		if v, ok := u.quotas[name]; ok {
			val, src = v, "user"
		}
		out = append(out, obj{"quota": q.view(), "name": name, "value": val, "source": src})
	}
	return out
}

func accountQuotas(c *call, p *billing.AccountGetQuotasParams) (obj, error) {
	want := setOf(p.QuotaNames...)
	var items []obj
	for _, q := range c.w.effectiveQuotas(c.me) {
		if len(want) == 0 || want[q["name"].(string)] {
			items = append(items, q)
		}
	}
	return list(items), nil
}

func collaborationQuotas(c *call, p *billing.GetCollaborationQuotasParams) (obj, error) {
	u, err := c.target(or(p.OwnerUID, c.me.uid))
	if err != nil {
		return nil, err
	}
	want := setOf(p.QuotaNames...)
	var items []obj
	for _, q := range c.w.effectiveQuotas(u) {
		name := q["name"].(string)
		if (len(want) == 0 && strings.HasPrefix(name, "collaboration.")) || want[name] {
			items = append(items, q)
		}
	}
	out := list(items)
	out["ownerUid"], out["collaborationId"] = u.uid, or(p.CollaborationID, 0)
	return out, nil
}

func removeUserQuota(c *call, p *billing.AccountRemoveQuotaParams) (obj, error) {
	u, err := c.w.user(p.UID)
	if err != nil {
		return nil, err
	}
	name := p.Name
	if _, ok := u.quotas[name]; !ok {
		return nil, fail(jelastic.CodeNotFound, "user %d has no personal value for quota [%s]", u.uid, name)
	}
	delete(u.quotas, name)
	return obj{"uid": u.uid, "name": name, "removed": true}, nil
}

func setUserQuota(c *call, p *billing.SetQuotaParams) (obj, error) {
	u, err := c.w.user(p.UID)
	if err != nil {
		return nil, err
	}
	name := p.Name
	if c.w.quotas[name] == nil {
		return nil, notFound("quota", name)
	}
	u.quotas[name] = p.Value
	return obj{"uid": u.uid, "name": name, "value": u.quotas[name]}, nil
}

var countries = []struct{ code, name string }{{"US", "United States"}, {"CA", "Canada"}, {"GB", "United Kingdom"},
	{"DE", "Germany"}, {"FR", "France"}, {"NL", "Netherlands"}, {"UA", "Ukraine"}, {"IN", "India"}, {"BR", "Brazil"}}

var countryStates = map[string][]string{
	"US": {"AL:Alabama", "CA:California", "FL:Florida", "NY:New York", "TX:Texas", "WA:Washington"},
	"CA": {"AB:Alberta", "BC:British Columbia", "ON:Ontario", "QC:Quebec"},
}

func getCountries(_ *call, _ *billing.GetCountriesParams) (obj, error) {
	var items []obj
	for _, ct := range countries {
		items = append(items, obj{"code": ct.code, "name": ct.name})
	}
	return list(items), nil
}

func getCountryStates(c *call, p *billing.GetCountryStatesParams) (obj, error) {
	code := strings.ToUpper(p.CountryCode)
	for _, ct := range countries {
		if ct.code == code {
			items := []obj{}
			for _, s := range countryStates[code] {
				k, v, _ := strings.Cut(s, ":")
				items = append(items, obj{"code": k, "name": v})
			}
			return list(items), nil
		}
	}
	return nil, notFound("country", code)
}

func externSession(c *call, _ *billing.GetExternBillingSystemSessionParams) (obj, error) {
	return obj{"session": fmt.Sprintf("sandbox-ebs-%d", c.me.uid), "url": "https://billing.sandbox.invalid/",
		"note": "sandbox: no external billing system exists; this session opens nothing"}, nil
}

func externSystems(_ *call, _ *billing.GetExternBillingSystemsParams) (obj, error) {
	return list([]obj{{"type": "WHMCS", "name": "Sandbox WHMCS", "url": "https://billing.sandbox.invalid/", "enabled": true}}), nil
}

func externalUser(c *call, p *billing.GetExternalUserByIdParams) (obj, error) {
	id := p.ID
	for _, u := range c.w.allUsers() {
		if u.externalID == id {
			return u.view(c.w), nil
		}
	}
	return nil, notFound("external user", id)
}

func setGroup(c *call, p *billing.SetGroupParams) (obj, error) {
	u, err := c.w.user(p.UID)
	if err != nil {
		return nil, err
	}
	g, err := c.w.group(p.GroupName)
	if err != nil {
		return nil, err
	}
	u.moveTo(g.name, c.w.clock())
	if or(p.ResetBalance, false) && u.balance != 0 {
		c.w.addFund(u, -u.balance, false, "UNFUND", "balance reset on group change")
	}
	if or(p.ResetBonus, false) && u.bonus != 0 {
		c.w.addFund(u, -u.bonus, true, "UNFUND", "bonus reset on group change")
	}
	return u.view(c.w), nil
}

func setUserNote(c *call, p *billing.SetUserNoteParams) (obj, error) {
	u, err := c.w.user(p.UID)
	if err != nil {
		return nil, err
	}
	u.note = p.Note
	return obj{"uid": u.uid, "note": u.note}, nil
}
