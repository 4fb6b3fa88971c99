// Package jelastic is a client for the Jelastic (Virtuozzo Application Platform) API.
//
// It knows the wire protocol: how a method's parameter struct becomes a form body, how the
// platform's JSON envelope is read, and which failures may be retried. It knows nothing of MCP.
package jelastic

import (
	"fmt"
	"strings"
)

// Effect classifies what calling a method does to the platform.
type Effect string

const (
	// Read methods change no state; they may be retried.
	Read Effect = "read"
	// Write methods change state in a way that can be undone.
	Write Effect = "write"
	// Destructive methods move money, delete, suspend, reset, send e-mail or overwrite;
	// callers must get explicit confirmation before sending them.
	Destructive Effect = "destructive"
)

// Method describes one API method: where it lives, what it does and what it takes.
type Method struct {
	Service string // Jelastic service name, e.g. "Account"
	Name    string // Jelastic method name, e.g. "FundAccount"
	// Path is the request path after "{base}/1.0/", e.g. "billing/account/rest/fundaccount".
	Path    string
	Effect  Effect
	Summary string // one or two sentences for a reader who has never seen the API
	// Params is the zero value of the method's parameter struct; its tags drive
	// the wire encoding and the input schema.
	Params any
	// Preview, when set, says in plain words what a call with these parameters will do.
	// It receives a pointer to a filled parameter struct.
	Preview func(params any) string
}

// FullName is "Service.Method", the name the platform's permissions use.
func (m Method) FullName() string { return m.Service + "." + m.Name }

// Permission is the token permission the platform checks for this method.
func (m Method) Permission() string {
	return fmt.Sprintf("%s.%s.%s", strings.SplitN(m.Path, "/", 2)[0], strings.ToLower(m.Service), m.Name)
}
