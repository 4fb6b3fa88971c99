package sandbox

import (
	"math"
	"sort"
	"time"
)

// Layout is how the sandbox writes times in answers, as the platform does.
const Layout = "2006-01-02 15:04:05"

// Currency is the hoster's currency.
const Currency = "USD"

// historyDays is how far back the generated billing history goes.
const historyDays = 90

// Account statuses, as GetAccount reports them in "status".
const (
	statusActive      = 1
	statusSuspended   = 2
	statusDeactivated = 3
	statusDestroyed   = 4
)

var statusNames = map[int]string{statusActive: "ACTIVE", statusSuspended: "SUSPENDED",
	statusDeactivated: "DEACTIVATED", statusDestroyed: "DESTROYED"}

type user struct {
	uid        int
	email      string
	name       string
	phone      string
	group      string
	status     int
	balance    float64
	bonus      float64
	createdOn  time.Time
	lastLogin  time.Time
	note       string
	resellerID int
	threshold  float64           // personal low-balance threshold; 0: none
	customer   map[string]any    // billing details (SetBillingInfo)
	quotas     map[string]string // per-user quota overrides
	externalID string
	// When the group and the status last changed, as GetAccount reports them.
	groupOn, prevGroupOn, statusOn time.Time
}

// moveTo puts u in group g, remembering when, as the platform's updatedGroupOn does.
func (u *user) moveTo(g string, at time.Time) {
	if u.group == g {
		return
	}
	u.group, u.prevGroupOn, u.groupOn = g, u.groupOn, at
}

// setStatus changes u's status and remembers when.
func (u *user) setStatus(s int, at time.Time) {
	if u.status != s {
		u.status, u.statusOn = s, at
	}
}

// view is the account as GetAccount and the account lists answer it. Its 22 fields are those
// of the reference's AccountResponse (billing.Account.GetAccount in the API reference, e.g. the
// hoster mirror https://accuweb.cloud/api/?p=2746): "group" is the group's name, "status" the
// numeric status, times are UTC in Layout, "credit" and "debit" the money ever put on and
// taken from the main balance (the sums of the account's fund history).
func (u *user) view(w *world) obj {
	g := w.groups[u.group]
	gtype, winDomain, hdGroups := "", 0, []string{HardwareNodeGroup}
	if g != nil {
		gtype, winDomain, hdGroups = g.typ, g.winDomainID, g.hdGroups
	}
	credit, debit := 0.0, 0.0
	for _, f := range w.fund {
		if f.uid != u.uid || f.bonus {
			continue
		}
		if f.amount > 0 {
			credit += f.amount
		} else {
			debit -= f.amount
		}
	}
	payMethod := ""
	for _, m := range w.payMethods {
		if m.uid == u.uid && m.isDef {
			payMethod = m.id
		}
	}
	return obj{
		"uid": u.uid, "email": u.email, "balance": money(u.balance), "bonus": money(u.bonus),
		"credit": money(credit), "debit": money(debit),
		"group": u.group, "groupType": gtype, "groupWinDomain": winDomain,
		"hardNodeGroups": hdGroups, "defaultHardNodeGroup": hdGroups[0], "defaultPayMethodId": payMethod,
		"ebsUserId": u.externalID, "isCommerial": gtype != "TRIAL", "isEnabled": u.status == statusActive,
		"isRegistered": len(u.customer) > 0, "language": "en", "status": u.status,
		"createdOn": u.createdOn.Format(Layout), "updatedGroupOn": u.groupOn.Format(Layout),
		"previousUpdatedGroupOn": u.prevGroupOn.Format(Layout), "updatedStatusOn": u.statusOn.Format(Layout),
	}
}

type env struct {
	name      string
	appid     string
	uid       int
	status    string // RUNNING or STOPPED
	created   time.Time
	stoppedAt time.Time // zero: running; disk is still billed after it
	hdGroup   string
	nodes     []*node
	tariffs   []string // attached tariff uniqNames
}

func (e *env) domain() string { return e.name + ".sandbox.jelastic.invalid" }

func (e *env) view() obj {
	return obj{"envName": e.name, "appid": e.appid, "domain": e.domain(),
		"uid": e.uid, "status": e.status, "createdOn": e.created.Format(Layout),
		"hardwareNodeGroup": e.hdGroup, "nodes": len(e.nodes), "tariffs": e.tariffs}
}

type node struct {
	id        int
	env       *env
	nodeType  string // e.g. nginxphp, mysql
	nodeGroup string // layer: bl, cp, sqldb, nosqldb, storage
	fixed     int    // reserved cloudlets
	flexible  int    // scaling limit
	diskGB    float64
	publicIP  bool
	load      float64 // typical share of the scaling limit in use
}

type fundEntry struct {
	id      int
	uid     int
	at      time.Time
	amount  float64 // positive: money in; negative: money out
	bonus   bool    // the bonus balance moved, not the main one
	op      string  // chargeType: FUND, UNFUND, CHARGE, BONUS
	note    string
	balance float64 // main (or bonus) balance after the operation
}

