package main

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"time"
)

// healthcheckTimeout bounds one probe; container runtimes kill slower ones anyway.
const healthcheckTimeout = 5 * time.Second

// healthcheck probes a running server's /healthz and is the exit code of --healthcheck.
// Minimal container images (distroless, scratch) have no shell or curl, so the binary
// probes itself: HEALTHCHECK CMD ["/jelastic-mcp", "--healthcheck", "http://127.0.0.1:8080/healthz"].
func healthcheck(ctx context.Context, raw string, stderr io.Writer) int {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		complain(stderr, "--healthcheck %q is not an http:// or https:// address, e.g. http://127.0.0.1:8080/healthz", raw)
		return exitUsage
	}
	ctx, cancel := context.WithTimeout(ctx, healthcheckTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		complain(stderr, "--healthcheck: %v", err)
		return exitUsage
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		complain(stderr, "unhealthy: %v", err)
		return exitFailed
	}
	defer func() { _ = res.Body.Close() }()
	if res.StatusCode != http.StatusOK {
		complain(stderr, "unhealthy: %s answered %s", u.Redacted(), res.Status)
		return exitFailed
	}
	return exitOK
}
