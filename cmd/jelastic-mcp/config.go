package main

// Flags and environment -> config: every check of the configuration, so that a bad value
// stops the process with exit 2 before anything listens.

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"runtime/debug"
	"strings"
	"time"

	"github.com/rs/zerolog"

	"github.com/jelastic-mcp/jelastic-mcp/internal/currency"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
	"github.com/jelastic-mcp/jelastic-mcp/transport"
)

// config is everything the server needs, from flags and environment.
type config struct {
	url, token, appID string
	timeout           time.Duration
	maxResult         int  // bytes of JSON text one result may carry
	sandbox           bool // serve the embedded sandbox platform instead of JELASTIC_URL
	sandboxUser       bool // in the sandbox, act as the end user rather than the hoster admin
	sandboxSeed       int64
	demo              bool // --demo: print a short conversation with the sandbox and exit
	logLevel          zerolog.Level
	logFormat         string
	http              transport.Options // --http and its settings; Addr empty: stdio

	maxUpstream int64 // bytes read from one platform answer, after decompression
	policy      tools.Policy
	discovery   bool // list find_tools, describe_tool and call_tool only

	sealKey         []byte // JELASTIC_MCP_SEAL_KEY: signs approval requests; random when unset
	maxAmount       float64
	maxAmountPerDay float64
	currency        string // --currency: the platform's currency code; learned from it when empty
	auditLog        string // --audit-log: JSON lines of every write or destructive call
}

const usageText = `jelastic-mcp: an MCP server for the billing of a Jelastic platform.

Usage: jelastic-mcp [flags]

Environment:
  JELASTIC_URL     platform API address, e.g. https://app.jelastic.example.com (required)
  JELASTIC_TOKEN   session or personal access token
  JELASTIC_APPID   application id sent with every call (default cluster)
  JELASTIC_TOOLSETS  default of --toolsets
  JELASTIC_DISCOVERY set to 1 for --discovery
  JELASTIC_MCP_AUTH_TOKEN  with --http: clients must send "Authorization: Bearer <it>"
                   (required unless the address is loopback)
  JELASTIC_MCP_SEAL_KEY    signs the approval requests put to people: at least 32 random
                   bytes as hex or base64, shared by replicas (random per process when unset)

Flags:
`

