package jelastic

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// decodeAsStdlib is what the client did before ParseObject: encoding/json's Decoder with
// UseNumber, into a map.
func decodeAsStdlib(raw []byte) (map[string]any, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil || m == nil {
		return nil, false
	}
	return m, true
}

func sameAsStdlib(t *testing.T, raw []byte) {
	t.Helper()
	want, ok := decodeAsStdlib(raw)
	got, err := ParseObject(raw)
	if ok != (err == nil) {
		t.Fatalf("%q: error %v, encoding/json ok=%v", raw, err, ok)
	}
	if ok && !reflect.DeepEqual(got, want) {
		t.Fatalf("%q:\n got %#v\nwant %#v", raw, got, want)
	}
}

// TestParseObjectIsTheDecoder: answers of every shape, and broken ones, read as
// encoding/json reads them.
func TestParseObjectIsTheDecoder(t *testing.T) {
	for _, text := range []string{
		`{}`, ` {"result":0} `, `{"a":1}trailing`, `{"a":-0.5e+3,"b":[true,false,null,"x",{}],"c":{"d":[]}}`,
		`{"esc":"\" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 \ud800 \udc00x \ud800\u0041"}`,
		"{\"bad\":\"a\xffb\",\"\xc3\":1}", `{"dup":1,"dup":2}`, `{"n":01}`, `{"n":1.}`, `{"n":-}`, `{"n":1e}`,
		`{"s":"ctl` + "\x01" + `"}`, `{"s":"\x"}`, `{"s":"\u12"}`, `{"a":1,}`, `{"a" 1}`, `[1]`, `null`, `"x"`, ``, `   `,
		`{"a":tru}`, `{"a":nul}`, `{"a":[1,]}`, `{"a":[1 2]}`, `{"a":"unterminated}`, "\ufeff{}", `{"a":1`,
		`{"deep":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`,
	} {
		sameAsStdlib(t, []byte(text))
	}
	for n := 9998; n <= 10001; n++ { // at the limit of nesting and past it
		sameAsStdlib(t, []byte(`{"a":`+strings.Repeat("[", n)+strings.Repeat("]", n)+`}`))
	}
}

// FuzzParseObject: for any bytes, ParseObject and encoding/json agree.
func FuzzParseObject(f *testing.F) {
	f.Add([]byte(`{"result":0,"array":[{"cost":0.5,"note":"\u00e9\n"}]}`))
	f.Add([]byte(`{"a":"\ud83d\ude00\ud83d"}`))
	f.Add([]byte("{\"\xff\":[1e5,-0,true]}"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		sameAsStdlib(t, raw)
	})
}

// BenchmarkParseObject: a day of billing history as the sandbox writes it, both ways.
func BenchmarkParseObject(b *testing.B) {
	row := `{"dateTime":"2026-03-14 00:00:00","cost":0.0125,"type":"CLOUDLET","node":{"id":7,"name":"wp \"alice\""},"note":"<b>é</b>"},`
	raw := []byte(`{"result":0,"array":[` + strings.Repeat(row, 100) + `{}]}`)
	b.Run("ParseObject", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(raw)))
		for b.Loop() {
			if _, err := ParseObject(raw); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding/json", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(raw)))
		for b.Loop() {
			if _, ok := decodeAsStdlib(raw); !ok {
				b.Fatal("not decoded")
			}
		}
	})
}
