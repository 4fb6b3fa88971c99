package transport

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// platformAfter answers every call with a small account, after the given time: at once, or
// after 0.2 ms as a fast real platform does (what a direct POST took when issue 9 measured
// 1.94x). It spins rather than sleeps: a sleep this short lasts a millisecond or more on a busy
// machine.
func platformAfter(after time.Duration) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		for start := time.Now(); time.Since(start) < after; {
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"result":0,"uid":7,"email":"a@b.example","balance":3.5,"bonus":0,"group":"billing"}`))
	}))
}

// directPost is a direct POST of a call's form to the platform, its answer read.
func directPost(b *testing.B, url string) {
	form := []byte("appid=cluster&session=" + serverSecret)
	b.ReportAllocs()
	for b.Loop() {
		res, err := http.DefaultClient.Post(url+"/1.0/billing/account/rest/getaccount", "application/x-www-form-urlencoded", bytes.NewReader(form))
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		_, _ = buf.ReadFrom(res.Body)
		_ = res.Body.Close()
	}
}

// BenchmarkStdioCall is one read call through ServeStdio as the command serves it (log lines
// through the redacting writer), as bytes: the request line written, the answer line read,
// nothing decoded (that is the client's part). Beside it, a direct POST of the same form.
func BenchmarkStdioCall(b *testing.B) {
	for _, p := range platforms {
		b.Run(p.name, func(b *testing.B) { stdioCall(b, p.after) })
	}
}

// platforms are the platform speeds a call is measured against.
var platforms = []struct {
	name  string
	after time.Duration
}{{"instant", 0}, {"after_200us", 200 * time.Microsecond}}

func stdioCall(b *testing.B, after time.Duration) {
	platform := platformAfter(after)
	defer platform.Close()
	b.Run("stdio", func(b *testing.B) {
		api, err := jelastic.NewClient(jelastic.Config{BaseURL: platform.URL, Token: serverSecret})
		if err != nil {
			b.Fatal(err)
		}
		logger := zerolog.New(jelastic.NewRedactor(serverSecret).Writer(io.Discard)).With().Timestamp().Logger()
		srv, err := tools.NewServer(tools.Options{Caller: api, Logger: logger, Secrets: []string{serverSecret}, Currency: "EUR"}, "bench")
		if err != nil {
			b.Fatal(err)
		}
		roundTrip := rawStdio(b, srv, logger)
		call := `{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"account_get_account","arguments":{}}}`
		b.ReportAllocs()
		for b.Loop() {
			if answer := roundTrip(call); !bytes.Contains(answer, []byte("a@b.example")) || bytes.Contains(answer, []byte(`"isError":true`)) {
				b.Fatalf("answer %.300s", answer)
			}
		}
	})
	b.Run("direct", func(b *testing.B) { directPost(b, platform.URL) })
}

// BenchmarkHTTPCall is one read call over each HTTP transport on loopback, from the request
// sent to the whole answer read, beside a direct POST of the same form to the same platform
// (at once, and after 0.2 ms): the difference is what the server adds to a call.
func BenchmarkHTTPCall(b *testing.B) {
	for _, p := range platforms {
		b.Run(p.name, func(b *testing.B) { httpCall(b, p.after) })
	}
}

func httpCall(b *testing.B, after time.Duration) {
	platform := platformAfter(after)
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
	b.Run("direct", func(b *testing.B) { directPost(b, platform.URL) })
}
