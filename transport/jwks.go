package transport

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
)

// Bounds of the issuer's key cache. Keys are fetched when first needed, again once they are
// jwksMaxAge old, and on a token with an unknown key id (a rotation) — but never more often
// than jwksMinRefresh, so that tokens with made-up key ids cannot make the server hammer the
// authorization server.
var (
	jwksMaxAge     = time.Hour
	jwksMinRefresh = 30 * time.Second
)

const (
	jwksFetchTimeout = 10 * time.Second
	maxJWKSBytes     = 1 << 20
	maxJWKSKeys      = 100
	minRSABits       = 2048
)

// errKeysUnavailable: the issuer's keys could not be had, through no fault of the client.
var errKeysUnavailable = errors.New("the authorization server's keys could not be fetched")

// issuerKeys discovers an authorization server's JWKS and caches its signing keys.
type issuerKeys struct {
	issuer string
	client *http.Client
	log    zerolog.Logger

	mu       sync.Mutex // held during a fetch: concurrent requests wait for its keys
	jwksURI  string
	keys     map[string]jwk // by kid ("" for a key without one)
	fetched  time.Time      // last successful fetch
	attempt  time.Time      // last fetch attempt
	lastFail error
}

type jwk struct {
	key crypto.PublicKey
	kty string
	alg string // empty: any algorithm of its type
}

