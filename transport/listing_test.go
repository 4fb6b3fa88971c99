package transport

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// listed reads the answer to a tools/list: its id and its tools exactly as written.
func listed(t testing.TB, answer string) (id string, list []byte) {
	t.Helper()
	var msg struct {
		ID     json.RawMessage
		Result struct{ Tools json.RawMessage }
	}
	if err := json.Unmarshal([]byte(answer), &msg); err != nil || len(msg.Result.Tools) == 0 {
		t.Fatalf("not a tools/list answer (%v): %.300s", err, answer)
	}
	return string(msg.ID), msg.Result.Tools
}

// wantListing is the listing the tools package encodes for srv, narrowed by p when set.
func wantListing(t testing.TB, srv *server.MCPServer, p *tools.Policy) []byte {
	t.Helper()
	ctx := context.Background()
	if p != nil {
		ctx = tools.WithNarrowing(ctx, *p)
	}
	b, ok := tools.ListingJSON(ctx, srv)
	if !ok {
		t.Fatal("no listing")
	}
	return b
}

// TestStreamableListsFromTheEncodedListing: over streamable HTTP, with sessions and
// without, tools/list answers with the listing encoded once (the bytes the SDK would
// write), narrowed by the request's headers, under the request's own id.
func TestStreamableListsFromTheEncodedListing(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	invoice := map[string]string{HeaderToolsets: "invoice"}
	for _, stateless := range []bool{false, true} {
		s := start(t, platform.URL, serverSecret, Options{Stateless: stateless})
		for _, c := range []struct {
			headers map[string]string
			policy  *tools.Policy
			id      string
		}{
			{nil, nil, `7`},
			{invoice, &tools.Policy{Toolsets: []string{"invoice"}}, `"list-1"`},
			{nil, nil, `8`}, // from the cache this time
		} {
			headers := map[string]string{}
			for k, v := range c.headers {
				headers[k] = v
			}
			if !stateless {
				headers["Mcp-Session-Id"] = initialize(t, s.base, c.headers)
				send(t, http.MethodPost, s.base+PathStreamable, initialized, headers)
			}
			res, body := send(t, http.MethodPost, s.base+PathStreamable, `{"jsonrpc":"2.0","id":`+c.id+`,"method":"tools/list","params":{}}`, headers)
			if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "application/json" {
				t.Fatalf("stateless %v: %d %s: %.300s", stateless, res.StatusCode, res.Header.Get("Content-Type"), body)
			}
			id, list := listed(t, body)
			if want := wantListing(t, s.srv, c.policy); id != c.id || !bytes.Equal(list, want) {
				t.Fatalf("stateless %v, headers %v: id %s (want %s), %d bytes of tools, want the %d encoded", stateless, c.headers, id, c.id, len(list), len(want))
			}
		}
		// A ping is still answered as one.
		res, body := send(t, http.MethodPost, s.base+PathStreamable, `{"jsonrpc":"2.0","id":9,"method":"ping"}`, nil)
		if stateless && (res.StatusCode != http.StatusOK || strings.TrimSpace(body) != `{"jsonrpc":"2.0","id":9,"result":{}}`) {
			t.Fatalf("ping: %d %s", res.StatusCode, body)
		}
	}
}

// sseClient speaks the legacy SSE transport by hand: one stream, requests posted beside it.
type sseClient struct {
	t       testing.TB
	base    string
	message string // the POST address the stream named
	events  *bufio.Reader
}

func openSSEClient(t testing.TB, base string, headers map[string]string) *sseClient {
	t.Helper()
	// A stream that stops fails the test rather than hanging it.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+PathSSE, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = res.Body.Close() })
	c := &sseClient{t: t, base: base, events: bufio.NewReaderSize(res.Body, 1<<20)}
	event, data := c.next()
	if event != "endpoint" {
		t.Fatalf("first event %q %q", event, data)
	}
	c.message = base + data
	return c
}

// next reads one event from the stream.
func (c *sseClient) next() (event, data string) {
	c.t.Helper()
	for {
		line, err := c.events.ReadString('\n')
		if err != nil {
			c.t.Fatalf("stream: %v", err)
		}
		line = strings.TrimRight(line, "\r\n")
		switch {
		case strings.HasPrefix(line, "event:"):
			event = strings.TrimSpace(strings.TrimPrefix(line, "event:"))
		case strings.HasPrefix(line, "data:"):
			data = strings.TrimSpace(strings.TrimPrefix(line, "data:"))
		case line == "" && data != "":
			return event, data
		}
	}
}

func (c *sseClient) post(body string, headers map[string]string) {
	c.t.Helper()
	if res, answer := send(c.t, http.MethodPost, c.message, body, headers); res.StatusCode != http.StatusAccepted {
		c.t.Fatalf("POST %s: %d %s", body, res.StatusCode, answer)
	}
}

