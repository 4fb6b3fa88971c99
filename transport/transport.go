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

	"github.com/jelastic-mcp/jelastic-mcp/metrics"
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
	// DefaultReadBodyTimeout bounds the arrival of one request body.
	DefaultReadBodyTimeout = 30 * time.Second
	// DefaultWriteTimeout bounds one write to a client; a client that reads nothing for
	// that long loses its request or stream.
	DefaultWriteTimeout = 30 * time.Second
)

// Timeouts against slow clients (slowloris). There is no http.Server.ReadTimeout or
// WriteTimeout: SSE streams live for hours, and connection-wide deadlines would cancel them;
// bodies and writes get their own deadlines instead.
const (
	readHeaderTimeout = 10 * time.Second
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
	// AllowOrigins lists the web origins (e.g. https://app.example.com) whose pages may call
	// the server; only they get CORS headers. See ParseOrigins.
	AllowOrigins []string
	// Logger receives the transport's log lines and the SDK's.
	Logger zerolog.Logger
	// Version is reported by /healthz and logged at start.
	Version string
	// Platform is the platform address named in the start log line.
	Platform string
	// Middleware, when set, wraps the MCP handlers (/mcp, /sse, /message) inside the
	// transport's checks: it sees only authenticated requests with their body read.
	Middleware func(http.Handler) http.Handler

	// MaxBodyBytes caps one request body (DefaultMaxBodyBytes).
	MaxBodyBytes int64
	// ReadBodyTimeout bounds the arrival of one request body (DefaultReadBodyTimeout).
	ReadBodyTimeout time.Duration
	// WriteTimeout bounds one write to a client (DefaultWriteTimeout).
	WriteTimeout time.Duration
	// ShutdownGrace bounds the wait for calls in flight on shutdown (DefaultShutdownGrace).
	ShutdownGrace time.Duration
	// SessionIdle ends a streamable HTTP session unused for that long (DefaultSessionIdle).
	SessionIdle time.Duration
	// MaxSessions caps the streamable HTTP sessions (DefaultMaxSessions).
	MaxSessions int
	// MaxStreams caps the open streams, SSE and streamable together (DefaultMaxStreams).
	MaxStreams int
	// MaxQueued caps the answers waiting for one SSE stream (DefaultMaxQueued).
	MaxQueued int
	// Stateless serves /mcp without sessions, for replicas behind a load balancer with no
	// stickiness; the legacy SSE endpoints are off. See stateless.go.
	Stateless bool
	// Metrics, when set, are served at /metrics behind AuthToken, or without it on
	// MetricsAddr when that is set. See metrics.go.
	Metrics     *metrics.Metrics
	MetricsAddr string
	// OAuthIssuer, when set, makes the server an OAuth resource server: it accepts access
	// tokens (JWTs) that issuer signed for PublicURL, besides AuthToken if that is set too,
	// and publishes where to get them (see oauth.go). Check both with CheckOAuth.
	OAuthIssuer string
	// PublicURL is where clients reach the server, e.g. https://mcp.example.com; its /mcp is
	// the audience of access tokens. Derived from the listener when empty.
	PublicURL string
}

func (o *Options) withDefaults() {
	def := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.ReadBodyTimeout, DefaultReadBodyTimeout)
	def(&o.WriteTimeout, DefaultWriteTimeout)
	def(&o.ShutdownGrace, DefaultShutdownGrace)
	def(&o.SessionIdle, DefaultSessionIdle)
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.MaxSessions <= 0 {
		o.MaxSessions = DefaultMaxSessions
	}
	if o.MaxStreams <= 0 {
		o.MaxStreams = DefaultMaxStreams
	}
	if o.MaxQueued <= 0 {
		o.MaxQueued = DefaultMaxQueued
	}
	if o.Middleware == nil {
		o.Middleware = func(h http.Handler) http.Handler { return h }
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
	if opts.OAuthIssuer != "" && opts.PublicURL == "" {
		opts.PublicURL = "http://" + ln.Addr().String()
	}
	hs := newHTTPServer(srv, opts)
	if err := serveMetricsApart(ctx, opts); err != nil {
		_ = ln.Close() // nothing was served on it yet
		return err
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.http.Serve(ln) }()
	sweepCtx, stopSweep := context.WithCancel(context.Background())
	defer stopSweep()
	go hs.sessions.sweep(sweepCtx, hs.streamable)

	addr := ln.Addr().String()
	credentials := "server token"
	if opts.ClientTokens {
		credentials = "per-client " + HeaderJelasticToken + " header"
	}
	opts.Logger.Info().Str("platform", opts.Platform).Str("transport", "http").Str("addr", addr).
		Str("streamable", "http://"+addr+PathStreamable).Str("sse", "http://"+addr+PathSSE).
		Bool("auth", opts.AuthToken != "").Str("oauth_issuer", opts.OAuthIssuer).Str("credentials", credentials).Str("version", opts.Version).
		Dur("session_idle", opts.SessionIdle).Int("max_sessions", opts.MaxSessions).Int("max_streams", opts.MaxStreams).
		Strs("allow_origins", opts.AllowOrigins).Bool("stateless", opts.Stateless).Msg("serving")

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
	http        *http.Server
	streamable  *server.StreamableHTTPServer
	sse         *server.SSEServer
	sseSessions *sseSessions
	sessions    *sessionTable
	bodies      *bodies
	calls       *inFlight
	fresh       *freshConns
	grace       time.Duration
	log         zerolog.Logger
}

