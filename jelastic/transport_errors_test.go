package jelastic_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

const retryToken = "tok-retry-4c8e1a6f92"

// newRetryClient is a client of platform that retries reads twice, almost at once.
func newRetryClient(t *testing.T, url string, timeout time.Duration) *jelastic.Client {
	t.Helper()
	c, err := jelastic.NewClient(jelastic.Config{BaseURL: url, Token: retryToken, Timeout: timeout,
		MaxRetries: 2, RetryBackoff: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var (
	readCall = struct {
		m      jelastic.Method
		params any
	}{billing.GetAccount.Method, billing.GetAccountParams{}}
	changeCalls = []struct {
		m      jelastic.Method
		params any
	}{
		{billing.FundAccount.Method, billing.FundAccountParams{UID: 1, Amount: 5}},
		{billing.SetUserNote.Method, billing.SetUserNoteParams{UID: 1, Note: "n"}},
	}
)

// TestServerErrorsRetryReadsOnly: a read is sent again twice after a 5xx; a write or a
// destructive call never is. The error carries the status and the start of the body.
func TestServerErrorsRetryReadsOnly(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	platform.Respond(jelastictest.Body(502, "<html>Bad Gateway from the proxy</html>"))
	c := newRetryClient(t, platform.URL, 5*time.Second)
	_, err := c.Call(context.Background(), readCall.m, readCall.params)
	var te *jelastic.TransportError
	if !errors.As(err, &te) || te.Status != 502 || !strings.Contains(err.Error(), "HTTP 502") ||
		!strings.Contains(err.Error(), "Bad Gateway from the proxy") {
		t.Errorf("502: %v", err)
	}
	if n := len(platform.Requests()); n != 3 {
		t.Errorf("read sent %d times on 502, want 3 (two retries)", n)
	}
	for _, call := range changeCalls {
		platform.Reset()
		if _, err := c.Call(context.Background(), call.m, call.params); err == nil {
			t.Errorf("%s: no error on 502", call.m.Name)
		}
		if n := len(platform.Requests()); n != 1 {
			t.Errorf("%s sent %d times on 502; changes must never be retried", call.m.Name, n)
		}
	}
}

// TestMalformedAnswerIsNotRetried: an answer that is not JSON will not get better.
func TestMalformedAnswerIsNotRetried(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	platform.Respond(jelastictest.Body(200, "not json at all"))
	c := newRetryClient(t, platform.URL, 5*time.Second)
	_, err := c.Call(context.Background(), readCall.m, readCall.params)
	if err == nil || !strings.Contains(err.Error(), "not a JSON object") || !strings.Contains(err.Error(), "not json at all") {
		t.Errorf("non-JSON: %v", err)
	}
	if n := len(platform.Requests()); n != 1 {
		t.Errorf("non-JSON answer sent %d times, want 1", n)
	}
}

func TestRefusedConnection(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	if err := ln.Close(); err != nil { // nothing listens there now
		t.Fatal(err)
	}
	c := newRetryClient(t, "http://"+addr, 5*time.Second)
	_, err = c.Call(context.Background(), readCall.m, readCall.params)
	var te *jelastic.TransportError
	if !errors.As(err, &te) || te.Status != 0 || !strings.Contains(err.Error(), "connection refused") {
		t.Errorf("refused: %v", err)
	}
	if strings.Contains(err.Error(), retryToken) {
		t.Error("token in error")
	}
}

// TestTimeoutBoundsTheCall: the timeout covers the whole call, so a hung read is not retried.
func TestTimeoutBoundsTheCall(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	platform.Respond(func(w http.ResponseWriter, r jelastictest.Request) {
		select {
		case <-r.Context.Done():
		case <-time.After(10 * time.Second):
		}
	})
	// A second, not less: on a loaded machine the request must reach the platform before the
	// timeout for the count below to mean anything.
	c := newRetryClient(t, platform.URL, time.Second)
	_, err := c.Call(context.Background(), readCall.m, readCall.params)
	var te *jelastic.TransportError
	if !errors.As(err, &te) || !te.Timeout || !strings.Contains(err.Error(), "no answer within 1s") {
		t.Fatalf("timeout: %v", err)
	}
	if n := len(platform.Requests()); n != 1 {
		t.Errorf("a timed-out call was sent %d times; the timeout bounds retries too", n)
	}
}

// TestStalledBodyEndsAtTheTimeout: an answer whose body never finishes is cut off at the
// call's timeout, as one that never starts is.
func TestStalledBodyEndsAtTheTimeout(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	platform.Respond(func(w http.ResponseWriter, r jelastictest.Request) {
		_, _ = w.Write([]byte(`{"result":0,"items":[`))
		w.(http.Flusher).Flush()
		<-r.Context.Done()
	})
	c := newRetryClient(t, platform.URL, 150*time.Millisecond)
	_, err := c.Call(context.Background(), readCall.m, readCall.params)
	var te *jelastic.TransportError
	if !errors.As(err, &te) || !te.Timeout {
		t.Fatalf("stalled body: %v", err)
	}
}

// TestCancellationReachesTheRequest: cancelling the caller's context abandons the request in
// flight and is not retried.
func TestCancellationReachesTheRequest(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	arrived, abandoned := make(chan struct{}, 1), make(chan struct{}, 1)
	platform.Respond(func(w http.ResponseWriter, r jelastictest.Request) {
		arrived <- struct{}{}
		select {
		case <-r.Context.Done():
			abandoned <- struct{}{}
		case <-time.After(10 * time.Second):
		}
	})
	c := newRetryClient(t, platform.URL, 30*time.Second)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, err := c.Call(ctx, readCall.m, readCall.params)
		errc <- err
	}()
	<-arrived
	cancel()
	var te *jelastic.TransportError
	if err := <-errc; !errors.As(err, &te) || !te.Canceled {
		t.Fatalf("cancelled call: %v", err)
	}
	select {
	case <-abandoned:
	case <-time.After(5 * time.Second):
		t.Fatal("the platform request was not abandoned")
	}
	if n := len(platform.Requests()); n != 1 {
		t.Errorf("a cancelled call was sent %d times", n)
	}
}
