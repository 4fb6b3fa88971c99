package sandbox

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func registerHistory() {
	on(billing.GetAccountBillingHistoryByPeriod, accountHistory)
	on(billing.GetEnvBillingHistoryByPeriod, envHistory)
	on(billing.ExportAccountBillingHistoryByPeriod, exportAccountHistory)
	on(billing.ExportEnvBillingHistoryByPeriod, exportEnvHistory)
	on(billing.GetAccountBillingByEngineTypeAndPeriod, historyByEngine)
	on(billing.GetExtendedAccountBillingHistoryByPeriod, extendedHistory)
	on(billing.GetAggClusterBillingHistory, aggClusterHistory)
	on(billing.GetAggExtraBillingHistory, aggExtraHistory)
	on(billing.GetClusterBillingHistory, clusterHistory)
	on(billing.GetSum, getSum)
	on(billing.GetSumAccountBillingHistory, getSumHistory)
}

// ownNodes are the nodes of the caller's environments, or of the one named by appid.
func (c *call) ownNodes(appid *string) ([]*node, error) {
	return c.w.nodesOf(c.me.uid, val(appid))
}

func accountHistory(c *call, p *billing.GetAccountBillingHistoryByPeriodParams) (obj, error) {
	q, err := newHistoryQuery(p.StartTime, p.EndTime, p.Period, p.TimeOffset, p.GroupNodes)
	if err != nil {
		return nil, err
	}
	nodes, err := c.ownNodes(p.TargetAppID)
	if err != nil {
		return nil, err
	}
	return list(c.w.nodeHistory(nodes, q)), nil
}

func envHistory(c *call, p *billing.GetEnvBillingHistoryByPeriodParams) (obj, error) {
	q, err := newHistoryQuery(p.StartTime, p.EndTime, p.Period, p.TimeOffset, p.GroupNodes)
	if err != nil {
		return nil, err
	}
	nodes, err := c.ownNodes(nil)
	if err != nil {
		return nil, err
	}
	return list(c.w.envHistory(nodes, q)), nil
}

func exportAccountHistory(c *call, p *billing.ExportAccountBillingHistoryByPeriodParams) (obj, error) {
	out, err := accountHistory(c, (*billing.GetAccountBillingHistoryByPeriodParams)(p))
	if err != nil {
		return nil, err
	}
	items := out["array"].([]obj)
	return obj{"format": "csv", "count": len(items),
		"data": csvOf(items, "dateTime", "envName", "nodeid", "nodeGroup", "type", "cost", "isPaid")}, nil
}

func exportEnvHistory(c *call, p *billing.ExportEnvBillingHistoryByPeriodParams) (obj, error) {
	out, err := envHistory(c, &billing.GetEnvBillingHistoryByPeriodParams{StartTime: p.StartTime, EndTime: p.EndTime,
		Period: p.Period, TimeOffset: &p.TimeOffset, GroupNodes: p.GroupNodes})
	if err != nil {
		return nil, err
	}
	items := out["array"].([]obj)
	return obj{"format": "csv", "count": len(items), "data": csvOf(items, "dateTime", "envName", "appid", "cost", "isPaid")}, nil
}

func historyByEngine(c *call, p *billing.GetAccountBillingByEngineTypeAndPeriodParams) (obj, error) {
	q, err := newHistoryQuery(p.StartTime, p.EndTime, p.Period, p.TimeOffset, nil)
	if err != nil {
		return nil, err
	}
	uid := c.me.uid
	if p.OwnerUID != nil {
		if uid, err = intText("ownerUid", *p.OwnerUID); err != nil {
			return nil, err
		}
		if uid != c.me.uid && !c.admin {
			return nil, fail(jelastic.CodePermissionDenied, "permission denied: a user may only read their own account (uid %d)", c.me.uid)
		}
	}
	if _, err := c.w.user(uid); err != nil {
		return nil, err
	}
	nodes, _ := c.w.nodesOf(uid, "")
	want := setOf(p.EngineTypes...)
	var g aggregator
	c.w.records(nodes, q.from, q.to, func(r rec) {
		if len(want) > 0 && !want[r.n.nodeType] {
			return
		}
		b := bucketStart(r.at, q.period, q.offset, q.from)
		g.get(fmt.Sprintf("%d/%s", b.Unix(), r.n.nodeType), func() *agg { return &agg{at: b, typ: r.n.nodeType} }).add(r)
	})
	// The history's cost fields, per bucket and engine type (no sample is published).
	items := []obj{}
	for _, a := range g.sorted() {
		o := a.costFields()
		o["dateTime"], o["engineType"] = a.at.Format(Layout), a.typ
		items = append(items, o)
	}
	return list(items), nil
}

