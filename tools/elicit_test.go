package tools_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/client/transport"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// person answers elicitation requests the way a test tells it to, and remembers the questions.
type person struct {
	mu        sync.Mutex
	answer    mcp.ElicitationResult
	questions []string
}

func (p *person) Elicit(_ context.Context, req mcp.ElicitationRequest) (*mcp.ElicitationResult, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.questions = append(p.questions, req.Params.Message)
	answer := p.answer
	return &answer, nil
}

// TestHumanApprovalThroughElicitation: with a client that can ask its user, a confirmed
// destructive call runs only when the person accepts, on both the current protocol (multi
// round-trip) and the older one (server-initiated elicitation/create).
func TestHumanApprovalThroughElicitation(t *testing.T) {
	for _, version := range []string{mcp.LATEST_PROTOCOL_VERSION, "2025-11-25"} {
		t.Run(version, func(t *testing.T) {
			rec := jelastictest.NewRecorder()
			defer rec.Close()
			api, err := jelastic.NewClient(jelastic.Config{BaseURL: rec.URL, Token: testToken, Timeout: 5 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			srv, err := tools.NewServer(tools.Options{Caller: api, Logger: zerolog.Nop(), Currency: testCurrency}, "test")
			if err != nil {
				t.Fatal(err)
			}
			p := &person{}
			caps := mcp.ClientCapabilities{Elicitation: &mcp.ElicitationCapability{Form: &struct{}{}}}
			c := connectStdioWith(t, srv, version, caps, client.WithElicitationHandler(p))
			const fund = `{"uid":1234,"amount":50,"note":"refund","confirm":true}`

			p.answer = mcp.ElicitationResult{ElicitationResponse: mcp.ElicitationResponse{Action: mcp.ElicitationResponseActionDecline}}
			res := callClient(t, c, "account_fund_account", fund)
			if res.IsError || !strings.Contains(resultText(res), "declined") || len(rec.Requests()) != 0 {
				t.Fatalf("declined: error=%v requests=%d %s", res.IsError, len(rec.Requests()), resultText(res))
			}
			if len(p.questions) != 1 || !strings.Contains(p.questions[0], "user 1234") || !strings.Contains(p.questions[0], "Add 50.00 EUR") {
				t.Fatalf("the person was asked %q", p.questions)
			}

			p.answer = mcp.ElicitationResult{ElicitationResponse: mcp.ElicitationResponse{Action: mcp.ElicitationResponseActionAccept, Content: map[string]any{"approve": false}}}
			res = callClient(t, c, "account_fund_account", fund)
			if !strings.Contains(resultText(res), "declined") || len(rec.Requests()) != 0 {
				t.Fatalf("accepted with approve=false still ran: %s", resultText(res))
			}

			p.answer = mcp.ElicitationResult{ElicitationResponse: mcp.ElicitationResponse{Action: mcp.ElicitationResponseActionAccept, Content: map[string]any{"approve": true}}}
			res = callClient(t, c, "account_fund_account", fund)
			if res.IsError || len(rec.Requests()) != 1 || rec.Requests()[0].Form.Get("amount") != "50" {
				t.Fatalf("approved call: error=%v requests=%d %s", res.IsError, len(rec.Requests()), resultText(res))
			}

			// Without confirm the person is not bothered: the model gets the preview first.
			asked := len(p.questions)
			res = callClient(t, c, "account_fund_account", `{"uid":1234,"amount":50}`)
			if structured(t, res)["status"] != "confirmation_required" || len(p.questions) != asked {
				t.Fatalf("unconfirmed call: %s, questions %d -> %d", resultText(res), asked, len(p.questions))
			}
		})
	}
}

// answerWith is an elicitation answer: accept with the given content.
func answerWith(content any) mcp.ElicitationResult {
	return mcp.ElicitationResult{ElicitationResponse: mcp.ElicitationResponse{Action: mcp.ElicitationResponseActionAccept, Content: content}}
}

// TestOnlyABooleanTrueApproves: an accept whose approve field is anything but the boolean
// true ("false", "true", 0, 1, missing) is a refusal, on both protocol eras.
func TestOnlyABooleanTrueApproves(t *testing.T) {
	for _, version := range []string{mcp.LATEST_PROTOCOL_VERSION, "2025-11-25"} {
		t.Run(version, func(t *testing.T) {
			rec := jelastictest.NewRecorder()
			defer rec.Close()
			srv := newToolServer(t, rec, tools.Options{})
			p := &person{}
			caps := mcp.ClientCapabilities{Elicitation: &mcp.ElicitationCapability{Form: &struct{}{}}}
			c := connectStdioWith(t, srv, version, caps, client.WithElicitationHandler(p))
			for _, content := range []any{
				map[string]any{"approve": "false"}, map[string]any{"approve": 0}, map[string]any{"approve": "true"},
				map[string]any{"approve": 1}, map[string]any{}, nil, map[string]any{"approve": []any{true}},
			} {
				p.answer = answerWith(content)
				res := callClient(t, c, "account_fund_account", `{"uid":1234,"amount":50,"confirm":true}`)
				if structured(t, res)["status"] != "declined" || len(rec.Requests()) != 0 {
					t.Fatalf("approve=%#v: %d requests sent: %s", content, len(rec.Requests()), resultText(res))
				}
			}
		})
	}
}

// tamper sits between an MCP client and its transport as an attacker would: it rewrites the
// tools/call requests going out and remembers the request states coming back.
type tamper struct {
	transport.Interface
	mu     sync.Mutex
	edit   func(params map[string]any)
	states []string
}

func (t *tamper) SendRequest(ctx context.Context, req transport.JSONRPCRequest) (*transport.JSONRPCResponse, error) {
	t.mu.Lock()
	edit := t.edit
	t.mu.Unlock()
	if req.Method == string(mcp.MethodToolsCall) && edit != nil {
		b, _ := json.Marshal(req.Params)
		var m map[string]any
		_ = json.Unmarshal(b, &m)
		edit(m)
		req.Params = m
	}
	resp, err := t.Interface.SendRequest(ctx, req)
	if err == nil && resp.Result != nil {
		var r struct {
			RequestState string `json:"requestState"`
		}
		if json.Unmarshal(resp.Result, &r) == nil && r.RequestState != "" {
			t.mu.Lock()
			t.states = append(t.states, r.RequestState)
			t.mu.Unlock()
		}
	}
	return resp, err
}

// httpTamper is a tamper on an HTTP transport, which must hear the negotiated version.
type httpTamper struct {
	*tamper
	conn transport.HTTPConnection
}

func (h httpTamper) SetProtocolVersion(v string) { h.conn.SetProtocolVersion(v) }

func (t *tamper) setEdit(f func(params map[string]any)) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.edit = f
}

func (t *tamper) lastState(tb testing.TB) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.states) == 0 {
		tb.Fatal("the server issued no request state")
	}
	return t.states[len(t.states)-1]
}

