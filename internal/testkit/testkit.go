// Package testkit holds what the project's tests share: the facts file about the billing API
// and a log sink that is safe to read while a server writes to it.
package testkit

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

// Method is one billing method as the facts file (jelastic/billing/testdata/billing-methods.json)
// records it.
type Method struct {
	Service, Method, Tool, Path, Effect string
	Args                                []Arg
}

// Arg is one argument of a Method.
type Arg struct {
	Name, Wire, Type string
	Required         bool
	Default          any
	Encoding         *struct {
		Kind      string
		Format    string
		Separator *string
	}
}

// Facts reads the facts file, wherever the calling test runs. Tests take their counts
// (methods, destructive ones) from it rather than from literals.
func Facts(t testing.TB) []Method {
	t.Helper()
	_, here, _, _ := runtime.Caller(0)
	raw, err := os.ReadFile(filepath.Join(filepath.Dir(here), "..", "..", "jelastic", "billing", "testdata", "billing-methods.json"))
	if err != nil {
		t.Fatal(err)
	}
	var methods []Method
	if err := json.Unmarshal(raw, &methods); err != nil {
		t.Fatal(err)
	}
	return methods
}

// TakesCardData reports whether m has a card number argument: such a tool is offered only
// with --allow-card-data.
func (m Method) TakesCardData() bool {
	for _, a := range m.Args {
		if a.Name == "card_number" {
			return true
		}
	}
	return false
}

// OfferedByDefault are the methods a server offers without any choice of tools: all but
// those that take card data.
func OfferedByDefault(t testing.TB) []Method {
	t.Helper()
	var out []Method
	for _, m := range Facts(t) {
		if !m.TakesCardData() {
			out = append(out, m)
		}
	}
	return out
}

// Count is how many of methods have the given effect ("read", "write", "destructive").
func Count(methods []Method, effect string) int {
	n := 0
	for _, m := range methods {
		if m.Effect == effect {
			n++
		}
	}
	return n
}

// Buffer is a bytes.Buffer safe for one writer and concurrent readers.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *Buffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *Buffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
