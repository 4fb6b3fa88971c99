package jelastic

import (
	"fmt"
	"net/url"
	"reflect"
	"strconv"
	"strings"
)

// Field describes one parameter of a method, read from the parameter struct's tags.
//
// Tags: `json` names the argument for tools, `wire` names it on the wire, `layout` is the
// Go time layout of a Time, `sep` joins a List, `secret:"true"` keeps the value out of logs,
// and `jsonschema:"required"` / `jsonschema:"default=..."` mark required and defaulted ones.
type Field struct {
	Name     string // argument name, e.g. "start_time"
	Wire     string // wire name, e.g. "startTime"
	Index    int    // position in the struct
	Type     reflect.Type
	Required bool
	Default  string // sent when the argument is absent; "" for none
	Layout   string // time layout for Time fields
	Sep      string // separator for List fields
	Secret   bool
}

// Fields lists the parameters of a parameter struct (or pointer to one) in declaration order.
func Fields(params any) []Field {
	t := reflect.TypeOf(params)
	if t == nil {
		return nil
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	out := make([]Field, 0, t.NumField())
	for i := range t.NumField() {
		sf := t.Field(i)
		wire := sf.Tag.Get("wire")
		if wire == "" {
			continue
		}
		f := Field{
			Name:   strings.Split(sf.Tag.Get("json"), ",")[0],
			Wire:   wire,
			Index:  i,
			Type:   sf.Type,
			Layout: sf.Tag.Get("layout"),
			Sep:    sf.Tag.Get("sep"),
			Secret: sf.Tag.Get("secret") == "true",
		}
		for _, opt := range strings.Split(sf.Tag.Get("jsonschema"), ",") {
			switch {
			case opt == "required":
				f.Required = true
			case strings.HasPrefix(opt, "default="):
				f.Default = strings.TrimPrefix(opt, "default=")
			}
		}
		if f.Sep == "" {
			f.Sep = ","
		}
		out = append(out, f)
	}
	return out
}

// Encode turns a parameter struct (or pointer to one) into wire form values.
// Absent optional parameters (nil pointers, nil lists and objects) are left out unless
// they have a default, which is sent instead.
func Encode(params any) (url.Values, error) {
	form := url.Values{}
	if params == nil {
		return form, nil
	}
	v := reflect.ValueOf(params)
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return form, nil
		}
		v = v.Elem()
	}
	for _, f := range Fields(params) {
		fv := v.Field(f.Index)
		if isAbsent(fv) {
			if f.Default != "" {
				form.Set(f.Wire, f.Default)
			}
			continue
		}
		text, err := encodeValue(fv, f)
		if err != nil {
			return nil, fmt.Errorf("parameter %s: %w", f.Name, err)
		}
		form.Set(f.Wire, text)
	}
	return form, nil
}

func isAbsent(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface:
		return v.IsNil()
	}
	return false
}

func encodeValue(v reflect.Value, f Field) (string, error) {
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	switch x := v.Interface().(type) {
	case Time:
		layout := f.Layout
		if layout == "" {
			layout = "2006-01-02 15:04:05"
		}
		return x.UTC().Format(layout), nil
	case List:
		return strings.Join(x, f.Sep), nil
	case Object:
		return compactJSON(map[string]any(x))
	}
	switch v.Kind() {
	case reflect.String:
		return v.String(), nil
	case reflect.Int, reflect.Int64, reflect.Int32:
		return strconv.FormatInt(v.Int(), 10), nil
	case reflect.Float64, reflect.Float32:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64), nil
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), nil
	}
	return "", fmt.Errorf("unsupported type %s", v.Type())
}
