package tools

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/internal/currency"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// historyAnswer is a day of hourly history as the platform writes it (the items have the
// sandbox's fields), about 24 KiB: the largest answer the default budget passes on.
func historyAnswer(b *testing.B) []byte {
	var buf bytes.Buffer
	buf.WriteString(`{"result":0,"array":[`)
	for i := 0; i < 72; i++ {
		if i > 0 {
			buf.WriteByte(',')
		}
		fmt.Fprintf(&buf, `{"dateTime":"2026-11-19 %02d:00:00","envName":"shop","nodeid":%d,"nodeGroup":"cp","nodeType":"nginx","type":"cloudlets","cost":0.%06d,"fixedCloudletsCost":0.0012,`+
			`"flexibleCloudletsCost":0.0021,"usedCloudletsAmount":4,"fixedCloudletsAmount":1,"flexibleCloudletsAmount":3,"isPaid":true,"group":0}`, i%24, 1600+i%4, i*37)
	}
	buf.WriteString(`]}`)
	return buf.Bytes()
}

func decoded(b *testing.B, raw []byte) map[string]any {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	var m map[string]any
	if err := d.Decode(&m); err != nil {
		b.Fatal(err)
	}
	return m
}

// BenchmarkStateUnits is what stating units adds to a call with amounts and times, beside
// what the call already spends encoding the same answer (BenchmarkEncodeAnswer).
func BenchmarkStateUnits(b *testing.B) {
	raw := historyAnswer(b)
	u := units{carries: jelastic.Money | jelastic.Times, offset: -1, currencies: currency.Fixed("USD")}
	// Each pass rewrites its answer in place, so each gets a fresh one, decoded beforehand.
	const n = 2000
	answers := make([]map[string]any, n)
	for i := range answers {
		answers[i] = decoded(b, raw)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		u.state(b.Context(), nil, answers[i%n], nil, &callRecord{})
		i++
	}
}

func BenchmarkEncodeAnswer(b *testing.B) {
	m := decoded(b, historyAnswer(b))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.Marshal(m); err != nil {
			b.Fatal(err)
		}
	}
}
