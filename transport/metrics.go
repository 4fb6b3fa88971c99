package transport

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"
)

// PathMetrics serves the Prometheus metrics.
const PathMetrics = "/metrics"

// mountMetrics serves Options.Metrics at /metrics of the main listener, behind the same
// bearer as /mcp, unless Options.MetricsAddr gives them a listener of their own.
func mountMetrics(mux *http.ServeMux, opts Options, auth func(http.Handler) http.Handler, sessions *sessionTable, sse *sseSessions) {
	if opts.Metrics == nil {
		return
	}
	opts.Metrics.CountSessions(func() int { return sessions.open() + sse.open() })
	if opts.MetricsAddr == "" {
		mux.Handle("GET "+PathMetrics, auth(opts.Metrics.Handler()))
	}
}

func (s *sseSessions) open() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.byID)
}

// serveMetricsApart serves only /metrics, without authentication, on Options.MetricsAddr
// (meant for an address only the monitoring can reach) until ctx is done.
func serveMetricsApart(ctx context.Context, opts Options) error {
	if opts.Metrics == nil || opts.MetricsAddr == "" {
		return nil
	}
	ln, err := net.Listen("tcp", opts.MetricsAddr)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("GET "+PathMetrics, opts.Metrics.Handler())
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: readHeaderTimeout, IdleTimeout: idleTimeout}
	go func() {
		<-ctx.Done()
		stop, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = hs.Shutdown(stop) // scrapes are short; one that overruns is cut
	}()
	go func() {
		if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			opts.Logger.Warn().Err(err).Msg("metrics listener stopped")
		}
	}()
	opts.Logger.Info().Str("metrics", "http://"+ln.Addr().String()+PathMetrics).Msg("serving metrics apart")
	return nil
}

// CheckMetricsAddress checks a --metrics-addr value and returns it in the form net.Listen
// takes. As for --http, a missing host means loopback: the metrics are served without
// authentication, so exposing them is a choice the operator writes out.
func CheckMetricsAddress(raw string) (string, error) {
	host, port, err := net.SplitHostPort(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("--metrics-addr %q is not host:port; use e.g. --metrics-addr 127.0.0.1:9090", raw)
	}
	if host == "" {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port), nil
}
