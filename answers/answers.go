// Package answers is the small catalog of composite billing answers: spend summaries, period
// comparisons, balance forecasts, revenue, account search and a spend chart.
//
// Each answer is declared like a billing method (a jelastic.Method with Service "Billing"):
// a typed parameter struct, an output struct whose schema is the tool's output schema, and
// one function that computes the answer from the platform's own methods through the same
// jelastic.Caller as every other tool. The package knows nothing of MCP.
package answers

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// Service is the service name of every answer, so their tools are billing_<name>.
const Service = "Billing"

// Methods lists the composite answers in the order tools are presented, in a fresh slice.
func Methods() []jelastic.Method {
	return []jelastic.Method{SpendSummary, ComparePeriods, BalanceForecast, RevenueSummary, FindAccounts, SpendChart}
}

// InputError is a problem with what the caller asked for; its text says how to fix it.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

func inputErrorf(format string, a ...any) error { return &InputError{fmt.Sprintf(format, a...)} }

// IsInputError reports whether err is a refusal of the caller's input.
func IsInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}

// result is what an answer's function returns: the output value, the summary text and an
// optional picture.
type result[O any] struct {
	data  O
	text  string
	image *jelastic.Image
}

// define declares one answer from its typed parts.
func define[P, O any](name, summary string, run func(ctx context.Context, c jelastic.Caller, p *P) (*result[O], error)) jelastic.Method {
	var o O
	m := jelastic.Define[P](jelastic.Method{Service: Service, Name: name, Effect: jelastic.Read, Summary: summary}, nil).Method
	m.Output = o
	m.Compute = func(ctx context.Context, c jelastic.Caller, params any) (*jelastic.Computed, error) {
		pp, ok := params.(*P)
		if !ok {
			return nil, fmt.Errorf("%s: parameters of type %T, want a pointer to its parameter struct", name, params)
		}
		r, err := run(ctx, c, pp)
		if err != nil {
			return nil, err
		}
		return &jelastic.Computed{Text: r.text, Data: r.data, Image: r.image}, nil
	}
	return m
}

// oneOf checks a closed set of words and says which ones work.
func oneOf(arg, value string, valid []string) (string, error) {
	v := strings.ToLower(strings.TrimSpace(value))
	for _, x := range valid {
		if v == x {
			return x, nil
		}
	}
	return "", inputErrorf("argument %q: %q is not one of %s.", arg, value, strings.Join(valid, ", "))
}

// sortedKeys returns the keys of m, largest value first, ties by key.
func sortedKeys(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

// count reads an optional count argument: def when absent, refused outside 1..most.
func count(arg string, p *int, def, most int) (int, error) {
	if p == nil {
		return def, nil
	}
	if *p < 1 || *p > most {
		return 0, inputErrorf("argument %q must be between 1 and %d, got %d.", arg, most, *p)
	}
	return *p, nil
}
