package jelastic

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Config holds what a Client needs to reach a platform.
type Config struct {
	// BaseURL is the platform's API address, e.g. "https://app.jelastic.example.com".
	// "https://" is added when no scheme is given; a trailing "/" is dropped.
	BaseURL string
	// Token is the session or personal access token. WithToken overrides it per call.
	Token string
	// AppID is sent as "appid"; "cluster" when empty.
	AppID string
	// RUK, when set, is sent as the "ruk" correlation key.
	RUK string
	// Timeout bounds one Call, retries included; 30 s when zero.
	Timeout time.Duration
	// MaxRetries bounds how often a read method is sent again after a transport error
	// (0: never). Write and destructive methods are never sent twice.
	MaxRetries int
	// RetryBackoff is the wait before the first retry, doubled after each; 200 ms when zero.
	RetryBackoff time.Duration
	// MaxAnswerBytes bounds the bytes read from one answer, counted after any gzip
	// decompression; DefaultMaxAnswerBytes when zero. A longer answer is a *TransportError.
	MaxAnswerBytes int64
	// HTTPClient sends the requests; a client without its own timeout when nil. Its redirect
	// policy is replaced: the client never follows a redirect (see Call).
	HTTPClient *http.Client
}

// DefaultTimeout bounds a call when Config.Timeout is zero.
const DefaultTimeout = 30 * time.Second

// DefaultMaxAnswerBytes bounds an answer when Config.MaxAnswerBytes is zero: far more than
// any billing history a model can use, far less than a gzip bomb unpacks to.
const DefaultMaxAnswerBytes = 32 << 20

// Client calls Jelastic API methods. It is safe for concurrent use.
type Client struct {
	base    string
	cfg     Config
	http    *http.Client
	retries int
}

// NormalizeBaseURL checks a platform address and puts it in canonical form.
func NormalizeBaseURL(raw string) (string, error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return "", errors.New("the platform address is empty; set it to e.g. https://app.jelastic.example.com")
	}
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("%q is not a valid platform address; use e.g. https://app.jelastic.example.com", raw)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("%q has scheme %q; the platform address must use https:// (or http://)", raw, u.Scheme)
	}
	if u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("the platform address must not carry credentials, a query or a fragment; use e.g. https://%s", u.Host)
	}
	return strings.TrimRight(u.Scheme+"://"+u.Host+u.Path, "/"), nil
}

// NewClient checks cfg and returns a client for it.
func NewClient(cfg Config) (*Client, error) {
	base, err := NormalizeBaseURL(cfg.BaseURL)
	if err != nil {
		return nil, err
	}
	if cfg.AppID == "" {
		cfg.AppID = "cluster"
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxAnswerBytes <= 0 {
		cfg.MaxAnswerBytes = DefaultMaxAnswerBytes
	}
	if cfg.RetryBackoff <= 0 {
		cfg.RetryBackoff = 200 * time.Millisecond
	}
	hc := &http.Client{Transport: pooledTransport()}
	if cfg.HTTPClient != nil {
		copied := *cfg.HTTPClient // the caller's client keeps its own policy
		hc = &copied
	}
	// A redirect would re-post the form, session included, to whatever host the answer names,
	// or turn a money-moving POST into a GET elsewhere; send answers it as an error instead.
	hc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	retries := cfg.MaxRetries
	if retries < 0 {
		retries = 0
	}
	return &Client{base: base, cfg: cfg, http: hc, retries: retries}, nil
}

// idleConnsPerHost is how many idle connections to the platform the client keeps. Go's
// default is 2: under an HTTP server with many concurrent sessions every other call would
// open a new connection (a TLS handshake against a real platform) and leave the old one in
// TIME_WAIT. 256 covers 200 concurrent clients with room to spare.
const idleConnsPerHost = 256

// pooledTransport is Go's default transport with a pool sized for concurrent sessions.
func pooledTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = idleConnsPerHost
	t.MaxIdleConnsPerHost = idleConnsPerHost
	return t
}

// BaseURL is the normalized platform address.
func (c *Client) BaseURL() string { return c.base }

// tokenKey is the one context key for a per-request Jelastic token: the HTTP transport sets
// it from a client's header, the client reads it, and checks and redaction ask for it.
type tokenKey struct{}

// WithToken makes every call made with ctx use token instead of the client's own.
func WithToken(ctx context.Context, token string) context.Context {
	return context.WithValue(ctx, tokenKey{}, token)
}

// TokenFrom returns the token WithToken put into ctx, and whether there is one.
func TokenFrom(ctx context.Context) (string, bool) {
	t, ok := ctx.Value(tokenKey{}).(string)
	return t, ok
}

func (c *Client) token(ctx context.Context) string {
	if t, ok := TokenFrom(ctx); ok {
		return t
	}
	return c.cfg.Token
}

// Response is a successful answer: the platform's JSON object.
type Response struct {
	Fields   map[string]any // the decoded body; numbers are json.Number
	redacted bool
}

