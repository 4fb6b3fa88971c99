package sandbox

import (
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

// Result codes the sandbox answers with beside those package jelastic names (jelastic.CodeNotFound,
// jelastic.CodeUnexpected, CodeMethodNotFound, CodeExternalRejected, CodePermissionDenied). Jelastic
// documents few codes; these follow the ones seen in the wild where there is one, and are
// otherwise our own choice.
const (
	CodeMissingParam = 2   // a required parameter is absent or empty
	CodeInvalidParam = 3   // a parameter does not parse or is out of range
	CodeExists       = 11  // an object with that name or id already exists
	CodeBadState     = 12  // the object is not in a state that allows the operation
	CodeBadSession   = 701 // the session token is missing or unknown
	CodeBadAppID     = 702 // the appid is not AppID
)

// apiError is a non-zero result with its message.
type apiError struct {
	code int
	msg  string
}

func (e *apiError) Error() string { return e.msg }

func fail(code int, format string, a ...any) *apiError {
	return &apiError{code: code, msg: fmt.Sprintf(format, a...)}
}

func notFound(what string, id any) *apiError {
	return fail(jelastic.CodeNotFound, "%s [%v] not found", what, id)
}

// obj is a JSON object of an answer.
type obj = map[string]any

// handler performs one method; the platform lock is held while it runs.
type handler func(c *call) (obj, error)

// route is a method of the catalog with its behaviour.
type route struct {
	m      jelastic.Method
	fields []jelastic.Field
	h      handler
}

var (
	handlers   = map[string]handler{} // "Service.Method" -> behaviour, filled by the files' init
	routes     map[string]*route      // path after /1.0/ -> route, built on first use
	routesOnce sync.Once
)

// register adds the behaviour of a service's methods, keyed by method name.
func register(service string, hs map[string]handler) {
	for name, h := range hs {
		handlers[service+"."+name] = h
	}
}

func buildRoutes() map[string]*route {
	rs := map[string]*route{}
	for _, m := range billing.Methods() {
		rs[strings.ToLower(m.Path)] = &route{m: m, fields: m.Fields(), h: handlers[m.FullName()]}
	}
	return rs
}

// call is one request being served.
type call struct {
	w     *world
	m     jelastic.Method
	me    *user // the caller's account
	admin bool
	args  map[string]any // parsed parameters by wire name; absent ones are missing
}

// ServeHTTP answers one API request. Every answer is HTTP 200 with a JSON object.
func (p *Platform) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body := p.serve(r)
	w.Header().Set("Content-Type", "application/json;charset=UTF-8")
	w.WriteHeader(http.StatusOK)
	enc := json.NewEncoder(w)
	if err := enc.Encode(body); err != nil {
		// Nothing useful can be sent now; the client sees a truncated body.
		return
	}
}

func (p *Platform) serve(r *http.Request) (answer obj) {
	defer func() {
		if v := recover(); v != nil {
			answer = errorBody(fail(jelastic.CodeUnexpected, "sandbox internal error: %v", v))
		}
	}()
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		return errorBody(fail(jelastic.CodeMethodNotFound, "HTTP method %s is not supported; use GET or POST", r.Method))
	}
	r.Body = http.MaxBytesReader(nil, r.Body, 8<<20)
	if err := r.ParseForm(); err != nil {
		return errorBody(fail(CodeInvalidParam, "cannot read the request parameters: %v", err))
	}
	path, ok := strings.CutPrefix(r.URL.Path, "/1.0/")
	if !ok {
		return errorBody(fail(jelastic.CodeMethodNotFound, "no API method at %q; paths start with /1.0/", r.URL.Path))
	}
	rt := routeFor(path)
	if rt == nil {
		return errorBody(fail(jelastic.CodeMethodNotFound, "method [%s] not found", path))
	}
	if app := r.Form.Get("appid"); app != AppID {
		if app == "" {
			return errorBody(fail(CodeBadAppID, "parameter [appid] is required; use %q", AppID))
		}
		return errorBody(fail(CodeBadAppID, "application [%s] not found; use appid %q", app, AppID))
	}
	var uid int
	switch r.Form.Get("session") {
	case AdminToken:
		uid = AdminUID
	case UserToken:
		uid = UserUID
	case "":
		return errorBody(fail(CodeBadSession, "session is required: pass a session or access token"))
	default:
		return errorBody(fail(CodeBadSession, "session [***] not valid: the token is unknown or expired"))
	}
	admin := uid == AdminUID
	if !admin && adminOnly(rt.m) {
		return errorBody(fail(jelastic.CodePermissionDenied, "permission denied: %s needs %s", rt.m.FullName(), rt.m.Permission()))
	}
	args, aerr := parseArgs(rt.fields, r.Form)
	if aerr != nil {
		return errorBody(aerr)
	}
	if rt.h == nil {
		return errorBody(fail(jelastic.CodeMethodNotFound, "method %s is not available in the sandbox", rt.m.FullName()))
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	c := &call{w: p.w, m: rt.m, me: p.w.users[uid], admin: admin, args: args}
	out, err := rt.h(c)
	if err != nil {
		if ae, ok := err.(*apiError); ok {
			return errorBody(ae)
		}
		return errorBody(fail(jelastic.CodeUnexpected, "%v", err))
	}
	if out == nil {
		out = obj{}
	}
	out["result"] = 0
	out["source"] = "billing"
	return out
}

