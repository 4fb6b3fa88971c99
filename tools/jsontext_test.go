package tools

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// sameAsMarshal fails unless appendJSON writes exactly what json.Marshal writes for v, or
// fails where it fails.
func sameAsMarshal(t *testing.T, v any) {
	t.Helper()
	want, wantErr := json.Marshal(v)
	got, err := appendJSON([]byte("prefix"), v)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("%#v: error %v, json.Marshal's %v", v, err, wantErr)
	}
	if err == nil && !bytes.Equal(got, append([]byte("prefix"), want...)) {
		t.Fatalf("%#v:\n got %s\nwant prefix%s", v, got, want)
	}
}

// TestAppendJSONIsMarshal: every kind of value a decoded answer holds, and the strings that
// need escapes, come out as json.Marshal writes them.
func TestAppendJSONIsMarshal(t *testing.T) {
	var all strings.Builder
	for b := range 0x80 {
		all.WriteByte(byte(b))
	}
	values := []any{
		nil, true, false, "", all.String(), "a\xffb\xc3", "line\u2028para\u2029", "€𝄞 <b>&amp;</b>",
		json.Number("0"), json.Number("-1.5e+10"), json.Number(""), json.Number("01"), json.Number("1."), json.Number("x"),
		[]any{}, []any(nil), map[string]any{}, map[string]any(nil), 42, -7, 3.25, map[string]int{"b": 1, "a": 2},
		map[string]any{"b": []any{json.Number("1"), "x", nil, map[string]any{"Z": true, "a": false, "é": "<"}}, "a": "", "<k>": 1, "B": map[string]any{}},
	}
	for _, v := range values {
		sameAsMarshal(t, v)
	}
	// Answers of every size: a list long enough that its keys are many, nested two deep.
	rows := make([]any, 300)
	for i := range rows {
		rows[i] = map[string]any{"dateTime": "2026-03-14 00:00:00", "cost": json.Number("0.0125"), "node": map[string]any{"id": json.Number("7"), "name": "wp\"alice\""}}
	}
	sameAsMarshal(t, map[string]any{"array": rows, "total": json.Number("300")})
}

// FuzzAppendJSON: for any JSON text, appendJSON of its decoded value is json.Marshal's text;
// for any string, so is its string form.
func FuzzAppendJSON(f *testing.F) {
	f.Add(`{"b":[1,"x\u2028",null,{"Z":true}],"a":"<&>"}`)
	f.Add(`"\ud800 \u00e9"`)
	f.Add("\"a\xffb\"")
	f.Fuzz(func(t *testing.T, text string) {
		sameAsMarshal(t, text)
		dec := json.NewDecoder(strings.NewReader(text))
		dec.UseNumber()
		var v any
		if dec.Decode(&v) == nil {
			sameAsMarshal(t, v)
		}
	})
}
