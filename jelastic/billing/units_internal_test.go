package billing

import (
	"reflect"
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
)

// TestCarriesNamesMethods: every entry of the units table names a method of the catalog, so
// a misspelt name cannot leave a method's answers without their units unnoticed.
func TestCarriesNamesMethods(t *testing.T) {
	known := map[string]bool{}
	for _, m := range Methods() {
		known[m.FullName()] = true
		if m.Carries != carries[m.FullName()] {
			t.Errorf("%s carries %v, the table says %v", m.FullName(), m.Carries, carries[m.FullName()])
		}
	}
	for name := range carries {
		if !known[name] {
			t.Errorf("the units table names %s, which is not in the catalog", name)
		}
	}
}

// TestPreviewsMarkTheirCurrency: every preview says the amount a call moves with the currency
// mark after it, which the server replaces with the platform's currency: "Add 7.25 USD".
func TestPreviewsMarkTheirCurrency(t *testing.T) {
	n := 0
	for _, m := range Methods() {
		for _, f := range m.Fields() {
			if f.Money != "amount" {
				continue
			}
			n++
			p := reflect.ValueOf(m.NewParams()).Elem()
			v := p.Field(f.Index)
			if v.Kind() == reflect.Pointer {
				v.Set(reflect.New(v.Type().Elem()))
				v = v.Elem()
			}
			v.SetFloat(7.25)
			if got := m.Preview(p.Addr().Interface()); !strings.Contains(got, "7.25 "+say.CurrencyMark) {
				t.Errorf("%s: preview %q does not mark the currency of its %s", m.FullName(), got, f.Name)
			}
		}
	}
	if n < 5 {
		t.Errorf("only %d amounts found; the money tags look lost", n)
	}
}
