package jelastic

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// Field is one parameter of a method, read once from the parameter struct's tags.
//
// Tags: `json` names the argument for tools, `wire` names it on the wire (fields without
// one are not parameters), `layout` is the Go time layout of a Time, `sep` joins a List
// (default ",") or the values of a text field, `secret:"true"` keeps the value out of logs and messages, `money` says how
// the field moves money (see the approvals notes), and `jsonschema` gives "required",
// "default=…", "minimum=…", "maximum=…", "exclusiveMinimum=…" and "enum=…" (repeated).
type Field struct {
	Name     string // argument name, e.g. "start_time"
	Wire     string // wire name, e.g. "startTime"
	Index    int    // position in the struct
	Type     reflect.Type
	Required bool
	Default  string // sent when the argument is absent; "" for none
	Layout   string // time layout for Time fields
	Sep      string // separator of a List ("," unless tagged), or of several values in a text field ("" if none)
	Secret   bool
	Money    string // the `money` tag: "amount", "each", "priced", "skip" or ""
	Enum     []string
	// Values is a closed set checked like Enum but not listed in the schema (the `values`
	// tag, comma-separated), for sets that would cost a tool too much of a model's context.
	Values []string
	// Bounds of a number; nil when the tag sets none.
	Minimum, Maximum, ExclusiveMinimum *float64
}

// Base is the field's type without the pointer that marks it optional.
func (f Field) Base() reflect.Type {
	if f.Type.Kind() == reflect.Pointer {
		return f.Type.Elem()
	}
	return f.Type
}

// CheckRange reports a number outside the bounds the field declares, saying which bound.
func (f Field) CheckRange(x float64) error {
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	switch {
	case f.Minimum != nil && x < *f.Minimum:
		return fmt.Errorf("must be at least %s, got %s", num(*f.Minimum), num(x))
	case f.ExclusiveMinimum != nil && x <= *f.ExclusiveMinimum:
		return fmt.Errorf("must be greater than %s, got %s", num(*f.ExclusiveMinimum), num(x))
	case f.Maximum != nil && x > *f.Maximum:
		return fmt.Errorf("must be at most %s, got %s", num(*f.Maximum), num(x))
	}
	return nil
}

var fieldTables sync.Map // reflect.Type -> []Field

// Fields lists the parameters of a parameter struct (or pointer to one) in declaration
// order. Tags are read once per type; the slice is shared: do not change it.
func Fields(params any) []Field {
	t := reflect.TypeOf(params)
	if t == nil {
		return nil
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return fieldsOf(t)
}

func fieldsOf(t reflect.Type) []Field {
	if t.Kind() != reflect.Struct {
		return nil
	}
	if cached, ok := fieldTables.Load(t); ok {
		return cached.([]Field)
	}
	out := make([]Field, 0, t.NumField())
	for i := range t.NumField() {
		if f, ok := readField(t.Field(i)); ok {
			f.Index = i
			out = append(out, f)
		}
	}
	cached, _ := fieldTables.LoadOrStore(t, out)
	return cached.([]Field)
}

func readField(sf reflect.StructField) (Field, bool) {
	wire := sf.Tag.Get("wire")
	if wire == "" {
		return Field{}, false
	}
	f := Field{
		Name:   strings.Split(sf.Tag.Get("json"), ",")[0],
		Wire:   wire,
		Type:   sf.Type,
		Layout: sf.Tag.Get("layout"),
		Sep:    sf.Tag.Get("sep"),
		Secret: sf.Tag.Get("secret") == "true",
		Money:  sf.Tag.Get("money"),
	}
	if v := sf.Tag.Get("values"); v != "" {
		f.Values = strings.Split(v, ",")
	}
	if f.Sep == "" && f.Base() == reflect.TypeFor[List]() {
		f.Sep = ","
	}
	bound := func(s string) *float64 {
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			panic(fmt.Sprintf("jelastic: field %s: bound %q is not a number", sf.Name, s))
		}
		return &x
	}
	for _, opt := range strings.Split(sf.Tag.Get("jsonschema"), ",") {
		key, val, _ := strings.Cut(opt, "=")
		switch key {
		case "required":
			f.Required = true
		case "default":
			f.Default = val
		case "enum":
			f.Enum = append(f.Enum, val)
		case "minimum":
			f.Minimum = bound(val)
		case "maximum":
			f.Maximum = bound(val)
		case "exclusiveMinimum":
			f.ExclusiveMinimum = bound(val)
		}
	}
	return f, true
}