// Redacted reports whether Fields holds none of the call's secrets: the Client removed those
// the call's context carries (WithSecrets, WithToken), its own token and the call's secret
// arguments. Whoever shows the answer need not look for them again.
func (r *Response) Redacted() bool { return r.redacted }

// Payload is the body without envelope noise: "result", an empty "error", "source",
// and a zero or empty "reason".
func (r *Response) Payload() map[string]any {
	out := make(map[string]any, len(r.Fields))
	for k, v := range r.Fields {
		switch k {
		case "result", "source":
			continue
		case "error", "reason":
			if isEmptyOrZero(v) {
				continue
			}
		}
		out[k] = v
	}
	return out
}

func isEmptyOrZero(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case json.Number:
		return x.String() == "0"
	}
	return false
}

// Call sends method m with params (its parameter struct, or a pointer to one) and returns
// the answer. A non-zero "result" comes back as *APIError; anything that kept a proper
// answer from arriving comes back as *TransportError. A redirect is never followed: it is a
// *TransportError naming the status and the host it pointed to, and it is not retried.
func (c *Client) Call(ctx context.Context, m Method, params any) (*Response, error) {
	form, err := Encode(params)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", m.FullName(), err)
	}
	// Everything secret about this call, so that nothing the platform sends back shows it.
	secrets := append(Secrets(ctx), c.cfg.Token)
	for _, f := range Fields(params) {
		if f.Secret {
			secrets = append(secrets, form[f.Wire]...)
		}
	}
	ctx = context.WithValue(ctx, redactorKey{}, NewRedactor(secrets...))
	form.Set("appid", c.cfg.AppID)
	if tok := c.token(ctx); tok != "" {
		form.Set("session", tok)
	}
	if c.cfg.RUK != "" {
		form.Set("ruk", c.cfg.RUK)
	}
	body := form.Encode()

	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()

	attempts := 1
	if m.Effect == Read {
		attempts += c.retries
	}
	backoff := c.cfg.RetryBackoff
	for attempt := 1; ; attempt++ {
		resp, err := c.send(ctx, m, body)
		var te *TransportError
		if err == nil || !errors.As(err, &te) || !te.retryable() || attempt >= attempts {
			return resp, err
		}
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(backoff):
		}
		backoff *= 2
	}
}

func (c *Client) send(ctx context.Context, m Method, body string) (*Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/1.0/"+m.Path, strings.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("%s: building request: %w", m.FullName(), err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	res, err := c.http.Do(req)
	if err != nil {
		return nil, c.transportError(ctx, m, 0, nil, err)
	}
	defer func() { _ = res.Body.Close() }() // a close error after the read changes nothing
	if res.StatusCode >= 300 && res.StatusCode <= 399 {
		return nil, c.redirected(ctx, m, res)
	}
	if res.ContentLength > c.cfg.MaxAnswerBytes {
		return nil, c.transportError(ctx, m, res.StatusCode, nil, c.tooLarge(m, res.StatusCode))
	}
	raw, err := readPieces(&cappedReader{r: res.Body, left: c.cfg.MaxAnswerBytes}, res.ContentLength)
	if errors.Is(err, errAnswerTooLarge) {
		return nil, c.transportError(ctx, m, res.StatusCode, nil, c.tooLarge(m, res.StatusCode))
	}
	if err != nil {
		return nil, c.transportError(ctx, m, res.StatusCode, raw, err)
	}
	if res.StatusCode < 200 || res.StatusCode > 299 {
		return nil, c.transportError(ctx, m, res.StatusCode, raw, nil)
	}
	fields, err := decodeObject(ctx, raw, memoryPerAllowedByte*int(c.cfg.MaxAnswerBytes))
	if err != nil {
		return nil, c.transportError(ctx, m, res.StatusCode, raw, err)
	}
	code, err := resultCode(fields["result"])
	if err != nil {
		return nil, c.transportError(ctx, m, res.StatusCode, raw, err)
	}
	if code != 0 {
		return nil, &APIError{
			Method:     m.FullName(),
			Permission: m.Permission(),
			Code:       code,
			Message:    c.redact(ctx, stringField(fields, "error")),
			Source:     stringField(fields, "source"),
			Reason:     c.redact(ctx, stringField(fields, "reason")),
		}
	}
	// Most answers hold no secret at all, which one look at the bytes tells; only the others
	// are walked value by value.
	if red := c.redactor(ctx); !red.Clean(raw) {
		fields, _ = red.Value(fields).(map[string]any)
	}
	return &Response{Fields: fields, redacted: true}, nil
}

// errAnswerTooLarge marks an answer cut off at Config.MaxAnswerBytes.
var errAnswerTooLarge = errors.New("answer too large")

// cappedReader reads at most left bytes and fails beyond them, so an endless or unpacked
// answer costs no more memory than the limit.
type cappedReader struct {
	r    io.Reader
	left int64
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		// One byte more tells a body of exactly the limit from a longer one.
		var probe [1]byte
		n, err := c.r.Read(probe[:])
		if n > 0 {
			return 0, errAnswerTooLarge
		}
		return 0, err
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}

