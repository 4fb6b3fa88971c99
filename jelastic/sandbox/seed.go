package sandbox

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func newWorld(seed int64, now time.Time) *world {
	r := rand.New(rand.NewPCG(uint64(seed), 0x5eed5a4db0c))
	w := &world{
		seed: seed, salt: r.Uint64(), now: now, nextID: 100000,
		users: map[int]*user{}, invoices: map[int]*invoice{}, groups: map[string]*group{},
		quotas: map[string]*quota{}, pricings: map[int]*pricing{}, tariffs: map[int]*tariff{},
		resources: map[int]*resource{}, plans: map[int]*servicePlan{}, autoPays: map[int]*autoPay{},
		categories: map[int]string{}, products: map[int]*product{}, subs: map[int]*subscription{},
		resellers: map[int]*reseller{}, monthTraffic: map[string]int{},
		paidUntil: midnight(now),
	}
	day := 24 * time.Hour
	ago := func(days int) time.Time { return now.Add(-time.Duration(days) * day) }
	amount := func(lo, hi float64) float64 { return money(lo + r.Float64()*(hi-lo)) }

	w.seedGroups(ago(400))
	w.seedPricing()
	w.seedPlans()

	// Users: a hoster admin and end users in every interesting state.
	add := func(uid int, email, name, grp string, status int, balance, bonus float64, created time.Time) *user {
		u := &user{uid: uid, email: email, name: name, group: grp, status: status, balance: balance, bonus: bonus,
			createdOn: created, lastLogin: now.Add(-time.Duration(r.IntN(72)) * time.Hour),
			groupOn: created, prevGroupOn: created, statusOn: created,
			phone: fmt.Sprintf("+1555%07d", r.IntN(10000000)), customer: map[string]any{},
			quotas: map[string]string{}, externalID: fmt.Sprintf("ext-%d", uid)}
		w.users[uid] = u
		return u
	}
	admin := add(AdminUID, "admin@hoster.example", "Hoster Admin", "commercial", statusActive, amount(800, 1200), 0, ago(400))
	admin.customer = map[string]any{"company": "Sandbox Hosting Ltd", "country": "US", "city": "Austin"}
	alice := add(UserUID, "alice@example.com", "Alice Martin", "commercial", statusActive, amount(120, 180), amount(5, 15), ago(200))
	alice.quotas["environment.maxcount"] = "12"
	alice.customer = map[string]any{"firstName": "Alice", "lastName": "Martin", "country": "US", "state": "CA",
		"city": "San Jose", "address": "1 Market St", "zip": "95113"}
	add(TrialUID, "bob@example.com", "Bob Chen", "trial", statusActive, 0, amount(12, 25), ago(9))
	carol := add(SuspendedUID, "carol@example.com", "Carol Diaz", "commercial", statusSuspended, -amount(1, 6), 0, ago(150))
	carol.note = "suspended: balance below zero"
	dave := add(LowBalanceUID, "dave@example.com", "Dave Patel", "commercial", statusActive, amount(1, 4.9), 0, ago(120))
	dave.threshold = 10
	erin := add(ResellerOwner, "erin@partner.example", "Erin Novak", "postpaid", statusActive, amount(300, 500), 0, ago(300))
	erin.resellerID = ResellerID
	add(InactiveUID, "frank@example.com", "Frank Olsen", "trial", statusActive, 0, amount(1, 5), ago(85)).lastLogin = ago(60)
	add(DeactivatedID, "grace@example.com", "Grace Kim", "trial", statusDeactivated, 0, 0, ago(180)).lastLogin = ago(120)

	// Environments and their nodes.
	nodeID := 1600
	mkEnv := func(uid int, name string, created time.Time, nodes ...node) *env {
		e := &env{name: name, appid: fmt.Sprintf("%016x%016x", fnv(uint64(uid), name), fnv(0x5a17, name)), uid: uid,
			status: "RUNNING", created: created, hdGroup: HardwareNodeGroup}
		for i := range nodes {
			nodeID++
			n := nodes[i]
			n.id, n.env = nodeID, e
			n.load = 0.15 + r.Float64()*0.5
			e.nodes = append(e.nodes, &n)
		}
		w.envs = append(w.envs, e)
		return e
	}
	lb := func() node {
		return node{nodeType: "nginx", nodeGroup: "bl", fixed: 1, flexible: 4, diskGB: 2, publicIP: true}
	}
	php := func() node { return node{nodeType: "nginxphp", nodeGroup: "cp", fixed: 2, flexible: 8, diskGB: 10} }
	java := func() node { return node{nodeType: "tomcat", nodeGroup: "cp", fixed: 4, flexible: 16, diskGB: 10} }
	mysql := func() node { return node{nodeType: "mysql", nodeGroup: "sqldb", fixed: 2, flexible: 12, diskGB: 20} }
	pg := func() node {
		return node{nodeType: "postgresql", nodeGroup: "sqldb", fixed: 2, flexible: 8, diskGB: 15, publicIP: true}
	}
	redis := func() node { return node{nodeType: "redis", nodeGroup: "nosqldb", fixed: 1, flexible: 4, diskGB: 1} }
	store := func() node {
		return node{nodeType: "storage", nodeGroup: "storage", fixed: 1, flexible: 2, diskGB: 100}
	}

	mkEnv(AdminUID, "hoster-site", ago(380), lb(), php(), mysql())
	mkEnv(AdminUID, "monitoring", ago(200), java(), store())
	mkEnv(UserUID, UserEnvName, ago(190), lb(), php(), php(), mysql()).tariffs = []string{"ssl"}
	mkEnv(UserUID, "api-alice", ago(60), java(), pg(), redis())
	mkEnv(TrialUID, "demo-bob", ago(9), php())
	shop := mkEnv(SuspendedUID, "shop-carol", ago(140), php(), mysql())
	shop.status, shop.stoppedAt = "STOPPED", ago(12)
	mkEnv(LowBalanceUID, "blog-dave", ago(110), php(), mysql())
	mkEnv(ResellerOwner, "partner-portal", ago(290), lb(), java(), java(), pg())

	// Fund history: regular refills of commercial users (each an approved order of a service
	// plan, as buying one makes), bonuses of trials, and the daily charges of everyone's usage.
	w.nextID = 7000
	payMethods := map[int]string{UserUID: PayMethodID, AdminUID: "pm-1-card", LowBalanceUID: "pm-1004-card",
		ResellerOwner: "pm-1005-bank"}
	for _, uid := range []int{UserUID, AdminUID, SuspendedUID, LowBalanceUID, ResellerOwner} {
		for d := historyDays - 3; d > 0; d -= 28 + r.IntN(5) {
			plan := w.plans[ServicePlanID+[]int{1, 1, 2, 2}[r.IntN(4)]]
			at := ago(d).Add(time.Duration(9+r.IntN(8)) * time.Hour)
			o := &order{id: 801 + len(w.orders), uid: uid, planID: plan.id, status: "APPROVED", amount: plan.price,
				payMethod: payMethods[uid], created: at}
			o.externID = fmt.Sprintf("ord-%d", o.id)
			w.orders = append(w.orders, o)
			w.fund = append(w.fund, &fundEntry{id: w.id(), uid: uid, at: at, amount: plan.price, op: "FUND",
				note: fmt.Sprintf("service plan %q, order %d", plan.name, o.id)})
		}
	}
	for _, uid := range []int{TrialUID, InactiveUID} {
		u := w.users[uid]
		w.fund = append(w.fund, &fundEntry{id: w.id(), uid: uid, at: u.createdOn, amount: 25, bonus: true, op: "BONUS",
			note: "Trial bonus"})
	}
	w.fund = append(w.fund, &fundEntry{id: w.id(), uid: LowBalanceUID, at: ago(2), amount: -5, op: "CHARGE",
		note: "Domain renewal"})
	w.seedUsageCharges()
	sortFund(w.fund)
	w.seedBalances()

	w.seedCommerce(r, now)
	w.nextID = 100000
	return w
}

