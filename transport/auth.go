package transport

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/rs/zerolog"
)

// bearerAuth lets a request through only with "Authorization: Bearer <token>". It runs before
// anything reads the body, so an unauthenticated client costs no memory whatever it sends.
// Both sides are hashed before the constant-time comparison so that not even the length leaks.
func bearerAuth(token string, logger zerolog.Logger, next http.Handler) http.Handler {
	if token == "" {
		return next
	}
	want := sha256.Sum256([]byte(token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		reason, advice := checkBearer(r.Header.Get("Authorization"), want)
		if reason == "" {
			next.ServeHTTP(w, r)
			return
		}
		// One line per refusal, naming who and where but never what was sent.
		logger.Warn().Str("remote", r.RemoteAddr).Str("path", r.URL.Path).Str("reason", reason).
			Msg("unauthenticated request refused")
		challenge := `Bearer realm="jelastic-mcp"`
		if reason == reasonWrongToken {
			challenge += `, error="invalid_token"`
		}
		w.Header().Set("WWW-Authenticate", challenge)
		// The body is left unread; closing spares reading it just to keep the connection.
		w.Header().Set("Connection", "close")
		writeJSONError(w, http.StatusUnauthorized, "unauthorized", advice)
	})
}

// Why a request failed authentication, as logged.
const (
	reasonMissing    = "no Authorization header"
	reasonNotBearer  = "not a Bearer credential"
	reasonWrongToken = "wrong bearer token"
)

// checkBearer returns an empty reason when header carries the token whose hash is want, and
// otherwise the reason and advice for the client's user.
func checkBearer(header string, want [sha256.Size]byte) (reason, advice string) {
	if strings.TrimSpace(header) == "" {
		return reasonMissing, "This server requires authentication. Configure your MCP client to send the header " +
			"\"Authorization: Bearer <token>\" with the token set in the server's " + EnvAuthToken + "."
	}
	scheme, got, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return reasonNotBearer, "The Authorization header must use the Bearer scheme: \"Authorization: Bearer <token>\"."
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(got)))
	if subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
		return reasonWrongToken, "The bearer token is not the one this server expects. Check the token your MCP " +
			"client sends against the server's " + EnvAuthToken + "."
	}
	return "", ""
}

// writeJSONError answers a refusal the transport decides itself, before any MCP handling,
// with a small JSON body a person can read in a client's error display.
func writeJSONError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": code, "message": message})
}
