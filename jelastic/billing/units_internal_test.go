package billing

import "testing"

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
