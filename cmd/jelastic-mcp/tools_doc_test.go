package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

const (
	toolsDocPath = "../../docs/tools.md"
	tablesBegin  = "<!-- tools:begin -->\n"
	tablesEnd    = "<!-- tools:end -->"
)

// TestToolsDoc fails when the tool table in docs/tools.md is not what --list-tools prints.
// UPDATE_TOOLS_DOC=1 rewrites it.
func TestToolsDoc(t *testing.T) {
	var table, stderr bytes.Buffer
	if code := run(context.Background(), []string{"--list-tools"}, envOf(nil), nil, &table, &stderr); code != exitOK {
		t.Fatalf("--list-tools: exit %d: %s", code, stderr.String())
	}
	raw, err := os.ReadFile(toolsDocPath)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	begin, end := strings.Index(doc, tablesBegin), strings.Index(doc, tablesEnd)
	if begin < 0 || end < begin {
		t.Fatalf("docs/tools.md lacks the %q ... %q markers", tablesBegin, tablesEnd)
	}
	if doc[begin+len(tablesBegin):end] == table.String() {
		return
	}
	if os.Getenv("UPDATE_TOOLS_DOC") != "" {
		updated := doc[:begin+len(tablesBegin)] + table.String() + doc[end:]
		if err := os.WriteFile(toolsDocPath, []byte(updated), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Fatal("docs/tools.md is stale; run UPDATE_TOOLS_DOC=1 go test ./cmd/jelastic-mcp/ -run TestToolsDoc")
}
