package tools

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/schema"
)

// Discovery mode lists three tools instead of every offered one: a model finds a tool by
// words, reads its schema if it needs to, and calls it through call_tool, which runs
// exactly the handler a direct call runs (checks, confirmation, audit line).
const (
	findTool     = "find_tools"
	describeTool = "describe_tool"
	callTool     = "call_tool"
)

func isDiscoveryTool(name string) bool {
	return name == findTool || name == describeTool || name == callTool
}

const (
	findLimitDefault = 8
	findLimitMax     = 25
)

var (
	findSchema = json.RawMessage(`{"type":"object","properties":{` +
		`"query":{"type":"string","description":"What you want to do or know, in a few words, e.g. unpaid invoices of a user or add money to a balance. Empty: list the toolsets."},` +
		`"limit":{"type":"integer","minimum":1,"maximum":25,"default":8,"description":"Most tools to return."}},` +
		`"additionalProperties":false}`)
	describeSchema = json.RawMessage(`{"type":"object","properties":{` +
		`"name":{"type":"string","description":"Tool name as find_tools gives it, e.g. account_get_account."}},` +
		`"required":["name"],"additionalProperties":false}`)
	callSchema = json.RawMessage(`{"type":"object","properties":{` +
		`"name":{"type":"string","description":"Tool name as find_tools gives it."},` +
		`"arguments":{"type":"object","description":"The tool's arguments, as its schema (describe_tool) names them."}},` +
		`"required":["name"],"additionalProperties":false}`)
)

// discoveryTools is the listing of discovery mode. call_tool's hints follow what it can
// reach: read-only when every offered tool is.
func discoveryTools(offered []*entry) []mcp.Tool {
	yes, no := true, false
	readOnly := mcp.ToolAnnotation{ReadOnlyHint: &yes, DestructiveHint: &no, IdempotentHint: &yes, OpenWorldHint: &no}
	find := mcp.NewToolWithRawSchema(findTool, "Find the billing tools for a task: the best matches for your words, each with its effect, "+
		"what it does and its arguments (* = required). Then call one with call_tool.", findSchema)
	find.Annotations = readOnly
	describe := mcp.NewToolWithRawSchema(describeTool, "The full definition of one tool: description, input schema and hints.", describeSchema)
	describe.Annotations = readOnly
	call := mcp.NewToolWithRawSchema(callTool, "Call a tool found with find_tools by name with its arguments. "+
		"The answer, checks and confirmation (confirm: true for destructive tools) are those of calling it directly.", callSchema)
	effect := jelastic.Read
	for _, e := range offered {
		switch {
		case e.effect == jelastic.Destructive:
			effect = jelastic.Destructive
		case e.effect == jelastic.Write && effect == jelastic.Read:
			effect = jelastic.Write
		}
	}
	call.Annotations = annotations(jelastic.Method{Effect: effect})
	return []mcp.Tool{call, describe, find}
}

func (s *surface) addDiscovery(srv *server.MCPServer) {
	tools := discoveryTools(s.entries)
	for _, t := range tools {
		var h server.ToolHandlerFunc
		switch t.Name {
		case findTool:
			h = s.find
		case describeTool:
			h = s.describe
		default:
			h = s.call
		}
		srv.AddTool(t, h)
	}
}

// indexWords gives every tool the words find_tools matches and its arguments in brief. It
// runs on the first find_tools, not at start-up: it reads every schema.
func (s *surface) indexWords() {
	for _, e := range s.entries {
		// The toolset prefix is shared by every tool of a service, so it counts as text:
		// "list subscriptions" should prefer subscription_get_subscriptions to the other
		// subscription_* tools.
		e.nameWords = words(strings.TrimPrefix(e.name, e.toolset+"_"))
		checked := checkedValues(e.method)
		var closed []string
		for _, vs := range checked {
			closed = append(closed, vs...)
		}
		e.words = words(e.toolset + " " + e.tool.Description + " " + propertyNames(e.tool) + " " +
			enumValues(e.tool) + " " + strings.Join(closed, " "))
		e.signature = signature(e.tool, checked)
	}
}

