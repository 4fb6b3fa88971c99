package tools

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/schema"
)

// Outcomes of a tool call, as logged and as reported in structured results.
const (
	outcomeOK                   = "ok"
	outcomeInvalidArguments     = "invalid_arguments"
	outcomeConfirmationRequired = "confirmation_required"
	outcomeAPIError             = "api_error"
	outcomeTransportError       = "transport_error"
	outcomeInternalError        = "internal_error"
	outcomeNotAuthorized        = "not_authorized"
	outcomeDeclined             = "declined"
	outcomeAwaitingApproval     = "awaiting_approval"
	outcomeTooLarge             = "too_large"
	outcomeNotOffered           = "not_offered"
	outcomeUnknownTool          = "unknown_tool"
)

type handler struct {
	method jelastic.Method
	tool   string
	caller Caller
	log    zerolog.Logger
	check  func(context.Context) error
	// observe, when set, hears of each finished call.
	observe func(Call)
	// maxResult bounds the JSON text of a successful result; narrow says how to ask for less.
	maxResult int
	narrow    string
	gate      *gate
	// secrets are the server's own (Options.Secrets); secretArgs: the method has secret
	// arguments, whose values are secrets of the call too.
	secrets    []string
	secretArgs bool
	units      units
}

// callRecord collects what the log lines of one call say.
type callRecord struct {
	outcome   string
	code      int
	args      map[string]any
	truncated bool
	approved  bool // a person accepted it when asked
	// clean: the result is made of an answer the API client already redacted and of the
	// server's own words, so it need not be redacted again.
	clean bool
	who   string // credentials(ctx), once asked for
}

// credentials is the hash of who is calling (see credentials), computed at most once per call
// and only where money limits or the audit ask for it.
func (rec *callRecord) credentials(ctx context.Context) string {
	if rec.who == "" {
		rec.who = credentials(ctx)
	}
	return rec.who
}

// handle runs one call. No secret of the call reaches its result: the server's own, those a
// transport put into ctx (a client's token), and the values of the method's secret arguments.
func (h *handler) handle(ctx context.Context, req mcp.CallToolRequest) (res *mcp.CallToolResult, err error) {
	start := time.Now()
	rec := &callRecord{}
	ctx = h.withSecrets(ctx, req)
	defer func() {
		if p := recover(); p != nil {
			h.log.Error().Str("tool", h.tool).Interface("panic", p).Bytes("stack", debug.Stack()).Msg("tool handler panicked")
			rec.outcome = outcomeInternalError
			res, err = errorResult(outcomeInternalError, say.Sentences(fmt.Sprintf("internal error in %s; nothing more is known", h.tool), "please report it")), nil
		}
		res = h.withinOutputSchema(res)
		if !rec.clean {
			res = redact(ctx, res)
		}
		h.logCall(ctx, rec, time.Since(start))
	}()
	return h.run(ctx, req, rec), nil
}

// withinOutputSchema drops the structured content of an error when the tool declares an output
// schema: an error cannot match it, and clients that check it (the TypeScript SDK does, even on
// errors) would replace the message with a protocol error the model never reads.
func (h *handler) withinOutputSchema(res *mcp.CallToolResult) *mcp.CallToolResult {
	if res != nil && res.IsError && h.method.Output != nil {
		res.StructuredContent = nil
	}
	return res
}

func (h *handler) run(ctx context.Context, req mcp.CallToolRequest, rec *callRecord) *mcp.CallToolResult {
	args, err := readArguments(req.GetRawArguments())
	if err != nil {
		rec.outcome = outcomeInvalidArguments
		return errorResult(outcomeInvalidArguments, say.Refusal(err.Error()))
	}
	confirmed := false
	if h.method.Effect == jelastic.Destructive {
		if raw, ok := args[schema.ConfirmProperty]; ok {
			b, ok := asBool(raw)
			if !ok {
				rec.outcome = outcomeInvalidArguments
				return errorResult(outcomeInvalidArguments, say.Refusal(fmt.Sprintf("argument %q must be true or false", schema.ConfirmProperty)))
			}
			confirmed = b
			args = without(args, schema.ConfirmProperty)
		}
	}
	params, err := decodeArguments(h.method, args)
	if err != nil {
		rec.outcome = outcomeInvalidArguments
		return errorResult(outcomeInvalidArguments, say.Refusal(err.Error()))
	}
	if h.method.Effect != jelastic.Read {
		rec.args = redactedArguments(params) // for the audit line
	}
	moved := moneyOf(params)
	who := ""
	if moved.moves {
		who = rec.credentials(ctx)
	}
	if refusal := h.gate.limits.check(moved, who, time.Now()); refusal != "" {
		rec.outcome = outcomeOverLimit
		return errorResult(outcomeOverLimit, say.Refusal(h.inCurrency(ctx, refusal, rec)))
	}
	if h.method.Effect == jelastic.Destructive {
		effect := h.inCurrency(ctx, preview(h.method, params)+h.gate.limits.note(moved, who, time.Now()), rec)
		if !confirmed {
			rec.outcome = outcomeConfirmationRequired
			return h.confirmationRequired(params, effect)
		}
		if res := h.approve(ctx, req, params, effect, rec); res != nil {
			return res
		}
	}
	if h.check != nil {
		if err := h.check(ctx); err != nil {
			rec.outcome = outcomeNotAuthorized
			return errorResult(outcomeNotAuthorized, say.Refusal(err.Error()))
		}
	}
	if h.method.Compute != nil {
		return h.compute(ctx, params, rec)
	}
	resp, res := h.send(ctx, params, moved, rec)
	if res != nil {
		return res
	}
	payload := resp.Payload()
	h.units.state(ctx, h.caller, payload, params, rec)
	text, cut, err := fitPayload(payload, h.maxResult, h.narrow)
	if err != nil {
		rec.outcome = outcomeTooLarge
		return errorResult(outcomeTooLarge, say.Sentences(err.Error()))
	}
	rec.truncated = cut
	rec.clean = resp.Redacted()
	// The structured content is the text's own bytes: encoding the payload again would cost
	// as much as the rest of the call.
	return &mcp.CallToolResult{
		Content:           []mcp.Content{mcp.NewTextContent(string(text))},
		StructuredContent: json.RawMessage(text),
	}
}