func parseConfig(args []string, getenv func(string) string, stdout, stderr io.Writer) (*config, int, bool) {
	fs := flag.NewFlagSet("jelastic-mcp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		_, _ = fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
	}
	timeout := fs.Duration("timeout", jelastic.DefaultTimeout, "bound on one platform call, retries included")
	level := fs.String("log-level", "info", "log level: debug, info, warn, error")
	format := fs.String("log-format", "json", "log format on stderr: json or console")
	showVersion := fs.Bool("version", false, "print the version and exit")
	maxResult := fs.Int("max-result-bytes", tools.DefaultMaxResultBytes, "cut longer answers (keeping what fits of their longest list) so a model can read them")
	maxUpstream := fs.Int64("max-upstream-bytes", jelastic.DefaultMaxAnswerBytes, "refuse platform answers longer than this, counted after decompression")
	listTools := fs.Bool("list-tools", false, "print the table of tools (Markdown) and exit")
	probe := fs.String("healthcheck", "", "probe a running server's /healthz at `url` (e.g. http://127.0.0.1:8080/healthz); exit 0 when healthy, 1 when not")
	useSandbox := fs.Bool("sandbox", false, "serve an embedded demo platform on loopback (as its hoster admin); ignores JELASTIC_URL and JELASTIC_TOKEN")
	sandboxUser := fs.Bool("sandbox-user", false, "with --sandbox: act as the sandbox's end user instead of its admin")
	sandboxSeed := fs.Int64("sandbox-seed", 1, "with --sandbox: seed of the demo data")
	demo := fs.Bool("demo", false, "print a short conversation with the sandbox, then how to connect a client, and exit")
	maxAmount := fs.Float64("max-amount", 0, "refuse any call that moves more money than `N` (platform currency); 0: no limit")
	maxPerDay := fs.Float64("max-amount-per-day", 0, "refuse calls once money moved with one set of credentials in the last 24 hours would pass `N` (counted per process); 0: no limit")
	currencyCode := fs.String("currency", getenv("JELASTIC_CURRENCY"), "the `code` of the currency the platform bills in, e.g. EUR, for answers and previews to name; asked of the platform when empty (env JELASTIC_CURRENCY)")
	auditLog := fs.String("audit-log", "", "append a JSON line before and after every write or destructive call to `file`; calls that cannot be recorded are refused")
	httpAddr := fs.String("http", "", "serve streamable HTTP (/mcp) and SSE (/sse) on `host:port` instead of stdio, e.g. 127.0.0.1:8080")
	var httpOpts transport.Options
	fs.DurationVar(&httpOpts.SessionIdle, "session-idle", transport.DefaultSessionIdle, "with --http: end a session unused for this long, e.g. 90s or 1h")
	fs.IntVar(&httpOpts.MaxSessions, "max-sessions", transport.DefaultMaxSessions, "with --http: most sessions kept at once; more are refused with 503")
	fs.IntVar(&httpOpts.MaxStreams, "max-streams", transport.DefaultMaxStreams, "with --http: most streams (/sse, GET /mcp) open at once; more are refused with 503")
	stateless := getenv(transport.EnvStateless)
	fs.StringVar(&httpOpts.MetricsAddr, "metrics-addr", "", "with --http: serve /metrics on this `host:port` without authentication, instead of beside /mcp behind the bearer token")
	fs.BoolVar(&httpOpts.Stateless, "stateless", stateless == "1" || stateless == "true", "with --http: no sessions, so replicas behind a load balancer can answer any request; no legacy SSE (env "+transport.EnvStateless+"=1)")
	fs.StringVar(&httpOpts.OAuthIssuer, "oauth-issuer", "", "with --http: accept OAuth access tokens (JWTs) from the authorization server with this issuer `URL`, besides or instead of "+transport.EnvAuthToken)
	fs.StringVar(&httpOpts.PublicURL, "public-url", "", "with --oauth-issuer: the `URL` clients reach the server at (tokens are issued for its /mcp); default http://<--http address>")
	var origins []string
	fs.Func("allow-origin", "with --http: a web `origin` (e.g. https://app.example.com) whose pages may call the server; repeat or comma-separate for more", func(v string) error {
		origins = append(origins, v)
		return nil
	})
	toolsets := fs.String("toolsets", getenv("JELASTIC_TOOLSETS"), "comma-separated toolsets to offer: one per service (account, invoice, ...), all (the default) or essentials (<= 40 tools for everyday billing questions, for clients with tool limits)")
	only := fs.String("tools", "", "comma-separated tools to offer besides --toolsets (alone: only these)")
	exclude := fs.String("exclude-tools", "", "comma-separated tools not to offer")
	readOnly := fs.Bool("read-only", false, "offer only tools that change nothing (wins over every other choice)")
	allowCard := fs.Bool("allow-card-data", false, "offer pay_method_register_bank_card, which takes a card number and code: they would pass through the model and stay in the chat history")
	discovery := fs.Bool("discovery", getenv("JELASTIC_DISCOVERY") == "1", "list three tools (find_tools, describe_tool, call_tool) instead of every offered one")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, exitOK, true
		}
		return nil, exitUsage, true
	}
	if fs.NArg() > 0 {
		complain(stderr, "unexpected argument %q; see --help", fs.Arg(0))
		return nil, exitUsage, true
	}
	if *showVersion {
		return nil, printed(fmt.Fprintln(stdout, describeBuild(debug.ReadBuildInfo()))), true
	}
	if *probe != "" {
		return nil, healthcheck(context.Background(), *probe, stderr), true
	}
	if *listTools {
		return nil, printed(fmt.Fprint(stdout, tools.MarkdownTable(nil))), true
	}
	cfg := &config{token: getenv("JELASTIC_TOKEN"), appID: getenv("JELASTIC_APPID"), timeout: *timeout, logFormat: *format, maxResult: *maxResult,
		discovery: *discovery, policy: tools.Policy{Toolsets: tools.SplitList(*toolsets), Tools: tools.SplitList(*only),
			Exclude: tools.SplitList(*exclude), ReadOnly: *readOnly, AllowCardData: *allowCard},
		maxAmount: *maxAmount, maxAmountPerDay: *maxPerDay, auditLog: *auditLog, currency: *currencyCode}
	if err := checkSafetyConfig(cfg, getenv); err != nil {
		complain(stderr, "%v", err)
		return nil, exitUsage, true
	}
	if cfg.appID == "" {
		cfg.appID = "cluster"
	}
	lvl, err := zerolog.ParseLevel(strings.ToLower(*level))
	if err != nil || *level == "" {
		complain(stderr, "--log-level %q is not one of debug, info, warn, error", *level)
		return nil, exitUsage, true
	}
	cfg.logLevel = lvl
	if *format != "json" && *format != "console" {
		complain(stderr, "--log-format %q is not json or console", *format)
		return nil, exitUsage, true
	}
	if *maxResult < 1024 {
		complain(stderr, "--max-result-bytes must be at least 1024")
		return nil, exitUsage, true
	}
	if cfg.maxUpstream = *maxUpstream; cfg.maxUpstream < 1024 {
		complain(stderr, "--max-upstream-bytes must be at least 1024")
		return nil, exitUsage, true
	}
	if *timeout <= 0 {
		complain(stderr, "--timeout must be positive, e.g. 30s")
		return nil, exitUsage, true
	}
	if httpOpts.Stateless && *httpAddr == "" {
		complain(stderr, "--stateless (or %s) applies to --http only; add --http host:port or drop it", transport.EnvStateless)
		return nil, exitUsage, true
	}
	if *httpAddr != "" {
		cfg.http = httpOpts
		cfg.http.AuthToken = getenv(transport.EnvAuthToken)
		if err := checkHTTPFlags(cfg, *httpAddr, origins); err != nil {
			complain(stderr, "%v", err)
			return nil, exitUsage, true
		}
	}
	if *httpAddr == "" && (httpOpts.OAuthIssuer != "" || httpOpts.PublicURL != "" || httpOpts.MetricsAddr != "") {
		complain(stderr, "--oauth-issuer, --public-url and --metrics-addr need --http: they are settings of the HTTP transport")
		return nil, exitUsage, true
	}
	cfg.sandbox, cfg.sandboxUser, cfg.sandboxSeed = *useSandbox || *sandboxUser || *demo, *sandboxUser, *sandboxSeed
	if cfg.demo = *demo; cfg.demo {
		cfg.logLevel = zerolog.Disabled // the transcript is the output; logs would bury it
	}
	if cfg.sandbox {
		return cfg, exitOK, false
	}
	raw := getenv("JELASTIC_URL")
	if raw == "" {
		complain(stderr, "JELASTIC_URL is not set; set it to your platform's API address, e.g. JELASTIC_URL=https://app.jelastic.example.com")
		return nil, exitUsage, true
	}
	u, err := jelastic.NormalizeBaseURL(raw)
	if err != nil {
		complain(stderr, "JELASTIC_URL: %v", err)
		return nil, exitUsage, true
	}
	cfg.url = u
	return cfg, exitOK, false
}

