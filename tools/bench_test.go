package tools

import (
	"encoding/json"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

// BenchmarkDefinitions measures start-up: schemas and tool definitions for the whole catalog.
func BenchmarkDefinitions(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := definitions(nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArgumentsToForm measures the per-call work between a model's arguments and the
// wire: reading the JSON, checking and coercing it, and encoding the form.
func BenchmarkArgumentsToForm(b *testing.B) {
	raw := json.RawMessage(`{"start_time":"2024-04-01T00:00:00Z","end_time":"2024-04-30","period":"day","time_offset":"120","group_nodes":true,"target_app_id":"env-1"}`)
	m := billing.GetAccountBillingHistoryByPeriod.Method
	b.ReportAllocs()
	for b.Loop() {
		args, err := readArguments(raw)
		if err != nil {
			b.Fatal(err)
		}
		params, err := decodeArguments(m, args)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := jelastic.Encode(params); err != nil {
			b.Fatal(err)
		}
	}
}
