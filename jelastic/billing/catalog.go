// Package billing is the catalog of the Jelastic billing API: every method of its twelve
// services, each with its parameter struct. It is pure data; jelastic.Client sends it.
package billing

import (
	"slices"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// catalog holds every method in declaration order (files by name, then source order):
// define adds each one as the package's variables are initialised.
var catalog []jelastic.Method

// define declares a billing method (see jelastic.Define) and adds it to the catalog, so that
// a method is written in exactly one place.
func define[P any](m jelastic.Method, preview func(*P) string) jelastic.MethodOf[P] {
	m.Carries = carries[m.FullName()]
	d := jelastic.Define(m, preview)
	catalog = append(catalog, d.Method)
	return d
}

// Methods returns every billing method, grouped by service, in a fresh slice.
func Methods() []jelastic.Method { return slices.Clone(catalog) }
