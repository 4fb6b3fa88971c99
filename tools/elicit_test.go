package tools_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// person answers elicitation requests the way a test tells it to, and remembers the questions.
type person struct {
	mu        sync.Mutex
	answer    mcp.ElicitationResult
	questions []string
}

func (p *person) Elicit(_ context.Context, req mcp.ElicitationRequest) (*mcp.ElicitationResult, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.questions = append(p.questions, req.Params.Message)
	answer := p.answer
	return &answer, nil
}

// TestHumanApprovalThroughElicitation: with a client that can ask its user, a confirmed
// destructive call runs only when the person accepts, on both the current protocol (multi
// round-trip) and the older one (server-initiated elicitation/create).
func TestHumanApprovalThroughElicitation(t *testing.T) {
	for _, version := range []string{mcp.LATEST_PROTOCOL_VERSION, "2025-11-25"} {
		t.Run(version, func(t *testing.T) {
			rec := jelastictest.NewRecorder()
			defer rec.Close()
			api, err := jelastic.NewClient(jelastic.Config{BaseURL: rec.URL, Token: testToken, Timeout: 5 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			srv, err := tools.NewServer(tools.Options{Caller: api, Logger: zerolog.Nop()}, "test")
			if err != nil {
				t.Fatal(err)
			}
			p := &person{}
			caps := mcp.ClientCapabilities{Elicitation: &mcp.ElicitationCapability{Form: &struct{}{}}}
			c := connectStdioWith(t, srv, version, caps, client.WithElicitationHandler(p))
			const fund = `{"uid":1234,"amount":50,"note":"refund","confirm":true}`

			p.answer = mcp.ElicitationResult{ElicitationResponse: mcp.ElicitationResponse{Action: mcp.ElicitationResponseActionDecline}}
			res := callClient(t, c, "account_fund_account", fund)
			if res.IsError || !strings.Contains(resultText(res), "declined") || len(rec.Requests()) != 0 {
				t.Fatalf("declined: error=%v requests=%d %s", res.IsError, len(rec.Requests()), resultText(res))
			}
			if len(p.questions) != 1 || !strings.Contains(p.questions[0], "1234") || !strings.Contains(p.questions[0], "50") {
				t.Fatalf("the person was asked %q", p.questions)
			}

			p.answer = mcp.ElicitationResult{ElicitationResponse: mcp.ElicitationResponse{Action: mcp.ElicitationResponseActionAccept, Content: map[string]any{"approve": false}}}
			res = callClient(t, c, "account_fund_account", fund)
			if !strings.Contains(resultText(res), "declined") || len(rec.Requests()) != 0 {
				t.Fatalf("accepted with approve=false still ran: %s", resultText(res))
			}

			p.answer = mcp.ElicitationResult{ElicitationResponse: mcp.ElicitationResponse{Action: mcp.ElicitationResponseActionAccept, Content: map[string]any{"approve": true}}}
			res = callClient(t, c, "account_fund_account", fund)
			if res.IsError || len(rec.Requests()) != 1 || rec.Requests()[0].Form.Get("amount") != "50" {
				t.Fatalf("approved call: error=%v requests=%d %s", res.IsError, len(rec.Requests()), resultText(res))
			}

			// Without confirm the person is not bothered: the model gets the preview first.
			asked := len(p.questions)
			res = callClient(t, c, "account_fund_account", `{"uid":1234,"amount":50}`)
			if structured(t, res)["status"] != "confirmation_required" || len(p.questions) != asked {
				t.Fatalf("unconfirmed call: %s, questions %d -> %d", resultText(res), asked, len(p.questions))
			}
		})
	}
}
