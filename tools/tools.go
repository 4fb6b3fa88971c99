// Package tools turns the billing catalog into MCP tools: names, schemas, annotations, the
// confirmation gate for destructive methods, argument checking and result shaping.
//
// It has no per-method code: everything comes from the jelastic.Method values and their
// parameter structs. It knows nothing of HTTP.
package tools

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/answers"
	"github.com/jelastic-mcp/jelastic-mcp/internal/currency"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/schema"
)

// Caller sends a method to the platform; *jelastic.Client is one.
type Caller = jelastic.Caller

// Options configure the tool set.
type Options struct {
	Caller Caller
	// Logger receives one line per tool call and an audit line per write or destructive call.
	Logger zerolog.Logger
	// Methods to expose; Catalog() when nil.
	Methods []jelastic.Method
	// CheckCall, when set, runs before a call is sent to the platform; its error becomes an
	// isError result and nothing is sent. Transports use it to demand per-client credentials.
	CheckCall func(ctx context.Context) error
	// MaxResultBytes bounds the JSON text of one result; DefaultMaxResultBytes when zero.
	MaxResultBytes int
	// Secrets never appear in a result, whatever the platform answers: the server's Jelastic
	// token and HTTP auth token. A client's own token comes with each call (jelastic.WithToken).
	Secrets []string
	// Policy chooses the tools offered; the zero Policy offers all but card data.
	Policy Policy
	// Discovery lists only find_tools, describe_tool and call_tool, which reach the tools
	// the policy offers.
	Discovery bool
	// SealKey signs the approval requests put to people (at least 32 bytes); a random
	// key for this process when nil. Replicas that share one can finish each other's calls.
	SealKey []byte
	// MaxAmount refuses a call that moves more money than this; 0 for no limit.
	MaxAmount float64
	// MaxAmountPerDay refuses a call once the money moved with one set of credentials in
	// the last 24 hours, as counted by this process, would pass it; 0 for no limit.
	MaxAmountPerDay float64
	// Audit, when set, records every write or destructive call before and after it is sent.
	Audit *AuditLog
	// Observe, when set, hears of every finished tool call (metrics).
	Observe func(Call)
	// Currency, when set, is the code of the currency the platform bills in (e.g. USD);
	// otherwise it is learned from the platform, once per credentials, by the first answer
	// or preview that holds an amount.
	Currency string
}

func annotations(m jelastic.Method) mcp.ToolAnnotation {
	yes, no := true, false
	a := mcp.ToolAnnotation{OpenWorldHint: &yes}
	switch m.Effect {
	case jelastic.Read:
		a.ReadOnlyHint, a.DestructiveHint, a.IdempotentHint = &yes, &no, &yes
	case jelastic.Write:
		a.ReadOnlyHint, a.DestructiveHint, a.IdempotentHint = &no, &no, &no
	default:
		a.ReadOnlyHint, a.DestructiveHint, a.IdempotentHint = &no, &yes, &no
	}
	return a
}

// Catalog is every tool's method: the billing API, then the composite answers.
func Catalog() []jelastic.Method { return append(billing.Methods(), answers.Methods()...) }

// definitions builds the entry of every method, its MCP tool included, without handlers.
func definitions(methods []jelastic.Method) ([]*entry, error) {
	if methods == nil {
		methods = Catalog()
	}
	out := make([]*entry, 0, len(methods))
	seen := make(map[string]bool, len(methods))
	for _, m := range methods {
		raw, err := schema.For(m)
		if err != nil {
			return nil, err
		}
		e := &entry{method: m, name: m.ToolName(), toolset: m.Toolset(), effect: m.Effect, cardData: takesCardData(m)}
		e.tool = mcp.NewToolWithRawSchema(e.name, m.Summary, raw)
		e.tool.Title = m.Title()
		e.tool.Annotations = annotations(m)
		if m.Output != nil {
			if e.tool.RawOutputSchema, err = schema.Output(m.Output); err != nil {
				return nil, err
			}
		}
		if seen[e.name] {
			return nil, fmt.Errorf("two methods map to tool name %s", e.name)
		}
		seen[e.name] = true
		out = append(out, e)
	}
	return out, nil
}

