package transport

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
)

// jwtLeeway tolerates clock skew between this server and the authorization server.
const jwtLeeway = time.Minute

// maxJWTBytes bounds a bearer JWT; real access tokens are a few KiB.
const maxJWTBytes = 16 << 10

// jwtAlgs are the signature algorithms accepted, by JWS name. Symmetric ones (HS256) and
// "none" are absent on purpose: the resource server holds no shared secret, and an
// unsigned token proves nothing.
var jwtAlgs = map[string]struct {
	hash crypto.Hash
	kty  string // key type of the JWK: RSA or EC
	pss  bool
	size int // EC: bytes of r and of s
}{
	"RS256": {crypto.SHA256, "RSA", false, 0},
	"RS384": {crypto.SHA384, "RSA", false, 0},
	"RS512": {crypto.SHA512, "RSA", false, 0},
	"PS256": {crypto.SHA256, "RSA", true, 0},
	"PS384": {crypto.SHA384, "RSA", true, 0},
	"PS512": {crypto.SHA512, "RSA", true, 0},
	"ES256": {crypto.SHA256, "EC", false, 32},
	"ES384": {crypto.SHA384, "EC", false, 48},
}

// tokenError is why a bearer JWT was refused, in words for the client's user.
type tokenError struct{ reason string }

func (e *tokenError) Error() string { return e.reason }

func refuse(format string, args ...any) error { return &tokenError{fmt.Sprintf(format, args...)} }

// jwtClaims are the claims checked, and the subject the caller is bound to.
type jwtClaims struct {
	Issuer    string          `json:"iss"`
	Subject   string          `json:"sub"`
	ClientID  string          `json:"client_id"`
	Audience  json.RawMessage `json:"aud"`
	Expiry    *float64        `json:"exp"`
	NotBefore *float64        `json:"nbf"`
}

// jwtHeader is the JOSE header of a compact JWS.
type jwtHeader struct {
	Alg  string `json:"alg"`
	Kid  string `json:"kid"`
	Crit []any  `json:"crit"`
}

// parseJWT splits a compact JWS and decodes its header; it checks nothing else.
func parseJWT(token string) (h jwtHeader, signed string, payload, sig []byte, err error) {
	if len(token) > maxJWTBytes {
		return h, "", nil, nil, refuse("the bearer token is longer than %d bytes", maxJWTBytes)
	}
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return h, "", nil, nil, refuse("the bearer token is not a JWT (three base64url parts separated by dots)")
	}
	head, err1 := base64.RawURLEncoding.DecodeString(parts[0])
	payload, err2 := base64.RawURLEncoding.DecodeString(parts[1])
	sig, err3 := base64.RawURLEncoding.DecodeString(parts[2])
	if err1 != nil || err2 != nil || err3 != nil {
		return h, "", nil, nil, refuse("the bearer token is not a JWT: a part is not base64url")
	}
	if err := json.Unmarshal(head, &h); err != nil {
		return h, "", nil, nil, refuse("the JWT header is not a JSON object")
	}
	return h, parts[0] + "." + parts[1], payload, sig, nil
}

// verifySignature checks sig over signed with key under alg.
func verifySignature(alg string, key crypto.PublicKey, signed string, sig []byte) bool {
	a := jwtAlgs[alg]
	var digest []byte
	switch a.hash {
	case crypto.SHA256:
		d := sha256.Sum256([]byte(signed))
		digest = d[:]
	case crypto.SHA384:
		d := sha512.Sum384([]byte(signed))
		digest = d[:]
	default:
		d := sha512.Sum512([]byte(signed))
		digest = d[:]
	}
	switch k := key.(type) {
	case *rsa.PublicKey:
		if a.pss {
			return rsa.VerifyPSS(k, a.hash, digest, sig, &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthEqualsHash}) == nil
		}
		return rsa.VerifyPKCS1v15(k, a.hash, digest, sig) == nil
	case *ecdsa.PublicKey:
		// JWS carries r and s as two fixed-size big-endian halves, not ASN.1.
		if len(sig) != 2*a.size || k.Curve.Params().BitSize != 8*a.size {
			return false
		}
		r, s := new(big.Int).SetBytes(sig[:a.size]), new(big.Int).SetBytes(sig[a.size:])
		return ecdsa.Verify(k, digest, r, s)
	}
	return false
}

// checkClaims checks issuer, time window and audience, and returns the principal: the
// subject, or the client id of a token issued to a client for itself.
func checkClaims(payload []byte, issuer string, audiences []string, now time.Time) (string, error) {
	var c jwtClaims
	if err := json.Unmarshal(payload, &c); err != nil {
		return "", refuse("the JWT claims are not a JSON object with the registered claim types")
	}
	if c.Issuer != issuer {
		return "", refuse("the token was issued by %s, not by this server's authorization server %s", say.Quote(c.Issuer), say.Quote(issuer))
	}
	if c.Expiry == nil {
		return "", refuse("the token has no expiry (exp claim)")
	}
	if exp := unixTime(*c.Expiry); now.After(exp.Add(jwtLeeway)) {
		return "", refuse("the token expired at %s; get a new one from %s", say.Time(exp), say.Quote(issuer))
	}
	if c.NotBefore != nil {
		if nbf := unixTime(*c.NotBefore); now.Add(jwtLeeway).Before(nbf) {
			return "", refuse("the token is not valid before %s", say.Time(nbf))
		}
	}
	var aud []string
	if err := json.Unmarshal(c.Audience, &aud); err != nil {
		var one string
		if json.Unmarshal(c.Audience, &one) != nil {
			return "", refuse("the token has no audience (aud claim); request it with resource=%s", audiences[0])
		}
		aud = []string{one}
	}
	if !slices.ContainsFunc(aud, func(a string) bool { return slices.Contains(audiences, a) }) {
		return "", refuse("the token's audience %s does not include this server (%s); request the token with resource=%s",
			say.List(quoted(aud)), audiences[0], audiences[0])
	}
	if c.Subject != "" {
		return c.Subject, nil
	}
	return c.ClientID, nil
}

func unixTime(s float64) time.Time {
	sec := int64(s)
	return time.Unix(sec, int64((s-float64(sec))*1e9)).UTC()
}

func quoted(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = say.Quote(x)
	}
	if len(out) == 0 {
		return []string{"(empty)"}
	}
	return out
}
