package jelastic_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

func TestNormalizeBaseURL(t *testing.T) {
	cases := []struct{ in, want, err string }{
		{"app.jelastic.example.com", "https://app.jelastic.example.com", ""},
		{"https://app.jelastic.example.com/", "https://app.jelastic.example.com", ""},
		{" http://127.0.0.1:8080// ", "http://127.0.0.1:8080", ""},
		{"https://example.com/jelastic/", "https://example.com/jelastic", ""},
		{"", "", "empty"},
		{"ftp://example.com", "", "scheme"},
		{"https://user:pw@example.com", "", "credentials"},
		{"https://example.com/?session=abc", "", "query"},
		{"https://", "", "not a valid"},
	}
	for _, c := range cases {
		got, err := jelastic.NormalizeBaseURL(c.in)
		if c.err == "" && (err != nil || got != c.want) {
			t.Errorf("%q: got %q, %v; want %q", c.in, got, err, c.want)
		}
		if c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)) {
			t.Errorf("%q: error %v, want one mentioning %q", c.in, err, c.err)
		}
		if err != nil && strings.Contains(err.Error(), "pw@") {
			t.Errorf("%q: error repeats the credentials: %v", c.in, err)
		}
	}
}

func TestEncodeLeavesOutAbsentOptionals(t *testing.T) {
	note := "refund"
	form, err := jelastic.Encode(billing.FundAccountParams{UID: 7, Amount: 0.0001, Note: &note})
	if err != nil {
		t.Fatal(err)
	}
	want := "amount=0.0001&isBonus=false&note=refund&uid=7"
	if got := form.Encode(); got != want {
		t.Errorf("form %s, want %s", got, want)
	}
	bonus := true
	form, _ = jelastic.Encode(&billing.FundAccountParams{UID: 7, Amount: 1e21, IsBonus: &bonus})
	if got := form.Encode(); got != "amount=1000000000000000000000&isBonus=true&uid=7" {
		t.Errorf("large amount or explicit bool: %s", got)
	}
}

func TestAPIErrorIsTyped(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	rec.Respond(jelastictest.Body(200, `{"result":8202,"source":"billing","error":"permission denied"}`))
	c, err := jelastic.NewClient(jelastic.Config{BaseURL: rec.URL, Token: "t0k3n-value"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Call(context.Background(), billing.FundAccount.Method, billing.FundAccountParams{UID: 1, Amount: 2})
	var apiErr *jelastic.APIError
	if !errors.As(err, &apiErr) || apiErr.Code != 8202 || apiErr.Method != "Account.FundAccount" ||
		apiErr.Permission != "billing.account.FundAccount" {
		t.Fatalf("error %#v", err)
	}
	if !strings.Contains(err.Error(), "lacks the permission billing.account.FundAccount") {
		t.Errorf("message %q", err)
	}
}

// Example shows the client on its own, without MCP: fund an account and read the answer.
func Example() {
	platform := jelastictest.NewRecorder() // stands in for https://app.jelastic.example.com
	defer platform.Close()
	platform.Respond(jelastictest.Body(200, `{"result":0,"balance":150}`))

	client, err := jelastic.NewClient(jelastic.Config{BaseURL: platform.URL, Token: "personal-access-token"})
	if err != nil {
		panic(err)
	}
	note := "refund"
	resp, err := client.Call(context.Background(), billing.FundAccount.Method,
		billing.FundAccountParams{UID: 1234, Amount: 50, Note: &note})
	if err != nil {
		panic(err)
	}
	sent := platform.Requests()[0]
	fmt.Println(sent.Path, sent.Form.Get("amount"), sent.Form.Get("note"))
	fmt.Println(resp.Payload()["balance"])
	// Output:
	// /1.0/billing/account/rest/fundaccount 50 refund
	// 150
}

// TestTokenFrom: the per-request token is what WithToken set, and only then.
func TestTokenFrom(t *testing.T) {
	if tok, ok := jelastic.TokenFrom(context.Background()); ok || tok != "" {
		t.Errorf("empty context: %q, %v", tok, ok)
	}
	if tok, ok := jelastic.TokenFrom(jelastic.WithToken(context.Background(), "per-request-token")); !ok || tok != "per-request-token" {
		t.Errorf("after WithToken: %q, %v", tok, ok)
	}
}

// TestDenseAnswerMemoryFollowsTheLimit: what reading an answer may take in memory follows
// the longest answer the client reads (--max-upstream-bytes), not only the answer's own length.
func TestDenseAnswerMemoryFollowsTheLimit(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	// About 12 bytes of memory per byte: read by a client that allows 64 MiB answers, refused
	// by one that allows exactly this answer's length (8 bytes per allowed byte).
	row := `{"uid":1001,"name":"shop","group":"b"}`
	body := `{"result":0,"array":[` + strings.Repeat(row+",", 100000) + row + `]}`
	rec.Respond(jelastictest.Body(200, body))
	for _, limit := range []int64{64 << 20, int64(len(body))} {
		c, err := jelastic.NewClient(jelastic.Config{BaseURL: rec.URL, Token: "t0k3n-value", MaxAnswerBytes: limit})
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.Call(context.Background(), billing.GetAccounts.Method, billing.GetAccountsParams{})
		if refused := err != nil && strings.Contains(err.Error(), "too many small values"); refused != (limit == int64(len(body))) {
			t.Errorf("answers up to %d bytes: error %v", limit, err)
		}
	}
}