// readPieces reads r to its end in pieces of growing size and joins them once at the end.
// Unlike a buffer that doubles, an answer that turns out too large has cost its size once,
// not its size plus the copies left behind by each growth. An answer of a known length up
// to 1 MiB is read into one piece of that length.
func readPieces(r io.Reader, length int64) ([]byte, error) {
	var pieces [][]byte
	size, total := 4<<10, 0
	if length >= 0 && length < 1<<20 {
		size = int(length) + 1 // the byte more meets the end
	}
	for {
		piece := make([]byte, size)
		n, err := io.ReadFull(r, piece)
		if n > 0 {
			pieces = append(pieces, piece[:n])
			total += n
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			break
		}
		if err != nil {
			return bytes.Join(pieces, nil), err
		}
		size = min(size*2, 1<<20)
	}
	if len(pieces) == 1 {
		return pieces[0], nil
	}
	out := make([]byte, 0, total)
	for _, p := range pieces {
		out = append(out, p...)
	}
	return out, nil
}

func (c *Client) tooLarge(m Method, status int) error {
	err := fmt.Errorf("the answer is larger than %s, the most this server reads from the platform; "+
		"ask for less (a shorter period, a filter, paging) or raise the limit (--max-upstream-bytes)", byteSize(c.cfg.MaxAnswerBytes))
	if m.Effect != Read && status >= 200 && status <= 299 {
		// The platform did answer: the change was most likely made, and sending it again would
		// make it twice.
		err = fmt.Errorf("%w. The platform answered, so the change has probably been made: check with a read before sending it again", err)
	}
	return err
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// decodeObject reads the answer's JSON object, numbers kept as text. Decoding a large answer
// takes a while; the call returns when ctx ends even if decoding has not. A small one is
// decoded at once: it takes less time than handing it to another goroutine.
func decodeObject(ctx context.Context, raw []byte, memory int) (map[string]any, error) {
	if len(raw) <= inlineDecodeBytes {
		return parseObjectWithin(raw, memory)
	}
	type result struct {
		fields map[string]any
		err    error
	}
	done := make(chan result, 1)
	go func() {
		fields, err := parseObjectWithin(raw, memory)
		done <- result{fields, err}
	}()
	select {
	case r := <-done:
		return r.fields, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// inlineDecodeBytes: answers up to this size decode in well under a millisecond.
const inlineDecodeBytes = 64 << 10

func resultCode(v any) (int, error) {
	switch x := v.(type) {
	case nil:
		return 0, nil // no "result": success, as the reference client treats it
	case json.Number:
		n, err := x.Int64()
		if err != nil {
			return 0, fmt.Errorf("the answer's result %q is not an integer", x)
		}
		return int(n), nil
	}
	return 0, fmt.Errorf("the answer's result has type %T, not a number", v)
}

func stringField(m map[string]any, k string) string {
	switch x := m[k].(type) {
	case string:
		return x
	case nil:
		return ""
	default:
		return fmt.Sprint(x)
	}
}

// redirected explains a 3xx answer. Only the scheme and host of its Location are shown: the
// path and query are the other server's words and may carry anything.
func (c *Client) redirected(ctx context.Context, m Method, res *http.Response) *TransportError {
	target := "no Location"
	if loc := res.Header.Get("Location"); loc != "" {
		target = "an unreadable Location"
		if u, err := res.Request.URL.Parse(loc); err == nil && u.Host != "" {
			target = u.Scheme + "://" + u.Host
		}
	}
	err := fmt.Errorf("the platform answered %d to %s; redirects are not followed, check the platform address (JELASTIC_URL)",
		res.StatusCode, c.redact(ctx, target))
	return c.transportError(ctx, m, res.StatusCode, nil, err)
}

func (c *Client) transportError(ctx context.Context, m Method, status int, body []byte, err error) *TransportError {
	te := &TransportError{Method: m.FullName(), Status: status, Err: err}
	if ctxErr := ctx.Err(); ctxErr != nil {
		if errors.Is(ctxErr, context.DeadlineExceeded) {
			te.Timeout = true
			te.Err = fmt.Errorf("no answer within %s", c.cfg.Timeout)
		} else {
			te.Canceled = true
			te.Err = errors.New("the call was cancelled")
		}
	} else if uerr, ok := err.(*url.Error); ok {
		te.Err = uerr.Err // the URL is known to the caller; keep the message short
	}
	if len(body) > 0 {
		te.Excerpt = c.redactor(ctx).Excerpt(body, 200)
	}
	return te
}

type redactorKey struct{}

// redactor knows the secrets of the call in progress (Call puts it in ctx); outside a call,
// the token's.
func (c *Client) redactor(ctx context.Context) *Redactor {
	if r, ok := ctx.Value(redactorKey{}).(*Redactor); ok {
		return r
	}
	return NewRedactor(c.token(ctx), c.cfg.Token)
}

// redact removes the call's secrets from text that came from elsewhere, in case a server
// echoes them.
func (c *Client) redact(ctx context.Context, s string) string { return c.redactor(ctx).String(s) }
