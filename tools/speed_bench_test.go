package tools_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// The speed of the surface (issue 9, section 5), measured end to end through a real MCP
// client over the stdio transport on pipes. Compare with:
//
//	go test ./tools/ -run '^$' -bench 'Startup|ToolsList|Call' -benchmem

// BenchmarkStartup builds the server with every tool, as the command does before serving.
func BenchmarkStartup(b *testing.B) {
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: "http://127.0.0.1:1"})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tools.NewServer(tools.Options{Caller: api, Logger: zerolog.Nop()}, "bench"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkToolsList is a warm tools/list of the default surface, from request to decoded
// answer in the client.
func BenchmarkToolsList(b *testing.B) {
	for _, mode := range []struct {
		name string
		opts tools.Options
	}{
		{"all", tools.Options{}},
		{"essentials", tools.Options{Policy: tools.Policy{Toolsets: []string{"essentials"}}}},
		{"discovery", tools.Options{Discovery: true}},
	} {
		b.Run(mode.name, func(b *testing.B) {
			e := newEnvWith(b, mode.opts)
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.client.ListTools(ctx, mcp.ListToolsRequest{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// callCase is one read call against one platform.
type callCase struct {
	name     string
	platform http.Handler
	token    string
	tool     string
	args     map[string]any
}

// callCases are the platforms a call is measured against: one that answers a small account
// at once, the same after 0.2 ms (what a direct POST took when issue 9 measured 1.94x), and
// the sandbox over loopback HTTP answering a small account and a day of billing history (a
// realistic answer, 14 KiB).
func callCases() []callCase {
	account := func(after time.Duration) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			_ = r.ParseForm()
			// A sleep this short lasts a millisecond or more on a busy machine; the platform
			// spins instead, so its answer takes what a fast platform's takes.
			for start := time.Now(); time.Since(start) < after; {
			}
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"result":0,"uid":7,"email":"a@b.example","balance":3.5,"bonus":0,"group":"billing"}`))
		}
	}
	now := time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)
	sb := sandbox.NewAt(1, now)
	return []callCase{
		{"instant", account(0), testToken, "account_get_account", nil},
		{"after_200us", account(200 * time.Microsecond), testToken, "account_get_account", nil},
		{"sandbox_account", sb, sandbox.UserToken, "account_get_account", nil},
		{"sandbox_history", sb, sandbox.UserToken, "account_get_billing_history", map[string]any{
			"start_time": "2026-03-14T00:00:00Z", "end_time": "2026-03-15T00:00:00Z", "period": "DAY"}},
	}
}

// recorder keeps the first request the platform receives, to post it again directly.
type recorder struct {
	next http.Handler
	once sync.Once
	path string
	form []byte
}

func (r *recorder) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	r.once.Do(func() {
		r.form, _ = io.ReadAll(req.Body)
		r.path = req.URL.Path
		req.Body = io.NopCloser(bytes.NewReader(r.form))
	})
	r.next.ServeHTTP(w, req)
}

// benchServer is a server as the command builds it: the token among the secrets, and log
// lines with a timestamp written through a redacting writer.
func benchServer(b *testing.B, c callCase, url string) *env {
	b.Helper()
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: url, Token: c.token})
	if err != nil {
		b.Fatal(err)
	}
	logger := zerolog.New(jelastic.NewRedactor(c.token).Writer(io.Discard)).With().Timestamp().Logger()
	srv, err := tools.NewServer(tools.Options{Caller: api, Logger: logger, Secrets: []string{c.token}}, "bench")
	if err != nil {
		b.Fatal(err)
	}
	return &env{client: connectStdio(b, srv), server: srv}
}

// BenchmarkCall compares one read call through MCP with a direct POST of the same request
// (the same path and form, recorded from the server's first call) to the same platform:
//   - mcp: a real MCP client over stdio on pipes, request to decoded result;
//   - server: the server's share alone, handling the JSON-RPC message and encoding the
//     answer as the stdio transport does, the platform call included;
//   - direct: an HTTP POST of the recorded form, the answer read to its end.
func BenchmarkCall(b *testing.B) {
	for _, c := range callCases() {
		rec := &recorder{next: c.platform}
		platform := httptest.NewServer(rec)
		e := benchServer(b, c, platform.URL)
		req := mcp.CallToolRequest{}
		req.Params.Name, req.Params.Arguments = c.tool, c.args
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		res, err := e.client.CallTool(ctx, req)
		if err != nil || res.IsError {
			b.Fatal(err, res)
		}
		b.Run(c.name+"/mcp", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if res, err := e.client.CallTool(ctx, req); err != nil || res.IsError {
					b.Fatal(err, res)
				}
			}
		})
		b.Run(c.name+"/server", func(b *testing.B) {
			msg, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "tools/call",
				"params": map[string]any{"name": c.tool, "arguments": c.args}})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				out, err := json.Marshal(e.server.HandleMessage(ctx, msg))
				if err != nil || bytes.Contains(out, []byte(`"isError":true`)) {
					b.Fatal(err, string(out))
				}
			}
		})
		b.Run(c.name+"/direct", func(b *testing.B) {
			hc := &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
			var buf [4096]byte
			size := 0
			b.ReportAllocs()
			for b.Loop() {
				resp, err := hc.Post(platform.URL+rec.path, "application/x-www-form-urlencoded", bytes.NewReader(rec.form))
				if err != nil {
					b.Fatal(err)
				}
				size = 0
				for {
					n, err := resp.Body.Read(buf[:])
					size += n
					if err != nil {
						break
					}
				}
				_ = resp.Body.Close()
			}
			b.ReportMetric(float64(size), "answer-bytes")
		})
		cancel()
		platform.Close()
	}
}

// BenchmarkToolsListServer is a tools/list handled by the SDK and encoded, without pipes or
// a client: what an in-process client costs. The transports write the listing encoded once
// instead (transport: BenchmarkStdioToolsListRaw, BenchmarkHTTPToolsList).
func BenchmarkToolsListServer(b *testing.B) {
	e := newEnvWith(b, tools.Options{})
	msg := []byte(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.Marshal(e.server.HandleMessage(ctx, msg)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestStartupAllocatesLittle: building the server and its first listing allocates well
// under 2 MB (about 0.6 MB today; reflecting the schemas at start-up took 3.4 MB). Every byte
// allocated before the first collection is peak memory of every process, so a change that
// brings reflection or a copy of the catalog back to start-up fails here, not in production.
func TestStartupAllocatesLittle(t *testing.T) {
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: "http://127.0.0.1:1"})
	if err != nil {
		t.Fatal(err)
	}
	start := func() {
		srv, err := tools.NewServer(tools.Options{Caller: api, Logger: zerolog.Nop()}, "test")
		if err != nil {
			t.Fatal(err)
		}
		if list, ok := tools.ListingJSON(context.Background(), srv); !ok || len(list) < 100000 {
			t.Fatalf("listing of %d bytes", len(list))
		}
	}
	start() // type caches and the like, filled once per process
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start()
	runtime.ReadMemStats(&after)
	if n := after.TotalAlloc - before.TotalAlloc; n > 2<<20 {
		t.Fatalf("building the server and its listing allocated %d bytes", n)
	} else {
		t.Logf("building the server and its listing allocated %d bytes", n)
	}
}
