package tools

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// DefaultMaxResultBytes bounds the JSON text of one successful result. Ninety days of hourly
// billing history is megabytes: more than any model can read, so the answer is cut and the
// model told how to ask for less.
const DefaultMaxResultBytes = 256 << 10

// fitPayload returns the payload and its JSON text, cutting its longest top-level list when
// the text would exceed limit. It reports whether it cut.
func fitPayload(payload map[string]any, limit int) (map[string]any, []byte, bool, error) {
	text, err := json.Marshal(payload)
	if err != nil || len(text) <= limit {
		return payload, text, false, err
	}
	key, items := longestList(payload)
	if len(items) == 0 {
		return nil, nil, false, fmt.Errorf("the answer is %d bytes, more than the %d this server passes on, and has no list to shorten; "+
			"narrow the request", len(text), limit)
	}
	cut := func(n int) (map[string]any, []byte) {
		out := make(map[string]any, len(payload)+1)
		for k, v := range payload {
			out[k] = v
		}
		out[key] = items[:n]
		out["truncated"] = map[string]any{
			"field": key, "total": len(items), "returned": n,
			"hint": "The answer was cut to fit. Ask for less: a shorter period, a coarser period (DAY, WEEK, MONTH), " +
				"a filter, or paging (start_row, result_count) where the tool has them.",
		}
		b, _ := json.Marshal(out)
		return out, b
	}
	// The text of a cut answer is the text with an empty list plus the items and the commas
	// between them, so one pass over the items' sizes finds how many fit.
	_, empty := cut(0)
	size, n := len(empty), 0
	budget := limit - len(strconv.Itoa(len(items))) // "returned" grows from 0 to at most that many digits
	for n < len(items) {
		item, err := json.Marshal(items[n])
		if err != nil {
			return nil, nil, false, err
		}
		next := size + len(item)
		if n > 0 {
			next++ // the comma
		}
		if next > budget {
			break
		}
		size, n = next, n+1
	}
	if len(empty) > budget {
		return nil, nil, false, fmt.Errorf("the answer is %d bytes, more than the %d this server passes on; narrow the request", len(text), limit)
	}
	out, b := cut(n)
	return out, b, true, nil
}

func longestList(payload map[string]any) (string, []any) {
	var key string
	var longest []any
	for k, v := range payload {
		if items, ok := v.([]any); ok && (len(items) > len(longest) || (len(items) == len(longest) && k < key)) {
			key, longest = k, items
		}
	}
	return key, longest
}
