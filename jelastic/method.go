// Package jelastic is a client for the Jelastic (Virtuozzo Application Platform) API.
//
// It knows the wire protocol: how a method's parameter struct becomes a form body, how the
// platform's JSON envelope is read, and which failures may be retried. It knows nothing of MCP.
package jelastic

import (
	"fmt"
	"regexp"
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
	// Tool, when set, replaces the tool name derived from Service and Name: a few derived
	// names are too long once clients prefix them with the server's name.
	Tool string
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

var (
	wordBoundary = regexp.MustCompile(`([a-z0-9])([A-Z])`)
	acronymEnd   = regexp.MustCompile(`([A-Z]+)([A-Z][a-z])`)
)

func snake(s string) string {
	s = acronymEnd.ReplaceAllString(s, "${1}_${2}")
	return strings.ToLower(wordBoundary.ReplaceAllString(s, "${1}_${2}"))
}

// ToolName is the name clients call the method by: Tool when set, otherwise snake_case
// service, "_", snake_case method, e.g. account_fund_account.
func (m Method) ToolName() string {
	if m.Tool != "" {
		return m.Tool
	}
	return snake(m.Service) + "_" + snake(m.Name)
}

// Title is a short label for people: "Account: fund account".
func (m Method) Title() string {
	return m.Service + ": " + strings.ReplaceAll(snake(m.Name), "_", " ")
}
