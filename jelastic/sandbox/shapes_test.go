package sandbox_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

// near compares amounts to a millionth: every cost the sandbox writes is whole millionths.
func near(a, b float64) bool { return math.Abs(a-b) < 2e-6 }

func sumOf(t *testing.T, its []map[string]any, field string) float64 {
	t.Helper()
	total := 0.0
	for _, it := range its {
		total += num(t, it[field])
	}
	return total
}

// TestAccountShape: GetAccount answers the 22 fields of the reference's AccountResponse, with
// the group's name as a string; the account lists use the same shape.
func TestAccountShape(t *testing.T) {
	s := start(t, 5)
	acc := mustCall(t, client(t, s, sandbox.UserToken), "Account.GetAccount", nil)
	want := []string{"uid", "email", "balance", "bonus", "credit", "debit", "group", "groupType", "groupWinDomain",
		"hardNodeGroups", "defaultHardNodeGroup", "defaultPayMethodId", "ebsUserId", "isCommerial", "isEnabled",
		"isRegistered", "language", "status", "createdOn", "updatedGroupOn", "previousUpdatedGroupOn", "updatedStatusOn"}
	for _, k := range want {
		if _, ok := acc[k]; !ok {
			t.Errorf("GetAccount lacks %s", k)
		}
	}
	if len(acc) != len(want)+2 { // + result, source
		t.Errorf("GetAccount has %d fields, want the reference's %d: %v", len(acc)-2, len(want), acc)
	}
	if acc["group"] != "commercial" || acc["groupType"] != "BILLING" || acc["defaultPayMethodId"] != sandbox.PayMethodID {
		t.Errorf("group %v (%v), pay method %v", acc["group"], acc["groupType"], acc["defaultPayMethodId"])
	}
	list := items(t, mustCall(t, client(t, s, sandbox.AdminToken), "Account.GetAccountsByUids",
		map[string]any{"uids": jelastic.List{itoa(sandbox.UserUID)}}))
	if len(list) != 1 || len(list[0]) != len(want) || list[0]["balance"] != acc["balance"] {
		t.Errorf("GetAccountsByUids item differs from GetAccount: %v", list)
	}
}

// TestHistoryAddsUp: over the whole history, the node items, the environment items, GetSum
// and the cluster-wide aggregate agree to the millionth, and each item's cost is the sum of
// its parts.
func TestHistoryAddsUp(t *testing.T) {
	s := start(t, 6)
	user, admin := client(t, s, sandbox.UserToken), client(t, s, sandbox.AdminToken)
	now := s.Platform.Now()
	from, to := ts(now.AddDate(0, 0, -95)), ts(now.Add(time.Hour))
	window := map[string]any{"startTime": from, "endTime": to, "period": jelastic.PeriodMonth}

	nodes := items(t, mustCall(t, user, "Account.GetAccountBillingHistoryByPeriod", window))
	for _, it := range nodes {
		parts := 0.0
		for _, k := range []string{"fixedCloudletsCost", "flexibleCloudletsCost", "storageCost", "networkExtCost", "resourceCost"} {
			parts += num(t, it[k])
		}
		if !near(parts, num(t, it["cost"])) {
			t.Fatalf("item cost %v is not the sum of its parts %v: %v", it["cost"], parts, it)
		}
		if _, ok := it["uid"]; ok {
			t.Fatalf("history item carries a uid the reference does not have: %v", it)
		}
	}
	total := sumOf(t, nodes, "cost")
	envs := items(t, mustCall(t, user, "Account.GetEnvBillingHistoryByPeriod", window))
	sum := mustCall(t, user, "Account.GetSum", map[string]any{"uid": sandbox.UserUID, "startTime": from, "endTime": to})
	if env := sumOf(t, envs, "cost"); !near(env, total) || !near(num(t, sum["sum"]), total) || total < 50 {
		t.Fatalf("90 days: nodes %.6f, environments %.6f, GetSum %v", total, env, sum["sum"])
	}

	cluster := 0.0
	for _, it := range items(t, mustCall(t, admin, "Account.GetClusterBillingHistory",
		map[string]any{"startTime": from, "endTime": to, "interval": 7 * 86400})) {
		cluster += num(t, it["cost"])
	}
	users := 0.0
	for _, uid := range []int{sandbox.AdminUID, sandbox.UserUID, sandbox.TrialUID, sandbox.SuspendedUID,
		sandbox.LowBalanceUID, sandbox.ResellerOwner, sandbox.InactiveUID, sandbox.DeactivatedID} {
		users += num(t, mustCall(t, admin, "Account.GetSum", map[string]any{"uid": uid, "startTime": from, "endTime": to})["sum"])
	}
	if !near(cluster, users) {
		t.Fatalf("cluster history %.6f, sum over accounts %.6f", cluster, users)
	}
}

