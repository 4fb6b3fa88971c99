package tools

import (
	"testing"
	"time"
)

// TestDailyMovesStayBounded: one set of credentials keeps at most maxMovesPerWindow entries;
// folding keeps the sum and forgets it later rather than sooner.
func TestDailyMovesStayBounded(t *testing.T) {
	l := newLimits(0, 1e9)
	start := time.Unix(1_800_000_000, 0)
	for i := range 1000 {
		if _, refusal := l.reserve(movement{moves: true, known: true, amount: 1}, "w", start.Add(time.Duration(i)*time.Second)); refusal != "" {
			t.Fatal(refusal)
		}
	}
	if n := len(l.moves["w"]); n != maxMovesPerWindow {
		t.Fatalf("%d entries kept, want %d", n, maxMovesPerWindow)
	}
	if got := l.spent("w", start.Add(time.Hour)); got != 1000 {
		t.Fatalf("sum %v after folding, want 1000", got)
	}
	// A day after the first move it would be forgotten; folded into a later one, it still
	// counts: the bound errs on the safe side.
	if got := l.spent("w", start.Add(dayWindow)); got != 1000 {
		t.Fatalf("sum %v a day after the first move, want 1000", got)
	}
	if got := l.spent("w", start.Add(dayWindow+time.Hour)); got != 0 {
		t.Fatalf("sum %v once every move is over a day old", got)
	}
}

// TestDecimalSumsMeetTheirLimit: 0.1 + 0.2 is exactly a limit of 0.3 for money.
func TestDecimalSumsMeetTheirLimit(t *testing.T) {
	l := newLimits(0, 0.3)
	for _, a := range []float64{0.1, 0.2} {
		if _, refusal := l.reserve(movement{moves: true, known: true, amount: a}, "w", time.Now()); refusal != "" {
			t.Fatal(refusal)
		}
	}
	if _, refusal := l.reserve(movement{moves: true, known: true, amount: 0.01}, "w", time.Now()); refusal == "" {
		t.Fatal("0.01 more passed the limit")
	}
}