// midnight is the start of t's UTC day.
func midnight(t time.Time) time.Time { return t.UTC().Truncate(24 * time.Hour) }

// seedUsageCharges writes one CHARGE entry per account and UTC day of history, at the next
// midnight, for that day's usage: the history before paidUntil is paid, and the charges of
// whole days add up to the history's cost of those days. Trial accounts spend bonus money.
func (w *world) seedUsageCharges() {
	for _, uid := range sortedKeys(w.users) {
		nodes, _ := w.nodesOf(uid, "")
		if len(nodes) == 0 {
			continue
		}
		first := midnight(w.historyStart())
		daily := make([]float64, int(w.paidUntil.Sub(first)/(24*time.Hour))+1)
		w.records(nodes, w.historyStart(), w.paidUntil, func(r rec) { daily[int(r.at.Sub(first)/(24*time.Hour))] += r.cost })
		bonus := w.paysWithBonus(uid)
		for i, cost := range daily {
			if cost == 0 {
				continue
			}
			d := first.AddDate(0, 0, i)
			w.fund = append(w.fund, &fundEntry{id: w.id(), uid: uid, at: d.Add(24 * time.Hour), amount: -round6(cost),
				bonus: bonus, op: "CHARGE", note: "Usage of " + d.Format("2006-01-02")})
		}
	}
}

