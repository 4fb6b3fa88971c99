package sandbox_test

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// names says a set of units in words.
var names = map[jelastic.Units]string{0: "nothing", jelastic.Money: "Money", jelastic.Times: "Times",
	jelastic.Money | jelastic.Times: "Money|Times"}

// amountKeys are the fields that hold money in the platform's answers; "*Cost" fields too.
// Fields named "*Amount" other than "amount" count resources (cloudlet-hours, GB), not money.
var amountKeys = map[string]bool{"balance": true, "bonus": true, "credit": true, "debit": true,
	"amount": true, "cost": true, "price": true, "sum": true, "mainSum": true, "bonusSum": true,
	"charged": true, "fromBonus": true, "finalCost": true, "tax": true, "minBalance": true}

func isAmountKey(k string) bool { return amountKeys[k] || strings.HasSuffix(k, "Cost") }

var (
	// wallClock is a time as the platform writes it, without a zone.
	wallClock = regexp.MustCompile(`(^|[,\n])\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?([,\n]|$)`)
	// csvMoney is a CSV header naming a cost column.
	csvMoney = regexp.MustCompile(`^[^\n]*\bcost\b`)
)

// unitsIn finds what an answer holds without its unit: amounts in objects with no currency
// of their own or above them, wall-clock times (alone or in CSV text), and Unix milliseconds
// under a *Date or *On key.
func unitsIn(v any, withCurrency bool) jelastic.Units {
	var u jelastic.Units
	switch x := v.(type) {
	case map[string]any:
		_, has := x["currency"]
		withCurrency = withCurrency || has
		for k, val := range x {
			switch y := val.(type) {
			case json.Number:
				if isAmountKey(k) && !withCurrency {
					u |= jelastic.Money
				}
				if n, err := y.Int64(); err == nil && n >= 946684800000 && n < 4102444800000 {
					u |= jelastic.Times
				}
			case string:
				if wallClock.MatchString(y) {
					u |= jelastic.Times
				}
				if strings.Contains(y, "\n") && csvMoney.MatchString(y) && !withCurrency {
					u |= jelastic.Money
				}
			}
			u |= unitsIn(val, withCurrency)
		}
	case []any:
		for _, it := range x {
			u |= unitsIn(it, withCurrency)
		}
	}
	return u
}

// TestAnswerUnits holds the catalog's Carries against what every method answers: a method
// says it carries money exactly when its answer has an amount with no currency beside it, and
// times exactly when its answer has a time written without a zone. The server states the
// currency and converts the times of exactly these methods, so a method missing here would
// reach the model with bare amounts or zoneless times.
func TestAnswerUnits(t *testing.T) {
	for _, m := range billing.Methods() {
		t.Run(m.FullName(), func(t *testing.T) {
			s := start(t, 7)
			caller := client(t, s, sandbox.AdminToken)
			args := validArgs(m, s.Platform.Now())
			if _, refused := expectedRefusals[m.FullName()]; refused {
				// Only a trial account converts: make the user one and convert it.
				mustCall(t, caller, "Account.ConvertToTrial", map[string]any{"uids": jelastic.List{itoa(sandbox.UserUID)}, "template": "welcome"})
				caller = client(t, s, sandbox.UserToken)
			}
			switch m.FullName() {
			case "ServicePlan.GetAutoPays", "Invoice.GetExternalInvoices":
				caller = client(t, s, sandbox.UserToken) // the admin has none; the user has some
			case "Account.SurchargeAccounts", "Account.WithdrawAccounts":
				args["endDate"] = ts(s.Platform.Now().Add(24 * time.Hour)) // today's usage is not paid yet
			}
			r, err := call(t, caller, m.FullName(), args)
			// (A valid world has no problems for System.Validate to list.)
			if list, ok := r.Payload()["array"].([]any); err == nil && ok && len(list) == 0 && !strings.HasPrefix(m.FullName(), "System.Validate") {
				t.Fatalf("an empty list shows nothing of the answer's units: %v", r.Payload())
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := unitsIn(r.Payload(), false); got != m.Carries {
				t.Errorf("the answer holds %s without its unit, the catalog says %s: %v", names[got], names[m.Carries], r.Payload())
			}
		})
	}
}

// TestEveryAnswerStatesItsUnits calls every method as a tool, through the server a client
// talks to, and holds its answer to what the instructions promise: no amount without a
// currency, no time without its zone.
func TestEveryAnswerStatesItsUnits(t *testing.T) {
	for _, m := range billing.Methods() {
		t.Run(m.FullName(), func(t *testing.T) {
			s := start(t, 7)
			token, args := sandbox.AdminToken, validArgs(m, s.Platform.Now())
			if _, refused := expectedRefusals[m.FullName()]; refused {
				mustCall(t, client(t, s, token), "Account.ConvertToTrial", map[string]any{"uids": jelastic.List{itoa(sandbox.UserUID)}, "template": "welcome"})
				token = sandbox.UserToken
			}
			switch m.FullName() {
			case "ServicePlan.GetAutoPays", "Invoice.GetExternalInvoices":
				token = sandbox.UserToken
			case "Account.SurchargeAccounts", "Account.WithdrawAccounts":
				args["endDate"] = ts(s.Platform.Now().Add(24 * time.Hour))
			}
			srv, err := tools.NewServer(tools.Options{Caller: client(t, s, token), Logger: zerolog.Nop(),
				Policy: tools.Policy{AllowCardData: true}}, "test")
			if err != nil {
				t.Fatal(err)
			}
			named := map[string]any{}
			for _, f := range m.Fields() {
				if v, ok := args[f.Wire]; ok {
					named[f.Name] = v
				}
			}
			if m.Effect == jelastic.Destructive {
				named["confirm"] = true
			}
			msg, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "tools/call",
				"params": map[string]any{"name": m.ToolName(), "arguments": named}})
			if err != nil {
				t.Fatal(err)
			}
			out, err := json.Marshal(srv.HandleMessage(context.Background(), msg))
			if err != nil {
				t.Fatal(err)
			}
			var res struct {
				Result struct {
					IsError bool `json:"isError"`
					Content []struct {
						Text string `json:"text"`
					} `json:"content"`
				} `json:"result"`
			}
			if err := json.Unmarshal(out, &res); err != nil || res.Result.IsError || len(res.Result.Content) != 1 {
				t.Fatalf("%s: %s", m.ToolName(), out)
			}
			d := json.NewDecoder(strings.NewReader(res.Result.Content[0].Text))
			d.UseNumber()
			var answer map[string]any
			if err := d.Decode(&answer); err != nil {
				t.Fatal(err)
			}
			if left := unitsIn(answer, false); left != 0 {
				t.Errorf("%s answers %s without its unit: %s", m.ToolName(), names[left], res.Result.Content[0].Text)
			}
		})
	}
}
