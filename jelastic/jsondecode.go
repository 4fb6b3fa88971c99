package jelastic

import (
	"encoding/json"
	"errors"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// errNotObject: the answer is not a JSON object.
var errNotObject = errors.New("the answer is not a JSON object")

// maxDepth bounds the nesting of an answer, as encoding/json bounds it.
const maxDepth = 10000

// errTooDense: the answer is made of so many small values that reading it would take far
// more memory than its size; a platform answer a few MiB long must not cost gigabytes.
var errTooDense = errors.New("the answer holds too many small values to read: ask for less (a shorter period, a filter, paging)")

// Reading an answer may take this many bytes of memory per byte of text (plus a floor for
// small answers), and no more than memoryPerAllowedByte times the longest answer the client
// reads. Real answers take about 6.5 (a quarter of hourly history in the sandbox); a list of
// empty objects would take over 30, and 4 million {"a":1} took 1.7 GB.
const (
	memoryPerByte        = 16
	memoryPerAllowedByte = 8
	memoryFloor          = 1 << 20
)

// What reading a value costs in memory, roughly as the runtime allocates it: a map's header
// and its first group of slots, a slot per later entry, a list's element slot (with room to
// grow), and a string's or number's header next to its bytes.
const (
	objectCost     = 48
	firstEntryCost = 264
	entryCost      = 40
	listCost       = 24
	elementCost    = 24
	scalarTextCost = 16
)

// ParseObject reads the JSON object at the start of raw into maps, lists, strings,
// json.Number, booleans and nil: what encoding/json's Decoder with UseNumber makes of it,
// anything after the object ignored as the Decoder ignores it. It reads each byte once and
// allocates only the values, where the Decoder scans the text twice and copies it first;
// answers (and the arguments of tools) are decoded on every call.
func ParseObject(raw []byte) (map[string]any, error) {
	return parseObjectWithin(raw, memoryPerByte*len(raw))
}

// parseObjectWithin is ParseObject with the values allowed at most limit bytes of memory
// (plus the floor).
func parseObjectWithin(raw []byte, limit int) (map[string]any, error) {
	p := parser{s: raw, left: min(limit, memoryPerByte*len(raw)) + memoryFloor}
	p.space()
	if p.i >= len(p.s) || p.s[p.i] != '{' {
		return nil, errNotObject
	}
	v, err := p.value(0)
	if errors.Is(err, errTooDense) {
		return nil, err
	}
	if err != nil {
		return nil, errNotObject
	}
	return v.(map[string]any), nil
}

type parser struct {
	s []byte
	i int
	// keys holds each distinct key once: the rows of a list repeat the same few keys.
	keys map[string]string
	// left is the memory the values may still take (see memoryPerByte).
	left int
}

// spend counts n bytes of memory against the answer's allowance.
func (p *parser) spend(n int) error {
	if p.left -= n; p.left < 0 {
		return errTooDense
	}
	return nil
}

var errSyntax = errors.New("syntax error")

func (p *parser) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *parser) value(depth int) (any, error) {
	p.space()
	if p.i >= len(p.s) {
		return nil, errSyntax
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object(depth + 1)
	case c == '[':
		return p.array(depth + 1)
	case c == '"':
		s, err := p.str()
		if err == nil {
			err = p.spend(scalarTextCost + len(s))
		}
		return s, err
	case c == '-' || c >= '0' && c <= '9':
		start := p.i
		n, err := p.number()
		if err == nil {
			err = p.spend(scalarTextCost + p.i - start)
		}
		return n, err
	}
	for _, lit := range []struct {
		text string
		v    any
	}{{"true", true}, {"false", false}, {"null", nil}} {
		if len(p.s)-p.i >= len(lit.text) && string(p.s[p.i:p.i+len(lit.text)]) == lit.text {
			p.i += len(lit.text)
			return lit.v, nil
		}
	}
	return nil, errSyntax
}

