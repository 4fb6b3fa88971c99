package main

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

// TestStdinEOFLetsCallsFinish is `printf '…' | jelastic-mcp`: stdin ends while calls are still
// running on a slow platform, and every one of them is answered with its result before the
// server exits, none cancelled.
func TestStdinEOFLetsCallsFinish(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	platform.Respond(func(w http.ResponseWriter, r jelastictest.Request) {
		time.Sleep(300 * time.Millisecond)
		if strings.HasSuffix(r.Path, "/setusernote") { // the last to finish
			time.Sleep(time.Second)
		}
		_, _ = w.Write([]byte(`{"result":0,"uid":7,"balance":3.5}`))
	})
	env := envOf(map[string]string{"JELASTIC_URL": platform.URL, "JELASTIC_TOKEN": "tok-eof-1f3a5c"})
	stdin := strings.Join([]string{
		`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"printf","version":"1"}}}`,
		`{"jsonrpc":"2.0","method":"notifications/initialized"}`,
		`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"account_get_account","arguments":{}}}`,
		`{"jsonrpc":"2.0","id":"three","method":"tools/call","params":{"name":"account_get_account","arguments":{}}}`,
		// A line over 1 MiB (a long note) is a call like the others.
		`{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"account_set_user_note","arguments":{"uid":7,"note":"` +
			strings.Repeat("n", 3<<19) + `"}}}`,
	}, "\n") + "\n"
	var stdout bytes.Buffer
	stderr := &testkit.Buffer{}
	done := make(chan int, 1)
	go func() {
		done <- run(context.Background(), []string{"--timeout", "10s"}, env, strings.NewReader(stdin), &stdout, stderr)
	}()
	select {
	case code := <-done:
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the server did not exit after stdin ended")
	}
	out := stdout.String()
	for _, id := range []string{`"id":2,"result"`, `"id":"three","result"`, `"id":4,"result"`} {
		if !strings.Contains(out, id) {
			t.Errorf("no answer %s after stdin ended:\n%s\n%s", id, out, stderr.String())
		}
	}
	if strings.Contains(out, "cancel") || strings.Count(out, `"balance":3.5`) != 3 {
		t.Errorf("calls were not answered with their results:\n%s", out)
	}
}
