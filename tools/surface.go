package tools

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"sync"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// entry is one tool the server knows, whether or not a policy offers it.
type entry struct {
	method   jelastic.Method
	name     string
	toolset  string
	effect   jelastic.Effect
	cardData bool
	tool     mcp.Tool
	handler  server.ToolHandlerFunc
	index    int
	// For find_tools: the words it matches and its arguments in brief.
	words     []string
	nameWords []string
	signature string
}

// PolicyError is a policy that names tools or toolsets the server does not have.
type PolicyError struct{ msg string }

func (e *PolicyError) Error() string { return e.msg }

// surface is what a server offers: every tool it knows, its policy, and one listing per
// distinct set of offered tools.
type surface struct {
	entries   []*entry // sorted by name, as tools/list presents them
	byName    map[string]*entry
	policy    Policy
	discovery bool
	names     names
	log       zerolog.Logger

	mu       sync.Mutex
	listings map[string]*listing

	indexed sync.Once // the words of find_tools (discovery.go)
}

// maxListings bounds the cache of listings: headers can ask for any subset, and each is
// kept only while there are few.
const maxListings = 64

func newSurface(entries []*entry, opts Options) (*surface, error) {
	sort.Slice(entries, func(i, j int) bool { return entries[i].name < entries[j].name })
	s := &surface{entries: entries, byName: map[string]*entry{}, policy: opts.Policy,
		discovery: opts.Discovery, log: opts.Logger, listings: map[string]*listing{}}
	for i, e := range entries {
		if s.byName[e.name] != nil {
			return nil, fmt.Errorf("two tools are named %s", e.name)
		}
		e.index = i
		s.byName[e.name] = e
		s.names.Tools = append(s.names.Tools, e.name)
		if !slices.Contains(s.names.Toolsets, e.toolset) {
			s.names.Toolsets = append(s.names.Toolsets, e.toolset)
		}
	}
	if err := s.names.check(opts.Policy); err != nil {
		return nil, err
	}
	return s, nil
}

// exposed reports whether the tool is offered to the request of ctx. On refusal it says why.
func (s *surface) exposed(ctx context.Context, e *entry) (bool, string) {
	if !s.policy.exposes(e) {
		return false, s.policy.why(e, true)
	}
	if n := narrowingFrom(ctx); n != nil && !n.exposes(e) {
		return false, n.why(e, false)
	}
	return true, ""
}

// offered lists the tools offered to the request of ctx, in name order.
func (s *surface) offered(ctx context.Context) []*entry {
	var out []*entry
	for _, e := range s.entries {
		if ok, _ := s.exposed(ctx, e); ok {
			out = append(out, e)
		}
	}
	return out
}

// listing is the tools/list answer for ctx, built once per distinct set of offered tools.
func (s *surface) listing(ctx context.Context) []mcp.Tool { return s.cached(ctx).mcpTools() }

// listingJSON is the same answer encoded, also built once per distinct set.
func (s *surface) listingJSON(ctx context.Context) []byte { return s.cached(ctx).encoded() }

// listing is one distinct tools/list answer: the tools offered, as mcp-go's values for the
// SDK's own tools/list (in-process clients) and encoded for the transports, each made on
// first use: a server holds one copy of what it lists, not two.
type listing struct {
	offered   []*entry
	discovery bool

	toolsOnce sync.Once
	tools     []mcp.Tool
	jsonOnce  sync.Once
	json      []byte
}

func (l *listing) mcpTools() []mcp.Tool {
	l.toolsOnce.Do(func() {
		if l.discovery {
			l.tools = discoveryTools(l.offered)
			return
		}
		l.tools = make([]mcp.Tool, len(l.offered))
		for i, e := range l.offered {
			l.tools[i] = e.tool
		}
	})
	return l.tools
}