// discoveryArgs reads the arguments of a discovery tool strictly: a model that misspells
// one learns it at once.
func discoveryArgs(req mcp.CallToolRequest, into any) error {
	raw := req.GetRawArguments()
	b, ok := raw.(json.RawMessage)
	if !ok {
		var err error
		if b, err = json.Marshal(raw); err != nil {
			return err
		}
	}
	if len(b) == 0 || string(b) == "null" {
		return nil
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(into); err != nil {
		return &argError{say.Refusal(discoveryArgProblem(err, into))}
	}
	return nil
}

// discoveryArgProblem says what is wrong with the arguments of a discovery tool in the words
// of the other tools' refusals, not encoding/json's ("cannot unmarshal string into Go struct
// field .limit of type int").
func discoveryArgProblem(err error, into any) string {
	var names []string
	t := reflect.TypeOf(into).Elem()
	for i := range t.NumField() {
		// confirm is read only to say where it belongs (call), not offered.
		if name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); name != "" && name != schema.ConfirmProperty {
			names = append(names, name)
		}
	}
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) && typeErr.Field != "" {
		want := map[reflect.Kind]string{reflect.Int: "an integer", reflect.String: "a string"}[typeErr.Type.Kind()]
		if want == "" {
			want = "a JSON object"
		}
		got, ok := map[string]string{"string": "a string", "number": "a number", "array": "a list", "object": "an object", "bool": "true or false"}[typeErr.Value]
		if !ok {
			got = "the " + typeErr.Value // "number 2.5"
		}
		return fmt.Sprintf("argument %q must be %s, not %s", typeErr.Field, want, got)
	}
	if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		name, _ := strconv.Unquote(field)
		msg := fmt.Sprintf("unknown argument %q", name)
		if c := closest(name, names); c != "" {
			msg += fmt.Sprintf("; did you mean %q?", c)
		}
		return say.Sentences(msg, "valid arguments: "+say.List(names))
	}
	return "the arguments must be a JSON object of named values"
}

func (s *surface) find(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	var a struct {
		Query string `json:"query"`
		Limit int    `json:"limit"`
	}
	if err := discoveryArgs(req, &a); err != nil {
		return errorResult(outcomeInvalidArguments, err.Error()), nil
	}
	s.indexed.Do(s.indexWords)
	if a.Limit <= 0 {
		a.Limit = findLimitDefault
	}
	a.Limit = min(a.Limit, findLimitMax)
	offered := s.offered(ctx)
	query := words(a.Query)
	if len(query) == 0 {
		return toolsets(offered), nil
	}
	hits := rank(query, offered)
	if len(hits) > a.Limit {
		hits = hits[:a.Limit]
	}
	if len(hits) == 0 {
		res := toolsets(offered)
		res.Content[0] = mcp.NewTextContent(fmt.Sprintf("No tool matches %q. Try other words; these are the toolsets:\n", a.Query) +
			res.Content[0].(mcp.TextContent).Text)
		return res, nil
	}
	var b strings.Builder
	found := make([]map[string]any, len(hits))
	for i, e := range hits {
		summary := firstSentence(e.tool.Description)
		fmt.Fprintf(&b, "%s (%s): %s Arguments: %s\n", e.name, e.effect, summary, e.signature)
		found[i] = map[string]any{"name": e.name, "effect": string(e.effect), "summary": summary, "arguments": e.signature}
	}
	return &mcp.CallToolResult{Content: []mcp.Content{mcp.NewTextContent(b.String())},
		StructuredContent: map[string]any{"tools": found}}, nil
}

// toolsets answers an empty query: what there is, by toolset.
func toolsets(offered []*entry) *mcp.CallToolResult {
	counts := map[string]int{}
	var order []string
	for _, e := range offered {
		if counts[e.toolset] == 0 {
			order = append(order, e.toolset)
		}
		counts[e.toolset]++
	}
	sort.Strings(order)
	var b strings.Builder
	b.WriteString("Toolsets offered (tools in each); ask find_tools with words of your task:")
	sets := make([]map[string]any, len(order))
	for i, ts := range order {
		fmt.Fprintf(&b, " %s (%d)", ts, counts[ts])
		sets[i] = map[string]any{"toolset": ts, "tools": counts[ts]}
	}
	b.WriteString(".")
	return &mcp.CallToolResult{Content: []mcp.Content{mcp.NewTextContent(b.String())},
		StructuredContent: map[string]any{"toolsets": sets}}
}

