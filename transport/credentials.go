package transport

import (
	"context"
	"crypto/sha256"
	"net/http"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// ErrNoClientToken is what a tool call gets when the server has no Jelastic token and the
// client sent none. It names the header so the user can fix the client configuration.
var ErrNoClientToken error = noClientTokenError{}

// noClientTokenError is a type rather than errors.New because its text is a full sentence:
// the tools package appends another one ("Nothing was sent.").
type noClientTokenError struct{}

func (noClientTokenError) Error() string {
	return "This server has no Jelastic token of its own: configure your MCP client to send your " +
		"Jelastic session or access token in the " + HeaderJelasticToken + " HTTP header."
}

// RequireClientToken is a tools.Options.CheckCall for a server without a Jelastic token of
// its own: a platform call needs the token of the client that asked for it.
func RequireClientToken(ctx context.Context) error {
	if _, ok := jelastic.TokenFrom(ctx); !ok {
		return ErrNoClientToken
	}
	return nil
}

// clientCredentials puts the X-Jelastic-Token of r into ctx when fromClient, so that every
// platform call of this request uses it.
func clientCredentials(fromClient bool) func(ctx context.Context, r *http.Request) context.Context {
	return func(ctx context.Context, r *http.Request) context.Context {
		if !fromClient {
			return ctx
		}
		tok := strings.TrimSpace(r.Header.Get(HeaderJelasticToken))
		if tok == "" {
			return ctx
		}
		return jelastic.WithToken(ctx, tok)
	}
}

// credHash identifies the credentials a request carries, without keeping them: the bearer
// token (when the server requires one) and the client's Jelastic token (when it is used).
// A session is bound to the hash of the request that opened it.
type credHash [sha256.Size]byte

type binder struct{ auth, clientTokens bool }

func (b binder) of(r *http.Request) credHash {
	h := sha256.New()
	if sub, ok := r.Context().Value(subjectKey{}).(string); ok {
		// An access token's subject, not the token: the client refreshes tokens.
		h.Write([]byte("oauth\x00" + sub))
	} else if b.auth {
		_, tok, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		h.Write([]byte(strings.TrimSpace(tok)))
	}
	h.Write([]byte{0})
	if b.clientTokens {
		h.Write([]byte(strings.TrimSpace(r.Header.Get(HeaderJelasticToken))))
	}
	var c credHash
	h.Sum(c[:0])
	return c
}
