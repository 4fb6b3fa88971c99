// Package mcptest gives the transport tests one small client interface over two independent
// MCP client implementations (mcp-go and the official Go SDK), so that every scenario runs
// against both, and the scenario every transport must pass.
package mcptest

import (
	"context"
	"fmt"
	"net/http"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/client/transport"
	"github.com/mark3labs/mcp-go/mcp"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/answers"
	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

// Client is what the scenarios need from an MCP client.
type Client interface {
	ToolNames(ctx context.Context) ([]string, error)
	Call(ctx context.Context, name string, args map[string]any) (text string, isError bool, err error)
	Close()
}

// Client implementations and the transports they speak.
const (
	MCPGo = "mcp-go"
	SDK   = "go-sdk"

	Streamable = "streamable"
	SSE        = "sse"
	Stdio      = "stdio"
)

// Connect opens an initialized session of impl over an HTTP transport (Streamable or SSE)
// at endpoint, sending headers with every request. It is closed when the test ends.
func Connect(t testing.TB, impl, over, endpoint string, headers map[string]string) Client {
	t.Helper()
	return ConnectVersion(t, impl, over, endpoint, "", headers)
}

// ConnectVersion is Connect asking for an older protocol version (e.g. "2025-06-18"), whose
// clients keep a session; "" asks for the latest.
func ConnectVersion(t testing.TB, impl, over, endpoint, version string, headers map[string]string) Client {
	t.Helper()
	// Both SDKs tie the SSE stream to the context given to connect: it must outlive the
	// connection, so it is cancelled only at cleanup, after the client is closed.
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	stop := time.AfterFunc(10*time.Second, cancel) // a hung handshake fails rather than blocks
	defer stop.Stop()
	var c Client
	var err error
	switch impl {
	case MCPGo:
		c, err = connectMCPGo(ctx, over, endpoint, version, headers)
	case SDK:
		c, err = connectSDK(ctx, over, endpoint, version, headers)
	default:
		t.Fatalf("unknown client %s", impl)
	}
	if err != nil {
		t.Fatalf("%s over %s: connecting: %v", impl, over, err)
	}
	t.Cleanup(c.Close)
	return c
}

// ConnectStdio starts binary with env and args and opens a session of impl on its stdio.
func ConnectStdio(t testing.TB, impl, binary string, env []string, args ...string) Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var c Client
	switch impl {
	case MCPGo:
		mc, err := client.NewStdioMCPClient(binary, env, args...)
		if err != nil {
			t.Fatal(err)
		}
		if err := initMCPGo(ctx, mc, ""); err != nil {
			_ = mc.Close()
			t.Fatalf("mcp-go over stdio: %v", err)
		}
		c = mcpGoClient{mc}
	case SDK:
		cmd := exec.Command(binary, args...)
		cmd.Env = env
		cs, err := sdk.NewClient(&sdk.Implementation{Name: "go-sdk-test", Version: "1"}, nil).
			Connect(ctx, &sdk.CommandTransport{Command: cmd}, nil)
		if err != nil {
			t.Fatalf("go-sdk over stdio: %v", err)
		}
		c = sdkClient{cs}
	default:
		t.Fatalf("unknown client %s", impl)
	}
	t.Cleanup(c.Close)
	return c
}

// Exercise runs the scenario every transport must pass: list all tools, call a read tool,
// call a destructive tool without confirmation (nothing reaches the platform) and with it.
// Every platform request must carry wantToken.
func Exercise(t testing.TB, c Client, platform *jelastictest.Recorder, wantToken string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	names, err := c.ToolNames(ctx)
	if err != nil {
		t.Fatalf("tools/list: %v", err)
	}
	if want := len(testkit.OfferedByDefault(t)) + len(answers.Methods()); len(names) != want || !slices.Contains(names, "account_suspend_user") || !slices.Contains(names, "account_get_external_user_by_id") {
		t.Fatalf("tools/list: %d tools, want the %d tools offered by default (billing methods and answers)", len(names), want)
	}

	text, isErr, err := c.Call(ctx, "account_get_external_user_by_id", map[string]any{"id": "ext-42"})
	if err != nil || isErr {
		t.Fatalf("read tool: err %v, isError %v: %s", err, isErr, text)
	}
	reqs := platform.Requests()
	if len(reqs) != 1 || reqs[0].Path != "/1.0/billing/account/rest/getexternaluserbyid" || reqs[0].Form.Get("id") != "ext-42" {
		t.Fatalf("read tool: platform got %d requests, first %+v", len(reqs), firstPath(reqs))
	}

	text, isErr, err = c.Call(ctx, "account_suspend_user", map[string]any{"uid": 7})
	if err != nil || isErr || !strings.Contains(text, "Confirmation required") {
		t.Fatalf("destructive tool without confirm: err %v, isError %v: %s", err, isErr, text)
	}
	if n := len(platform.Requests()); n != 1 {
		t.Fatalf("destructive tool without confirm reached the platform (%d requests)", n)
	}

	text, isErr, err = c.Call(ctx, "account_suspend_user", map[string]any{"uid": 7, "confirm": true})
	if err != nil || isErr {
		t.Fatalf("destructive tool with confirm: err %v, isError %v: %s", err, isErr, text)
	}
	reqs = platform.Requests()
	if len(reqs) != 2 || reqs[1].Path != "/1.0/billing/account/rest/suspenduser" || reqs[1].Form.Get("uid") != "7" {
		t.Fatalf("destructive tool with confirm: platform got %d requests, last %+v", len(reqs), firstPath(reqs[1:]))
	}
	for i, r := range reqs {
		if r.Form.Get("session") != wantToken {
			t.Errorf("platform request %d carries the wrong token", i)
		}
	}
}