func (h *handler) confirmationRequired(params any, effect string) *mcp.CallToolResult {
	text := say.Sentences("Confirmation required", say.NothingSent, "this call would: "+effect,
		fmt.Sprintf("ask the user; if they agree, call %s again with the same arguments and %q: true", h.tool, schema.ConfirmProperty))
	return &mcp.CallToolResult{
		Content: []mcp.Content{mcp.NewTextContent(text)},
		StructuredContent: map[string]any{
			"status":    outcomeConfirmationRequired,
			"tool":      h.tool,
			"preview":   effect,
			"arguments": redactedArguments(params),
		},
	}
}

func (h *handler) failure(err error, rec *callRecord) *mcp.CallToolResult {
	var apiErr *jelastic.APIError
	var te *jelastic.TransportError
	switch {
	case errors.As(err, &apiErr):
		rec.outcome, rec.code = outcomeAPIError, apiErr.Code
		sc := map[string]any{"status": outcomeAPIError, "result": apiErr.Code, "error": apiErr.Message}
		if m := apiErr.Meaning(); m != "" {
			sc["meaning"] = m
		}
		res := errorResult(outcomeAPIError, say.Sentences("The platform refused: "+apiErr.Error()))
		res.StructuredContent = sc
		return res
	case errors.As(err, &te):
		rec.outcome = outcomeTransportError
		parts := []string{te.Error()}
		if h.method.Effect != jelastic.Read && (te.Timeout || te.Canceled || te.Status >= 500) {
			parts = append(parts, "the call may or may not have taken effect: check with a read tool before trying again")
		}
		return errorResult(outcomeTransportError, say.Sentences(parts...))
	}
	rec.outcome = outcomeInternalError
	return errorResult(outcomeInternalError, say.Sentences(err.Error()))
}

// notRun is the result of a call that was stopped on purpose: not an error, nothing sent.
func notRun(status, text string) *mcp.CallToolResult {
	return &mcp.CallToolResult{
		Content:           []mcp.Content{mcp.NewTextContent(text)},
		StructuredContent: map[string]any{"status": status, "message": text},
	}
}

func errorResult(status, text string) *mcp.CallToolResult {
	return &mcp.CallToolResult{
		Content:           []mcp.Content{mcp.NewTextContent(text)},
		StructuredContent: map[string]any{"status": status, "error": text},
		IsError:           true,
	}
}

func (h *handler) logCall(ctx context.Context, rec *callRecord, took time.Duration) {
	ev := h.log.Info()
	if rec.outcome == outcomeInternalError {
		ev = h.log.Error()
	}
	ev = ev.Str("tool", h.tool).Str("effect", string(h.method.Effect)).
		Dur("duration", took).Str("outcome", rec.outcome)
	if rec.code != 0 {
		ev = ev.Int("code", rec.code)
	}
	if rec.truncated {
		ev = ev.Bool("truncated", true)
	}
	if s := sessionHash(ctx); s != "" {
		ev = ev.Str("session", s)
	}
	ev.Msg("tool call")
	if h.observe != nil {
		h.observe(Call{Tool: h.tool, Effect: string(h.method.Effect), Outcome: rec.outcome,
			Approved: rec.approved, Cut: rec.truncated, Duration: took})
	}
	if h.method.Effect != jelastic.Read && rec.args != nil {
		h.log.Info().Str("audit", h.tool).Str("effect", string(h.method.Effect)).
			Str("outcome", rec.outcome).Interface("args", rec.args).Msg("audit")
	}
}

// preview says in plain words what calling m with params would do.
func preview(m jelastic.Method, params any) string {
	if m.HasPreview() {
		return m.Preview(params)
	}
	var parts []string
	for name, v := range redactedArguments(params) {
		parts = append(parts, fmt.Sprintf("%s=%v", name, v))
	}
	sort.Strings(parts)
	s := strings.TrimSuffix(m.Summary, ".") + "."
	if len(parts) > 0 {
		s += " Arguments: " + strings.Join(parts, ", ") + "."
	}
	return s
}

func asBool(v any) (bool, bool) {
	switch x := v.(type) {
	case bool:
		return x, true
	case string:
		switch strings.ToLower(strings.TrimSpace(x)) {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	return false, false
}

func without(m map[string]any, key string) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		if k != key {
			out[k] = v
		}
	}
	return out
}
