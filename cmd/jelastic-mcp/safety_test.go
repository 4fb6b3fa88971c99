package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSafetyConfigurationErrors: a bad seal key, a negative money limit or an audit log that
// cannot be opened stop the server before it serves, with exit 2 and a message saying why.
func TestSafetyConfigurationErrors(t *testing.T) {
	url := map[string]string{"JELASTIC_URL": "x.example"}
	withKey := func(k string) map[string]string {
		return map[string]string{"JELASTIC_URL": "x.example", "JELASTIC_MCP_SEAL_KEY": k}
	}
	cases := []struct {
		name string
		args []string
		env  map[string]string
		want string
	}{
		{"short seal key", nil, withKey(strings.Repeat("ab", 31)), "JELASTIC_MCP_SEAL_KEY: the seal key has 31 bytes"},
		{"seal key not hex or base64", nil, withKey("correct horse battery staple, really long enough"), "neither hex nor base64"},
		{"negative limit", []string{"--max-amount", "-5"}, url, "--max-amount and --max-amount-per-day must be positive"},
		{"negative daily limit", []string{"--max-amount-per-day", "-1"}, url, "must be positive"},
		{"currency not a code", []string{"--currency", "$"}, url, `--currency: "$" is not a currency code; use three letters`},
		{"audit log in a missing directory", []string{"--audit-log", filepath.Join(t.TempDir(), "missing", "audit.jsonl")}, url, "--audit-log:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), c.args, envOf(c.env), strings.NewReader(""), &stdout, &stderr)
			if code != exitUsage || !strings.Contains(stderr.String(), c.want) {
				t.Fatalf("exit %d, stderr %q; want exit %d mentioning %q", code, stderr.String(), exitUsage, c.want)
			}
		})
	}
}

// TestMoneyLimitsAndAuditThroughTheBinary: the flags reach the tools. Against the sandbox,
// a move over --max-amount is refused, one under it runs and leaves its two audit lines,
// and the sandbox's balance moves by exactly that one.
func TestMoneyLimitsAndAuditThroughTheBinary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	c := sandboxSession(t, "--max-amount", "100", "--max-amount-per-day", "120", "--audit-log", path)
	before := balanceOf(t, c, 1004)
	over := use(t, c, "account_fund_account", map[string]any{"uid": 1004, "amount": 150, "confirm": true}, true)
	if over["status"] != "over_limit" || !strings.Contains(over["_text"].(string), "--max-amount") {
		t.Fatalf("over the per-call limit: %v", over)
	}
	use(t, c, "account_fund_account", map[string]any{"uid": 1004, "amount": 80, "confirm": true}, false)
	day := use(t, c, "account_fund_account", map[string]any{"uid": 1004, "amount": 50, "confirm": true}, true)
	if day["status"] != "over_limit" || !strings.Contains(day["_text"].(string), "--max-amount-per-day") {
		t.Fatalf("over the daily limit: %v", day)
	}
	if after := balanceOf(t, c, 1004); after-before != 80 {
		t.Fatalf("balance moved by %v, want 80", after-before)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `"event":"intent"`) || !strings.Contains(lines[0], `"amount":80`) ||
		!strings.Contains(lines[1], `"event":"outcome"`) || !strings.Contains(lines[1], `"outcome":"ok"`) {
		t.Fatalf("audit log:\n%s", raw)
	}
}
