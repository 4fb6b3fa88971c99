package transport

import (
	"context"
	"net/http"
	"sync/atomic"
	"time"
)

// guardWrites wraps the response of every MCP request: each write must finish within
// timeout, or the request ends (its context is cancelled, which also ends an SSE stream),
// so a client that stops reading cannot hold a connection, a goroutine and its queued
// answers forever. It also puts the CORS policy on whatever headers the SDK sets.
func guardWrites(timeout time.Duration, cors *corsPolicy, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithCancel(r.Context())
		defer cancel()
		gw := &guardedWriter{ResponseWriter: w, rc: http.NewResponseController(w), timeout: timeout, cancel: cancel,
			origin: r.Header.Get("Origin"), cors: cors}
		next.ServeHTTP(gw, r.WithContext(context.WithValue(ctx, writerKey{}, gw)))
	})
}

type writerKey struct{}

// writerOf is the guardedWriter of the request ctx belongs to, for middleware inside
// guardWrites that needs to watch what is written.
func writerOf(ctx context.Context) *guardedWriter {
	gw, _ := ctx.Value(writerKey{}).(*guardedWriter)
	return gw
}

type guardedWriter struct {
	http.ResponseWriter
	rc      *http.ResponseController
	timeout time.Duration
	cancel  context.CancelFunc
	origin  string
	cors    *corsPolicy
	headed  bool
	dropped atomic.Bool
	// wrote, when set, sees every chunk written (an SSE stream counts delivered answers).
	wrote func(p []byte)
}

func (w *guardedWriter) head() {
	if !w.headed {
		w.headed = true
		w.cors.apply(w.Header(), w.origin)
	}
}

func (w *guardedWriter) WriteHeader(code int) {
	w.head()
	w.ResponseWriter.WriteHeader(code)
}

// deadline bounds the next write; once dropped, writes fail at once.
func (w *guardedWriter) deadline() {
	d := time.Now()
	if !w.dropped.Load() {
		d = d.Add(w.timeout)
	}
	_ = w.rc.SetWriteDeadline(d)
}

// drop ends the request now, even if a write to its client is blocked.
func (w *guardedWriter) drop() {
	w.dropped.Store(true)
	w.cancel()
	_ = w.rc.SetWriteDeadline(time.Now())
}

func (w *guardedWriter) Write(p []byte) (int, error) {
	w.head()
	w.deadline()
	n, err := w.ResponseWriter.Write(p)
	if err != nil {
		w.cancel()
	}
	if w.wrote != nil {
		w.wrote(p)
	}
	return n, err
}

// Flush is what the SDKs' streams call after each event; a client that does not read makes
// it fail once the deadline passes.
func (w *guardedWriter) Flush() {
	w.head()
	w.deadline()
	if err := w.rc.Flush(); err != nil {
		w.cancel()
	}
}

func (w *guardedWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
