package transport

import (
	"context"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/mcptest"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

// TestHeadersNarrowPerRequest: two clients of one server, at the same time, each with its
// own X-MCP-* headers, see different tool sets and are refused the other's tools, with
// nothing sent to the platform.
func TestHeadersNarrowPerRequest(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{})
	invoiceReader := map[string]string{HeaderToolsets: "invoice", HeaderReadonly: "true"}
	accountFunder := map[string]string{HeaderTools: "account_fund_account, account_get_account", HeaderExcludeTools: "account_get_account"}
	cases := []struct {
		impl, over string
		headers    map[string]string
		want       func(string) bool
		refused    string
	}{
		{mcptest.MCPGo, mcptest.Streamable, invoiceReader, func(n string) bool {
			return strings.HasPrefix(n, "invoice_") && (strings.Contains(n, "_get_") || strings.Contains(n, "_search_"))
		}, "account_get_account"},
		{mcptest.SDK, mcptest.SSE, accountFunder, func(n string) bool { return n == "account_fund_account" }, "invoice_get_invoices"},
	}
	var wg sync.WaitGroup
	for _, c := range cases {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			cl := connect(t, c.impl, c.over, srv.base, c.headers)
			for range 20 { // interleave with the other client
				names, err := cl.ToolNames(ctx)
				if err != nil {
					t.Errorf("%s/%s: tools/list: %v", c.impl, c.over, err)
					return
				}
				if len(names) == 0 || slices.ContainsFunc(names, func(n string) bool { return !c.want(n) }) {
					t.Errorf("%s/%s with %v listed %v", c.impl, c.over, c.headers, names)
					return
				}
			}
			text, isErr, err := cl.Call(ctx, c.refused, map[string]any{})
			if err != nil || !isErr || !strings.Contains(text, "not offered here") || !strings.HasSuffix(text, "Nothing was sent.") {
				t.Errorf("%s/%s: call to %s outside its headers: err %v, isError %v: %s", c.impl, c.over, c.refused, err, isErr, text)
			}
		}()
	}
	wg.Wait()
	if n := len(platform.Requests()); n != 0 {
		t.Errorf("%d requests reached the platform", n)
	}
}

// TestHeadersCannotWiden: a header naming a tool the server does not offer adds nothing, and
// an unknown name is a 400 that lists the valid ones.
func TestHeadersCannotWiden(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cl := connect(t, mcptest.MCPGo, mcptest.Streamable, srv.base, map[string]string{HeaderTools: "pay_method_register_bank_card,account_get_account"})
	names, err := cl.ToolNames(ctx)
	if err != nil || !slices.Equal(names, []string{"account_get_account"}) {
		t.Errorf("the card tool (not offered by the server) named in %s: %v %v", HeaderTools, names, err)
	}
	for header, value := range map[string]string{HeaderToolsets: "acount", HeaderTools: "frobnicate", HeaderReadonly: "maybe"} {
		req, _ := http.NewRequest(http.MethodPost, srv.base+PathStreamable, strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		req.Header.Set(header, value)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		_ = resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(body), value) {
			t.Errorf("%s: %s answered %d %s", header, value, resp.StatusCode, body)
		}
	}
}