func (l *listing) encoded() []byte {
	l.jsonOnce.Do(func() {
		var tools []*mcp.Tool
		if l.discovery {
			for i := range l.mcpTools() {
				tools = append(tools, &l.tools[i])
			}
		} else {
			for _, e := range l.offered {
				tools = append(tools, &e.tool)
			}
		}
		size := 2
		for _, t := range tools {
			size += encodedSize(t) + 1
		}
		b := make([]byte, 0, size)
		b = append(b, '[')
		for i, t := range tools {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendTool(b, t)
		}
		l.json = append(b, ']')
	})
	return l.json
}

// appendTool appends json.Marshal(t), written directly for the fields our tools use:
// mcp-go's encoder builds a map and scans each schema twice, which made most of the cost of
// a first tools/list. The keys come in the order json.Marshal gives a map's; the schemas are
// compact already (json.Marshal made them). A test holds the bytes to json.Marshal's for
// every tool in every mode.
func appendTool(b []byte, t *mcp.Tool) []byte {
	if t.Meta != nil || t.Icons != nil || t.Execution != nil || t.DeferLoading || t.RawInputSchema == nil ||
		t.OutputSchema.Type != "" {
		j, _ := json.Marshal(t) // not one of ours: no schema can fail to encode
		return append(b, j...)
	}
	b = append(b, `{"annotations":`...)
	b = appendAnnotations(b, &t.Annotations)
	if t.Description != "" {
		b = append(b, `,"description":`...)
		b = appendJSONString(b, t.Description)
	}
	b = append(b, `,"inputSchema":`...)
	b = append(b, t.RawInputSchema...)
	b = append(b, `,"name":`...)
	b = appendJSONString(b, t.Name)
	if t.RawOutputSchema != nil {
		b = append(b, `,"outputSchema":`...)
		b = append(b, t.RawOutputSchema...)
	}
	if t.Title != "" {
		b = append(b, `,"title":`...)
		b = appendJSONString(b, t.Title)
	}
	return append(b, '}')
}

// appendAnnotations appends json.Marshal(a): its fields in declaration order, unset ones
// left out.
func appendAnnotations(b []byte, a *mcp.ToolAnnotation) []byte {
	b = append(b, '{')
	sep := func() {
		if b[len(b)-1] != '{' {
			b = append(b, ',')
		}
	}
	if a.Title != "" {
		b = append(b, `"title":`...)
		b = appendJSONString(b, a.Title)
	}
	for _, h := range [...]struct {
		key  string
		hint *bool
	}{{`"readOnlyHint":`, a.ReadOnlyHint}, {`"destructiveHint":`, a.DestructiveHint}, {`"idempotentHint":`, a.IdempotentHint}, {`"openWorldHint":`, a.OpenWorldHint}} {
		if h.hint != nil {
			sep()
			b = append(b, h.key...)
			b = strconv.AppendBool(b, *h.hint)
		}
	}
	return append(b, '}')
}

// encodedSize is about what appendTool writes for t, a little more when its strings need
// no escapes, so that one buffer holds a whole listing.
func encodedSize(t *mcp.Tool) int {
	return len(t.RawInputSchema) + len(t.RawOutputSchema) + len(t.Description) + len(t.Title) + len(t.Name) + 240
}

func (s *surface) cached(ctx context.Context) *listing {
	offered := s.offered(ctx)
	var bits big.Int
	for _, e := range offered {
		bits.SetBit(&bits, e.index, 1)
	}
	key := bits.Text(32)
	s.mu.Lock()
	defer s.mu.Unlock()
	if l, ok := s.listings[key]; ok {
		return l
	}
	l := &listing{offered: offered, discovery: s.discovery}
	if len(s.listings) < maxListings {
		s.listings[key] = l
	}
	return l
}

// ListingJSON is the JSON array of the tools srv lists for ctx, encoded once per distinct
// set of tools, for a transport that writes the tools/list answer itself. It reports false
// for a server that NewServer did not build.
func ListingJSON(ctx context.Context, srv *server.MCPServer) ([]byte, bool) {
	s, ok := registry.Load(srv)
	if !ok {
		return nil, false
	}
	return s.(*surface).listingJSON(ctx), true
}

// refusedTool is registered but never listed: calls to tools that do not exist or are not
// offered are redirected to it, so that the model gets a tool error it can read rather than
// a protocol error, and nothing is sent.
const refusedTool = "tool_not_offered"

