package tools

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/currency"
	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// units states what a method's answers leave unsaid (jelastic.Method.Carries). It costs
// nothing for the methods that carry neither money nor times.
type units struct {
	carries    jelastic.Units
	offset     int // index of the time_offset parameter, -1 when the method has none
	currencies *currency.Cache
}

func newUnits(m jelastic.Method, currencies *currency.Cache) units {
	u := units{carries: m.Carries, offset: -1, currencies: currencies}
	for _, f := range m.Fields() {
		if f.Name == "time_offset" {
			u.offset = f.Index
		}
	}
	return u
}

// state makes payload (a fresh decoded answer, changed in place) say its units: one pass
// over it rewrites the platform's zoneless times as RFC 3339, and a top-level "currency"
// names the currency of its amounts unless the platform gave one. The currency is learned
// from the platform once per credentials; when it cannot be, the field says so and names
// the tool that tells.
func (u units) state(ctx context.Context, c Caller, payload map[string]any, params any, rec *callRecord) {
	if u.carries&jelastic.Times != 0 {
		zoneTimes(payload, u.zone(params))
	}
	if u.carries&jelastic.Money != 0 {
		if _, has := payload["currency"]; !has {
			payload["currency"] = currency.Note(u.currencies.Of(ctx, c, rec.currencyKey(ctx)))
		}
	}
}

// inCurrency writes the platform's currency into the amounts of a preview or a refusal
// (say.Amount), learning it first if need be: a read the platform answers once per
// credentials, never the call itself. Without the credentials the call would need, it says
// "in the platform currency" rather than ask.
func (h *handler) inCurrency(ctx context.Context, text string, rec *callRecord) string {
	if !strings.Contains(text, say.CurrencyMark) {
		return text
	}
	code := ""
	if h.check == nil || h.check(ctx) == nil {
		if c, ok := h.units.currencies.Of(ctx, h.caller, rec.currencyKey(ctx)); ok {
			code = c
		}
	}
	return say.InCurrency(text, code)
}

// currencyKey is whose currency a call learns: the credentials hash, or "" for calls on the
// server's own token (the common case, which then costs no hashing).
func (rec *callRecord) currencyKey(ctx context.Context) string {
	if _, ok := jelastic.TokenFrom(ctx); !ok && ctx.Value(principalKey{}) == nil {
		return ""
	}
	return rec.credentials(ctx)
}

// zone is the suffix that places the answer's wall-clock times: "Z" (the platform writes
// UTC), or the offset a history call asked its buckets to start at.
func (u units) zone(params any) string {
	if u.offset < 0 {
		return "Z"
	}
	v := reflect.ValueOf(params).Elem().Field(u.offset)
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return "Z"
		}
		v = v.Elem()
	}
	return offsetSuffix(int(v.Int()))
}

// offsetSuffix writes minutes east of UTC as an RFC 3339 offset.
func offsetSuffix(minutes int) string {
	if minutes == 0 {
		return "Z"
	}
	sign := '+'
	if minutes < 0 {
		sign, minutes = '-', -minutes
	}
	return fmt.Sprintf("%c%02d:%02d", sign, minutes/60, minutes%60)
}

// zoneTimes rewrites, in place, every zoneless time in m and below it.
func zoneTimes(m map[string]any, zone string) {
	// Writing to a map while ranging over it costs the runtime a copy, so the new values
	// wait until the range is done. An object rarely holds more than a few times.
	type change struct {
		key string
		v   any
	}
	var buf [8]change
	changes := buf[:0]
	for k, v := range m {
		if nv, ok := zoned(k, v, zone); ok {
			changes = append(changes, change{k, nv})
		}
	}
	for _, c := range changes {
		m[c.key] = c.v
	}
}

