package tools_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

// TestErrorsPassOutputSchemaChecks: clients such as the TypeScript SDK check a result's
// structured content against the tool's output schema even when the result is an error, and
// turn a mismatch into a protocol error that hides the message. So an error of a tool with an
// output schema (bad arguments, a refusal, the platform's error) either carries no structured
// content or content that matches the schema; the text still says what went wrong.
func TestErrorsPassOutputSchemaChecks(t *testing.T) {
	e := newEnv(t)
	list, err := e.client.ListTools(t.Context(), mcp.ListToolsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	comp := jsonschema.NewCompiler()
	comp.DefaultDraft(jsonschema.Draft2020)
	checked := 0
	for _, tl := range list.Tools {
		if tl.OutputSchema.Type == "" && tl.RawOutputSchema == nil {
			continue
		}
		raw, err := json.Marshal(tl.OutputSchema)
		if tl.RawOutputSchema != nil {
			raw, err = tl.RawOutputSchema, nil
		}
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(string(raw)))
		if err != nil {
			t.Fatal(err)
		}
		if err := comp.AddResource("mem://"+tl.Name, doc); err != nil {
			t.Fatal(err)
		}
		sch, err := comp.Compile("mem://" + tl.Name)
		if err != nil {
			t.Fatalf("%s: %v", tl.Name, err)
		}
		e.platform.Respond(jelastictest.Body(200, `{"result":8202,"error":"permission denied"}`))
		for _, args := range []string{`{"no_such_argument":1}`, `{}`} {
			res := e.call(t, tl.Name, args)
			if !res.IsError {
				continue
			}
			checked++
			if resultText(res) == "" {
				t.Errorf("%s %s: an error without text", tl.Name, args)
			}
			if res.StructuredContent == nil {
				continue
			}
			data, _ := json.Marshal(res.StructuredContent)
			inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(string(data)))
			if err := sch.Validate(inst); err != nil {
				t.Errorf("%s %s: the error's structured content %s fails the output schema, so a checking client hides %q", tl.Name, args, data, resultText(res))
			}
		}
	}
	if checked < 6 {
		t.Fatalf("only %d errors of tools with an output schema checked; want the six billing_* tools at least", checked)
	}
}
