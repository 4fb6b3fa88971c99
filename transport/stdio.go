package transport

import (
	"bufio"
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

	"github.com/jelastic-mcp/jelastic-mcp/tools"
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
	open := &openRequests{ids: map[string]bool{}, lists: map[string]bool{}, idle: make(chan struct{}, 1)}
	in := &drainingReader{r: bufio.NewReader(stdin), open: open, ctx: ctx, bound: bound}
	out := &answerWriter{w: stdout, open: open, listing: func() ([]byte, bool) { return tools.ListingJSON(ctx, srv) }}
	stdio := server.NewStdioServer(srv)
	stdio.SetErrorLogger(log.New(logWriter{logger}, "", 0))
	if err := stdio.Listen(ctx, in, out); err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// openRequests are the ids of requests read from stdin and not yet answered on stdout.
type openRequests struct {
	mu    sync.Mutex
	ids   map[string]bool
	lists map[string]bool // tools/list requests, answered with the encoded listing
	idle  chan struct{}   // signalled when the last open request is answered
}

func (o *openRequests) addList(id string) {
	o.mu.Lock()
	o.lists[id] = true
	o.mu.Unlock()
}

// takeList reports whether id was a tools/list request, forgetting it.
func (o *openRequests) takeList(id string) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	was := o.lists[id]
	delete(o.lists, id)
	return was
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

// drainingReader passes stdin through line by line, noting the id of every request, and
// holds back the end of input until every request read has been answered.
//
// A tools/list request goes on as a ping with the same id, and answerWriter writes the
// listing, encoded once, in place of the ping's answer: encoding two hundred tool
// definitions anew for every tools/list was most of the server's time for it.
type drainingReader struct {
	r     *bufio.Reader
	open  *openRequests
	ctx   context.Context
	bound time.Duration
	buf   []byte // what is left of the current line for the SDK
	eof   bool
}

func (d *drainingReader) Read(p []byte) (int, error) {
	for len(d.buf) == 0 {
		if d.eof {
			d.wait()
			return 0, io.EOF
		}
		line, err := d.r.ReadBytes('\n')
		if err != nil {
			d.eof = true
			if !errors.Is(err, io.EOF) {
				return 0, err
			}
		}
		d.buf = d.scan(line)
	}
	n := copy(p, d.buf)
	d.buf = d.buf[n:]
	return n, nil
}

// scan notes the id of a request line and returns the line to pass on. Long lines are read
// too: a call with a long argument is still a call that stdin's end must not cancel.
func (d *drainingReader) scan(line []byte) []byte {
	if len(line) == 0 {
		return line
	}
	var msg struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
		Params struct {
			Cursor string `json:"cursor"`
		} `json:"params"`
	}
	if json.Unmarshal(line, &msg) != nil || msg.Method == "" || len(msg.ID) == 0 || string(msg.ID) == "null" {
		return line
	}
	id := idKey(msg.ID)
	d.open.add(id)
	if msg.Method == "tools/list" && msg.Params.Cursor == "" {
		d.open.addList(id)
		return []byte(`{"jsonrpc":"2.0","id":` + string(msg.ID) + `,"method":"ping"}` + "\n")
	}
	return line
}

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
	w       io.Writer
	open    *openRequests
	listing func() ([]byte, bool)
}

func (a *answerWriter) Write(p []byte) (int, error) {
	id, raw, ok := leadingID(p)
	if ok && a.open.takeList(id) {
		if tools, ok := a.listing(); ok {
			// Three writes rather than a copy of the listing: the SDK holds its write lock
			// around this Write, so nothing comes between them.
			head := append(append([]byte(`{"jsonrpc":"2.0","id":`), raw...), `,"result":{"tools":`...)
			var err error
			for _, part := range [][]byte{head, tools, []byte("}}\n")} {
				if err == nil {
					_, err = a.w.Write(part)
				}
			}
			a.open.done(id)
			return len(p), err
		}
	}
	n, err := a.w.Write(p)
	if ok {
		a.open.done(id)
	}
	return n, err
}

// leadingID finds the id of an answer (a message whose id is followed by its result or
// error) among the first bytes of what the server writes; its own requests are not answers.
func leadingID(p []byte) (string, json.RawMessage, bool) {
	head := p[:min(len(p), 256)]
	i := bytes.Index(head, []byte(`"id":`))
	if i < 0 {
		return "", nil, false
	}
	rest := p[i+len(`"id":`):]
	dec := json.NewDecoder(bytes.NewReader(rest))
	var raw json.RawMessage
	if dec.Decode(&raw) != nil {
		return "", nil, false
	}
	after := bytes.TrimLeft(rest[dec.InputOffset():], " ,")
	if !bytes.HasPrefix(after, []byte(`"result"`)) && !bytes.HasPrefix(after, []byte(`"error"`)) {
		return "", nil, false
	}
	return idKey(raw), raw, true
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
