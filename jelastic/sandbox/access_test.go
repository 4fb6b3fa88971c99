package sandbox_test

import (
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

// TestDescriptionsSayWhoMayCall: a model learns from a tool's description alone whether an
// end user's token may call it. "Admin only" appears exactly on the methods the platform (as
// the sandbox models it) refuses to an end user, so a model neither tries them for a user
// nor skips the ones a user may call.
func TestDescriptionsSayWhoMayCall(t *testing.T) {
	admin := 0
	for _, m := range billing.Methods() {
		says := strings.Contains(m.Summary, "Admin only")
		switch {
		case sandbox.AdminOnly(m) && !says:
			t.Errorf("%s: the platform refuses it to users, but its description does not say Admin only: %q", m.FullName(), m.Summary)
		case !sandbox.AdminOnly(m) && says:
			t.Errorf("%s: users may call it, but its description says Admin only: %q", m.FullName(), m.Summary)
		}
		if says {
			admin++
		}
	}
	t.Logf("%d of %d methods say Admin only", admin, len(billing.Methods()))
}
