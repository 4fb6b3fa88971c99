package transport

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/mcptest"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

// Secrets of the tests. None may show in logs or in test output.
const (
	authSecret   = "auth-7f3c9e21b4d85a60-4c1e9b07d2a3f8e6"
	clientSecret = "client-jelastic-token-5e2b7d"
	serverSecret = "server-jelastic-token-91ac04"
)

func bearer(tok string) map[string]string { return map[string]string{"Authorization": "Bearer " + tok} }

// TestTransports: both client implementations over streamable HTTP and SSE. The server
// requires a bearer token and has no Jelastic token, so the client's own X-Jelastic-Token
// must reach the platform.
func TestTransports(t *testing.T) {
	for _, impl := range []string{mcptest.MCPGo, mcptest.SDK} {
		for _, over := range []string{mcptest.Streamable, mcptest.SSE} {
			t.Run(impl+"/"+over, func(t *testing.T) {
				t.Parallel()
				platform := jelastictest.NewRecorder()
				defer platform.Close()
				srv := start(t, platform.URL, "", Options{AuthToken: authSecret})
				headers := bearer(authSecret)
				headers[HeaderJelasticToken] = clientSecret
				mcptest.Exercise(t, connect(t, impl, over, srv.base, headers), platform, clientSecret)
				if err := srv.stop(t); err != nil {
					t.Errorf("after shutdown: %v", err)
				}
				logs := srv.logs.String()
				mcptest.AssertNoSecrets(t, "the logs", logs, authSecret, clientSecret)
				// Sessions are named by a short hash; streamable HTTP on the 2026-07-28
				// protocol has no session to name.
				if (over == mcptest.SSE && !strings.Contains(logs, `"session":"`)) || !strings.Contains(logs, `"tool":"account_suspend_user"`) {
					t.Errorf("tool-call log lines do not name the client session:\n%s", logs)
				}
			})
		}
	}
}