// seedBalances fills in the balance after every seeded fund entry, walking forward from the
// opening balance that ends at the account's seeded balance. A trial account starts from
// nothing, so its bonus is what its fund history leaves.
func (w *world) seedBalances() {
	for _, uid := range sortedKeys(w.users) {
		u := w.users[uid]
		var in, inBonus float64
		for _, f := range w.fund {
			if f.uid != uid {
				continue
			}
			if f.bonus {
				inBonus += f.amount
			} else {
				in += f.amount
			}
		}
		if w.paysWithBonus(uid) {
			u.bonus = inBonus
		}
		main, bonus := u.balance-in, u.bonus-inBonus
		for _, f := range w.fund {
			if f.uid != uid {
				continue
			}
			if f.bonus {
				bonus += f.amount
				f.balance = bonus
			} else {
				main += f.amount
				f.balance = main
			}
		}
	}
}

// seedPlans makes the service plans: balance refills.
func (w *world) seedPlans() {
	for i, p := range []servicePlan{
		{name: "Refill 10 USD", price: 10}, {name: "Refill 50 USD", price: 50, byDefault: true},
		{name: "Refill 100 USD", price: 100}, {name: "Refill 250 USD", price: 250, enabled: false},
	} {
		p.id = ServicePlanID + i
		p.typ, p.externID = "ONETIME", fmt.Sprintf("whmcs-%d", 10+i)
		p.description = fmt.Sprintf("Adds %.0f USD to the main balance", p.price)
		p.enabled = i < 3
		w.plans[p.id] = &p
	}
}

func (w *world) seedGroups(created time.Time) {
	qs := []struct {
		name, desc string
		def        int
	}{
		{"environment.maxcount", "Maximum number of environments", 10},
		{"environment.maxnodescount", "Maximum number of nodes per environment", 16},
		{"environment.maxcloudletsperrec", "Maximum cloudlets per node", 16},
		{"environment.maxsamenodescount", "Maximum nodes of one type per environment", 8},
		{"environment.externalip.enabled", "Public IP addresses allowed (1) or not (0)", 1},
		{"environment.externalip.maxcount", "Maximum public IPv4 addresses per environment", 2},
		{"disk.limitation", "Disk space per node, GB", 100},
		{"collaboration.maxmembers", "Maximum collaborators of an account", 5},
	}
	for i, q := range qs {
		w.quotas[q.name] = &quota{id: i + 1, name: q.name, description: q.desc, def: q.def}
	}
	full := func(over map[string]int) map[string]int {
		m := map[string]int{}
		for _, q := range w.quotas {
			m[q.name] = q.def
		}
		for k, v := range over {
			m[k] = v
		}
		return m
	}
	w.groups["trial"] = &group{name: "trial", typ: "TRIAL", description: "Free trial with bonus money",
		conversionGroup: "commercial", pricingIDs: []int{2}, hdGroups: []string{HardwareNodeGroup}, created: created,
		quotas: full(map[string]int{"environment.maxcount": 2, "environment.maxnodescount": 4,
			"environment.maxcloudletsperrec": 8, "environment.externalip.enabled": 0, "disk.limitation": 10,
			"collaboration.maxmembers": 0})}
	w.groups["commercial"] = &group{name: "commercial", typ: "BILLING", description: "Prepaid customers",
		pricingIDs: []int{PricingID}, hdGroups: []string{HardwareNodeGroup, "premium"}, created: created, quotas: full(nil)}
	w.groups["postpaid"] = &group{name: "postpaid", typ: "POST", description: "Invoiced monthly",
		pricingIDs: []int{PricingID}, hdGroups: []string{HardwareNodeGroup, "premium"}, created: created,
		quotas: full(map[string]int{"environment.maxcount": 50})}
	w.groups["legacy"] = &group{name: "legacy", typ: "BILLING", description: "Retired 2023 offer, no members",
		pricingIDs: []int{}, hdGroups: []string{HardwareNodeGroup}, created: created, quotas: full(nil)}
	w.defaultGroup, w.signupGroup, w.collabGroup = "trial", "trial", "commercial"
}

