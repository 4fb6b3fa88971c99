package sandbox

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"

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

// handler is the behaviour of one method: decode reads the request's parameters into the
// method's parameter struct (before the platform lock is taken), run performs the method
// with them (holding it).
type handler struct {
	decode func(form url.Values) (any, error)
	run    func(c *call, params any) (obj, error)
}

// route is a method of the catalog with its behaviour.
type route struct {
	m jelastic.Method
	h *handler
}

var (
	handlers   = map[string]*handler{} // "Service.Method" -> behaviour, filled by the files' register functions
	routes     map[string]*route       // path after /1.0/ -> route, built on first use
	routesOnce sync.Once
)

// on makes h the behaviour of m. h gets the method's parameters decoded and checked (present
// when required, of their declared types); a request that fails that is answered with
// result 2 (missing) or 3 (invalid) naming the parameter, as the platform does.
func on[P any](m jelastic.MethodOf[P], h func(c *call, p *P) (obj, error)) {
	handlers[m.FullName()] = &handler{
		decode: func(form url.Values) (any, error) { return jelastic.Decode[P](form) },
		run:    func(c *call, params any) (obj, error) { return h(c, params.(*P)) },
	}
}

// behaviours are the files' registrations, run on first use rather than in every process
// that links the sandbox.
var behaviours = []func(){registerAccount, registerFund, registerGroupQuota, registerHistory, registerIntegration, registerInvoice, registerOrder, registerPayMethod, registerPricing, registerReseller, registerServicePlan, registerSubscription, registerSystem, registerUtils}

func buildRoutes() map[string]*route {
	for _, register := range behaviours {
		register()
	}
	rs := map[string]*route{}
	for _, m := range billing.Methods() {
		rs[strings.ToLower(m.Path)] = &route{m: m, h: handlers[m.FullName()]}
	}
	return rs
}

// call is one request being served.
type call struct {
	w     *world
	m     jelastic.Method
	me    *user // the caller's account
	admin bool
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
	if rt.h == nil {
		return errorBody(fail(jelastic.CodeMethodNotFound, "method %s is not available in the sandbox", rt.m.FullName()))
	}
	params, err := rt.h.decode(r.Form)
	if err != nil {
		return errorBody(paramError(err))
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	c := &call{w: p.w, m: rt.m, me: p.w.users[uid], admin: admin}
	out, err := rt.h.run(c, params)
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

func excerpt(s string) string {
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return strconv.Quote(s)
}

// target is the account uid a method acts on: admins may name any, users only themselves.
func (c *call) target(uid int) (*user, error) {
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