func (s *surface) describe(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	var a struct {
		Name string `json:"name"`
	}
	if err := discoveryArgs(req, &a); err != nil {
		return errorResult(outcomeInvalidArguments, err.Error()), nil
	}
	e := s.byName[a.Name]
	if e == nil {
		return s.refusal(ctx, a.Name), nil
	}
	if ok, _ := s.exposed(ctx, e); !ok {
		return s.refusal(ctx, a.Name), nil
	}
	raw, err := json.Marshal(e.tool)
	if err != nil {
		return nil, err
	}
	var def map[string]any
	if err := json.Unmarshal(raw, &def); err != nil {
		return nil, err
	}
	return &mcp.CallToolResult{Content: []mcp.Content{mcp.NewTextContent(string(raw))}, StructuredContent: def}, nil
}

// call runs an offered tool's own handler, so that nothing differs from calling it directly.
func (s *surface) call(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
	var a struct {
		Name      string          `json:"name"`
		Arguments json.RawMessage `json:"arguments"`
		// Confirm is not call_tool's: a model that puts it here, beside the name, is told
		// where it goes rather than that the field is unknown.
		Confirm json.RawMessage `json:"confirm"`
	}
	if err := discoveryArgs(req, &a); err != nil {
		return errorResult(outcomeInvalidArguments, err.Error()), nil
	}
	e := s.byName[a.Name]
	if e == nil || isDiscoveryTool(a.Name) {
		return s.refusal(ctx, a.Name), nil
	}
	if ok, _ := s.exposed(ctx, e); !ok {
		return s.refusal(ctx, a.Name), nil
	}
	if a.Confirm != nil {
		return errorResult(outcomeInvalidArguments, say.Refusal(fmt.Sprintf(
			"put %q inside arguments, beside the other arguments of %s: {\"name\": %q, \"arguments\": {..., %q: true}}",
			schema.ConfirmProperty, a.Name, a.Name, schema.ConfirmProperty))), nil
	}
	// Some models write the arguments object as a JSON string; the object inside is taken.
	var text string
	if json.Unmarshal(a.Arguments, &text) == nil && strings.HasPrefix(strings.TrimSpace(text), "{") {
		a.Arguments = json.RawMessage(text)
	}
	inner := req
	inner.Params.Name = a.Name
	if len(a.Arguments) == 0 {
		a.Arguments = json.RawMessage(`{}`)
	}
	inner.Params.Arguments, inner.Params.RawArguments = a.Arguments, a.Arguments
	return e.handler(ctx, inner)
}

// stopWords carry no meaning for matching tools.
var stopWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "for": true, "to": true,
	"in": true, "on": true, "and": true, "or": true, "by": true, "with": true, "is": true,
	"what": true, "how": true, "get": true, "show": true, "all": true, "which": true, "do": true}

// words splits text into lowercase words without stop words, splitting snake_case too.
func words(text string) []string {
	f := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := f[:0]
	for _, w := range f {
		if !stopWords[w] {
			out = append(out, w)
		}
	}
	return slices.Compact(out)
}

