package transport

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

const (
	initBody      = `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}`
	initialized   = `{"jsonrpc":"2.0","method":"notifications/initialized"}`
	toolsListBody = `{"jsonrpc":"2.0","id":2,"method":"tools/list"}`
)

// send makes one request with a JSON body (when body is set) and the given headers, and
// returns the answer with its body read.
func send(t testing.TB, method, url, body string, headers map[string]string) (*http.Response, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json, text/event-stream")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = res.Body.Close() }()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

// initialize opens a streamable HTTP session with headers and returns its id.
func initialize(t testing.TB, base string, headers map[string]string) string {
	t.Helper()
	res, body := send(t, http.MethodPost, base+PathStreamable, initBody, headers)
	id := res.Header.Get("Mcp-Session-Id")
	if res.StatusCode != http.StatusOK || id == "" {
		t.Fatalf("initialize: %d, session %q: %s", res.StatusCode, id, body)
	}
	return id
}

func with(h map[string]string, kv ...string) map[string]string {
	out := map[string]string{}
	for k, v := range h {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i]] = kv[i+1]
	}
	return out
}

// TestSessionLifecycle: ids the server never issued and ids ended with DELETE get 404, as
// the MCP specification asks; a live id keeps working.
func TestSessionLifecycle(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{})
	id := initialize(t, srv.base, nil)
	session := map[string]string{"Mcp-Session-Id": id}
	if res, body := send(t, http.MethodPost, srv.base+PathStreamable, toolsListBody, session); res.StatusCode != http.StatusOK {
		t.Fatalf("tools/list in a live session: %d %s", res.StatusCode, body)
	}
	never := map[string]string{"Mcp-Session-Id": "mcp-session-0b6b8a52-6a4e-4d8e-9a43-5d2b0f0e8c11"}
	if res, body := send(t, http.MethodPost, srv.base+PathStreamable, toolsListBody, never); res.StatusCode != http.StatusNotFound {
		t.Errorf("a session id the server never issued: %d %s; want 404", res.StatusCode, body)
	}
	if res, body := send(t, http.MethodGet, srv.base+PathStreamable, "", never); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET with a session id the server never issued: %d %s; want 404", res.StatusCode, body)
	}
	if res, _ := send(t, http.MethodDelete, srv.base+PathStreamable, "", session); res.StatusCode != http.StatusOK {
		t.Fatalf("DELETE: %d", res.StatusCode)
	}
	if res, body := send(t, http.MethodPost, srv.base+PathStreamable, toolsListBody, session); res.StatusCode != http.StatusNotFound {
		t.Errorf("tools/list after DELETE: %d %s; want 404", res.StatusCode, body)
	}
	if res, _ := send(t, http.MethodDelete, srv.base+PathStreamable, "", session); res.StatusCode != http.StatusNotFound {
		t.Errorf("a second DELETE: %d; want 404", res.StatusCode)
	}
}

// TestSessionCap: beyond MaxSessions an initialize gets 503 and the server logs it once;
// when a session ends there is room again.
func TestSessionCap(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{MaxSessions: 3})
	var ids []string
	for range 3 {
		ids = append(ids, initialize(t, srv.base, nil))
	}
	for range 5 {
		res, body := send(t, http.MethodPost, srv.base+PathStreamable, initBody, nil)
		if res.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, "sessions") {
			t.Fatalf("initialize beyond the cap: %d %s; want 503", res.StatusCode, body)
		}
	}
	if n := strings.Count(srv.logs.String(), "session limit reached"); n != 1 {
		t.Errorf("the cap was logged %d times, want once", n)
	}
	// The sessions already open still work.
	if res, _ := send(t, http.MethodPost, srv.base+PathStreamable, toolsListBody, map[string]string{"Mcp-Session-Id": ids[0]}); res.StatusCode != http.StatusOK {
		t.Errorf("an open session at the cap: %d", res.StatusCode)
	}
	send(t, http.MethodDelete, srv.base+PathStreamable, "", map[string]string{"Mcp-Session-Id": ids[1]})
	initialize(t, srv.base, nil)
}

