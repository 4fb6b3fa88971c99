package sandbox

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func TestEveryMethodHasARouteAndBehaviour(t *testing.T) {
	paths := map[string]string{}
	for _, m := range billing.Methods() {
		if other, dup := paths[strings.ToLower(m.Path)]; dup {
			t.Errorf("%s and %s share the path %s", m.FullName(), other, m.Path)
		}
		paths[strings.ToLower(m.Path)] = m.FullName()
		rt := routeFor(m.Path)
		if rt == nil || rt.h == nil {
			t.Errorf("%s has no behaviour", m.FullName())
		}
	}
	if len(handlers) != len(billing.Methods()) {
		t.Errorf("%d behaviours for %d methods: some are registered under a wrong name", len(handlers), len(billing.Methods()))
	}
}

func TestPanicBecomesErrorResult(t *testing.T) {
	rt := routeFor("billing/system/rest/getversion")
	saved := rt.h
	rt.h = &handler{decode: saved.decode, run: func(*call, any) (obj, error) { panic("boom") }}
	defer func() { rt.h = saved }()

	p := New(1)
	form := url.Values{"appid": {AppID}, "session": {AdminToken}}
	req := httptest.NewRequest(http.MethodPost, "/1.0/billing/system/rest/getversion", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	p.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"result":99`) || !strings.Contains(rec.Body.String(), "boom") {
		t.Fatalf("HTTP %d %s", rec.Code, rec.Body)
	}
	// The lock was released: the platform still answers.
	rt.h = saved
	rec = httptest.NewRecorder()
	req = httptest.NewRequest(http.MethodPost, "/1.0/billing/system/rest/getversion", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	p.ServeHTTP(rec, req)
	if !strings.Contains(rec.Body.String(), `"result":0`) {
		t.Fatalf("after a panic: %s", rec.Body)
	}
}

// TestSumFieldsMatchTheToolsClosedSet: the fields the tool lets through for sum_fields are the
// fields this platform sums, so a value the tool accepts is never one the platform refuses.
func TestSumFieldsMatchTheToolsClosedSet(t *testing.T) {
	for _, f := range jelastic.Fields(billing.GetAggClusterBillingHistoryParams{}) {
		if f.Wire == "sumFields" {
			if !slices.Equal(f.Values, sumFieldNames) {
				t.Errorf("sum_fields takes %v; the sandbox sums %v", f.Values, sumFieldNames)
			}
			return
		}
	}
	t.Fatal("GetAggClusterBillingHistory has no sumFields argument")
}
