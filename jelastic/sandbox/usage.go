package sandbox

import (
	"math"
	"sort"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// Billing history is not stored: the cost of a node in an hour is a pure function of the
// seed, the node and the hour, so any range is computed on demand and two platforms built
// from the same seed agree on every hour.

// Prices per hour used by the generator (they match the seeded standard tariffs).
const (
	priceFixedCloudlet    = 0.004
	priceFlexibleCloudlet = 0.007
	priceDiskGB           = 0.0002
	priceTrafficGB        = 0.05
	priceIP               = 0.005
)

// rec is one billing record: what one node cost in one hour for one kind of resource.
// Costs are whole millionths, so that any sum of them is exact to the cent and beyond.
type rec struct {
	at        time.Time // start of the hour
	n         *node
	typ       string // cloudlets, disk, traffic, ip
	cost      float64
	value     float64 // amount of the resource: cloudlet-hours, GB(-hours), address-hours
	fixed     float64 // reserved cloudlets (cloudlets records)
	flex      float64 // dynamic cloudlets used (cloudlets records)
	fixedCost float64 // the part of cost for reserved cloudlets
	flexCost  float64 // the part of cost for dynamic cloudlets
	paid      bool
	bonus     bool // paid from the bonus balance (trial accounts)
}

// mix turns its inputs into a uniform number in [0, 1).
func mix(a, b, c uint64) float64 {
	x := a ^ b*0x9e3779b97f4a7c15 ^ c*0xbf58476d1ce4e5b9
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return float64(x>>11) / (1 << 53)
}

// historyStart is the first hour with billing history.
func (w *world) historyStart() time.Time { return w.now.Add(-historyDays * 24 * time.Hour) }

// records calls fn for each billing record of nodes in the hours starting in [from, to).
func (w *world) records(nodes []*node, from, to time.Time, fn func(rec)) {
	first := from.Truncate(time.Hour)
	if first.Before(from) {
		first = first.Add(time.Hour)
	}
	if hs := w.historyStart(); first.Before(hs) {
		first = hs
	}
	if to.After(w.now) {
		to = w.now
	}
	for _, n := range nodes {
		e := n.env
		bonus := w.paysWithBonus(e.uid)
		start := first
		if c := e.created.Truncate(time.Hour); start.Before(c) {
			start = c
		}
		for h := start; h.Before(to); h = h.Add(time.Hour) {
			if w.isCleared(e.name, h) {
				continue
			}
			w.nodeHour(n, h, bonus, fn)
		}
	}
}

func (w *world) isCleared(envName string, h time.Time) bool {
	for _, c := range w.cleared {
		if c.env == envName && !h.Before(c.from) && h.Before(c.to) {
			return true
		}
	}
	return false
}

// paysWithBonus reports whether uid's usage is paid from the bonus balance: trial accounts.
func (w *world) paysWithBonus(uid int) bool {
	u := w.users[uid]
	if u == nil {
		return false
	}
	g := w.groups[u.group]
	return g != nil && g.typ == "TRIAL"
}

func (w *world) nodeHour(n *node, h time.Time, bonus bool, fn func(rec)) {
	hour := uint64(h.Unix() / 3600)
	id := uint64(n.id)
	paid := h.Before(w.paidUntil)
	diskUsed := math.Round(n.diskGB*(0.35+0.2*mix(w.salt, id, 7))*100) / 100
	fn(rec{at: h, n: n, typ: "disk", cost: round6(diskUsed * priceDiskGB), value: diskUsed, paid: paid, bonus: bonus})
	if !n.env.stoppedAt.IsZero() && !h.Before(n.env.stoppedAt) {
		return // a stopped environment keeps only its disk
	}
	// Dynamic cloudlets follow the time of day, with noise.
	daily := 0.5 + 0.5*math.Sin(2*math.Pi*float64(h.Hour()-9)/24)
	use := n.load * (0.6 + 0.8*daily) * (0.75 + 0.5*mix(w.salt, id, hour))
	flex := math.Round(math.Min(1, use)*float64(n.flexible)*100) / 100
	fixed := float64(n.fixed)
	fc, xc := round6(fixed*priceFixedCloudlet), round6(flex*priceFlexibleCloudlet)
	fn(rec{at: h, n: n, typ: "cloudlets", cost: fc + xc, value: fixed + flex, fixed: fixed, flex: flex,
		fixedCost: fc, flexCost: xc, paid: paid, bonus: bonus})
	if n.publicIP {
		fn(rec{at: h, n: n, typ: "ip", cost: priceIP, value: 1, paid: paid, bonus: bonus})
		gb := math.Round(0.6*daily*mix(w.salt^0x7a, id, hour)*1000) / 1000
		if gb > 0 {
			fn(rec{at: h, n: n, typ: "traffic", cost: round6(gb * priceTrafficGB), value: gb, paid: paid, bonus: bonus})
		}
	}
}

// nodesOf lists the nodes of uid's environments (all users' when uid is 0), optionally only
// of the environment with appid.
func (w *world) nodesOf(uid int, appid string) ([]*node, error) {
	var out []*node
	found := appid == ""
	for _, e := range w.envs {
		if uid != 0 && e.uid != uid {
			continue
		}
		if appid != "" && e.appid != appid && e.name != appid {
			continue
		}
		found = true
		out = append(out, e.nodes...)
	}
	if !found {
		return nil, notFound("environment", appid)
	}
	return out, nil
}

// bucketStart is the start of the period bucket holding t, in the zone timeOffset minutes
// east of UTC. AGE puts everything in one bucket starting at from.
func bucketStart(t time.Time, p jelastic.Period, offset int, from time.Time) time.Time {
	loc := time.FixedZone("", offset*60)
	l := t.In(loc)
	switch p {
	case jelastic.PeriodHour:
		return l.Truncate(time.Hour)
	case jelastic.PeriodDay:
		return time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, loc)
	case jelastic.PeriodWeek:
		d := time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, loc)
		return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
	case jelastic.PeriodMonth:
		return time.Date(l.Year(), l.Month(), 1, 0, 0, 0, 0, loc)
	case jelastic.PeriodYear:
		return time.Date(l.Year(), 1, 1, 0, 0, 0, 0, loc)
	}
	return from.In(loc)
}

