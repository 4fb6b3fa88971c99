package sandbox

import (
	"errors"
	"strconv"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// paramError is the answer to parameters that do not decode: result 2 for a missing one,
// 3 for one that does not read, with jelastic's message naming the parameter.
func paramError(err error) *apiError {
	var pe *jelastic.ParamError
	if errors.As(err, &pe) && pe.Missing {
		return fail(CodeMissingParam, "%v", err)
	}
	return fail(CodeInvalidParam, "%v", err)
}

// val is the value of an optional parameter, the zero value when it is absent.
func val[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// or is the value of an optional parameter, def when it is absent.
func or[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

// orText is the value of an optional text parameter, def when it is absent or empty.
func orText(p *string, def string) string {
	if p == nil || *p == "" {
		return def
	}
	return *p
}

// intText reads an integer id carried in a text parameter (the catalog has a few).
func intText(name, s string) (int, error) {
	s = strings.TrimSpace(s)
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fail(CodeInvalidParam, "parameter [%s]: %s is not an integer id", name, excerpt(s))
	}
	return n, nil
}

// intList reads a list parameter of integer ids.
func intList(name string, l jelastic.List) ([]int, error) {
	var out []int
	for _, s := range l {
		n, err := strconv.Atoi(s)
		if err != nil {
			return nil, fail(CodeInvalidParam, "parameter [%s]: %s is not an integer id", name, excerpt(s))
		}
		out = append(out, n)
	}
	return out, nil
}

// positive checks an amount of money.
func positive(name string, x float64) (float64, error) {
	if x <= 0 {
		return 0, fail(CodeInvalidParam, "parameter [%s] must be greater than 0, got %v", name, x)
	}
	return x, nil
}