// rank orders the tools that match any query word, best first. A word counts more when few
// tools have it (idf), twice in the method part of a tool's name, and a little less as an
// inflection (invoices for invoice) or as a synonym than as itself. A question that asks to
// see (no verb of change in it) puts reads and summaries first: "how much bonus money do I
// have" should find the balance, not the tools that add money; one that asks for a change
// puts changes first: "top up a balance" should find the fund, not its history.
func rank(query []string, offered []*entry) []*entry {
	scores := make([]float64, len(offered))
	for _, q := range withSynonyms(query) {
		nameMatch := make([]float64, len(offered))
		textMatch := make([]float64, len(offered))
		df := 0
		for i, e := range offered {
			nameMatch[i] = bestMatch(q.word, e.nameWords)
			textMatch[i] = max(nameMatch[i], bestMatch(q.word, e.words))
			if textMatch[i] > 0 {
				df++
			}
		}
		if df == 0 {
			continue
		}
		idf := q.weight * math.Log(1+float64(len(offered))/float64(df))
		for i := range offered {
			scores[i] += idf * max(2*nameMatch[i], textMatch[i])
		}
	}
	change := asksForChange(query)
	for i, e := range offered {
		if (e.effect == jelastic.Read) != change {
			scores[i] *= effectPreference
		}
	}
	order := make([]int, 0, len(offered))
	for i := range offered {
		if scores[i] > 0 {
			order = append(order, i)
		}
	}
	// On a tie a read comes first: a question more often asks to see than to change.
	sort.SliceStable(order, func(a, b int) bool {
		sa, sb := scores[order[a]], scores[order[b]]
		if sa != sb {
			return sa > sb
		}
		return offered[order[a]].effect == jelastic.Read && offered[order[b]].effect != jelastic.Read
	})
	hits := make([]*entry, len(order))
	for k, i := range order {
		hits[k] = offered[i]
	}
	return hits
}

// effectPreference multiplies the score of a tool whose effect is what the question asks for.
const effectPreference = 1.5

// changeVerbs are the words with which people ask for a change rather than an answer.
var changeVerbs = wordSet("add top topup fund refill deposit credit charge take pay buy cancel void mark " +
	"set change move make suspend unsuspend enable disable raise increase decrease create delete remove " +
	"turn convert register update install uninstall subscribe edit rename attach detach reset clear send " +
	"activate deactivate approve decline withdraw give grant refund deduct subtract block unblock issue")

func wordSet(text string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(text) {
		set[w] = true
	}
	return set
}

// readCues say that a question asks to see, whatever verb it also holds ("fund history").
var readCues = wordSet("history list view see report statement")

func asksForChange(query []string) bool {
	return slices.ContainsFunc(query, func(w string) bool { return changeVerbs[w] }) &&
		!slices.ContainsFunc(query, func(w string) bool { return readCues[w] })
}

// bestMatch is 1 when words hold w itself, less for an inflection of it, 0 when neither.
func bestMatch(w string, words []string) float64 {
	best := 0.0
	for _, x := range words {
		switch {
		case x == w:
			return 1
		case like(w, x):
			best = inflection
		}
	}
	return best
}

// inflection is what an inflected form (invoices for invoice) counts against the word itself.
const inflection = 0.8

// like matches a word and its inflections: invoice, invoices, invoiced.
func like(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 4 {
		return b == a+"s"
	}
	return strings.HasPrefix(b, a) && len(b)-len(a) <= 3
}

// firstSentence ends at the first ". " that closes a sentence: not one inside parentheses
// and not the dot of an abbreviation such as "e.g.", which many summaries use.
func firstSentence(s string) string {
	depth := 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth = max(depth-1, 0)
		case '.':
			if depth == 0 && strings.HasPrefix(s[i+1:], " ") && !abbreviation(s[:i+1]) {
				return s[:i+1]
			}
		}
	}
	return s
}

func abbreviation(upToDot string) bool {
	for _, a := range []string{"e.g.", "i.e.", "etc.", "vs."} {
		if strings.HasSuffix(upToDot, " "+a) || strings.HasSuffix(upToDot, "("+a) || upToDot == a {
			return true
		}
	}
	return false
}

// propertyNames are the argument names of a tool, space-separated.
func propertyNames(t mcp.Tool) string {
	var sch struct {
		Properties map[string]json.RawMessage `json:"properties"`
	}
	_ = json.Unmarshal(t.RawInputSchema, &sch)
	var out []string
	for n := range sch.Properties {
		out = append(out, n)
	}
	return strings.Join(out, " ")
}

// checkedValues are the closed sets a method checks without listing them in its schema (the
// `values` tag), by argument name: find_tools matches their words and shows them.
func checkedValues(m jelastic.Method) map[string][]string {
	out := map[string][]string{}
	for _, f := range m.Fields() {
		if len(f.Values) > 0 {
			out[f.Name] = f.Values
		}
	}
	return out
}