// TestAuth: with JELASTIC_MCP_AUTH_TOKEN set, every MCP path answers a request without the
// right bearer token with 401, a Bearer challenge and a JSON body that says what is wrong,
// logs one warning without the token, and nothing reaches the platform.
func TestAuth(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{AuthToken: authSecret})

	// A real SSE session, so that /message is tried with a valid session id.
	sessionURL := openSSE(t, srv.base, authSecret)

	initBody := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}`
	paths := []struct {
		name, method, url, body string
		okStatus                int
	}{
		{"streamable", http.MethodPost, srv.base + PathStreamable, initBody, http.StatusOK},
		{"sse", http.MethodGet, srv.base + PathSSE, "", http.StatusOK},
		{"message", http.MethodPost, sessionURL, initBody, http.StatusAccepted},
	}
	credentials := []struct {
		name, header string
		ok           bool
	}{
		{"no header", "", false},
		{"wrong token", "Bearer wrong-" + authSecret, false},
		{"prefix of the token", "Bearer " + authSecret[:len(authSecret)-1], false},
		{"right token, wrong scheme", "Basic " + authSecret, false},
		{"right token", "Bearer " + authSecret, true},
		{"right token, lower-case scheme", "bearer " + authSecret, true},
	}
	refused := 0
	for _, p := range paths {
		for _, cred := range credentials {
			t.Run(p.name+"/"+cred.name, func(t *testing.T) {
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				req, _ := http.NewRequestWithContext(ctx, p.method, p.url, strings.NewReader(p.body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Accept", "application/json, text/event-stream")
				if cred.header != "" {
					req.Header.Set("Authorization", cred.header)
				}
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				defer func() { _ = res.Body.Close() }()
				if !cred.ok {
					refused++
					var answer struct{ Error, Message string }
					err := json.NewDecoder(res.Body).Decode(&answer)
					if res.StatusCode != http.StatusUnauthorized || !strings.HasPrefix(res.Header.Get("WWW-Authenticate"), "Bearer") ||
						err != nil || answer.Error != "unauthorized" || !strings.Contains(strings.ToLower(answer.Message), "bearer") {
						t.Fatalf("got %d, WWW-Authenticate %q, body %+v (%v); want 401 with a Bearer challenge and a JSON body saying what is wrong",
							res.StatusCode, res.Header.Get("WWW-Authenticate"), answer, err)
					}
					return
				}
				if res.StatusCode != p.okStatus {
					t.Fatalf("got %d, want %d", res.StatusCode, p.okStatus)
				}
			})
		}
	}
	if n := len(platform.Requests()); n != 0 {
		t.Errorf("the platform got %d requests", n)
	}
	// /healthz is for load balancers: no credentials, no secrets.
	res, err := http.Get(srv.base + PathHealth)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	_ = res.Body.Close()
	if res.StatusCode != http.StatusOK || !strings.Contains(string(body), `"status":"ok"`) {
		t.Errorf("/healthz: %d %s", res.StatusCode, body)
	}
	mcptest.AssertNoSecrets(t, "/healthz", string(body)+platform.URL, authSecret, serverSecret)
	if strings.Contains(string(body), platform.URL) {
		t.Error("/healthz names the platform")
	}
	if err := srv.stop(t); err != nil {
		t.Fatal(err)
	}
	logs := srv.logs.String()
	mcptest.AssertNoSecrets(t, "the logs", logs, authSecret, serverSecret)
	// One warning per refusal, saying from where, to which path and why.
	warned := 0
	for _, line := range strings.Split(logs, "\n") {
		var l struct{ Level, Message, Remote, Path, Reason string }
		if json.Unmarshal([]byte(line), &l) == nil && l.Message == "unauthenticated request refused" {
			warned++
			if l.Level != "warn" || !strings.HasPrefix(l.Remote, "127.0.0.1:") || !strings.HasPrefix(l.Path, "/") || l.Reason == "" {
				t.Errorf("refusal log line lacks level, remote address, path or reason: %s", line)
			}
		}
	}
	if warned != refused {
		t.Errorf("%d refusals logged, want %d", warned, refused)
	}
}

// openSSE opens an SSE stream and returns the message URL of its session. The stream stays
// open until the test ends.
func openSSE(t *testing.T, base, token string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+PathSSE, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = res.Body.Close() })
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /sse: %d", res.StatusCode)
	}
	sc := bufio.NewScanner(res.Body)
	for sc.Scan() {
		if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok && strings.HasPrefix(data, PathMessage) {
			return base + strings.TrimSpace(data)
		}
	}
	t.Fatal("the SSE stream sent no endpoint event")
	return ""
}

// TestCheckAddress: a non-loopback address needs an auth token, and the message says why
// and how to fix it; an address without a host means loopback.
func TestCheckAddress(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", "[::]:0", "192.0.2.10:8080", "mcp.example.com:8080"} {
		_, err := CheckAddress(addr, "")
		if err == nil || !strings.Contains(err.Error(), "refusing to serve") || !strings.Contains(err.Error(), EnvAuthToken) || !strings.Contains(err.Error(), "127.0.0.1") {
			t.Errorf("%s without a token: %v", addr, err)
		}
	}
	for _, tc := range []struct{ in, token, want string }{
		{"0.0.0.0:8080", authSecret, "0.0.0.0:8080"}, // public, with a token
		{":8080", "", "127.0.0.1:8080"},              // no host means loopback, not every interface
		{"localhost:8080", "", "localhost:8080"},
		{"[::1]:8080", "", "[::1]:8080"},
	} {
		if got, err := CheckAddress(tc.in, tc.token); err != nil || got != tc.want {
			t.Errorf("%s: %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	if _, err := CheckAddress("8080", ""); err == nil || !strings.Contains(err.Error(), "host:port") {
		t.Errorf("8080: %v", err)
	}
	// Weak tokens: short ones off loopback, and whitespace anywhere.
	for _, tc := range []struct{ addr, token, want string }{
		{"0.0.0.0:8080", "x", "at least 32"},
		{"192.0.2.10:8080", strings.Repeat("a", 31), "at least 32"},
		{"0.0.0.0:8080", "   ", "whitespace"},
		{"0.0.0.0:8080", authSecret + " ", "whitespace"},
		{"127.0.0.1:8080", "two words", "whitespace"},
	} {
		_, err := CheckAddress(tc.addr, tc.token)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), EnvAuthToken) {
			t.Errorf("%s with a %d-character token: %v; want an error saying %q", tc.addr, len(tc.token), err, tc.want)
		}
		if err != nil && len(strings.TrimSpace(tc.token)) >= 8 && strings.Contains(err.Error(), strings.TrimSpace(tc.token)) {
			t.Errorf("the error shows the token: %v", err)
		}
	}
	for _, tc := range []struct{ addr, token string }{
		{"0.0.0.0:8080", strings.Repeat("a", 32)},
		{"127.0.0.1:8080", "short"}, // loopback: the token only guards against local processes
	} {
		if _, err := CheckAddress(tc.addr, tc.token); err != nil {
			t.Errorf("%s with a %d-character token: %v", tc.addr, len(tc.token), err)
		}
	}
}

// TestMissingClientToken: a server without its own Jelastic token lists tools for anyone
// authenticated, but a call without X-Jelastic-Token is an isError result that names the
// header, and nothing reaches the platform.
func TestMissingClientToken(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, "", Options{})
	for _, impl := range []string{mcptest.MCPGo, mcptest.SDK} {
		for _, over := range []string{mcptest.Streamable, mcptest.SSE} {
			c := connect(t, impl, over, srv.base, nil)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			for _, call := range []struct {
				tool string
				args map[string]any
			}{
				{"account_get_account", nil},
				{"account_suspend_user", map[string]any{"uid": 7, "confirm": true}},
			} {
				text, isErr, err := c.Call(ctx, call.tool, call.args)
				if err != nil || !isErr || !strings.Contains(text, HeaderJelasticToken) {
					t.Errorf("%s over %s, %s without a token: err %v, isError %v: %s", impl, over, call.tool, err, isErr, text)
				}
			}
			cancel()
		}
	}
	if n := len(platform.Requests()); n != 0 {
		t.Errorf("the platform got %d requests", n)
	}
}

// TestServerTokenWins: a server configured with JELASTIC_TOKEN always uses it; a client's
// X-Jelastic-Token cannot switch the identity its operator chose.
func TestServerTokenWins(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{})
	for _, over := range []string{mcptest.Streamable, mcptest.SSE} {
		c := connect(t, mcptest.MCPGo, over, srv.base, map[string]string{HeaderJelasticToken: clientSecret})
		if _, isErr, err := c.Call(context.Background(), "account_get_account", nil); err != nil || isErr {
			t.Fatalf("%s: err %v isError %v", over, err, isErr)
		}
	}
	reqs := platform.Requests()
	if len(reqs) != 2 {
		t.Fatalf("platform got %d requests, want 2", len(reqs))
	}
	for _, r := range reqs {
		if r.Form.Get("session") != serverSecret {
			t.Error("a platform request did not carry the server's token")
		}
	}
}

// TestClientIsolation: many concurrent clients, over both transports and both client
// implementations, each with its own X-Jelastic-Token. Every platform request must carry
// the token of the client that caused it, and no other.
func TestClientIsolation(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, "", Options{AuthToken: authSecret})
	const clients, callsEach = 20, 5
	tokens := make([]string, clients)
	var wg sync.WaitGroup
	errs := make(chan error, clients*callsEach)
	for i := range clients {
		tokens[i] = fmt.Sprintf("isolation-token-%02d-%x", i, time.Now().UnixNano())
		impl := []string{mcptest.MCPGo, mcptest.SDK}[i%2]
		over := []string{mcptest.Streamable, mcptest.SSE}[(i/2)%2]
		headers := bearer(authSecret)
		headers[HeaderJelasticToken] = tokens[i]
		c := connect(t, impl, over, srv.base, headers)
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			for j := range callsEach {
				// The id says which client asked; the platform's record must match it.
				if text, isErr, err := c.Call(ctx, "account_get_external_user_by_id", map[string]any{"id": fmt.Sprintf("%02d-%d", i, j)}); err != nil || isErr {
					errs <- fmt.Errorf("client %d (%s over %s) call %d: err %v, isError %v: %s", i, impl, over, j, err, isErr, text)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	reqs := platform.Requests()
	if len(reqs) != clients*callsEach {
		t.Fatalf("platform got %d requests, want %d", len(reqs), clients*callsEach)
	}
	seen := map[string]bool{}
	for _, r := range reqs {
		id := r.Form.Get("id")
		var i, j int
		if _, err := fmt.Sscanf(id, "%02d-%d", &i, &j); err != nil || i >= clients || seen[id] {
			t.Fatalf("unexpected or repeated id %q", id)
		}
		seen[id] = true
		if r.Form.Get("session") != tokens[i] {
			t.Errorf("call %s of client %d reached the platform with another client's token or none", id, i)
		}
	}
	if err := srv.stop(t); err != nil {
		t.Fatal(err)
	}
	mcptest.AssertNoSecrets(t, "the logs", srv.logs.String(), append(tokens, authSecret)...)
}

// TestRequestLimits: DNS rebinding (a foreign Host), foreign Origins and oversized bodies
// are refused before any MCP handling.
func TestRequestLimits(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{})
	sessionURL := openSSE(t, srv.base, "")
	initBody := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}`
	huge := `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"account_get_account","arguments":{"x":"` +
		strings.Repeat("a", 2<<20) + `"}}}`
	cases := []struct {
		name, method, url, host, origin, body string
		chunked                               bool
		want                                  int
	}{
		{"rebinding host on /mcp", http.MethodPost, srv.base + PathStreamable, "evil.example.com", "", initBody, false, http.StatusForbidden},
		{"rebinding host on /sse", http.MethodGet, srv.base + PathSSE, "evil.example.com:80", "", "", false, http.StatusForbidden},
		{"rebinding host on /message", http.MethodPost, sessionURL, "evil.example.com", "", initBody, false, http.StatusForbidden},
		{"foreign origin on /mcp", http.MethodPost, srv.base + PathStreamable, "", "http://evil.example.com", initBody, false, http.StatusForbidden},
		{"foreign origin on /sse", http.MethodGet, srv.base + PathSSE, "", "https://evil.example.com", "", false, http.StatusForbidden},
		{"foreign origin on /message", http.MethodPost, sessionURL, "", "http://evil.example.com", initBody, false, http.StatusForbidden},
		{"null origin", http.MethodPost, srv.base + PathStreamable, "", "null", initBody, false, http.StatusForbidden},
		{"localhost origin", http.MethodPost, srv.base + PathStreamable, "localhost", "http://localhost:6274", initBody, false, http.StatusOK},
		{"body over 1 MiB", http.MethodPost, srv.base + PathStreamable, "", "", huge, false, http.StatusRequestEntityTooLarge},
		{"chunked body over 1 MiB", http.MethodPost, sessionURL, "", "", huge, true, http.StatusRequestEntityTooLarge},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var body io.Reader = strings.NewReader(tc.body)
			if tc.chunked {
				body = io.MultiReader(body) // hides the length: sent chunked
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			req, _ := http.NewRequestWithContext(ctx, tc.method, tc.url, body)
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Accept", "application/json, text/event-stream")
			if tc.host != "" {
				req.Host = tc.host
			}
			if tc.origin != "" {
				req.Header.Set("Origin", tc.origin)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			_ = res.Body.Close()
			if res.StatusCode != tc.want {
				t.Errorf("got %d, want %d", res.StatusCode, tc.want)
			}
		})
	}
	if n := len(platform.Requests()); n != 0 {
		t.Errorf("the platform got %d requests", n)
	}
}