// TestSessionIdle: a session unused for SessionIdle is ended and its id gets 404.
func TestSessionIdle(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{SessionIdle: 500 * time.Millisecond, MaxSessions: 2})
	session := map[string]string{"Mcp-Session-Id": initialize(t, srv.base, nil)}
	initialize(t, srv.base, nil)
	// Liveness bound only: the sweeper runs every second.
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		res, _ := send(t, http.MethodPost, srv.base+PathStreamable, initialized, session)
		if res.StatusCode == http.StatusNotFound {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("an idle session still answers %d after 20 s", res.StatusCode)
		}
		// Each probe uses the session; wait past the idle time before the next.
		time.Sleep(time.Second)
	}
	// Both expired sessions freed their places.
	initialize(t, srv.base, nil)
	initialize(t, srv.base, nil)
}

// TestSessionsBoundToCredentials: a session opened with one client's credentials cannot be
// used with another's, over streamable HTTP and SSE: 404, and the owner's stream sees nothing.
func TestSessionsBoundToCredentials(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, "", Options{AuthToken: authSecret})
	alice := with(bearer(authSecret), HeaderJelasticToken, "alice-jelastic-token-1")
	mallory := with(bearer(authSecret), HeaderJelasticToken, "mallory-jelastic-token-2")

	id := initialize(t, srv.base, alice)
	if res, body := send(t, http.MethodPost, srv.base+PathStreamable, toolsListBody, with(mallory, "Mcp-Session-Id", id)); res.StatusCode != http.StatusNotFound {
		t.Errorf("streamable: another client's session: %d %s; want 404", res.StatusCode, body)
	}
	if res, _ := send(t, http.MethodDelete, srv.base+PathStreamable, "", with(mallory, "Mcp-Session-Id", id)); res.StatusCode != http.StatusNotFound {
		t.Errorf("streamable: DELETE of another client's session: %d; want 404", res.StatusCode)
	}
	if res, body := send(t, http.MethodPost, srv.base+PathStreamable, toolsListBody, with(alice, "Mcp-Session-Id", id)); res.StatusCode != http.StatusOK {
		t.Errorf("streamable: the owner: %d %s", res.StatusCode, body)
	}

	messageURL, events := openStream(t, srv.base, alice)
	call := `{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"account_get_account","arguments":{}}}`
	if res, body := send(t, http.MethodPost, messageURL, call, mallory); res.StatusCode != http.StatusNotFound {
		t.Errorf("sse: a post to another client's session: %d %s; want 404", res.StatusCode, body)
	}
	if n := len(platform.Requests()); n != 0 {
		t.Errorf("the platform got %d requests from the foreign post", n)
	}
	if res, _ := send(t, http.MethodPost, messageURL, initBody, alice); res.StatusCode != http.StatusAccepted {
		t.Errorf("sse: the owner's post: %d", res.StatusCode)
	}
	if ev := <-events; !strings.Contains(ev, `"id":1`) {
		t.Errorf("the owner's stream got %q first, want the answer to its initialize", ev)
	}
}

// openStream opens GET /sse with headers and returns the session's message URL and the
// data of the events that follow.
func openStream(t testing.TB, base string, headers map[string]string) (string, <-chan string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+PathSSE, nil)
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = res.Body.Close() })
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /sse: %d", res.StatusCode)
	}
	sc := bufio.NewScanner(res.Body)
	sc.Buffer(nil, 4<<20)
	var endpoint string
	for endpoint == "" && sc.Scan() {
		if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			endpoint = base + strings.TrimSpace(data)
		}
	}
	if endpoint == "" {
		t.Fatal("the SSE stream sent no endpoint event")
	}
	events := make(chan string, 16)
	go func() {
		defer close(events)
		for sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				select {
				case events <- data:
				default:
				}
			}
		}
	}()
	return endpoint, events
}

// rawStream opens GET /sse on a bare connection, reads up to the endpoint event and then
// reads nothing more: the client that stops reading.
func rawStream(t testing.TB, base string) (net.Conn, string) {
	t.Helper()
	addr := strings.TrimPrefix(base, "http://")
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	_, _ = fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nAccept: text/event-stream\r\n\r\n", PathSSE, addr)
	_ = conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	br := bufio.NewReader(conn)
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			t.Fatalf("reading the SSE stream: %v", err)
		}
		if data, ok := strings.CutPrefix(strings.TrimSpace(line), "data: "); ok {
			return conn, base + data
		}
	}
}

