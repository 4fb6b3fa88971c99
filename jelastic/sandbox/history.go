package sandbox

import (
	"fmt"
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
type rec struct {
	at    time.Time // start of the hour
	n     *node
	typ   string // cloudlets, disk, traffic, ip
	cost  float64
	value float64 // amount of the resource: cloudlets, GB, addresses
	fixed float64 // reserved cloudlets (cloudlets records)
	flex  float64 // dynamic cloudlets used (cloudlets records)
	paid  bool
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
		start := first
		if c := e.created.Truncate(time.Hour); start.Before(c) {
			start = c
		}
		for h := start; h.Before(to); h = h.Add(time.Hour) {
			if w.isCleared(e.name, h) {
				continue
			}
			w.nodeHour(n, h, fn)
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

func (w *world) nodeHour(n *node, h time.Time, fn func(rec)) {
	hour := uint64(h.Unix() / 3600)
	id := uint64(n.id)
	paid := h.Before(w.paidUntil)
	diskUsed := math.Round(n.diskGB*(0.35+0.2*mix(w.salt, id, 7))*100) / 100
	fn(rec{at: h, n: n, typ: "disk", cost: diskUsed * priceDiskGB, value: diskUsed, paid: paid})
	if !n.env.stoppedAt.IsZero() && !h.Before(n.env.stoppedAt) {
		return // a stopped environment keeps only its disk
	}
	// Dynamic cloudlets follow the time of day, with noise.
	daily := 0.5 + 0.5*math.Sin(2*math.Pi*float64(h.Hour()-9)/24)
	use := n.load * (0.6 + 0.8*daily) * (0.75 + 0.5*mix(w.salt, id, hour))
	flex := math.Round(math.Min(1, use)*float64(n.flexible)*100) / 100
	fixed := float64(n.fixed)
	fn(rec{at: h, n: n, typ: "cloudlets", cost: fixed*priceFixedCloudlet + flex*priceFlexibleCloudlet,
		value: fixed + flex, fixed: fixed, flex: flex, paid: paid})
	if n.publicIP {
		fn(rec{at: h, n: n, typ: "ip", cost: priceIP, value: 1, paid: paid})
		gb := math.Round(0.6*daily*mix(w.salt^0x7a, id, hour)*1000) / 1000
		if gb > 0 {
			fn(rec{at: h, n: n, typ: "traffic", cost: gb * priceTrafficGB, value: gb, paid: paid})
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

// agg accumulates records that share a key.
type agg struct {
	at     time.Time
	n      *node
	e      *env
	typ    string
	cost   float64
	value  float64
	fixed  float64
	flex   float64
	hours  int
	paid   bool
	byType map[string]float64
}

func (a *agg) add(r rec) {
	a.cost += r.cost
	a.value += r.value
	a.fixed += r.fixed
	a.flex += r.flex
	if r.typ == "cloudlets" || r.typ == "disk" {
		a.hours++
	}
	a.paid = a.paid && r.paid
	if a.byType != nil {
		a.byType[r.typ] += r.cost
	}
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

// checkRange validates a [start, end) pair.
func checkRange(from, to time.Time, fromName, toName string) error {
	if !to.After(from) {
		return fail(CodeInvalidParam, "parameter [%s] (%s) must be after [%s] (%s)", toName, to.Format(Layout), fromName, from.Format(Layout))
	}
	return nil
}

// historyQuery is the shared part of the billing-history methods.
type historyQuery struct {
	from, to   time.Time
	period     jelastic.Period
	offset     int
	groupNodes bool
}

func (c *call) historyQuery(fromK, toK string) (historyQuery, error) {
	q := historyQuery{from: c.time(fromK), to: c.time(toK), period: c.period("period"),
		offset: c.intOr("timeOffset", 0), groupNodes: c.boolOr("groupNodes", false)}
	if q.offset < -14*60 || q.offset > 14*60 {
		return q, fail(CodeInvalidParam, "parameter [timeOffset] must be between -840 and 840 minutes, got %d", q.offset)
	}
	return q, checkRange(q.from, q.to, fromK, toK)
}

// nodeHistory is the history of nodes bucketed by period, one item per node (or layer) and type.
func (w *world) nodeHistory(nodes []*node, q historyQuery) []obj {
	var g aggregator
	w.records(nodes, q.from, q.to, func(r rec) {
		b := bucketStart(r.at, q.period, q.offset, q.from)
		key := fmt.Sprintf("%d/%s/%d/%s", b.Unix(), r.n.env.name, r.n.id, r.typ)
		if q.groupNodes {
			key = fmt.Sprintf("%d/%s/%s/%s", b.Unix(), r.n.env.name, r.n.nodeGroup, r.typ)
		}
		g.get(key, func() *agg { return &agg{at: b, n: r.n, e: r.n.env, typ: r.typ} }).add(r)
	})
	out := []obj{}
	for _, a := range g.sorted() {
		o := obj{"dateTime": a.at.Format(Layout), "uid": a.e.uid, "envName": a.e.name, "appid": a.e.appid,
			"nodeGroup": a.n.nodeGroup, "type": a.typ, "cost": round6(a.cost), "isPaid": a.paid,
			"resourceValue": round6(a.value), "currency": Currency}
		if q.groupNodes {
			o["nodeid"] = 0
		} else {
			o["nodeid"], o["nodeType"] = a.n.id, a.n.nodeType
		}
		if a.typ == "cloudlets" {
			o["fixedCloudlets"], o["flexibleCloudlets"] = round6(a.fixed), round6(a.flex)
		}
		out = append(out, o)
	}
	return out
}

// envHistory is the history bucketed by period, one item per environment.
func (w *world) envHistory(nodes []*node, q historyQuery) []obj {
	var g aggregator
	w.records(nodes, q.from, q.to, func(r rec) {
		b := bucketStart(r.at, q.period, q.offset, q.from)
		key := fmt.Sprintf("%d/%s", b.Unix(), r.n.env.name)
		g.get(key, func() *agg { return &agg{at: b, e: r.n.env, byType: map[string]float64{}} }).add(r)
	})
	out := []obj{}
	for _, a := range g.sorted() {
		out = append(out, obj{"dateTime": a.at.Format(Layout), "uid": a.e.uid, "envName": a.e.name,
			"appid": a.e.appid, "cost": round6(a.cost), "isPaid": a.paid, "currency": Currency,
			"nodes": len(a.e.nodes), "costByType": roundMap(a.byType)})
	}
	return out
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

// csvOf renders history items as CSV with the given columns.
func csvOf(items []obj, cols ...string) string {
	var b strings.Builder
	b.WriteString(strings.Join(cols, ",") + "\n")
	for _, it := range items {
		for i, c := range cols {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprint(&b, it[c])
		}
		b.WriteByte('\n')
	}
	return b.String()
}
