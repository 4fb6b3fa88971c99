package answers_test

import (
	"context"
	"io"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/answers"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

// counting counts the requests sent and the response bytes read from the platform.
type counting struct {
	next            http.RoundTripper
	requests, bytes atomic.Int64
}

type countedBody struct {
	io.ReadCloser
	n *atomic.Int64
}

func (b countedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n.Add(int64(n))
	return n, err
}

func (c *counting) RoundTrip(r *http.Request) (*http.Response, error) {
	c.requests.Add(1)
	res, err := c.next.RoundTrip(r)
	if err == nil {
		res.Body = countedBody{res.Body, &c.bytes}
	}
	return res, err
}

// BenchmarkSpendSummary90Days: a 90-day spend summary of the sandbox user through a real HTTP
// client, per grouping, with the platform requests and bytes read per summary; "raw-hourly"
// is what a model would read to add it up itself (the hourly history of the same 90 days).
func BenchmarkSpendSummary90Days(b *testing.B) {
	srv, err := sandbox.Start(1)
	if err != nil {
		b.Fatal(err)
	}
	defer func() { _ = srv.Close() }()
	ct := &counting{next: http.DefaultTransport}
	c, err := jelastic.NewClient(jelastic.Config{BaseURL: srv.URL, Token: sandbox.UserToken, HTTPClient: &http.Client{Transport: ct}, Timeout: time.Minute})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	run := func(b *testing.B, f func() error) {
		ct.requests.Store(0)
		ct.bytes.Store(0)
		b.ResetTimer()
		for b.Loop() {
			if err := f(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(ct.requests.Load())/float64(b.N), "requests/op")
		b.ReportMetric(float64(ct.bytes.Load())/float64(b.N), "platform-bytes/op")
	}
	for _, g := range []string{"environment", "node", "day", "engine"} {
		b.Run(g, func(b *testing.B) {
			run(b, func() error {
				_, err := answers.SpendSummary.Compute(ctx, c, &answers.SpendSummaryParams{StartTime: "last 90 days", GroupBy: g})
				return err
			})
		})
	}
	b.Run("raw-hourly", func(b *testing.B) {
		end := srv.Platform.Now()
		hour := jelastic.PeriodHour
		run(b, func() error {
			_, err := c.Call(ctx, billing.GetAccountBillingHistoryByPeriod.Method, &billing.GetAccountBillingHistoryByPeriodParams{
				StartTime: jelastic.Time{Time: end.AddDate(0, 0, -90)}, EndTime: jelastic.Time{Time: end}, Period: &hour})
			return err
		})
	})
}