// signature lists a tool's arguments compactly: "uid* integer, note string", with the values
// of a closed set instead of the type ("status UNPAID|PAID|VOID").
func signature(t mcp.Tool, checked map[string][]string) string {
	var sch struct {
		Properties map[string]struct {
			Type any   `json:"type"`
			Enum []any `json:"enum"`
		} `json:"properties"`
		Required []string `json:"required"`
	}
	if err := json.Unmarshal(t.RawInputSchema, &sch); err != nil || len(sch.Properties) == 0 {
		return "none."
	}
	names := make([]string, 0, len(sch.Properties))
	for n := range sch.Properties {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		ri, rj := slices.Contains(sch.Required, names[i]), slices.Contains(sch.Required, names[j])
		if ri != rj {
			return ri
		}
		return names[i] < names[j]
	})
	parts := make([]string, len(names))
	for i, n := range names {
		p := sch.Properties[n]
		typ := fmt.Sprint(p.Type)
		if len(p.Enum) > 0 {
			vals := make([]string, len(p.Enum))
			for j, v := range p.Enum {
				vals[j] = fmt.Sprint(v)
			}
			typ = strings.Join(vals, "|")
		} else if vals := checked[n]; len(vals) > 0 {
			typ = strings.Join(vals, "|")
		}
		if slices.Contains(sch.Required, n) {
			n += "*"
		}
		parts[i] = n + " " + typ
	}
	return strings.Join(parts, ", ") + "."
}

// synonyms are the words people use for what the tools call otherwise, and how much a
// synonym counts against a word of the question itself.
var synonyms = map[string][]string{
	"money": {"balance"}, "dollars": {"balance"}, "usd": {"balance"}, "eur": {"balance"}, "euros": {"balance"},
	"top": {"fund"}, "topup": {"fund"}, "topped": {"fund"}, "refill": {"fund"}, "deposit": {"fund"},
	"deposits": {"fund"}, "credit": {"fund"}, "low": {"balance", "below"}, "less": {"below", "lebalance"},
	"under": {"below", "lebalance"}, "who": {"accounts"},
	"spend": {"cost"}, "spent": {"cost"}, "spending": {"cost"}, "costs": {"spend"}, "bill": {"cost", "spend"},
	"customer": {"account"}, "customers": {"accounts"}, "user": {"account"}, "users": {"accounts"},
	"allowed": {"quota", "quotas"}, "limit": {"quota"}, "limits": {"quotas"}, "maximum": {"quota"},
	"deduct": {"unfund", "charge"}, "subtract": {"unfund", "charge"}, "raise": {"set"}, "increase": {"set"}, "decrease": {"set"},
	"automatic": {"auto"}, "automatically": {"auto"}, "recurring": {"auto"},
	"payments": {"pay", "pays"}, "graph": {"chart"}, "plot": {"chart"},
	"i": {"caller"}, "my": {"caller"}, "me": {"caller"}, "mine": {"caller"},
	"income": {"revenue"}, "earnings": {"revenue"}, "earned": {"revenue"},
}

// synonymWeight is what a synonym counts against a word the question says itself.
const synonymWeight = 0.7

type queryWord struct {
	word   string
	weight float64
}

// withSynonyms adds to query the words the tools use for its words.
func withSynonyms(query []string) []queryWord {
	out := make([]queryWord, 0, len(query))
	for _, q := range query {
		out = append(out, queryWord{q, 1})
	}
	for _, q := range query {
		for _, s := range synonyms[q] {
			if !slices.ContainsFunc(out, func(w queryWord) bool { return w.word == s }) {
				out = append(out, queryWord{s, synonymWeight})
			}
		}
	}
	return out
}

// enumValues are the closed-set values a tool's arguments take (UNPAID, SUSPENDED, ...), so
// that a question in those words finds the tool that filters on them.
func enumValues(t mcp.Tool) string {
	var sch struct {
		Properties map[string]struct {
			Enum []any `json:"enum"`
		} `json:"properties"`
	}
	_ = json.Unmarshal(t.RawInputSchema, &sch)
	var out []string
	for _, p := range sch.Properties {
		for _, v := range p.Enum {
			out = append(out, fmt.Sprint(v))
		}
	}
	return strings.Join(out, " ")
}
