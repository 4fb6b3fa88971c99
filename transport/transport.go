// Package transport serves an MCP server over stdio or HTTP. Over HTTP one listener carries
// streamable HTTP at /mcp, the legacy HTTP+SSE transport at /sse and /message, and /healthz,
// behind bearer authentication, with per-client Jelastic credentials.
//
// Each protection is a small middleware in its own file; ServeHTTP wires them together.
package transport

import (
	"context"
	"errors"
	"log"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"
)

// Paths served over HTTP.
const (
	PathStreamable = "/mcp"
	PathSSE        = "/sse"
	PathMessage    = "/message"
	PathHealth     = "/healthz"
)

// HeaderJelasticToken carries a client's own Jelastic session or access token when the server
// has none.
const HeaderJelasticToken = "X-Jelastic-Token"

// Default limits of the HTTP transport.
const (
	// DefaultMaxBodyBytes caps one JSON-RPC message. The largest tool arguments are a few
	// KiB; anything near a MiB is a mistake or an attack, and mcp-go buffers whole bodies.
	DefaultMaxBodyBytes = 1 << 20
	// DefaultShutdownGrace bounds how long a stopping server waits for calls in flight.
	DefaultShutdownGrace = 10 * time.Second
)

// Timeouts against slow clients (slowloris). There is no write timeout and no
// http.Server.ReadTimeout: SSE streams live for hours, and a connection-wide read deadline
// would cancel them.
const (
	readHeaderTimeout = 10 * time.Second
	readBodyTimeout   = 30 * time.Second
	idleTimeout       = 2 * time.Minute
	// keepAliveInterval keeps idle SSE streams open through proxies that cut silent
	// connections (often after 60 s). It must not be zero: mcp-go's SSE server panics on it.
	keepAliveInterval = 30 * time.Second
)

// Options configure ServeHTTP. Zero values of limits mean their defaults.
type Options struct {
	// Addr is where to listen, as CheckAddress returned it. Ignored when Listener is set.
	Addr string
	// Listener, when set, is served instead of listening on Addr (tests, socket activation).
	Listener net.Listener
	// AuthToken, when set, is the bearer token every MCP request must carry.
	AuthToken string
	// ClientTokens makes each request's X-Jelastic-Token header the Jelastic token of the
	// platform calls it causes. Leave it off when the server has a token of its own: its
	// operator chose the identity, and clients must not switch it.
	ClientTokens bool
	// Logger receives the transport's log lines and the SDK's.
	Logger zerolog.Logger
	// Version is reported by /healthz and logged at start.
	Version string
	// Platform is the platform address named in the start log line.
	Platform string

	// MaxBodyBytes caps one request body (DefaultMaxBodyBytes).
	MaxBodyBytes int64
	// ShutdownGrace bounds the wait for calls in flight on shutdown (DefaultShutdownGrace).
	ShutdownGrace time.Duration
}

func (o *Options) withDefaults() {
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.ShutdownGrace <= 0 {
		o.ShutdownGrace = DefaultShutdownGrace
	}
}

// ServeHTTP serves srv over HTTP until ctx is cancelled, then shuts down gracefully: it stops
// accepting connections, lets calls in flight finish within the grace, ends the streams and
// returns nil. It returns an error when it cannot listen or the server fails.
func ServeHTTP(ctx context.Context, srv *server.MCPServer, opts Options) error {
	opts.withDefaults()
	ln := opts.Listener
	if ln == nil {
		var err error
		if ln, err = net.Listen("tcp", opts.Addr); err != nil {
			return err
		}
	}
	hs := newHTTPServer(srv, opts)
	errc := make(chan error, 1)
	go func() { errc <- hs.http.Serve(ln) }()

	addr := ln.Addr().String()
	credentials := "server token"
	if opts.ClientTokens {
		credentials = "per-client " + HeaderJelasticToken + " header"
	}
	opts.Logger.Info().Str("platform", opts.Platform).Str("transport", "http").Str("addr", addr).
		Str("streamable", "http://"+addr+PathStreamable).Str("sse", "http://"+addr+PathSSE).
		Bool("auth", opts.AuthToken != "").Str("credentials", credentials).Str("version", opts.Version).
		Msg("serving")

	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	hs.shutdown(errc)
	return nil
}

