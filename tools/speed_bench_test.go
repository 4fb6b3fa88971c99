package tools_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
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

// BenchmarkCall compares one read call through MCP with a direct POST of the same request to
// the same platform (a loopback server answering at once): the difference is the server's
// share of a call.
func BenchmarkCall(b *testing.B) {
	platform := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"result":0,"uid":7,"email":"a@b.example","balance":3.5,"bonus":0,"group":"billing"}`))
	}))
	defer platform.Close()
	b.Run("mcp", func(b *testing.B) {
		e := newEnvWith(b, tools.Options{}, func(c *jelastic.Config) { c.BaseURL = platform.URL })
		req := mcp.CallToolRequest{}
		req.Params.Name = "account_get_account"
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		b.ReportAllocs()
		for b.Loop() {
			if res, err := e.client.CallTool(ctx, req); err != nil || res.IsError {
				b.Fatal(err, res)
			}
		}
	})
	b.Run("direct", func(b *testing.B) {
		hc := &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
		form := url.Values{"appid": {"cluster"}, "session": {testToken}}.Encode()
		b.ReportAllocs()
		for b.Loop() {
			resp, err := hc.Post(platform.URL+"/1.0/billing/account/rest/getaccount", "application/x-www-form-urlencoded", strings.NewReader(form))
			if err != nil {
				b.Fatal(err)
			}
			var buf [512]byte
			for {
				if _, err := resp.Body.Read(buf[:]); err != nil {
					break
				}
			}
			_ = resp.Body.Close()
		}
	})
}

// BenchmarkToolsListServer is the server's share of a tools/list: handling the request and
// encoding the answer, as the stdio transport does, without pipes or a client.
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