func (w *world) seedPricing() {
	for _, t := range []tariff{
		{id: TariffID, uniqName: "cloudlet-fixed", name: "Reserved cloudlets", typ: "CLOUDLET", resource: "cloudlets.fixed",
			grid: []tier{{0, 0.004}, {8, 0.0035}, {32, 0.003}}},
		{id: 102, uniqName: "cloudlet-flexible", name: "Dynamic cloudlets", typ: "CLOUDLET", resource: "cloudlets.flexible",
			grid: []tier{{0, 0.007}, {16, 0.006}}},
		{id: 103, uniqName: "disk", name: "Disk space, GB-hour", typ: "DISK", resource: "disk", grid: []tier{{0, 0.0002}}},
		{id: 104, uniqName: "traffic", name: "External traffic, GB", typ: "TRAFFIC", resource: "traffic.external",
			grid: []tier{{0, 0}, {10, 0.05}}},
		{id: 105, uniqName: "public-ip", name: "Public IPv4, hour", typ: "IP", resource: "ip.external", grid: []tier{{0, 0.005}}},
		{id: 106, uniqName: "ssl", name: "Custom SSL, hour", typ: "SSL", resource: "ssl", grid: []tier{{0, 0.0014}}},
		{id: 107, uniqName: "windows-license", name: "Windows license, hour", typ: "OPTION", resource: "license.windows",
			grid: []tier{{0, 0.02}}},
	} {
		t.extra = map[string]any{}
		w.tariffs[t.id] = &t
	}
	w.pricings[PricingID] = &pricing{id: PricingID, uniqName: "standard", name: "Standard pricing",
		tariffs: []int{101, 102, 103, 104, 105, 106}, grids: []string{"standard-grid"}, extra: map[string]any{}}
	w.pricings[2] = &pricing{id: 2, uniqName: "trial", name: "Trial pricing (bonus money)",
		tariffs: []int{101, 102, 103}, grids: []string{}, extra: map[string]any{}}
	w.pricings[3] = &pricing{id: 3, uniqName: "promo-2023", name: "2023 promotion (retired)",
		tariffs: []int{101, 103}, grids: []string{}, extra: map[string]any{}}
	for i, r := range []resource{
		{name: "Cloudlets", uniqName: "cloudlets", unit: "cloudlet-hour"},
		{name: "Disk", uniqName: "disk", unit: "GB-hour"},
		{name: "External traffic", uniqName: "traffic.external", unit: "GB"},
		{name: "Public IPv4", uniqName: "ip.external", unit: "IP-hour"},
		{name: "Custom SSL", uniqName: "ssl", unit: "hour"},
	} {
		r.id = ResourceID + i
		r.extra = map[string]any{}
		w.resources[r.id] = &r
	}
}

