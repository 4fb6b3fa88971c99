package schema_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/schema"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// regenerate is the command that rewrites generated.go; failures name it.
const regenerate = "UPDATE_SCHEMAS=1 go test ./schema/ -run TestGenerated (or go generate ./schema/)"

// TestGenerated holds generated.go to what reflecting the catalog gives now: a changed
// parameter struct, tag or description needs the file rewritten.
func TestGenerated(t *testing.T) {
	want, err := schema.Generate(tools.Catalog())
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("UPDATE_SCHEMAS") != "" {
		if err := os.WriteFile("generated.go", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("generated.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("generated.go is not what the catalog's structs give now; run:\n\t%s", regenerate)
	}
	// The lookup serves exactly what reflection gives, for every method.
	for _, m := range tools.Catalog() {
		got, err := schema.For(m)
		if err != nil {
			t.Fatal(err)
		}
		want, err := schema.Reflect(m)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s: the generated schema differs from the reflected one; run:\n\t%s", m.FullName(), regenerate)
		}
		if m.Output != nil {
			got, _ := schema.Output(m.Output)
			want, _ := schema.ReflectOutput(m.Output)
			if !bytes.Equal(got, want) {
				t.Fatalf("%s: the generated output schema differs from the reflected one; run:\n\t%s", m.FullName(), regenerate)
			}
		}
	}
}
