// Package say writes what the model reads in one voice: previews of destructive calls,
// argument errors and refusals. Values are written one way everywhere (text quoted with
// double quotes, numbers as plain decimals, instants in UTC), and messages are full
// sentences, so a client can show them as they are.
package say

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// NothingSent ends every refusal: the model must know the platform saw nothing.
const NothingSent = "Nothing was sent."

// OnlyReadsSent ends a refusal that came after the server had to read something first (a
// summary resolving an account's name): true to what happened, and as plain that nothing
// changed.
const OnlyReadsSent = "Nothing was changed; only reads were sent."

// maxQuoted bounds quoted free text, so one long value cannot swamp a message.
const maxQuoted = 80

// Quote writes text the user or model supplied (a name, a login, a note) in double quotes,
// with control characters escaped and anything past 80 characters cut.
func Quote(s string) string {
	if utf8.RuneCountInString(s) <= maxQuoted {
		return strconv.Quote(s)
	}
	return strconv.Quote(string([]rune(s)[:maxQuoted])) + "…"
}

// JSON shows JSON text as it is (quoting would escape every quote in it), trimmed and cut
// after 120 characters.
func JSON(s string) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) > 120 {
		return string(r[:120]) + "…"
	}
	return string(r)
}

// Number writes a number as a plain decimal: shortest form, no exponent (as on the wire).
func Number(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// CurrencyMark stands for the currency after an amount written by Amount, until whoever
// knows the platform's currency writes it in with InCurrency. It is the sign Unicode has for
// "some currency" (U+00A4).
const CurrencyMark = "¤"

// Amount writes an amount of money with at least two decimals (5.00, 12.50, 0.0035) and
// the currency mark after it.
func Amount(x float64) string { return AmountText(Number(x)) }

// AmountText is Amount for an amount given as text (a price argument): a plain decimal gets
// its two decimals, anything else is shown as it is.
func AmountText(s string) string {
	if _, err := strconv.ParseFloat(s, 64); err != nil || strings.ContainsAny(s, "eEnN") {
		return Quote(s) + " " + CurrencyMark
	}
	switch dot := strings.IndexByte(s, '.'); {
	case dot < 0:
		s += ".00"
	case len(s)-dot == 2:
		s += "0"
	}
	return s + " " + CurrencyMark
}

// InCurrency writes code (e.g. USD) for every currency mark in text; when the currency is
// not known (code is ""), it says the amounts are in the platform currency.
func InCurrency(text, code string) string {
	if code == "" {
		return strings.ReplaceAll(text, " "+CurrencyMark, " in the platform currency")
	}
	return strings.ReplaceAll(text, CurrencyMark, code)
}

// List writes items as "a, b, c".
func List(items []string) string { return strings.Join(items, ", ") }

// Keys lists the field names of a JSON object, sorted, or "none": previews name the
// fields of an object argument and leave its values out (they may hold personal data).
func Keys(o map[string]any) string {
	if len(o) == 0 {
		return "none"
	}
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return List(keys)
}

// Time writes an instant in UTC, saying so.
func Time(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05") + " UTC" }

// Day writes the calendar day of an instant, in UTC.
func Day(t time.Time) string { return t.UTC().Format("2006-01-02") }

// Sentences joins parts into sentences: each part starts with a capital letter and ends
// with a full stop unless it already ends a sentence ("?" or "!"); empty parts are dropped.
func Sentences(parts ...string) string {
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, sentence(p))
		}
	}
	return strings.Join(out, " ")
}

func sentence(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") {
		s += "."
	}
	return s
}

// Refusal is the message of a call that was not made: what is wrong, how to fix it, and
// that nothing reached the platform.
func Refusal(parts ...string) string { return Sentences(append(parts, NothingSent)...) }