func extendedHistory(c *call, p *billing.GetExtendedAccountBillingHistoryByPeriodParams) (obj, error) {
	q := historyQuery{from: p.StartTime.Time, to: p.EndTime.Time, period: jelastic.PeriodDay}
	if err := checkRange(q.from, q.to, "starttime", "endtime"); err != nil {
		return nil, err
	}
	nodes, err := c.ownNodes(p.TargetAppID)
	if err != nil {
		return nil, err
	}
	var g aggregator
	c.w.records(nodes, q.from, q.to, func(r rec) {
		b := bucketStart(r.at, q.period, 0, q.from)
		g.get(fmt.Sprintf("%d/%d", b.Unix(), r.n.id), func() *agg { return &agg{at: b, n: r.n, e: r.n.env} }).add(r)
	})
	// One item a day and node, with the history's cost fields; dateTime in UTC with a Z, the
	// layout this method takes its times in.
	items := []obj{}
	for _, a := range g.sorted() {
		o := envFields(a.costFields(), a.e)
		hours := max(a.hours, 1)
		o["dateTime"], o["nodeid"], o["nodeType"], o["nodeGroup"] = a.at.Format("2006-01-02T15:04:05Z"), a.n.id, a.n.nodeType, a.n.nodeGroup
		o["fixedCloudlets"], o["avgFlexibleCloudlets"], o["maxFlexibleCloudlets"] = a.n.fixed, round6(a.flex/float64(hours)), a.n.flexible
		o["diskLimitGB"], o["hours"] = a.n.diskGB, a.hours
		items = append(items, o)
	}
	return list(items), nil
}

// intervalOf checks an interval in seconds for cluster-wide aggregates.
func intervalOf(iv int, from, to time.Time) (time.Duration, error) {
	if iv < 3600 {
		return 0, fail(CodeInvalidParam, "parameter [interval] must be at least 3600 seconds (history is hourly), got %d", iv)
	}
	d := time.Duration(iv) * time.Second
	if to.Sub(from)/d > 100000 {
		return 0, fail(CodeInvalidParam, "parameter [interval]: %d seconds makes too many buckets for this range", iv)
	}
	return d, nil
}

// sumFieldNames are the history item fields cluster-wide aggregates can sum: the cost and
// amount fields of the billing history (costFields).
var sumFieldNames = []string{"cost", "fixedCloudletsAmount", "flexibleCloudletsAmount", "usedCloudletsAmount",
	"fixedCloudletsCost", "flexibleCloudletsCost", "usedStorageAmount", "storageCost", "billNetworkExtAmount",
	"networkExtCost", "resourceBillableAmount", "resourceCost"}

// clusterBuckets sums the history of every account in buckets of the interval starting at
// the start time. Items: dateTime (UTC bucket start), isPaid, count and the fields asked for,
// named as in the billing history.
func clusterBuckets(c *call, start, end jelastic.Time, interval int, keep func(rec) bool, fields []string) (obj, error) {
	from, to := start.Time, end.Time
	if err := checkRange(from, to, "startTime", "endTime"); err != nil {
		return nil, err
	}
	iv, err := intervalOf(interval, from, to)
	if err != nil {
		return nil, err
	}
	nodes, _ := c.w.nodesOf(0, "")
	var g aggregator
	c.w.records(nodes, from, to, func(r rec) {
		if keep != nil && !keep(r) {
			return
		}
		b := from.Add(r.at.Sub(from) / iv * iv)
		g.get(strconv.FormatInt(b.Unix(), 10), func() *agg { return &agg{at: b} }).add(r)
	})
	items := []obj{}
	for _, a := range g.sorted() {
		all := a.costFields()
		o := obj{"dateTime": a.at.Format(Layout), "isPaid": a.paid, "count": a.count}
		for _, f := range fields {
			o[f] = all[f]
		}
		items = append(items, o)
	}
	return list(items), nil
}

func clusterHistory(c *call, p *billing.GetClusterBillingHistoryParams) (obj, error) {
	return clusterBuckets(c, p.StartTime, p.EndTime, or(p.Interval, 86400), nil, sumFieldNames)
}

func aggClusterHistory(c *call, p *billing.GetAggClusterBillingHistoryParams) (obj, error) {
	fields := p.SumFields
	for _, f := range fields {
		if !setOf(sumFieldNames...)[f] {
			return nil, fail(CodeInvalidParam, "parameter [sumFields]: unknown field %q; use any of %s", f, strings.Join(sumFieldNames, ", "))
		}
	}
	if len(fields) == 0 {
		return nil, fail(CodeMissingParam, "parameter [sumFields] lists no field; use any of %s", strings.Join(sumFieldNames, ", "))
	}
	paidOnly := val(p.IsPaid)
	return clusterBuckets(c, p.StartTime, p.EndTime, p.Interval, func(r rec) bool { return !paidOnly || r.paid }, fields)
}

