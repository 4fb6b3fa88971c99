package main

// Helpers of the transport tests: the built binary, a server started through run, and one
// small client interface over two independent MCP client implementations (mcp-go and the
// official Go SDK), so every scenario runs against both.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/client/transport"
	"github.com/mark3labs/mcp-go/mcp"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
)

// binary is the jelastic-mcp executable built by TestMain, for the stdio tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "jelastic-mcp-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "jelastic-mcp")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building jelastic-mcp for the stdio tests:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// httpRun is one server started through run with --http on a free loopback port.
type httpRun struct {
	base   string // http://127.0.0.1:PORT
	logs   *testkit.Buffer
	cancel context.CancelFunc
	exit   chan int
}

// startHTTP runs the server as main would, with env as its environment and extra flags
// after --http, and waits until it serves. It is stopped when the test ends.
func startHTTP(t *testing.T, env map[string]string, flags ...string) *httpRun {
	t.Helper()
	logs := &testkit.Buffer{}
	ctx, cancel := context.WithCancel(context.Background())
	r := &httpRun{logs: logs, cancel: cancel, exit: make(chan int, 1)}
	args := append([]string{"--http", "127.0.0.1:0", "--timeout", "5s"}, flags...)
	go func() { r.exit <- run(ctx, args, envOf(env), nil, &testkit.Buffer{}, logs) }()
	deadline := time.Now().Add(10 * time.Second)
	for r.base == "" {
		select {
		case code := <-r.exit:
			t.Fatalf("server exited with %d before serving:\n%s", code, logs.String())
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("server did not start:\n%s", logs.String())
		}
		for _, line := range strings.Split(logs.String(), "\n") {
			var l struct{ Message, Addr string }
			if json.Unmarshal([]byte(line), &l) == nil && l.Message == "serving" && l.Addr != "" {
				r.base = "http://" + l.Addr
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Cleanup(func() { r.stop(t) })
	return r
}

// stop cancels the server's context, as SIGINT does, and returns its exit code.
func (r *httpRun) stop(t *testing.T) int {
	t.Helper()
	r.cancel()
	select {
	case code := <-r.exit:
		r.exit <- code // a later stop (the cleanup) sees it too
		return code
	case <-time.After(15 * time.Second):
		t.Fatal("server did not stop within 15 s of its context being cancelled")
		return -1
	}
}

// assertNoSecrets fails when any secret shows in text (logs, test output, errors).
func assertNoSecrets(t *testing.T, what, text string, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if s != "" && strings.Contains(text, s) {
			t.Errorf("a secret (%d bytes) leaked into %s", len(s), what)
		}
	}
}

// testClient is what the scenarios need from an MCP client.
type testClient interface {
	toolNames(ctx context.Context) ([]string, error)
	call(ctx context.Context, name string, args map[string]any) (text string, isError bool, err error)
	close()
}

// Client implementations and transports the scenarios run over.
const (
	implMCPGo = "mcp-go"
	implSDK   = "go-sdk"

	overStreamable = "streamable"
	overSSE        = "sse"
	overStdio      = "stdio"
)

// connect opens an initialized session of impl over an HTTP transport of base, sending
// headers with every request.
func connect(t *testing.T, impl, over, base string, headers map[string]string) testClient {
	t.Helper()
	// Both SDKs tie the SSE stream to the context given to connect: it must outlive the
	// connection, so it is cancelled only at cleanup, after the client is closed.
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	stop := time.AfterFunc(10*time.Second, cancel) // a hung handshake fails rather than blocks
	defer stop.Stop()
	var c testClient
	var err error
	switch impl {
	case implMCPGo:
		c, err = connectMCPGo(ctx, over, base, headers)
	case implSDK:
		c, err = connectSDK(ctx, over, base, headers)
	default:
		t.Fatalf("unknown client %s", impl)
	}
	if err != nil {
		t.Fatalf("%s over %s: connecting: %v", impl, over, err)
	}
	t.Cleanup(c.close)
	return c
}

// connectStdioBinary starts the built binary with env and opens a session on its stdio.
func connectStdioBinary(t *testing.T, impl string, env []string) testClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var c testClient
	switch impl {
	case implMCPGo:
		mc, err := client.NewStdioMCPClient(binary, env, "--timeout", "5s")
		if err != nil {
			t.Fatal(err)
		}
		if err := initMCPGo(ctx, mc); err != nil {
			mc.Close()
			t.Fatalf("mcp-go over stdio: %v", err)
		}
		c = mcpGoClient{mc}
	case implSDK:
		cmd := exec.Command(binary, "--timeout", "5s")
		cmd.Env = env
		cs, err := sdk.NewClient(&sdk.Implementation{Name: "go-sdk-test", Version: "1"}, nil).
			Connect(ctx, &sdk.CommandTransport{Command: cmd}, nil)
		if err != nil {
			t.Fatalf("go-sdk over stdio: %v", err)
		}
		c = sdkClient{cs}
	}
	t.Cleanup(c.close)
	return c
}

type mcpGoClient struct{ c *client.Client }

func connectMCPGo(ctx context.Context, over, base string, headers map[string]string) (testClient, error) {
	var c *client.Client
	var err error
	switch over {
	case overStreamable:
		c, err = client.NewStreamableHttpClient(base+pathStreamable, transport.WithHTTPHeaders(headers))
	case overSSE:
		c, err = client.NewSSEMCPClient(base+pathSSE, client.WithHeaders(headers))
	default:
		return nil, fmt.Errorf("unknown transport %s", over)
	}
	if err != nil {
		return nil, err
	}
	if err := c.Start(ctx); err != nil {
		return nil, err
	}
	if err := initMCPGo(ctx, c); err != nil {
		c.Close()
		return nil, err
	}
	return mcpGoClient{c}, nil
}

func initMCPGo(ctx context.Context, c *client.Client) error {
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
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

func (c mcpGoClient) toolNames(ctx context.Context) ([]string, error) {
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

func (c mcpGoClient) call(ctx context.Context, name string, args map[string]any) (string, bool, error) {
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

func (c mcpGoClient) close() { c.c.Close() }

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

func connectSDK(ctx context.Context, over, base string, headers map[string]string) (testClient, error) {
	hc := &http.Client{Transport: headerTransport{http.DefaultTransport, headers}}
	var tr sdk.Transport
	switch over {
	case overStreamable:
		tr = &sdk.StreamableClientTransport{Endpoint: base + pathStreamable, HTTPClient: hc, MaxRetries: -1}
	case overSSE:
		tr = &sdk.SSEClientTransport{Endpoint: base + pathSSE, HTTPClient: hc}
	default:
		return nil, fmt.Errorf("unknown transport %s", over)
	}
	cs, err := sdk.NewClient(&sdk.Implementation{Name: "go-sdk-test", Version: "1"}, nil).Connect(ctx, tr, nil)
	if err != nil {
		return nil, err
	}
	if got := cs.InitializeResult().ServerInfo.Name; got != "jelastic-mcp" {
		cs.Close()
		return nil, fmt.Errorf("initialize: server %q", got)
	}
	return sdkClient{cs}, nil
}

func (c sdkClient) toolNames(ctx context.Context) ([]string, error) {
	var names []string
	for tool, err := range c.s.Tools(ctx, nil) {
		if err != nil {
			return nil, err
		}
		names = append(names, tool.Name)
	}
	return names, nil
}

func (c sdkClient) call(ctx context.Context, name string, args map[string]any) (string, bool, error) {
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

func (c sdkClient) close() { c.s.Close() }
