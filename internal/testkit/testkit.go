// Package testkit holds what the project's tests share: the facts file about the billing API
// and a log sink that is safe to read while a server writes to it.
package testkit

import (
	"bytes"
	"encoding/json"
	"os"
	"sync"
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

// Facts reads the facts file at path.
func Facts(path string) ([]Method, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var methods []Method
	return methods, json.Unmarshal(raw, &methods)
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