// view is one item of GetFundAccountHistory's "responses". The names are those public
// clients of real platforms read (chargeType "FUND", operationDate in epoch milliseconds:
// e.g. the saveincloud billing reports on GitHub); the rest follow the account's names.
func (f *fundEntry) view() obj {
	return obj{"id": f.id, "uid": f.uid, "operationDate": f.at.UnixMilli(), "chargeType": f.op,
		"amount": round6(f.amount), "isBonus": f.bonus, "note": f.note, "balance": round6(f.balance)}
}

func sortFund(fs []*fundEntry) {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].at.Before(fs[j].at) })
}

type invoice struct {
	id          int
	uid         int
	uniqueName  string
	typ         string // POST_PAYMENT or SUBSCRIPTION
	status      string // DRAFT, UNPAID, PAID, VOID
	amount      float64
	created     time.Time
	due         time.Time
	paidOn      time.Time
	periodStart time.Time
	periodEnd   time.Time
	subID       int
	ebsID       string
	payMethod   string
}

func (i *invoice) view(w *world) obj {
	o := obj{"id": i.id, "uid": i.uid, "uniqueName": i.uniqueName, "type": i.typ, "status": i.status,
		"amount": money(i.amount), "currency": Currency, "createdOn": i.created.Format(Layout),
		"dueDate": i.due.Format(Layout), "periodStart": i.periodStart.Format(Layout),
		"periodEnd": i.periodEnd.Format(Layout), "subscriptionId": i.subID, "ebsInvoiceId": i.ebsID}
	if !i.paidOn.IsZero() {
		o["paidOn"] = i.paidOn.Format(Layout)
	}
	if u := w.users[i.uid]; u != nil {
		o["email"] = u.email
	}
	return o
}

type group struct {
	name            string
	typ             string // TRIAL, BILLING, POST
	description     string
	domain          string
	conversionGroup string
	quotas          map[string]int
	pricingIDs      []int
	hdGroups        []string
	winDomainID     int
	created         time.Time
}

func (g *group) view(w *world) obj {
	users := 0
	for _, u := range w.users {
		if u.group == g.name {
			users++
		}
	}
	return obj{"name": g.name, "type": g.typ, "description": g.description, "domain": g.domain,
		"conversionGroup": g.conversionGroup, "isDefault": w.defaultGroup == g.name,
		"isSignup": w.signupGroup == g.name, "isCollaboration": w.collabGroup == g.name,
		"pricingModels": g.pricingIDs, "hardwareNodeGroups": g.hdGroups, "winDomainId": g.winDomainID,
		"usersCount": users, "createdOn": g.created.Format(Layout)}
}

type quota struct {
	id          int
	name        string
	description string
	referenceID string
	def         int
}

func (q *quota) view() obj {
	return obj{"id": q.id, "name": q.name, "description": q.description, "referenceId": q.referenceID,
		"defaultValue": q.def}
}

type pricing struct {
	id       int
	uniqName string
	name     string
	tariffs  []int
	grids    []string
	extra    map[string]any // other fields given on creation or edit
}

type tariff struct {
	id       int
	uniqName string
	name     string
	typ      string // CLOUDLET, DISK, TRAFFIC, IP, SSL
	resource string
	grid     []tier
	extra    map[string]any
}

type tier struct {
	From  float64 `json:"from"`
	Price float64 `json:"price"`
}

type resource struct {
	id       int
	name     string
	uniqName string
	unit     string
	extra    map[string]any
}

type payMethod struct {
	id       string
	uid      int
	typ      string // CARD, PAYPAL, BANK_TRANSFER
	holder   string
	last4    string
	brand    string
	expMonth int
	expYear  int
	isDef    bool
	enabled  bool
	created  time.Time
}

func (m *payMethod) view() obj {
	o := obj{"id": m.id, "uid": m.uid, "type": m.typ, "isDefault": m.isDef, "enabled": m.enabled,
		"createdOn": m.created.Format(Layout)}
	if m.typ == "CARD" {
		o["card"] = obj{"holder": m.holder, "last4": m.last4, "brand": m.brand, "expireMonth": m.expMonth, "expireYear": m.expYear}
	}
	return o
}

type servicePlan struct {
	id          int
	name        string
	description string
	typ         string // ONETIME or AUTOPAY
	externID    string
	price       float64
	enabled     bool
	byDefault   bool
}

func (s *servicePlan) view() obj {
	return obj{"id": s.id, "name": s.name, "label": s.name, "description": s.description, "type": s.typ,
		"servicePlanType": s.typ, "externalPlanId": s.externID, "price": money(s.price), "currency": Currency,
		"enabled": s.enabled, "byDefault": s.byDefault}
}

type autoPay struct {
	id        int
	uid       int
	typ       string // LEVEL or REGULAR
	planID    int
	payMethod string
	minBal    int
	minPeriod int
	cron      string
	timeZone  string
	expires   time.Time
	created   time.Time
	history   []obj
}

