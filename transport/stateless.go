package transport

import (
	"net/http"

	"github.com/mark3labs/mcp-go/server"
)

// EnvStateless set to 1 (or true) turns on Options.Stateless, like --stateless.
const EnvStateless = "JELASTIC_MCP_STATELESS"

// sessionHandling is how /mcp keeps sessions. Normally the session table issues the ids and
// checks each request against them. Stateless, no id is issued and none is checked, so any
// replica can answer any request: nothing a request needs lives in one process's memory.
func sessionHandling(opts Options, sessions *sessionTable, b binder) (server.StreamableHTTPOption, func(http.Handler) http.Handler) {
	if opts.Stateless {
		return server.WithStateLess(true), func(h http.Handler) http.Handler { return h }
	}
	return server.WithSessionIdManagerResolver(sessions.resolver(b)),
		func(h http.Handler) http.Handler { return sessions.guard(b, h) }
}

// noSessionTransport answers the legacy SSE endpoints of a stateless server: that transport
// ties a stream to the process holding it, which replicas cannot share.
func noSessionTransport(w http.ResponseWriter, _ *http.Request) {
	writeJSONError(w, http.StatusNotFound, "stateless",
		"This server runs stateless, without the legacy SSE transport; use streamable HTTP at "+PathStreamable+".")
}