// checkHTTPFlags checks the settings of --http; an error means exit 2, before listening.
func checkHTTPFlags(cfg *config, addr string, origins []string) error {
	var err error
	if cfg.http.Addr, err = transport.CheckListen(addr, cfg.http.AuthToken, cfg.http.OAuthIssuer != ""); err != nil {
		return err
	}
	if cfg.http.MetricsAddr != "" {
		if cfg.http.MetricsAddr, err = transport.CheckMetricsAddress(cfg.http.MetricsAddr); err != nil {
			return err
		}
	}
	if cfg.http.OAuthIssuer, cfg.http.PublicURL, err = transport.CheckOAuth(cfg.http.OAuthIssuer, cfg.http.PublicURL, cfg.http.Addr); err != nil {
		return err
	}
	if cfg.http.AllowOrigins, err = transport.ParseOrigins(origins); err != nil {
		return err
	}
	switch {
	case cfg.http.SessionIdle <= 0:
		return errors.New("--session-idle must be positive, e.g. 30m")
	case cfg.http.MaxSessions < 1:
		return errors.New("--max-sessions must be at least 1")
	case cfg.http.MaxStreams < 1:
		return errors.New("--max-streams must be at least 1")
	}
	return nil
}

// complain tells the person at the terminal what is wrong with the command line. A write to
// stderr that fails has nowhere left to be reported.
func complain(stderr io.Writer, format string, args ...any) {
	_, _ = fmt.Fprintf(stderr, "jelastic-mcp: "+format+"\n", args...)
}

// printed is the exit code of a command whose whole job was to write to stdout: a failed
// write (a closed pipe, a full disk) must not look like success.
func printed(_ int, err error) int {
	if err != nil {
		return exitFailed
	}
	return exitOK
}

// checkSafetyConfig reads the approval seal key and checks the money limits.
func checkSafetyConfig(cfg *config, getenv func(string) string) error {
	for _, v := range []float64{cfg.maxAmount, cfg.maxAmountPerDay} {
		if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
			return errors.New("--max-amount and --max-amount-per-day must be positive amounts, or 0 for no limit")
		}
	}
	if cfg.currency != "" {
		if err := currency.Valid(cfg.currency); err != nil {
			return fmt.Errorf("--currency: %w", err)
		}
	}
	if k := getenv("JELASTIC_MCP_SEAL_KEY"); k != "" {
		key, err := tools.ParseSealKey(k)
		if err != nil {
			return fmt.Errorf("JELASTIC_MCP_SEAL_KEY: %w", err)
		}
		cfg.sealKey = key
	}
	return nil
}
