package tools

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

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

// redacting wraps the handler of m so that no secret of the call reaches its result: the
// server's own (Options.Secrets), those a transport put into ctx (a client's token), and the
// values of m's secret arguments as the model sent them, which the API client learns too.
func redacting(m jelastic.Method, serverSecrets []string, next server.ToolHandlerFunc) server.ToolHandlerFunc {
	return func(ctx context.Context, req mcp.CallToolRequest) (*mcp.CallToolResult, error) {
		ctx = jelastic.WithSecrets(ctx, secretArguments(m, req.GetRawArguments())...)
		secrets := append(append([]string(nil), serverSecrets...), jelastic.Secrets(ctx)...)
		red := jelastic.NewRedactor(secrets...)
		res, err := next(ctx, req)
		if err != nil {
			return nil, errors.New(red.String(err.Error()))
		}
		return redactResult(red, res), nil
	}
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
