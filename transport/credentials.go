package transport

import (
	"context"
	"net/http"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// ErrNoClientToken is what a tool call gets when the server has no Jelastic token and the
// client sent none. It names the header so the user can fix the client configuration.
var ErrNoClientToken error = noClientTokenError{}

// noClientTokenError is a type rather than errors.New because its text is a full sentence:
// the tools package appends another one ("Nothing was sent to the platform.").
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
