package tools

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// outcomeNotRecorded: the audit log could not be written, so the call was not sent.
const outcomeNotRecorded = "not_recorded"

// AuditLog is an append-only file of JSON lines, one before and one after every write or
// destructive call that is sent to the platform. The line before is on disk before the call
// goes out: a call that cannot be recorded is not sent.
type AuditLog struct {
	mu sync.Mutex
	f  *os.File
}

// OpenAuditLog opens (creating it, mode 0600) the file at path for appending.
func OpenAuditLog(path string) (*AuditLog, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	return &AuditLog{f: f}, nil
}

// Close closes the file.
func (a *AuditLog) Close() error { return a.f.Close() }

// auditLine is one line of the audit log. The call id pairs an intent with its outcome.
type auditLine struct {
	Time        string         `json:"time"`
	Event       string         `json:"event"` // intent or outcome
	Call        string         `json:"call"`
	Tool        string         `json:"tool"`
	Effect      string         `json:"effect"`
	Credentials string         `json:"credentials"`
	Args        map[string]any `json:"args,omitempty"`
	Amount      *float64       `json:"amount,omitempty"`
	Outcome     string         `json:"outcome,omitempty"`
	Code        *int           `json:"code,omitempty"`
}

func (a *AuditLog) write(l auditLine) error {
	b, err := json.Marshal(l)
	if err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, err := a.f.Write(append(b, '\n')); err != nil {
		return err
	}
	return a.f.Sync()
}

// send is the last step of a call: the daily limit, the audit intent, the platform call and
// the audit outcome. Nothing before it has reached the platform.
// It returns the platform's answer, or the result to give instead.
func (h *handler) send(ctx context.Context, params any, m movement, rec *callRecord) (*jelastic.Response, *mcp.CallToolResult) {
	audited := h.gate.audit != nil && h.method.Effect != jelastic.Read
	who := ""
	if m.moves || audited {
		who = rec.credentials(ctx)
	}
	release, refusal := h.gate.limits.reserve(m, who, time.Now())
	if refusal != "" {
		rec.outcome = outcomeOverLimit
		return nil, errorResult(outcomeOverLimit, say.Refusal(h.inCurrency(ctx, refusal, rec)))
	}
	var line auditLine
	if audited {
		var id [8]byte
		_, _ = rand.Read(id[:])
		line = auditLine{Event: "intent", Call: hex.EncodeToString(id[:]), Tool: h.tool, Effect: string(h.method.Effect),
			Credentials: who, Args: rec.args, Time: time.Now().UTC().Format(time.RFC3339Nano)}
		if m.moves && m.known {
			line.Amount = &m.amount
		}
		if err := h.gate.audit.write(line); err != nil {
			release()
			rec.outcome = outcomeNotRecorded
			h.log.Error().Str("tool", h.tool).Err(err).Msg("audit log not written; call refused")
			return nil, errorResult(outcomeNotRecorded, say.Refusal(
				fmt.Sprintf("Refused: the audit log could not be written (%v), and no write or destructive call goes out unrecorded", err),
				"Ask the operator to check --audit-log"))
		}
	}
	resp, err := h.caller.Call(ctx, h.method, params)
	var res *mcp.CallToolResult
	rec.outcome = outcomeOK
	if err != nil {
		res = h.failure(err, rec)
	}
	if audited {
		out := auditLine{Event: "outcome", Call: line.Call, Tool: h.tool, Effect: line.Effect, Credentials: who,
			Outcome: rec.outcome, Code: &rec.code, Time: time.Now().UTC().Format(time.RFC3339Nano)}
		if err := h.gate.audit.write(out); err != nil {
			h.log.Error().Str("tool", h.tool).Err(err).Str("call", line.Call).Msg("audit outcome not written")
		}
	}
	return resp, res
}