// TestSlowStreamDropped: a client that opens an SSE stream, stops reading it and keeps
// posting requests gets its stream dropped once MaxQueued answers wait, and its later posts
// are refused, so the answers cannot pile up in memory.
func TestSlowStreamDropped(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{MaxQueued: 4})
	conn, messageURL := rawStream(t, srv.base)
	refusedAt := 0
	for i := 1; i <= 3000 && refusedAt == 0; i++ {
		res, body := send(t, http.MethodPost, messageURL, toolsListBody, nil)
		switch res.StatusCode {
		case http.StatusAccepted:
		case http.StatusServiceUnavailable, http.StatusNotFound:
			refusedAt = i
		default:
			t.Fatalf("post %d: %d %s", i, res.StatusCode, body)
		}
	}
	if refusedAt == 0 {
		t.Fatal("3000 requests to a stream that reads nothing were all accepted")
	}
	// The stream was dropped: the connection ends once its buffered bytes are read.
	_ = conn.SetReadDeadline(time.Now().Add(20 * time.Second))
	if _, err := io.Copy(io.Discard, conn); err != nil {
		t.Errorf("the dropped stream's connection did not end: %v", err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		res, _ := send(t, http.MethodPost, messageURL, toolsListBody, nil)
		if res.StatusCode == http.StatusNotFound {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("posts to the dropped session still get %d", res.StatusCode)
		}
	}
	t.Logf("refused at post %d", refusedAt)
}

// TestStreamCap: beyond MaxStreams a new stream gets 503, /healthz keeps answering, and a
// closed stream makes room.
func TestStreamCap(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{MaxStreams: 2})
	first, _ := rawStream(t, srv.base)
	rawStream(t, srv.base)
	if res, body := send(t, http.MethodGet, srv.base+PathSSE, "", nil); res.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("a third /sse stream: %d %s; want 503", res.StatusCode, body)
	}
	id := initialize(t, srv.base, nil)
	if res, _ := send(t, http.MethodGet, srv.base+PathStreamable, "", map[string]string{"Mcp-Session-Id": id}); res.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("a GET /mcp stream beyond the cap: %d; want 503", res.StatusCode)
	}
	if res, body := send(t, http.MethodGet, srv.base+PathHealth, "", nil); res.StatusCode != http.StatusOK {
		t.Fatalf("/healthz at the stream cap: %d %s", res.StatusCode, body)
	}
	_ = first.Close()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.base+PathSSE, nil)
		res, err := http.DefaultClient.Do(req)
		if err == nil {
			_ = res.Body.Close()
		}
		cancel()
		if err == nil && res.StatusCode == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("a closed stream did not make room for a new one")
		}
	}
}

// TestAuthBeforeBody: without the bearer, a large body is refused with 401 before it is
// read (not 413), chunked or not.
func TestAuthBeforeBody(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{AuthToken: authSecret})
	huge := strings.Repeat("a", 3<<20)
	for _, chunked := range []bool{false, true} {
		var body io.Reader = strings.NewReader(huge)
		if chunked {
			body = io.MultiReader(body)
		}
		req, _ := http.NewRequest(http.MethodPost, srv.base+PathStreamable, body)
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			// The server may close before taking the whole body; the answer must still be 401.
			t.Logf("chunked %v: %v", chunked, err)
			continue
		}
		_ = res.Body.Close()
		if res.StatusCode != http.StatusUnauthorized {
			t.Errorf("chunked %v: %d, want 401", chunked, res.StatusCode)
		}
	}
}

