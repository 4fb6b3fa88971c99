package answers

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// A window is a half-open span of time [start, end) in UTC. Billing history is hourly, so
// windows given in words are whole hours: "the last 30 days" ends at the start of the
// current hour.

// maxWindow bounds one window: longer spans are refused rather than read in full.
const maxWindow = 3 * 366 * 24 * time.Hour

// windowWords tells people and models what a window may say.
const windowWords = "last 30 days, last 7 days, last 12 weeks, last 3 months, today, yesterday, this week, " +
	"last week, this month, last month, this year, last year, a month (2026-03 or March 2026), a day " +
	"(2026-03-15), or a range (2026-03-01..2026-03-31, both days included)"

var (
	lastN     = regexp.MustCompile(`^(?:the\s+)?(?:last|past|previous)\s+(\d+)\s+(hour|day|week|month)s?$`)
	nAgo      = regexp.MustCompile(`^(\d+)\s+(hour|day|week|month)s?\s+ago$`)
	monthOnly = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	yearOnly  = regexp.MustCompile(`^(\d{4})$`)
	rangeSep  = regexp.MustCompile(`\s*(?:\.\.|\s+to\s+|\s+until\s+|–)\s*`)
)

type window struct{ start, end time.Time }

func (w window) String() string {
	return fmt.Sprintf("%s to %s", stamp(w.start), stamp(w.end))
}

// stamp writes an instant for people: the date alone at midnight, else date and time, in UTC.
func stamp(t time.Time) string {
	t = t.UTC()
	if t.Equal(t.Truncate(24 * time.Hour)) {
		return t.Format("2006-01-02") + " 00:00 UTC"
	}
	return t.Format("2006-01-02 15:04") + " UTC"
}

func midnight(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func monthStart(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// lastFullMonth is the calendar month before the one holding now.
func lastFullMonth(now time.Time) window {
	end := monthStart(now)
	return window{end.AddDate(0, -1, 0), end}
}

func unitSpan(t time.Time, unit string, n int) time.Time {
	switch unit {
	case "hour":
		return t.Add(time.Duration(-n) * time.Hour)
	case "day":
		return t.AddDate(0, 0, -n)
	case "week":
		return t.AddDate(0, 0, -7*n)
	}
	return t.AddDate(0, -n, 0)
}

var months = map[string]time.Month{}

func init() {
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		months[name] = m
		months[name[:3]] = m
	}
}

// parseWindow reads a window given in words, relative to now.
func parseWindow(arg, text string, now time.Time) (window, error) {
	s := strings.ToLower(strings.Join(strings.Fields(text), " "))
	hour := now.UTC().Truncate(time.Hour)
	today := midnight(now.UTC())
	week := today.AddDate(0, 0, -((int(today.Weekday()) + 6) % 7)) // weeks start on Monday
	bad := func() (window, error) {
		return window{}, inputErrorf("argument %q: cannot read %q as a period of time; use e.g. %s.", arg, text, windowWords)
	}
	switch s {
	case "":
		return bad()
	case "today":
		return window{today, hour}, nil
	case "yesterday":
		return window{today.AddDate(0, 0, -1), today}, nil
	case "this week":
		return window{week, hour}, nil
	case "last week", "previous week":
		return window{week.AddDate(0, 0, -7), week}, nil
	case "this month":
		return window{monthStart(today), hour}, nil
	case "last month", "previous month":
		return lastFullMonth(today), nil
	case "this year":
		return window{time.Date(today.Year(), 1, 1, 0, 0, 0, 0, time.UTC), hour}, nil
	case "last year", "previous year":
		return window{time.Date(today.Year()-1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(today.Year(), 1, 1, 0, 0, 0, 0, time.UTC)}, nil
	}
	if m := lastN.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		if n <= 0 {
			return bad()
		}
		return window{unitSpan(hour, m[2], n), hour}, nil
	}
	if m := monthOnly.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return bad()
		}
		start := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
		return window{start, start.AddDate(0, 1, 0)}, nil
	}
	if m := yearOnly.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		start := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return window{start, start.AddDate(1, 0, 0)}, nil
	}
	if w, ok := namedMonth(s, today); ok {
		return w, nil
	}
	if parts := rangeSep.Split(s, -1); len(parts) == 2 {
		a, errA := parseInstant(parts[0], now)
		b, errB := parseInstant(parts[1], now)
		if errA != nil || errB != nil {
			return bad()
		}
		if isDate(parts[1]) {
			b = b.AddDate(0, 0, 1) // a range of days includes its last day
		}
		return window{a, b}, nil
	}
	if t, err := jelastic.ParseTime(s); err == nil && isDate(s) {
		return window{t.Time, t.AddDate(0, 0, 1)}, nil
	}
	return bad()
}

