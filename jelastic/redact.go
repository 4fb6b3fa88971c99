package jelastic

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
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
	plus  string // raw with its spaces as "+", as a URL query writes them; "" when the same
	short bool
	forms [][]byte // raw and plus as bytes, for Clean
}

// NewRedactor returns a redactor for the given values; empty and very short ones are ignored,
// as are duplicates.
func NewRedactor(values ...string) *Redactor {
	r := &Redactor{secrets: make([]*secret, 0, len(values))}
	for _, v := range values {
		n := utf8.RuneCountInString(v)
		if n < minSecretRunes || r.has(v) {
			continue
		}
		sec := &secret{raw: v, short: n < shortSecretRunes}
		sec.forms = [][]byte{[]byte(v)}
		if plus := strings.ReplaceAll(v, " ", "+"); plus != v {
			sec.plus = plus
			sec.forms = append(sec.forms, []byte(plus))
		}
		r.secrets = append(r.secrets, sec)
		// \uD83D\uDE00 is the longest a rune gets: 12 characters, plus repeated backslashes,
		// which a window this size still covers for a secret written at most twice escaped.
		r.span = max(r.span, 16*n)
	}
	return r
}

// has reports whether v is among the secrets already; a call has a handful of them.
func (r *Redactor) has(v string) bool {
	for _, sec := range r.secrets {
		if sec.raw == v {
			return true
		}
	}
	return false
}

// String returns s with every secret replaced by Redacted.
func (r *Redactor) String(s string) string {
	if r == nil || len(r.secrets) == 0 || s == "" {
		return s
	}
	var dec *decoded
	if strings.ContainsAny(s, `\%`) {
		dec = decode(s)
	}
	var spans [][2]int
	for _, sec := range r.secrets {
		for _, form := range []string{sec.raw, sec.plus} {
			if form == "" {
				continue
			}
			spans = appendMatches(spans, s, form, sec.short, nil)
			if dec != nil {
				spans = appendMatches(spans, s, form, sec.short, dec)
			}
		}
	}
	return replaceSpans(s, spans)
}

