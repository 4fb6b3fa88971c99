package transport

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/mcptest"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/metrics"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// issuerFixture is an authorization server on loopback: RFC 8414 metadata and a JWKS with
// one RSA and one EC key, and a way to mint access tokens with them.
type issuerFixture struct {
	*httptest.Server
	rsa *rsa.PrivateKey
	ec  *ecdsa.PrivateKey

	mu      sync.Mutex
	kids    map[string]crypto.Signer // published keys
	fetches int                      // JWKS requests
}

var (
	fixtureRSA     *rsa.PrivateKey
	fixtureEC      *ecdsa.PrivateKey
	fixtureKeyOnce sync.Once
)

func newIssuer(t *testing.T) *issuerFixture {
	t.Helper()
	fixtureKeyOnce.Do(func() { // RSA key generation is slow under -race; one per run
		var err error
		if fixtureRSA, err = rsa.GenerateKey(rand.Reader, 2048); err != nil {
			panic(err)
		}
		if fixtureEC, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader); err != nil {
			panic(err)
		}
	})
	f := &issuerFixture{rsa: fixtureRSA, ec: fixtureEC, kids: map[string]crypto.Signer{"rsa-1": fixtureRSA, "ec-1": fixtureEC}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /.well-known/oauth-authorization-server", func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]any{"issuer": f.URL, "jwks_uri": f.URL + "/jwks",
			"token_endpoint": f.URL + "/token", "response_types_supported": []string{"code"}})
	})
	mux.HandleFunc("GET /jwks", func(w http.ResponseWriter, _ *http.Request) {
		f.mu.Lock()
		defer f.mu.Unlock()
		f.fetches++
		var keys []map[string]any
		for kid, k := range f.kids {
			keys = append(keys, publicJWK(kid, k.Public()))
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"keys": keys})
	})
	f.Server = httptest.NewServer(mux)
	t.Cleanup(f.Close)
	return f
}

func publicJWK(kid string, pub crypto.PublicKey) map[string]any {
	b := func(x *big.Int) string { return base64.RawURLEncoding.EncodeToString(x.Bytes()) }
	switch k := pub.(type) {
	case *rsa.PublicKey:
		return map[string]any{"kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256", "n": b(k.N), "e": b(big.NewInt(int64(k.E)))}
	case *ecdsa.PublicKey:
		point, err := k.Bytes() // 0x04, then x and y, 32 bytes each
		if err != nil {
			panic(err)
		}
		return map[string]any{"kty": "EC", "kid": kid, "use": "sig", "crv": "P-256",
			"x": base64.RawURLEncoding.EncodeToString(point[1:33]), "y": base64.RawURLEncoding.EncodeToString(point[33:])}
	}
	panic("key type")
}

// mint signs claims with key under alg (RS256 or ES256), naming kid.
func mint(t *testing.T, alg, kid string, key crypto.Signer, claims map[string]any) string {
	t.Helper()
	enc := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return base64.RawURLEncoding.EncodeToString(b)
	}
	signed := enc(map[string]any{"alg": alg, "kid": kid, "typ": "at+jwt"}) + "." + enc(claims)
	digest := sha256.Sum256([]byte(signed))
	var sig []byte
	switch k := key.(type) {
	case *rsa.PrivateKey:
		var err error
		if sig, err = rsa.SignPKCS1v15(rand.Reader, k, crypto.SHA256, digest[:]); err != nil {
			t.Fatal(err)
		}
	case *ecdsa.PrivateKey:
		r, s, err := ecdsa.Sign(rand.Reader, k, digest[:])
		if err != nil {
			t.Fatal(err)
		}
		sig = append(r.FillBytes(make([]byte, 32)), s.FillBytes(make([]byte, 32))...)
	}
	return signed + "." + base64.RawURLEncoding.EncodeToString(sig)
}

// claims are valid claims for srv from f, changed by kv (a nil value deletes the claim).
func (f *issuerFixture) claims(audience string, kv ...any) map[string]any {
	now := time.Now()
	c := map[string]any{"iss": f.URL, "sub": "alice", "aud": audience, "exp": now.Add(5 * time.Minute).Unix(),
		"iat": now.Unix(), "nbf": now.Add(-time.Minute).Unix(), "client_id": "test-client"}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == nil {
			delete(c, kv[i].(string))
		} else {
			c[kv[i].(string)] = kv[i+1]
		}
	}
	return c
}

