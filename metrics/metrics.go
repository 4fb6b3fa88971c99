// Package metrics counts what the server does, for Prometheus: tool calls by tool, effect and
// outcome, the platform's latency, confirmations, open sessions and answers cut short. It
// knows nothing of MCP or HTTP routing; the command wires it to tools, the platform client
// and the transport.
package metrics

import (
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// Metrics is one registry of the server's metrics. Its zero value is not usable; use New.
type Metrics struct {
	registry      *prometheus.Registry
	calls         *prometheus.CounterVec
	confirmations *prometheus.CounterVec
	cut           prometheus.Counter
	platform      *prometheus.HistogramVec
	sessions      atomic.Pointer[func() int]
}

// Confirmation results counted by jelastic_mcp_confirmations_total.
const (
	confirmationRequired = "required"
	confirmationApproved = "approved"
	confirmationDeclined = "declined"
)

// New makes the metrics, with the Go runtime's and the process's beside them.
func New() *Metrics {
	m := &Metrics{registry: prometheus.NewRegistry()}
	m.calls = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "jelastic_mcp_tool_calls_total",
		Help: "Tool calls by tool, effect (read, write, destructive) and outcome (ok, confirmation_required, api_error, ...).",
	}, []string{"tool", "effect", "outcome"})
	m.confirmations = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "jelastic_mcp_confirmations_total",
		Help: "Destructive calls held for confirmation (required), and those a person approved or declined when asked.",
	}, []string{"result"})
	m.cut = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "jelastic_mcp_answers_cut_total",
		Help: "Answers too long for a model, shortened to what fits.",
	})
	m.platform = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "jelastic_mcp_platform_request_duration_seconds",
		Help:    "Time of one HTTP request to the Jelastic platform, by HTTP status class (2xx, 5xx, ...) or error.",
		Buckets: []float64{.025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30},
	}, []string{"status"})
	sessions := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "jelastic_mcp_sessions_open",
		Help: "MCP sessions open, streamable HTTP and SSE (0 when stateless or over stdio).",
	}, func() float64 {
		if f := m.sessions.Load(); f != nil {
			return float64((*f)())
		}
		return 0
	})
	for _, zero := range []string{confirmationRequired, confirmationApproved, confirmationDeclined} {
		m.confirmations.WithLabelValues(zero) // present from the start, at 0
	}
	m.registry.MustRegister(m.calls, m.confirmations, m.cut, m.platform, sessions,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// ObserveCall counts one finished tool call; it is tools.Options.Observe.
func (m *Metrics) ObserveCall(c tools.Call) {
	m.calls.WithLabelValues(c.Tool, c.Effect, c.Outcome).Inc()
	switch {
	case c.Outcome == "confirmation_required" || c.Outcome == "awaiting_approval":
		m.confirmations.WithLabelValues(confirmationRequired).Inc()
	case c.Outcome == "declined":
		m.confirmations.WithLabelValues(confirmationDeclined).Inc()
	case c.Approved:
		m.confirmations.WithLabelValues(confirmationApproved).Inc()
	}
	if c.Cut {
		m.cut.Inc()
	}
}

// CountSessions makes the sessions gauge read open() at each scrape.
func (m *Metrics) CountSessions(open func() int) { m.sessions.Store(&open) }

// Handler serves the metrics in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}

// Transport times every request to the platform sent through next.
func (m *Metrics) Transport(next http.RoundTripper) http.RoundTripper {
	return roundTripper(func(r *http.Request) (*http.Response, error) {
		start := time.Now()
		res, err := next.RoundTrip(r)
		status := "error"
		if err == nil {
			status = strconv.Itoa(res.StatusCode/100) + "xx"
		}
		m.platform.WithLabelValues(status).Observe(time.Since(start).Seconds())
		return res, err
	})
}

type roundTripper func(*http.Request) (*http.Response, error)

func (f roundTripper) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
