package currency

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

func platform(t *testing.T, body string) (*jelastictest.Recorder, *jelastic.Client) {
	t.Helper()
	rec := jelastictest.NewRecorder()
	t.Cleanup(rec.Close)
	rec.Respond(jelastictest.Body(http.StatusOK, body))
	c, err := jelastic.NewClient(jelastic.Config{BaseURL: rec.URL, Token: "tok", Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return rec, c
}

// TestCacheIsBounded: however many sets of credentials ask, the cache keeps at most maxKeys,
// and the newest are the ones kept.
func TestCacheIsBounded(t *testing.T) {
	rec, c := platform(t, `{"result":0,"code":"usd"}`)
	cache := New()
	clock := time.Unix(0, 0)
	cache.now = func() time.Time { clock = clock.Add(time.Millisecond); return clock }
	for i := 0; i < maxKeys+50; i++ {
		if code, ok := cache.Of(context.Background(), c, fmt.Sprint("key", i)); !ok || code != "USD" {
			t.Fatalf("key %d: %q %v", i, code, ok)
		}
	}
	if len(cache.entries) != maxKeys {
		t.Fatalf("%d entries kept, want %d", len(cache.entries), maxKeys)
	}
	rec.Reset()
	cache.Of(context.Background(), c, fmt.Sprint("key", maxKeys+49))
	cache.Of(context.Background(), c, "key0")
	if n := len(rec.Requests()); n != 1 {
		t.Errorf("%d requests, want 1: the newest key is kept, the oldest was dropped", n)
	}
}

// TestFailureIsRetriedLater: a platform that does not say its currency is asked again only
// after a minute; a learned currency is kept for an hour.
func TestFailureIsRetriedLater(t *testing.T) {
	rec, c := platform(t, `{"result":0}`)
	cache := New()
	clock := time.Unix(0, 0)
	cache.now = func() time.Time { return clock }
	for _, step := range []struct {
		after    time.Duration
		body     string
		want     string
		requests int
	}{
		{0, `{"result":0}`, "", 1},
		{30 * time.Second, `{"result":0,"currency":"EUR"}`, "", 1},
		{time.Minute, `{"result":0,"currency":"EUR"}`, "EUR", 2},
		{59 * time.Minute, `{"result":0,"currency":"GBP"}`, "EUR", 2},
		{2 * time.Minute, `{"result":0,"object":{"code":"GBP"}}`, "GBP", 3},
	} {
		clock = clock.Add(step.after)
		rec.Respond(jelastictest.Body(http.StatusOK, step.body))
		code, _ := cache.Of(context.Background(), c, "k")
		if code != step.want || len(rec.Requests()) != step.requests {
			t.Fatalf("after %v more: %q with %d requests, want %q with %d", step.after, code, len(rec.Requests()), step.want, step.requests)
		}
	}
}

func TestValid(t *testing.T) {
	for code, ok := range map[string]bool{"USD": true, "eur": true, "US": false, "US$": false, "": false, "EURO": false} {
		if (Valid(code) == nil) != ok {
			t.Errorf("Valid(%q) = %v", code, Valid(code))
		}
	}
}
