package sandbox_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

// BenchmarkNew measures building the seeded world, which --sandbox does at start-up.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sandbox.New(int64(i))
	}
}

// FuzzServeHTTP sends arbitrary form values to every method's path: the platform answers
// every one with HTTP 200 and a JSON envelope, never a crash or a 500.
func FuzzServeHTTP(f *testing.F) {
	f.Add(uint8(0), "uid=1001&amount=5")
	f.Add(uint8(10), "startTime=2024-13-01+00:00:00&endTime=x&period=FORTNIGHT")
	f.Add(uint8(40), "customer=%7B%22a%22%3A%5B%5D%7D&uids=1,2,,x")
	f.Add(uint8(120), "id=-1&status=&checksum=")
	p := sandbox.New(1)
	methods := billing.Methods()
	f.Fuzz(func(t *testing.T, which uint8, form string) {
		m := methods[int(which)%len(methods)]
		vals, err := url.ParseQuery(form)
		if err != nil {
			return
		}
		vals.Set("appid", sandbox.AppID)
		vals.Set("session", sandbox.AdminToken)
		req := httptest.NewRequest(http.MethodPost, "/1.0/"+m.Path, strings.NewReader(vals.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		rec := httptest.NewRecorder()
		p.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"result":`) {
			t.Fatalf("%s with %q: HTTP %d %s", m.FullName(), form, rec.Code, rec.Body.String())
		}
	})
}
