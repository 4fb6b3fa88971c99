package transport

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"net/http"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"
)

// Session budgets of streamable HTTP.
const (
	// DefaultSessionIdle is how long a session may go unused before it is forgotten.
	DefaultSessionIdle = 30 * time.Minute
	// DefaultMaxSessions caps the sessions kept at once; each holds some KiB in the SDK.
	DefaultMaxSessions = 10_000
)

// sessionPrefix starts every session id, as mcp-go's own ids do.
const sessionPrefix = "mcp-session-"

// sessionTable is the record of the streamable HTTP sessions this server issued: who opened
// each (a hash of the credentials), when it was last used and how many streams it holds.
// mcp-go by itself keeps every session forever and accepts any well-formed id; the table
// lets the transport refuse unknown, ended and foreign ids, cap the count and expire idle
// ones.
type sessionTable struct {
	max  int
	idle time.Duration
	log  zerolog.Logger

	mu      sync.Mutex
	byID    map[string]*sessionEntry
	pending int  // initializes under way, each about to add one session
	full    bool // the cap was reached and logged; logged again only after a drop below it
}

type sessionEntry struct {
	cred    credHash
	last    time.Time
	streams int
}

func newSessionTable(max int, idle time.Duration, log zerolog.Logger) *sessionTable {
	return &sessionTable{max: max, idle: idle, log: log, byID: map[string]*sessionEntry{}}
}

// reserve makes room for a session an initialize is about to open, or reports that the
// table is full.
func (t *sessionTable) reserve() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.byID)+t.pending >= t.max {
		if !t.full {
			t.full = true
			t.log.Warn().Int("max_sessions", t.max).Msg("session limit reached; new sessions are refused with 503 until others end or expire")
		}
		return false
	}
	t.full = false
	t.pending++
	return true
}

func (t *sessionTable) release() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.pending--
}

func (t *sessionTable) add(id string, cred credHash) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.byID[id] = &sessionEntry{cred: cred, last: time.Now()}
}

// use reports whether id is a live session opened with cred, and marks it used.
func (t *sessionTable) use(id string, cred credHash) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	e := t.byID[id]
	if e == nil || e.cred != cred {
		return false
	}
	e.last = time.Now()
	return true
}

// open is the number of sessions held, for the metrics.
func (t *sessionTable) open() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.byID)
}

func (t *sessionTable) known(id string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.byID[id] != nil
}

func (t *sessionTable) remove(id string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.byID, id)
}

// streaming counts the open streams of a session: a session with one is not idle.
func (t *sessionTable) streaming(id string, delta int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if e := t.byID[id]; e != nil {
		e.streams += delta
		e.last = time.Now()
	}
}

// idleIDs lists the sessions unused for longer than the idle time and without a stream.
func (t *sessionTable) idleIDs() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	cutoff := time.Now().Add(-t.idle)
	var ids []string
	for id, e := range t.byID {
		if e.streams == 0 && e.last.Before(cutoff) {
			ids = append(ids, id)
		}
	}
	return ids
}

// resolver hands mcp-go a session id manager bound to the credentials of each request, so
// that the ids it generates are recorded with their owner.
func (t *sessionTable) resolver(b binder) server.SessionIdManagerResolver {
	return resolverFunc(func(r *http.Request) server.SessionIdManager {
		m := sessionIDs{t: t}
		if r != nil {
			m.cred = b.of(r)
		}
		return m
	})
}

type resolverFunc func(r *http.Request) server.SessionIdManager

func (f resolverFunc) ResolveSessionIdManager(r *http.Request) server.SessionIdManager { return f(r) }

type sessionIDs struct {
	t    *sessionTable
	cred credHash
}

var errUnknownSession = errors.New("unknown session")

func (m sessionIDs) Generate() string {
	id := sessionPrefix + rand.Text()
	m.t.add(id, m.cred)
	return id
}

func (m sessionIDs) Validate(id string) (bool, error) {
	if !m.t.known(id) {
		return false, errUnknownSession
	}
	return false, nil
}

func (m sessionIDs) Terminate(id string) (bool, error) {
	m.t.remove(id)
	return false, nil
}

// guard checks the session of every /mcp request before mcp-go sees it: an initialize must
// find room, and a request naming a session must name a live one opened with the same
// credentials; anything else gets 404, as the MCP specification asks for unknown and
// terminated sessions, so the client starts a new one.
func (t *sessionTable) guard(b binder, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get(server.HeaderKeySessionID)
		switch {
		case r.Method == http.MethodPost && isInitialize(bodyOf(r.Context())), r.Method == http.MethodGet && id == "":
			if !t.reserve() {
				writeJSONError(w, http.StatusServiceUnavailable, "too_many_sessions",
					"The server holds as many sessions as it may; try again later.")
				return
			}
			defer t.release()
		case id != "":
			if !t.use(id, b.of(r)) {
				writeJSONError(w, http.StatusNotFound, "unknown_session",
					"This session does not exist: it expired, was closed, or was opened with other credentials. Start a new one with initialize.")
				return
			}
			if r.Method == http.MethodGet {
				t.streaming(id, 1)
				defer t.streaming(id, -1)
			}
		}
		next.ServeHTTP(w, r)
	})
}

// isInitialize reports whether body is an initialize request.
func isInitialize(body []byte) bool {
	var msg struct{ Method string }
	return json.Unmarshal(body, &msg) == nil && msg.Method == "initialize"
}

// sweep ends the sessions idle for too long, until ctx is done. It ends them through
// mcp-go's own DELETE handling, the one public way to drop all it keeps for a session.
func (t *sessionTable) sweep(ctx context.Context, mcp http.Handler) {
	every := min(max(t.idle/4, time.Second), time.Minute)
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		ids := t.idleIDs()
		for _, id := range ids {
			req, err := http.NewRequestWithContext(ctx, http.MethodDelete, PathStreamable, nil)
			if err != nil {
				return
			}
			req.Header.Set(server.HeaderKeySessionID, id)
			mcp.ServeHTTP(discard{}, req)
			t.remove(id) // in case mcp-go did not ask the manager
		}
		if len(ids) > 0 {
			t.log.Debug().Int("sessions", len(ids)).Msg("idle sessions ended")
		}
	}
}

// discard is a ResponseWriter for the sweeper's own requests, whose answers nobody reads.
type discard struct{}

func (discard) Header() http.Header         { return http.Header{} }
func (discard) Write(p []byte) (int, error) { return len(p), nil }
func (discard) WriteHeader(int)             {}
