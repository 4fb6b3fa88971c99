package transport

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log"
	"strings"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"
)

// DefaultStdioDrain bounds how long calls still running when stdin ends may take to answer.
const DefaultStdioDrain = 2 * time.Minute

// ServeStdio serves srv on stdin and stdout until ctx is cancelled or stdin ends. stdout
// carries only protocol; the SDK's own log lines go to logger.
//
// When stdin ends (`printf '…' | jelastic-mcp`), the requests already read are answered
// before it returns: the SDK would cancel them at once. drain bounds that wait
// (DefaultStdioDrain when zero); a cancelled ctx ends it too.
func ServeStdio(ctx context.Context, srv *server.MCPServer, stdin io.Reader, stdout io.Writer, logger zerolog.Logger, drain ...time.Duration) error {
	bound := DefaultStdioDrain
	if len(drain) > 0 && drain[0] > 0 {
		bound = drain[0]
	}
	open := &openRequests{ids: map[string]bool{}, idle: make(chan struct{}, 1)}
	in := &drainingReader{r: stdin, open: open, ctx: ctx, bound: bound}
	out := &answerWriter{w: stdout, open: open}
	stdio := server.NewStdioServer(srv)
	stdio.SetErrorLogger(log.New(logWriter{logger}, "", 0))
	if err := stdio.Listen(ctx, in, out); err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// openRequests are the ids of requests read from stdin and not yet answered on stdout.
type openRequests struct {
	mu   sync.Mutex
	ids  map[string]bool
	idle chan struct{} // signalled when the last open request is answered
}

func (o *openRequests) add(id string) {
	o.mu.Lock()
	o.ids[id] = true
	o.mu.Unlock()
}

func (o *openRequests) done(id string) {
	o.mu.Lock()
	delete(o.ids, id)
	empty := len(o.ids) == 0
	o.mu.Unlock()
	if empty {
		select {
		case o.idle <- struct{}{}:
		default:
		}
	}
}

func (o *openRequests) count() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.ids)
}

// drainingReader passes stdin through, noting the id of every request, and holds back the
// end of input until every request read has been answered.
type drainingReader struct {
	r     io.Reader
	open  *openRequests
	ctx   context.Context
	bound time.Duration
	line  []byte // the part of the current line read so far
}

func (d *drainingReader) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	d.scan(p[:n])
	if errors.Is(err, io.EOF) {
		d.scan([]byte{'\n'}) // a last line without a newline
		d.wait()
	}
	return n, err
}

// scan notes the ids of requests in the lines that pass. Only short lines are requests
// worth reading: a client's answers to the server (elicitation) have no method.
func (d *drainingReader) scan(b []byte) {
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			if len(d.line) < maxRequestLine {
				d.line = append(d.line, b...)
			}
			return
		}
		line := append(d.line, b[:i]...)
		d.line = d.line[:0]
		b = b[i+1:]
		var msg struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		if len(line) < maxRequestLine && json.Unmarshal(line, &msg) == nil && msg.Method != "" && len(msg.ID) > 0 && string(msg.ID) != "null" {
			d.open.add(idKey(msg.ID))
		}
	}
}

// maxRequestLine is longer than any request a client sends (arguments are small); longer
// lines are not tracked.
const maxRequestLine = 1 << 20

func (d *drainingReader) wait() {
	if d.open.count() == 0 {
		return
	}
	t := time.NewTimer(d.bound)
	defer t.Stop()
	for d.open.count() > 0 {
		select {
		case <-d.open.idle:
		case <-d.ctx.Done():
			return
		case <-t.C:
			return
		}
	}
}

// answerWriter passes the server's output through, noting the ids of answers. The SDK
// writes one message per Write, beginning {"jsonrpc":"2.0","id":…, so the id is found
// without reading the whole (possibly large) answer.
type answerWriter struct {
	w    io.Writer
	open *openRequests
}

func (a *answerWriter) Write(p []byte) (int, error) {
	n, err := a.w.Write(p)
	if id, ok := leadingID(p); ok {
		a.open.done(id)
	}
	return n, err
}

// leadingID finds the id of an answer (a message whose id is followed by its result or
// error) among the first bytes of what the server writes; its own requests are not answers.
func leadingID(p []byte) (string, bool) {
	head := p[:min(len(p), 256)]
	i := bytes.Index(head, []byte(`"id":`))
	if i < 0 {
		return "", false
	}
	rest := p[i+len(`"id":`):]
	dec := json.NewDecoder(bytes.NewReader(rest))
	var raw json.RawMessage
	if dec.Decode(&raw) != nil {
		return "", false
	}
	after := bytes.TrimLeft(rest[dec.InputOffset():], " ,")
	if !bytes.HasPrefix(after, []byte(`"result"`)) && !bytes.HasPrefix(after, []byte(`"error"`)) {
		return "", false
	}
	return idKey(raw), true
}

// idKey makes 1, 1.0 and "1" distinct but spacing irrelevant.
func idKey(raw json.RawMessage) string {
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return string(raw)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// logWriter routes the SDK's plain log lines into the structured log.
type logWriter struct{ l zerolog.Logger }

func (w logWriter) Write(p []byte) (int, error) {
	w.l.Warn().Str("component", "mcp").Msg(strings.TrimSpace(string(p)))
	return len(p), nil
}
