package transport

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// bearerAuth lets a request through only with "Authorization: Bearer <credential>": the
// static token, or, with an OAuth issuer, an access token that issuer signed for this
// server. It runs before anything reads the body, so an unauthenticated client costs no
// memory whatever it sends. The static token is hashed on both sides before the
// constant-time comparison so that not even its length leaks.
func bearerAuth(token string, oauth *oauthResource, logger zerolog.Logger, next http.Handler) http.Handler {
	if token == "" && oauth == nil {
		return next
	}
	var want *[sha256.Size]byte
	if token != "" {
		sum := sha256.Sum256([]byte(token))
		want = &sum
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, f := authenticate(r, want, oauth)
		if f == nil {
			next.ServeHTTP(w, r.WithContext(ctx))
			return
		}
		// One line per refusal, naming who and where but never what was sent.
		logger.Warn().Str("remote", r.RemoteAddr).Str("path", r.URL.Path).Str("reason", f.reason).
			Msg("unauthenticated request refused")
		challenge := `Bearer realm="jelastic-mcp"`
		if oauth != nil {
			challenge += `, resource_metadata="` + oauth.metadataURL() + `"`
		}
		if f.code == "invalid_token" || f.reason == reasonWrongToken {
			challenge += `, error="invalid_token"`
		}
		w.Header().Set("WWW-Authenticate", challenge)
		// The body is left unread; closing spares reading it just to keep the connection.
		w.Header().Set("Connection", "close")
		writeJSONError(w, f.status, f.code, f.advice)
	})
}

// authFailure is why a request was refused: the reason is logged, the advice answered.
type authFailure struct {
	status               int
	code, reason, advice string
}

// Why a request failed authentication, as logged.
const (
	reasonMissing    = "no Authorization header"
	reasonNotBearer  = "not a Bearer credential"
	reasonWrongToken = "wrong bearer token"
)

// authenticate checks r's bearer against the static token (want, when set) and the OAuth
// issuer (when set). An accepted access token binds the request to its subject: approvals,
// money limits and sessions then belong to that user.
func authenticate(r *http.Request, want *[sha256.Size]byte, oauth *oauthResource) (context.Context, *authFailure) {
	ctx := r.Context()
	header := r.Header.Get("Authorization")
	if strings.TrimSpace(header) == "" {
		return ctx, &authFailure{http.StatusUnauthorized, "unauthorized", reasonMissing, missingAdvice(want != nil, oauth)}
	}
	scheme, got, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return ctx, &authFailure{http.StatusUnauthorized, "unauthorized", reasonNotBearer,
			"The Authorization header must use the Bearer scheme: \"Authorization: Bearer <token>\"."}
	}
	got = strings.TrimSpace(got)
	if want != nil {
		sum := sha256.Sum256([]byte(got))
		if subtle.ConstantTimeCompare(sum[:], want[:]) == 1 {
			return ctx, nil
		}
		// A static token is never a JWT; a credential without dots was meant as one.
		if oauth == nil || strings.Count(got, ".") != 2 {
			return ctx, &authFailure{http.StatusUnauthorized, "unauthorized", reasonWrongToken,
				"The bearer token is not the one this server expects. Check the token your MCP " +
					"client sends against the server's " + EnvAuthToken + "."}
		}
	}
	who, err := oauth.verify(ctx, got)
	var te *tokenError
	switch {
	case errors.As(err, &te):
		return ctx, &authFailure{http.StatusUnauthorized, "invalid_token", "access token refused: " + te.reason,
			"The access token was refused: " + te.reason + "."}
	case err != nil:
		return ctx, &authFailure{http.StatusServiceUnavailable, "auth_unavailable", err.Error(),
			"This server cannot check access tokens right now: its authorization server's keys could not be fetched. Try again in a minute."}
	}
	ctx = context.WithValue(ctx, subjectKey{}, oauth.issuer+"\x00"+who)
	ctx = tools.WithPrincipal(ctx, "oauth:"+oauth.issuer+"\x00"+who)
	// The token is a secret like the others: no answer, error or log line may show it.
	return jelastic.WithSecrets(ctx, got), nil
}

// subjectKey holds the issuer and subject of an accepted access token; sessions bind to it
// rather than to the token, which the client refreshes.
type subjectKey struct{}

func missingAdvice(static bool, oauth *oauthResource) string {
	staticText := "send the header \"Authorization: Bearer <token>\" with the token set in the server's " + EnvAuthToken
	if oauth == nil {
		return "This server requires authentication. Configure your MCP client to " + staticText + "."
	}
	text := "This server requires an OAuth access token from " + oauth.issuer + " for " + oauth.resource() +
		" (MCP clients that support authorization find the details at " + oauth.metadataURL() + ")"
	if static {
		text += ", or " + staticText
	}
	return text + "."
}

// writeJSONError answers a refusal the transport decides itself, before any MCP handling,
// with a small JSON body a person can read in a client's error display.
func writeJSONError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": code, "message": message})
}
