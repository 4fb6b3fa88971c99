package jelastic

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"runtime"
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

// dense is an answer of n copies of item in one list: small to send, large to hold.
func dense(item string, n int) []byte {
	return []byte(`{"result":0,"array":[` + strings.Repeat(item+",", n-1) + item + `]}`)
}

// TestDenseAnswersAreRefused: a few MiB of tiny objects would take gigabytes of maps (4
// million {"a":1} took 1.7 GB); such an answer is refused with advice, having taken memory
// in proportion to its size, while the same bytes in real rows read as before.
func TestDenseAnswersAreRefused(t *testing.T) {
	for _, item := range []string{`{}`, `{"a":1}`, `[0]`, `{"a":[]}`} {
		raw := dense(item, (4<<20)/(len(item)+1))
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := ParseObject(raw)
		runtime.ReadMemStats(&after)
		if !errors.Is(err, errTooDense) || !strings.Contains(err.Error(), "ask for less") {
			t.Fatalf("%d bytes of %s: error %v", len(raw), item, err)
		}
		if took := after.TotalAlloc - before.TotalAlloc; took > uint64(2*memoryPerByte*len(raw)) {
			t.Errorf("%d bytes of %s took %d bytes before the refusal", len(raw), item, took)
		}
	}
	row := `{"uid":1001,"envName":"shop","nodeId":17,"dateTime":"2026-03-14 05:00:00","cost":0.125,"paid":true,"note":null}`
	if _, err := ParseObject(dense(row, (4<<20)/len(row))); err != nil {
		t.Fatalf("4 MiB of history rows: %v", err)
	}
}
