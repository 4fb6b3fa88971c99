package tools

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"sync"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// gate is the safety state every tool of one server shares: the approval seals, the money
// limits and the audit log.
type gate struct {
	seals  *sealer
	limits *limits
	audit  *AuditLog
}

// outcomeOverLimit: the call was refused by --max-amount or --max-amount-per-day.
const outcomeOverLimit = "over_limit"

// movement is what a call does with money, read from the `money` tags of its parameters.
type movement struct {
	moves  bool    // the call moves money
	known  bool    // amount is the whole sum; false when the platform sets it
	amount float64 // in the platform currency
	reason string  // why the sum is unknown, naming the argument
}

// moneyOf reads what a filled parameter struct moves, from the `money` tags of its fields:
// amount (the sum moved), each (a list the amount applies to each element of), priced (the
// platform sets the sum; the field names what is paid), skip (true: nothing moves) and wipes
// (true: a balance is zeroed).
func moneyOf(params any) movement {
	v := reflect.Indirect(reflect.ValueOf(params))
	value := func(i int) (reflect.Value, bool) {
		fv := v.Field(i)
		if fv.Kind() == reflect.Pointer {
			if fv.IsNil() {
				return fv, false
			}
			fv = fv.Elem()
		}
		return fv, true
	}
	m := movement{known: true}
	count, each := 0, "" // the list the amount applies to each element of, if any
	for _, f := range jelastic.Fields(params) {
		if f.Money == "" {
			continue
		}
		fv, set := value(f.Index)
		switch f.Money {
		case "skip":
			if set && fv.Kind() == reflect.Bool && fv.Bool() {
				return movement{}
			}
		case "amount":
			if set {
				m.amount = math.Abs(number(fv))
				m.moves = m.moves || m.amount != 0
			}
		case "each":
			each = f.Name
			if set && fv.Kind() == reflect.Slice {
				count = fv.Len()
			} else {
				count = 0
			}
		case "priced":
			m.moves, m.known = true, false
			m.reason = fmt.Sprintf("the platform sets the sum this call pays or charges for %s", f.Name)
		case "wipes":
			if set && fv.Kind() == reflect.Bool && fv.Bool() {
				m.moves, m.known = true, false
				m.reason = fmt.Sprintf("with %s true the call wipes a balance whose sum only the platform knows", f.Name)
			}
		}
	}
	if m.known && m.moves && each != "" {
		if count <= 0 {
			m.known = false
			m.reason = fmt.Sprintf("the amount applies to each matching account, and without %s their number is not known", each)
		} else {
			m.amount *= float64(count)
		}
	}
	return m
}

func number(v reflect.Value) float64 {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		return v.Float()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return float64(v.Int())
	case reflect.String:
		f, _ := strconv.ParseFloat(v.String(), 64)
		return f
	}
	return 0
}

// Bounds on the memory of the daily limit.
const (
	maxTrackedCredentials = 10_000
	maxMovesPerWindow     = 256
	dayWindow             = 24 * time.Hour
)

// limits refuses calls that would move more money than configured: per call, and per set of
// credentials over the last 24 hours. The daily sums live in this process's memory only.
type limits struct {
	perCall, perDay float64

	mu    sync.Mutex
	moves map[string][]move // credentials -> money moved by calls that were sent, oldest first
}

type move struct {
	at     time.Time
	amount float64
}

func newLimits(perCall, perDay float64) *limits {
	return &limits{perCall: perCall, perDay: perDay, moves: map[string][]move{}}
}

func (l *limits) on() bool { return l.perCall > 0 || l.perDay > 0 }

// over is sum > limit, give or take the rounding of adding decimal amounts in binary (0.1 +
// 0.2 must not pass a limit of 0.3).
func over(sum, limit float64) bool { return sum-limit > 1e-9*math.Max(1, limit) }

// money formats an amount for people and models; the handler writes in the currency.
func money(f float64) string { return say.Amount(f) }

// check says why a call must be refused before anything else happens, or "".
func (l *limits) check(m movement, who string, now time.Time) string {
	if !m.moves || !l.on() {
		return ""
	}
	if !m.known {
		return fmt.Sprintf("Refused: %s, so it cannot be held to the money limits this server enforces (%s).", m.reason, l.describe())
	}
	if l.perCall > 0 && over(m.amount, l.perCall) {
		return fmt.Sprintf("Refused: this call would move %s, more than the limit of %s per call set by --max-amount.", money(m.amount), money(l.perCall))
	}
	if l.perDay > 0 {
		l.mu.Lock()
		spent := l.spent(who, now)
		l.mu.Unlock()
		if over(spent+m.amount, l.perDay) {
			return l.overDay(m.amount, spent)
		}
	}
	return ""
}

func (l *limits) overDay(amount, spent float64) string {
	return fmt.Sprintf("Refused: this call would move %s, and with the %s these credentials moved in the last 24 hours that passes the limit of %s per day set by --max-amount-per-day (counted by this server process).",
		money(amount), money(spent), money(l.perDay))
}

func (l *limits) describe() string {
	s := ""
	if l.perCall > 0 {
		s = "at most " + money(l.perCall) + " per call"
	}
	if l.perDay > 0 {
		if s != "" {
			s += " and "
		}
		s += "at most " + money(l.perDay) + " per 24 hours per set of credentials"
	}
	return s
}

// note is what a preview says about the limits, or "".
func (l *limits) note(m movement, who string, now time.Time) string {
	if !m.moves || !l.on() {
		return ""
	}
	s := " Money limits: " + l.describe()
	if l.perDay > 0 {
		l.mu.Lock()
		spent := l.spent(who, now)
		l.mu.Unlock()
		s += fmt.Sprintf("; %s left for these credentials in the last 24 hours", money(math.Max(0, l.perDay-spent)))
	}
	return s + "."
}

// spent is the sum moved with who's credentials in the 24 hours before now. Callers hold mu.
func (l *limits) spent(who string, now time.Time) float64 {
	ms := l.moves[who]
	i := 0
	for i < len(ms) && now.Sub(ms[i].at) >= dayWindow {
		i++
	}
	if i == len(ms) {
		delete(l.moves, who)
		return 0
	}
	ms = ms[i:]
	l.moves[who] = ms
	sum := 0.0
	for _, m := range ms {
		sum += m.amount
	}
	return sum
}

// reserve counts a call about to be sent against the daily limit, unless that passes it.
// release takes it back when the call ends up not being sent.
func (l *limits) reserve(m movement, who string, now time.Time) (release func(), refusal string) {
	if !m.moves || l.perDay <= 0 {
		return func() {}, ""
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	spent := l.spent(who, now)
	if over(spent+m.amount, l.perDay) {
		return nil, l.overDay(m.amount, spent)
	}
	if _, tracked := l.moves[who]; !tracked && len(l.moves) >= maxTrackedCredentials {
		for w := range l.moves {
			l.spent(w, now)
		}
		if len(l.moves) >= maxTrackedCredentials {
			return nil, "Refused: this server is tracking the daily money limit for too many sets of credentials; try again later."
		}
	}
	ms := l.moves[who]
	if len(ms) >= maxMovesPerWindow {
		// Fold the two oldest moves into one at the later time: the sum stays, and it is
		// forgotten later rather than sooner, so the limit only ever errs on the safe side.
		ms[1].amount += ms[0].amount
		ms = ms[1:]
	}
	entry := move{at: now, amount: m.amount}
	l.moves[who] = append(ms, entry)
	return func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		ms := l.moves[who]
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i] == entry {
				l.moves[who] = append(ms[:i:i], ms[i+1:]...)
				return
			}
		}
	}, ""
}