// namedMonth reads "march", "march 2026" or "2026 march"; without a year it is the latest
// such month that has begun.
func namedMonth(s string, today time.Time) (window, bool) {
	f := strings.Fields(s)
	var name string
	year := 0
	switch len(f) {
	case 1:
		name = f[0]
	case 2:
		if y, err := strconv.Atoi(f[1]); err == nil {
			name, year = f[0], y
		} else if y, err := strconv.Atoi(f[0]); err == nil {
			name, year = f[1], y
		}
	}
	m, ok := months[name]
	if !ok {
		return window{}, false
	}
	if year == 0 {
		year = today.Year()
		if m > today.Month() {
			year--
		}
	}
	start := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
	return window{start, start.AddDate(0, 1, 0)}, true
}

func isDate(s string) bool {
	_, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	return err == nil
}

// parseInstant reads one point in time: a date or date-time, now, today, yesterday or
// "3 days ago".
func parseInstant(text string, now time.Time) (time.Time, error) {
	s := strings.ToLower(strings.TrimSpace(text))
	today := midnight(now.UTC())
	switch s {
	case "now":
		return now.UTC().Truncate(time.Hour), nil
	case "today":
		return today, nil
	case "yesterday":
		return today.AddDate(0, 0, -1), nil
	case "tomorrow":
		return today.AddDate(0, 0, 1), nil
	}
	if m := nAgo.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		return unitSpan(now.UTC().Truncate(time.Hour), m[2], n), nil
	}
	t, err := jelastic.ParseTime(text)
	if err != nil {
		return time.Time{}, err
	}
	return t.Time, nil
}

// windowOf resolves the window of an answer from start_time and end_time. start_time may be
// a period in words ("last month", "2026-03", "2026-03-01..2026-03-15") when end_time is
// absent; else each is a point in time. Neither: the default.
func windowOf(start, end string, now time.Time, def window) (window, error) {
	w := def
	if start != "" {
		t, err := parseInstant(start, now)
		switch {
		case err == nil:
			w.start = t
			if end == "" {
				w.end = now.UTC().Truncate(time.Hour)
			}
		case end == "":
			p, err := parseWindow("start_time", start, now)
			if err != nil {
				return window{}, err
			}
			return checkWindow(p, now)
		default:
			return window{}, inputErrorf("argument \"start_time\": cannot read %q; use a date such as 2026-03-01 or 2026-03-01T10:00:00Z, now, today, yesterday or \"3 days ago\".", start)
		}
	}
	if end != "" {
		t, err := parseInstant(end, now)
		if err != nil {
			return window{}, inputErrorf("argument \"end_time\": cannot read %q; use a date such as 2026-04-01 or 2026-04-01T10:00:00Z, now, today, yesterday or \"3 days ago\".", end)
		}
		w.end = t
		if start == "" {
			w.start = t.AddDate(0, 0, -30)
		}
	}
	return checkWindow(w, now)
}

func checkWindow(w window, now time.Time) (window, error) {
	w.start, w.end = w.start.UTC(), w.end.UTC()
	switch {
	case !w.end.After(w.start):
		return window{}, inputErrorf("the period %s is empty: its end must come after its start.", w)
	case w.start.After(now):
		return window{}, inputErrorf("the period %s lies in the future; there is no billing for it yet.", w)
	case w.end.Sub(w.start) > maxWindow:
		return window{}, inputErrorf("the period %s is longer than three years; ask for a shorter one.", w)
	}
	return w, nil
}