// post sends an initialize to /mcp with headers and returns status, body and challenge.
func post(t *testing.T, base string, headers map[string]string) (int, string, string) {
	t.Helper()
	res, body := send(t, http.MethodPost, base+PathStreamable,
		`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}`, headers)
	return res.StatusCode, body, res.Header.Get("WWW-Authenticate")
}

// TestResourceMetadata: the protected-resource metadata names the issuer and the resource,
// at the root and in the form suffixed with /mcp, and the 401 points to the latter.
func TestResourceMetadata(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	issuer := newIssuer(t)
	srv := start(t, platform.URL, "server-jelastic-token", Options{OAuthIssuer: issuer.URL, Metrics: metrics.New()})

	// /metrics takes the same access tokens as /mcp.
	if status, _ := get(t, srv.base+PathMetrics, nil); status != http.StatusUnauthorized {
		t.Errorf("/metrics without a token: %d, want 401", status)
	}
	jwt := mint(t, "RS256", "rsa-1", issuer.rsa, issuer.claims(srv.base+PathStreamable))
	if status, body := get(t, srv.base+PathMetrics, bearer(jwt)); status != http.StatusOK || !strings.Contains(body, "jelastic_mcp_sessions_open") {
		t.Errorf("/metrics with an access token: %d %.200s", status, body)
	}

	status, body, challenge := post(t, srv.base, nil)
	want := `resource_metadata="` + srv.base + PathResourceMetadata + PathStreamable + `"`
	if status != http.StatusUnauthorized || !strings.Contains(challenge, want) || !strings.Contains(body, issuer.URL) {
		t.Fatalf("no credentials: %d %q %s; want 401 with %s and the issuer named", status, challenge, body, want)
	}
	for path, resource := range map[string]string{
		PathResourceMetadata + PathStreamable: srv.base + PathStreamable,
		PathResourceMetadata:                  srv.base,
	} {
		status, body := get(t, srv.base+path, nil)
		var doc struct {
			Resource             string   `json:"resource"`
			AuthorizationServers []string `json:"authorization_servers"`
			BearerMethods        []string `json:"bearer_methods_supported"`
		}
		if err := json.Unmarshal([]byte(body), &doc); status != http.StatusOK || err != nil {
			t.Fatalf("%s: %d %s (%v)", path, status, body, err)
		}
		if doc.Resource != resource || len(doc.AuthorizationServers) != 1 || doc.AuthorizationServers[0] != issuer.URL ||
			len(doc.BearerMethods) != 1 || doc.BearerMethods[0] != "header" {
			t.Errorf("%s: %+v; want resource %s and issuer %s", path, doc, resource, issuer.URL)
		}
	}
}

