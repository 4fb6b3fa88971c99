package transport

import (
	"fmt"
	"net"
	"net/netip"
	"strings"
)

// EnvAuthToken is the environment variable that holds the bearer token HTTP clients must send.
const EnvAuthToken = "JELASTIC_MCP_AUTH_TOKEN"

// CheckAddress checks an --http value and returns it in the form net.Listen takes. A missing
// host means loopback, so that ":8080" never exposes billing to the network by accident. A
// public address without an auth token is refused: anyone who could reach it could then
// move money.
func CheckAddress(raw, authToken string) (string, error) {
	host, port, err := net.SplitHostPort(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("--http %q is not host:port; use e.g. --http 127.0.0.1:8080", raw)
	}
	if host == "" {
		host = "127.0.0.1"
	}
	addr := net.JoinHostPort(host, port)
	if !isLoopback(host) && authToken == "" {
		return "", fmt.Errorf("refusing to serve on %s without authentication: anyone who can reach that address "+
			"could call the billing tools. Set %s to a long random secret (e.g. the output of `openssl rand -hex 32`) "+
			"and have clients send \"Authorization: Bearer <secret>\", or listen on loopback only, e.g. --http 127.0.0.1:%s",
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
