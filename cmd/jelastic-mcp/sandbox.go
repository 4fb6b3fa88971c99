package main

import (
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

// startSandbox starts the embedded demo platform on loopback and points cfg at it, with the
// admin's or the end user's token. Real credentials from the environment are dropped, so
// a sandbox session can never reach a real platform.
func startSandbox(cfg *config, logger zerolog.Logger) (*sandbox.Server, error) {
	srv, err := sandbox.Start(cfg.sandboxSeed)
	if err != nil {
		return nil, err
	}
	cfg.url, cfg.token, cfg.appID = srv.URL, sandbox.AdminToken, sandbox.AppID
	role := "hoster admin"
	if cfg.sandboxUser {
		cfg.token, role = sandbox.UserToken, "end user"
	}
	logger.Warn().Str("platform", srv.URL).Str("role", role).Int64("seed", cfg.sandboxSeed).
		Msg("SANDBOX: serving an in-memory demo platform; nothing here is real and nothing leaves this machine")
	return srv, nil
}