func newHTTPServer(srv *server.MCPServer, opts Options) *httpServer {
	calls := &inFlight{}
	srv.Use(calls.middleware)
	creds := clientCredentials(opts.ClientTokens)
	bind := binder{auth: opts.AuthToken != "" || opts.OAuthIssuer != "", clientTokens: opts.ClientTokens}
	sessions := newSessionTable(opts.MaxSessions, opts.SessionIdle, opts.Logger)
	sseSessions := newSSESessions(srv, opts.MaxQueued)
	sessionOpt, guardSessions := sessionHandling(opts, sessions, bind)
	// mcp-go logs through slog; route it into the structured log as warnings.
	slogger := slog.New(slog.NewTextHandler(logWriter{opts.Logger}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	streamable := server.NewStreamableHTTPServer(srv,
		server.WithEndpointPath(PathStreamable),
		server.WithHTTPContextFunc(creds),
		server.WithHeartbeatInterval(keepAliveInterval),
		server.WithStreamableHTTPLogger(slogger),
		sessionOpt,
	)
	sse := server.NewSSEServer(srv,
		server.WithSSEEndpoint(PathSSE),
		server.WithMessageEndpoint(PathMessage),
		server.WithSSEContextFunc(creds),
		server.WithKeepAliveInterval(keepAliveInterval),
		server.WithSessionIDGenerator(sseSessions.newID),
	)
	cors := newCORSPolicy(opts.AllowOrigins)
	bodies := newBodies(opts.MaxBodyBytes, opts.ReadBodyTimeout)
	streams := &streamCap{max: opts.MaxStreams, log: opts.Logger}
	// Outside in: CORS preflight (browsers send it without credentials), origin, the bearer
	// before any byte of the body is read, the content type, the body, then per path the
	// session checks, and the SDK.
	oauth := newOAuth(opts.OAuthIssuer, opts.PublicURL, opts.Logger)
	oauth.fetchKeysEarly()
	auth := func(h http.Handler) http.Handler { return bearerAuth(opts.AuthToken, oauth, opts.Logger, h) }
	protect := func(h http.Handler) http.Handler {
		return cors.preflight(checkOrigin(cors, auth(
			requireJSON(bodies.limit(guardWrites(opts.WriteTimeout, cors, narrow(srv, opts.Middleware(h))))))))
	}
	mux := http.NewServeMux()
	mux.Handle(PathStreamable, protect(guardSessions(streams.limit(cachedListing(srv, streamable)))))
	if opts.Stateless {
		mux.HandleFunc(PathSSE, noSessionTransport)
		mux.HandleFunc(PathMessage, noSessionTransport)
	} else {
		mux.Handle(PathSSE, protect(streams.limit(sseSessions.stream(bind, sse.SSEHandler()))))
		mux.Handle(PathMessage, protect(sseSessions.message(bind, sse.MessageHandler())))
	}
	mux.HandleFunc("GET "+PathHealth, health(opts.Version))
	mountMetrics(mux, opts, auth, sessions, sseSessions)
	oauth.mount(mux)
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
	return &httpServer{http: hs, streamable: streamable, sse: sse, sseSessions: sseSessions, sessions: sessions, bodies: bodies,
		calls: calls, fresh: fresh, grace: opts.ShutdownGrace, log: opts.Logger}
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
	s.bodies.stop()

	// An SSE answer is queued after its handler returns: wait for the streams to write
	// them before the sessions end.
	finished := s.calls.wait(ctx) && s.sseSessions.answered(ctx)
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
