package main

import (
	"bytes"
	"net/url"
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/transport"
)

// TestLogsRedactServerSecrets: whatever writes to the log (a library's error text, say), the
// Jelastic token and the HTTP auth token never appear in it, in either format.
func TestLogsRedactServerSecrets(t *testing.T) {
	const token, auth = "tok-log-7d1e9a3c55", "auth-log-0f4b8e2a6c91d3"
	for _, format := range []string{"json", "console"} {
		var out bytes.Buffer
		logger := newLogger(&config{token: token, http: transport.Options{AuthToken: auth}, logFormat: format}, &out)
		logger.Error().Str("url", "https://x.example/?session="+url.QueryEscape(token)).Msg("bearer " + auth)
		if strings.Contains(out.String(), token) || strings.Contains(out.String(), auth) || !strings.Contains(out.String(), "[redacted]") {
			t.Errorf("%s log line: %s", format, out.String())
		}
	}
}
