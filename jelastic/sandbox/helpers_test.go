package sandbox_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/sandbox"
)

// start serves a fresh sandbox for one test.
func start(t testing.TB, seed int64) *sandbox.Server {
	t.Helper()
	s, err := sandbox.Start(seed)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s
}

func client(t testing.TB, s *sandbox.Server, token string) *jelastic.Client {
	t.Helper()
	c, err := jelastic.NewClient(jelastic.Config{BaseURL: s.URL, Token: token, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func method(t testing.TB, full string) jelastic.Method {
	t.Helper()
	for _, m := range billing.Methods() {
		if m.FullName() == full {
			return m
		}
	}
	t.Fatalf("no method %s in the catalog", full)
	return jelastic.Method{}
}

// build fills m's parameter struct from values keyed by wire name (pointers are allocated).
func build(t testing.TB, m jelastic.Method, vals map[string]any) any {
	t.Helper()
	v := reflect.ValueOf(m.NewParams())
	for _, f := range m.Fields() {
		val, ok := vals[f.Wire]
		if !ok {
			continue
		}
		fv := v.Elem().Field(f.Index)
		target := fv
		if fv.Kind() == reflect.Pointer {
			fv.Set(reflect.New(fv.Type().Elem()))
			target = fv.Elem()
		}
		rv := reflect.ValueOf(val)
		if !rv.Type().ConvertibleTo(target.Type()) {
			t.Fatalf("%s: value %v (%T) does not fit parameter %s of type %s", m.FullName(), val, val, f.Wire, target.Type())
		}
		target.Set(rv.Convert(target.Type()))
	}
	return v.Interface()
}

func call(t testing.TB, c *jelastic.Client, full string, vals map[string]any) (*jelastic.Response, error) {
	t.Helper()
	m := method(t, full)
	return c.Call(context.Background(), m, build(t, m, vals))
}

func mustCall(t testing.TB, c *jelastic.Client, full string, vals map[string]any) map[string]any {
	t.Helper()
	r, err := call(t, c, full, vals)
	if err != nil {
		t.Fatalf("%s: %v", full, err)
	}
	return r.Fields
}

func num(t testing.TB, v any) float64 {
	t.Helper()
	n, ok := v.(json.Number)
	if !ok {
		t.Fatalf("%v (%T) is not a number", v, v)
	}
	x, err := n.Float64()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// items is the list of an answer: under "array", or "responses" for fund history.
func items(t testing.TB, body map[string]any) []map[string]any {
	t.Helper()
	arr, ok := body["array"].([]any)
	if !ok {
		arr, ok = body["responses"].([]any)
	}
	if !ok {
		t.Fatalf("answer has no array: %v", body)
	}
	out := make([]map[string]any, len(arr))
	for i, x := range arr {
		out[i] = x.(map[string]any)
	}
	return out
}

func apiCode(err error) int {
	if e, ok := err.(*jelastic.APIError); ok {
		return e.Code
	}
	return -1
}

func ts(t time.Time) jelastic.Time { return jelastic.Time{Time: t} }

func itoa(n int) string { return strconv.Itoa(n) }

var _ = fmt.Sprint
