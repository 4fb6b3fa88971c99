// Package jelastictest provides a recording Jelastic API server for tests: a real HTTP
// server on loopback that keeps every request it gets and answers with a configurable body.
package jelastictest

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
)

// Request is one request the recorder received.
type Request struct {
	Method string     // HTTP method
	Path   string     // URL path, e.g. /1.0/billing/account/rest/getaccount
	Query  url.Values // the URL query (expected empty: the client posts a form)
	Form   url.Values // the parsed form body
	Header http.Header
	// Context ends when the client goes away; a responder can wait on it.
	Context context.Context
}

// Responder writes the answer to a recorded request.
type Responder func(w http.ResponseWriter, r Request)

// Recorder is a fake platform that records requests.
type Recorder struct {
	*httptest.Server
	mu        sync.Mutex
	requests  []Request
	responder Responder
}

// OK answers every request with {"result":0}.
func OK(w http.ResponseWriter, _ Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, `{"result":0}`) // a client that went away is the test's to notice
}

// Body answers every request with the given status and body.
func Body(status int, body string) Responder {
	return func(w http.ResponseWriter, _ Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}
}

// NewRecorder starts a recorder on loopback answering with OK. Close it when done.
func NewRecorder() *Recorder {
	rec := &Recorder{responder: OK}
	rec.Server = httptest.NewServer(http.HandlerFunc(rec.serve))
	return rec
}

func (rec *Recorder) serve(w http.ResponseWriter, r *http.Request) {
	query := r.URL.Query()
	if err := r.ParseForm(); err != nil {
		http.Error(w, "recorder: unreadable form: "+err.Error(), http.StatusBadRequest)
		return
	}
	req := Request{Method: r.Method, Path: r.URL.Path, Query: query, Form: r.PostForm, Header: r.Header.Clone(), Context: r.Context()}
	rec.mu.Lock()
	rec.requests = append(rec.requests, req)
	respond := rec.responder
	rec.mu.Unlock()
	respond(w, req)
}

// Respond sets how later requests are answered.
func (rec *Recorder) Respond(f Responder) {
	rec.mu.Lock()
	rec.responder = f
	rec.mu.Unlock()
}

// Requests returns a copy of the requests received so far.
func (rec *Recorder) Requests() []Request {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]Request(nil), rec.requests...)
}

// Reset forgets the recorded requests.
func (rec *Recorder) Reset() {
	rec.mu.Lock()
	rec.requests = nil
	rec.mu.Unlock()
}