func aggExtraHistory(c *call, p *billing.GetAggExtraBillingHistoryParams) (obj, error) {
	// "Extra" billing: what is charged besides cloudlets and disk (public IPs, traffic).
	typ := strings.ToLower(val(p.Type))
	if typ != "" && typ != "ip" && typ != "traffic" {
		return nil, fail(CodeInvalidParam, "parameter [type]: %s is not an extra billing type; use ip or traffic", excerpt(typ))
	}
	names := setOf(p.Names...)
	paidOnly := val(p.IsPaid)
	keep := func(r rec) bool {
		if r.typ != "ip" && r.typ != "traffic" || typ != "" && r.typ != typ {
			return false
		}
		if len(names) > 0 && !names[r.n.env.name] {
			return false
		}
		return !paidOnly || r.paid
	}
	return clusterBuckets(c, p.StartTime, p.EndTime, p.Interval, keep,
		[]string{"cost", "resourceBillableAmount", "resourceCost", "billNetworkExtAmount", "networkExtCost"})
}

func getSum(c *call, p *billing.GetSumParams) (obj, error) {
	u, err := c.target(p.UID)
	if err != nil {
		return nil, err
	}
	from, to := p.StartTime.Time, p.EndTime.Time
	if err := checkRange(from, to, "startTime", "endTime"); err != nil {
		return nil, err
	}
	// "Account summary debit and balance for period" (reference client docs): sum and debit are
	// the history's cost in the window, balance the main balance now.
	nodes, _ := c.w.nodesOf(u.uid, "")
	sum := round6(c.w.sum(nodes, from, to))
	return obj{"uid": u.uid, "sum": sum, "debit": sum, "balance": money(u.balance)}, nil
}

func getSumHistory(c *call, p *billing.GetSumAccountBillingHistoryParams) (obj, error) {
	out, err := getSum(c, &billing.GetSumParams{UID: p.UID, StartTime: p.StartTime, EndTime: p.EndTime})
	if err != nil {
		return nil, err
	}
	// The sandbox keeps no per-hour split between bonus and main money: trial accounts spend
	// bonus money only, others main money only.
	u := c.w.users[out["uid"].(int)]
	total := out["sum"].(float64)
	bonusPart := 0.0
	if g := c.w.groups[u.group]; g != nil && g.typ == "TRIAL" {
		bonusPart = total
	}
	out["bonusSum"], out["mainSum"] = bonusPart, round6(total-bonusPart)
	if p.Bonus != nil {
		if *p.Bonus != 0 {
			out["sum"] = bonusPart
		} else {
			out["sum"] = round6(total - bonusPart)
		}
	}
	return out, nil
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

func newHistoryQuery(from, to jelastic.Time, period *jelastic.Period, offset *int, groupNodes *bool) (historyQuery, error) {
	q := historyQuery{from: from.Time, to: to.Time, period: or(period, jelastic.PeriodDay),
		offset: val(offset), groupNodes: val(groupNodes)}
	if q.offset < -14*60 || q.offset > 14*60 {
		return q, fail(CodeInvalidParam, "parameter [timeOffset] must be between -840 and 840 minutes, got %d", q.offset)
	}
	return q, checkRange(q.from, q.to, "startTime", "endTime")
}

// nodeHistory is the history bucketed by period, one item per node (or layer, with
// groupNodes) and type. dateTime is the bucket's start in the zone timeOffset minutes east of
// UTC (UTC without it). Items carry the fields of the reference's sample (see costFields)
// plus nodeType, nodeGroup and envName, which public clients of real platforms read.
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
		o := envFields(a.costFields(), a.e)
		o["dateTime"], o["type"], o["nodeGroup"], o["group"] = a.at.Format(Layout), a.typ, a.n.nodeGroup, 0
		o["nodeid"], o["nodeType"] = a.n.id, a.n.nodeType
		if q.groupNodes {
			o["nodeid"], o["group"] = 0, 1
		}
		out = append(out, o)
	}
	return out
}

// envHistory is the history bucketed by period, one item per environment: the same cost
// fields as nodeHistory (no sample of this answer is published).
func (w *world) envHistory(nodes []*node, q historyQuery) []obj {
	var g aggregator
	w.records(nodes, q.from, q.to, func(r rec) {
		b := bucketStart(r.at, q.period, q.offset, q.from)
		key := fmt.Sprintf("%d/%s", b.Unix(), r.n.env.name)
		g.get(key, func() *agg { return &agg{at: b, e: r.n.env} }).add(r)
	})
	out := []obj{}
	for _, a := range g.sorted() {
		o := envFields(a.costFields(), a.e)
		o["dateTime"] = a.at.Format(Layout)
		out = append(out, o)
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
