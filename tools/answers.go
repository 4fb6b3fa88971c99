package tools

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/answers"
	"github.com/jelastic-mcp/jelastic-mcp/internal/currency"
	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// counting is a Caller that counts the requests it passes on.
type counting struct {
	Caller
	n atomic.Int32
}

func (c *counting) Call(ctx context.Context, m jelastic.Method, params any) (*jelastic.Response, error) {
	c.n.Add(1)
	return c.Caller.Call(ctx, m, params)
}

// compute runs a composite answer (a method with a Compute hook) through the same caller:
// the summary text first, then the picture if any; the structured content is the answer's
// output value, which matches the tool's output schema.
func (h *handler) compute(ctx context.Context, params any, rec *callRecord) *mcp.CallToolResult {
	// The summaries learn the currency from the same cache as the raw answers.
	ctx = currency.NewContext(ctx, h.units.currencies, rec.currencyKey(ctx))
	reads := &counting{Caller: h.caller}
	out, err := h.method.Compute(ctx, reads, params)
	if err != nil {
		if answers.IsInputError(err) {
			rec.outcome = outcomeInvalidArguments
			// Most refusals come before any request; some only after a read (resolving a
			// name), and then "Nothing was sent." would not be true.
			if reads.n.Load() == 0 {
				return errorResult(outcomeInvalidArguments, say.Refusal(err.Error()))
			}
			return errorResult(outcomeInvalidArguments, say.Sentences(err.Error(), say.OnlyReadsSent))
		}
		return h.failure(err, rec)
	}
	data, err := json.Marshal(out.Data)
	if err != nil {
		rec.outcome = outcomeInternalError
		var unsupported *json.UnsupportedValueError
		if errors.As(err, &unsupported) { // sums of amounts near the float64 limit
			return errorResult(outcomeInternalError, say.Sentences(fmt.Sprintf("the platform's amounts are too large to add up: a total is out of range (%s)",
				unsupported.Str), say.OnlyReadsSent))
		}
		return errorResult(outcomeInternalError, say.Sentences(fmt.Sprintf("the answer of %s could not be written: %v", h.tool, err)))
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