// TestGracefulShutdown: on cancellation (SIGINT/SIGTERM in main) the server stops
// accepting connections, lets the calls in flight on both transports finish, closes the
// idle streams and exits 0.
func TestGracefulShutdown(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	release := make(chan struct{})
	platform.Respond(func(w http.ResponseWriter, r jelastictest.Request) {
		<-release
		jelastictest.OK(w, r)
	})
	srv := start(t, platform.URL, serverSecret, Options{})
	idle := connect(t, mcptest.SDK, mcptest.Streamable, srv.base, nil) // holds a standalone GET stream open
	_ = idle
	results := make(chan error, 2)
	// The SSE call goes through mcp-go's client: the Go SDK's SSE client may drop an answer
	// that arrives just before its stream ends (its Read picks at random between the answer
	// and the end of the stream), which is the client's race, not the server's.
	for _, c := range []mcptest.Client{connect(t, mcptest.SDK, mcptest.Streamable, srv.base, nil), connect(t, mcptest.MCPGo, mcptest.SSE, srv.base, nil)} {
		go func() {
			text, isErr, err := c.Call(context.Background(), "account_get_account", nil)
			if err == nil && isErr {
				err = fmt.Errorf("isError: %s", text)
			}
			results <- err
		}()
	}
	for deadline := time.Now().Add(10 * time.Second); len(platform.Requests()) < 2; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the calls did not reach the platform")
		}
	}
	addr := strings.TrimPrefix(srv.base, "http://")
	srv.cancel()
	// The listener closes at once, while the calls are still running.
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			break
		}
		_ = conn.Close()
		if time.Now().After(deadline) {
			t.Fatal("the server still accepts connections after shutdown began")
		}
	}
	time.Sleep(200 * time.Millisecond)
	close(release)
	for range 2 {
		select {
		case err := <-results:
			if err != nil {
				t.Errorf("a call in flight failed during shutdown: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("a call in flight got no answer")
		}
	}
	start := time.Now()
	if err := srv.stop(t); err != nil {
		t.Errorf("shutdown: %v", err)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("stopping took %v after the calls finished; idle streams held it up", took)
	}
}

// TestRefusalLogsNameTheSessionByHash: the log line of a call to a tool that does not exist
// names the session by the same short hash as every other call line, not by its id, which
// is what a client presents to use the session.
func TestRefusalLogsNameTheSessionByHash(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{})
	c := connect(t, mcptest.MCPGo, mcptest.SSE, srv.base, nil)
	if _, isError, err := c.Call(context.Background(), "no_such_tool", nil); err != nil || !isError {
		t.Fatalf("call of an unknown tool: isError %v, %v", isError, err)
	}
	if err := srv.stop(t); err != nil {
		t.Fatal(err)
	}
	hashed := regexp.MustCompile(`^[0-9a-f]{16}$`)
	found := false
	for _, line := range strings.Split(srv.logs.String(), "\n") {
		var entry struct{ Outcome, Session string }
		if json.Unmarshal([]byte(line), &entry) != nil || entry.Outcome != "unknown_tool" {
			continue
		}
		found = true
		if !hashed.MatchString(entry.Session) {
			t.Errorf("the refusal names its session %q, not by its hash", entry.Session)
		}
	}
	if !found {
		t.Fatalf("no log line for the refused call:\n%s", srv.logs.String())
	}
}
