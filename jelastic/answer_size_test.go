package jelastic_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

// answerOfSize is a valid platform answer of exactly n bytes.
func answerOfSize(n int) string {
	const head, tail = `{"result":0,"note":"`, `"}`
	return head + strings.Repeat("x", n-len(head)-len(tail)) + tail
}

// TestAnswerSizeLimit: an answer of exactly the limit is read; one byte more, whether plain,
// chunked or gzip-compressed below the limit, is an error naming the limit and the flag.
func TestAnswerSizeLimit(t *testing.T) {
	const limit = 4 << 10
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	if _, err := zw.Write([]byte(answerOfSize(limit + 1))); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		respond jelastictest.Responder
		ok      bool
	}{
		{"exactly the limit", jelastictest.Body(200, answerOfSize(limit)), true},
		{"one byte more", jelastictest.Body(200, answerOfSize(limit+1)), false},
		{"one byte more, chunked", func(w http.ResponseWriter, _ jelastictest.Request) {
			w.(http.Flusher).Flush()
			_, _ = w.Write([]byte(answerOfSize(limit + 1))) // the client stops reading at the limit
		}, false},
		{"gzip unpacking past the limit", func(w http.ResponseWriter, _ jelastictest.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			_, _ = w.Write(zipped.Bytes())
		}, false},
		{"an error page past the limit", jelastictest.Body(502, answerOfSize(limit+1)), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			platform := jelastictest.NewRecorder()
			defer platform.Close()
			platform.Respond(c.respond)
			client, err := jelastic.NewClient(jelastic.Config{BaseURL: platform.URL, MaxAnswerBytes: limit,
				MaxRetries: 2, RetryBackoff: time.Millisecond})
			if err != nil {
				t.Fatal(err)
			}
			resp, err := client.Call(context.Background(), billing.GetAccount.Method, billing.GetAccountParams{})
			if c.ok {
				if err != nil || len(resp.Payload()["note"].(string)) == 0 {
					t.Fatalf("answer at the limit: %v", err)
				}
				return
			}
			var te *jelastic.TransportError
			if !errors.As(err, &te) || !strings.Contains(err.Error(), "larger than 4 KiB") ||
				!strings.Contains(err.Error(), "--max-upstream-bytes") {
				t.Fatalf("error %v; want a transport error naming the 4 KiB limit and the flag", err)
			}
			if strings.Contains(err.Error(), "xxxxxxxx") {
				t.Errorf("the error quotes the oversize body: %.200s", err)
			}
			if n := len(platform.Requests()); n != 1 && !strings.Contains(c.name, "error page") {
				t.Errorf("sent %d times; an oversize answer will not shrink on a retry", n)
			}
		})
	}
}

// TestDefaultAnswerLimit: without a configured limit, 32 MiB applies.
func TestDefaultAnswerLimit(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	platform.Respond(func(w http.ResponseWriter, _ jelastictest.Request) {
		w.Header().Set("Content-Length", "33554433") // one byte past 32 MiB: refused unread
		_, _ = w.Write([]byte(`{"result":0}`))
	})
	client, err := jelastic.NewClient(jelastic.Config{BaseURL: platform.URL})
	if err != nil {
		t.Fatal(err)
	}
	_, err = client.Call(context.Background(), billing.GetAccount.Method, billing.GetAccountParams{})
	if err == nil || !strings.Contains(err.Error(), "larger than 32 MiB") {
		t.Fatalf("error %v", err)
	}
}

// TestOversizeAnswerToAChange: the platform answered a change, so the error says it was
// probably made, and the call is not sent again.
func TestOversizeAnswerToAChange(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	platform.Respond(jelastictest.Body(200, answerOfSize(2048)))
	client, err := jelastic.NewClient(jelastic.Config{BaseURL: platform.URL, MaxAnswerBytes: 1024, MaxRetries: 2})
	if err != nil {
		t.Fatal(err)
	}
	_, err = client.Call(context.Background(), billing.FundAccount.Method, billing.FundAccountParams{UID: 1, Amount: 5})
	if err == nil || !strings.Contains(err.Error(), "larger than 1 KiB") || !strings.Contains(err.Error(), "probably been made") {
		t.Fatalf("error %v", err)
	}
	if n := len(platform.Requests()); n != 1 {
		t.Errorf("sent %d times", n)
	}
}
