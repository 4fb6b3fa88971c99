package transport

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"sync"
	"time"
)

// requireJSON refuses a POST whose body is not declared as JSON. Every MCP message is JSON,
// and browsers send text/plain across origins without asking first (no CORS preflight).
func requireJSON(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			media, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
			if err != nil || media != "application/json" {
				writeJSONError(w, http.StatusUnsupportedMediaType, "unsupported_media_type",
					"MCP messages must be sent with \"Content-Type: application/json\".")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// bodies reads POST bodies whole, up to max bytes and within timeout, before the MCP
// handlers see them. Doing it here lets the read deadline be lifted again before a long
// call runs, lets an oversized message get a plain 413, and lets shutdown cut off clients
// that stall in the middle of a body.
type bodies struct {
	max     int64
	timeout time.Duration

	mu      sync.Mutex
	reading map[*http.ResponseController]struct{}
	closing bool
}

func newBodies(max int64, timeout time.Duration) *bodies {
	return &bodies{max: max, timeout: timeout, reading: map[*http.ResponseController]struct{}{}}
}

type bodyKey struct{}

// bodyOf is the body bodies.limit read, for middleware that looks into the message.
func bodyOf(ctx context.Context) []byte {
	b, _ := ctx.Value(bodyKey{}).([]byte)
	return b
}

func (b *bodies) limit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		if r.ContentLength > b.max {
			w.Header().Set("Connection", "close")
			writeJSONError(w, http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("The request body is over %d bytes.", b.max))
			return
		}
		rc := http.NewResponseController(w)
		b.start(rc)
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, b.max))
		b.done(rc)
		if err != nil {
			// The read deadline stays as it is (passed): with it lifted, the server would
			// wait without bound to discard the rest of a body that is not coming.
			w.Header().Set("Connection", "close")
			var tooBig *http.MaxBytesError
			switch {
			case errors.As(err, &tooBig):
				writeJSONError(w, http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("The request body is over %d bytes.", b.max))
			case errors.Is(err, os.ErrDeadlineExceeded):
				writeJSONError(w, http.StatusRequestTimeout, "timeout", fmt.Sprintf("The request body did not arrive within %s.", b.timeout))
			default:
				writeJSONError(w, http.StatusBadRequest, "bad_body", "Reading the request body failed.")
			}
			return
		}
		_ = rc.SetReadDeadline(time.Time{})
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), bodyKey{}, body)))
	})
}

func (b *bodies) start(rc *http.ResponseController) {
	b.mu.Lock()
	defer b.mu.Unlock()
	deadline := time.Now().Add(b.timeout)
	if b.closing {
		deadline = time.Now()
	}
	_ = rc.SetReadDeadline(deadline)
	b.reading[rc] = struct{}{}
}

func (b *bodies) done(rc *http.ResponseController) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.reading, rc)
}

// stop makes every body read in progress, and every later one, fail at once: a client that
// stalls in the middle of a body must not hold up shutdown.
func (b *bodies) stop() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closing = true
	for rc := range b.reading {
		_ = rc.SetReadDeadline(time.Now())
	}
}
