package tools

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/schema"
)

// argError is a problem with the arguments a model sent; its text says how to fix it.
type argError struct{ msg string }

func (e *argError) Error() string { return e.msg }

func argErrorf(format string, a ...any) *argError { return &argError{fmt.Sprintf(format, a...)} }

// readArguments turns the raw "arguments" of a tools/call into a map, keeping numbers exact.
func readArguments(raw any) (map[string]any, error) {
	switch v := raw.(type) {
	case nil:
		return map[string]any{}, nil
	case json.RawMessage:
		if len(bytes.TrimSpace(v)) == 0 || string(bytes.TrimSpace(v)) == "null" {
			return map[string]any{}, nil
		}
		m, err := jelastic.ParseObject(v)
		if err != nil {
			return nil, argErrorf("arguments must be a JSON object of named values")
		}
		return m, nil
	case map[string]any:
		return v, nil
	}
	return nil, argErrorf("arguments must be a JSON object of named values, not %s", jsonKind(raw))
}

// decodeArguments checks args against method m and fills a new parameter struct, returned as
// a pointer. It accepts the usual slips of a model: numbers as strings, "true" as a boolean,
// one string where a list is expected. The confirm argument is not part of the struct and
// must be removed before.
func decodeArguments(m jelastic.Method, args map[string]any) (any, error) {
	fields := m.Fields()
	var unknown []string
	for k := range args {
		if !slices.ContainsFunc(fields, func(f jelastic.Field) bool { return f.Name == k }) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		return nil, unknownArgument(m, slices.Min(unknown), fields)
	}
	ptr := reflect.ValueOf(m.NewParams())
	st := ptr.Elem()
	for _, f := range fields {
		raw, present := args[f.Name]
		if !present || raw == nil {
			if f.Required {
				return nil, argErrorf("missing required argument %q (%s)", f.Name, describeType(f))
			}
			continue
		}
		v, err := convert(f, raw)
		if err != nil {
			if f.Secret {
				return nil, argErrorf("argument %q: expected %s (the value is secret and not shown)", f.Name, describeType(f))
			}
			return nil, argErrorf("argument %q: %v", f.Name, err)
		}
		if f.Required && v.Kind() == reflect.Slice && emptyList(v) { // the platform refuses it, after a round trip
			return nil, argErrorf("argument %q needs at least one item (%s)", f.Name, describeType(f))
		}
		if err := checkRange(f, v); err != nil {
			return nil, argErrorf("argument %q: %v", f.Name, err)
		}
		if v, err = checkEnum(f, v); err != nil {
			return nil, argErrorf("argument %q: %v", f.Name, err)
		}
		dst := st.Field(f.Index)
		if dst.Kind() == reflect.Pointer {
			p := reflect.New(dst.Type().Elem())
			p.Elem().Set(v)
			dst.Set(p)
		} else {
			dst.Set(v)
		}
	}
	if err := checkPeriods(st, fields); err != nil {
		return nil, err
	}
	return ptr.Interface(), nil
}

// emptyList: a list with no items, or only empty text ("" read as a list is [""]).
func emptyList(v reflect.Value) bool {
	for i := range v.Len() {
		if !v.Index(i).IsZero() {
			return false
		}
	}
	return true
}

// periods are the pairs of arguments that bound a period; the platform refuses one that ends
// before it starts, so it is refused here, before anything is sent.
var periods = [][2]string{{"start_time", "end_time"}, {"start_date", "end_date"}}

