// Command jelastic-mcp is an MCP server for the billing of a Jelastic platform.
//
// It reads its configuration from flags and the environment, builds one tool per billing
// method and serves them over stdio (the default).
package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/metrics"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
	"github.com/jelastic-mcp/jelastic-mcp/transport"
)

// Exit codes.
const (
	exitOK     = 0
	exitFailed = 1 // the server stopped on an error
	exitUsage  = 2 // bad flags or configuration
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr))
}

func newLogger(cfg *config, stderr io.Writer) zerolog.Logger {
	// No log line shows the server's secrets, whoever writes it (a library's error included).
	w := jelastic.NewRedactor(cfg.token, cfg.http.AuthToken).Writer(stderr)
	if cfg.logFormat == "console" {
		w = zerolog.ConsoleWriter{Out: w, TimeFormat: time.RFC3339}
	}
	return zerolog.New(w).Level(cfg.logLevel).With().Timestamp().Logger()
}

func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, code, done := parseConfig(args, getenv, stdout, stderr)
	if done {
		return code
	}
	logger := newLogger(cfg, stderr)
	if cfg.sandbox {
		platform, err := startSandbox(cfg, logger)
		if err != nil {
			complain(stderr, "starting the sandbox: %v", err)
			return exitFailed
		}
		defer func() { _ = platform.Close() }() // the process is ending; nothing to do about it
	}
	// Over HTTP, /metrics counts the calls and times the platform.
	var meter *metrics.Metrics
	var platformHTTP *http.Client
	if cfg.http.Addr != "" {
		meter = metrics.New()
		cfg.http.Metrics = meter
		platformHTTP = &http.Client{Transport: meter.Transport(http.DefaultTransport)}
	}
	client, err := jelastic.NewClient(jelastic.Config{
		BaseURL: cfg.url, Token: cfg.token, AppID: cfg.appID, Timeout: cfg.timeout, MaxRetries: 2,
		MaxAnswerBytes: cfg.maxUpstream, HTTPClient: platformHTTP,
	})
	if err != nil {
		complain(stderr, "%v", err)
		return exitUsage
	}
	// Over HTTP without a server token, every platform call needs the client's own.
	clientTokens := cfg.http.Addr != "" && cfg.token == ""
	var check func(context.Context) error
	if clientTokens {
		check = transport.RequireClientToken
	}
	opts := tools.Options{Caller: client, Logger: logger, CheckCall: check, MaxResultBytes: cfg.maxResult,
		Secrets: []string{cfg.token, cfg.http.AuthToken}, Policy: cfg.policy, Discovery: cfg.discovery,
		SealKey: cfg.sealKey, MaxAmount: cfg.maxAmount, MaxAmountPerDay: cfg.maxAmountPerDay, Currency: cfg.currency}
	if meter != nil {
		opts.Observe = meter.ObserveCall
	}
	if cfg.auditLog != "" {
		if opts.Audit, err = tools.OpenAuditLog(cfg.auditLog); err != nil {
			complain(stderr, "--audit-log: %v", err)
			return exitUsage
		}
		defer func() { _ = opts.Audit.Close() }()
	}
	srv, err := tools.NewServer(opts, version)
	if _, ok := err.(*tools.PolicyError); ok {
		complain(stderr, "%v", err)
		return exitUsage
	}
	if err != nil {
		logger.Error().Err(err).Msg("building tools")
		return exitFailed
	}
	if cfg.demo {
		if err := runDemo(ctx, srv, stdout); err != nil {
			complain(stderr, "demo: %v", err)
			return exitFailed
		}
		return exitOK
	}
	if cfg.http.Addr != "" {
		opts := cfg.http
		opts.ClientTokens, opts.Logger, opts.Version, opts.Platform = clientTokens, logger, version, client.BaseURL()
		err := transport.ServeHTTP(ctx, srv, opts)
		if err != nil {
			logger.Error().Err(err).Msg("http transport stopped; is another server on that address?")
			return exitFailed
		}
		return exitOK
	}
	if cfg.token == "" {
		logger.Warn().Msg("JELASTIC_TOKEN is not set; calls go to the platform without a session")
	}
	logger.Info().Str("platform", client.BaseURL()).Str("transport", "stdio").Str("version", version).Msg("serving")
	if err := transport.ServeStdio(ctx, srv, stdin, stdout, logger); err != nil {
		logger.Error().Err(err).Msg("stdio transport stopped")
		return exitFailed
	}
	return exitOK
}
