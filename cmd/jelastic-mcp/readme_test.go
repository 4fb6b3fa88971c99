package main

import (
	"os"
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

const (
	readmePath  = "../../README.md"
	tablesBegin = "<!-- tools:begin -->\n"
	tablesEnd   = "<!-- tools:end -->"
)

// TestReadmeToolTable fails when the README's tool table no longer matches the catalog.
// UPDATE_README=1 rewrites it.
func TestReadmeToolTable(t *testing.T) {
	raw, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	begin, end := strings.Index(readme, tablesBegin), strings.Index(readme, tablesEnd)
	if begin < 0 || end < begin {
		t.Fatalf("README lacks the %q ... %q markers", tablesBegin, tablesEnd)
	}
	want := tools.MarkdownTable(nil)
	if readme[begin+len(tablesBegin):end] == want {
		return
	}
	if os.Getenv("UPDATE_README") != "" {
		updated := readme[:begin+len(tablesBegin)] + want + readme[end:]
		if err := os.WriteFile(readmePath, []byte(updated), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Fatal("README's tool table is stale; run UPDATE_README=1 go test ./cmd/jelastic-mcp/ -run TestReadmeToolTable")
}