// httpServer is the HTTP side of one run: both MCP transports on one mux.
type httpServer struct {
	http       *http.Server
	streamable *server.StreamableHTTPServer
	sse        *server.SSEServer
	calls      *inFlight
	fresh      *freshConns
	grace      time.Duration
	log        zerolog.Logger
}

func newHTTPServer(srv *server.MCPServer, opts Options) *httpServer {
	calls := &inFlight{}
	srv.Use(calls.middleware)
	creds := clientCredentials(opts.ClientTokens)
	// mcp-go logs through slog; route it into the structured log as warnings.
	slogger := slog.New(slog.NewTextHandler(logWriter{opts.Logger}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	streamable := server.NewStreamableHTTPServer(srv,
		server.WithEndpointPath(PathStreamable),
		server.WithHTTPContextFunc(creds),
		server.WithHeartbeatInterval(keepAliveInterval),
		server.WithStreamableHTTPLogger(slogger),
	)
	sse := server.NewSSEServer(srv,
		server.WithSSEEndpoint(PathSSE),
		server.WithMessageEndpoint(PathMessage),
		server.WithSSEContextFunc(creds),
		server.WithKeepAliveInterval(keepAliveInterval),
	)
	protect := func(h http.Handler) http.Handler {
		return limitBody(opts.MaxBodyBytes, bearerAuth(opts.AuthToken, checkOrigin(h)))
	}
	mux := http.NewServeMux()
	mux.Handle(PathStreamable, protect(streamable))
	mux.Handle(PathSSE, protect(sse.SSEHandler()))
	mux.Handle(PathMessage, protect(sse.MessageHandler()))
	mux.HandleFunc("GET "+PathHealth, health(opts.Version))
	fresh := &freshConns{conns: map[net.Conn]struct{}{}}
	hs := &http.Server{
		ConnState:         fresh.track,
		Handler:           mux,
		ReadHeaderTimeout: readHeaderTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(logWriter{opts.Logger}, "", 0),
		// Requests must not inherit ServeHTTP's context: it is cancelled by the signal that
		// starts a graceful shutdown, which would abort the very calls it lets finish.
		BaseContext: func(net.Listener) context.Context { return context.Background() },
	}
	return &httpServer{http: hs, streamable: streamable, sse: sse, calls: calls, fresh: fresh, grace: opts.ShutdownGrace, log: opts.Logger}
}

// shutdown stops accepting connections, lets calls in flight finish within the grace, then
// ends the long-lived SSE streams, which would otherwise keep Shutdown waiting.
func (s *httpServer) shutdown(errc <-chan error) {
	start := time.Now()
	s.log.Info().Int("calls_in_flight", s.calls.count()).Msg("shutting down")
	ctx, cancel := context.WithTimeout(context.Background(), s.grace)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.http.Shutdown(ctx) }() // closes the listener at once

	finished := s.calls.wait(ctx)
	if finished {
		// An SSE answer is queued after its handler returns; give the stream a moment to
		// write it before the session ends.
		time.Sleep(100 * time.Millisecond)
	}
	s.sse.CloseSessions()
	s.streamable.CloseSessions(ctx)
	s.fresh.closeAll()

	err := <-done
	if !finished || err != nil {
		s.log.Warn().Int("calls_in_flight", s.calls.count()).Dur("waited", time.Since(start)).
			Msg("calls still running at the shutdown bound were cut off")
		if err := s.http.Close(); err != nil {
			s.log.Warn().Err(err).Msg("closing the listener")
		}
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		s.log.Warn().Err(err).Msg("http transport")
	}
	s.log.Info().Dur("took", time.Since(start)).Msg("stopped")
}
