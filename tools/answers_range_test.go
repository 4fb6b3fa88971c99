package tools_test

import (
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

// TestSummariesOfAmountsOutOfRange: a platform answering amounts that are no numbers ("NaN",
// "Infinity", 1e400) or that overflow when added up (1e308 twice) gets a summary that leaves
// the non-numbers out, or a sentence saying the totals are out of range; never the encoder's
// "json: unsupported value: +Inf".
func TestSummariesOfAmountsOutOfRange(t *testing.T) {
	e := newEnv(t)
	answer := func(costs string) string {
		return `{"result":0,"uid":1,"email":"a@b.example","balance":5,"sum":1,"array":[` + costs + `]}`
	}
	item := func(day, cost string) string {
		return `{"dateTime":"2026-11-` + day + ` 00:00:00","cost":` + cost + `,"envName":"shop","nodeType":"nginx"}`
	}
	e.platform.Respond(jelastictest.Body(200, answer(item("20", `"NaN"`)+","+item("21", `"Infinity"`)+","+item("22", "1e400")+","+item("23", "2"))))
	res := e.call(t, "billing_spend_summary", `{"start_time":"2026-11-01","end_time":"2026-11-30"}`)
	if text := resultText(res); res.IsError || !strings.Contains(text, "2.00 EUR in total") {
		t.Errorf("non-numbers among the costs: %s; want them left out of a total of 2.00 EUR", text)
	}
	e.platform.Respond(jelastictest.Body(200, answer(item("20", "1e308")+","+item("21", "1e308"))))
	for _, tool := range []string{"billing_spend_summary", "billing_compare_periods", "billing_spend_chart"} {
		res := e.call(t, tool, `{}`)
		text := resultText(res)
		if !res.IsError || strings.Contains(text, "json:") || !strings.HasPrefix(text, "The platform's amounts") || !strings.Contains(text, "out of range") || !strings.HasSuffix(text, ".") {
			t.Errorf("%s over costs that overflow: isError %v: %s", tool, res.IsError, text)
		}
	}
}
