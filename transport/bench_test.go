package transport

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"
)

// BenchmarkUnauthenticatedBody: what a 1 MiB body without the bearer costs the server. It
// is refused before it is read, so the allocations per request stay a few KiB whatever the
// body's size (reading it first cost over 1 MiB each).
func BenchmarkUnauthenticatedBody(b *testing.B) {
	hs := newHTTPServer(server.NewMCPServer("bench", "1"), withDefaults(Options{AuthToken: authSecret, Logger: zerolog.Nop()}))
	body := bytes.Repeat([]byte("a"), 1<<20)
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, PathStreamable, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		hs.http.Handler.ServeHTTP(w, req)
		if w.Code != http.StatusUnauthorized {
			b.Fatalf("status %d, want 401", w.Code)
		}
	}
}

func withDefaults(o Options) Options {
	o.withDefaults()
	return o
}