func checkPeriods(st reflect.Value, fields []jelastic.Field) error {
	at := func(name string) (jelastic.Time, bool) {
		i := slices.IndexFunc(fields, func(f jelastic.Field) bool { return f.Name == name })
		if i < 0 {
			return jelastic.Time{}, false
		}
		v := st.Field(fields[i].Index)
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return jelastic.Time{}, false
			}
			v = v.Elem()
		}
		t, ok := v.Interface().(jelastic.Time)
		return t, ok && !t.IsZero()
	}
	for _, p := range periods {
		start, ok1 := at(p[0])
		end, ok2 := at(p[1])
		if ok1 && ok2 && start.After(end.Time) {
			return argErrorf("argument %q (%s) is after %q (%s); a period must start before it ends",
				p[0], start.UTC().Format(time.RFC3339), p[1], end.UTC().Format(time.RFC3339))
		}
	}
	return nil
}

func unknownArgument(m jelastic.Method, name string, fields []jelastic.Field) error {
	valid := make([]string, 0, len(fields)+1)
	for _, f := range fields {
		valid = append(valid, f.Name)
	}
	if m.Effect == jelastic.Destructive {
		valid = append(valid, schema.ConfirmProperty)
	}
	if len(valid) == 0 {
		return argErrorf("unknown argument %q: this tool takes no arguments", name)
	}
	msg := fmt.Sprintf("unknown argument %q", name)
	if s := closest(name, valid); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
	}
	return &argError{say.Sentences(msg, "valid arguments: "+say.List(valid))}
}

// closest finds the valid name a model most likely meant: one that starts with, ends with or
// contains what it sent, or else the nearest by edit distance, if near enough. Every name
// starts with "" and many with "a": a name that short is matched only by edit distance, so
// that "" is not taken for the first tool in the list.
func closest(name string, valid []string) string {
	n := normalize(name)
	for _, v := range valid {
		if normalize(v) == n {
			return v
		}
	}
	for _, v := range valid {
		if nv := normalize(v); len(n) >= minAffix && (strings.HasPrefix(nv, n) || strings.HasSuffix(nv, n)) || strings.Contains(n, nv) {
			return v
		}
	}
	best, bestDist := "", math.MaxInt
	for _, v := range valid {
		if d := editDistance(n, normalize(v)); d < bestDist {
			best, bestDist = v, d
		}
	}
	if bestDist <= max(2, len(n)/3) {
		return best
	}
	return ""
}

// normalize folds case and separators, so "startTime" and "start_time" compare equal.
func normalize(s string) string {
	return strings.ToLower(strings.NewReplacer("_", "", "-", "", " ", "").Replace(s))
}

// minAffix: shorter text is the start or end of too many names to say which one was meant.
const minAffix = 3

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func describeType(f jelastic.Field) string {
	switch f.Base() {
	case reflect.TypeFor[jelastic.Time]():
		if f.Layout == "2006-01-02" {
			return "a date such as 2024-04-01"
		}
		return "a date-time such as 2024-04-01T00:00:00Z or 2024-04-01"
	case reflect.TypeFor[jelastic.Period]():
		return "one of " + periodList()
	case reflect.TypeFor[jelastic.List]():
		return "a list of strings"
	case reflect.TypeFor[jelastic.Object]():
		return "a JSON object"
	}
	switch f.Base().Kind() {
	case reflect.Int:
		return "an integer"
	case reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	}
	return "a string"
}

func periodList() string {
	s := make([]string, len(jelastic.Periods))
	for i, p := range jelastic.Periods {
		s[i] = string(p)
	}
	return strings.Join(s, ", ")
}

