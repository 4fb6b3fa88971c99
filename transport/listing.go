package transport

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"sync"

	"github.com/mark3labs/mcp-go/server"

	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// Every transport answers tools/list with the bytes the tools package encodes once per
// distinct set of tools (tools.ListingJSON); the SDK would encode two hundred definitions
// anew for each request. The request goes on to the SDK as a ping with the same id, so that
// sessions, credentials and the order of answers stay the SDK's, and the ping's answer is
// replaced by the listing on its way out. stdio does the same in stdio.go.

// listRequest reports whether body is a single tools/list request for the whole list, and
// its id. A request that carries anything else in its params (a cursor, _meta of a newer
// protocol revision whose headers the SDK checks) is left to the SDK.
func listRequest(body []byte) (json.RawMessage, bool) {
	if !bytes.Contains(body, []byte(`"tools/list"`)) { // most requests are not, and this is cheap
		return nil, false
	}
	var msg struct {
		ID     json.RawMessage            `json:"id"`
		Method string                     `json:"method"`
		Params map[string]json.RawMessage `json:"params"`
	}
	if json.Unmarshal(body, &msg) != nil || msg.Method != "tools/list" || len(msg.ID) == 0 || string(msg.ID) == "null" {
		return nil, false
	}
	for k, v := range msg.Params {
		if k != "cursor" || string(v) != `""` {
			return nil, false
		}
	}
	return msg.ID, true
}

// pingFor is the ping that stands in for the tools/list request with id.
func pingFor(id json.RawMessage) []byte {
	return []byte(`{"jsonrpc":"2.0","id":` + string(id) + `,"method":"ping"}`)
}

// answerPrefix begins every answer the SDK writes: jsonrpc, then id, then result or error.
const answerPrefix = `{"jsonrpc":"2.0","id":`

// answerID finds the answer in msg (a JSON line, or an SSE event around one) and returns
// its id, the offset of the answer and the offset just after its id. Notifications and the
// server's own requests (a method after the id) are not answers.
func answerID(msg []byte) (id json.RawMessage, start, afterID int, ok bool) {
	start = bytes.Index(msg[:min(len(msg), 64)], []byte(answerPrefix))
	if start < 0 {
		return nil, 0, 0, false
	}
	rest := msg[start+len(answerPrefix):]
	dec := json.NewDecoder(bytes.NewReader(rest))
	if dec.Decode(&id) != nil {
		return nil, 0, 0, false
	}
	afterID = start + len(answerPrefix) + int(dec.InputOffset())
	after := msg[afterID:]
	if !bytes.HasPrefix(after, []byte(`,"result"`)) && !bytes.HasPrefix(after, []byte(`,"error"`)) {
		return nil, 0, 0, false
	}
	return id, start, afterID, true
}

// emptyResult is how the SDK ends its answer to a ping.
const emptyResult = `,"result":{}}`

// swapListing returns msg with the answer to a ping replaced by the tools/list answer
// carrying listing, when msg holds the answer to a ping whose id take accepts (and
// forgets). Anything else, an error included, is returned as it is.
func swapListing(msg []byte, take func(idKey string) ([]byte, bool)) []byte {
	id, start, afterID, ok := answerID(msg)
	if !ok || !bytes.HasPrefix(msg[afterID:], []byte(emptyResult)) {
		return msg
	}
	listing, ok := take(idKey(id))
	if !ok {
		return msg
	}
	tail := msg[afterID+len(emptyResult):]
	out := make([]byte, 0, start+len(answerPrefix)+len(id)+len(listing)+len(tail)+24)
	out = append(out, msg[:start]...)
	out = append(out, answerPrefix...)
	out = append(out, id...)
	out = append(out, `,"result":{"tools":`...)
	out = append(out, listing...)
	out = append(out, "}}"...)
	return append(out, tail...)
}

// pendingLists are the tools/list requests sent on as pings, by id, with the listing each
// is to get.
type pendingLists struct {
	mu   sync.Mutex
	byID map[string][]byte
}

func (p *pendingLists) add(id json.RawMessage, listing []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.byID == nil {
		p.byID = map[string][]byte{}
	}
	p.byID[idKey(id)] = listing
}

func (p *pendingLists) take(id string) ([]byte, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	listing, ok := p.byID[id]
	delete(p.byID, id)
	return listing, ok
}

func (p *pendingLists) empty() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.byID) == 0
}

// asPing returns, for r whose body holds a tools/list request, a copy of r carrying the
// ping that stands in for it, the request's id and the listing its answer is to carry (for
// the tools offered to r, whose context holds the narrowing of its headers). ok is false
// when r is no such request.
func asPing(srv *server.MCPServer, r *http.Request) (ping *http.Request, id json.RawMessage, listing []byte, ok bool) {
	if r.Method != http.MethodPost {
		return nil, nil, nil, false
	}
	if id, ok = listRequest(bodyOf(r.Context())); !ok {
		return nil, nil, nil, false
	}
	if listing, ok = tools.ListingJSON(r.Context(), srv); !ok {
		return nil, nil, nil, false
	}
	body := pingFor(id)
	ping = r.WithContext(r.Context()) // a shallow copy: r stays as the outer handlers know it
	ping.Body, ping.ContentLength = io.NopCloser(bytes.NewReader(body)), int64(len(body))
	return ping, id, listing, true
}

// cachedListing answers a streamable HTTP tools/list with the encoded listing: its answer
// comes on the response of the same request, as JSON or as an SSE event.
func cachedListing(srv *server.MCPServer, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ping, id, listing, ok := asPing(srv, r)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		pending := &pendingLists{}
		pending.add(id, listing)
		next.ServeHTTP(&swappingWriter{ResponseWriter: w, pending: pending}, ping)
	})
}

// swappingWriter replaces the answers to pings that stand in for tools/list requests. The
// SDK writes one message (or one SSE event) per Write.
type swappingWriter struct {
	http.ResponseWriter
	pending *pendingLists
}

func (w *swappingWriter) Write(p []byte) (int, error) {
	if w.pending.empty() {
		return w.ResponseWriter.Write(p)
	}
	if _, err := w.ResponseWriter.Write(swapListing(p, w.pending.take)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush passes on the SDK's flush after each SSE event.
func (w *swappingWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (w *swappingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