// agg accumulates records that share a key, split by what they paid for.
type agg struct {
	at    time.Time
	n     *node
	e     *env
	typ   string
	cost  float64
	hours int // node-hours (one cloudlets or disk record per node and hour)
	count int // hourly records
	nodes map[int]bool
	paid  bool
	bonus bool

	fixed, flex, fixedCost, flexCost float64 // cloudlets
	disk, diskCost                   float64 // GB-hours of disk
	traffic, trafficCost             float64 // GB of external traffic
	ip, ipCost                       float64 // public IPv4 address-hours
}

func (a *agg) add(r rec) {
	a.cost += r.cost
	a.count++
	if a.nodes == nil {
		a.nodes = map[int]bool{}
	}
	a.nodes[r.n.id] = true
	switch r.typ {
	case "cloudlets":
		a.fixed += r.fixed
		a.flex += r.flex
		a.fixedCost += r.fixedCost
		a.flexCost += r.flexCost
		a.hours++
	case "disk":
		a.disk += r.value
		a.diskCost += r.cost
	case "traffic":
		a.traffic += r.value
		a.trafficCost += r.cost
	case "ip":
		a.ip += r.value
		a.ipCost += r.cost
	}
	a.paid = a.paid && r.paid
	a.bonus = a.bonus || r.bonus
}

// costFields are the amounts and costs of a history item, named as in the reference's sample
// answer of GetAccountBillingHistoryByPeriod (https://accuweb.cloud/api/docs/latest/quick-reference/quickstart-billing-account,
// a hoster's mirror of docs.jelastic.com): cloudlets, storage (disk), external network
// (traffic) and other resources (public IPs). cost is the sum of the five *Cost fields.
// The sandbox has no free allowances, minimum fees or licences: those fields are 0.
func (a *agg) costFields() obj {
	return obj{
		"cost": round6(a.cost), "isPaid": a.paid, "isWithdrawn": a.paid, "isBonus": a.bonus, "isRemote": false,
		"count": a.count, "nodeCount": len(a.nodes),
		"fixedCloudletsAmount": round6(a.fixed), "flexibleCloudletsAmount": round6(a.flex),
		"usedCloudletsAmount": round6(a.fixed + a.flex), "fixedCloudletsCost": round6(a.fixedCost),
		"flexibleCloudletsCost": round6(a.flexCost), "usedStorageAmount": round6(a.disk),
		"storageCost": round6(a.diskCost), "billNetworkExtAmount": round6(a.traffic),
		"networkExtCost": round6(a.trafficCost), "resourceBillableAmount": round6(a.ip),
		"resourceCost": round6(a.ipCost), "fixedCloudletsFreeAmount": 0, "flexibleCloudletsFreeAmount": 0,
		"networkExtFreeAmount": 0, "resourceFreeAmount": 0, "resourceFreeCost": 0, "minFeeResourceAmount": 0,
		"licenceHours": 0,
	}
}

// envFields name the environment an item belongs to.
func envFields(o obj, e *env) obj {
	o["envName"], o["appid"], o["domain"] = e.name, e.appid, e.domain()
	o["hostGroupDisplayName"] = hostGroupName(e.hdGroup)
	return o
}

// hostGroupName is how the dashboard shows a region (host group).
func hostGroupName(hd string) string {
	if hd == "" {
		return ""
	}
	return strings.ToUpper(hd[:1]) + hd[1:]
}

// aggregator groups records by a key and keeps the groups in a stable order.
type aggregator struct {
	m     map[string]*agg
	order []*agg
}

func (g *aggregator) get(key string, mk func() *agg) *agg {
	if g.m == nil {
		g.m = map[string]*agg{}
	}
	a := g.m[key]
	if a == nil {
		a = mk()
		a.paid = true
		g.m[key] = a
		g.order = append(g.order, a)
	}
	return a
}

func (g *aggregator) sorted() []*agg {
	sort.SliceStable(g.order, func(i, j int) bool {
		a, b := g.order[i], g.order[j]
		if !a.at.Equal(b.at) {
			return a.at.Before(b.at)
		}
		if a.e != nil && b.e != nil && a.e.name != b.e.name {
			return a.e.name < b.e.name
		}
		if a.n != nil && b.n != nil && a.n.id != b.n.id {
			return a.n.id < b.n.id
		}
		return a.typ < b.typ
	})
	return g.order
}

// sum adds up the cost of nodes in [from, to).
func (w *world) sum(nodes []*node, from, to time.Time) float64 {
	total := 0.0
	w.records(nodes, from, to, func(r rec) { total += r.cost })
	return total
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

func roundMap(m map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(m))
	for k, v := range m {
		out[k] = round6(v)
	}
	return out
}