// forge sets the approval answer and state a tampered call carries.
func forge(state string, approve any) func(map[string]any) {
	return func(m map[string]any) {
		m["inputResponses"] = map[string]any{"approve": map[string]any{"action": "accept", "content": map[string]any{"approve": approve}}}
		if state != "" {
			m["requestState"] = state
		} else {
			delete(m, "requestState")
		}
	}
}

// TestForgedApprovalsNeverRun: an approval answer the server did not ask for, with a made-up
// or altered state, for other arguments, or replayed after use, sends nothing.
func TestForgedApprovalsNeverRun(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	srv := newToolServer(t, rec, tools.Options{})
	p := &person{answer: answerWith(map[string]any{"approve": true})}
	tp := &tamper{}
	c := connectTampered(t, srv, tp, client.WithElicitationHandler(p))
	const fund = `{"uid":1234,"amount":50,"confirm":true}`
	refused := func(what string, res *mcp.CallToolResult, want string) {
		t.Helper()
		if !res.IsError || structured(t, res)["status"] != "approval_invalid" || !strings.Contains(resultText(res), want) || len(rec.Requests()) != 0 {
			t.Fatalf("%s: error=%v requests=%d %s", what, res.IsError, len(rec.Requests()), resultText(res))
		}
		oneVoice(t, what, resultText(res), res.IsError, rec.Requests())
	}

	// The attack of issue 7: an answer on the very first call, no question ever asked.
	tp.setEdit(forge("", true))
	refused("answer without state", callClient(t, c, "account_fund_account", `{"uid":1234,"amount":5000,"confirm":true}`), "without the request state")
	tp.setEdit(forge("a1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", true))
	refused("made-up state", callClient(t, c, "account_fund_account", fund), "not issued by this server")

	// A real state for 50 (declined by the person), spent on 5000.
	tp.setEdit(nil)
	p.answer = mcp.ElicitationResult{ElicitationResponse: mcp.ElicitationResponse{Action: mcp.ElicitationResponseActionDecline}}
	if res := callClient(t, c, "account_fund_account", fund); structured(t, res)["status"] != "declined" || !strings.HasSuffix(resultText(res), say.NothingSent) {
		t.Fatalf("declined call: %s", resultText(res))
	}
	p.answer = answerWith(map[string]any{"approve": true})
	state := tp.lastState(t)
	tp.setEdit(forge(state, true))
	refused("state for other arguments", callClient(t, c, "account_fund_account", `{"uid":1234,"amount":5000,"confirm":true}`), "not issued by this server")
	tp.setEdit(forge(state[:len(state)-2]+"AA", true))
	refused("altered state", callClient(t, c, "account_fund_account", fund), "not issued by this server")

	// The honest flow runs once; its state cannot be used again.
	tp.setEdit(nil)
	res := callClient(t, c, "account_fund_account", fund)
	if res.IsError || len(rec.Requests()) != 1 || len(p.questions) != 2 {
		t.Fatalf("approved call: error=%v requests=%d questions=%d %s", res.IsError, len(rec.Requests()), len(p.questions), resultText(res))
	}
	rec.Reset()
	tp.setEdit(forge(tp.lastState(t), true))
	refused("replayed state", callClient(t, c, "account_fund_account", fund), "already used")
}

