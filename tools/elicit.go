package tools

import (
	"context"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// approvalInput is the id of the question put to the person before a destructive call.
const approvalInput = "approve"

// approval is where the person stands on a confirmed destructive call.
type approval int

const (
	notAsked approval = iota // the client cannot ask a person: confirm: true stands alone
	pending                  // the question is out; the answer comes with a retry of the call
	approved
	declined
)

// humanApproval puts the preview of a confirmed destructive call before the person, through
// MCP elicitation, when the client declared it can. The model's confirm: true is then not
// enough on its own: only the person's acceptance lets the call through.
//
// It is written in the multi round-trip style: the first pass returns an input request, the
// client (or, for clients on older protocol versions, mcp-go on their behalf) asks the
// person and calls again with the answer attached.
func humanApproval(ctx context.Context, req mcp.CallToolRequest) approval {
	if !clientCanElicit(ctx, req) {
		return notAsked
	}
	answer := server.ElicitationResponse(req.Params.InputResponses, approvalInput)
	switch {
	case answer == nil:
		return pending
	case answer.Action != mcp.ElicitationResponseActionAccept:
		return declined
	}
	if content, ok := answer.Content.(map[string]any); ok && content["approve"] == false {
		return declined
	}
	return approved
}

func clientCanElicit(ctx context.Context, req mcp.CallToolRequest) bool {
	if caps := req.Params.Meta.ClientCapabilities(); caps != nil && caps.Elicitation != nil {
		return true
	}
	session, ok := server.ClientSessionFromContext(ctx).(server.SessionWithClientInfo)
	return ok && session.GetClientCapabilities().Elicitation != nil
}

// approvalRequest is the input-required result that asks the person about the call.
func approvalRequest(tool, preview string) *mcp.CallToolResult {
	return server.NewInputRequestBuilder("").Elicit(approvalInput, mcp.ElicitationParams{
		Message: "The assistant wants to run " + tool + ": " + preview + " Approve?",
		RequestedSchema: map[string]any{
			"type": "object",
			"properties": map[string]any{
				"approve": map[string]any{"type": "boolean", "title": "Approve", "default": true,
					"description": "Run this billing operation now."},
			},
		},
	}).ToolResult()
}
