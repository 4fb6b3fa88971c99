package tools_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

// TestRedirectIsNotFollowedByTools: a confirmed funding or a read against a platform that
// redirects reaches neither the second host nor the platform a second time, and the model is
// told what happened.
func TestRedirectIsNotFollowedByTools(t *testing.T) {
	other := jelastictest.NewRecorder()
	defer other.Close()
	calls := []struct{ tool, args string }{
		{"account_fund_account", `{"uid":1,"amount":1000,"confirm":true}`},
		{"account_get_account", ``},
	}
	for _, code := range []int{301, 302, 303, 307, 308, 0} {
		for _, c := range calls {
			e := newEnv(t)
			status, target := code, other.URL
			if code == 0 { // a loop: the platform redirects to itself
				status, target = 307, e.platform.URL
			}
			e.platform.Respond(func(w http.ResponseWriter, r jelastictest.Request) {
				w.Header().Set("Location", target+r.Path)
				w.WriteHeader(status)
			})
			res := e.call(t, c.tool, c.args)
			want := fmt.Sprintf("answered %d to %s", status, target)
			if !res.IsError || !strings.Contains(resultText(res), want) {
				t.Errorf("%s after %d: %s; want an error saying %q", c.tool, status, resultText(res), want)
			}
			if n := len(e.platform.Requests()); n != 1 {
				t.Errorf("%s after %d: the platform got %d requests, want 1", c.tool, status, n)
			}
		}
	}
	if n := len(other.Requests()); n != 0 {
		t.Errorf("the second host got %d requests, the first with session %q", n, other.Requests()[0].Form.Get("session"))
	}
}