// ask makes a confirmed call that stops at the question, leaving its state unanswered.
func ask(t *testing.T, c *client.Client, args string) {
	t.Helper()
	req := mcp.CallToolRequest{}
	req.Params.Name = "account_fund_account"
	_ = json.Unmarshal([]byte(args), &req.Params.Arguments)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, err := c.CallTool(ctx, req); !errors.Is(err, client.ErrMaxInputRoundTripsExceeded) {
		t.Fatalf("expected the call to stop at the question, got %v", err)
	}
}

// TestApprovalIsBoundToTheCaller: over streamable HTTP, the approval state issued to one
// client cannot be spent by a client with another Jelastic token, nor by one in an MCP
// session; a client with the same credentials and no session (another replica's view of
// the same caller) can.
func TestApprovalIsBoundToTheCaller(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	srv := newToolServer(t, rec, tools.Options{})
	web := httptest.NewServer(server.NewStreamableHTTPServer(srv, server.WithHTTPContextFunc(func(ctx context.Context, r *http.Request) context.Context {
		if tok := r.Header.Get("X-Jelastic-Token"); tok != "" {
			ctx = jelastic.WithToken(ctx, tok)
		}
		return ctx
	})))
	defer web.Close()
	caps := mcp.ClientCapabilities{Elicitation: &mcp.ElicitationCapability{Form: &struct{}{}}}
	const fund = `{"uid":1234,"amount":50,"confirm":true}`
	alice, aliceTP := connectHTTP(t, web.URL, mcp.LATEST_PROTOCOL_VERSION, "tok-alice-5d1e", caps, client.WithMaxInputRoundTrips(1))
	ask(t, alice, fund)
	state := aliceTP.lastState(t)
	for _, who := range []struct{ name, version, token string }{
		{"other token", mcp.LATEST_PROTOCOL_VERSION, "tok-bob-77c2"},
		{"same token in a session", "2025-11-25", "tok-alice-5d1e"},
	} {
		c, tp := connectHTTP(t, web.URL, who.version, who.token, caps)
		tp.setEdit(forge(state, true))
		res := callClient(t, c, "account_fund_account", fund)
		if !res.IsError || !strings.Contains(resultText(res), "not issued by this server") || len(rec.Requests()) != 0 {
			t.Fatalf("%s spent alice's approval: error=%v requests=%d %s", who.name, res.IsError, len(rec.Requests()), resultText(res))
		}
	}
	c, tp := connectHTTP(t, web.URL, mcp.LATEST_PROTOCOL_VERSION, "tok-alice-5d1e", caps)
	tp.setEdit(forge(state, true))
	res := callClient(t, c, "account_fund_account", fund)
	if res.IsError || len(rec.Requests()) != 1 || rec.Requests()[0].Form.Get("session") != "tok-alice-5d1e" {
		t.Fatalf("alice's own approval from a second connection: error=%v requests=%d %s", res.IsError, len(rec.Requests()), resultText(res))
	}
}

