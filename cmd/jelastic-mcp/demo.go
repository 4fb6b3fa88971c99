package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/mark3labs/mcp-go/client"
	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

// demoShown bounds how much of one answer the transcript prints: enough to see its shape.
const demoShown = 240

// runDemo holds a short conversation with the sandbox through an MCP client in this process
// and prints it, then how to connect a real client to this very binary. It is what a
// newcomer runs first: it needs no client, no account and no network.
func runDemo(ctx context.Context, srv *server.MCPServer, stdout io.Writer) error {
	c, err := client.NewInProcessClient(srv)
	if err != nil {
		return err
	}
	defer func() { _ = c.Close() }()
	if err := c.Start(ctx); err != nil {
		return err
	}
	init := mcp.InitializeRequest{}
	init.Params.ProtocolVersion = mcp.LATEST_PROTOCOL_VERSION
	init.Params.ClientInfo = mcp.Implementation{Name: "jelastic-mcp-demo", Version: version}
	info, err := c.Initialize(ctx, init)
	if err != nil {
		return err
	}
	list, err := c.ListTools(ctx, mcp.ListToolsRequest{})
	if err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "A short conversation with the sandbox, an in-memory billing platform: nothing here is real\nand nothing leaves this machine. The client is an MCP client inside this process.\n\n")
	fmt.Fprintf(&b, "> initialize\n  %s %s, %d tools\n\n", info.ServerInfo.Name, info.ServerInfo.Version, len(list.Tools))
	uid := sandbox.LowBalanceUID
	steps := []struct {
		tool string
		args map[string]any
	}{
		{"account_get_account", map[string]any{}},
		{"account_fund_account", map[string]any{"uid": uid, "amount": 50}},
		{"account_fund_account", map[string]any{"uid": uid, "amount": 50, "confirm": true}},
	}
	for _, s := range steps {
		req := mcp.CallToolRequest{}
		req.Params.Name, req.Params.Arguments = s.tool, s.args
		res, err := c.CallTool(ctx, req)
		if err != nil {
			return fmt.Errorf("%s: %w", s.tool, err)
		}
		args, _ := json.Marshal(s.args)
		fmt.Fprintf(&b, "> %s %s\n  %s\n\n", s.tool, args, abridged(res))
	}
	self, err := os.Executable()
	if err != nil {
		self = "jelastic-mcp"
	} else if abs, err := filepath.Abs(self); err == nil {
		self = abs
	}
	command, _ := json.Marshal(self)
	fmt.Fprintf(&b, `To talk to it from an MCP client, point the client at this binary.
Claude Desktop or Cursor (in claude_desktop_config.json or .cursor/mcp.json):

  { "mcpServers": { "jelastic-sandbox": { "command": %s, "args": ["--sandbox"] } } }

Claude Code:

  claude mcp add jelastic-sandbox -- %s --sandbox

For a real platform, drop --sandbox and set JELASTIC_URL and JELASTIC_TOKEN (see README.md).
`, command, self)
	_, err = io.WriteString(stdout, b.String())
	return err
}

// abridged is a tool result as one short line of the transcript.
func abridged(res *mcp.CallToolResult) string {
	var text string
	for _, c := range res.Content {
		if t, ok := c.(mcp.TextContent); ok {
			text += t.Text
		}
	}
	text = strings.Join(strings.Fields(text), " ")
	if len(text) > demoShown {
		text = strings.ToValidUTF8(text[:demoShown], "") + " …"
	}
	if res.IsError {
		return "error: " + text
	}
	return text
}
