package transport

import (
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/mcptest"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/metrics"
)

func scrape(t *testing.T, url, bearer string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bearer != "" {
		req.Header.Set("Authorization", "Bearer "+bearer)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = res.Body.Close() }()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(body)
}

// TestMetrics: after a conversation, /metrics (behind the bearer) counts its calls by tool,
// effect and outcome, the confirmation it required, the platform requests it caused and the
// session it holds.
func TestMetrics(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{AuthToken: authSecret, Metrics: metrics.New()})
	c := mcptest.ConnectVersion(t, mcptest.MCPGo, mcptest.Streamable, srv.base+PathStreamable, "2025-06-18",
		map[string]string{"Authorization": "Bearer " + authSecret})
	mcptest.Exercise(t, c, platform, serverSecret)

	if code, _ := scrape(t, srv.base+PathMetrics, ""); code != http.StatusUnauthorized {
		t.Errorf("/metrics without the bearer: %d, want 401", code)
	}
	code, body := scrape(t, srv.base+PathMetrics, authSecret)
	if code != http.StatusOK {
		t.Fatalf("/metrics: %d %s", code, body)
	}
	for _, want := range []string{
		`jelastic_mcp_tool_calls_total{effect="read",outcome="ok",tool="account_get_external_user_by_id"} 1`,
		`jelastic_mcp_tool_calls_total{effect="destructive",outcome="confirmation_required",tool="account_suspend_user"} 1`,
		`jelastic_mcp_tool_calls_total{effect="destructive",outcome="ok",tool="account_suspend_user"} 1`,
		`jelastic_mcp_confirmations_total{result="required"} 1`,
		`jelastic_mcp_confirmations_total{result="declined"} 0`,
		`jelastic_mcp_platform_request_duration_seconds_count{status="2xx"} 2`,
		`jelastic_mcp_sessions_open 1`,
		`jelastic_mcp_answers_cut_total 0`,
		`go_goroutines `,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	mcptest.AssertNoSecrets(t, "/metrics", body, authSecret, serverSecret)
}

// TestMetricsApart: with MetricsAddr, /metrics has a listener of its own, without the bearer,
// and the main listener no longer serves it.
func TestMetricsApart(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{AuthToken: authSecret, Metrics: metrics.New(), MetricsAddr: "127.0.0.1:0"})
	var m []string
	for deadline := time.Now().Add(5 * time.Second); m == nil && time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		m = regexp.MustCompile(`"metrics":"(http://[^"]+)"`).FindStringSubmatch(srv.logs.String())
	}
	if m == nil {
		t.Fatalf("no metrics address in the log:\n%s", srv.logs.String())
	}
	if code, body := scrape(t, m[1], ""); code != http.StatusOK || !strings.Contains(body, "jelastic_mcp_sessions_open 0") {
		t.Errorf("%s: %d %.200s", m[1], code, body)
	}
	if code, _ := scrape(t, srv.base+PathMetrics, authSecret); code != http.StatusNotFound {
		t.Errorf("the main listener's /metrics: %d, want 404", code)
	}
}