// TestOAuthAccessTokens: tokens the issuer signed for this server (RS256, ES256) carry a
// whole conversation; every flawed token is a 401 that says what is wrong, and no token
// ever reaches the log.
func TestOAuthAccessTokens(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	issuer := newIssuer(t)
	srv := start(t, platform.URL, "server-jelastic-token", Options{OAuthIssuer: issuer.URL})
	aud := srv.base + PathStreamable
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	var tokens []string
	for _, tc := range []struct {
		alg, kid string
		key      crypto.Signer
		aud      any
	}{
		{"RS256", "rsa-1", issuer.rsa, aud},
		{"ES256", "ec-1", issuer.ec, []string{"https://other.example.com", srv.base}},
	} {
		tok := mint(t, tc.alg, tc.kid, tc.key, issuer.claims("", "aud", tc.aud))
		tokens = append(tokens, tok)
		for _, impl := range []string{mcptest.MCPGo, mcptest.SDK} {
			c := connect(t, impl, mcptest.Streamable, srv.base, bearer(tok))
			if text, isErr, err := c.Call(ctx, "account_get_account", map[string]any{}); err != nil || isErr {
				t.Fatalf("%s %s: %v %v %s", tc.alg, impl, err, isErr, text)
			}
		}
	}

	other, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	valid := mint(t, "RS256", "rsa-1", issuer.rsa, issuer.claims(aud))
	parts := strings.Split(valid, ".")
	for _, tc := range []struct {
		name, token, want string
	}{
		{"wrong issuer", mint(t, "RS256", "rsa-1", issuer.rsa, issuer.claims(aud, "iss", "https://evil.example.com")), `issued by "https://evil.example.com"`},
		{"expired", mint(t, "RS256", "rsa-1", issuer.rsa, issuer.claims(aud, "exp", time.Now().Add(-10*time.Minute).Unix())), "expired at"},
		{"no expiry", mint(t, "RS256", "rsa-1", issuer.rsa, issuer.claims(aud, "exp", nil)), "no expiry"},
		{"not yet valid", mint(t, "RS256", "rsa-1", issuer.rsa, issuer.claims(aud, "nbf", time.Now().Add(10*time.Minute).Unix())), "not valid before"},
		{"wrong audience", mint(t, "RS256", "rsa-1", issuer.rsa, issuer.claims("https://other.example.com/mcp")), "resource=" + aud},
		{"bad signature", mint(t, "RS256", "rsa-1", other, issuer.claims(aud)), "signature does not verify"},
		{"tampered claims", parts[0] + "." + base64.RawURLEncoding.EncodeToString([]byte(`{"iss":"`+issuer.URL+`","sub":"root","aud":"`+aud+`","exp":9999999999}`)) + "." + parts[2], "signature does not verify"},
		{"unknown kid", mint(t, "RS256", "rsa-9", other, issuer.claims(aud)), `key "rsa-9"`},
		{"key of another type", mint(t, "RS256", "ec-1", issuer.rsa, issuer.claims(aud)), "not for that algorithm"},
		{"symmetric", strings.Replace(valid, parts[0], base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","kid":"rsa-1"}`)), 1), `"HS256"`},
		{"unsigned", base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"none"}`)) + "." + parts[1] + ".", `"none"`},
		{"not a JWT", "opaque-token-from-somewhere", "not a JWT"},
	} {
		status, body, challenge := post(t, srv.base, bearer(tc.token))
		var doc map[string]string
		_ = json.Unmarshal([]byte(body), &doc)
		if status != http.StatusUnauthorized || doc["error"] != "invalid_token" || !strings.Contains(doc["message"], tc.want) ||
			!strings.Contains(challenge, `error="invalid_token"`) || !strings.Contains(challenge, "resource_metadata=") {
			t.Errorf("%s: %d %s %q; want 401 invalid_token saying %q", tc.name, status, body, challenge, tc.want)
		}
		tokens = append(tokens, tc.token)
	}
	if n := len(platform.Requests()); n != 4 {
		t.Errorf("%d platform calls, want 4 (one per accepted conversation)", n)
	}
	for _, tok := range append(tokens, valid) {
		mcptest.AssertNoSecrets(t, "log", srv.logs.String(), tok)
	}
}

// TestOAuthSessionsBelongToTheSubject: a session opened with alice's token continues with
// her refreshed token, and bob's token cannot use it.
func TestOAuthSessionsBelongToTheSubject(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	issuer := newIssuer(t)
	srv := start(t, platform.URL, "server-jelastic-token", Options{OAuthIssuer: issuer.URL})
	aud := srv.base + PathStreamable
	first := mint(t, "ES256", "ec-1", issuer.ec, issuer.claims(aud))
	req, err := http.NewRequest(http.MethodPost, srv.base+PathStreamable, strings.NewReader(
		`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json, text/event-stream")
	req.Header.Set("Authorization", "Bearer "+first)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	_ = res.Body.Close()
	session := res.Header.Get("Mcp-Session-Id")
	if res.StatusCode != http.StatusOK || session == "" {
		t.Fatalf("initialize: %d, session %q", res.StatusCode, session)
	}
	ping := func(tok string) int {
		req, err := http.NewRequest(http.MethodPost, srv.base+PathStreamable, strings.NewReader(`{"jsonrpc":"2.0","id":2,"method":"ping"}`))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		req.Header.Set("Authorization", "Bearer "+tok)
		req.Header.Set("Mcp-Session-Id", session)
		req.Header.Set("Mcp-Protocol-Version", "2025-11-25")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_ = res.Body.Close()
		return res.StatusCode
	}
	refreshed := mint(t, "RS256", "rsa-1", issuer.rsa, issuer.claims(aud, "exp", time.Now().Add(time.Hour).Unix()))
	if s := ping(refreshed); s != http.StatusOK {
		t.Errorf("alice's refreshed token on her session: %d, want 200", s)
	}
	if s := ping(mint(t, "RS256", "rsa-1", issuer.rsa, issuer.claims(aud, "sub", "bob"))); s != http.StatusNotFound {
		t.Errorf("bob's token on alice's session: %d, want 404", s)
	}
}

// TestOAuthWithStaticToken: with both configured, the static token and access tokens both
// work; a wrong static token is still refused.
func TestOAuthWithStaticToken(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	issuer := newIssuer(t)
	srv := start(t, platform.URL, "server-jelastic-token", Options{AuthToken: authSecret, OAuthIssuer: issuer.URL})
	for name, tok := range map[string]string{
		"static": authSecret,
		"jwt":    mint(t, "RS256", "rsa-1", issuer.rsa, issuer.claims(srv.base+PathStreamable)),
	} {
		if status, body, _ := post(t, srv.base, bearer(tok)); status != http.StatusOK {
			t.Errorf("%s: %d %s", name, status, body)
		}
	}
	status, body, _ := post(t, srv.base, bearer("wrong-static-token-wrong-static-token"))
	if status != http.StatusUnauthorized || !strings.Contains(body, EnvAuthToken) {
		t.Errorf("wrong static token: %d %s", status, body)
	}
	status, body, _ = post(t, srv.base, nil)
	if status != http.StatusUnauthorized || !strings.Contains(body, issuer.URL) || !strings.Contains(body, EnvAuthToken) {
		t.Errorf("no credentials: %d %s; want both ways named", status, body)
	}
}

// TestOAuthKeyRotation: a token signed with a key the issuer publishes after the server
// fetched its keys is accepted once the cache refreshes; a server that cannot reach the
// issuer answers 503, not 401.
func TestOAuthKeyRotation(t *testing.T) {
	old := jwksMinRefresh
	jwksMinRefresh = 0
	defer func() { jwksMinRefresh = old }()
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	issuer := newIssuer(t)
	srv := start(t, platform.URL, "server-jelastic-token", Options{OAuthIssuer: issuer.URL})
	aud := srv.base + PathStreamable
	if status, body, _ := post(t, srv.base, bearer(mint(t, "RS256", "rsa-1", issuer.rsa, issuer.claims(aud)))); status != http.StatusOK {
		t.Fatalf("first token: %d %s", status, body)
	}
	rotated, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	issuer.mu.Lock()
	issuer.kids["ec-2"] = rotated
	before := issuer.fetches
	issuer.mu.Unlock()
	if status, body, _ := post(t, srv.base, bearer(mint(t, "ES256", "ec-2", rotated, issuer.claims(aud)))); status != http.StatusOK {
		t.Fatalf("token with the new key: %d %s", status, body)
	}
	if status, _, _ := post(t, srv.base, bearer(mint(t, "RS256", "rsa-1", issuer.rsa, issuer.claims(aud)))); status != http.StatusOK {
		t.Fatalf("known key after rotation: %d", status)
	}
	issuer.mu.Lock()
	if issuer.fetches != before+1 {
		t.Errorf("%d JWKS fetches for one rotation, want 1", issuer.fetches-before)
	}
	issuer.mu.Unlock()

	issuer.Close()
	status, body, _ := post(t, srv.base, bearer(mint(t, "RS256", "rsa-7", issuer.rsa, issuer.claims(aud))))
	if status != http.StatusUnauthorized {
		// The keys it has are still good; an unknown kid with the issuer down is the token's problem.
		t.Errorf("unknown kid, issuer down: %d %s; want 401", status, body)
	}
}

// TestOAuthIssuerUnreachable: without the issuer's keys the server answers 503, saying the
// fault is not the client's.
func TestOAuthIssuerUnreachable(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	issuer := newIssuer(t)
	url := issuer.URL
	issuer.Close()
	srv := start(t, platform.URL, "server-jelastic-token", Options{OAuthIssuer: url})
	tok := mint(t, "RS256", "rsa-1", issuer.rsa, map[string]any{"iss": url, "aud": srv.base + PathStreamable, "exp": time.Now().Add(time.Hour).Unix()})
	status, body, _ := post(t, srv.base, bearer(tok))
	if status != http.StatusServiceUnavailable || !strings.Contains(body, "auth_unavailable") {
		t.Errorf("issuer down: %d %s; want 503 auth_unavailable", status, body)
	}
}

// get GETs url with headers and returns the status and body.
func get(t *testing.T, url string, headers map[string]string) (int, string) {
	t.Helper()
	res, body := send(t, http.MethodGet, url, "", headers)
	return res.StatusCode, body
}

// TestOAuthSubjectIsTheCaller: the daily money limit counts per access-token subject, so
// alice reaching it does not stop bob, whose calls share the server's Jelastic token.
func TestOAuthSubjectIsTheCaller(t *testing.T) {
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	issuer := newIssuer(t)
	srv := startTools(t, platform.URL, "server-jelastic-token", Options{OAuthIssuer: issuer.URL}, tools.Options{MaxAmountPerDay: 10})
	aud := srv.base + PathStreamable
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	as := func(sub string) mcptest.Client {
		return connect(t, mcptest.MCPGo, mcptest.Streamable, srv.base, bearer(mint(t, "ES256", "ec-1", issuer.ec, issuer.claims(aud, "sub", sub))))
	}
	fund := func(c mcptest.Client, amount float64) (string, bool) {
		t.Helper()
		text, isErr, err := c.Call(ctx, "account_fund_account", map[string]any{"uid": 1001, "amount": amount, "confirm": true})
		if err != nil {
			t.Fatal(err)
		}
		return text, isErr
	}
	alice, bob := as("alice"), as("bob")
	if text, isErr := fund(alice, 8); isErr {
		t.Fatalf("alice's first 8: %s", text)
	}
	if text, isErr := fund(alice, 5); !isErr || !strings.Contains(text, "Nothing was sent") {
		t.Errorf("alice's next 5, over her 10 a day: %v %s", isErr, text)
	}
	if text, isErr := fund(bob, 5); isErr {
		t.Errorf("bob's 5, with alice at her limit: %s", text)
	}
	if n := len(platform.Requests()); n != 2 {
		t.Errorf("%d platform requests, want 2", n)
	}
}

// TestOAuthOpenIDIssuerWithPath: an issuer with a path that publishes only OpenID Connect
// discovery under it (as Keycloak realms do) is found, and its tokens are accepted.
func TestOAuthOpenIDIssuerWithPath(t *testing.T) {
	keys := newIssuer(t) // for its keys
	var issuerURL string
	mux := http.NewServeMux()
	mux.HandleFunc("GET /realms/billing/.well-known/openid-configuration", func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]any{"issuer": issuerURL, "jwks_uri": issuerURL + "/certs"})
	})
	mux.HandleFunc("GET /realms/billing/certs", func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]any{"keys": []any{publicJWK("rsa-1", keys.rsa.Public())}})
	})
	oidc := httptest.NewServer(mux)
	defer oidc.Close()
	issuerURL = oidc.URL + "/realms/billing"

	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, "server-jelastic-token", Options{OAuthIssuer: issuerURL})
	claims := keys.claims(srv.base+PathStreamable, "iss", issuerURL)
	if status, body, _ := post(t, srv.base, bearer(mint(t, "RS256", "rsa-1", keys.rsa, claims))); status != http.StatusOK {
		t.Errorf("token of a path issuer found through OpenID discovery: %d %s", status, body)
	}
	if status, body, _ := post(t, srv.base, bearer(mint(t, "RS256", "rsa-1", keys.rsa, keys.claims(srv.base+PathStreamable)))); status != http.StatusUnauthorized {
		t.Errorf("token of the issuer's host without its path: %d %s", status, body)
	}
}