func (p *parser) object(depth int) (any, error) {
	if depth > maxDepth {
		return nil, errSyntax
	}
	p.i++ // {
	if err := p.spend(objectCost); err != nil {
		return nil, err
	}
	m := map[string]any{}
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return m, nil
	}
	for {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			return nil, errSyntax
		}
		k, err := p.key()
		if err != nil {
			return nil, err
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, errSyntax
		}
		p.i++
		v, err := p.value(depth)
		if err != nil {
			return nil, err
		}
		cost := entryCost
		if len(m) == 0 {
			cost = firstEntryCost
		}
		if err := p.spend(cost); err != nil {
			return nil, err
		}
		m[k] = v
		p.space()
		if p.i >= len(p.s) {
			return nil, errSyntax
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			return m, nil
		default:
			return nil, errSyntax
		}
	}
}

func (p *parser) array(depth int) (any, error) {
	if depth > maxDepth {
		return nil, errSyntax
	}
	p.i++ // [
	if err := p.spend(listCost); err != nil {
		return nil, err
	}
	list := []any{}
	p.space()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return list, nil
	}
	for {
		v, err := p.value(depth)
		if err != nil {
			return nil, err
		}
		if err := p.spend(elementCost); err != nil {
			return nil, err
		}
		list = append(list, v)
		p.space()
		if p.i >= len(p.s) {
			return nil, errSyntax
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			return list, nil
		default:
			return nil, errSyntax
		}
	}
}

// key reads an object's key, sharing the string with earlier keys of the same text.
func (p *parser) key() (string, error) {
	start := p.i + 1
	for j := start; j < len(p.s) && p.s[j] >= 0x20 && p.s[j] < utf8.RuneSelf && p.s[j] != '\\'; j++ {
		if p.s[j] != '"' {
			continue
		}
		if k, ok := p.keys[string(p.s[start:j])]; ok {
			p.i = j + 1
			return k, nil
		}
		break
	}
	k, err := p.str()
	if err == nil {
		if p.keys == nil {
			p.keys = map[string]string{}
		}
		p.keys[k] = k
	}
	return k, err
}

// number reads a number as JSON writes it and keeps its text.
func (p *parser) number() (any, error) {
	start := p.i
	digits := func() int {
		n := 0
		for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.s[p.i] == '-' {
		p.i++
	}
	switch {
	case p.i < len(p.s) && p.s[p.i] == '0':
		p.i++
	case digits() == 0:
		return nil, errSyntax
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return nil, errSyntax
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return nil, errSyntax
		}
	}
	return json.Number(p.s[start:p.i]), nil
}

// str reads a string. Text without escapes is copied as it is (if it is valid UTF-8);
// otherwise escapes are undone and invalid UTF-8 and lone surrogates become U+FFFD, as
// encoding/json does.
func (p *parser) str() (string, error) {
	p.i++ // "
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			s := p.s[start:p.i]
			p.i++
			if utf8.Valid(s) {
				return string(s), nil
			}
			return p.unquote(s)
		case c == '\\':
			return p.escaped(start)
		case c < 0x20:
			return "", errSyntax
		}
		p.i++
	}
	return "", errSyntax
}

// escaped finds the end of a string that holds an escape and unquotes it.
func (p *parser) escaped(start int) (string, error) {
	for p.i < len(p.s) {
		switch c := p.s[p.i]; {
		case c == '\\':
			p.i += 2
			continue
		case c == '"':
			s := p.s[start:p.i]
			p.i++
			return p.unquote(s)
		case c < 0x20:
			return "", errSyntax
		}
		p.i++
	}
	return "", errSyntax
}

// unquote undoes the escapes of s, the text between a string's quotes.
func (p *parser) unquote(s []byte) (string, error) {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\\' {
			if i+1 >= len(s) {
				return "", errSyntax
			}
			switch e := s[i+1]; e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r, ok := hex4At(s, i+2)
				if !ok {
					return "", errSyntax
				}
				i += 6
				if utf16.IsSurrogate(r) {
					if r2, ok := hex4At(s, i+2); ok && i+1 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
						if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
							out = utf8.AppendRune(out, pair)
							i += 6
							continue
						}
					}
					r = utf8.RuneError
				}
				out = utf8.AppendRune(out, r)
				continue
			default:
				return "", errSyntax
			}
			i += 2
			continue
		}
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, s[i:i+size]...)
		}
		i += size
	}
	return string(out), nil
}

// hex4At reads the four hex digits at s[i:].
func hex4At(s []byte, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(s[i:i+4]), 16, 32)
	return rune(n), err == nil
}