// TestFundHistoryMatchesBalances: each fund entry's balance is the previous one plus its
// amount, the last one is the account's balance, and the daily usage charges of whole days
// equal the history's cost of those days.
func TestFundHistoryMatchesBalances(t *testing.T) {
	s := start(t, 8)
	admin := client(t, s, sandbox.AdminToken)
	now := s.Platform.Now()
	for _, uid := range []int{sandbox.UserUID, sandbox.TrialUID, sandbox.LowBalanceUID, sandbox.SuspendedUID} {
		fund := items(t, mustCall(t, admin, "Account.GetFundAccountHistory", map[string]any{"uid": uid,
			"startTime": ts(now.AddDate(0, 0, -200)), "endTime": ts(now.Add(time.Hour))}))
		if len(fund) == 0 {
			t.Fatalf("user %d has no fund history", uid)
		}
		last := map[bool]float64{}
		seen := map[bool]bool{}
		var firstCharge, lastCharge time.Time
		charges := 0.0
		for _, f := range fund {
			bonus := f["isBonus"] == true
			if seen[bonus] && !near(last[bonus]+num(t, f["amount"]), num(t, f["balance"])) {
				t.Fatalf("user %d: %v + %v != balance %v", uid, last[bonus], f["amount"], f["balance"])
			}
			last[bonus], seen[bonus] = num(t, f["balance"]), true
			if f["chargeType"] == "CHARGE" && f["note"] != "Domain renewal" {
				at := time.UnixMilli(int64(num(t, f["operationDate"]))).UTC()
				if firstCharge.IsZero() {
					firstCharge = at
				}
				lastCharge = at
				charges -= num(t, f["amount"])
			}
		}
		balance, bonus, _ := s.Platform.Balance(uid)
		if seen[false] && math.Abs(last[false]-balance) > 1e-4 || seen[true] && math.Abs(last[true]-bonus) > 1e-4 {
			t.Fatalf("user %d: fund history ends at %v/%v, balances are %v/%v", uid, last[false], last[true], balance, bonus)
		}
		// The first charge covers a partial day; compare the whole days after it.
		if lastCharge.After(firstCharge) {
			first := charges
			for _, f := range fund {
				if f["chargeType"] == "CHARGE" && int64(num(t, f["operationDate"])) == firstCharge.UnixMilli() {
					first = charges + num(t, f["amount"])
				}
			}
			sum := mustCall(t, admin, "Account.GetSum", map[string]any{"uid": uid,
				"startTime": ts(firstCharge), "endTime": ts(lastCharge)})
			if !near(num(t, sum["sum"]), first) {
				t.Fatalf("user %d: charges of whole days %.6f, history %v", uid, first, sum["sum"])
			}
		}
	}
}

// TestRefillsAreOrders: every approved order of a service plan is a FUND entry of the same
// account and amount in the fund history, and every seeded refill is an approved order.
func TestRefillsAreOrders(t *testing.T) {
	s := start(t, 12)
	user := client(t, s, sandbox.UserToken)
	now := s.Platform.Now()
	orders := items(t, mustCall(t, user, "Order.GetOrders", map[string]any{"status": "APPROVED"}))
	fund := items(t, mustCall(t, user, "Account.GetFundAccountHistory", map[string]any{"uid": sandbox.UserUID,
		"startTime": ts(now.AddDate(0, 0, -200)), "endTime": ts(now.Add(time.Hour))}))
	refills := map[string]float64{}
	for _, f := range fund {
		if f["chargeType"] == "FUND" {
			refills[f["note"].(string)] = num(t, f["amount"])
		}
	}
	if len(orders) < 2 || len(orders) != len(refills) {
		t.Fatalf("%d approved orders, %d refills: %v", len(orders), len(refills), refills)
	}
	for _, o := range orders {
		found := false
		for note, amount := range refills {
			found = found || strings.HasSuffix(note, ", order "+itoa(int(num(t, o["id"])))) && amount == num(t, o["amount"])
		}
		if !found {
			t.Errorf("order %v has no fund entry of its amount", o)
		}
	}
}
