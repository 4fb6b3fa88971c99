package transport

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/jelastic-mcp/jelastic-mcp/internal/mcptest"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// roundRobin is a load balancer with no stickiness: request n goes to replica n mod len.
// It records which replica got each tool call and whether any answer issued a session.
type roundRobin struct {
	*httptest.Server
	mu        sync.Mutex
	next      int
	served    []int            // requests per replica
	toolCalls map[string][]int // tool name -> the replica of each call, in order
	sessionID bool             // some answer carried Mcp-Session-Id
}

func newRoundRobin(t *testing.T, replicas []*testServer) *roundRobin {
	lb := &roundRobin{served: make([]int, len(replicas)), toolCalls: map[string][]int{}}
	proxies := make([]*httputil.ReverseProxy, len(replicas))
	for i, r := range replicas {
		target, err := url.Parse(r.base)
		if err != nil {
			t.Fatal(err)
		}
		proxies[i] = &httputil.ReverseProxy{
			Rewrite:       func(pr *httputil.ProxyRequest) { pr.SetURL(target) },
			FlushInterval: -1, // streamed answers pass at once
			ModifyResponse: func(res *http.Response) error {
				if res.Header.Get(server.HeaderKeySessionID) != "" {
					lb.mu.Lock()
					lb.sessionID = true
					lb.mu.Unlock()
				}
				return nil
			},
		}
	}
	lb.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		var msg struct {
			Method string
			Params struct{ Name string }
		}
		_ = json.Unmarshal(body, &msg) // batches and empty bodies are not tool calls
		lb.mu.Lock()
		i := lb.next % len(proxies)
		lb.next++
		lb.served[i]++
		if msg.Method == "tools/call" {
			lb.toolCalls[msg.Params.Name] = append(lb.toolCalls[msg.Params.Name], i)
		}
		lb.mu.Unlock()
		proxies[i].ServeHTTP(w, r)
	}))
	t.Cleanup(lb.Close)
	return lb
}

// TestStatelessReplicas: three stateless servers behind a round-robin balancer carry a whole
// conversation of each client implementation, each client with its own Jelastic token. No
// session is issued, every replica answers, and a destructive call is previewed by one
// replica and confirmed through another.
func TestStatelessReplicas(t *testing.T) {
	// The latest protocol has no sessions at all; 2025-06-18 clients keep one unless the
	// server issues none, which is what stateless changes.
	for _, tc := range []struct{ impl, version string }{
		{mcptest.MCPGo, ""}, {mcptest.SDK, ""}, {mcptest.MCPGo, "2025-06-18"}, {mcptest.SDK, "2025-06-18"},
	} {
		impl := tc.impl
		t.Run(impl+" "+cmp.Or(tc.version, "latest"), func(t *testing.T) {
			platform := jelastictest.NewRecorder()
			defer platform.Close()
			replicas := make([]*testServer, 3)
			for i := range replicas {
				replicas[i] = start(t, platform.URL, "", Options{Stateless: true, AuthToken: authSecret})
			}
			lb := newRoundRobin(t, replicas)
			token := "jelastic-token-of-" + impl
			c := mcptest.ConnectVersion(t, impl, mcptest.Streamable, lb.URL+PathStreamable, tc.version,
				map[string]string{"Authorization": "Bearer " + authSecret, HeaderJelasticToken: token})
			mcptest.Exercise(t, c, platform, token)

			lb.mu.Lock()
			defer lb.mu.Unlock()
			if lb.sessionID {
				t.Error("a stateless server issued an Mcp-Session-Id")
			}
			for i, n := range lb.served {
				if n == 0 {
					t.Errorf("replica %d answered nothing; requests per replica %v", i, lb.served)
				}
			}
			if calls := lb.toolCalls["account_suspend_user"]; len(calls) != 2 || calls[0] == calls[1] {
				t.Errorf("preview and confirmation went to replicas %v; want two different ones", calls)
			}
			for _, r := range replicas {
				mcptest.AssertNoSecrets(t, "the logs", r.logs.String(), authSecret, token)
			}
		})
	}
}

// TestStatelessHasNoSSE: the legacy SSE transport needs a session in one process, so a
// stateless server turns it away with a message naming the transport to use.
func TestStatelessHasNoSSE(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{Stateless: true})
	for _, path := range []string{PathSSE, PathMessage} {
		res, err := http.Get(srv.base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		_ = res.Body.Close()
		if res.StatusCode != http.StatusNotFound || !strings.Contains(string(body), "use streamable HTTP at /mcp") {
			t.Errorf("%s: %d %s", path, res.StatusCode, body)
		}
	}
}

// TestStatelessApprovalAcrossReplicas: a person's approval of a destructive call (the
// 2026-07-28 multi round-trip flow) is asked by one replica and finished by another, because
// the replicas share the seal key. With keys of their own, the second replica cannot open
// the first one's seal and nothing is sent.
func TestStatelessApprovalAcrossReplicas(t *testing.T) {
	sharedKey := bytes.Repeat([]byte{0x5a}, 32)
	for _, tc := range []struct {
		name   string
		key    func() []byte
		runs   bool
		status string
	}{
		{"shared key", func() []byte { return sharedKey }, true, ""},
		{"own keys", func() []byte { return nil }, false, "approval_invalid"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			platform := jelastictest.NewRecorder()
			defer platform.Close()
			replicas := make([]*testServer, 3)
			for i := range replicas {
				replicas[i] = startTools(t, platform.URL, serverSecret, Options{Stateless: true}, tools.Options{SealKey: tc.key()})
			}
			lb := newRoundRobin(t, replicas)
			var asked atomic.Int32
			person := elicitFunc(func(context.Context, mcp.ElicitationRequest) (*mcp.ElicitationResult, error) {
				asked.Add(1)
				return &mcp.ElicitationResult{ElicitationResponse: mcp.ElicitationResponse{
					Action: mcp.ElicitationResponseActionAccept, Content: map[string]any{"approve": true}}}, nil
			})
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			c := elicitingClient(ctx, t, lb.URL+PathStreamable, mcp.LATEST_PROTOCOL_VERSION, nil, person)
			req := mcp.CallToolRequest{}
			req.Params.Name = "account_suspend_user"
			req.Params.Arguments = map[string]any{"uid": 7, "confirm": true}
			res, err := c.CallTool(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			lb.mu.Lock()
			calls := lb.toolCalls["account_suspend_user"]
			lb.mu.Unlock()
			if n := asked.Load(); n != 1 || len(calls) != 2 || calls[0] == calls[1] {
				t.Fatalf("the person was asked %d times; the call went to replicas %v; want once, and two different replicas", n, calls)
			}
			sc, _ := res.StructuredContent.(map[string]any)
			got := len(platform.Requests())
			if tc.runs && (got != 1 || res.IsError) || !tc.runs && (got != 0 || sc["status"] != tc.status) {
				t.Fatalf("isError %v, %v; the platform got %d requests", res.IsError, sc, got)
			}
		})
	}
}
