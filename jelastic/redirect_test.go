package jelastic_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

// redirectTo answers every request with status and a Location on target.
func redirectTo(status int, target string) jelastictest.Responder {
	return func(w http.ResponseWriter, r jelastictest.Request) {
		w.Header().Set("Location", target+r.Path+"?session=leak")
		w.WriteHeader(status)
	}
}

// TestRedirectsAreNotFollowed: whatever the 3xx, the call is sent once, to the configured
// platform only, and fails with an error naming the status and the host it pointed to.
func TestRedirectsAreNotFollowed(t *testing.T) {
	const token = "tok-redirect-5e1d9b"
	calls := []struct {
		m      jelastic.Method
		params any
	}{
		{billing.GetAccount.Method, billing.GetAccountParams{}},
		{billing.FundAccount.Method, billing.FundAccountParams{UID: 7, Amount: 1000}},
	}
	for _, status := range []int{301, 302, 303, 307, 308} {
		for _, call := range calls {
			t.Run(fmt.Sprintf("%d %s", status, call.m.Name), func(t *testing.T) {
				platform, other := jelastictest.NewRecorder(), jelastictest.NewRecorder()
				defer platform.Close()
				defer other.Close()
				platform.Respond(redirectTo(status, other.URL))
				c := newRedirectClient(t, platform.URL, token)
				_, err := c.Call(context.Background(), call.m, call.params)
				var te *jelastic.TransportError
				if !errors.As(err, &te) || te.Status != status {
					t.Fatalf("error %v, want a transport error with status %d", err, status)
				}
				want := fmt.Sprintf("answered %d to %s;", status, other.URL)
				if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "JELASTIC_URL") {
					t.Errorf("message %q lacks %q or the hint", err, want)
				}
				if strings.Contains(err.Error(), "leak") {
					t.Errorf("message repeats the Location's query: %q", err)
				}
				if n := len(platform.Requests()); n != 1 {
					t.Errorf("platform got %d requests, want exactly 1", n)
				}
				if n := len(other.Requests()); n != 0 {
					t.Errorf("the redirect target got %d requests (session %q)", n, other.Requests()[0].Form.Get("session"))
				}
			})
		}
	}
}

// TestRedirectLoopIsOneRequest: a platform that redirects to itself gets one request per call.
func TestRedirectLoopIsOneRequest(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	platform.Respond(redirectTo(307, platform.URL))
	c := newRedirectClient(t, platform.URL, "tok-loop-77c1")
	calls := []struct {
		m      jelastic.Method
		params any
	}{
		{billing.GetAccount.Method, billing.GetAccountParams{}},
		{billing.FundAccount.Method, billing.FundAccountParams{UID: 1, Amount: 5}},
	}
	for i, call := range calls {
		_, err := c.Call(context.Background(), call.m, call.params)
		if err == nil || !strings.Contains(err.Error(), "answered 307 to "+platform.URL) {
			t.Fatalf("%s: error %v", call.m.Name, err)
		}
		if n := len(platform.Requests()); n != i+1 {
			t.Errorf("after %s: %d requests in all, want %d (one per call)", call.m.Name, n, i+1)
		}
	}
}

func newRedirectClient(t *testing.T, url, token string) *jelastic.Client {
	t.Helper()
	c, err := jelastic.NewClient(jelastic.Config{BaseURL: url, Token: token, Timeout: 5 * time.Second,
		MaxRetries: 3, RetryBackoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return c
}
