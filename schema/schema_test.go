package schema_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	jsv "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/schema"
)

type factArg = testkit.Arg

func facts(t *testing.T) map[string][]factArg {
	entries := testkit.Facts(t)
	out := map[string][]factArg{}
	for _, e := range entries {
		out[e.Service+"."+e.Method] = e.Args
	}
	return out
}

// instance is a valid argument object for m per the facts, every argument set.
func instance(m jelastic.Method, args []factArg) map[string]any {
	v := map[string]any{}
	for _, a := range args {
		switch {
		case a.Type == "int":
			v[a.Name] = 3
		case a.Type == "float":
			v[a.Name] = 2.5
		case a.Type == "bool":
			v[a.Name] = true
		case a.Type == "list[str]":
			v[a.Name] = []any{"a"}
		case a.Type == "dict":
			v[a.Name] = map[string]any{"k": "v"}
		case strings.HasPrefix(a.Type, "Literal["):
			v[a.Name] = "MONTH"
		default:
			v[a.Name] = "2024-04-01"
		}
		for _, f := range m.Fields() { // a closed set takes one of its values
			if f.Name == a.Name && len(f.Enum) > 0 {
				switch v[a.Name].(type) {
				case int:
					v[a.Name], _ = strconv.Atoi(f.Enum[0])
				case []any:
					v[a.Name] = []any{f.Enum[0]}
				default:
					v[a.Name] = f.Enum[0]
				}
			}
		}
	}
	if m.Effect == jelastic.Destructive {
		v[schema.ConfirmProperty] = true
	}
	return v
}

// TestEverySchemaIsSound checks every input schema: valid JSON Schema 2020-12,
// a plain object root with the facts' required list, no extra properties, every property
// described, the period enum, defaults stated, and nothing some clients reject.
func TestEverySchemaIsSound(t *testing.T) {
	all := facts(t)
	for _, m := range billing.Methods() {
		raw, err := schema.For(m)
		if err != nil {
			t.Fatalf("%s: %v", m.FullName(), err)
		}
		name := m.FullName()
		for _, banned := range []string{`"$schema"`, `"$ref"`, `"$defs"`, `"$id"`} {
			if bytes.Contains(raw, []byte(banned)) {
				t.Errorf("%s: schema contains %s", name, banned)
			}
		}
		var doc map[string]any
		if err := json.Unmarshal(raw, &doc); err != nil {
			t.Fatal(err)
		}
		if path := bareTrue(doc, "#"); path != "" {
			t.Errorf("%s: bare true sub-schema at %s", name, path)
		}
		if doc["type"] != "object" || doc["additionalProperties"] != false {
			t.Errorf("%s: root is not a closed object: %s", name, raw)
		}
		props, _ := doc["properties"].(map[string]any)
		args := all[name]
		wantProps := len(args)
		if m.Effect == jelastic.Destructive {
			wantProps++
		}
		if len(props) != wantProps {
			t.Errorf("%s: %d properties, want %d", name, len(props), wantProps)
		}
		var wantReq []string
		for _, a := range args {
			p, ok := props[a.Name].(map[string]any)
			if !ok {
				t.Errorf("%s: no property %s", name, a.Name)
				continue
			}
			if d, _ := p["description"].(string); len(strings.TrimSpace(d)) < 8 {
				t.Errorf("%s.%s: description %q is missing or too thin", name, a.Name, d)
			}
			if p["type"] == nil {
				t.Errorf("%s.%s: no type", name, a.Name)
			}
			if a.Required {
				wantReq = append(wantReq, a.Name)
			}
			if a.Default != nil && !reflect.DeepEqual(p["default"], a.Default) {
				t.Errorf("%s.%s: default %v, want %v", name, a.Name, p["default"], a.Default)
			}
			if strings.HasPrefix(a.Type, "Literal[") && fmt.Sprint(p["enum"]) != "[AGE YEAR MONTH WEEK DAY HOUR]" {
				t.Errorf("%s.%s: enum %v", name, a.Name, p["enum"])
			}
			if a.Type == "datetime" || a.Type == "date" {
				if d := p["description"].(string); !strings.Contains(d, "2024-04-01") {
					t.Errorf("%s.%s: time description states no format: %q", name, a.Name, d)
				}
			}
		}
		var gotReq []string
		for _, r := range asSlice(doc["required"]) {
			gotReq = append(gotReq, r.(string))
		}
		sort.Strings(gotReq)
		sort.Strings(wantReq)
		if !reflect.DeepEqual(gotReq, wantReq) && (len(gotReq) != 0 || len(wantReq) != 0) {
			t.Errorf("%s: required %v, want %v", name, gotReq, wantReq)
		}

		c := jsv.NewCompiler()
		c.DefaultDraft(jsv.Draft2020)
		parsed, err := jsv.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.AddResource("mem://"+name, parsed); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		compiled, err := c.Compile("mem://" + name)
		if err != nil {
			t.Errorf("%s: not valid JSON Schema 2020-12: %v", name, err)
			continue
		}
		if err := compiled.Validate(toAny(instance(m, args))); err != nil {
			t.Errorf("%s: a valid call does not validate: %v", name, err)
		}
		extra := toAny(instance(m, args)).(map[string]any)
		extra["surprise"] = 1
		if compiled.Validate(extra) == nil {
			t.Errorf("%s: an unknown argument validates", name)
		}
		if len(wantReq) > 0 && compiled.Validate(map[string]any{}) == nil {
			t.Errorf("%s: a call without its required arguments validates", name)
		}
	}
}

// bareTrue finds a sub-schema written as plain true, which some model providers reject.
func bareTrue(s map[string]any, at string) string {
	for _, key := range []string{"items", "additionalProperties"} {
		if s[key] == true {
			return at + "/" + key
		}
		if sub, ok := s[key].(map[string]any); ok {
			if p := bareTrue(sub, at+"/"+key); p != "" {
				return p
			}
		}
	}
	props, _ := s["properties"].(map[string]any)
	for name, v := range props {
		sub, ok := v.(map[string]any)
		if !ok {
			return at + "/properties/" + name
		}
		if p := bareTrue(sub, at+"/properties/"+name); p != "" {
			return p
		}
	}
	return ""
}

func asSlice(v any) []any {
	s, _ := v.([]any)
	return s
}

// toAny round-trips through JSON so numbers have the types the validator expects.
func toAny(v any) any {
	b, _ := json.Marshal(v)
	out, _ := jsv.UnmarshalJSON(bytes.NewReader(b))
	return out
}