func newIssuerKeys(issuer string, log zerolog.Logger) *issuerKeys {
	return &issuerKeys{issuer: issuer, log: log, client: &http.Client{
		Timeout: jwksFetchTimeout,
		// Metadata and keys come from where they are, not from wherever a redirect points.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

// key returns the key for kid, refreshing the cache when it is old or lacks kid.
func (k *issuerKeys) key(ctx context.Context, kid string) (jwk, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	now := time.Now()
	key, ok := k.lookup(kid)
	stale := now.Sub(k.fetched) > jwksMaxAge
	if (ok && !stale) || now.Sub(k.attempt) < jwksMinRefresh {
		if !ok {
			if k.keys == nil {
				return jwk{}, fmt.Errorf("%w: %v", errKeysUnavailable, k.lastFail)
			}
			return jwk{}, refuse("the token is signed with key %s, which the authorization server does not publish", keyName(kid))
		}
		return key, nil
	}
	k.attempt = now
	if err := k.fetch(ctx); err != nil {
		k.lastFail = err
		k.log.Warn().Str("issuer", k.issuer).Err(err).Msg("fetching the authorization server's keys failed")
		switch {
		case ok: // keep using what we had
			return key, nil
		case k.keys != nil: // most likely a made-up key id; a real rotation heals on the next fetch
			return jwk{}, refuse("the token is signed with key %s, which the authorization server does not publish", keyName(kid))
		}
		return jwk{}, fmt.Errorf("%w: %v", errKeysUnavailable, err)
	}
	if key, ok = k.lookup(kid); !ok {
		return jwk{}, refuse("the token is signed with key %s, which the authorization server does not publish", keyName(kid))
	}
	return key, nil
}

func keyName(kid string) string {
	if kid == "" {
		return "(no kid)"
	}
	return say.Quote(kid)
}

// lookup finds kid; a token without kid may use the only key there is.
func (k *issuerKeys) lookup(kid string) (jwk, bool) {
	if key, ok := k.keys[kid]; ok {
		return key, true
	}
	if kid == "" && len(k.keys) == 1 {
		for _, key := range k.keys {
			return key, true
		}
	}
	return jwk{}, false
}

// fetch discovers the JWKS address once, then reads the keys.
func (k *issuerKeys) fetch(ctx context.Context) error {
	if k.jwksURI == "" {
		uri, err := k.discover(ctx)
		if err != nil {
			return err
		}
		k.jwksURI = uri
	}
	var set struct {
		Keys []json.RawMessage `json:"keys"`
	}
	if err := k.getJSON(ctx, k.jwksURI, &set); err != nil {
		return err
	}
	keys := map[string]jwk{}
	for _, raw := range set.Keys {
		kid, key, ok := parseJWK(raw)
		if ok && len(keys) < maxJWKSKeys {
			keys[kid] = key
		}
	}
	if len(keys) == 0 {
		return fmt.Errorf("%s has no RSA or EC signing key this server can use", k.jwksURI)
	}
	k.keys, k.fetched = keys, time.Now()
	k.log.Info().Str("issuer", k.issuer).Int("keys", len(keys)).Msg("authorization server keys fetched")
	return nil
}

// discover reads the issuer's metadata (RFC 8414, else OpenID Connect discovery) and
// returns its jwks_uri. The metadata must name the configured issuer exactly.
func (k *issuerKeys) discover(ctx context.Context) (string, error) {
	var errs []error
	for _, u := range metadataURLs(k.issuer) {
		var meta struct {
			Issuer  string `json:"issuer"`
			JWKSURI string `json:"jwks_uri"`
		}
		if err := k.getJSON(ctx, u, &meta); err != nil {
			errs = append(errs, err)
			continue
		}
		if meta.Issuer != k.issuer {
			return "", fmt.Errorf("%s names issuer %s, not %s", u, say.Quote(meta.Issuer), say.Quote(k.issuer))
		}
		if err := checkFetchURL(meta.JWKSURI); err != nil {
			return "", fmt.Errorf("%s: jwks_uri: %v", u, err)
		}
		return meta.JWKSURI, nil
	}
	return "", errors.Join(errs...)
}

// metadataURLs are where an issuer's metadata may be, in the order MCP clients try them:
// RFC 8414 inserts the well-known segment before the issuer's path, OpenID Connect
// appends it (and is also tried inserted).
func metadataURLs(issuer string) []string {
	u, _ := url.Parse(issuer) // checked by CheckOAuth
	origin := u.Scheme + "://" + u.Host
	path := strings.TrimSuffix(u.Path, "/")
	if path == "" {
		return []string{origin + "/.well-known/oauth-authorization-server", origin + "/.well-known/openid-configuration"}
	}
	return []string{origin + "/.well-known/oauth-authorization-server" + path,
		origin + "/.well-known/openid-configuration" + path, origin + path + "/.well-known/openid-configuration"}
}

func (k *issuerKeys) getJSON(ctx context.Context, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/json")
	res, err := k.client.Do(req)
	if err != nil {
		return err
	}
	defer func() { _ = res.Body.Close() }()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %d", u, res.StatusCode)
	}
	body, err := io.ReadAll(io.LimitReader(res.Body, maxJWKSBytes+1))
	if err != nil {
		return fmt.Errorf("%s: %v", u, err)
	}
	if len(body) > maxJWKSBytes {
		return fmt.Errorf("%s answered more than %d bytes", u, maxJWKSBytes)
	}
	if err := json.Unmarshal(body, v); err != nil {
		return fmt.Errorf("%s is not the JSON expected: %v", u, err)
	}
	return nil
}

// parseJWK reads one public signing key of a JWKS; keys for encryption, of other types or
// too weak are skipped.
func parseJWK(raw json.RawMessage) (string, jwk, bool) {
	var j struct {
		Kty, Kid, Use, Alg, Crv, N, E, X, Y string
	}
	if json.Unmarshal(raw, &j) != nil || (j.Use != "" && j.Use != "sig") {
		return "", jwk{}, false
	}
	b := func(s string) *big.Int {
		v, err := base64.RawURLEncoding.DecodeString(s)
		if err != nil || len(v) == 0 {
			return nil
		}
		return new(big.Int).SetBytes(v)
	}
	switch j.Kty {
	case "RSA":
		n, e := b(j.N), b(j.E)
		if n == nil || e == nil || n.BitLen() < minRSABits || !e.IsInt64() || e.Int64() < 3 || e.Int64() > 1<<31 {
			return "", jwk{}, false
		}
		return j.Kid, jwk{key: &rsa.PublicKey{N: n, E: int(e.Int64())}, kty: "RSA", alg: j.Alg}, true
	case "EC":
		var curve elliptic.Curve
		switch j.Crv {
		case "P-256":
			curve = elliptic.P256()
		case "P-384":
			curve = elliptic.P384()
		default:
			return "", jwk{}, false
		}
		size := (curve.Params().BitSize + 7) / 8
		x, y := b(j.X), b(j.Y)
		if x == nil || y == nil || x.BitLen() > 8*size || y.BitLen() > 8*size {
			return "", jwk{}, false
		}
		// The parser refuses points off the curve.
		point := append([]byte{4}, append(x.FillBytes(make([]byte, size)), y.FillBytes(make([]byte, size))...)...)
		pub, err := ecdsa.ParseUncompressedPublicKey(curve, point)
		if err != nil {
			return "", jwk{}, false
		}
		return j.Kid, jwk{key: pub, kty: "EC", alg: j.Alg}, true
	}
	return "", jwk{}, false
}

// warm fetches the keys unless some are already there.
func (k *issuerKeys) warm(ctx context.Context) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.keys != nil {
		return
	}
	k.attempt = time.Now()
	if err := k.fetch(ctx); err != nil {
		k.lastFail = err
		k.log.Warn().Str("issuer", k.issuer).Err(err).Msg("fetching the authorization server's keys failed; access tokens get 503 until it works")
	}
}

// checkFetchURL accepts the addresses keys may come from: https, or http on loopback.
func checkFetchURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "https" && (u.Scheme != "http" || !isLoopback(u.Hostname()))) {
		return fmt.Errorf("%s is not an https:// URL", say.Quote(raw))
	}
	return nil
}
