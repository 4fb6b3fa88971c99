package transport

import (
	"net"
	"net/http"
	"net/url"
	"strings"
)

// checkOrigin rejects browser requests from other sites. mcp-go checks the Host header
// (DNS rebinding), but not Origin: without this, any web page could open an EventSource
// to a local /sse (mcp-go answers it with Access-Control-Allow-Origin: *) and post
// text/plain messages to /message, which needs no CORS preflight. Clients that are not
// browsers send no Origin and are not affected. Origins the operator allowed pass too.
func checkOrigin(cors *corsPolicy, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if origin := r.Header.Get("Origin"); origin != "" && !originAllowed(origin, r) && !cors.allows(origin) {
			writeJSONError(w, http.StatusForbidden, "forbidden_origin",
				"Requests from web pages of other sites are refused; the server's operator can allow an origin with --allow-origin.")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// originAllowed: the page's own origin, or a loopback origin when the request came to a
// loopback address (a local tool talking to a local server).
func originAllowed(origin string, r *http.Request) bool {
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false // includes "null", sent by sandboxed frames and file:// pages
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	host, _, err := net.SplitHostPort(r.Host)
	if err != nil {
		host = r.Host
	}
	return isLoopback(u.Hostname()) && isLoopback(host)
}