// convert turns one JSON value into the Go value of field f.
func convert(f jelastic.Field, raw any) (reflect.Value, error) {
	t := f.Base()
	wrong := func() (reflect.Value, error) {
		return reflect.Value{}, fmt.Errorf("expected %s, got %s", describeType(f), shown(raw))
	}
	switch t {
	case reflect.TypeFor[jelastic.Time]():
		s, ok := raw.(string)
		if !ok {
			return wrong()
		}
		tm, err := jelastic.ParseTime(s)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(tm), nil
	case reflect.TypeFor[jelastic.Period]():
		s, ok := raw.(string)
		p := jelastic.Period(strings.ToUpper(strings.TrimSpace(s)))
		if !ok || !p.Valid() {
			return wrong()
		}
		return reflect.ValueOf(p), nil
	case reflect.TypeFor[jelastic.List]():
		return convertList(raw, wrong)
	case reflect.TypeFor[jelastic.Object]():
		return convertObject(raw, wrong)
	}
	switch t.Kind() {
	case reflect.String:
		switch x := raw.(type) {
		case string:
			return reflect.ValueOf(x).Convert(t), nil
		case json.Number:
			return reflect.ValueOf(x.String()).Convert(t), nil
		case float64:
			return reflect.ValueOf(strconv.FormatFloat(x, 'f', -1, 64)).Convert(t), nil
		}
	case reflect.Int:
		n, err := toInt(raw)
		if err == errNotANumber {
			return wrong()
		} else if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(n).Convert(t), nil
	case reflect.Float64:
		x, err := toFloat(raw)
		if err == errNotANumber {
			return wrong()
		} else if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(x).Convert(t), nil
	case reflect.Bool:
		switch x := raw.(type) {
		case bool:
			return reflect.ValueOf(x), nil
		case string:
			if b, err := strconv.ParseBool(strings.TrimSpace(x)); err == nil {
				return reflect.ValueOf(b), nil
			}
		}
	}
	return wrong()
}

func convertList(raw any, wrong func() (reflect.Value, error)) (reflect.Value, error) {
	var out jelastic.List
	switch x := raw.(type) {
	case string:
		out = jelastic.List{x}
	case json.Number:
		out = jelastic.List{x.String()}
	case []any:
		out = make(jelastic.List, 0, len(x))
		for _, item := range x {
			switch it := item.(type) {
			case string:
				out = append(out, it)
			case json.Number:
				out = append(out, it.String())
			case float64:
				out = append(out, strconv.FormatFloat(it, 'f', -1, 64))
			default:
				return reflect.Value{}, fmt.Errorf("expected a list of strings, but an item is %s", shown(item))
			}
		}
	default:
		return wrong()
	}
	return reflect.ValueOf(out), nil
}

func convertObject(raw any, wrong func() (reflect.Value, error)) (reflect.Value, error) {
	switch x := raw.(type) {
	case map[string]any:
		return reflect.ValueOf(jelastic.Object(x)), nil
	case string:
		dec := json.NewDecoder(strings.NewReader(x))
		dec.UseNumber()
		var m map[string]any
		if err := dec.Decode(&m); err == nil && m != nil {
			return reflect.ValueOf(jelastic.Object(m)), nil
		}
	}
	return wrong()
}

// numberText is the decimal text of a JSON number, or of a string a model sent for one.
func numberText(raw any) (string, bool) {
	switch x := raw.(type) {
	case json.Number:
		return x.String(), true
	case string:
		return strings.TrimSpace(x), true
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), true
	}
	return "", false
}

// decimalSyntax is a number as JSON writes it, with an optional leading "+" a model may add:
// sign, digits, an optional fraction, an optional exponent. Nothing else, so text such as
// "1_000", "1,000", "0x10" or "Inf" is refused rather than guessed at.
var decimalSyntax = regexp.MustCompile(`^[+-]?([0-9]+)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?$`)

// errNotANumber is how toInt and toFloat say the value is of another kind altogether.
var errNotANumber = errors.New("not a number")

// checkDecimal explains why text is not a decimal number.
func checkDecimal(s string) error {
	if decimalSyntax.MatchString(s) {
		return nil
	}
	if !strings.ContainsAny(s, "_, '") || !strings.ContainsAny(s, "0123456789") {
		return errNotANumber
	}
	if plain, ok := ungrouped(s); ok {
		return fmt.Errorf("%q has separators in it; write the number with digits only, e.g. %s", s, plain)
	}
	// "5,00" is five in much of the world and "5 USD" has a unit: dropping the separators
	// would suggest 500 or 5USD, so the model is told the form instead of a number.
	return fmt.Errorf("%q is not a plain number; write digits with a dot before any fraction, without separators or a currency, e.g. 1234.5", s)
}