// connectHTTP is an initialized mcp-go client over streamable HTTP sending token as its
// X-Jelastic-Token, with a tamper layer on its transport.
func connectHTTP(t *testing.T, url, version, token string, caps mcp.ClientCapabilities, opts ...client.ClientOption) (*client.Client, *tamper) {
	t.Helper()
	tr, err := transport.NewStreamableHTTP(url, transport.WithHTTPHeaders(map[string]string{"X-Jelastic-Token": token}))
	if err != nil {
		t.Fatal(err)
	}
	tp := &tamper{Interface: tr}
	return initialize(t, client.NewClient(httpTamper{tp, tr}, opts...), version, caps), tp
}

// connectTampered is connectStdio on the current protocol with a tamper layer.
func connectTampered(t *testing.T, srv *server.MCPServer, tp *tamper, opts ...client.ClientOption) *client.Client {
	t.Helper()
	caps := mcp.ClientCapabilities{Elicitation: &mcp.ElicitationCapability{Form: &struct{}{}}}
	return connectStdioVia(t, srv, mcp.LATEST_PROTOCOL_VERSION, caps, func(tr transport.Interface) transport.Interface {
		tp.Interface = tr
		return tp
	}, opts...)
}

// newToolServer is the tool server of opts in front of rec, on testToken.
func newToolServer(t *testing.T, rec *jelastictest.Recorder, opts tools.Options) *server.MCPServer {
	t.Helper()
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: rec.URL, Token: testToken, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	opts.Caller = api
	if opts.Currency == "" {
		opts.Currency = testCurrency
	}
	srv, err := tools.NewServer(opts, "test")
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// TestSSEClientsThatDeclareElicitation: SSE sessions cannot carry a server request, so a
// client that declares elicitation over SSE gets the confirm flag and its preview, as a
// client without elicitation does, instead of an error on every destructive call.
func TestSSEClientsThatDeclareElicitation(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	srv := newToolServer(t, rec, tools.Options{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	web := httptest.NewUnstartedServer(server.NewSSEServer(srv, server.WithBaseURL("http://"+ln.Addr().String())))
	_ = web.Listener.Close()
	web.Listener = ln
	web.Start()
	defer web.Close()
	for _, version := range []string{mcp.LATEST_PROTOCOL_VERSION, "2025-11-25", "2024-11-05"} {
		t.Run(version, func(t *testing.T) {
			rec.Reset()
			tr, err := transport.NewSSE(web.URL + "/sse")
			if err != nil {
				t.Fatal(err)
			}
			p := &person{answer: answerWith(map[string]any{"approve": true})}
			caps := mcp.ClientCapabilities{Elicitation: &mcp.ElicitationCapability{Form: &struct{}{}}}
			c := initialize(t, client.NewClient(tr, client.WithElicitationHandler(p)), version, caps)
			res := callClient(t, c, "account_fund_account", `{"uid":1234,"amount":50}`)
			if structured(t, res)["status"] != "confirmation_required" || len(rec.Requests()) != 0 {
				t.Fatalf("unconfirmed call: %s", resultText(res))
			}
			res = callClient(t, c, "account_fund_account", `{"uid":1234,"amount":50,"confirm":true}`)
			if res.IsError || len(rec.Requests()) != 1 || rec.Requests()[0].Form.Get("amount") != "50" {
				t.Fatalf("confirmed call over SSE: error=%v requests=%d %s", res.IsError, len(rec.Requests()), resultText(res))
			}
		})
	}
}

// TestLogsDoNotCarrySessionIDs: a log line names the session by a short hash, so reading
// the logs gives nobody a session id to post into.
func TestLogsDoNotCarrySessionIDs(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	logs := &testkit.Buffer{}
	srv := newToolServer(t, rec, tools.Options{Logger: zerolog.New(logs)})
	web := httptest.NewServer(server.NewStreamableHTTPServer(srv))
	defer web.Close()
	c, _ := connectHTTP(t, web.URL, "2025-11-25", "tok-log-31b8", mcp.ClientCapabilities{})
	callClient(t, c, "account_get_account", `{}`)
	id := c.GetSessionId()
	if id == "" || strings.Contains(logs.String(), id) || !strings.Contains(logs.String(), `"session":"`) {
		t.Fatalf("session id %q in logs, or no session field:\n%s", id, logs.String())
	}
}

// TestApprovalAcrossReplicas: two servers sharing a seal key are two replicas: the question
// asked by one is answered through the other, and the call runs once. A server with another
// key refuses the same answer.
func TestApprovalAcrossReplicas(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	key := []byte("a shared key of at least 32 bytes for the replicas")
	caps := mcp.ClientCapabilities{Elicitation: &mcp.ElicitationCapability{Form: &struct{}{}}}
	replica := func(key []byte) string {
		web := httptest.NewServer(server.NewStreamableHTTPServer(newToolServer(t, rec, tools.Options{SealKey: key})))
		t.Cleanup(web.Close)
		return web.URL
	}
	first, second, stranger := replica(key), replica(key), replica(nil)
	const fund = `{"uid":1234,"amount":50,"confirm":true}`
	asker, askerTP := connectHTTP(t, first, mcp.LATEST_PROTOCOL_VERSION, "", caps, client.WithMaxInputRoundTrips(1))
	ask(t, asker, fund)
	state := askerTP.lastState(t)

	c, tp := connectHTTP(t, stranger, mcp.LATEST_PROTOCOL_VERSION, "", caps)
	tp.setEdit(forge(state, true))
	if res := callClient(t, c, "account_fund_account", fund); !res.IsError || len(rec.Requests()) != 0 {
		t.Fatalf("a server with another key took the answer: requests=%d %s", len(rec.Requests()), resultText(res))
	}
	c, tp = connectHTTP(t, second, mcp.LATEST_PROTOCOL_VERSION, "", caps)
	tp.setEdit(forge(state, true))
	if res := callClient(t, c, "account_fund_account", fund); res.IsError || len(rec.Requests()) != 1 {
		t.Fatalf("the other replica: error=%v requests=%d %s", res.IsError, len(rec.Requests()), resultText(res))
	}
}

// TestApprovalThroughDiscovery: in discovery mode call_tool runs the tool's own handler, so
// the person is asked and the seal checked exactly as on a direct call.
func TestApprovalThroughDiscovery(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	p := &person{answer: answerWith(map[string]any{"approve": "true"})}
	caps := mcp.ClientCapabilities{Elicitation: &mcp.ElicitationCapability{Form: &struct{}{}}}
	c := connectStdioWith(t, newToolServer(t, rec, tools.Options{Discovery: true}), mcp.LATEST_PROTOCOL_VERSION, caps, client.WithElicitationHandler(p))
	const call = `{"name":"account_fund_account","arguments":{"uid":1234,"amount":50,"confirm":true}}`
	if res := callClient(t, c, "call_tool", call); structured(t, res)["status"] != "declined" || len(rec.Requests()) != 0 {
		t.Fatalf("approve \"true\" through call_tool: requests=%d %s", len(rec.Requests()), resultText(res))
	}
	p.answer = answerWith(map[string]any{"approve": true})
	if res := callClient(t, c, "call_tool", call); res.IsError || len(rec.Requests()) != 1 || len(p.questions) != 2 {
		t.Fatalf("approved through call_tool: requests=%d questions=%d %s", len(rec.Requests()), len(p.questions), resultText(res))
	}
}

// TestStatelessLegacyClientsFallBackToConfirm: without sessions (stateless HTTP) a client on
// an older protocol cannot receive a server request, so it gets the confirm flag and its
// preview; a client on the current protocol is still asked, in the result.
func TestStatelessLegacyClientsFallBackToConfirm(t *testing.T) {
	rec := jelastictest.NewRecorder()
	defer rec.Close()
	web := httptest.NewServer(server.NewStreamableHTTPServer(newToolServer(t, rec, tools.Options{}), server.WithStateLess(true)))
	defer web.Close()
	caps := mcp.ClientCapabilities{Elicitation: &mcp.ElicitationCapability{Form: &struct{}{}}}
	for _, tc := range []struct {
		version string
		asked   int
	}{{"2025-11-25", 0}, {mcp.LATEST_PROTOCOL_VERSION, 1}} {
		t.Run(tc.version, func(t *testing.T) {
			rec.Reset()
			p := &person{answer: answerWith(map[string]any{"approve": true})}
			c, _ := connectHTTP(t, web.URL, tc.version, "", caps, client.WithElicitationHandler(p))
			res := callClient(t, c, "account_fund_account", `{"uid":1234,"amount":50,"confirm":true}`)
			if res.IsError || len(rec.Requests()) != 1 || len(p.questions) != tc.asked {
				t.Fatalf("error=%v requests=%d questions=%d %s", res.IsError, len(rec.Requests()), len(p.questions), resultText(res))
			}
		})
	}
}
