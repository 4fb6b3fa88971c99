package transport

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/mark3labs/mcp-go/server"

	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// Headers with which one request narrows the tools the server offers. They can only take
// tools away: a tool the server does not offer stays out whatever they say.
const (
	HeaderToolsets     = "X-MCP-Toolsets"
	HeaderTools        = "X-MCP-Tools"
	HeaderExcludeTools = "X-MCP-Exclude-Tools"
	HeaderReadonly     = "X-MCP-Readonly"
)

// narrow puts the narrowing a request's headers ask for into its context, for tools/list and
// tools/call alike. Unknown names are a 400 that lists the valid ones, so that a client's
// typo does not silently hide every tool.
func narrow(srv *server.MCPServer, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := r.Header
		if h.Get(HeaderToolsets) == "" && h.Get(HeaderTools) == "" && h.Get(HeaderExcludeTools) == "" && h.Get(HeaderReadonly) == "" {
			next.ServeHTTP(w, r)
			return
		}
		p := tools.Policy{
			Toolsets: tools.SplitList(strings.Join(h.Values(HeaderToolsets), ",")),
			Tools:    tools.SplitList(strings.Join(h.Values(HeaderTools), ",")),
			Exclude:  tools.SplitList(strings.Join(h.Values(HeaderExcludeTools), ",")),
		}
		switch strings.ToLower(strings.TrimSpace(h.Get(HeaderReadonly))) {
		case "true", "1":
			p.ReadOnly = true
		case "", "false", "0":
		default:
			http.Error(w, fmt.Sprintf("The %s header is %q; it must be true or false.", HeaderReadonly, h.Get(HeaderReadonly)), http.StatusBadRequest)
			return
		}
		if err := tools.CheckNarrowing(srv, p); err != nil {
			http.Error(w, "The X-MCP-* headers name what this server does not have. "+err.Error(), http.StatusBadRequest)
			return
		}
		next.ServeHTTP(w, r.WithContext(tools.WithNarrowing(r.Context(), p)))
	})
}
