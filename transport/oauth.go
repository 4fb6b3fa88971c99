package transport

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
)

// PathResourceMetadata serves the OAuth protected-resource metadata (RFC 9728) when
// Options.OAuthIssuer is set; the form suffixed with /mcp describes the MCP endpoint.
const PathResourceMetadata = "/.well-known/oauth-protected-resource"

// oauthResource makes the server an OAuth 2.1 resource server: it publishes which
// authorization server issues its tokens and accepts that server's signed JWTs whose
// audience is this server.
type oauthResource struct {
	issuer string
	base   string // the public URL, without a trailing slash
	keys   *issuerKeys
}

// newOAuth is nil when no issuer is configured. publicURL must be set (ServeHTTP derives it
// from the listener when the operator did not).
func newOAuth(issuer, publicURL string, log zerolog.Logger) *oauthResource {
	if issuer == "" {
		return nil
	}
	return &oauthResource{issuer: issuer, base: strings.TrimSuffix(publicURL, "/"), keys: newIssuerKeys(issuer, log)}
}

// resource is the canonical URL of the MCP endpoint, the audience clients ask tokens for.
func (o *oauthResource) resource() string { return o.base + PathStreamable }

// audiences are the resource identifiers a token may be for: the MCP endpoint, or the
// server as a whole (clients that use the metadata at the root ask for that).
func (o *oauthResource) audiences() []string { return []string{o.resource(), o.base} }

// metadataURL is where clients learn about the MCP endpoint's authorization (named in the
// 401's WWW-Authenticate).
func (o *oauthResource) metadataURL() string {
	u, _ := url.Parse(o.base) // checked by CheckOAuth
	return u.Scheme + "://" + u.Host + PathResourceMetadata + u.Path + PathStreamable
}

// mount serves the metadata documents, without authentication: they are how a client
// learns where to authenticate.
func (o *oauthResource) mount(mux *http.ServeMux) {
	if o == nil {
		return
	}
	u, _ := url.Parse(o.base)
	paths := map[string]string{PathResourceMetadata: o.base, PathResourceMetadata + PathStreamable: o.resource()}
	if u.Path != "" { // behind a proxy that forwards the public path prefix as is
		paths[PathResourceMetadata+u.Path] = o.base
		paths[PathResourceMetadata+u.Path+PathStreamable] = o.resource()
	}
	for path, resource := range paths {
		doc, _ := json.Marshal(map[string]any{
			"resource":                 resource,
			"authorization_servers":    []string{o.issuer},
			"bearer_methods_supported": []string{"header"},
			"resource_name":            "jelastic-mcp",
		})
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			// Public facts, fetched by browser-based clients from their own origin.
			w.Header().Set("Access-Control-Allow-Origin", "*")
			w.Header().Set("Cache-Control", "public, max-age=300")
			_, _ = w.Write(doc)
		})
	}
}

// fetchKeysEarly reads the issuer's keys at start, so that a misconfiguration shows in the
// log at once rather than on the first client's 503.
func (o *oauthResource) fetchKeysEarly() {
	if o == nil {
		return
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), jwksFetchTimeout)
		defer cancel()
		o.keys.warm(ctx)
	}()
}

// verify checks a bearer JWT: signature by a key the issuer publishes, issuer, time window
// and audience. It returns who the token is for (subject, else client id). An error is a
// *tokenError (the client's fault) or wraps errKeysUnavailable (the server's).
func (o *oauthResource) verify(ctx context.Context, token string) (string, error) {
	h, signed, payload, sig, err := parseJWT(token)
	if err != nil {
		return "", err
	}
	alg, ok := jwtAlgs[h.Alg]
	if !ok {
		return "", refuse("the token is signed with %s; this server accepts RS256, RS384, RS512, PS256, PS384, PS512, ES256 and ES384", say.Quote(h.Alg))
	}
	if len(h.Crit) > 0 {
		return "", refuse("the token's header lists critical extensions (crit) this server does not implement")
	}
	key, err := o.keys.key(ctx, h.Kid)
	if err != nil {
		return "", err
	}
	if key.kty != alg.kty || (key.alg != "" && key.alg != h.Alg) {
		return "", refuse("the token says %s, but key %s is not for that algorithm", h.Alg, keyName(h.Kid))
	}
	if !verifySignature(h.Alg, key.key, signed, sig) {
		return "", refuse("the signature does not verify with the authorization server's key %s", keyName(h.Kid))
	}
	return checkClaims(payload, o.issuer, o.audiences(), time.Now())
}

// CheckOAuth checks --oauth-issuer and --public-url for a server listening on addr, and
// returns them as ServeHTTP takes them. The issuer must be https (http only on loopback, for
// tests and local setups). Off loopback the public URL is required: the listen address
// (0.0.0.0, a pod IP) is not where clients reach the server, and tokens are issued for the
// address clients use.
func CheckOAuth(issuer, publicURL, addr string) (string, string, error) {
	if issuer == "" {
		if publicURL != "" {
			return "", "", errors.New("--public-url is only used with --oauth-issuer")
		}
		return "", "", nil
	}
	iu, err := url.Parse(issuer)
	if err != nil || iu.Host == "" || iu.RawQuery != "" || iu.Fragment != "" || (iu.Scheme != "https" && (iu.Scheme != "http" || !isLoopback(iu.Hostname()))) {
		return "", "", fmt.Errorf("--oauth-issuer %q must be the authorization server's issuer URL, https:// without query or fragment "+
			"(http:// only on loopback), e.g. https://auth.example.com/realms/billing", issuer)
	}
	if publicURL == "" {
		host, _, _ := net.SplitHostPort(addr)
		if !isLoopback(host) {
			return "", "", fmt.Errorf("--oauth-issuer on %s needs --public-url: the address clients reach this server at, "+
				"which tokens are issued for, e.g. --public-url https://mcp.example.com", addr)
		}
		return issuer, "", nil
	}
	pu, err := url.Parse(publicURL)
	if err != nil || pu.Host == "" || pu.RawQuery != "" || pu.Fragment != "" || (pu.Scheme != "https" && pu.Scheme != "http") {
		return "", "", fmt.Errorf("--public-url %q must be an absolute http(s) URL without query or fragment, e.g. https://mcp.example.com", publicURL)
	}
	return issuer, strings.TrimSuffix(publicURL, "/"), nil
}