func zoned(key string, v any, zone string) (any, bool) {
	switch x := v.(type) {
	case string:
		if s, ok := wallClock(x, zone); ok {
			return s, true
		}
		if len(x) > wallLen && strings.IndexByte(x, '\n') >= 0 {
			return wallClocksInCSV(x, zone)
		}
	case json.Number:
		return fromMillis(key, x)
	case map[string]any:
		zoneTimes(x, zone)
	case []any:
		for i, it := range x {
			if nv, ok := zoned(key, it, zone); ok {
				x[i] = nv
			}
		}
	}
	return nil, false
}

// wallLen is the length of "2006-01-02 15:04:05".
const wallLen = 19

// isWallClock reports whether s starts with a time as the platform writes it: date, a space
// or "T", time, no zone.
func isWallClock(s string) bool {
	if len(s) < wallLen {
		return false
	}
	for i := 0; i < wallLen; i++ {
		c := s[i]
		switch i {
		case 4, 7:
			if c != '-' {
				return false
			}
		case 10:
			if c != ' ' && c != 'T' {
				return false
			}
		case 13, 16:
			if c != ':' {
				return false
			}
		default:
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return realTime(s)
}

// realTime reports whether the digits of a wall-clock shaped s name a moment that exists:
// "2026-13-45 99:99:99" labelled as UTC would pass for a time it is not.
func realTime(s string) bool {
	two := func(i int) int { return int(s[i]-'0')*10 + int(s[i+1]-'0') }
	year, month, day := two(0)*100+two(2), two(5), two(8)
	if month < 1 || month > 12 || day < 1 || two(11) > 23 || two(14) > 59 || two(17) > 59 {
		return false
	}
	// Day 0 of the next month is the last day of this one.
	return day <= time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// wallClock rewrites a value that is a whole zoneless time, fractions of a second kept.
func wallClock(s, zone string) (string, bool) {
	if !isWallClock(s) {
		return "", false
	}
	frac := s[wallLen:]
	if frac != "" {
		if frac[0] != '.' || len(frac) < 2 || strings.Trim(frac[1:], "0123456789") != "" {
			return "", false
		}
	}
	return s[:10] + "T" + s[11:wallLen] + frac + zone, true
}

// wallClocksInCSV rewrites the zoneless times that fill a cell of CSV text (the export
// methods answer their history as CSV).
func wallClocksInCSV(s, zone string) (string, bool) {
	var b strings.Builder
	last, changed := 0, false
	for i := 0; i+wallLen <= len(s); i++ {
		if (i > 0 && s[i-1] != ',' && s[i-1] != '\n') || !isWallClock(s[i:]) {
			continue
		}
		if end := i + wallLen; end < len(s) && s[end] != ',' && s[end] != '\n' && s[end] != '\r' {
			continue
		}
		if !changed {
			b.Grow(len(s) + len(s)/8)
			changed = true
		}
		b.WriteString(s[last:i])
		b.WriteString(s[i : i+10])
		b.WriteByte('T')
		b.WriteString(s[i+11 : i+wallLen])
		b.WriteString(zone)
		last = i + wallLen
		i = last - 1
	}
	if !changed {
		return "", false
	}
	b.WriteString(s[last:])
	return b.String(), true
}

// Unix milliseconds between 2000 and 2100 under a key named like a time (operationDate,
// createdOn, ...) are a time: written as RFC 3339 in UTC.
const minMillis, maxMillis = 946684800000, 4102444800000

func fromMillis(key string, n json.Number) (any, bool) {
	if len(n) != 13 || !timeKey(key) { // milliseconds of this century have 13 digits
		return nil, false
	}
	ms, err := n.Int64()
	if err != nil || ms < minMillis || ms >= maxMillis {
		return nil, false
	}
	return time.UnixMilli(ms).UTC().Format(time.RFC3339Nano), true
}

func timeKey(k string) bool {
	for _, s := range []string{"Date", "On", "Time", "At", "date", "time"} {
		if strings.HasSuffix(k, s) {
			return true
		}
	}
	return false
}
