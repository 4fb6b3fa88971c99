package tools_test

import (
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

type boomParams struct {
	ID int `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"Anything."`
}

// TestPanicBecomesToolError: a panic inside a handler reaches the model as an isError result
// and the server keeps serving.
func TestPanicBecomesToolError(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: rec.URL})
	if err != nil {
		t.Fatal(err)
	}
	boom := jelastic.Define(jelastic.Method{Service: "Test", Name: "Boom", Path: "test/boom", Effect: jelastic.Destructive,
		Summary: "Explodes while previewing."}, func(*boomParams) string { panic("preview exploded") })
	fine := jelastic.Define[struct{}](jelastic.Method{Service: "Test", Name: "Fine", Path: "test/fine", Effect: jelastic.Read,
		Summary: "Works."}, nil)
	logs := &testkit.Buffer{}
	srv, err := tools.NewServer(tools.Options{Caller: api, Logger: zerolog.New(logs), Methods: []jelastic.Method{boom.Method, fine.Method}}, "test")
	if err != nil {
		t.Fatal(err)
	}
	c := connectStdio(t, srv)
	res := callClient(t, c, "test_boom", `{"id":1}`)
	if !res.IsError || !strings.Contains(resultText(res), "Internal error in test_boom") {
		t.Fatalf("panic result: %+v", res)
	}
	if !strings.Contains(logs.String(), "preview exploded") {
		t.Errorf("panic not logged: %s", logs.String())
	}
	if res := callClient(t, c, "test_fine", ""); res.IsError {
		t.Fatalf("server broken after a panic: %s", resultText(res))
	}
	if n := len(rec.Requests()); n != 1 {
		t.Errorf("platform got %d requests, want 1 (only the fine call)", n)
	}
}
