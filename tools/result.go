package tools

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// DefaultMaxResultBytes bounds the JSON of one successful result: its text, and separately
// its structuredContent. 24 KiB is about 6,000 tokens; thirty days of daily history or a
// month of hourly history is far more than a model can use, so such answers are cut and the
// model told how many items it got and which argument asks for less.
const DefaultMaxResultBytes = 24 << 10

// narrowers are the arguments that make an answer smaller, in the order a model should
// reach for them, each with what to do with it.
var narrowers = []struct {
	names []string
	how   string
}{
	{[]string{"period"}, "a coarser period (DAY, WEEK or MONTH)"},
	{[]string{"interval"}, "a longer interval"},
	{[]string{"start_time", "end_time"}, "a shorter window between start_time and end_time"},
	{[]string{"start_date", "end_date"}, "a shorter window between start_date and end_date"},
	{[]string{"target_app_id"}, "one environment (target_app_id)"},
	{[]string{"env_name"}, "one environment (env_name)"},
	{[]string{"uid"}, "one account (uid)"},
	{[]string{"owner_uid"}, "one owner (owner_uid)"},
	{[]string{"filter_field", "filter_value"}, "a filter (filter_field, filter_value)"},
	{[]string{"status"}, "a status"},
	{[]string{"type"}, "a type"},
	{[]string{"search"}, "a narrower search"},
	{[]string{"names"}, "fewer names"},
	{[]string{"engine_types"}, "fewer engine types"},
	{[]string{"quota_names"}, "fewer quota names"},
	{[]string{"result_count", "start_row"}, "pages (result_count, start_row)"},
	{[]string{"limit"}, "a limit"},
}

// narrowHint says which arguments of m ask for a smaller answer.
func narrowHint(m jelastic.Method) string {
	var ways []string
	for _, n := range narrowers {
		if slices.ContainsFunc(m.Fields(), func(f jelastic.Field) bool { return slices.Contains(n.names, f.Name) }) {
			ways = append(ways, n.how)
		}
	}
	if len(ways) == 0 {
		return "This tool has no argument that narrows its answer."
	}
	return "Ask for less with " + strings.Join(ways, ", ") + "."
}

// fitPayload returns the JSON text of payload, cutting its longest list (at the top or one
// object down) when the text would exceed limit. The structuredContent is the same text, so
// it stays within limit too. It reports whether it cut.
func fitPayload(payload map[string]any, limit int, hint string) ([]byte, bool, error) {
	scratch := scratchBuffers.Get().(*[]byte)
	defer func() {
		if cap(*scratch) <= maxPooledBytes {
			scratchBuffers.Put(scratch)
		}
	}()
	text, err := appendJSON((*scratch)[:0], payload)
	*scratch = text
	if err != nil {
		return nil, false, err
	}
	if len(text) <= limit {
		return slices.Clone(text), false, nil
	}
	parent, key, items := longestList(payload)
	if len(items) == 0 {
		return nil, false, fmt.Errorf("the answer is %d bytes, more than the %d this server passes on, and has no list to shorten. %s",
			len(text), limit, hint)
	}
	cut := func(n int) []byte {
		out := withKey(payload, parent, key, items[:n])
		out["truncated"] = map[string]any{
			"field": strings.TrimPrefix(parent+"."+key, "."), "total": len(items), "returned": n,
			"hint": fmt.Sprintf("Cut to fit: %d of %d items of %s, from the first. %s", n, len(items), key, hint),
		}
		b, _ := appendJSON(nil, out) // the items encoded before, and the note
		return b
	}
	// The text of a cut answer is the text with an empty list plus the items and the commas
	// between them, so one pass over the items' sizes finds how many fit. "returned" and the
	// count in the hint grow from 0 to at most as many digits as the total.
	empty := cut(0)
	size, n := len(empty), 0
	budget := limit - 2*len(strconv.Itoa(len(items)))
	var item []byte
	for n < len(items) {
		if item, err = appendJSON(item[:0], items[n]); err != nil {
			return nil, false, err
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
		return nil, false, fmt.Errorf("the answer is %d bytes, more than the %d this server passes on. %s", len(text), limit, hint)
	}
	return cut(n), true, nil
}

// scratchBuffers hold the text of answers while it is written, so that the growing buffer's
// copies are not garbage on every call; the answer keeps an exact copy.
var scratchBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 4<<10); return &b }}

// maxPooledBytes: a buffer grown past the result budget by a huge answer is let go.
const maxPooledBytes = 256 << 10

// withKey is a shallow copy of payload with key (inside the object parent, when not empty)
// set to v.
func withKey(payload map[string]any, parent, key string, v any) map[string]any {
	out := make(map[string]any, len(payload)+1)
	for k, x := range payload {
		out[k] = x
	}
	if parent == "" {
		out[key] = v
		return out
	}
	out[parent] = withKey(payload[parent].(map[string]any), "", key, v)
	return out
}

// longestList finds the longest list of the payload, at its top level or in one of its
// objects (some answers wrap their rows: {"response": {"array": [...]}}).
func longestList(payload map[string]any) (parent, key string, longest []any) {
	better := func(items []any, p, k string) bool {
		return len(items) > len(longest) || (len(items) == len(longest) && len(items) > 0 && p+"."+k < parent+"."+key)
	}
	for k, v := range payload {
		switch x := v.(type) {
		case []any:
			if better(x, "", k) {
				parent, key, longest = "", k, x
			}
		case map[string]any:
			for k2, v2 := range x {
				if items, ok := v2.([]any); ok && better(items, k, k2) {
					parent, key, longest = k, k2, items
				}
			}
		}
	}
	return parent, key, longest
}
