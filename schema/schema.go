// Package schema builds the JSON Schema of a method's arguments from its Go parameter struct.
//
// The result is what an MCP client shows a model: a plain object schema (no $ref, no $schema),
// every property described, additional properties refused.
package schema

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// ConfirmProperty is the argument every destructive tool takes to confirm the call.
const ConfirmProperty = "confirm"

// confirmDescription tells a model what the confirm flag does; short because it repeats on
// every destructive tool.
const confirmDescription = "true: run it. Else nothing is sent: a preview."

func reflector() *jsonschema.Reflector {
	return &jsonschema.Reflector{
		DoNotReference:             true,
		ExpandedStruct:             true,
		RequiredFromJSONSchemaTags: true,
		Mapper:                     mapType,
	}
}

// mapType gives the wire-level custom types their schema; the field's tags add the rest.
func mapType(t reflect.Type) *jsonschema.Schema {
	switch t {
	case reflect.TypeFor[jelastic.Time]():
		return &jsonschema.Schema{Type: "string"}
	case reflect.TypeFor[jelastic.Period]():
		enum := make([]any, len(jelastic.Periods))
		for i, p := range jelastic.Periods {
			enum[i] = string(p)
		}
		return &jsonschema.Schema{Type: "string", Enum: enum}
	case reflect.TypeFor[jelastic.List]():
		return &jsonschema.Schema{Type: "array", Items: &jsonschema.Schema{Type: "string"}}
	case reflect.TypeFor[jelastic.Object]():
		return &jsonschema.Schema{Type: "object"}
	}
	return nil
}

// For returns the input schema of method m as compact JSON. Destructive methods get the
// confirm property. The catalog's schemas were reflected when the code was built
// (generated.go); others are reflected now.
func For(m jelastic.Method) (json.RawMessage, error) {
	if raw, ok := lookup(inputKey(m)); ok {
		return raw, nil
	}
	return Reflect(m)
}

// Reflect builds the input schema of method m from its parameter struct, as For returns it.
func Reflect(m jelastic.Method) (json.RawMessage, error) {
	s := reflector().Reflect(m.NewParams())
	s.Version = ""
	s.ID = ""
	if s.Properties == nil {
		s.Properties = jsonschema.NewProperties()
	}
	for _, f := range m.Fields() {
		p, ok := s.Properties.Get(f.Name)
		if !ok {
			return nil, fmt.Errorf("%s: field %s has no schema property", m.FullName(), f.Name)
		}
		if f.Base() == reflect.TypeFor[jelastic.Time]() {
			p.Description = sentence(p.Description) + " " + timeHint(f.Layout)
		}
		if f.Default != "" {
			p.Default = defaultValue(p.Type, f.Default)
		}
	}
	if len(s.Required) == 0 {
		s.Required = nil // an empty list only costs the model tokens
	}
	if m.Effect == jelastic.Destructive {
		s.Properties.Set(ConfirmProperty, &jsonschema.Schema{Type: "boolean", Description: confirmDescription})
	}
	return json.Marshal(s)
}

// sentence ends a description with a full stop, so a hint can follow it.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s != "" && !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// timeHint names the accepted inputs once per time property; date-only fields say so.
func timeHint(layout string) string {
	if layout == "2006-01-02" {
		return "Date, e.g. 2024-04-01."
	}
	return "UTC, e.g. 2024-04-01T10:00:00Z or 2024-04-01."
}

func defaultValue(typ, text string) any {
	switch typ {
	case "boolean":
		return text == "true"
	case "integer":
		var n int
		if _, err := fmt.Sscan(text, &n); err == nil {
			return n
		}
	}
	return text
}

// Output returns the schema of a composite answer's output struct (v is its zero value):
// the outputSchema its structured content always matches. Every field is required unless
// tagged omitempty; no other properties are allowed. Like For, it reflects only what was
// not generated.
func Output(v any) (json.RawMessage, error) {
	if raw, ok := lookup(outputKey(v)); ok {
		return raw, nil
	}
	return ReflectOutput(v)
}

// ReflectOutput builds the schema of an output struct, as Output returns it.
func ReflectOutput(v any) (json.RawMessage, error) {
	r := reflector()
	r.RequiredFromJSONSchemaTags = false
	s := r.Reflect(v)
	s.Version = ""
	s.ID = ""
	return json.Marshal(s)
}
