package jelastic

import (
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"time"
)

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
		return x.UTC().Format(layoutOf(f)), nil
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

func layoutOf(f Field) string {
	if f.Layout == "" {
		return "2006-01-02 15:04:05"
	}
	return f.Layout
}

// ParamError is a form parameter Decode could not read.
type ParamError struct {
	Field   Field
	Missing bool  // a required parameter is absent or empty
	Err     error // why the value does not read; nil when Missing
}

func (e *ParamError) Error() string {
	if e.Missing {
		return fmt.Sprintf("parameter [%s] is required", e.Field.Wire)
	}
	return fmt.Sprintf("parameter [%s]: %v", e.Field.Wire, e.Err)
}

func (e *ParamError) Unwrap() error { return e.Err }

// Decode reads wire form values into a new P, the inverse of Encode: what the platform does
// with a request. An absent or empty parameter takes its default; without one it stays
// absent (nil) or, when required, is a *ParamError with Missing set. Parameters P does not
// declare are ignored, as the platform ignores them. Values read leniently, as the platform
// reads them: times in the field's layout or any form ParseTime knows, periods and booleans
// in any case ("1" and "0" too), lists split on the separator with blanks dropped.
func Decode[P any](form url.Values) (*P, error) {
	p := new(P)
	return p, decodeInto(reflect.ValueOf(p).Elem(), form)
}

func decodeInto(st reflect.Value, form url.Values) error {
	for _, f := range fieldsOf(st.Type()) {
		raw := form.Get(f.Wire)
		if raw == "" {
			raw = f.Default
		}
		base := f.Base()
		if raw == "" && (f.Required || base.Kind() != reflect.String) {
			if f.Required {
				return &ParamError{Field: f, Missing: true}
			}
			continue
		}
		if raw == "" && form[f.Wire] == nil {
			continue // an absent optional string stays absent
		}
		v, err := decodeValue(base, f, raw)
		if err != nil {
			return &ParamError{Field: f, Err: err}
		}
		dst := st.Field(f.Index)
		if dst.Kind() == reflect.Pointer {
			ptr := reflect.New(base)
			ptr.Elem().Set(v)
			v = ptr
		}
		dst.Set(v)
	}
	return nil
}

func decodeValue(t reflect.Type, f Field, raw string) (reflect.Value, error) {
	switch t {
	case reflect.TypeFor[Time]():
		if tm, err := time.Parse(layoutOf(f), raw); err == nil {
			return reflect.ValueOf(Time{tm.UTC()}), nil
		}
		tm, err := ParseTime(raw)
		if err != nil {
			return reflect.Value{}, fmt.Errorf("cannot read %s as a time; expected the layout %s", quoted(raw), layoutOf(f))
		}
		return reflect.ValueOf(tm), nil
	case reflect.TypeFor[Period]():
		p := Period(strings.ToUpper(raw))
		if !p.Valid() {
			return reflect.Value{}, fmt.Errorf("%s is not a period; use one of AGE, YEAR, MONTH, WEEK, DAY, HOUR", quoted(raw))
		}
		return reflect.ValueOf(p), nil
	case reflect.TypeFor[List]():
		var out List
		for _, s := range strings.Split(raw, f.Sep) {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		return reflect.ValueOf(out), nil
	case reflect.TypeFor[Object]():
		var m map[string]any
		if err := json.Unmarshal([]byte(raw), &m); err != nil || m == nil {
			return reflect.Value{}, fmt.Errorf("expected a JSON object, got %s", quoted(raw))
		}
		return reflect.ValueOf(Object(m)), nil
	}
	switch t.Kind() {
	case reflect.String:
		return reflect.ValueOf(raw).Convert(t), nil
	case reflect.Int, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(strings.TrimSpace(raw), 10, t.Bits())
		if err != nil {
			return reflect.Value{}, fmt.Errorf("%s is not an integer", quoted(raw))
		}
		return reflect.ValueOf(n).Convert(t), nil
	case reflect.Float32, reflect.Float64:
		x, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return reflect.Value{}, fmt.Errorf("%s is not a number", quoted(raw))
		}
		return reflect.ValueOf(x).Convert(t), nil
	case reflect.Bool:
		switch strings.ToLower(raw) {
		case "true", "1":
			return reflect.ValueOf(true), nil
		case "false", "0":
			return reflect.ValueOf(false), nil
		}
		return reflect.Value{}, fmt.Errorf("%s is not a boolean; use true or false", quoted(raw))
	}
	return reflect.Value{}, fmt.Errorf("parameters of type %s cannot be read", t)
}

// quoted quotes the start of a value for a message.
func quoted(s string) string {
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return strconv.Quote(s)
}
