package jelastic

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// Redacted stands in for a secret wherever one would have been shown.
const Redacted = "[redacted]"

// minSecretRunes: shorter values match by chance everywhere and are not looked for.
const minSecretRunes = 3

// shortSecretRunes: a secret shorter than this (a card code, say) is only redacted where it
// stands alone, so "737" does not eat the middle of "17370".
const shortSecretRunes = 8

type secretsKey struct{}

// WithSecrets marks values that no answer, error or log line derived from calls made with
// ctx may show: the arguments a transport or a caller knows to be secret. The per-request
// token of WithToken is one already.
func WithSecrets(ctx context.Context, values ...string) context.Context {
	if len(values) == 0 {
		return ctx
	}
	prev, _ := ctx.Value(secretsKey{}).([]string)
	all := append(append(make([]string, 0, len(prev)+len(values)), prev...), values...)
	return context.WithValue(ctx, secretsKey{}, all)
}

// Secrets lists the secrets ctx carries: those of WithSecrets and the token of WithToken.
func Secrets(ctx context.Context) []string {
	prev, _ := ctx.Value(secretsKey{}).([]string)
	out := append([]string(nil), prev...)
	if tok, ok := TokenFrom(ctx); ok {
		out = append(out, tok)
	}
	return out
}

// Redactor replaces secret values in text and in decoded JSON. It finds a secret written
// raw, URL-encoded (also twice), or JSON-escaped (short escapes such as \/ and \", \u
// escapes in either case, any number of backslashes), and any mix of these, character by
// character. The zero value and nil redact nothing. It is safe for concurrent use.
type Redactor struct {
	secrets []*secret
	span    int // longest a written form of any secret can be, in runes
}

type secret struct {
	raw   string
	short bool
	once  sync.Once
	re    *regexp.Regexp
}

// NewRedactor returns a redactor for the given values; empty and very short ones are ignored,
// as are duplicates.
func NewRedactor(values ...string) *Redactor {
	r := &Redactor{}
	seen := map[string]bool{}
	for _, v := range values {
		n := utf8.RuneCountInString(v)
		if n < minSecretRunes || seen[v] {
			continue
		}
		seen[v] = true
		r.secrets = append(r.secrets, &secret{raw: v, short: n < shortSecretRunes})
		// \uD83D\uDE00 is the longest a rune gets: 12 characters, plus repeated backslashes,
		// which a window this size still covers for a secret written at most twice escaped.
		r.span = max(r.span, 16*n)
	}
	return r
}

// String returns s with every secret replaced by Redacted.
func (r *Redactor) String(s string) string {
	if r == nil || len(r.secrets) == 0 || s == "" {
		return s
	}
	escaped := strings.ContainsAny(s, `\%+`)
	for _, sec := range r.secrets {
		if !escaped && !strings.Contains(s, sec.raw) {
			continue // the raw form is the only one s could hold
		}
		s = sec.replace(s)
	}
	return s
}

// Value redacts v, a decoded JSON value, and returns it: secrets are replaced in every string
// and key, in place (maps and lists are changed, not copied: an answer can be large). A
// number is replaced when it is a secret as a whole (a card code sent back as 737).
func (r *Redactor) Value(v any) any {
	if r == nil || len(r.secrets) == 0 {
		return v
	}
	switch x := v.(type) {
	case string:
		return r.String(x)
	case json.Number:
		for _, sec := range r.secrets {
			if string(x) == sec.raw {
				return Redacted
			}
		}
	case map[string]any:
		var renamed []string
		for k, item := range x {
			x[k] = r.Value(item)
			if r.String(k) != k {
				renamed = append(renamed, k)
			}
		}
		for _, k := range renamed {
			x[r.String(k)] = x[k]
			delete(x, k)
		}
	case []any:
		for i, item := range x {
			x[i] = r.Value(item)
		}
	}
	return v
}

// Writer returns a writer that redacts each write before passing it to w. Loggers that write
// one line per call (zerolog does) get every line redacted whole.
func (r *Redactor) Writer(w io.Writer) io.Writer { return redactingWriter{r, w} }

type redactingWriter struct {
	r *Redactor
	w io.Writer
}

func (rw redactingWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(rw.w, rw.r.String(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Excerpt is the start of b for an error message, whitespace folded, at most n runes: the
// secrets are redacted before the cut, so a cut never leaves the first part of one.
func (r *Redactor) Excerpt(b []byte, n int) string {
	window := n + 1
	if r != nil {
		window += r.span
	}
	var sb strings.Builder
	runes, space, more := 0, false, false
	for _, c := range string(b) {
		if runes >= window {
			more = true
			break
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			runes++
			space = false
		}
		sb.WriteRune(c)
		runes++
	}
	s := r.String(sb.String())
	if rs := []rune(s); len(rs) > n {
		return string(rs[:n]) + "…"
	}
	if more {
		return s + "…"
	}
	return s
}

func (s *secret) replace(text string) string {
	s.once.Do(func() { s.re = regexp.MustCompile(pattern(s.raw)) })
	var out strings.Builder
	last := 0
	for from := 0; from < len(text); {
		loc := s.re.FindStringIndex(text[from:])
		if loc == nil {
			break
		}
		start, end := from+loc[0], from+loc[1]
		if s.short && !(standsAlone(text, start, end)) {
			from = start + 1
			continue
		}
		out.WriteString(text[last:start])
		out.WriteString(Redacted)
		last, from = end, end
	}
	if last == 0 {
		return text
	}
	out.WriteString(text[last:])
	return out.String()
}

// standsAlone: text[start:end] is not part of a longer word or number.
func standsAlone(text string, start, end int) bool {
	alnum := func(b byte) bool {
		return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
	}
	return (start == 0 || !alnum(text[start-1])) && (end == len(text) || !alnum(text[end]))
}

// pattern matches value with each character in any of its written forms.
func pattern(value string) string {
	var b strings.Builder
	for _, c := range value {
		alts := []string{regexp.QuoteMeta(string(c))}
		if short, ok := jsonShortEscape[c]; ok {
			alts = append(alts, backslashes+regexp.QuoteMeta(short))
		}
		if c == ' ' {
			alts = append(alts, `\+`, `%(?:25)*(?i:2b)`)
		}
		alts = append(alts, backslashes+unicodeEscape(c))
		var pct strings.Builder
		var buf [utf8.UTFMax]byte
		for _, x := range buf[:utf8.EncodeRune(buf[:], c)] {
			fmt.Fprintf(&pct, `%%(?:25)*(?i:%02x)`, x)
		}
		alts = append(alts, pct.String())
		b.WriteString("(?:" + strings.Join(alts, "|") + ")")
	}
	return b.String()
}

// backslashes: one or more, each raw or URL-encoded, as JSON escaping once or more and then
// URL-encoding leaves them.
const backslashes = `(?:\\|%(?:25)*(?i:5c))+`

var jsonShortEscape = map[rune]string{'"': `"`, '\\': `\`, '/': `/`, '\n': "n", '\t': "t", '\r': "r", '\b': "b", '\f': "f"}

// unicodeEscape is the regexp for c written as JSON's \u escape (a surrogate pair beyond
// the first plane); the hex digits in either case.
func unicodeEscape(c rune) string {
	if c < 0x10000 {
		return fmt.Sprintf(`u(?i:%04x)`, c)
	}
	c -= 0x10000
	return fmt.Sprintf(`u(?i:%04x)`, 0xD800+(c>>10)) + backslashes + fmt.Sprintf(`u(?i:%04x)`, 0xDC00+(c&0x3FF))
}
