package tools

import (
	"encoding/json"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

// FuzzArguments feeds arbitrary argument objects to every method's decoder and encoder: they
// may refuse, never panic, and what they accept must encode.
func FuzzArguments(f *testing.F) {
	for _, seed := range []string{
		`{}`, `null`, `[]`, `{"uid":"42","amount":"1e400"}`, `{"start_time":"2024-02-30","period":"week"}`,
		`{"uids":[1,"2",null]}`, `{"customer":"{\"a\":[1,{\"b\":null}]}"}`, `{"uid":9007199254740993}`,
		`{"amount":-0.0,"is_bonus":"TRUE"}`, `{"expire_month":1.5}`, `{"x":{"y":[]}}`,
	} {
		f.Add([]byte(seed), uint8(0))
	}
	methods := billing.Methods()
	f.Fuzz(func(t *testing.T, raw []byte, which uint8) {
		m := methods[int(which)%len(methods)]
		args, err := readArguments(json.RawMessage(raw))
		if err != nil {
			return
		}
		params, err := decodeArguments(m, args)
		if err != nil {
			return
		}
		if _, err := jelastic.Encode(params); err != nil {
			t.Fatalf("%s: accepted arguments %s do not encode: %v", m.FullName(), raw, err)
		}
		_ = preview(m, params)
	})
}
