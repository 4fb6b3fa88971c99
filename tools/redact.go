package tools

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// redacted replaces the value of a secret argument wherever arguments are shown or logged.
const redacted = "[redacted]"

// redactedArguments lists the arguments set in a filled parameter struct, by tool argument
// name, with secret values replaced. Times are shown as RFC 3339.
func redactedArguments(params any) map[string]any {
	v := reflect.ValueOf(params)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	out := map[string]any{}
	for _, f := range jelastic.Fields(params) {
		fv := v.Field(f.Index)
		if (fv.Kind() == reflect.Pointer || fv.Kind() == reflect.Slice || fv.Kind() == reflect.Map) && fv.IsNil() {
			continue
		}
		if f.Secret {
			out[f.Name] = redacted
			continue
		}
		if fv.Kind() == reflect.Pointer {
			fv = fv.Elem()
		}
		out[f.Name] = fv.Interface()
	}
	return out
}

// withSecrets adds to ctx what no result of this call may show: the server's own secrets
// (Options.Secrets) and the values of the method's secret arguments as the model sent them.
// The API client reads them from ctx too, so the answer it returns is clean of all of them.
func (h *handler) withSecrets(ctx context.Context, req mcp.CallToolRequest) context.Context {
	secrets := h.secrets
	if h.secretArgs {
		secrets = append(secretArguments(h.method, req.GetRawArguments()), secrets...)
	}
	return jelastic.WithSecrets(ctx, secrets...)
}

// redact removes from res every secret ctx carries (see withSecrets), along with those a
// transport put there (a client's token).
func redact(ctx context.Context, res *mcp.CallToolResult) *mcp.CallToolResult {
	return redactResult(jelastic.NewRedactor(jelastic.Secrets(ctx)...), res)
}

// secretArguments are the values of m's secret arguments in raw, as text.
func secretArguments(m jelastic.Method, raw any) []string {
	args, err := readArguments(raw)
	if err != nil {
		return nil
	}
	var out []string
	var add func(v any)
	add = func(v any) {
		switch x := v.(type) {
		case string:
			out = append(out, x, strings.TrimSpace(x))
		case json.Number:
			out = append(out, x.String())
		case float64:
			out = append(out, strconv.FormatFloat(x, 'f', -1, 64))
		case []any:
			for _, item := range x {
				add(item)
			}
		}
	}
	for _, f := range m.Fields() {
		if f.Secret {
			add(args[f.Name])
		}
	}
	return out
}

// redactResult redacts the text and the structured content of res, in place.
func redactResult(red *jelastic.Redactor, res *mcp.CallToolResult) *mcp.CallToolResult {
	if res == nil {
		return nil
	}
	for i, c := range res.Content {
		switch tc := c.(type) {
		case mcp.TextContent:
			tc.Text = red.String(tc.Text)
			res.Content[i] = tc
		case *mcp.TextContent:
			tc.Text = red.String(tc.Text)
		}
	}
	switch sc := res.StructuredContent.(type) {
	case nil:
	case map[string]any, []any:
		res.StructuredContent = red.Value(sc)
	default: // a typed answer: redact its JSON form, and keep the type when nothing changes
		b, err := json.Marshal(sc)
		if err != nil || red.String(string(b)) == string(b) {
			break
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		var v any
		if dec.Decode(&v) == nil {
			res.StructuredContent = red.Value(v)
		}
	}
	return res
}
