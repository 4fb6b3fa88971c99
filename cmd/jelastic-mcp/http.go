package main

// The HTTP transports: streamable HTTP at /mcp, the legacy HTTP+SSE transport at /sse and
// /message, and /healthz, all on one listener, behind bearer authentication, with per-client
// Jelastic credentials.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// Paths served by --http.
const (
	pathStreamable = "/mcp"
	pathSSE        = "/sse"
	pathMessage    = "/message"
	pathHealth     = "/healthz"
)

// Header names and environment variables of the HTTP transports.
const (
	// headerJelasticToken carries a client's own Jelastic session or access token when the
	// server has none (JELASTIC_TOKEN unset).
	headerJelasticToken = "X-Jelastic-Token"
	envAuthToken        = "JELASTIC_MCP_AUTH_TOKEN"
)

// Limits of the HTTP transports.
const (
	// maxRequestBody caps one JSON-RPC message. The largest tool arguments are a few KiB;
	// anything near a MiB is a mistake or an attack, and mcp-go buffers whole bodies.
	maxRequestBody = 1 << 20
	// readHeaderTimeout and readBodyTimeout bound slow clients (slowloris). There is no
	// write timeout and no http.Server.ReadTimeout: SSE streams live for hours, and a
	// connection-wide read deadline would cancel them.
	readHeaderTimeout = 10 * time.Second
	readBodyTimeout   = 30 * time.Second
	idleTimeout       = 2 * time.Minute
	// keepAliveInterval keeps idle SSE streams open through proxies that cut silent
	// connections (often after 60 s). It must not be zero: mcp-go's SSE server panics on it.
	keepAliveInterval = 30 * time.Second
	// shutdownGrace bounds how long a stopping server waits for calls in flight.
	shutdownGrace = 10 * time.Second
)

// listenAddress checks a --http value and puts it in the form net.Listen takes. A missing
// host means loopback, so that ":8080" never exposes billing to the network by accident.
// It reports whether the address is loopback-only.
func listenAddress(raw string) (addr string, loopback bool, err error) {
	host, port, err := net.SplitHostPort(strings.TrimSpace(raw))
	if err != nil {
		return "", false, fmt.Errorf("--http %q is not host:port; use e.g. --http 127.0.0.1:8080", raw)
	}
	if host == "" {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port), isLoopback(host), nil
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

// checkHTTPConfig is the part of flag checking that belongs to --http. It refuses a public
// address without an auth token: anyone who could reach it could then move money.
func checkHTTPConfig(cfg *config) error {
	addr, loopback, err := listenAddress(cfg.httpAddr)
	if err != nil {
		return err
	}
	cfg.httpAddr = addr
	if !loopback && cfg.authToken == "" {
		return fmt.Errorf("refusing to serve on %s without authentication: anyone who can reach that address "+
			"could call the billing tools. Set %s to a long random secret (e.g. the output of `openssl rand -hex 32`) "+
			"and have clients send \"Authorization: Bearer <secret>\", or listen on loopback only, e.g. --http 127.0.0.1:%s",
			addr, envAuthToken, portOf(addr))
	}
	return nil
}

func portOf(addr string) string {
	_, port, _ := net.SplitHostPort(addr)
	return port
}

// clientTokenKey marks a context that carries a client's own Jelastic token. jelastic
// keeps the token itself private; CheckCall only needs to know that one is there.
type clientTokenKey struct{}

// errNoClientToken is what a tool call gets when the server has no Jelastic token and the
// client sent none. It names the header so the user can fix the client configuration.
var errNoClientToken error = noClientTokenError{}

// noClientTokenError is a type rather than errors.New because its text is a full sentence:
// the tools package appends another one ("Nothing was sent to the platform.").
type noClientTokenError struct{}

func (noClientTokenError) Error() string {
	return "This server has no Jelastic token of its own: configure your MCP client to send your " +
		"Jelastic session or access token in the " + headerJelasticToken + " HTTP header."
}

// checkCallFor is the tools.Options.CheckCall of cfg: over HTTP without a server token,
// every platform call needs the client's own token; otherwise nothing is checked.
func checkCallFor(cfg *config) func(context.Context) error {
	if cfg.httpAddr == "" || cfg.token != "" {
		return nil
	}
	return func(ctx context.Context) error {
		if ctx.Value(clientTokenKey{}) == nil {
			return errNoClientToken
		}
		return nil
	}
}

// clientCredentials puts the X-Jelastic-Token of r into ctx, so that every platform call of
// this request uses it. A server with its own token ignores the header: its operator chose
// the identity, and clients must not switch it.
func clientCredentials(serverHasToken bool) func(ctx context.Context, r *http.Request) context.Context {
	return func(ctx context.Context, r *http.Request) context.Context {
		if serverHasToken {
			return ctx
		}
		tok := strings.TrimSpace(r.Header.Get(headerJelasticToken))
		if tok == "" {
			return ctx
		}
		return context.WithValue(jelastic.WithToken(ctx, tok), clientTokenKey{}, true)
	}
}

// inFlight counts tool calls being handled, so that shutdown can wait for them: SSE calls
// run detached from any HTTP request, so http.Server.Shutdown alone cannot see them.
type inFlight struct {
	mu sync.Mutex
	n  int
}

func (f *inFlight) middleware(next server.ToolHandlerFunc) server.ToolHandlerFunc {
	return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		f.mu.Lock()
		f.n++
		f.mu.Unlock()
		defer func() {
			f.mu.Lock()
			f.n--
			f.mu.Unlock()
		}()
		return next(ctx, req)
	}
}

