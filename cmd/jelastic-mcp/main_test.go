package main

// The wiring from flags to transports: the built binary over stdio and run with --http. The
// transports themselves are tested in package transport.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/mcptest"
	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/transport"
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
		_ = os.RemoveAll(dir) // a temporary directory; the exit matters more
		os.Exit(1)
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
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

// Secrets of the tests. None may show in logs or in test output.
const (
	authSecret   = "auth-7f3c9e21b4d85a60-long-enough-secret"
	clientSecret = "client-jelastic-token-5e2b7d"
	serverSecret = "server-jelastic-token-91ac04"
)

// TestTransports: both client implementations over stdio (the built binary, with the
// server's token) and over --http as run wires it (a bearer token and each client's own
// X-Jelastic-Token).
func TestTransports(t *testing.T) {
	for _, impl := range []string{mcptest.MCPGo, mcptest.SDK} {
		for _, over := range []string{mcptest.Stdio, mcptest.Streamable, mcptest.SSE} {
			t.Run(impl+"/"+over, func(t *testing.T) {
				t.Parallel()
				platform := jelastictest.NewRecorder()
				defer platform.Close()
				if over == mcptest.Stdio {
					// The recorder does not know its currency; named, it costs no request to learn.
					env := []string{"JELASTIC_URL=" + platform.URL, "JELASTIC_TOKEN=" + serverSecret, "JELASTIC_CURRENCY=EUR", "PATH=" + os.Getenv("PATH")}
					mcptest.Exercise(t, mcptest.ConnectStdio(t, impl, binary, env, "--timeout", "5s"), platform, serverSecret)
					return
				}
				srv := startHTTP(t, map[string]string{"JELASTIC_URL": platform.URL, transport.EnvAuthToken: authSecret, "JELASTIC_CURRENCY": "EUR"})
				headers := map[string]string{"Authorization": "Bearer " + authSecret, transport.HeaderJelasticToken: clientSecret}
				mcptest.Exercise(t, mcptest.Connect(t, impl, over, endpoint(srv.base, over), headers), platform, clientSecret)
				if code := srv.stop(t); code != exitOK {
					t.Errorf("exit code %d after shutdown", code)
				}
				mcptest.AssertNoSecrets(t, "the logs", srv.logs.String(), authSecret, clientSecret)
			})
		}
	}
}

func endpoint(base, over string) string {
	if over == mcptest.SSE {
		return base + transport.PathSSE
	}
	return base + transport.PathStreamable
}

// TestHTTPConfigurationErrors: a public address without a strong auth token, and bad
// --http settings, exit 2 before listening, with a message that says how to fix them.
func TestHTTPConfigurationErrors(t *testing.T) {
	url := "https://app.jelastic.example.com"
	for _, tc := range []struct {
		args      []string
		authToken string
		want      string
	}{
		{[]string{"--http", "0.0.0.0:0"}, "", "refusing to serve"},
		{[]string{"--http", "8080"}, "", "host:port"},
		{[]string{"--http", "0.0.0.0:0"}, "x", "at least 32"},
		{[]string{"--http", "0.0.0.0:0"}, "    ", "whitespace"},
		{[]string{"--http", ":0", "--session-idle", "0s"}, "", "--session-idle"},
		{[]string{"--http", ":0", "--max-sessions", "0"}, "", "--max-sessions"},
		{[]string{"--http", ":0", "--max-streams", "-1"}, "", "--max-streams"},
		{[]string{"--http", ":0", "--allow-origin", "*"}, "", "--allow-origin"},
		{[]string{"--metrics-addr", ":9090"}, "", "need --http"},
		{[]string{"--oauth-issuer", "https://auth.example.com"}, "", "need --http"},
		{[]string{"--http", ":0", "--metrics-addr", "9090"}, "", "--metrics-addr \"9090\" is not host:port"},
		{[]string{"--http", "0.0.0.0:0", "--oauth-issuer", "https://auth.example.com"}, "", "needs --public-url"},
		{[]string{"--http", ":0", "--oauth-issuer", "http://auth.example.com"}, "", "must be the authorization server's issuer URL, https://"},
		{[]string{"--http", ":0", "--public-url", "https://mcp.example.com"}, "", "only used with --oauth-issuer"},
		{[]string{"--http", "0.0.0.0:0", "--oauth-issuer", "https://auth.example.com", "--public-url", "mcp.example.com"}, "", "--public-url"},
	} {
		var stderr testkit.Buffer
		env := envOf(map[string]string{"JELASTIC_URL": url, transport.EnvAuthToken: tc.authToken})
		if code := run(context.Background(), tc.args, env, nil, io.Discard, &stderr); code != exitUsage || !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%v: exit %d, %q; want exit 2 saying %q", tc.args, code, stderr.String(), tc.want)
		}
	}
	env := envOf(map[string]string{"JELASTIC_URL": url})
	cfg, code, done := parseConfig([]string{"--http", ":8080", "--session-idle", "90s", "--allow-origin", "https://a.example, https://b.example"}, env, io.Discard, io.Discard)
	if done || code != exitOK || cfg.http.Addr != "127.0.0.1:8080" || cfg.http.SessionIdle != 90*time.Second || len(cfg.http.AllowOrigins) != 2 {
		t.Errorf("--http :8080 with settings: done %v, exit %d, cfg %+v", done, code, cfg)
	}
	// With an issuer and a public URL, no static token is needed off loopback.
	cfg, code, done = parseConfig([]string{"--http", "0.0.0.0:8080", "--oauth-issuer", "https://auth.example.com/realms/b", "--public-url", "https://mcp.example.com/"}, env, io.Discard, io.Discard)
	if done || code != exitOK || cfg.http.OAuthIssuer != "https://auth.example.com/realms/b" || cfg.http.PublicURL != "https://mcp.example.com" || cfg.http.AuthToken != "" {
		t.Errorf("--http 0.0.0.0:8080 with OAuth: done %v, exit %d, cfg %+v", done, code, cfg)
	}
}

// TestSandboxOverHTTP: --sandbox combines with --http. The embedded platform's identity is
// the server's own token, so clients need no X-Jelastic-Token.
func TestSandboxOverHTTP(t *testing.T) {
	srv := startHTTP(t, nil, "--sandbox")
	for _, over := range []string{mcptest.Streamable, mcptest.SSE} {
		c := mcptest.Connect(t, mcptest.SDK, over, endpoint(srv.base, over), nil)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		text, isErr, err := c.Call(ctx, "account_get_account", nil)
		cancel()
		if err != nil || isErr || !strings.Contains(text, "{") {
			t.Fatalf("%s: err %v, isError %v: %s", over, err, isErr, text)
		}
	}
}
