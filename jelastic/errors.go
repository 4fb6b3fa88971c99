package jelastic

import (
	"fmt"
	"net/http"
	"strings"
)

// APIError is an answer with a non-zero "result".
type APIError struct {
	Method     string // "Service.Method"
	Permission string // the permission the method needs, e.g. "billing.account.FundAccount"
	Code       int
	Message    string // the platform's "error" text
	Source     string
	Reason     string
}

// Result codes with a known meaning.
const (
	CodeNotFound         = 5
	CodeBackendTimeout   = 17
	CodeUnexpected       = 99
	CodeMethodNotFound   = 1702
	CodeExternalBilling  = 2207
	CodeExternalRejected = 2223
	CodePermissionDenied = 8202
)

func (e *APIError) Error() string {
	msg := fmt.Sprintf("%s failed with result %d", e.Method, e.Code)
	if e.Message != "" {
		msg += ": " + e.Message
	}
	if hint := e.Meaning(); hint != "" {
		msg += " (" + hint + ")"
	}
	return msg
}

// Meaning explains a known result code in plain words; "" for an unknown one.
func (e *APIError) Meaning() string {
	switch e.Code {
	case CodeNotFound:
		return "the object named in the arguments does not exist; check the id or name"
	case CodeBackendTimeout:
		return "the platform's backend timed out; the call may or may not have taken effect"
	case CodeUnexpected:
		return "the platform hit an unexpected server error"
	case CodeMethodNotFound:
		return "this platform does not offer the method; it may be an older or differently licensed version"
	case CodeExternalBilling:
		return "the external billing system reported an error"
	case CodeExternalRejected:
		return "the external billing system rejected the request"
	case CodePermissionDenied:
		return "the token lacks the permission " + e.Permission + "; use a token that has it"
	}
	return ""
}

// TransportError is a call that got no proper answer: a refused connection, a timeout,
// a cancellation, a non-2xx status or a body that is not the platform's JSON.
type TransportError struct {
	Method   string
	Status   int    // HTTP status; 0 when no answer arrived
	Excerpt  string // the start of the body, when there was one
	Timeout  bool
	Canceled bool
	Err      error
}

func (e *TransportError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: transport error", e.Method)
	if e.Status != 0 {
		fmt.Fprintf(&b, ": HTTP %d %s", e.Status, http.StatusText(e.Status))
	}
	if e.Err != nil {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	if e.Excerpt != "" {
		fmt.Fprintf(&b, "; body starts %q", e.Excerpt)
	}
	return b.String()
}

func (e *TransportError) Unwrap() error { return e.Err }

// retryable: worth sending a read again. Cancellation and timeouts of the whole call are not,
// nor are answers that will not change (4xx, a malformed body).
func (e *TransportError) retryable() bool {
	if e.Timeout || e.Canceled {
		return false
	}
	return e.Status == 0 || e.Status >= 500
}