// TestBrowsers: no CORS headers unless configured, JSON required on every POST, and an
// allowed origin gets a preflight answer and its own origin back.
func TestBrowsers(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{})
	local := map[string]string{"Origin": "http://localhost:3000"}
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.base+PathSSE, nil)
	req.Header.Set("Origin", local["Origin"])
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if acao := res.Header.Get("Access-Control-Allow-Origin"); res.StatusCode != http.StatusOK || acao != "" {
		t.Errorf("/sse from a page: %d, Access-Control-Allow-Origin %q; want no CORS header", res.StatusCode, acao)
	}
	cancel()
	_ = res.Body.Close()

	messageURL, _ := openStream(t, srv.base, nil)
	for _, url := range []string{messageURL, srv.base + PathStreamable} {
		req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(initBody))
		req.Header.Set("Content-Type", "text/plain")
		req.Header.Set("Origin", local["Origin"])
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_ = res.Body.Close()
		if res.StatusCode != http.StatusUnsupportedMediaType {
			t.Errorf("text/plain POST to %s: %d; want 415", url, res.StatusCode)
		}
	}
	if n := len(platform.Requests()); n != 0 {
		t.Errorf("the platform got %d requests", n)
	}

	const app = "https://app.example.com"
	srv2 := start(t, platform.URL, serverSecret, Options{AllowOrigins: []string{app}})
	pre, _ := http.NewRequest(http.MethodOptions, srv2.base+PathStreamable, nil)
	pre.Header.Set("Origin", app)
	pre.Header.Set("Access-Control-Request-Method", "POST")
	pre.Header.Set("Access-Control-Request-Headers", "content-type, mcp-session-id")
	res, err = http.DefaultClient.Do(pre)
	if err != nil {
		t.Fatal(err)
	}
	_ = res.Body.Close()
	if res.StatusCode != http.StatusNoContent || res.Header.Get("Access-Control-Allow-Origin") != app ||
		!strings.Contains(res.Header.Get("Access-Control-Allow-Headers"), "Mcp-Session-Id") {
		t.Errorf("preflight from an allowed origin: %d %v", res.StatusCode, res.Header)
	}
	res, body := send(t, http.MethodPost, srv2.base+PathStreamable, initBody, map[string]string{"Origin": app})
	if res.StatusCode != http.StatusOK || res.Header.Get("Access-Control-Allow-Origin") != app {
		t.Errorf("POST from an allowed origin: %d, Access-Control-Allow-Origin %q: %s", res.StatusCode, res.Header.Get("Access-Control-Allow-Origin"), body)
	}
	res, _ = send(t, http.MethodPost, srv2.base+PathStreamable, initBody, map[string]string{"Origin": "https://evil.example.com"})
	if res.StatusCode != http.StatusForbidden || res.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("POST from another origin: %d, Access-Control-Allow-Origin %q; want 403 without", res.StatusCode, res.Header.Get("Access-Control-Allow-Origin"))
	}
}

// stallBody sends the head of a POST and part of its body on a bare connection, then
// nothing more.
func stallBody(t testing.TB, base string) net.Conn {
	t.Helper()
	addr := strings.TrimPrefix(base, "http://")
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	_, _ = fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"jsonrpc\":", PathStreamable, addr)
	return conn
}

// TestStalledBody: a body that stops arriving gets 408 and its connection is closed when
// ReadBodyTimeout passes; it is not held open.
func TestStalledBody(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{ReadBodyTimeout: 300 * time.Millisecond})
	conn := stallBody(t, srv.base)
	_ = conn.SetReadDeadline(time.Now().Add(20 * time.Second)) // liveness bound
	answer, err := io.ReadAll(conn)
	if err != nil {
		t.Fatalf("the connection with a stalled body was not closed: %v (read %q)", err, answer)
	}
	if !strings.HasPrefix(string(answer), "HTTP/1.1 408") {
		t.Errorf("answer to a stalled body: %q; want 408", answer)
	}
}

// TestShutdownWithStalledBody: a client stalled in the middle of a body does not hold up
// shutdown until the grace or the body timeout ends.
func TestShutdownWithStalledBody(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{ReadBodyTimeout: time.Minute, ShutdownGrace: time.Minute})
	conn := stallBody(t, srv.base)
	// Make sure the server is reading the body before it is told to stop.
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	if err := srv.stop(t); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 20*time.Second {
		t.Errorf("shutdown took %v with a stalled body; want well under the 1 min grace", took)
	}
	_ = conn.Close()
}

// TestStreamKeepsSessionAlive: a session with an open GET stream is not idle, however long
// the client stays silent; once the stream closes, it expires like any other.
func TestStreamKeepsSessionAlive(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{SessionIdle: 300 * time.Millisecond})
	id := initialize(t, srv.base, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.base+PathStreamable, nil)
	req.Header.Set("Mcp-Session-Id", id)
	req.Header.Set("Accept", "text/event-stream")
	res, err := http.DefaultClient.Do(req)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("GET stream: %v %v", err, res)
	}
	time.Sleep(3 * time.Second) // several sweeps, each past the idle time
	session := map[string]string{"Mcp-Session-Id": id}
	if res, body := send(t, http.MethodPost, srv.base+PathStreamable, toolsListBody, session); res.StatusCode != http.StatusOK {
		t.Fatalf("a session with an open stream was ended: %d %s", res.StatusCode, body)
	}
	cancel()
	_ = res.Body.Close()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(time.Second) {
		if res, _ := send(t, http.MethodPost, srv.base+PathStreamable, initialized, session); res.StatusCode == http.StatusNotFound {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the session did not expire after its stream closed")
		}
	}
}
