package transport

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	mcptransport "github.com/mark3labs/mcp-go/client/transport"
	"github.com/mark3labs/mcp-go/mcp"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/jelastic-mcp/jelastic-mcp/internal/mcptest"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/metrics"
)

// families parses a scrape in the Prometheus text format.
func families(t *testing.T, body string) map[string]*dto.MetricFamily {
	t.Helper()
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(strings.NewReader(body))
	if err != nil {
		t.Fatalf("metrics are not in the text format: %v\n%s", err, body)
	}
	return fams
}

// value is the value of the sample of family name whose labels include want (a histogram's
// sample count), and whether there is one.
func value(fams map[string]*dto.MetricFamily, name string, want map[string]string) (float64, bool) {
next:
	for _, m := range fams[name].GetMetric() {
		got := map[string]string{}
		for _, l := range m.GetLabel() {
			got[l.GetName()] = l.GetValue()
		}
		for k, v := range want {
			if got[k] != v {
				continue next
			}
		}
		switch {
		case m.Counter != nil:
			return m.GetCounter().GetValue(), true
		case m.Gauge != nil:
			return m.GetGauge().GetValue(), true
		case m.Histogram != nil:
			return float64(m.GetHistogram().GetSampleCount()), true
		}
	}
	return 0, false
}

func wantValue(t *testing.T, fams map[string]*dto.MetricFamily, name string, labels map[string]string, want float64) {
	t.Helper()
	if got, ok := value(fams, name, labels); !ok || got != want {
		t.Errorf("%s%v = %v (present %v), want %v", name, labels, got, ok, want)
	}
}

// longList is a platform answer too long for one result, so the tool cuts it.
func longList() string {
	var b strings.Builder
	b.WriteString(`{"result":0,"array":[`)
	for i := range 2000 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"uid":%d,"email":"user%d@example.com","balance":%d.5}`, i, i, i)
	}
	b.WriteString(`],"totalCount":2000}`)
	return b.String()
}

// TestMetricsMoveWithCalls: an answer cut to size, platform errors, a preview and a
// confirmed call each move their own counter, read by parsing the text format.
func TestMetricsMoveWithCalls(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{AuthToken: authSecret, Metrics: metrics.New()})
	c := connect(t, mcptest.MCPGo, mcptest.Streamable, srv.base, bearer(authSecret))
	connect(t, mcptest.MCPGo, mcptest.SSE, srv.base, bearer(authSecret)) // a session on the legacy transport
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	call := func(name string, args map[string]any) {
		t.Helper()
		if _, _, err := c.Call(ctx, name, args); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	platform.Respond(jelastictest.Body(http.StatusOK, longList()))
	call("account_get_accounts", map[string]any{})
	platform.Respond(jelastictest.Body(http.StatusOK, `{"result":702,"error":"account not found"}`))
	call("account_get_account", map[string]any{})
	call("account_get_account", map[string]any{})
	platform.Respond(jelastictest.OK)
	call("account_fund_account", map[string]any{"uid": 1001, "amount": 5})
	call("account_fund_account", map[string]any{"uid": 1001, "amount": 5, "confirm": true})

	code, body := scrape(t, srv.base+PathMetrics, authSecret)
	if code != http.StatusOK {
		t.Fatalf("/metrics: %d %s", code, body)
	}
	fams := families(t, body)
	calls := "jelastic_mcp_tool_calls_total"
	wantValue(t, fams, calls, map[string]string{"tool": "account_get_accounts", "effect": "read", "outcome": "ok"}, 1)
	wantValue(t, fams, calls, map[string]string{"tool": "account_get_account", "effect": "read", "outcome": "api_error"}, 2)
	wantValue(t, fams, calls, map[string]string{"tool": "account_fund_account", "effect": "destructive", "outcome": "confirmation_required"}, 1)
	wantValue(t, fams, calls, map[string]string{"tool": "account_fund_account", "effect": "destructive", "outcome": "ok"}, 1)
	wantValue(t, fams, "jelastic_mcp_answers_cut_total", nil, 1)
	wantValue(t, fams, "jelastic_mcp_confirmations_total", map[string]string{"result": "required"}, 1)
	// The platform answers 200 with an error code in the body: four requests, all 2xx.
	wantValue(t, fams, "jelastic_mcp_platform_request_duration_seconds", map[string]string{"status": "2xx"}, 4)
	// The streamable client speaks the latest protocol, which has no sessions; the SSE one has.
	wantValue(t, fams, "jelastic_mcp_sessions_open", nil, 1)
}

// TestMetricsCountDecline: a person who declines through elicitation moves the declined
// counter, and nothing reaches the platform.
func TestMetricsCountDecline(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{Metrics: metrics.New()})
	person := elicitFunc(func(context.Context, mcp.ElicitationRequest) (*mcp.ElicitationResult, error) {
		return &mcp.ElicitationResult{ElicitationResponse: mcp.ElicitationResponse{Action: mcp.ElicitationResponseActionDecline}}, nil
	})
	tr, err := mcptransport.NewStreamableHTTP(srv.base + PathStreamable)
	if err != nil {
		t.Fatal(err)
	}
	c := client.NewClient(tr, client.WithElicitationHandler(person))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = c.Close() }()
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = "2025-11-25"
	init.Params.Capabilities = mcp.ClientCapabilities{Elicitation: &mcp.ElicitationCapability{Form: &struct{}{}}}
	init.Params.ClientInfo = mcp.Implementation{Name: "metrics-test", Version: "1"}
	if _, err := c.Initialize(ctx, init); err != nil {
		t.Fatal(err)
	}
	req := mcp.CallToolRequest{}
	req.Params.Name = "account_fund_account"
	req.Params.Arguments = map[string]any{"uid": 1001, "amount": 5, "confirm": true}
	if _, err := c.CallTool(ctx, req); err != nil {
		t.Fatal(err)
	}
	code, body := scrape(t, srv.base+PathMetrics, "")
	if code != http.StatusOK {
		t.Fatalf("/metrics: %d %s", code, body)
	}
	fams := families(t, body)
	wantValue(t, fams, "jelastic_mcp_confirmations_total", map[string]string{"result": "declined"}, 1)
	wantValue(t, fams, "jelastic_mcp_confirmations_total", map[string]string{"result": "approved"}, 0)
	wantValue(t, fams, "jelastic_mcp_tool_calls_total", map[string]string{"tool": "account_fund_account", "outcome": "declined"}, 1)
	wantValue(t, fams, "jelastic_mcp_sessions_open", nil, 1)
	if n := len(platform.Requests()); n != 0 {
		t.Errorf("%d platform requests after a decline", n)
	}
}
