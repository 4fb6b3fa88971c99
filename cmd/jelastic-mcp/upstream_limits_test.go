package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/client/transport"
	"github.com/mark3labs/mcp-go/mcp"
)

// writeJSONAnswer writes a well-formed platform answer of about size bytes: a long list of
// small objects, the shape that costs most to decode.
func writeJSONAnswer(w io.Writer, size int) {
	const item = `{"uid":1234,"note":"x","amount":1.5},`
	// The client under test may hang up early on purpose; bufio keeps the first error and
	// drops the rest, so there is nothing to check.
	bw := bufio.NewWriterSize(w, 64<<10)
	_, _ = bw.WriteString(`{"result":0,"items":[`)
	for n := 0; n < size; n += len(item) {
		_, _ = bw.WriteString(item)
	}
	_, _ = bw.WriteString(`{}]}`)
	_ = bw.Flush()
}

// gzipBomb is 62 MiB of JSON answer, gzip-compressed to a few dozen KiB.
func gzipBomb(t *testing.T) []byte {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if err != nil {
		t.Fatal(err)
	}
	writeJSONAnswer(zw, 62<<20)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestHostileAnswersStayBounded runs the built server over stdio against a platform that
// answers a gzip bomb or a 100 MB body. Each call must fail on the answer-size limit (not on
// the timeout) and the server's peak resident memory must stay under 200 MiB.
func TestHostileAnswersStayBounded(t *testing.T) {
	bomb := gzipBomb(t)
	answers := map[string]http.HandlerFunc{
		"gzip bomb": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Encoding", "gzip")
			_, _ = w.Write(bomb) // the client is expected to stop reading
		},
		"100 MB body": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.(http.Flusher).Flush() // chunked: no length to refuse it by
			writeJSONAnswer(w, 100_000_000)
		},
	}
	for name, answer := range answers {
		t.Run(name, func(t *testing.T) {
			platform := httptest.NewServer(answer)
			defer platform.Close()
			srv, c := startStdioBinary(t, "JELASTIC_URL="+platform.URL, "JELASTIC_TOKEN=tok-limits-0b7e2c")
			start := time.Now()
			req := mcp.CallToolRequest{}
			req.Params.Name = "account_get_account"
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			res, err := c.CallTool(ctx, req)
			took := time.Since(start)
			if err != nil {
				t.Fatalf("protocol error: %v", err)
			}
			peak := peakRSS(t, srv.Process.Pid)
			t.Logf("%s: failed after %.1fs, server peak RSS %d MiB", name, took.Seconds(), peak>>20)
			text := mcp.GetTextFromContent(res.Content[0])
			if !res.IsError || !strings.Contains(text, "larger than 32 MiB") || !strings.Contains(text, "--max-upstream-bytes") {
				t.Errorf("result %.300s; want an error naming the 32 MiB limit and its flag", text)
			}
			if peak > 200<<20 {
				t.Errorf("server peak RSS %d MiB, want under 200 MiB", peak>>20)
			}
		})
	}
}

// startStdioBinary starts the built server with env (and a 20 s call timeout) and returns its
// process and an initialized MCP client on its stdio.
func startStdioBinary(t *testing.T, env ...string) (*exec.Cmd, *client.Client) {
	t.Helper()
	cmd := exec.Command(binary, "--timeout", "20s", "--log-level", "error")
	cmd.Env = append(os.Environ(), env...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := client.NewClient(transport.NewIO(stdout, stdin, io.NopCloser(strings.NewReader(""))))
	t.Cleanup(func() {
		_ = c.Close()
		_ = stdin.Close()
		_ = cmd.Process.Kill()
		_ = cmd.Wait() // killed: its exit status says nothing
	})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
	init.Params.ClientInfo = mcp.Implementation{Name: "limits-test", Version: "1"}
	if _, err := c.Initialize(ctx, init); err != nil {
		t.Fatal(err)
	}
	return cmd, c
}

// peakRSS reads the process's high-water resident set size (VmHWM) in bytes.
func peakRSS(t *testing.T, pid int) int64 {
	t.Helper()
	status, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		t.Skipf("no /proc to measure memory: %v", err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				t.Fatalf("VmHWM line %q", line)
			}
			return kb << 10
		}
	}
	t.Fatal("no VmHWM in /proc status")
	return 0
}