func firstPath(reqs []jelastictest.Request) string {
	if len(reqs) == 0 {
		return "(none)"
	}
	return reqs[0].Path
}

// AssertNoSecrets fails when any secret shows in text (logs, test output, errors).
func AssertNoSecrets(t testing.TB, what, text string, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if s != "" && strings.Contains(text, s) {
			t.Errorf("a secret (%d bytes) leaked into %s", len(s), what)
		}
	}
}

type mcpGoClient struct{ c *client.Client }

func connectMCPGo(ctx context.Context, over, endpoint, version string, headers map[string]string) (Client, error) {
	var c *client.Client
	var err error
	switch over {
	case Streamable:
		c, err = client.NewStreamableHttpClient(endpoint, transport.WithHTTPHeaders(headers))
	case SSE:
		c, err = client.NewSSEMCPClient(endpoint, client.WithHeaders(headers))
	default:
		return nil, fmt.Errorf("unknown transport %s", over)
	}
	if err != nil {
		return nil, err
	}
	if err := c.Start(ctx); err != nil {
		return nil, err
	}
	if err := initMCPGo(ctx, c, version); err != nil {
		_ = c.Close()
		return nil, err
	}
	return mcpGoClient{c}, nil
}

func initMCPGo(ctx context.Context, c *client.Client, version string) error {
	if version == "" {
		version = mcp.LATEST_PROTOCOL_VERSION
	}
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = version
	init.Params.ClientInfo = mcp.Implementation{Name: "mcp-go-test", Version: "1"}
	res, err := c.Initialize(ctx, init)
	if err != nil {
		return err
	}
	if res.ServerInfo.Name != "jelastic-mcp" {
		return fmt.Errorf("initialize: server %q", res.ServerInfo.Name)
	}
	return nil
}

func (c mcpGoClient) ToolNames(ctx context.Context) ([]string, error) {
	var names []string
	req := mcp.ListToolsRequest{}
	for {
		res, err := c.c.ListTools(ctx, req)
		if err != nil {
			return nil, err
		}
		for _, tool := range res.Tools {
			names = append(names, tool.Name)
		}
		if res.NextCursor == "" {
			return names, nil
		}
		req.Params.Cursor = res.NextCursor
	}
}

func (c mcpGoClient) Call(ctx context.Context, name string, args map[string]any) (string, bool, error) {
	req := mcp.CallToolRequest{}
	req.Params.Name = name
	req.Params.Arguments = args
	res, err := c.c.CallTool(ctx, req)
	if err != nil {
		return "", false, err
	}
	var parts []string
	for _, content := range res.Content {
		if tc, ok := content.(mcp.TextContent); ok {
			parts = append(parts, tc.Text)
		}
	}
	return strings.Join(parts, "\n"), res.IsError, nil
}

func (c mcpGoClient) Close() { _ = c.c.Close() }

type sdkClient struct{ s *sdk.ClientSession }

// headerTransport adds fixed headers to every request: the Go SDK's way to authenticate.
type headerTransport struct {
	base    http.RoundTripper
	headers map[string]string
}

func (h headerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	for k, v := range h.headers {
		r.Header.Set(k, v)
	}
	return h.base.RoundTrip(r)
}

func connectSDK(ctx context.Context, over, endpoint, version string, headers map[string]string) (Client, error) {
	hc := &http.Client{Transport: headerTransport{http.DefaultTransport, headers}}
	var tr sdk.Transport
	switch over {
	case Streamable:
		tr = &sdk.StreamableClientTransport{Endpoint: endpoint, HTTPClient: hc, MaxRetries: -1}
	case SSE:
		tr = &sdk.SSEClientTransport{Endpoint: endpoint, HTTPClient: hc}
	default:
		return nil, fmt.Errorf("unknown transport %s", over)
	}
	cs, err := sdk.NewClient(&sdk.Implementation{Name: "go-sdk-test", Version: "1"}, nil).Connect(ctx, tr, &sdk.ClientSessionOptions{ProtocolVersion: version})
	if err != nil {
		return nil, err
	}
	if got := cs.InitializeResult().ServerInfo.Name; got != "jelastic-mcp" {
		_ = cs.Close()
		return nil, fmt.Errorf("initialize: server %q", got)
	}
	return sdkClient{cs}, nil
}

func (c sdkClient) ToolNames(ctx context.Context) ([]string, error) {
	var names []string
	for tool, err := range c.s.Tools(ctx, nil) {
		if err != nil {
			return nil, err
		}
		names = append(names, tool.Name)
	}
	return names, nil
}

func (c sdkClient) Call(ctx context.Context, name string, args map[string]any) (string, bool, error) {
	res, err := c.s.CallTool(ctx, &sdk.CallToolParams{Name: name, Arguments: args})
	if err != nil {
		return "", false, err
	}
	var parts []string
	for _, content := range res.Content {
		if tc, ok := content.(*sdk.TextContent); ok {
			parts = append(parts, tc.Text)
		}
	}
	return strings.Join(parts, "\n"), res.IsError, nil
}

func (c sdkClient) Close() { _ = c.s.Close() }