func (w *world) seedCommerce(r *rand.Rand, now time.Time) {
	day := 24 * time.Hour
	ago := func(days int) time.Time { return now.Add(-time.Duration(days) * day) }
	monthStart := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)

	// Pay methods.
	w.payMethods = []*payMethod{
		{id: PayMethodID, uid: UserUID, typ: "CARD", holder: "Alice Martin", last4: "4242", brand: "VISA", expMonth: 8,
			expYear: now.Year() + 2, isDef: true, enabled: true, created: ago(180)},
		{id: "pm-1001-paypal", uid: UserUID, typ: "PAYPAL", enabled: true, created: ago(90)},
		{id: "pm-1004-card", uid: LowBalanceUID, typ: "CARD", holder: "Dave Patel", last4: "0005", brand: "AMEX",
			expMonth: 1, expYear: now.Year() + 1, isDef: true, enabled: true, created: ago(110)},
		{id: "pm-1005-bank", uid: ResellerOwner, typ: "BANK_TRANSFER", isDef: true, enabled: true, created: ago(290)},
		{id: "pm-1-card", uid: AdminUID, typ: "CARD", holder: "Hoster Admin", last4: "1881", brand: "MASTERCARD",
			expMonth: 12, expYear: now.Year() + 3, isDef: true, enabled: true, created: ago(380)},
	}

	w.autoPays[AutoPayID] = &autoPay{id: AutoPayID, uid: UserUID, typ: "LEVEL", planID: ServicePlanID + 1,
		payMethod: PayMethodID, minBal: 20, minPeriod: 24, expires: now.AddDate(1, 0, 0), created: ago(100),
		history: []obj{{"dateTime": ago(40).Format(Layout), "amount": 50.0, "status": "APPROVED"}}}
	id := 801 + len(w.orders)
	w.orders = append(w.orders, &order{id: id, uid: LowBalanceUID, planID: ServicePlanID, status: "DECLINED",
		amount: 10, payMethod: "pm-1004-card", externID: fmt.Sprintf("ord-%d", id), created: ago(1)})
	// The latest payment of the user and of the admin are news, as the platform reports them.
	paid := map[int]*order{}
	for _, o := range w.orders {
		if o.status == "APPROVED" {
			paid[o.uid] = o
		}
	}
	received := func(o *order) string { return fmt.Sprintf("Payment of %.2f USD received", o.amount) }
	w.news = []*news{
		{id: "news-1", uid: UserUID, title: received(paid[UserUID]), read: true, created: paid[UserUID].created},
		{id: "news-2", uid: UserUID, title: "Your card ending 4242 expires in less than 2 years", created: ago(3)},
		{id: "news-3", uid: LowBalanceUID, title: "Payment of 10.00 USD declined", created: ago(1)},
		{id: "news-4", uid: AdminUID, title: received(paid[AdminUID]), created: paid[AdminUID].created},
	}

	// Subscriptions and products.
	w.categories[CategoryID] = "Hosting"
	w.categories[2] = "Add-ons"
	w.products[ProductID] = &product{id: ProductID, categoryID: CategoryID, name: "WordPress Standard",
		description: "Managed WordPress environment", items: []productItem{{4011, "WordPress environment", "ENVIRONMENT", 19}},
		plans: []subPlan{{4501, ProductID, "MONTH", 19}, {4502, ProductID, "YEAR", 190}}}
	w.products[402] = &product{id: 402, categoryID: CategoryID, name: "Managed PostgreSQL",
		description: "A PostgreSQL cluster with backups", items: []productItem{{4021, "PostgreSQL node", "NODE", 29}},
		plans: []subPlan{{4503, 402, "MONTH", 29}}}
	w.products[403] = &product{id: 403, categoryID: 2, name: "Extra public IP",
		description: "One more public IPv4 address", items: []productItem{{4031, "Public IPv4", "IP", 3}},
		plans: []subPlan{{4504, 403, "MONTH", 3}}}
	w.subs[SubscriptionID] = &subscription{id: SubscriptionID, uid: UserUID, productID: ProductID, planID: 4501,
		status: "ACTIVE", autopay: true, created: ago(80), periodEnd: monthStart.AddDate(0, 1, 0),
		items: []*subItem{{id: SubscriptionItem, productItemID: 4011, quantity: 2,
			resources: []*subResource{{id: SubscriptionRes, envName: UserEnvName}}}}}
	w.subs[602] = &subscription{id: 602, uid: UserUID, productID: 403, planID: 4504, status: "CANCELED",
		created: ago(70), periodEnd: ago(40), cancelAt: ago(40),
		items: []*subItem{{id: 6021, productItemID: 4031, quantity: 1}}}
	w.subs[603] = &subscription{id: 603, uid: LowBalanceUID, productID: ProductID, planID: 4501, status: "ACTIVE",
		autopay: false, created: ago(100), periodEnd: monthStart.AddDate(0, 1, 0),
		items: []*subItem{{id: 6031, productItemID: 4011, quantity: 1, pendingQty: 2,
			resources: []*subResource{{id: 60311, envName: "blog-dave"}}}}}
	w.subs[604] = &subscription{id: 604, uid: UserUID, productID: 402, planID: 4503, status: "ACTIVE", autopay: true,
		created: ago(30), periodEnd: monthStart.AddDate(0, 1, 0), cancelAt: monthStart.AddDate(0, 1, 0),
		items: []*subItem{{id: 6041, productItemID: 4021, quantity: 1, resources: []*subResource{{id: 60411, envName: "api-alice"}}}}}

	// Invoices in every state.
	inv := func(id, uid int, typ, status string, amt float64, start time.Time, sub int) {
		end := start.AddDate(0, 1, 0)
		i := &invoice{id: id, uid: uid, uniqueName: fmt.Sprintf("INV-%s-%04d", start.Format("200601"), id-5000), typ: typ,
			status: status, amount: amt, created: end, due: end.Add(14 * day), periodStart: start, periodEnd: end,
			subID: sub, ebsID: fmt.Sprintf("EBS-%d", id)}
		if i.created.After(now) {
			i.created, i.due = now.Add(-2*day), now.Add(12*day)
		}
		if status == "PAID" {
			i.paidOn, i.payMethod = i.created.Add(time.Duration(1+r.IntN(48))*time.Hour), PayMethodID
		}
		w.invoices[id] = i
	}
	inv(PaidInvoiceID, UserUID, "SUBSCRIPTION", "PAID", 19, monthStart.AddDate(0, -3, 0), SubscriptionID)
	inv(5002, UserUID, "SUBSCRIPTION", "PAID", 19, monthStart.AddDate(0, -2, 0), SubscriptionID)
	inv(UnpaidInvoiceID, UserUID, "SUBSCRIPTION", "UNPAID", 19, monthStart.AddDate(0, -1, 0), SubscriptionID)
	inv(VoidInvoiceID, UserUID, "SUBSCRIPTION", "VOID", 3, monthStart.AddDate(0, -2, 0), 602)
	inv(LowBalanceInvID, LowBalanceUID, "SUBSCRIPTION", "UNPAID", 19, monthStart.AddDate(0, -1, 0), 603)
	inv(5006, ResellerOwner, "POST_PAYMENT", "PAID", amountOf(r, 180, 260), monthStart.AddDate(0, -2, 0), 0)
	inv(5007, ResellerOwner, "POST_PAYMENT", "UNPAID", amountOf(r, 180, 260), monthStart.AddDate(0, -1, 0), 0)
	inv(5008, ResellerOwner, "POST_PAYMENT", "DRAFT", amountOf(r, 60, 120), monthStart, 0)

	w.resellers[ResellerID] = &reseller{id: ResellerID, ownerUID: ResellerOwner, name: "Partner Cloud",
		appid: "partner-cluster", platform: map[string]any{"domain": "partner.example", "brand": "Partner Cloud"},
		regions: []any{"eu-1"}, settings: map[string]any{"currency": Currency}, status: "ACTIVE", created: ago(300)}
}

func amountOf(r *rand.Rand, lo, hi float64) float64 { return money(lo + r.Float64()*(hi-lo)) }

// fnv hashes a string with a key, for stable appids.
func fnv(key uint64, s string) uint64 {
	h := key ^ 0xcbf29ce484222325
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 0x100000001b3
	}
	return h
}