// ungrouped reads s as digits in groups of three (1,000,000.5 or 1 000 or 1_000) and returns
// them without the separator. A single comma before three digits with no fraction after
// ("1,000") is not read: it is a decimal comma in much of the world.
func ungrouped(s string) (string, bool) {
	sign, rest := "", s
	if rest != "" && (rest[0] == '+' || rest[0] == '-') {
		sign, rest = rest[:1], rest[1:]
	}
	whole, frac, hasFrac := strings.Cut(rest, ".")
	if hasFrac && (frac == "" || strings.Trim(frac, "0123456789") != "") {
		return "", false
	}
	sep := strings.IndexAny(whole, "_, '")
	if sep < 1 || sep > 3 {
		return "", false
	}
	groups := strings.Split(whole, whole[sep:sep+1])
	for i, g := range groups {
		if g == "" || strings.Trim(g, "0123456789") != "" || i > 0 && len(g) != 3 {
			return "", false
		}
	}
	if whole[sep] == ',' && len(groups) == 2 && !hasFrac {
		return "", false
	}
	plain := sign + strings.Join(groups, "")
	if hasFrac {
		plain += "." + frac
	}
	return plain, true
}

// toInt reads an integer exactly: 42, "42", 42.0 and 4.2e1 are 42. A value with a fraction or
// an exponent beyond 2^53 is refused: it may have been rounded on its way here (uid
// 9007199254740993.0 is another user than ...992), and plain digits say exactly which one.
func toInt(raw any) (int, error) {
	s, ok := numberText(raw)
	if !ok {
		return 0, errNotANumber
	}
	if f, isFloat := raw.(float64); isFloat && math.Abs(f) >= 1<<53 {
		return 0, fmt.Errorf("%s is beyond 2^53 and arrived as a floating-point number, so it may have been rounded; "+
			"send it as a JSON integer or a string of digits", s)
	}
	if err := checkDecimal(s); err != nil {
		return 0, err
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return int(n), nil
	} else if !strings.ContainsAny(s, ".eE") {
		return 0, fmt.Errorf("%s is out of the integer range", s)
	}
	f, err := strconv.ParseFloat(s, 64)
	switch {
	case err != nil || math.Abs(f) >= 1<<53: // from 2^53 on, neighbours share a float64
		return 0, fmt.Errorf("%s is beyond 2^53 written with a fraction or an exponent, so it cannot be read exactly; "+
			"write it as a plain integer (digits only)", s)
	case f != math.Trunc(f):
		return 0, fmt.Errorf("expected an integer, got %s, which is not a whole number", s)
	}
	return int(f), nil
}

func toFloat(raw any) (float64, error) {
	s, ok := numberText(raw)
	if !ok {
		return 0, errNotANumber
	}
	if err := checkDecimal(s); err != nil {
		return 0, err
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) {
		return 0, fmt.Errorf("%s is out of range", s)
	}
	return f, nil
}

// checkRange applies the bounds a field's tag declares, so the schema a model sees and the
// check it meets are one statement.
func checkRange(f jelastic.Field, v reflect.Value) error {
	switch v.Kind() {
	case reflect.Int:
		return f.CheckRange(float64(v.Int()))
	case reflect.Float64:
		return f.CheckRange(v.Float())
	}
	return nil
}

// shown describes a value in an error message: its kind and, for short scalars, the value.
func shown(v any) string {
	switch x := v.(type) {
	case string:
		if len(x) > 40 {
			x = x[:40] + "…"
		}
		return fmt.Sprintf("the string %q", x)
	case json.Number, float64:
		return fmt.Sprintf("the number %v", x)
	case bool:
		return fmt.Sprintf("%v", x)
	}
	return jsonKind(v)
}

func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	}
	return "a number"
}
