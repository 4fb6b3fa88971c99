package tools_test

import (
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/client/transport"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

const testToken = "tok-3f9a1c7e5b2d4a68"

// testCurrency is the currency the test servers are told their platform bills in.
const testCurrency = "EUR"

// env is one server under test: the recording platform, the MCP server behind a stdio
// transport on pipes, and a real MCP client talking to it.
type env struct {
	platform *jelastictest.Recorder
	client   *client.Client
	logs     *testkit.Buffer
	server   *server.MCPServer
}

type envOption func(*jelastic.Config)

// newEnv serves every tool of the catalog, the card registration included.
func newEnv(t *testing.T, opts ...envOption) *env {
	t.Helper()
	return newEnvWith(t, tools.Options{Policy: tools.Policy{AllowCardData: true}}, opts...)
}

// newEnvWith serves the tools of o (its Caller and Logger are set here).
func newEnvWith(t testing.TB, o tools.Options, opts ...envOption) *env {
	t.Helper()
	rec := jelastictest.NewRecorder()
	t.Cleanup(rec.Close)
	cfg := jelastic.Config{BaseURL: rec.URL, Token: testToken, Timeout: 5 * time.Second, MaxRetries: 2, RetryBackoff: time.Millisecond}
	for _, o := range opts {
		o(&cfg)
	}
	api, err := jelastic.NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	logs := &testkit.Buffer{}
	o.Caller, o.Logger = api, zerolog.New(logs)
	if o.Currency == "" {
		// The recorder does not know its currency; tests that learn it from a platform
		// build their own server (units_test.go).
		o.Currency = testCurrency
	}
	srv, err := tools.NewServer(o, "test")
	if err != nil {
		t.Fatal(err)
	}
	return &env{platform: rec, client: connectStdio(t, srv), logs: logs, server: srv}
}

// connectStdio serves srv over the stdio transport on a pair of pipes and returns an
// initialized client on the other ends.
func connectStdio(t testing.TB, srv *server.MCPServer) *client.Client {
	t.Helper()
	return connectStdioWith(t, srv, mcp.LATEST_PROTOCOL_VERSION, mcp.ClientCapabilities{})
}

// connectStdioWith is connectStdio with a chosen protocol version, declared capabilities and
// client options (an elicitation handler, say).
func connectStdioWith(t testing.TB, srv *server.MCPServer, version string, caps mcp.ClientCapabilities, opts ...client.ClientOption) *client.Client {
	t.Helper()
	return connectStdioVia(t, srv, version, caps, nil, opts...)
}

// connectStdioVia is connectStdioWith with wrap, when set, put around the client's transport.
func connectStdioVia(t testing.TB, srv *server.MCPServer, version string, caps mcp.ClientCapabilities, wrap func(transport.Interface) transport.Interface, opts ...client.ClientOption) *client.Client {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = server.NewStdioServer(srv).Listen(ctx, inR, outW) // ends with the test's cancel
	}()
	var tr transport.Interface = transport.NewIO(outR, inW, io.NopCloser(strings.NewReader("")))
	if wrap != nil {
		tr = wrap(tr)
	}
	c := client.NewClient(tr, opts...)
	t.Cleanup(func() {
		_ = c.Close()
		cancel()
		_ = inW.Close()
		_ = outW.Close()
		<-done
	})
	return initialize(t, c, version, caps)
}

// initialize starts c and runs the MCP handshake with version and caps.
func initialize(t testing.TB, c *client.Client, version string, caps mcp.ClientCapabilities) *client.Client {
	t.Helper()
	ctx := context.Background()
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = version
	init.Params.Capabilities = caps
	init.Params.ClientInfo = mcp.Implementation{Name: "tools-test", Version: "1"}
	if _, err := c.Initialize(ctx, init); err != nil {
		t.Fatal(err)
	}
	return c
}

// call invokes a tool with raw JSON arguments.
func (e *env) call(t *testing.T, tool string, args string) *mcp.CallToolResult {
	t.Helper()
	return callClient(t, e.client, tool, args)
}

func callClient(t *testing.T, c *client.Client, tool string, args string) *mcp.CallToolResult {
	t.Helper()
	req := mcp.CallToolRequest{}
	req.Params.Name = tool
	var a any
	if args != "" {
		if err := json.Unmarshal([]byte(args), &a); err != nil {
			t.Fatalf("test arguments %s: %v", args, err)
		}
	}
	req.Params.Arguments = a
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	res, err := c.CallTool(ctx, req)
	if err != nil {
		t.Fatalf("%s: protocol error: %v", tool, err)
	}
	return res
}

func resultText(r *mcp.CallToolResult) string {
	var parts []string
	for _, c := range r.Content {
		if tc, ok := c.(mcp.TextContent); ok {
			parts = append(parts, tc.Text)
		}
	}
	return strings.Join(parts, "\n")
}

// structured returns the result's structuredContent as a map.
func structured(t *testing.T, r *mcp.CallToolResult) map[string]any {
	t.Helper()
	b, err := json.Marshal(r.StructuredContent)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("structuredContent is not an object: %s", b)
	}
	return m
}

type (
	catalogEntry = testkit.Method
	catalogArg   = testkit.Arg
)

func loadCatalog(t *testing.T) []catalogEntry {
	t.Helper()
	return testkit.Facts(t)
}
