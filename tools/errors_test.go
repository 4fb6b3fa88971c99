package tools_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

func TestAPIErrorsExplainThemselves(t *testing.T) {
	e := newEnv(t)
	cases := []struct {
		body string
		want []string
	}{
		{`{"result":8202,"source":"billing","error":"permission denied"}`,
			[]string{"8202", "permission denied", "billing.account.FundAccount"}},
		{`{"result":5,"error":"user not found"}`, []string{"result 5", "user not found", "does not exist"}},
		{`{"result":4242,"error":"something new"}`, []string{"result 4242", "something new"}},
	}
	for _, c := range cases {
		e.platform.Respond(jelastictest.Body(200, c.body))
		res := e.call(t, "account_fund_account", `{"uid":1,"amount":2,"confirm":true}`)
		if !res.IsError {
			t.Fatalf("%s: not an error", c.body)
		}
		for _, w := range c.want {
			if !strings.Contains(resultText(res), w) {
				t.Errorf("%q lacks %q", resultText(res), w)
			}
		}
		if sc := structured(t, res); sc["status"] != "api_error" {
			t.Errorf("structured %v", sc)
		}
	}
}

func TestSuccessDropsEnvelopeNoise(t *testing.T) {
	e := newEnv(t)
	e.platform.Respond(jelastictest.Body(200, `{"result":0,"source":"billing","error":"","reason":0,"uid":7,"balance":12.345678901234567,"array":[{"type":"ip"}]}`))
	res := e.call(t, "account_get_account", "")
	if res.IsError {
		t.Fatal(resultText(res))
	}
	// The currency is the server's: an account's balance is money (units.go).
	want := `{"array":[{"type":"ip"}],"balance":12.345678901234567,"currency":"EUR","uid":7}`
	if got := resultText(res); got != want {
		t.Errorf("text %s, want %s", got, want)
	}
	if sc := structured(t, res); sc["uid"] != float64(7) || sc["result"] != nil || sc["source"] != nil {
		t.Errorf("structured %v", sc)
	}
}

// TestTransportErrorsTellTheModel: a transport error is an isError result with the status;
// for a change it adds that the call may have taken effect. (How often a call is sent, timeouts
// and refused connections are the client's: see jelastic/transport_errors_test.go.)
func TestTransportErrorsTellTheModel(t *testing.T) {
	e := newEnv(t)
	e.platform.Respond(jelastictest.Body(502, "<html>Bad Gateway from the proxy</html>"))
	res := e.call(t, "account_get_account", "")
	if !res.IsError || !strings.Contains(resultText(res), "HTTP 502") || !strings.Contains(resultText(res), "Bad Gateway from the proxy") {
		t.Errorf("502: %s", resultText(res))
	}
	if sc := structured(t, res); sc["status"] != "transport_error" {
		t.Errorf("structured %v", sc)
	}
	changes := []struct{ tool, args string }{
		{"account_fund_account", `{"uid":1,"amount":5,"confirm":true}`},
		{"account_set_user_note", `{"uid":1,"note":"n"}`},
	}
	for _, c := range changes {
		res = e.call(t, c.tool, c.args)
		if !strings.Contains(resultText(res), "may or may not have taken effect") {
			t.Errorf("%s: %s", c.tool, resultText(res))
		}
	}
}

// TestCancellationReachesThePlatformCall: when the MCP client gives up on a call, the
// server cancels the HTTP request it had in flight.
func TestCancellationReachesThePlatformCall(t *testing.T) {
	e := newEnv(t)
	arrived := make(chan struct{}, 1)
	abandoned := make(chan struct{}, 1)
	e.platform.Respond(func(w http.ResponseWriter, r jelastictest.Request) {
		arrived <- struct{}{}
		select {
		case <-r.Context.Done():
			abandoned <- struct{}{}
		case <-time.After(10 * time.Second):
		}
	})
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		req := mcp.CallToolRequest{}
		req.Params.Name = "account_get_account"
		_, err := e.client.CallTool(ctx, req)
		errc <- err
	}()
	<-arrived
	cancel()
	if err := <-errc; err == nil {
		t.Fatal("cancelled call returned no error")
	}
	select {
	case <-abandoned:
	case <-time.After(5 * time.Second):
		t.Fatal("the platform request was not cancelled")
	}
}

// TestPlatformFailuresAreSentences: what the platform or the connection said reaches the model
// as full sentences, like every refusal: the message ends with a full stop and never runs two
// sentences together.
func TestPlatformFailuresAreSentences(t *testing.T) {
	e := newEnv(t)
	cases := []struct {
		tool, args, status string
		respond            jelastictest.Responder
	}{
		{"account_get_account", "", "api_error",
			jelastictest.Body(200, `{"result":11,"error":"billing account for user 1001 already exists"}`)},
		{"account_get_account", "", "api_error",
			jelastictest.Body(200, `{"result":5,"error":"user not found"}`)},
		{"account_get_account", "", "transport_error", jelastictest.Body(502, "<html>Bad Gateway</html>")},
		{"account_set_user_note", `{"uid":1,"note":"n"}`, "transport_error", jelastictest.Body(503, "down")},
	}
	for _, c := range cases {
		e.platform.Respond(c.respond)
		res := e.call(t, c.tool, c.args)
		text := resultText(res)
		if !res.IsError || structured(t, res)["status"] != c.status {
			t.Fatalf("%s: %s", c.status, text)
		}
		if !strings.HasSuffix(text, ".") || strings.Contains(text, "..") || strings.Contains(text, ") .") {
			t.Errorf("%s: not a full sentence: %q", c.status, text)
		}
		if r := []rune(text)[0]; r < 'A' || r > 'Z' {
			t.Errorf("%s: does not start with a capital: %q", c.status, text)
		}
	}
}
