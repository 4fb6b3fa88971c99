package say

import (
	"strings"
	"testing"
	"time"
)

func TestSentencesNeverRunTogether(t *testing.T) {
	cases := []struct {
		parts []string
		want  string
	}{
		{[]string{`unknown argument "start"; did you mean "start_time"?`, "valid arguments: a, b"},
			`Unknown argument "start"; did you mean "start_time"? Valid arguments: a, b.`},
		{[]string{`missing required argument "uid" (an integer)`, NothingSent},
			`Missing required argument "uid" (an integer). Nothing was sent.`},
		{[]string{"Done.", "", "  ", "ünicode first"}, "Done. Ünicode first."},
	}
	for _, c := range cases {
		if got := Sentences(c.parts...); got != c.want {
			t.Errorf("Sentences(%q) = %q, want %q", c.parts, got, c.want)
		}
	}
	if got := Refusal("the key is too short"); got != "The key is too short. Nothing was sent." {
		t.Errorf("Refusal: %q", got)
	}
}

func TestValuesOneWay(t *testing.T) {
	if got := Quote("ann's \"shop\"\n"); got != `"ann's \"shop\"\n"` {
		t.Errorf("Quote escapes: %s", got)
	}
	long := strings.Repeat("é", 100)
	if got := Quote(long); got != `"`+strings.Repeat("é", 80)+`"…` {
		t.Errorf("Quote cuts: %s", got)
	}
	if Number(1e21) != "1000000000000000000000" || Number(0.0001) != "0.0001" || Number(12.5) != "12.5" {
		t.Errorf("Number: %s %s", Number(1e21), Number(0.0001))
	}
	at := time.Date(2024, 4, 1, 10, 20, 30, 0, time.FixedZone("CEST", 2*3600))
	if Time(at) != "2024-04-01 08:20:30 UTC" || Day(at) != "2024-04-01" {
		t.Errorf("Time %s, Day %s", Time(at), Day(at))
	}
	if Keys(map[string]any{"b": 1, "a": 2}) != "a, b" || Keys(nil) != "none" {
		t.Errorf("Keys: %s", Keys(map[string]any{"b": 1, "a": 2}))
	}
}