func routeFor(path string) *route {
	routesOnce.Do(func() { routes = buildRoutes() })
	return routes[strings.ToLower(strings.Trim(path, "/"))]
}

func errorBody(e *apiError) obj {
	return obj{"result": e.code, "source": "billing", "error": e.msg}
}

// Types of parameter values the catalog uses.
var (
	timeType   = reflect.TypeOf(jelastic.Time{})
	periodType = reflect.TypeOf(jelastic.Period(""))
	listType   = reflect.TypeOf(jelastic.List(nil))
	objectType = reflect.TypeOf(jelastic.Object(nil))
)

// parseArgs reads every declared parameter from the form, by its field's type.
// Parameters the method does not declare are ignored, as the platform does.
func parseArgs(fields []jelastic.Field, form map[string][]string) (map[string]any, *apiError) {
	args := map[string]any{}
	for _, f := range fields {
		raw, present := "", false
		if vs := form[f.Wire]; len(vs) > 0 {
			raw, present = vs[0], true
		}
		if !present || raw == "" {
			if f.Default != "" {
				raw, present = f.Default, true
			}
		}
		t := f.Type
		if t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if !present || (raw == "" && t.Kind() != reflect.String) || (raw == "" && f.Required) {
			if f.Required {
				return nil, fail(CodeMissingParam, "parameter [%s] is required", f.Wire)
			}
			continue
		}
		v, err := parseValue(t, f, raw)
		if err != nil {
			return nil, fail(CodeInvalidParam, "parameter [%s]: %v", f.Wire, err)
		}
		args[f.Wire] = v
	}
	return args, nil
}

func parseValue(t reflect.Type, f jelastic.Field, raw string) (any, error) {
	switch t {
	case timeType:
		layout := f.Layout
		if layout == "" {
			layout = "2006-01-02 15:04:05"
		}
		if tm, err := time.Parse(layout, raw); err == nil {
			return tm.UTC(), nil
		}
		if tm, err := jelastic.ParseTime(raw); err == nil {
			return tm.Time, nil
		}
		return nil, fmt.Errorf("cannot read %q as a time; expected the layout %s", raw, layout)
	case periodType:
		p := jelastic.Period(strings.ToUpper(raw))
		if !p.Valid() {
			return nil, fmt.Errorf("%q is not a period; use one of AGE, YEAR, MONTH, WEEK, DAY, HOUR", raw)
		}
		return p, nil
	case listType:
		var out []string
		for _, s := range strings.Split(raw, f.Sep) {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		return out, nil
	case objectType:
		var m map[string]any
		if err := json.Unmarshal([]byte(raw), &m); err != nil || m == nil {
			return nil, fmt.Errorf("expected a JSON object, got %s", excerpt(raw))
		}
		return m, nil
	}
	switch t.Kind() {
	case reflect.String:
		return raw, nil
	case reflect.Int, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(strings.TrimSpace(raw), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s is not an integer", excerpt(raw))
		}
		return int(n), nil
	case reflect.Float32, reflect.Float64:
		x, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("%s is not a number", excerpt(raw))
		}
		return x, nil
	case reflect.Bool:
		switch raw {
		case "true", "True", "TRUE", "1":
			return true, nil
		case "false", "False", "FALSE", "0":
			return false, nil
		}
		return nil, fmt.Errorf("%s is not a boolean; use true or false", excerpt(raw))
	}
	return nil, fmt.Errorf("the sandbox cannot read parameters of type %s", t)
}

