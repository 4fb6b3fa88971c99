package jelastic

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Time is an instant sent to the platform in the layout named by the field's `layout` tag
// (a Go time layout). Parsing accepts RFC 3339 (converted to UTC), "2006-01-02 15:04:05"
// and "2006-01-02" (midnight UTC).
type Time struct{ time.Time }

// timeFormats lists, for people and models, the text forms ParseTime accepts.
const timeFormats = `RFC 3339 (2024-04-01T00:00:00Z), "2024-04-01 00:00:00" or "2024-04-01"`

// ParseTime reads a date or date-time in any of the accepted forms.
func ParseTime(s string) (Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return Time{t.UTC()}, nil
		}
	}
	return Time{}, fmt.Errorf("cannot read %q as a date or time; use %s", s, timeFormats)
}

// Date is a convenience constructor for midnight UTC of the given day.
func Date(year int, month time.Month, day int) Time {
	return Time{time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// UnmarshalText accepts the same forms as ParseTime.
func (t *Time) UnmarshalText(b []byte) error {
	v, err := ParseTime(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// MarshalText writes RFC 3339, so a Time survives a JSON round trip.
func (t Time) MarshalText() ([]byte, error) { return []byte(t.UTC().Format(time.RFC3339)), nil }

// Period is the bucket size of aggregated billing history.
type Period string

// The periods the platform knows.
const (
	PeriodAge   Period = "AGE"
	PeriodYear  Period = "YEAR"
	PeriodMonth Period = "MONTH"
	PeriodWeek  Period = "WEEK"
	PeriodDay   Period = "DAY"
	PeriodHour  Period = "HOUR"
)

// Periods lists every valid Period, largest first.
var Periods = []Period{PeriodAge, PeriodYear, PeriodMonth, PeriodWeek, PeriodDay, PeriodHour}

// Valid reports whether p is one of Periods.
func (p Period) Valid() bool {
	for _, v := range Periods {
		if p == v {
			return true
		}
	}
	return false
}

// Object is a JSON object argument, sent as compact JSON text.
type Object map[string]any

// List is a list of strings, sent joined by the field's `sep` tag (default ",").
type List []string

// compactJSON renders v without insignificant white space; map keys come out sorted.
func compactJSON(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}
