package transport

import (
	"fmt"
	"net"
	"net/netip"
	"strings"
	"unicode"
)

// EnvAuthToken is the environment variable that holds the bearer token HTTP clients must send.
const EnvAuthToken = "JELASTIC_MCP_AUTH_TOKEN"

// MinAuthTokenLength is the shortest auth token accepted off loopback: 32 characters, as
// `openssl rand -hex 16` gives, cannot be guessed over a network.
const MinAuthTokenLength = 32

// CheckAddress checks an --http value and the auth token, and returns the address in the
// form net.Listen takes. A missing host means loopback, so that ":8080" never exposes billing
// to the network by accident. Off loopback a token is required, and a short one refused:
// anyone who could reach the server or guess the token could move money. A token with
// whitespace is refused anywhere, since clients cannot send it intact in a header.
func CheckAddress(raw, authToken string) (string, error) {
	return CheckListen(raw, authToken, false)
}

// CheckListen is CheckAddress for a server that may also accept OAuth access tokens
// (oauth: an issuer is configured); either way of authenticating is enough off loopback.
func CheckListen(raw, authToken string, oauth bool) (string, error) {
	host, port, err := net.SplitHostPort(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("--http %q is not host:port; use e.g. --http 127.0.0.1:8080", raw)
	}
	if host == "" {
		host = "127.0.0.1"
	}
	addr := net.JoinHostPort(host, port)
	if strings.IndexFunc(authToken, unicode.IsSpace) >= 0 {
		return "", fmt.Errorf("%s contains whitespace, which clients cannot send in an Authorization header; "+
			"set it to a long random secret without spaces, e.g. the output of `openssl rand -hex 32`", EnvAuthToken)
	}
	if !isLoopback(host) && authToken != "" && len(authToken) < MinAuthTokenLength {
		return "", fmt.Errorf("%s has %d characters; to serve on %s it needs at least %d so that it cannot be guessed. "+
			"Use e.g. the output of `openssl rand -hex 32`", EnvAuthToken, len(authToken), addr, MinAuthTokenLength)
	}
	if !isLoopback(host) && authToken == "" && !oauth {
		return "", fmt.Errorf("refusing to serve on %s without authentication: anyone who can reach that address "+
			"could call the billing tools. Set %s to a long random secret (e.g. the output of `openssl rand -hex 32`) "+
			"and have clients send \"Authorization: Bearer <secret>\", or accept OAuth access tokens with --oauth-issuer, "+
			"or listen on loopback only, e.g. --http 127.0.0.1:%s",
			addr, EnvAuthToken, port)
	}
	return addr, nil
}

// isLoopback reports whether host (a name or an IP, without port) only reaches this machine.
// Other names may resolve anywhere, so they count as public.
func isLoopback(host string) bool {
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.Unmap().IsLoopback()
}
