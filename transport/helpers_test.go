package transport

import (
	"context"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/internal/mcptest"
	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// testServer is the real tool server served by ServeHTTP on a free loopback port.
type testServer struct {
	srv    *server.MCPServer
	base   string // http://127.0.0.1:PORT
	logs   *testkit.Buffer
	cancel context.CancelFunc
	done   chan error
}

// start serves the tools for the platform at platformURL as the command does: with
// serverToken as the server's own Jelastic token, or, when it is empty, each client's
// X-Jelastic-Token. opts adds the transport's settings. It is stopped when the test ends.
func start(t testing.TB, platformURL, serverToken string, opts Options) *testServer {
	t.Helper()
	return startTools(t, platformURL, serverToken, opts, tools.Options{})
}

// startTools is start with tool settings (limits, seal key, ...) in topts; its Caller,
// Logger, CheckCall and Observe are set here.
func startTools(t testing.TB, platformURL, serverToken string, opts Options, topts tools.Options) *testServer {
	t.Helper()
	logs := &testkit.Buffer{}
	logger := zerolog.New(logs).With().Timestamp().Logger()
	cfg := jelastic.Config{BaseURL: platformURL, Token: serverToken, Timeout: 5 * time.Second, MaxRetries: 2}
	var observe func(tools.Call)
	if opts.Metrics != nil { // wired as the command wires it
		cfg.HTTPClient = &http.Client{Transport: opts.Metrics.Transport(http.DefaultTransport)}
		observe = opts.Metrics.ObserveCall
	}
	client, err := jelastic.NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var check func(context.Context) error
	if serverToken == "" {
		check = RequireClientToken
	}
	topts.Caller, topts.Logger, topts.CheckCall, topts.Observe = client, logger, check, observe
	if topts.Currency == "" {
		// The recorder does not know its currency; named here, it costs no request to learn.
		topts.Currency = "EUR"
	}
	srv, err := tools.NewServer(topts, "test")
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	opts.Listener, opts.Logger, opts.Version, opts.Platform = ln, logger, "test", client.BaseURL()
	opts.ClientTokens = serverToken == ""
	ctx, cancel := context.WithCancel(context.Background())
	s := &testServer{srv: srv, base: "http://" + ln.Addr().String(), logs: logs, cancel: cancel, done: make(chan error, 1)}
	go func() { s.done <- ServeHTTP(ctx, srv, opts) }()
	t.Cleanup(func() {
		if err := s.stop(t); err != nil {
			t.Errorf("serving ended with %v", err)
		}
	})
	return s
}

// stop cancels the server's context, as SIGINT does in the command, and returns what
// ServeHTTP returned.
func (s *testServer) stop(t testing.TB) error {
	t.Helper()
	s.cancel()
	select {
	case err := <-s.done:
		s.done <- err // a later stop (the cleanup) sees it too
		return err
	case <-time.After(15 * time.Second):
		t.Fatal("server did not stop within 15 s of its context being cancelled")
		return nil
	}
}

// connect opens an initialized session of impl over one of the HTTP transports of base.
func connect(t testing.TB, impl, over, base string, headers map[string]string) mcptest.Client {
	t.Helper()
	endpoint := base + PathStreamable
	if over == mcptest.SSE {
		endpoint = base + PathSSE
	}
	return mcptest.Connect(t, impl, over, endpoint, headers)
}
