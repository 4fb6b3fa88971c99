package tools_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// TestLargeAnswersAreCut: an answer larger than the limit keeps as many list items as fit,
// says how many there were and how to ask for less, and stays within the limit.
func TestLargeAnswersAreCut(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	var items []string
	for i := range 5000 {
		items = append(items, fmt.Sprintf(`{"dateTime":"2024-04-01 %02d:00:00","envName":"env-%d","cost":0.0123,"type":"cloudlets"}`, i%24, i))
	}
	rec.Respond(jelastictest.Body(200, `{"result":0,"array":[`+strings.Join(items, ",")+`]}`))
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: rec.URL, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	const limit = 20000
	logs := &testkit.Buffer{}
	srv, err := tools.NewServer(tools.Options{Caller: api, Logger: zerolog.New(logs), MaxResultBytes: limit}, "test")
	if err != nil {
		t.Fatal(err)
	}
	c := connectStdio(t, srv)
	res := callClient(t, c, "account_get_billing_history", `{"start_time":"2024-04-01","end_time":"2024-06-30","period":"HOUR"}`)
	if res.IsError {
		t.Fatal(resultText(res))
	}
	text := resultText(res)
	if len(text) > limit {
		t.Errorf("text is %d bytes, limit %d", len(text), limit)
	}
	var got struct {
		Array     []map[string]any
		Truncated struct {
			Field           string
			Total, Returned int
			Hint            string
		}
	}
	if err := json.Unmarshal([]byte(text), &got); err != nil {
		t.Fatal(err)
	}
	tr := got.Truncated
	if tr.Field != "array" || tr.Total != 5000 || tr.Returned != len(got.Array) || tr.Returned < 100 || !strings.Contains(tr.Hint, "a coarser period (DAY, WEEK or MONTH)") || !strings.Contains(tr.Hint, fmt.Sprintf("%d of 5000 items", tr.Returned)) {
		t.Errorf("truncation note %+v with %d items", tr, len(got.Array))
	}
	if got.Array[0]["envName"] != "env-0" {
		t.Errorf("items do not start at the first: %v", got.Array[0])
	}
	if sc := structured(t, res); len(sc["array"].([]any)) != tr.Returned {
		t.Error("structuredContent and text disagree")
	}
	if !strings.Contains(logs.String(), `"truncated":true`) {
		t.Error("the cut is not logged")
	}

	// Small answers pass untouched.
	rec.Respond(jelastictest.Body(200, `{"result":0,"array":[`+strings.Join(items[:3], ",")+`]}`))
	res = callClient(t, c, "account_get_billing_history", `{"start_time":"2024-04-01","end_time":"2024-04-02"}`)
	if strings.Contains(resultText(res), "truncated") {
		t.Errorf("a small answer was cut: %s", resultText(res))
	}
}
