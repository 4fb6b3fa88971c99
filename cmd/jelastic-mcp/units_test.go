package main

import (
	"testing"
	"time"
)

// TestAnswersStateUnitsThroughTheBinary: against the sandbox, an account answer names the
// currency the sandbox bills in (learned from it) and writes its times in RFC 3339 UTC;
// --currency names it without asking.
func TestAnswersStateUnitsThroughTheBinary(t *testing.T) {
	for _, c := range []struct {
		flags []string
		want  string
	}{{nil, "USD"}, {[]string{"--currency", "eur"}, "EUR"}} {
		acc := use(t, sandboxSession(t, c.flags...), "account_get_account", nil, false)
		if acc["currency"] != c.want {
			t.Errorf("%v: currency %v, want %s", c.flags, acc["currency"], c.want)
		}
		created, _ := acc["createdOn"].(string)
		if _, err := time.Parse(time.RFC3339, created); err != nil || created[len(created)-1] != 'Z' {
			t.Errorf("%v: createdOn %q is not RFC 3339 in UTC", c.flags, created)
		}
	}
}
