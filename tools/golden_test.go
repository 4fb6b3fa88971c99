package tools_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

// sample is an argument value a model might send, and the wire text the facts file says it
// must become. The expectation is computed from the facts, not from the encoder under test.
// An argument with a closed set of values takes the first of them.
func sample(tool string, i int, a catalogArg) (any, string) {
	if e := enumOf(tool, a.Name); len(e) > 0 {
		if a.Type == "list[str]" {
			return []string{e[0]}, e[0]
		}
		return e[0], e[0]
	}
	switch {
	case a.Type == "int":
		return i + 1, fmt.Sprint(i + 1) // distinct per argument, and inside every declared range
	case a.Type == "str":
		v := fmt.Sprintf("v %d/%s&x=ü", i, a.Name) // spaces, & and = must survive form encoding
		return v, v
	case a.Type == "float":
		return 10.25 + float64(i), fmt.Sprint(10.25 + float64(i))
	case a.Type == "bool":
		return true, "true"
	case a.Type == "datetime" || a.Type == "date":
		in := "2024-04-01T10:20:30+02:00"
		utc := time.Date(2024, 4, 1, 8, 20, 30, 0, time.UTC)
		if a.Type == "date" {
			in, utc = "2024-04-01", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)
		}
		return in, strftime(a.Encoding.Format, utc)
	case a.Type == "list[str]":
		sep := ","
		if a.Encoding != nil && a.Encoding.Separator != nil {
			sep = *a.Encoding.Separator
		}
		return []string{fmt.Sprintf("a%d", i), "b c"}, fmt.Sprintf("a%d", i) + sep + "b c"
	case a.Type == "dict":
		return map[string]any{"zeta": 1.5, "alpha": "x y", "n": map[string]any{"k": true}}, `{"alpha":"x y","n":{"k":true},"zeta":1.5}`
	case strings.HasPrefix(a.Type, "Literal["):
		return "week", "WEEK"
	}
	panic("no sample for type " + a.Type)
}

// enumOf is the closed set of values a tool's argument declares, if any.
func enumOf(tool, arg string) []string {
	for _, m := range billing.Methods() {
		if m.ToolName() != tool {
			continue
		}
		for _, f := range m.Fields() {
			if f.Name == arg && len(f.Values) > 0 {
				return f.Values
			}
			if f.Name == arg {
				return f.Enum
			}
		}
	}
	return nil
}

func strftime(format string, t time.Time) string {
	return strings.NewReplacer("%Y", t.Format("2006"), "%m", t.Format("01"), "%d", t.Format("02"),
		"%H", t.Format("15"), "%M", t.Format("04"), "%S", t.Format("05")).Replace(format)
}

// TestGoldenRequests calls every tool through a real MCP client, once with
// every argument set and once with only the required ones, and checks the exact request
// the platform received against the facts file.
func TestGoldenRequests(t *testing.T) {
	e := newEnv(t)
	entries := loadCatalog(t)
	if len(entries) == 0 {
		t.Fatal("the facts file lists no methods")
	}
	for _, entry := range entries {
		for _, full := range []bool{true, false} {
			args := map[string]any{}
			want := url.Values{"appid": {"cluster"}, "session": {testToken}}
			for i, a := range entry.Args {
				if full || a.Required {
					v, wire := sample(entry.Tool, i, a)
					args[a.Name] = v
					want.Set(a.Wire, wire)
				} else if a.Default != nil {
					b, _ := json.Marshal(a.Default)
					want.Set(a.Wire, strings.Trim(string(b), `"`))
				}
			}
			if entry.Effect == "destructive" {
				args["confirm"] = true
			}
			raw, _ := json.Marshal(args)
			e.platform.Reset()
			res := e.call(t, entry.Tool, string(raw))
			if res.IsError {
				t.Errorf("%s (full=%v): error result: %s", entry.Tool, full, resultText(res))
				continue
			}
			reqs := e.platform.Requests()
			if len(reqs) != 1 {
				t.Errorf("%s (full=%v): platform got %d requests, want 1", entry.Tool, full, len(reqs))
				continue
			}
			r := reqs[0]
			if r.Method != "POST" || r.Path != "/1.0/"+entry.Path || len(r.Query) != 0 {
				t.Errorf("%s: request %s %s?%s, want POST /1.0/%s with no query", entry.Tool, r.Method, r.Path, r.Query.Encode(), entry.Path)
			}
			if ct := r.Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
				t.Errorf("%s: Content-Type %q", entry.Tool, ct)
			}
			if !reflect.DeepEqual(r.Form, want) {
				t.Errorf("%s (full=%v): form\n got %v\nwant %v", entry.Tool, full, r.Form, want)
			}
		}
	}
}
