package transport

import (
	"context"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
)

// inFlight counts tool calls being handled, so that shutdown can wait for them: SSE calls
// run detached from any HTTP request, so http.Server.Shutdown alone cannot see them.
type inFlight struct {
	mu sync.Mutex
	n  int
}

func (f *inFlight) middleware(next server.ToolHandlerFunc) server.ToolHandlerFunc {
	return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		f.mu.Lock()
		f.n++
		f.mu.Unlock()
		defer func() {
			f.mu.Lock()
			f.n--
			f.mu.Unlock()
		}()
		return next(ctx, req)
	}
}

func (f *inFlight) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.n
}

// wait returns when no call is in flight or ctx is done, whichever is first. Polling keeps
// it simple: calls may start while it waits, which sync.WaitGroup does not allow.
func (f *inFlight) wait(ctx context.Context) bool {
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for f.count() > 0 {
		select {
		case <-ctx.Done():
			return false
		case <-t.C:
		}
	}
	return true
}

// freshConns tracks connections that have not sent a request yet. http.Server.Shutdown
// waits up to 5 s for those, and Go's HTTP clients keep such spare connections open in
// their pools; closing them loses nothing, since no request has arrived on them.
type freshConns struct {
	mu    sync.Mutex
	conns map[net.Conn]struct{}
}

func (f *freshConns) track(c net.Conn, st http.ConnState) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if st == http.StateNew {
		f.conns[c] = struct{}{}
	} else {
		delete(f.conns, c)
	}
}

func (f *freshConns) closeAll() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for c := range f.conns {
		_ = c.Close() // never used, so nothing is lost whatever the close says
	}
}
