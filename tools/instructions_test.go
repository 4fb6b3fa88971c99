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

// inProcess starts a server with o (its Caller talks to an idle recorder) and an initialized
// in-process client; tests that look at what a server declares need no transport.
func inProcess(t *testing.T, o tools.Options) (*client.Client, *mcp.InitializeResult) {
	t.Helper()
	rec := jelastictest.NewRecorder()
	t.Cleanup(rec.Close)
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: rec.URL, Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	o.Caller, o.Logger = api, zerolog.Nop()
	srv, err := tools.NewServer(o, "test")
	if err != nil {
		t.Fatal(err)
	}
	cl, err := client.NewInProcessClient(srv)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cl.Close() })
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
	init.Params.ClientInfo = mcp.Implementation{Name: "in-process-test", Version: "1"}
	res, err := cl.Initialize(context.Background(), init)
	if err != nil {
		t.Fatal(err)
	}
	return cl, res
}

// TestInstructionsPointToWhatIsOffered: the instructions a client hands the model say to take
// totals from the billing_* summaries when they are offered (and only then), and in discovery
// mode how to reach the tools that are not listed.
func TestInstructionsPointToWhatIsOffered(t *testing.T) {
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
		_, res := inProcess(t, c.opts)
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