func excerpt(s string) string {
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return strconv.Quote(s)
}

// Accessors of parsed parameters. A missing optional parameter gives the zero value or def.
func (c *call) has(k string) bool { _, ok := c.args[k]; return ok }

func (c *call) str(k string) string { s, _ := c.args[k].(string); return s }

func (c *call) strOr(k, def string) string {
	if s, ok := c.args[k].(string); ok && s != "" {
		return s
	}
	return def
}

func (c *call) int(k string) int { n, _ := c.args[k].(int); return n }

func (c *call) intOr(k string, def int) int {
	if n, ok := c.args[k].(int); ok {
		return n
	}
	return def
}

func (c *call) float(k string) float64 { x, _ := c.args[k].(float64); return x }

func (c *call) boolOr(k string, def bool) bool {
	if b, ok := c.args[k].(bool); ok {
		return b
	}
	return def
}

func (c *call) time(k string) time.Time { t, _ := c.args[k].(time.Time); return t }

func (c *call) list(k string) []string { l, _ := c.args[k].([]string); return l }

func (c *call) object(k string) map[string]any { m, _ := c.args[k].(map[string]any); return m }

func (c *call) period(k string) jelastic.Period {
	if p, ok := c.args[k].(jelastic.Period); ok {
		return p
	}
	return jelastic.PeriodDay
}

// intText reads an integer carried in a string parameter (the catalog has a few).
func (c *call) intText(k string) (int, error) {
	s := strings.TrimSpace(c.str(k))
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fail(CodeInvalidParam, "parameter [%s]: %s is not an integer id", k, excerpt(s))
	}
	return n, nil
}

// intList reads a list parameter of integer ids.
func (c *call) intList(k string) ([]int, error) {
	var out []int
	for _, s := range c.list(k) {
		n, err := strconv.Atoi(s)
		if err != nil {
			return nil, fail(CodeInvalidParam, "parameter [%s]: %s is not an integer id", k, excerpt(s))
		}
		out = append(out, n)
	}
	return out, nil
}

// positive checks an amount of money.
func (c *call) positive(k string) (float64, error) {
	x := c.float(k)
	if x <= 0 {
		return 0, fail(CodeInvalidParam, "parameter [%s] must be greater than 0, got %v", k, x)
	}
	return x, nil
}

// target is the account a method acts on: uid when given (admins only, or oneself),
// otherwise the caller.
func (c *call) target(k string) (*user, error) {
	uid := c.me.uid
	if c.has(k) {
		uid = c.int(k)
	}
	if uid != c.me.uid && !c.admin {
		return nil, fail(jelastic.CodePermissionDenied, "permission denied: a user may only act on their own account (uid %d)", c.me.uid)
	}
	u := c.w.users[uid]
	if u == nil {
		return nil, notFound("user", uid)
	}
	return u, nil
}

// record notes an event and returns the note an answer carries about it.
func (c *call) record(detail string) string {
	c.w.events = append(c.w.events, Event{Time: c.w.clock(), Method: c.m.FullName(), UID: c.me.uid, Detail: detail})
	return "sandbox: recorded only, " + detail
}

// page applies startRow/resultCount style paging to a list.
func page[T any](items []T, start, count int) []T {
	if start < 0 {
		start = 0
	}
	if start >= len(items) {
		return []T{}
	}
	items = items[start:]
	if count > 0 && count < len(items) {
		items = items[:count]
	}
	return items
}

// list answers a list under "array" with its total.
func list[T any](items []T) obj {
	if items == nil {
		items = []T{}
	}
	return obj{"array": items, "count": len(items)}
}

func sortedKeys[K ~int | ~string, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}