func (f *inFlight) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.n
}

// wait returns when no call is in flight or ctx is done, whichever is first. Polling keeps
// it simple: calls may start while it waits, which sync.WaitGroup does not allow.
func (f *inFlight) wait(ctx context.Context) bool {
	t := time.NewTicker(10 * time.Millisecond)
	defer t.Stop()
	for f.count() > 0 {
		select {
		case <-ctx.Done():
			return false
		case <-t.C:
		}
	}
	return true
}

// freshConns tracks connections that have not sent a request yet. http.Server.Shutdown
// waits up to 5 s for those, and Go's HTTP clients keep such spare connections open in
// their pools; closing them loses nothing, since no request has arrived on them.
type freshConns struct {
	mu    sync.Mutex
	conns map[net.Conn]struct{}
}

func (f *freshConns) track(c net.Conn, st http.ConnState) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if st == http.StateNew {
		f.conns[c] = struct{}{}
	} else {
		delete(f.conns, c)
	}
}

func (f *freshConns) closeAll() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for c := range f.conns {
		c.Close()
	}
}

// bearerAuth lets a request through only with "Authorization: Bearer <token>". Both sides
// are hashed before the constant-time comparison so that not even the length leaks.
func bearerAuth(token string, next http.Handler) http.Handler {
	if token == "" {
		return next
	}
	want := sha256.Sum256([]byte(token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		scheme, got, ok := strings.Cut(r.Header.Get("Authorization"), " ")
		sum := sha256.Sum256([]byte(strings.TrimSpace(got)))
		if !ok || !strings.EqualFold(scheme, "Bearer") || subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
			// Nothing but the challenge: no body that could tell a prober anything.
			w.Header().Set("WWW-Authenticate", `Bearer realm="jelastic-mcp"`)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// checkOrigin rejects browser requests from other sites. mcp-go checks the Host header
// (DNS rebinding), but not Origin: without this, any web page could open an EventSource
// to a local /sse (mcp-go answers it with Access-Control-Allow-Origin: *) and post
// text/plain messages to /message, which needs no CORS preflight. Clients that are not
// browsers send no Origin and are not affected.
func checkOrigin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if origin := r.Header.Get("Origin"); origin != "" && !originAllowed(origin, r) {
			http.Error(w, "Forbidden: cross-origin request", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// originAllowed: the page's own origin, or a loopback origin when the request came to a
// loopback address (a local tool talking to a local server).
func originAllowed(origin string, r *http.Request) bool {
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false // includes "null", sent by sandboxed frames and file:// pages
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	host, _, err := net.SplitHostPort(r.Host)
	if err != nil {
		host = r.Host
	}
	return isLoopback(u.Hostname()) && isLoopback(host)
}

// limitBody reads a POST body whole, up to maxRequestBody and within readBodyTimeout, before
// the MCP handlers see it. Doing it here lets the read deadline be lifted again before a
// long call runs, and lets an oversized message get a plain 413.
func limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		if r.ContentLength > maxRequestBody {
			http.Error(w, fmt.Sprintf("request body over %d bytes", maxRequestBody), http.StatusRequestEntityTooLarge)
			return
		}
		rc := http.NewResponseController(w)
		_ = rc.SetReadDeadline(time.Now().Add(readBodyTimeout))
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxRequestBody))
		_ = rc.SetReadDeadline(time.Time{})
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, fmt.Sprintf("request body over %d bytes", maxRequestBody), http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "reading the request body failed", http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// health answers GET /healthz without authentication, for load balancers. It says nothing
// about the platform or the configuration.
func health(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(map[string]string{"status": "ok", "version": version})
}

// httpServer is the HTTP side of one run: both MCP transports on one mux.
type httpServer struct {
	http       *http.Server
	streamable *server.StreamableHTTPServer
	sse        *server.SSEServer
	calls      *inFlight
	fresh      *freshConns
	log        zerolog.Logger
}

func newHTTPServer(cfg *config, srv *server.MCPServer, logger zerolog.Logger) *httpServer {
	calls := &inFlight{}
	srv.Use(calls.middleware)
	creds := clientCredentials(cfg.token != "")
	// mcp-go logs through slog; route it into the structured log as warnings.
	slogger := slog.New(slog.NewTextHandler(logWriter{logger}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	streamable := server.NewStreamableHTTPServer(srv,
		server.WithEndpointPath(pathStreamable),
		server.WithHTTPContextFunc(creds),
		server.WithHeartbeatInterval(keepAliveInterval),
		server.WithStreamableHTTPLogger(slogger),
	)
	sse := server.NewSSEServer(srv,
		server.WithSSEEndpoint(pathSSE),
		server.WithMessageEndpoint(pathMessage),
		server.WithSSEContextFunc(creds),
		server.WithKeepAliveInterval(keepAliveInterval),
	)
	protect := func(h http.Handler) http.Handler {
		return limitBody(bearerAuth(cfg.authToken, checkOrigin(h)))
	}
	mux := http.NewServeMux()
	mux.Handle(pathStreamable, protect(streamable))
	mux.Handle(pathSSE, protect(sse.SSEHandler()))
	mux.Handle(pathMessage, protect(sse.MessageHandler()))
	mux.HandleFunc("GET "+pathHealth, health)
	fresh := &freshConns{conns: map[net.Conn]struct{}{}}
	hs := &http.Server{
		ConnState:         fresh.track,
		Handler:           mux,
		ReadHeaderTimeout: readHeaderTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(logWriter{logger}, "", 0),
		// Requests must not inherit run's context: it is cancelled by the signal that
		// starts a graceful shutdown, which would abort the very calls it lets finish.
		BaseContext: func(net.Listener) context.Context { return context.Background() },
	}
	return &httpServer{http: hs, streamable: streamable, sse: sse, calls: calls, fresh: fresh, log: logger}
}

// serveHTTP serves until ctx is cancelled, then shuts down gracefully.
func serveHTTP(ctx context.Context, cfg *config, srv *server.MCPServer, platform string, logger zerolog.Logger) int {
	ln, err := net.Listen("tcp", cfg.httpAddr)
	if err != nil {
		logger.Error().Err(err).Msg("cannot listen; is another server on that address?")
		return exitFailed
	}
	hs := newHTTPServer(cfg, srv, logger)
	errc := make(chan error, 1)
	go func() { errc <- hs.http.Serve(ln) }()

	addr := ln.Addr().String()
	credentials := "server token"
	if cfg.token == "" {
		credentials = "per-client " + headerJelasticToken + " header"
	}
	logger.Info().Str("platform", platform).Str("transport", "http").Str("addr", addr).
		Str("streamable", "http://"+addr+pathStreamable).Str("sse", "http://"+addr+pathSSE).
		Bool("auth", cfg.authToken != "").Str("credentials", credentials).Str("version", version).
		Msg("serving")

	select {
	case err := <-errc:
		logger.Error().Err(err).Msg("http transport stopped")
		return exitFailed
	case <-ctx.Done():
	}
	return hs.shutdown(errc)
}

// shutdown stops accepting connections, lets calls in flight finish within shutdownGrace,
// then ends the long-lived SSE streams, which would otherwise keep Shutdown waiting.
func (s *httpServer) shutdown(errc <-chan error) int {
	start := time.Now()
	s.log.Info().Int("calls_in_flight", s.calls.count()).Msg("shutting down")
	ctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
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
		s.http.Close()
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		s.log.Warn().Err(err).Msg("http transport")
	}
	s.log.Info().Dur("took", time.Since(start)).Msg("stopped")
	return exitOK
}
