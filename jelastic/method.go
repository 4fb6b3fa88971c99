// Package jelastic is a client for the Jelastic (Virtuozzo Application Platform) API.
//
// It knows the wire protocol: how a method's parameter struct becomes a form body, how the
// platform's JSON envelope is read, and which failures may be retried. It knows nothing of MCP.
package jelastic

import (
	"context"
	"fmt"
	"net/url"
	"reflect"
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
// Declare one with Define; the zero value has no parameters.
type Method struct {
	Service string // Jelastic service name, e.g. "Account"
	Name    string // Jelastic method name, e.g. "FundAccount"
	// Tool, when set, replaces the tool name derived from Service and Name: a few derived
	// names are too long once clients prefix them with the server's name.
	Tool string
	// Path is the request path after "{base}/1.0/". Define fills in the billing API's
	// convention, billing/<service>/rest/<method> in lower case; set it only where the
	// platform departs from it.
	Path    string
	Effect  Effect
	Summary string // one or two sentences for a reader who has never seen the API
	// Carries says what the method's answers hold that a reader needs a unit for: amounts
	// of money with no currency beside them, times written without a zone.
	Carries Units

	// Compute, when set, makes this a composite answer: the server computes it from other
	// methods through c instead of sending one request; Path is never used.
	Compute func(ctx context.Context, c Caller, params any) (*Computed, error)
	// Output is the zero value of a composite answer's output struct; its schema is the
	// tool's output schema and Computed.Data always matches it.
	Output any

	params  reflect.Type // the parameter struct
	fields  []Field
	preview func(params any) string
}

// Units is a set of the kinds of value an answer can hold without saying their unit.
type Units uint8

const (
	// Money: amounts in the platform currency with no currency field beside them.
	Money Units = 1 << iota
	// Times: the platform's wall-clock times ("2006-01-02 15:04:05", UTC unless a time
	// offset was asked for) or Unix milliseconds.
	Times
)

// MethodOf is a Method whose parameters are a P. Handlers and callers that know the method
// get its parameters typed; lists of methods hold the embedded Method.
type MethodOf[P any] struct{ Method }

// Define declares a method taking a P, a struct whose tags describe each parameter (see
// Field). preview, when not nil, says in plain words what a call with the given parameters
// will do; every destructive method has one.
func Define[P any](m Method, preview func(*P) string) MethodOf[P] {
	m.params = reflect.TypeFor[P]()
	m.fields = fieldsOf(m.params)
	if m.Path == "" {
		m.Path = "billing/" + strings.ToLower(m.Service) + "/rest/" + strings.ToLower(m.Name)
	}
	if preview != nil {
		m.preview = func(params any) string { return preview(params.(*P)) }
	}
	return MethodOf[P]{m}
}

// Fields lists the method's parameters in declaration order. The slice is shared: do not
// change it.
func (m Method) Fields() []Field { return m.fields }

// NewParams is a pointer to a new zero parameter struct of the method.
func (m Method) NewParams() any {
	if m.params == nil {
		return &struct{}{}
	}
	return reflect.New(m.params).Interface()
}

// Decode reads wire form values into a new parameter struct of the method and returns a
// pointer to it; see the function Decode.
func (m Method) Decode(form url.Values) (any, error) {
	p := m.NewParams()
	return p, decodeInto(reflect.ValueOf(p).Elem(), form)
}

// HasPreview reports whether the method says what a call will do before it is made.
func (m Method) HasPreview() bool { return m.preview != nil }

// Preview says in plain words what calling the method with params (a pointer to its
// parameter struct) will do; "" when the method has no preview.
func (m Method) Preview(params any) string {
	if m.preview == nil {
		return ""
	}
	return m.preview(params)
}

// Caller sends a method to the platform; *Client is one.
type Caller interface {
	Call(ctx context.Context, m Method, params any) (*Response, error)
}

// Computed is the result of a composite answer.
type Computed struct {
	Text  string // a short summary in plain words, shown first
	Data  any    // a value of the method's Output type
	Image *Image // a picture, when the answer has one
}

// Image is an encoded picture, e.g. a PNG chart.
type Image struct {
	MIMEType string
	Data     []byte
}

// FullName is "Service.Method", the name the platform's permissions use.
func (m Method) FullName() string { return m.Service + "." + m.Name }

// Permission is the token permission the platform checks for this method.
func (m Method) Permission() string {
	return fmt.Sprintf("%s.%s.%s", strings.SplitN(m.Path, "/", 2)[0], strings.ToLower(m.Service), m.Name)
}

// snake turns a Jelastic name into snake_case: an underscore goes before each capital that
// follows a lower-case letter or digit, and before the last capital of a run that starts a
// word (GetUIDByEmail: get_uid_by_email). A loop rather than regular expressions: every tool
// name passes here at start-up.
func snake(s string) string {
	upper := func(i int) bool { return i < len(s) && 'A' <= s[i] && s[i] <= 'Z' }
	lower := func(i int) bool { return i < len(s) && 'a' <= s[i] && s[i] <= 'z' }
	digit := func(i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }
	b := make([]byte, 0, len(s)+4)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if upper(i) {
			if i > 0 && (lower(i-1) || digit(i-1) || upper(i-1) && lower(i+1)) {
				b = append(b, '_')
			}
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return strings.ToLower(string(b))
}

// ToolName is the name clients call the method by: Tool when set, otherwise snake_case
// service, "_", snake_case method, e.g. account_fund_account.
func (m Method) ToolName() string {
	if m.Tool != "" {
		return m.Tool
	}
	return snake(m.Service) + "_" + snake(m.Name)
}

// Toolset is the group a client can choose the method's tool by: snake_case service,
// e.g. group_quota.
func (m Method) Toolset() string { return snake(m.Service) }

// Title is a short label for people: "Account: fund account".
func (m Method) Title() string {
	return m.Service + ": " + strings.ReplaceAll(snake(m.Name), "_", " ")
}
