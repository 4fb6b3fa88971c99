package transport

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// corsPolicy answers browsers from the origins the operator allowed (--allow-origin) and no
// others. Without any, no response carries Access-Control-* headers, whatever the SDK sets
// (its SSE handler answers every origin with "*").
type corsPolicy struct {
	origins map[string]bool // "scheme://host[:port]", lower case
}

// ParseOrigins checks --allow-origin values: each must be a bare origin such as
// https://app.example.com (no path, no "*").
func ParseOrigins(values []string) ([]string, error) {
	var out []string
	for _, v := range values {
		for _, o := range strings.Split(v, ",") {
			o = strings.TrimSpace(o)
			if o == "" {
				continue
			}
			if _, ok := normalOrigin(o); !ok {
				return nil, fmt.Errorf("--allow-origin %q is not an origin; give scheme and host, e.g. https://app.example.com, "+
					"without path or wildcard", o)
			}
			out = append(out, o)
		}
	}
	return out, nil
}

func normalOrigin(o string) (string, bool) {
	u, err := url.Parse(o)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.Contains(u.Host, "*") ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.User != nil {
		return "", false
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), true
}

func newCORSPolicy(origins []string) *corsPolicy {
	c := &corsPolicy{origins: map[string]bool{}}
	for _, o := range origins {
		if n, ok := normalOrigin(o); ok {
			c.origins[n] = true
		}
	}
	return c
}

func (c *corsPolicy) allows(origin string) bool {
	n, ok := normalOrigin(origin)
	return ok && c.origins[n]
}

// apply sets the CORS headers of a response to a request from origin, replacing any the
// SDK set.
func (c *corsPolicy) apply(h http.Header, origin string) {
	for k := range h {
		if strings.HasPrefix(k, "Access-Control-") {
			delete(h, k)
		}
	}
	if origin == "" || !c.allows(origin) {
		return
	}
	h.Set("Access-Control-Allow-Origin", origin)
	h.Set("Access-Control-Expose-Headers", "Mcp-Session-Id, WWW-Authenticate")
	h.Add("Vary", "Origin")
}

// preflight answers a browser's OPTIONS question for an allowed origin, before
// authentication: browsers never send credentials with it.
func (c *corsPolicy) preflight(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if r.Method != http.MethodOptions || r.Header.Get("Access-Control-Request-Method") == "" || !c.allows(origin) {
			next.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		c.apply(h, origin)
		h.Set("Access-Control-Allow-Methods", "GET, POST, DELETE")
		h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept, Last-Event-ID, Mcp-Session-Id, Mcp-Protocol-Version, "+HeaderJelasticToken+
			", "+HeaderToolsets+", "+HeaderTools+", "+HeaderExcludeTools+", "+HeaderReadonly)
		h.Set("Access-Control-Max-Age", "600")
		w.WriteHeader(http.StatusNoContent)
	})
}