// build returns every tool the server knows, with its handler.
func build(opts Options) ([]*entry, error) {
	if opts.Caller == nil {
		return nil, fmt.Errorf("tools: no Caller given")
	}
	entries, err := definitions(opts.Methods)
	if err != nil {
		return nil, err
	}
	maxResult := opts.MaxResultBytes
	if maxResult <= 0 {
		maxResult = DefaultMaxResultBytes
	}
	if opts.MaxAmount < 0 || opts.MaxAmountPerDay < 0 {
		return nil, fmt.Errorf("tools: money limits must not be negative")
	}
	seals, err := newSealer(opts.SealKey)
	if err != nil {
		return nil, err
	}
	g := &gate{seals: seals, limits: newLimits(opts.MaxAmount, opts.MaxAmountPerDay), audit: opts.Audit}
	// One platform per server: its currency is learned once per set of credentials.
	currencies := currency.New()
	if opts.Currency != "" {
		if err := currency.Valid(opts.Currency); err != nil {
			return nil, fmt.Errorf("tools: %w", err)
		}
		currencies = currency.Fixed(opts.Currency)
	}
	for _, e := range entries {
		m := e.method
		h := &handler{method: m, tool: e.name, caller: opts.Caller, log: opts.Logger, check: opts.CheckCall,
			observe: opts.Observe, maxResult: maxResult, narrow: narrowHint(m), gate: g,
			secrets: opts.Secrets, secretArgs: slices.ContainsFunc(m.Fields(), func(f jelastic.Field) bool { return f.Secret }),
			units: newUnits(m, currencies)}
		e.handler = h.handle
	}
	return entries, nil
}

// takesCardData reports whether m takes a payment card's number or code as an argument.
func takesCardData(m jelastic.Method) bool {
	for _, f := range m.Fields() {
		if f.Secret && strings.HasPrefix(f.Name, "card_") {
			return true
		}
	}
	return false
}

// NewServer is an MCP server offering the tools of opts. A *PolicyError means the policy
// names tools or toolsets that do not exist.
func NewServer(opts Options, version string) (*server.MCPServer, error) {
	entries, err := build(opts)
	if err != nil {
		return nil, err
	}
	surf, err := newSurface(entries, opts)
	if err != nil {
		return nil, err
	}
	hooks := &server.Hooks{}
	hooks.AddBeforeCallTool(surf.route)
	hooks.AddAfterListPrompts(surf.narrowPrompts)
	hooks.AddAfterListTools(func(ctx context.Context, _ any, _ *mcp.ListToolsRequest, res *mcp.ListToolsResult) {
		res.Tools = surf.listing(ctx)
	})
	s := server.NewMCPServer("jelastic-mcp", version, append([]server.ServerOption{
		server.WithToolCapabilities(false),
		server.WithInstructions(surf.instructions(opts.Discovery)),
		server.WithHooks(hooks),
	}, promptOptions(opts)...)...)
	addPrompts(s, surf)
	// mcp-go keeps two tools: one that every offered tool's calls are dispatched to, and the
	// refusal (see route). The definitions live in the surface, which answers tools/list:
	// registered one by one, mcp-go would keep a copy of each and decode every schema again
	// (looking for x-mcp-header annotations, which ours never have), at start-up and at each
	// call over HTTP.
	s.AddTools(server.ServerTool{Tool: handle(dispatchTool), Handler: surf.dispatch},
		server.ServerTool{Tool: handle(refusedTool), Handler: surf.refuse})
	if opts.Discovery {
		surf.addDiscovery(s)
	}
	registry.Store(s, surf)
	return s, nil
}

// handle is what mcp-go keeps of a tool: its name, and an empty schema that costs nothing
// to check.
func handle(name string) mcp.Tool { return mcp.Tool{Name: name, RawInputSchema: emptySchema} }

var emptySchema = json.RawMessage(`{}`)

const instructions = "Tools for the billing of a Jelastic (Virtuozzo Application Platform) cluster. " +
	"Names are <service>_<method>. Answers with amounts name their currency in a \"currency\" field; " +
	"times are RFC 3339 with their zone: UTC (Z), or the time_offset a history call asked for. " +
	"Tools that say Admin only need the platform (hoster) admin's token; the others act on the caller's " +
	"own account unless they take a uid. " +
	"Tools marked destructive do nothing until called again with confirm: true; show the user the preview first."

// instructions adds what a model needs to know about the tools this server offers: where
// exact totals come from (a model that adds up a cut list of history rows reports a wrong
// total), and in discovery mode how to reach the tools it does not list.
func (s *surface) instructions(discovery bool) string {
	text := instructions
	for _, e := range s.entries {
		if e.toolset == summaryToolset && s.policy.exposes(e) {
			text += " For totals, comparisons of periods, forecasts and revenue call the billing_* tools: " +
				"they add up the platform's history exactly, while long lists are cut and should not be summed."
			break
		}
	}
	if discovery {
		text += " Only find_tools, describe_tool and call_tool are listed: find a tool with find_tools, " +
			"read its arguments with describe_tool, then run it with call_tool."
	}
	return text
}

// summaryToolset holds the composite answers computed by the server.
const summaryToolset = "billing"
