package main

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/answers"
	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

// sandboxSession starts the built binary with --sandbox (plus extra flags) as a real MCP
// client would, with a real-looking platform configured that must be ignored.
func sandboxSession(t *testing.T, flags ...string) *client.Client {
	t.Helper()
	env := []string{"JELASTIC_URL=https://must-not-be-used.invalid", "JELASTIC_TOKEN=must-not-be-used"}
	c, err := client.NewStdioMCPClient(binary, env, append([]string{"--sandbox"}, flags...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
	init.Params.ClientInfo = mcp.Implementation{Name: "sandbox-scenario", Version: "1"}
	if _, err := c.Initialize(ctx, init); err != nil {
		t.Fatal(err)
	}
	return c
}

// use calls a tool and decodes its text as JSON; it fails the test on an error result
// unless wantError.
func use(t *testing.T, c *client.Client, tool string, args map[string]any, wantError bool) map[string]any {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	req := mcp.CallToolRequest{}
	req.Params.Name, req.Params.Arguments = tool, args
	res, err := c.CallTool(ctx, req)
	if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	text := ""
	for _, ct := range res.Content {
		if tc, ok := ct.(mcp.TextContent); ok {
			text += tc.Text
		}
	}
	if res.IsError != wantError {
		t.Fatalf("%s: isError=%v: %s", tool, res.IsError, text)
	}
	out := map[string]any{"_text": text}
	_ = json.Unmarshal([]byte(text), &out) // plain-text answers keep only "_text"
	if sc, ok := res.StructuredContent.(map[string]any); ok {
		for k, v := range sc {
			out[k] = v
		}
	}
	return out
}

// items is the list of an answer: under "array", or "responses" for fund history.
func items(v map[string]any) []map[string]any {
	arr, ok := v["array"].([]any)
	if !ok {
		arr, _ = v["responses"].([]any)
	}
	out := make([]map[string]any, 0, len(arr))
	for _, a := range arr {
		if m, ok := a.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func balanceOf(t *testing.T, c *client.Client, uid int) float64 {
	t.Helper()
	accounts := items(use(t, c, "account_get_accounts_by_uids", map[string]any{"uids": []string{fmt.Sprint(uid)}}, false))
	if len(accounts) != 1 {
		t.Fatalf("get_accounts_by_uids(%d): %v", uid, accounts)
	}
	b, ok := accounts[0]["balance"].(float64)
	if !ok {
		t.Fatalf("no balance in %v", accounts[0])
	}
	return b
}

// TestSandboxScenario is the conversation of the README's quick start, through the binary
// over stdio: read, try to fund without confirmation, fund, see it, void an invoice, see it.
func TestSandboxScenario(t *testing.T) {
	c := sandboxSession(t)
	me := use(t, c, "account_get_account", nil, false)
	if me["uid"] != float64(sandbox.AdminUID) || me["email"] == nil {
		t.Fatalf("get_account as admin: %v", me)
	}

	now := time.Now().UTC()
	history := use(t, c, "account_get_billing_history", map[string]any{
		"start_time": now.AddDate(0, 0, -7).Format(time.RFC3339), "end_time": now.Format(time.RFC3339), "period": "DAY"}, false)
	if len(items(history)) == 0 {
		t.Fatalf("no billing history for last week: %v", history["_text"])
	}

	before := balanceOf(t, c, sandbox.UserUID)
	preview := use(t, c, "account_fund_account", map[string]any{"uid": sandbox.UserUID, "amount": 50, "note": "goodwill"}, false)
	if preview["status"] != "confirmation_required" || !strings.Contains(preview["preview"].(string), "50") {
		t.Fatalf("unconfirmed fund: %v", preview)
	}
	if got := balanceOf(t, c, sandbox.UserUID); got != before {
		t.Fatalf("balance moved without confirmation: %v -> %v", before, got)
	}
	use(t, c, "account_fund_account", map[string]any{"uid": sandbox.UserUID, "amount": 50, "note": "goodwill", "confirm": true}, false)
	if got := balanceOf(t, c, sandbox.UserUID); fmt.Sprintf("%.4f", got) != fmt.Sprintf("%.4f", before+50) {
		t.Fatalf("balance after funding 50: %v -> %v", before, got)
	}
	funds := items(use(t, c, "account_get_fund_account_history", map[string]any{
		"uid": sandbox.UserUID, "start_time": now.Add(-time.Hour).Format(time.RFC3339), "end_time": now.Add(time.Hour).Format(time.RFC3339)}, false))
	found := false
	for _, f := range funds {
		found = found || (fmt.Sprint(f["amount"]) == "50" && f["note"] == "goodwill")
	}
	if !found {
		t.Fatalf("fund history lacks the new entry: %v", funds)
	}

	use(t, c, "invoice_mark_as_void", map[string]any{"id": sandbox.UnpaidInvoiceID, "confirm": true}, false)
	invoices := items(use(t, c, "invoice_get_invoices", map[string]any{"id": sandbox.UnpaidInvoiceID}, false))
	if len(invoices) != 1 || invoices[0]["status"] != "VOID" {
		t.Fatalf("invoice %d after voiding: %v", sandbox.UnpaidInvoiceID, invoices)
	}
}

// TestSandboxUserRole: the end user gets 8202 from admin tools and real data about itself.
func TestSandboxUserRole(t *testing.T) {
	c := sandboxSession(t, "--sandbox-user")
	me := use(t, c, "account_get_account", nil, false)
	if me["uid"] != float64(sandbox.UserUID) {
		t.Fatalf("get_account as user: %v", me)
	}
	denied := use(t, c, "account_get_accounts", nil, true)
	if !strings.Contains(denied["_text"].(string), "8202") || !strings.Contains(denied["_text"].(string), "billing.account.GetAccounts") {
		t.Fatalf("admin tool as user: %v", denied["_text"])
	}
}

// argumentsFromSchema fills every property of a tool's input schema with a plain valid value.
func argumentsFromSchema(t *testing.T, schema json.RawMessage) map[string]any {
	var s struct {
		Properties map[string]struct {
			Type        string `json:"type"`
			Enum        []any  `json:"enum"`
			Description string `json:"description"`
			Items       struct {
				Enum []any `json:"enum"`
			} `json:"items"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(schema, &s); err != nil {
		t.Fatal(err)
	}
	args := map[string]any{}
	for name, p := range s.Properties {
		switch {
		case len(p.Enum) > 0:
			args[name] = p.Enum[0]
		case p.Type == "integer":
			args[name] = 1
		case p.Type == "number":
			args[name] = 1.5
		case p.Type == "boolean":
			args[name] = name == "confirm"
		case p.Type == "array" && len(p.Items.Enum) > 0:
			args[name] = []any{p.Items.Enum[0]}
		case p.Type == "array":
			args[name] = []string{"1001"}
		case p.Type == "object":
			args[name] = map[string]any{"name": "x"}
		case strings.Contains(p.Description, "2024-04-01"):
			args[name] = time.Now().UTC().AddDate(0, 0, -1).Format("2006-01-02")
		default:
			args[name] = "1"
		}
	}
	return args
}

var notOneOf = regexp.MustCompile(`Argument "(\w+)": .* is not one of ([^.]+)\.`)

// TestEveryToolAgainstSandbox calls every tool (the billing methods and the answers) through the binary against the sandbox as
// admin, with plain arguments: each answers with data or a platform error that explains
// itself, never a transport or internal error.
func TestEveryToolAgainstSandbox(t *testing.T) {
	c := sandboxSession(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	list, err := c.ListTools(ctx, mcp.ListToolsRequest{})
	if err != nil || len(list.Tools) != len(testkit.OfferedByDefault(t))+len(answers.Methods()) {
		t.Fatalf("tools/list: %d tools, %v", len(list.Tools), err)
	}
	ok := 0
	for _, tool := range list.Tools {
		req := mcp.CallToolRequest{}
		schema, err := json.Marshal(tool.InputSchema)
		if err != nil {
			t.Fatal(err)
		}
		args := argumentsFromSchema(t, schema)
		if tool.OutputSchema.Type != "" {
			// Composite answers take no required argument; their defaults are the plain call.
			args = map[string]any{}
		}
		req.Params.Name, req.Params.Arguments = tool.Name, args
		res, err := c.CallTool(ctx, req)
		if err != nil {
			t.Errorf("%s: protocol error %v", tool.Name, err)
			continue
		}
		sc, _ := res.StructuredContent.(map[string]any)
		// A closed set the schema does not list is learnt from the refusal, as a model would.
		for range 3 {
			m := notOneOf.FindStringSubmatch(fmt.Sprint(sc["error"]))
			if m == nil {
				break
			}
			args[m[1]], _, _ = strings.Cut(m[2], ", ")
			if res, err = c.CallTool(ctx, req); err != nil {
				t.Fatal(err)
			}
			sc, _ = res.StructuredContent.(map[string]any)
		}
		switch {
		case !res.IsError:
			ok++
		case sc["status"] == "api_error" && fmt.Sprint(sc["error"]) != "":
		default:
			t.Errorf("%s: %v", tool.Name, sc)
		}
	}
	t.Logf("%d of %d tools answered with data; the rest with an explained platform error", ok, len(list.Tools))
}
