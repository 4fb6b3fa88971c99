package transport

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// BenchmarkHTTPCall is one read call over each HTTP transport on loopback, from the request
// sent to the whole answer read, beside a direct POST of the same form to the same platform
// (which answers at once): the difference is what the server adds to a call.
func BenchmarkHTTPCall(b *testing.B) {
	const answer = `{"result":0,"uid":7,"email":"a@b.example","balance":3.5,"bonus":0,"group":"billing"}`
	platform := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(answer))
	}))
	defer platform.Close()
	call := `{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"account_get_account","arguments":{}}}`
	for _, mode := range []string{"streamable", "stateless"} {
		b.Run(mode, func(b *testing.B) {
			s := start(b, platform.URL, serverSecret, Options{Stateless: mode == "stateless"})
			headers := map[string]string{}
			if mode == "streamable" {
				headers["Mcp-Session-Id"] = initialize(b, s.base, nil)
				send(b, http.MethodPost, s.base+PathStreamable, initialized, headers)
			}
			b.ReportAllocs()
			for b.Loop() {
				if res, body := send(b, http.MethodPost, s.base+PathStreamable, call, headers); res.StatusCode != http.StatusOK || !strings.Contains(body, "a@b.example") {
					b.Fatalf("%d: %.300s", res.StatusCode, body)
				}
			}
		})
	}
	b.Run("direct", func(b *testing.B) {
		form := []byte("appid=cluster&session=" + serverSecret)
		b.ReportAllocs()
		for b.Loop() {
			res, err := http.DefaultClient.Post(platform.URL+"/1.0/billing/account/rest/getaccount", "application/x-www-form-urlencoded", bytes.NewReader(form))
			if err != nil {
				b.Fatal(err)
			}
			var buf bytes.Buffer
			_, _ = buf.ReadFrom(res.Body)
			_ = res.Body.Close()
		}
	})
}
