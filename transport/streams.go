package transport

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"
)

// Stream budgets.
const (
	// DefaultMaxStreams caps the long-lived streams (GET /sse, GET /mcp) open at once, well
	// under the usual file descriptor limits, so that /healthz and new calls still get in.
	DefaultMaxStreams = 1000
	// DefaultMaxQueued caps the answers waiting for one SSE stream whose reader has fallen
	// behind; past it the stream is dropped.
	DefaultMaxQueued = 64
)

// streamCap counts open streams and refuses those beyond max.
type streamCap struct {
	max int
	log zerolog.Logger

	mu   sync.Mutex
	n    int
	full bool
}

func (c *streamCap) limit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			next.ServeHTTP(w, r)
			return
		}
		if !c.open() {
			writeJSONError(w, http.StatusServiceUnavailable, "too_many_streams",
				"The server holds as many open streams as it may; try again later.")
			return
		}
		defer c.close()
		next.ServeHTTP(w, r)
	})
}

func (c *streamCap) open() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n >= c.max {
		if !c.full {
			c.full = true
			c.log.Warn().Int("max_streams", c.max).Msg("stream limit reached; new streams are refused with 503 until others close")
		}
		return false
	}
	c.full = false
	c.n++
	return true
}

func (c *streamCap) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n--
}

// sseSessions is the record of the legacy SSE sessions: who opened each, and how many
// answers wait for its stream. mcp-go queues an answer for every message posted to a
// session and holds it until the stream takes it, so one unread stream could hold any
// number of them; and it lets anyone who knows a session id post to it.
type sseSessions struct {
	maxQueued int64
	srv       *server.MCPServer // for the encoded tools/list (listing.go)

	mu   sync.Mutex
	byID map[string]*sseSession
}

type sseSession struct {
	id     string
	cred   credHash
	queued atomic.Int64 // requests posted whose answers the stream has not yet written
	drop   func()       // ends the stream
	lists  pendingLists // tools/list requests posted as pings, whose answers the stream swaps
}

func newSSESessions(srv *server.MCPServer, maxQueued int) *sseSessions {
	return &sseSessions{srv: srv, maxQueued: int64(maxQueued), byID: map[string]*sseSession{}}
}

type sseSessionKey struct{}

// stream wraps GET /sse: it records the session mcp-go opens, with the credentials of the
// request, counts the answers the stream delivers, and forgets the session when it ends.
func (s *sseSessions) stream(b binder, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gw := writerOf(r.Context())
		if gw == nil || r.Method != http.MethodGet {
			next.ServeHTTP(w, r)
			return
		}
		sess := &sseSession{cred: b.of(r), drop: gw.drop}
		gw.wrote = func(p []byte) {
			if isAnswerEvent(p) {
				sess.queued.Add(-1)
			}
		}
		defer func() {
			s.mu.Lock()
			delete(s.byID, sess.id)
			s.mu.Unlock()
		}()
		next.ServeHTTP(&swappingWriter{ResponseWriter: w, pending: &sess.lists}, r.WithContext(context.WithValue(r.Context(), sseSessionKey{}, sess)))
	})
}

// newID is mcp-go's SSE session id generator: it records the session of the stream being
// opened.
func (s *sseSessions) newID(ctx context.Context, _ *http.Request) (string, error) {
	id := sessionPrefix + rand.Text()
	if sess, ok := ctx.Value(sseSessionKey{}).(*sseSession); ok {
		sess.id = id
		s.mu.Lock()
		s.byID[id] = sess
		s.mu.Unlock()
	}
	return id, nil
}

// message guards POST /message: the session must exist and belong to the same credentials
// (else 404), and a request is refused, and the stream dropped, when too many answers
// already wait for that stream.
func (s *sseSessions) message(b binder, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		sess := s.byID[r.URL.Query().Get("sessionId")]
		s.mu.Unlock()
		if sess == nil || sess.cred != b.of(r) {
			writeJSONError(w, http.StatusNotFound, "unknown_session",
				"This session does not exist: its stream closed, or it was opened with other credentials. Open a new stream.")
			return
		}
		if isRequest(bodyOf(r.Context())) {
			if sess.queued.Add(1) > s.maxQueued {
				sess.queued.Add(-1)
				sess.drop()
				writeJSONError(w, http.StatusServiceUnavailable, "stream_behind",
					"The stream of this session stopped reading its answers and was closed. Open a new stream.")
				return
			}
		}
		if ping, id, listing, ok := asPing(s.srv, r); ok {
			sess.lists.add(id, listing)
			r = ping
		}
		next.ServeHTTP(w, r)
	})
}

// answered waits until every answer queued for an SSE stream has been written, or ctx is
// done; it reports which.
func (s *sseSessions) answered(ctx context.Context) bool {
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for s.queuedAnswers() > 0 {
		select {
		case <-ctx.Done():
			return false
		case <-t.C:
		}
	}
	return true
}

func (s *sseSessions) queuedAnswers() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var n int64
	for _, sess := range s.byID {
		n += max(0, sess.queued.Load())
	}
	return n
}

// isRequest reports whether body is a JSON-RPC request, which will get an answer.
func isRequest(body []byte) bool {
	var msg struct {
		Method string
		ID     json.RawMessage
	}
	return json.Unmarshal(body, &msg) == nil && msg.Method != "" && len(msg.ID) > 0
}

// isAnswerEvent reports whether p is one SSE event carrying an answer to a client's request
// (a response or error, not a ping or notification of the server's).
// It reads only the event's first bytes: the answer to a tools/list is long.
func isAnswerEvent(p []byte) bool {
	_, data, ok := bytes.Cut(p, []byte("\ndata:"))
	if !ok {
		return false
	}
	_, _, _, ok = answerID(bytes.TrimLeft(data, " "))
	return ok
}