// Clean reports whether text surely holds none of the secrets in any form String or Value
// would find: it has no escape that could hide one (no backslash, no percent sign) and no
// secret written out. It is a quick check over the text as received, before it is decoded:
// when it holds, redacting the decoded value would change nothing. A false answer only
// means the slower, exact pass is needed.
func (r *Redactor) Clean(text []byte) bool {
	if r == nil || len(r.secrets) == 0 {
		return true
	}
	if bytes.IndexByte(text, '\\') >= 0 || bytes.IndexByte(text, '%') >= 0 {
		return false
	}
	for _, sec := range r.secrets {
		for _, form := range sec.forms {
			if bytes.Contains(text, form) {
				return false
			}
		}
	}
	return true
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
	if rw.r.Clean(p) { // most lines: nothing to look for in them, nothing to copy
		if _, err := rw.w.Write(p); err != nil {
			return 0, err
		}
		return len(p), nil
	}
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

// appendMatches adds the spans of text where form occurs: in text itself, or, with dec, in
// its decoded reading mapped back onto text. A short secret must stand alone in text.
func appendMatches(spans [][2]int, text, form string, short bool, dec *decoded) [][2]int {
	hay := text
	if dec != nil {
		hay = dec.text
	}
	for from := 0; ; {
		i := strings.Index(hay[from:], form)
		if i < 0 {
			return spans
		}
		start, end := from+i, from+i+len(form)
		from = start + 1
		if dec != nil {
			start, end = dec.origStart(start), dec.origEnd(end)
		}
		if short && !standsAlone(text, start, end) {
			continue
		}
		spans = append(spans, [2]int{start, end})
	}
}

// replaceSpans puts Redacted in place of each span of s, overlapping spans merged.
func replaceSpans(s string, spans [][2]int) string {
	if len(spans) == 0 {
		return s
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var b strings.Builder
	last := 0
	for i := 0; i < len(spans); {
		start, end := spans[i][0], spans[i][1]
		for i++; i < len(spans) && spans[i][0] < end; i++ {
			end = max(end, spans[i][1])
		}
		b.WriteString(s[last:start])
		b.WriteString(Redacted)
		last = end
	}
	b.WriteString(s[last:])
	return b.String()
}

// decoded is text read with its escapes undone: JSON's \u and short escapes behind any run of
// backslashes (raw or URL-encoded), and URL percent-encoding, also repeated (%2541). A '+' stays
// a '+'; secrets with spaces are looked for in their "+" form too.
type decoded struct {
	text  string
	units []unit // the escapes, in order
}

// unit is one escape: decoded bytes [dec, dec+decLen) came from text [orig, orig+origLen).
type unit struct{ dec, decLen, orig, origLen int }

func decode(text string) *decoded {
	var b strings.Builder
	d := &decoded{}
	emit := func(start, end int, out string) {
		d.units = append(d.units, unit{dec: b.Len(), decLen: len(out), orig: start, origLen: end - start})
		b.WriteString(out)
	}
	for i := 0; i < len(text); {
		if end, c, ok := jsonEscape(text, i); ok {
			emit(i, end, c)
			i = end
			continue
		}
		if end, c, ok := percentEscape(text, i); ok {
			emit(i, end, string([]byte{c}))
			i = end
			continue
		}
		b.WriteByte(text[i])
		i++
	}
	d.text = b.String()
	return d
}

// unitAt is the last escape that starts at or before decoded byte i; ok is false if none.
func (d *decoded) unitAt(i int) (unit, bool) {
	k := sort.Search(len(d.units), func(k int) bool { return d.units[k].dec > i })
	if k == 0 {
		return unit{}, false
	}
	return d.units[k-1], true
}

// origStart maps decoded byte i to where it starts in the text.
func (d *decoded) origStart(i int) int {
	u, ok := d.unitAt(i)
	switch {
	case !ok:
		return i
	case i < u.dec+u.decLen:
		return u.orig
	}
	return u.orig + u.origLen + (i - u.dec - u.decLen)
}

// origEnd maps the decoded end offset i (exclusive) to the end in the text.
func (d *decoded) origEnd(i int) int {
	u, ok := d.unitAt(i - 1)
	if ok && i-1 < u.dec+u.decLen {
		return u.orig + u.origLen
	}
	return d.origStart(i-1) + 1
}

var jsonShortEscape = map[byte]string{'"': `"`, '/': "/", 'b': "\b", 'f': "\f", 'n': "\n", 'r': "\r", 't': "\t"}

// jsonEscape reads a JSON escape at i, behind one or more backslashes: \u0041, \\/, %5Cu0041;
// a surrogate pair becomes one character.
func jsonEscape(text string, i int) (end int, out string, ok bool) {
	j := skipBackslashes(text, i)
	if j == i || j >= len(text) {
		return 0, "", false
	}
	if c, ok := jsonShortEscape[text[j]]; ok {
		return j + 1, c, true
	}
	hi, ok := hex4(text, j)
	if !ok {
		return 0, "", false
	}
	end = j + 5
	r := rune(hi)
	if utf16.IsSurrogate(r) {
		if k := skipBackslashes(text, end); k > end {
			if lo, ok := hex4(text, k); ok {
				if pair := utf16.DecodeRune(r, rune(lo)); pair != utf8.RuneError {
					r, end = pair, k+5
				}
			}
		}
	}
	return end, string(r), true
}

// skipBackslashes returns the end of a run of backslashes at i, raw or URL-encoded.
func skipBackslashes(text string, i int) int {
	for i < len(text) {
		if text[i] == '\\' {
			i++
			continue
		}
		end, c, ok := percentEscape(text, i)
		if !ok || c != '\\' {
			break
		}
		i = end
	}
	return i
}

// hex4 reads "u" and four hex digits at i.
func hex4(text string, i int) (uint16, bool) {
	if i+5 > len(text) || text[i] != 'u' {
		return 0, false
	}
	n, err := strconv.ParseUint(text[i+1:i+5], 16, 16)
	return uint16(n), err == nil
}

// percentEscape reads %XX at i, with any number of "25" after the % (encoded again and again).
func percentEscape(text string, i int) (end int, c byte, ok bool) {
	if text[i] != '%' {
		return 0, 0, false
	}
	j := i + 1
	for j+4 <= len(text) && text[j:j+2] == "25" && isHex(text[j+2]) && isHex(text[j+3]) {
		j += 2
	}
	if j+2 > len(text) || !isHex(text[j]) || !isHex(text[j+1]) {
		return 0, 0, false
	}
	n, _ := strconv.ParseUint(text[j:j+2], 16, 8)
	return j + 2, byte(n), true
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// standsAlone: text[start:end] is not part of a longer word or number.
func standsAlone(text string, start, end int) bool {
	alnum := func(b byte) bool {
		return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
	}
	return (start == 0 || !alnum(text[start-1])) && (end == len(text) || !alnum(text[end]))
}
