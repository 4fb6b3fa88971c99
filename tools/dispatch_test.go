package tools_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestCallsKeepTheirMeta: a call reaches its tool as the client made it, _meta included,
// although mcp-go dispatches every offered tool through one handler. A client on the
// 2026-07-28 protocol declares elicitation in the _meta of each call: its destructive call
// with confirm: true is put to the person first, and nothing is sent. (Were the _meta lost,
// the call would go to the platform at once.)
func TestCallsKeepTheirMeta(t *testing.T) {
	e := newEnv(t)
	const call = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"account_suspend_user",` +
		`"arguments":{"uid":7,"confirm":true},"_meta":{"progressToken":"p-1",` +
		`"io.modelcontextprotocol/protocolVersion":"2026-07-28",` +
		`"io.modelcontextprotocol/clientCapabilities":{"elicitation":{}},` +
		`"io.modelcontextprotocol/clientInfo":{"name":"test","version":"1"}}}}`
	answer, err := json.Marshal(e.server.HandleMessage(context.Background(), []byte(call)))
	if err != nil {
		t.Fatal(err)
	}
	var msg struct {
		Result struct {
			InputRequests map[string]struct{ Method string } `json:"inputRequests"`
		} `json:"result"`
	}
	if err := json.Unmarshal(answer, &msg); err != nil {
		t.Fatal(err)
	}
	if msg.Result.InputRequests["approve"].Method != "elicitation/create" || !strings.Contains(string(answer), "Suspend user 7") {
		t.Fatalf("the person was not asked: %.400s", answer)
	}
	if n := len(e.platform.Requests()); n != 0 {
		t.Fatalf("%d requests reached the platform before the person answered", n)
	}
}
