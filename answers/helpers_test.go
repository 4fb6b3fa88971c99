package answers_test

import (
	"context"
	"encoding/json"
	"math"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// platform is one sandbox shared by a test's sessions, so the admin and the user see the
// same world.
func platform(t *testing.T) *sandbox.Server {
	t.Helper()
	srv, err := sandbox.Start(1)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Close() })
	return srv
}

// session is a real MCP client over streamable HTTP to a server whose tools act with token
// on the platform. Raw answers are not cut, so tests can add up everything they hold.
type session struct {
	t       *testing.T
	c       *client.Client
	schemas map[string]*jsonschema.Schema
	caps    mcp.ServerCapabilities
}

func connect(t *testing.T, p *sandbox.Server, token string) *session {
	t.Helper()
	return connectWith(t, p, token, 64<<20)
}

// connectWith is connect with an answer budget of maxResult bytes.
func connectWith(t *testing.T, p *sandbox.Server, token string, maxResult int) *session {
	t.Helper()
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: p.URL, Token: token, Timeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	srv, err := tools.NewServer(tools.Options{Caller: api, Logger: zerolog.Nop(), MaxResultBytes: maxResult}, "test")
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(server.NewStreamableHTTPServer(srv))
	t.Cleanup(hs.Close)
	c, err := client.NewStreamableHttpClient(hs.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
	init.Params.ClientInfo = mcp.Implementation{Name: "answers-test", Version: "1"}
	res, err := c.Initialize(ctx, init)
	if err != nil {
		t.Fatal(err)
	}
	s := &session{t: t, c: c, schemas: map[string]*jsonschema.Schema{}, caps: res.Capabilities}
	list, err := c.ListTools(ctx, mcp.ListToolsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	comp := jsonschema.NewCompiler()
	comp.DefaultDraft(jsonschema.Draft2020)
	for _, tl := range list.Tools {
		if !strings.HasPrefix(tl.Name, "billing_") {
			continue
		}
		raw, err := json.Marshal(tl.OutputSchema)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(string(raw)))
		if err != nil {
			t.Fatal(err)
		}
		url := "mem://" + tl.Name
		if err := comp.AddResource(url, doc); err != nil {
			t.Fatal(err)
		}
		if s.schemas[tl.Name], err = comp.Compile(url); err != nil {
			t.Fatalf("%s: output schema does not compile: %v", tl.Name, err)
		}
	}
	return s
}

// call sends a tool call; a successful answer of a composite tool is checked against the
// tool's output schema with a 2020-12 validator.
func (s *session) call(tool string, args map[string]any) *mcp.CallToolResult {
	s.t.Helper()
	req := mcp.CallToolRequest{}
	req.Params.Name, req.Params.Arguments = tool, args
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	res, err := s.c.CallTool(ctx, req)
	if err != nil {
		s.t.Fatalf("%s: protocol error %v", tool, err)
	}
	if sch := s.schemas[tool]; sch != nil && !res.IsError {
		raw, _ := json.Marshal(res.StructuredContent)
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(string(raw)))
		if err != nil {
			s.t.Fatal(err)
		}
		if err := sch.Validate(doc); err != nil {
			s.t.Fatalf("%s: structuredContent does not match the outputSchema: %v\n%s", tool, err, raw)
		}
	}
	return res
}

// answer calls a tool that must succeed and returns its structured content.
func (s *session) answer(tool string, args map[string]any) map[string]any {
	s.t.Helper()
	res := s.call(tool, args)
	if res.IsError {
		s.t.Fatalf("%s %v: %s", tool, args, text(res))
	}
	raw, _ := json.Marshal(res.StructuredContent)
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		s.t.Fatal(err)
	}
	return m
}

// refusal calls a tool that must refuse and returns its message.
func (s *session) refusal(tool string, args map[string]any) string {
	s.t.Helper()
	res := s.call(tool, args)
	if !res.IsError {
		s.t.Fatalf("%s %v: want a refusal, got %s", tool, args, text(res))
	}
	return text(res)
}

func text(r *mcp.CallToolResult) string {
	for _, c := range r.Content {
		if tc, ok := c.(mcp.TextContent); ok {
			return tc.Text
		}
	}
	return ""
}

// rows returns the list a raw tool answered.
func rows(t *testing.T, m map[string]any) []map[string]any {
	t.Helper()
	if _, cut := m["truncated"]; cut {
		t.Fatalf("a raw answer was cut; the test cannot add it up")
	}
	raw, _ := m["array"].([]any)
	out := make([]map[string]any, 0, len(raw))
	for _, it := range raw {
		out = append(out, it.(map[string]any))
	}
	return out
}

func f64(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case json.Number:
		f, _ := x.Float64()
		return f
	}
	return math.NaN()
}

// sameCents asserts that an answer's amount (rounded to the cent) is the exact figure.
func sameCents(t *testing.T, what string, got any, want float64) {
	t.Helper()
	if g := f64(got); math.Abs(g-want) > 0.005+1e-6 {
		t.Errorf("%s = %v, want %.6f (to the cent)", what, got, want)
	}
}

func wireTime(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05") }

func parseRFC(t *testing.T, s any) time.Time {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, s.(string))
	if err != nil {
		t.Fatalf("%v is not RFC 3339: %v", s, err)
	}
	return tm
}
