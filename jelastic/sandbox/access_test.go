package sandbox_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

// TestDescriptionsSayWhoMayCall: a model learns from a tool's description alone whether an
// end user's token may call it. "Admin only" appears exactly on the methods the platform (as
// the sandbox models it) refuses to an end user, so a model neither tries them for a user
// nor skips the ones a user may call. A method users may call that takes a user ID says that a
// user may give only their own (the platform refuses another's with 8202).
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
		takesUID := slices.ContainsFunc(m.Fields(), func(f jelastic.Field) bool { return f.Wire == "uid" || f.Wire == "ownerUid" })
		if !sandbox.AdminOnly(m) && takesUID && !strings.Contains(m.Summary, "Users may read their own uid, admins any.") {
			t.Errorf("%s: users may call it with their own uid only, and its description does not say so: %q", m.FullName(), m.Summary)
		}
	}
	t.Logf("%d of %d methods say Admin only", admin, len(billing.Methods()))
}
