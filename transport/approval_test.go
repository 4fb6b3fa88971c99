package transport

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	mcptransport "github.com/mark3labs/mcp-go/client/transport"
	"github.com/mark3labs/mcp-go/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

// elicitFunc adapts a function to mcp-go's elicitation handler.
type elicitFunc func(ctx context.Context, req mcp.ElicitationRequest) (*mcp.ElicitationResult, error)

func (f elicitFunc) Elicit(ctx context.Context, req mcp.ElicitationRequest) (*mcp.ElicitationResult, error) {
	return f(ctx, req)
}

// elicitingClient is an initialized mcp-go client on protocol version that declares
// elicitation and lets person answer every question. It is closed when the test ends.
func elicitingClient(ctx context.Context, t *testing.T, endpoint, version string, headers map[string]string, person elicitFunc) *client.Client {
	t.Helper()
	tr, err := mcptransport.NewStreamableHTTP(endpoint, mcptransport.WithHTTPHeaders(headers))
	if err != nil {
		t.Fatal(err)
	}
	c := client.NewClient(tr, client.WithElicitationHandler(person))
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = version
	init.Params.Capabilities = mcp.ClientCapabilities{Elicitation: &mcp.ElicitationCapability{Form: &struct{}{}}}
	init.Params.ClientInfo = mcp.Implementation{Name: "eliciting-test-client", Version: "1"}
	if _, err := c.Initialize(ctx, init); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestPendingApprovalBelongsToItsClient: while alice's person is being asked about a
// destructive call (protocol 2025-11-25, the question is a server request on alice's
// session), mallory posts "accept, approve: true" answers for every likely request id to
// alice's session. None is taken; alice's person declines and nothing reaches the platform.
func TestPendingApprovalBelongsToItsClient(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, "", Options{AuthToken: authSecret})
	alice := with(bearer(authSecret), HeaderJelasticToken, "alice-jelastic-token-1")
	mallory := with(bearer(authSecret), HeaderJelasticToken, "mallory-jelastic-token-2")

	var mu sync.Mutex
	var statuses []int
	var sessionID string
	person := elicitFunc(func(ctx context.Context, _ mcp.ElicitationRequest) (*mcp.ElicitationResult, error) {
		mu.Lock()
		defer mu.Unlock()
		for id := 1; id <= 10; id++ {
			body := fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"result":{"action":"accept","content":{"approve":true}}}`, id)
			req, err := http.NewRequestWithContext(ctx, http.MethodPost, srv.base+PathStreamable, strings.NewReader(body))
			if err != nil {
				return nil, err
			}
			for k, v := range with(mallory, "Mcp-Session-Id", sessionID, "Content-Type", "application/json") {
				req.Header.Set(k, v)
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				return nil, err
			}
			_ = res.Body.Close()
			statuses = append(statuses, res.StatusCode)
		}
		return &mcp.ElicitationResult{ElicitationResponse: mcp.ElicitationResponse{Action: mcp.ElicitationResponseActionDecline}}, nil
	})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c := elicitingClient(ctx, t, srv.base+PathStreamable, "2025-11-25", alice, person)
	mu.Lock()
	sessionID = c.GetSessionId()
	mu.Unlock()

	req := mcp.CallToolRequest{}
	req.Params.Name = "account_fund_account"
	req.Params.Arguments = map[string]any{"uid": 1234, "amount": 5000, "confirm": true}
	res, err := c.CallTool(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(statuses) == 0 {
		t.Fatal("alice's person was never asked")
	}
	for _, s := range statuses {
		if s != http.StatusNotFound {
			t.Errorf("mallory's answer to alice's question got %d, want 404 (statuses %v)", s, statuses)
			break
		}
	}
	sc, _ := res.StructuredContent.(map[string]any)
	if sc["status"] != "declined" || len(platform.Requests()) != 0 {
		t.Fatalf("call: %v, %d platform requests", sc, len(platform.Requests()))
	}
}
