package jelastic_test

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

// TestPoolKeepsConnectionsUnder200Clients: 200 concurrent callers, several rounds each, reuse
// their connections to the platform instead of opening new ones (with Go's default pool of 2
// idle connections, most calls of a round after the first opened a new one).
func TestPoolKeepsConnectionsUnder200Clients(t *testing.T) {
	const clients, rounds = 200, 5
	var opened atomic.Int64
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		time.Sleep(2 * time.Millisecond) // keep the callers overlapping
		_, _ = w.Write([]byte(`{"result":0}`))
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			opened.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()
	c, err := jelastic.NewClient(jelastic.Config{BaseURL: srv.URL, Timeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	for range rounds {
		var wg sync.WaitGroup
		for range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := c.Call(context.Background(), billing.GetAccount.Method, &billing.GetAccountParams{}); err != nil {
					t.Error(err)
				}
			}()
		}
		wg.Wait()
	}
	if n := opened.Load(); n > clients+clients/10 {
		t.Errorf("%d calls from %d concurrent clients opened %d connections; the pool should keep at most about %d", clients*rounds, clients, n, clients)
	}
	t.Logf("%d calls, %d connections opened", clients*rounds, opened.Load())
}
