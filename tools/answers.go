package tools

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/answers"
	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
)

// compute runs a composite answer (a method with a Compute hook) through the same caller:
// the summary text first, then the picture if any; the structured content is the answer's
// output value, which matches the tool's output schema.
func (h *handler) compute(ctx context.Context, params any, rec *callRecord) *mcp.CallToolResult {
	out, err := h.method.Compute(ctx, h.caller, params)
	if err != nil {
		if answers.IsInputError(err) {
			rec.outcome = outcomeInvalidArguments
			// Answers only read; some refusals come after a read (resolving a name), so the
			// usual "Nothing was sent." would not be true.
			return errorResult(outcomeInvalidArguments, say.Sentences(err.Error(), "Nothing was changed."))
		}
		return h.failure(err, rec)
	}
	data, err := json.Marshal(out.Data)
	if err != nil {
		rec.outcome = outcomeInternalError
		return errorResult(outcomeInternalError, fmt.Sprintf("%s: encoding the answer: %v", h.tool, err))
	}
	if len(data) > h.maxResult || len(out.Text) > h.maxResult {
		rec.outcome = outcomeTooLarge
		return errorResult(outcomeTooLarge, say.Sentences(fmt.Sprintf("the answer is %d bytes, more than the %d this server passes on; "+
			"ask for fewer groups (top), a coarser time unit or a shorter period", len(data), h.maxResult)))
	}
	rec.outcome = outcomeOK
	content := []mcp.Content{mcp.NewTextContent(out.Text)}
	if out.Image != nil {
		content = append(content, mcp.NewImageContent(base64.StdEncoding.EncodeToString(out.Image.Data), out.Image.MIMEType))
	}
	return &mcp.CallToolResult{Content: content, StructuredContent: json.RawMessage(data)}
}