func (a *autoPay) view() obj {
	o := obj{"id": a.id, "uid": a.uid, "type": a.typ, "servicePlanId": a.planID, "paymentMethodId": a.payMethod,
		"expires": a.expires.Format(Layout), "createdOn": a.created.Format(Layout)}
	if a.typ == "LEVEL" {
		o["minBalance"], o["minPeriod"] = a.minBal, a.minPeriod
	} else {
		o["cronExpression"], o["timeZone"] = a.cron, a.timeZone
	}
	return o
}

type order struct {
	id        int
	uid       int
	planID    int
	status    string // APPROVED, PENDING, DECLINED
	amount    float64
	payMethod string
	externID  string
	created   time.Time
}

func (o *order) view() obj {
	return obj{"id": o.id, "uid": o.uid, "servicePlanId": o.planID, "status": o.status, "amount": money(o.amount),
		"currency": Currency, "payMethodId": o.payMethod, "externOrderId": o.externID, "createdOn": o.created.Format(Layout)}
}

type news struct {
	id      string
	uid     int
	title   string
	read    bool
	created time.Time
}

type product struct {
	id          int
	categoryID  int
	name        string
	description string
	items       []productItem
	plans       []subPlan
}

type productItem struct {
	ID       int     `json:"id"`
	Name     string  `json:"name"`
	Resource string  `json:"resourceType"`
	Price    float64 `json:"price"`
}

type subPlan struct {
	ID        int     `json:"id"`
	ProductID int     `json:"productId"`
	Period    string  `json:"period"`
	Price     float64 `json:"price"`
}

type subscription struct {
	id        int
	uid       int
	productID int
	planID    int
	status    string // ACTIVE, CANCELED
	autopay   bool
	created   time.Time
	periodEnd time.Time
	cancelAt  time.Time
	items     []*subItem
}

type subItem struct {
	id            int
	productItemID int
	quantity      int
	pendingQty    int // 0: no pending update
	resources     []*subResource
}

type subResource struct {
	id      int
	envName string
}

func (s *subscription) view(w *world) obj {
	var items []obj
	for _, it := range s.items {
		var res []obj
		for _, r := range it.resources {
			res = append(res, obj{"id": r.id, "envName": r.envName})
		}
		if res == nil {
			res = []obj{}
		}
		o := obj{"id": it.id, "productItemId": it.productItemID, "quantity": it.quantity, "resources": res}
		if it.pendingQty > 0 {
			o["pendingQuantity"] = it.pendingQty
		}
		items = append(items, o)
	}
	o := obj{"id": s.id, "uid": s.uid, "productId": s.productID, "servicePlanId": s.planID, "status": s.status,
		"autopay": s.autopay, "createdOn": s.created.Format(Layout), "currentPeriodEnd": s.periodEnd.Format(Layout),
		"items": items}
	if p := w.products[s.productID]; p != nil {
		o["productName"] = p.name
	}
	if !s.cancelAt.IsZero() {
		o["cancelAt"] = s.cancelAt.Format(Layout)
	}
	return o
}

type reseller struct {
	id       int
	ownerUID int
	name     string
	appid    string
	platform map[string]any
	regions  any
	settings map[string]any
	status   string
	created  time.Time
}

func (r *reseller) view() obj {
	return obj{"id": r.id, "ownerUid": r.ownerUID, "name": r.name, "appid": r.appid, "platform": r.platform,
		"regions": r.regions, "settings": r.settings, "status": r.status, "createdOn": r.created.Format(Layout)}
}

// clearedRange is billing history removed by Utils.ClearBillingHistory.
type clearedRange struct {
	env      string
	from, to time.Time
}

// world is the platform's whole state. Every access holds Platform.mu.
type world struct {
	seed   int64
	salt   uint64 // seed-derived key of the hourly cost noise
	now    time.Time
	nextID int

	users        map[int]*user
	envs         []*env
	fund         []*fundEntry
	invoices     map[int]*invoice
	groups       map[string]*group
	defaultGroup string
	signupGroup  string
	collabGroup  string
	quotas       map[string]*quota
	pricings     map[int]*pricing
	tariffs      map[int]*tariff
	resources    map[int]*resource
	payMethods   []*payMethod
	plans        map[int]*servicePlan
	autoPays     map[int]*autoPay
	orders       []*order
	news         []*news
	categories   map[int]string
	products     map[int]*product
	subs         map[int]*subscription
	resellers    map[int]*reseller
	cleared      []clearedRange
	paidUntil    time.Time      // billing history before it counts as paid
	monthTraffic map[string]int // "uid/2024-04-01" -> external traffic in MB
	events       []Event
}

// id hands out a fresh id for created objects.
func (w *world) id() int { w.nextID++; return w.nextID }

// clock is the time of a change made now: the wall clock, never before the seeded "now".
func (w *world) clock() time.Time {
	t := time.Now().UTC().Truncate(time.Second)
	if t.Before(w.now) {
		return w.now
	}
	return t
}

// money rounds to cents' hundredths, as amounts are shown.
func money(x float64) float64 { return math.Round(x*10000) / 10000 }
