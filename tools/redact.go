package tools

import (
	"reflect"

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
