package transport

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/mark3labs/mcp-go/client"
	mcptransport "github.com/mark3labs/mcp-go/client/transport"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// stdioClient serves a tool server with opts on ServeStdio over pipes and returns an
// initialized mcp-go client and the server.
func stdioClient(t testing.TB, opts tools.Options) (*client.Client, func(msg string) []byte) {
	t.Helper()
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: "http://127.0.0.1:1"})
	if err != nil {
		t.Fatal(err)
	}
	opts.Caller, opts.Logger = api, zerolog.Nop()
	srv, err := tools.NewServer(opts, "test")
	if err != nil {
		t.Fatal(err)
	}
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = ServeStdio(ctx, srv, inR, outW, zerolog.Nop())
		_ = outW.Close()
	}()
	c := client.NewClient(mcptransport.NewIO(outR, inW, io.NopCloser(strings.NewReader(""))))
	t.Cleanup(func() {
		_ = inW.Close()
		<-done
		cancel()
		_ = c.Close()
	})
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
	init.Params.ClientInfo = mcp.Implementation{Name: "stdio-test", Version: "1"}
	if _, err := c.Initialize(ctx, init); err != nil {
		t.Fatal(err)
	}
	direct := func(msg string) []byte {
		b, err := json.Marshal(srv.HandleMessage(context.Background(), []byte(msg)))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	return c, direct
}

// TestStdioListsFromTheEncodedListing: the tools/list answer written from the listing
// encoded once is the one the SDK would write, in every mode.
func TestStdioListsFromTheEncodedListing(t *testing.T) {
	for _, opts := range []tools.Options{{}, {Discovery: true}, {Policy: tools.Policy{ReadOnly: true}}} {
		c, direct := stdioClient(t, opts)
		for range 2 { // the second comes from the cache
			got, err := c.ListTools(context.Background(), mcp.ListToolsRequest{})
			if err != nil {
				t.Fatal(err)
			}
			var want mcp.ListToolsResult
			var envelope struct{ Result json.RawMessage }
			if err := json.Unmarshal(direct(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`), &envelope); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(envelope.Result, &want); err != nil {
				t.Fatal(err)
			}
			g, _ := json.Marshal(got.Tools)
			w, _ := json.Marshal(want.Tools)
			if len(got.Tools) == 0 || string(g) != string(w) {
				t.Fatalf("%+v: stdio listed %d tools, the server %d:\n%.300s\n%.300s", opts, len(got.Tools), len(want.Tools), g, w)
			}
		}
		if _, err := c.CallTool(context.Background(), mcp.CallToolRequest{Params: mcp.CallToolParams{Name: "nope"}}); err != nil {
			t.Fatalf("a call after the listings: %v", err)
		}
	}
}

// BenchmarkStdioToolsList is a warm tools/list of all tools through ServeStdio, from the
// client's request to its decoded answer.
func BenchmarkStdioToolsList(b *testing.B) {
	c, _ := stdioClient(b, tools.Options{})
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.ListTools(ctx, mcp.ListToolsRequest{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStdioToolsListRaw is a warm tools/list of all tools through ServeStdio as bytes:
// the request written, the whole answer line read, nothing decoded (the client's part).
func BenchmarkStdioToolsListRaw(b *testing.B) {
	api, err := jelastic.NewClient(jelastic.Config{BaseURL: "http://127.0.0.1:1"})
	if err != nil {
		b.Fatal(err)
	}
	srv, err := tools.NewServer(tools.Options{Caller: api, Logger: zerolog.Nop()}, "bench")
	if err != nil {
		b.Fatal(err)
	}
	roundTrip := rawStdio(b, srv, zerolog.Nop())
	b.ReportAllocs()
	for b.Loop() {
		if line := roundTrip(`{"jsonrpc":"2.0","id":1,"method":"tools/list"}`); len(line) < 100000 {
			b.Fatalf("short answer: %.200s", line)
		}
	}
}

// rawStdio serves srv with ServeStdio on pipes, past the handshake, and returns a function
// that writes one request line and reads the next line the server writes, as bytes.
func rawStdio(b *testing.B, srv *server.MCPServer, logger zerolog.Logger) func(msg string) []byte {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	go func() { _ = ServeStdio(context.Background(), srv, inR, outW, logger) }()
	b.Cleanup(func() { _ = inW.Close() })
	out := bufio.NewReaderSize(outR, 1<<20)
	roundTrip := func(msg string) []byte {
		if _, err := io.WriteString(inW, msg+"\n"); err != nil {
			b.Fatal(err)
		}
		line, err := out.ReadBytes('\n')
		if err != nil {
			b.Fatal(err)
		}
		return line
	}
	roundTrip(`{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}`)
	if _, err := io.WriteString(inW, initialized+"\n"); err != nil {
		b.Fatal(err)
	}
	return roundTrip
}
