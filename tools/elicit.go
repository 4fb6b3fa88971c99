package tools

import (
	"context"
	"fmt"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/schema"
)

// approvalInput is the id of the question put to the person before a destructive call.
const approvalInput = "approve"

// outcomeApprovalInvalid: an approval answer came with a missing, forged, expired or spent seal.
const outcomeApprovalInvalid = "approval_invalid"

// approve puts the preview of a confirmed destructive call before the person, through MCP
// elicitation, when the client can ask one. The model's confirm: true is then not enough on
// its own: only the person's acceptance of a question this server sealed lets the call
// through. It returns nil when the call may go ahead, else the result to answer.
//
// It is written in the multi round-trip style: the first pass returns an input request whose
// state is the seal; the client (or, on older protocol versions, mcp-go on its behalf) asks
// the person and calls again with the answer and the state.
func (h *handler) approve(ctx context.Context, req mcp.CallToolRequest, params any, preview string, rec *callRecord) *mcp.CallToolResult {
	if !clientCanElicit(ctx, req) {
		return nil
	}
	form, err := jelastic.Encode(params)
	if err != nil {
		rec.outcome = outcomeInvalidArguments
		return errorResult(outcomeInvalidArguments, say.Refusal(err.Error()))
	}
	bound := sealFor{tool: h.tool, args: form.Encode(), who: caller(ctx)}
	answer := server.ElicitationResponse(req.Params.InputResponses, approvalInput)
	if answer == nil {
		state, err := h.gate.seals.seal(bound, time.Now())
		if err != nil {
			rec.outcome = outcomeInternalError
			return errorResult(outcomeInternalError, say.Refusal(err.Error()))
		}
		rec.outcome = outcomeAwaitingApproval
		return approvalRequest(h.tool, preview, state)
	}
	if err := h.gate.seals.open(req.Params.RequestState, bound, time.Now()); err != nil {
		rec.outcome = outcomeApprovalInvalid
		return errorResult(outcomeApprovalInvalid, say.Refusal(err.Error(),
			fmt.Sprintf("To ask the person again, call %s again with %q: true and no approval answer", h.tool, schema.ConfirmProperty)))
	}
	if !accepted(answer) {
		rec.outcome = outcomeDeclined
		return notRun(outcomeDeclined, say.Refusal("The user declined this operation", "Do not retry unless they ask"))
	}
	rec.approved = true
	return nil
}

// accepted is true only for an accept action whose approve field is the boolean true:
// "true", 1, a missing field or any other action is a refusal.
func accepted(answer *mcp.ElicitationResult) bool {
	if answer.Action != mcp.ElicitationResponseActionAccept {
		return false
	}
	content, _ := answer.Content.(map[string]any)
	yes, ok := content["approve"].(bool)
	return ok && yes
}

// clientCanElicit is whether the person behind this call can be asked. On the 2026-07-28
// protocol the question travels in the result, so declaring elicitation is enough. Older
// versions need a server-initiated request, which only some sessions can send (SSE sessions
// cannot): the others fall back to confirm: true and its preview, like clients that never
// declared elicitation.
func clientCanElicit(ctx context.Context, req mcp.CallToolRequest) bool {
	session := server.ClientSessionFromContext(ctx)
	declared := func() bool {
		s, ok := session.(server.SessionWithClientInfo)
		return ok && s.GetClientCapabilities().Elicitation != nil
	}
	if mcp.IsModernProtocol(server.RequestProtocolVersion(ctx)) {
		if caps := req.Params.Meta.ClientCapabilities(); caps != nil && caps.Elicitation != nil {
			return true
		}
		return declared()
	}
	_, canAsk := session.(server.SessionWithElicitation)
	return canAsk && declared()
}

// approvalRequest is the input-required result that asks the person about the call; state
// is the seal the client must echo with the answer.
func approvalRequest(tool, preview, state string) *mcp.CallToolResult {
	return server.NewInputRequestBuilder(state).Elicit(approvalInput, mcp.ElicitationParams{
		Message: "The assistant wants to run " + tool + ": " + preview + " Approve?",
		RequestedSchema: map[string]any{
			"type": "object",
			"properties": map[string]any{
				"approve": map[string]any{"type": "boolean", "title": "Approve", "default": true,
					"description": "Run this billing operation now."},
			},
			"required": []string{"approve"},
		},
	}).ToolResult()
}