// answer reads events until the answer (not a notification) comes.
func (c *sseClient) answer() string {
	c.t.Helper()
	for {
		if _, data := c.next(); strings.Contains(data, `"result"`) || strings.Contains(data, `"error"`) {
			return data
		}
	}
}

// TestSSEListsFromTheEncodedListing: over the legacy SSE transport, tools/list answers on the
// stream with the listing encoded once, narrowed by the headers of the POST, matched to its
// request by id among other answers.
func TestSSEListsFromTheEncodedListing(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	s := start(t, platform.URL, serverSecret, Options{})
	c := openSSEClient(t, s.base, nil)
	c.post(initBody, nil)
	c.answer()
	c.post(initialized, nil)
	invoice := map[string]string{HeaderToolsets: "invoice"}
	c.post(`{"jsonrpc":"2.0","id":"a","method":"tools/list"}`, nil)
	c.post(`{"jsonrpc":"2.0","id":3,"method":"ping"}`, nil)
	c.post(`{"jsonrpc":"2.0","id":4,"method":"tools/list"}`, invoice)
	wants := map[string][]byte{
		`"a"`: wantListing(t, s.srv, nil),
		`4`:   wantListing(t, s.srv, &tools.Policy{Toolsets: []string{"invoice"}}),
	}
	for range 3 {
		answer := c.answer()
		if strings.Contains(answer, `"id":3`) {
			if answer != `{"jsonrpc":"2.0","id":3,"result":{}}` {
				t.Fatalf("ping answered %s", answer)
			}
			continue
		}
		id, list := listed(t, answer)
		if want, ok := wants[id]; !ok || !bytes.Equal(list, want) {
			t.Fatalf("answer to %s: %d bytes of tools, want the %d encoded", id, len(list), len(want))
		}
		delete(wants, id)
	}
}

// TestToolsListAllocatesPerListNotPerTool: a warm tools/list over streamable HTTP costs a
// bounded number of allocations, not several per tool as encoding the list does (two
// hundred tools took about 4,000).
func TestToolsListAllocatesPerListNotPerTool(t *testing.T) {
	hs := inProcessHTTP(t, Options{Stateless: true})
	list := func() {
		req := httptest.NewRequest(http.MethodPost, PathStreamable, strings.NewReader(toolsListBody))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		w := httptest.NewRecorder()
		hs.http.Handler.ServeHTTP(w, req)
		if w.Code != http.StatusOK || w.Body.Len() < 100000 {
			t.Fatalf("%d: %.200s", w.Code, w.Body.String())
		}
	}
	list()
	if n := testing.AllocsPerRun(20, list); n > 1000 {
		t.Fatalf("a warm tools/list allocated %.0f objects", n)
	}
}

// inProcessHTTP is the HTTP server of a server with every tool, for tests that call its handler in-process.
func inProcessHTTP(t testing.TB, opts Options) *httpServer {
	t.Helper()
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: "http://127.0.0.1:1", Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := tools.NewServer(tools.Options{Caller: api, Logger: zerolog.Nop()}, "bench")
	if err != nil {
		t.Fatal(err)
	}
	opts.Logger = zerolog.Nop()
	return newHTTPServer(srv, withDefaults(opts))
}

// BenchmarkHTTPToolsList is a warm tools/list of all tools over each HTTP transport on
// loopback, from the request sent to the whole answer read (not decoded: the client's
// part). Compare with BenchmarkStdioToolsListRaw.
func BenchmarkHTTPToolsList(b *testing.B) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	for _, mode := range []string{"streamable", "stateless", "sse"} {
		b.Run(mode, func(b *testing.B) {
			s := start(b, platform.URL, serverSecret, Options{Stateless: mode == "stateless"})
			var list func() string
			switch mode {
			case "sse":
				c := openSSEClient(b, s.base, nil)
				c.post(initBody, nil)
				c.answer()
				c.post(initialized, nil)
				list = func() string {
					c.post(toolsListBody, nil)
					return c.answer()
				}
			default:
				headers := map[string]string{}
				if mode == "streamable" {
					headers["Mcp-Session-Id"] = initialize(b, s.base, nil)
					send(b, http.MethodPost, s.base+PathStreamable, initialized, headers)
				}
				list = func() string {
					_, body := send(b, http.MethodPost, s.base+PathStreamable, toolsListBody, headers)
					return body
				}
			}
			list()
			b.ReportAllocs()
			for b.Loop() {
				if answer := list(); len(answer) < 100000 {
					b.Fatalf("short answer: %.200s", answer)
				}
			}
		})
	}
}
