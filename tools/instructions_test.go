package tools_test

import (
	"context"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// TestInstructionsPointToWhatIsOffered: the instructions a client hands the model say to take
// totals from the billing_* summaries when they are offered (and only then), and in discovery
// mode how to reach the tools that are not listed.
func TestInstructionsPointToWhatIsOffered(t *testing.T) {
	rec := jelastictest.NewRecorder()
	t.Cleanup(rec.Close)
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: rec.URL, Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name      string
		opts      tools.Options
		want, not []string
	}{
		{"default", tools.Options{}, []string{"billing_* tools", "exactly"}, []string{"find_tools"}},
		{"essentials", tools.Options{Policy: tools.Policy{Toolsets: []string{"essentials"}}}, []string{"billing_* tools"}, nil},
		{"account only", tools.Options{Policy: tools.Policy{Toolsets: []string{"account"}}}, nil, []string{"billing_*", "find_tools"}},
		{"discovery", tools.Options{Discovery: true}, []string{"billing_* tools", "find_tools", "describe_tool", "call_tool"}, nil},
	}
	for _, c := range cases {
		c.opts.Caller, c.opts.Logger = api, zerolog.Nop()
		srv, err := tools.NewServer(c.opts, "test")
		if err != nil {
			t.Fatal(err)
		}
		cl, err := client.NewInProcessClient(srv)
		if err != nil {
			t.Fatal(err)
		}
		init := mcp.InitializeRequest{}
		init.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
		init.Params.ClientInfo = mcp.Implementation{Name: "instructions-test", Version: "1"}
		res, err := cl.Initialize(context.Background(), init)
		_ = cl.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range c.want {
			if !strings.Contains(res.Instructions, w) {
				t.Errorf("%s: instructions lack %q: %s", c.name, w, res.Instructions)
			}
		}
		for _, n := range c.not {
			if strings.Contains(res.Instructions, n) {
				t.Errorf("%s: instructions name %q, which is not offered: %s", c.name, n, res.Instructions)
			}
		}
	}
}
