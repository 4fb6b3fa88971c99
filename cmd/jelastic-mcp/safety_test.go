package main

import (
	"bytes"
	"context"
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
