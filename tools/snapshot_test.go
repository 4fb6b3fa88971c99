package tools_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// listTools returns the tools of a tools/list answer exactly as the server writes them (a
// client library would re-encode them through its own types).
func listTools(t *testing.T, e *env) []byte {
	t.Helper()
	msg := e.server.HandleMessage(context.Background(), []byte(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`))
	raw, err := json.Marshal(msg)
	if err != nil {
		t.Fatal(err)
	}
	var answer struct {
		Result struct {
			Tools      json.RawMessage `json:"tools"`
			NextCursor string          `json:"nextCursor"`
		} `json:"result"`
	}
	if err := json.Unmarshal(raw, &answer); err != nil || len(answer.Result.Tools) == 0 {
		t.Fatalf("tools/list answer %.300s: %v", raw, err)
	}
	if answer.Result.NextCursor != "" {
		t.Fatal("tools/list is paginated; the snapshot would miss tools")
	}
	return answer.Result.Tools
}

// snapshotModes are the tools/list answers pinned in testdata, one file per mode.
var snapshotModes = []struct {
	file string
	opts tools.Options
}{
	{"testdata/tools.snap.json", tools.Options{}},
	{"testdata/tools.essentials.snap.json", tools.Options{Policy: tools.Policy{Toolsets: []string{"essentials"}}}},
	{"testdata/tools.readonly.snap.json", tools.Options{Policy: tools.Policy{ReadOnly: true}}},
	{"testdata/tools.discovery.snap.json", tools.Options{Discovery: true}},
}

// TestToolsSnapshot fails on any change to names, titles, descriptions, schemas or
// annotations that was not reviewed, in each mode. Review the diff, then update with
// UPDATE_SNAPSHOTS=1 go test ./tools/ -run TestToolsSnapshot.
func TestToolsSnapshot(t *testing.T) {
	for _, mode := range snapshotModes {
		e := newEnvWith(t, mode.opts)
		listed := listTools(t, e)
		// The transports write the listing the tools package encodes itself: the same bytes.
		if cached, ok := tools.ListingJSON(context.Background(), e.server); !ok || !bytes.Equal(cached, listed) {
			t.Errorf("%s: the encoded listing differs from the SDK's encoding:\n%s", mode.file, firstDifference(string(listed), string(cached)))
		}
		var pretty bytes.Buffer
		if err := json.Indent(&pretty, listed, "", "  "); err != nil {
			t.Fatal(err)
		}
		pretty.WriteByte('\n')
		if os.Getenv("UPDATE_SNAPSHOTS") != "" {
			if err := os.WriteFile(mode.file, pretty.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s", mode.file)
			continue
		}
		want, err := os.ReadFile(mode.file)
		if err != nil {
			t.Fatalf("%v; create it with UPDATE_SNAPSHOTS=1", err)
		}
		if !bytes.Equal(want, pretty.Bytes()) {
			t.Errorf("tools/list differs from %s. If the change is intended, review it and run "+
				"UPDATE_SNAPSHOTS=1 go test ./tools/ -run TestToolsSnapshot, then commit the file.\n%s",
				mode.file, firstDifference(string(want), pretty.String()))
		}
	}
}

func firstDifference(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-200)
	return "snapshot: …" + a[from:min(len(a), i+200)] + "\ncurrent:  …" + b[from:min(len(b), i+200)]
}

// modelViewTokens estimates what one tool costs a model: its name, description and input
// schema (what clients pass on), at four bytes a token.
func modelViewTokens(name, description string, schema json.RawMessage) int {
	return (len(name) + len(description) + len(schema) + 3) / 4
}

// TestToolListBudget keeps the tool list lean, a model reads it in every conversation: at
// most 120 model-view tokens per tool on average and 250 for any one tool.
func TestToolListBudget(t *testing.T) {
	e := newEnv(t)
	raw := listTools(t, e)
	var list []struct {
		Name        string          `json:"name"`
		Description string          `json:"description"`
		InputSchema json.RawMessage `json:"inputSchema"`
	}
	if err := json.Unmarshal(raw, &list); err != nil {
		t.Fatal(err)
	}
	if want := len(tools.Catalog()); len(list) != want {
		t.Fatalf("%d tools, want %d", len(list), want)
	}
	total, most, largest := 0, 0, ""
	for _, tl := range list {
		if len(tl.Description) < 20 {
			t.Errorf("%s: description %q is too thin", tl.Name, tl.Description)
		}
		n := modelViewTokens(tl.Name, tl.Description, tl.InputSchema)
		if n > 250 {
			t.Errorf("%s costs about %d tokens; keep every tool within 250", tl.Name, n)
		}
		if n > most {
			most, largest = n, tl.Name
		}
		total += n
	}
	avg := float64(total) / float64(len(list))
	t.Logf("tools/list: %d tools, %d bytes; about %d model-view tokens, %.1f per tool, most %d (%s)", len(list), len(raw), total, avg, most, largest)
	if avg > 120 {
		t.Errorf("tools average about %.1f model-view tokens; keep it at most 120", avg)
	}
}

// TestDescriptionsNameToolsNotMethods: a model can call a tool by the name a description
// gives, never by the platform's method name (GetValidPayTypes), so descriptions and argument
// descriptions point to other tools by their tool names.
func TestDescriptionsNameToolsNotMethods(t *testing.T) {
	var list []struct {
		Name        string `json:"name"`
		Description string `json:"description"`
		InputSchema struct {
			Properties map[string]struct {
				Description string `json:"description"`
			} `json:"properties"`
		} `json:"inputSchema"`
	}
	if err := json.Unmarshal(listTools(t, newEnv(t)), &list); err != nil {
		t.Fatal(err)
	}
	methods := map[string]string{}
	for _, m := range loadCatalog(t) {
		if strings.ToLower(m.Method[1:]) != m.Method[1:] { // CamelCase: no ordinary word
			methods[m.Method] = m.Tool
		}
	}
	for _, tl := range list {
		texts := []string{tl.Description}
		for _, p := range tl.InputSchema.Properties {
			texts = append(texts, p.Description)
		}
		for _, text := range texts {
			for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if tool, ok := methods[w]; ok {
					t.Errorf("%s: %q names the method %s; name the tool %s", tl.Name, text, w, tool)
				}
			}
		}
	}
}
