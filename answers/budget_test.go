package answers_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// TestTooLargeAnswerSaysSoInASentence: a summary longer than --max-result-bytes is refused with
// a full sentence that starts with a capital, like every other message, and says how to ask
// for less.
func TestTooLargeAnswerSaysSoInASentence(t *testing.T) {
	p := platform(t)
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: p.URL, Token: sandbox.AdminToken, Timeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := tools.NewServer(tools.Options{Caller: api, Logger: zerolog.Nop(), MaxResultBytes: 1024}, "test")
	if err != nil {
		t.Fatal(err)
	}
	c, err := client.NewInProcessClient(srv)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
	init.Params.ClientInfo = mcp.Implementation{Name: "budget-test", Version: "1"}
	if _, err := c.Initialize(ctx, init); err != nil {
		t.Fatal(err)
	}
	req := mcp.CallToolRequest{}
	req.Params.Name = "billing_spend_summary"
	req.Params.Arguments = map[string]any{"group_by": "day", "top": 50}
	res, err := c.CallTool(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	msg := text(res)
	if !res.IsError || !strings.Contains(msg, "1024") || !strings.Contains(msg, "top") {
		t.Fatalf("want a refusal naming the 1024-byte limit and top, got %q", msg)
	}
	if msg[0] < 'A' || msg[0] > 'Z' || !strings.HasSuffix(msg, ".") {
		t.Errorf("not a full sentence: %q", msg)
	}
}