// refusedArg carries the name the client asked for into the refusal.
const refusedArg = "requested_tool"

// dispatchTool is registered but never listed: route sends every call of an offered tool to
// it, with the tool's entry, and dispatch hands the call to that tool's handler.
const dispatchTool = "tool_dispatch"

// dispatchKey holds, in the _meta of a call route sent to dispatchTool, the dispatched
// value: a type no client can write.
const dispatchKey = "jelastic-mcp/dispatch"

// dispatched is the tool a call goes to and the call's own _meta, given back to it.
type dispatched struct {
	e    *entry
	meta *mcp.Meta
}

// route sends a call of an offered tool to dispatchTool with its entry, and a call of a tool
// that is not offered to the refusal. It runs as mcp-go's before-call hook, the one place
// every tools/call passes.
func (s *surface) route(ctx context.Context, _ any, req *mcp.CallToolRequest) {
	name := req.Params.Name
	if e := s.byName[name]; e != nil {
		if ok, _ := s.exposed(ctx, e); ok {
			meta := &mcp.Meta{AdditionalFields: map[string]any{dispatchKey: dispatched{e: e, meta: req.Params.Meta}}}
			if req.Params.Meta != nil {
				meta.ProgressToken = req.Params.Meta.ProgressToken
			}
			req.Params.Name, req.Params.Meta = dispatchTool, meta
			return
		}
	} else if s.discovery && isDiscoveryTool(name) {
		return
	}
	req.Params.Name = refusedTool
	req.Params.Arguments, req.Params.RawArguments = map[string]any{refusedArg: name}, nil
}

// dispatch is the handler of dispatchTool: the call goes on as the client made it, to the
// tool route chose.
func (s *surface) dispatch(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	var d dispatched
	if req.Params.Meta != nil {
		d, _ = req.Params.Meta.AdditionalFields[dispatchKey].(dispatched)
	}
	if d.e == nil { // only route sends calls here, with their tool
		return s.refusal(ctx, req.Params.Name), nil
	}
	req.Params.Name, req.Params.Meta = d.e.name, d.meta
	return d.e.handler(ctx, req)
}

// refuse is the handler of refusedTool.
func (s *surface) refuse(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	name, _ := req.GetArguments()[refusedArg].(string)
	return s.refusal(ctx, name), nil
}

// refusal is the answer to a call of a tool that is unknown or not offered to ctx.
func (s *surface) refusal(ctx context.Context, name string) *mcp.CallToolResult {
	outcome, text := outcomeNotOffered, ""
	if e := s.byName[name]; e != nil {
		_, why := s.exposed(ctx, e)
		text = say.Refusal(fmt.Sprintf("the tool %s is not offered here", name), why)
	} else {
		outcome = outcomeUnknownTool
		var valid []string
		for _, e := range s.offered(ctx) {
			valid = append(valid, e.name)
		}
		text = say.Refusal(fmt.Sprintf("there is no tool named %s", say.Quote(name)))
		if c := closest(name, valid); c != "" {
			text = say.Refusal(fmt.Sprintf("there is no tool named %s; did you mean %s?", say.Quote(name), c))
		} else if s.discovery {
			text = say.Refusal(fmt.Sprintf("there is no tool named %s", say.Quote(name)), "use find_tools to look for one")
		}
	}
	ev := s.log.Info().Str("tool", name).Str("outcome", outcome)
	if sess := sessionHash(ctx); sess != "" {
		ev = ev.Str("session", sess)
	}
	ev.Msg("tool call")
	return errorResult(outcome, text)
}

// registry maps each server to its surface, for CheckNarrowing.
var registry sync.Map // *server.MCPServer -> *surface

// CheckNarrowing returns an error naming what is unknown in p, for a transport to refuse a
// request whose narrowing headers name tools or toolsets that srv does not know.
func CheckNarrowing(srv *server.MCPServer, p Policy) error {
	s, ok := registry.Load(srv)
	if !ok {
		return nil
	}
	return s.(*surface).names.check(p)
}
