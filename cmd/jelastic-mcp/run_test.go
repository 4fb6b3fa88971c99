package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/client/transport"
	"github.com/mark3labs/mcp-go/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/answers"
	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

func envOf(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

// TestConfigurationErrors: bad configuration exits 2 with a message that says how to fix it.
func TestConfigurationErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
		env  map[string]string
		code int
		want string
	}{
		{"no url", nil, nil, exitUsage, "JELASTIC_URL is not set"},
		{"bad scheme", nil, map[string]string{"JELASTIC_URL": "ftp://x.example"}, exitUsage, "must use https://"},
		{"url with credentials", nil, map[string]string{"JELASTIC_URL": "https://u:p@x.example"}, exitUsage, "must not carry credentials"},
		{"bad log level", []string{"--log-level", "loud"}, map[string]string{"JELASTIC_URL": "x.example"}, exitUsage, "--log-level"},
		{"bad log format", []string{"--log-format", "xml"}, map[string]string{"JELASTIC_URL": "x.example"}, exitUsage, "--log-format"},
		{"bad timeout", []string{"--timeout", "-1s"}, map[string]string{"JELASTIC_URL": "x.example"}, exitUsage, "--timeout must be positive"},
		{"unknown flag", []string{"--frobnicate"}, nil, exitUsage, "frobnicate"},
		{"stray argument", []string{"serve"}, map[string]string{"JELASTIC_URL": "x.example"}, exitUsage, `unexpected argument "serve"`},
		{"stateless without http", []string{"--stateless"}, map[string]string{"JELASTIC_URL": "x.example"}, exitUsage, "--stateless (or JELASTIC_MCP_STATELESS) applies to --http only"},
		{"stateless env without http", nil, map[string]string{"JELASTIC_URL": "x.example", "JELASTIC_MCP_STATELESS": "1"}, exitUsage, "applies to --http only"},
		{"help", []string{"--help"}, nil, exitOK, "JELASTIC_URL"},
		{"unknown toolset", []string{"--toolsets", "acount"}, map[string]string{"JELASTIC_URL": "x.example"}, exitUsage,
			`There is no toolset named "acount"; did you mean "account"? Valid toolsets: all, essentials, account, billing, group_quota,`},
		{"unknown toolset from env", nil, map[string]string{"JELASTIC_URL": "x.example", "JELASTIC_TOOLSETS": "money"}, exitUsage,
			`There is no toolset named "money".`},
		{"unknown tool", []string{"--tools", "account_get_acount"}, map[string]string{"JELASTIC_URL": "x.example"}, exitUsage,
			`There is no tool named "account_get_acount"; did you mean "account_get_account"?`},
		{"unknown excluded tool", []string{"--exclude-tools", "fund"}, map[string]string{"JELASTIC_URL": "x.example"}, exitUsage,
			`Valid tools: account_add_account, account_change_email`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), c.args, envOf(c.env), strings.NewReader(""), &stdout, &stderr)
			if code != c.code || !strings.Contains(stderr.String(), c.want) {
				t.Fatalf("exit %d, stderr %q; want exit %d mentioning %q", code, stderr.String(), c.code, c.want)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout not empty: %q", stdout.String())
			}
		})
	}
}

func TestVersionAndToolList(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"--version"}, envOf(nil), nil, &stdout, &stderr); code != 0 || !strings.HasPrefix(stdout.String(), "jelastic-mcp ") {
		t.Fatalf("--version: exit %d, %q", code, stdout.String())
	}
	stdout.Reset()
	if code := run(context.Background(), []string{"--list-tools"}, envOf(nil), nil, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "| `account_fund_account` | destructive |") {
		t.Fatalf("--list-tools: exit %d, %q", code, stdout.String()[:min(200, stdout.Len())])
	}
}

// TestStdioServer runs the server as main does, over stdio pipes, with a real MCP client:
// stdout carries only protocol, stderr structured logs without the token, and the
// configured token and appid reach the platform.
func TestStdioServer(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	platform.Respond(jelastictest.Body(200, `{"result":0,"uid":7,"email":"a@b.example","balance":3.5}`))
	const token = "stdio-secret-token-77"
	env := envOf(map[string]string{"JELASTIC_URL": platform.URL + "/", "JELASTIC_TOKEN": token, "JELASTIC_APPID": "1dd8d191d38fff45e62564fcf67fdcd6",
		"JELASTIC_CURRENCY": "EUR"})

	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	stderr := &testkit.Buffer{}
	ctx, cancel := context.WithCancel(context.Background())
	exit := make(chan int, 1)
	go func() {
		exit <- run(ctx, []string{"--timeout", "5s"}, env, inR, outW, stderr)
		_ = outW.Close()
	}()
	// Everything the server writes to stdout must be JSON-RPC; tee it for inspection.
	var stdout testkit.Buffer
	c := client.NewClient(transport.NewIO(io.TeeReader(outR, &stdout), inW, io.NopCloser(strings.NewReader(""))))
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
	init.Params.ClientInfo = mcp.Implementation{Name: "run-test", Version: "1"}
	info, err := c.Initialize(ctx, init)
	if err != nil {
		t.Fatal(err)
	}
	if info.ServerInfo.Name != "jelastic-mcp" || info.Instructions == "" {
		t.Errorf("server info %+v", info.ServerInfo)
	}
	list, err := c.ListTools(ctx, mcp.ListToolsRequest{})
	if err != nil || len(list.Tools) != len(testkit.OfferedByDefault(t))+len(answers.Methods()) {
		t.Fatalf("tools/list: %d tools, %v", len(list.Tools), err)
	}
	req := mcp.CallToolRequest{}
	req.Params.Name = "account_get_account"
	res, err := c.CallTool(ctx, req)
	if err != nil || res.IsError {
		t.Fatalf("call: %v %+v", err, res)
	}
	reqs := platform.Requests()
	if len(reqs) != 1 {
		t.Fatalf("platform got %d requests, want 1", len(reqs))
	}
	// The form holds the session token: say what differs, never print it.
	if got := reqs[0]; got.Form.Get("session") != token || got.Form.Get("appid") != "1dd8d191d38fff45e62564fcf67fdcd6" ||
		got.Path != "/1.0/billing/account/rest/getaccount" {
		t.Fatalf("platform got a request to %s with appid %q, session as configured: %v", got.Path, got.Form.Get("appid"), got.Form.Get("session") == token)
	}

	cancel()
	if err := inW.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-exit:
		if code != exitOK {
			t.Errorf("exit code %d after cancel", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("server did not stop after its context was cancelled")
	}
	_ = c.Close()
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		var msg map[string]any
		if json.Unmarshal([]byte(line), &msg) != nil || msg["jsonrpc"] != "2.0" {
			t.Errorf("stdout line is not JSON-RPC: %q", line)
		}
	}
	logs := stderr.String()
	if strings.Contains(logs, token) || strings.Contains(stdout.String(), token) {
		t.Error("the token leaked into stdout or stderr")
	}
	if !strings.Contains(logs, `"tool":"account_get_account"`) || !strings.Contains(logs, `"transport":"stdio"`) {
		t.Errorf("logs lack the serving and tool-call lines:\n%s", logs)
	}
}
