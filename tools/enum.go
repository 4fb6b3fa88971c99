package tools

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// checkEnum holds a value of a field with a closed set of values to that set: the platform
// answers an unknown status or sort field with an empty list, which a model reads as "none".
// Text matches whatever its case and comes back as the set spells it. A text field with a
// `sep` tag takes several values joined by it; a list checks each element.
//
// A `values` tag is the same check for a set the schema does not list, where listing it
// would cost a tool more of the model's context than it is worth.
func checkEnum(f jelastic.Field, v reflect.Value) (reflect.Value, error) {
	set := f.Enum
	if len(f.Values) > 0 {
		set = f.Values
	}
	if len(set) == 0 {
		return v, nil
	}
	one := func(s string) (string, error) {
		for _, e := range set {
			if strings.EqualFold(strings.TrimSpace(s), e) {
				return e, nil
			}
		}
		return "", fmt.Errorf("%s is not one of %s", say.Quote(s), say.List(set))
	}
	switch v.Kind() {
	case reflect.String:
		parts := []string{v.String()}
		sep := f.Sep
		if sep != "" {
			parts = strings.Split(v.String(), sep)
		}
		for i, p := range parts {
			c, err := one(p)
			if err != nil {
				return v, err
			}
			parts[i] = c
		}
		return reflect.ValueOf(strings.Join(parts, sep)).Convert(v.Type()), nil
	case reflect.Slice:
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			c, err := one(v.Index(i).String())
			if err != nil {
				return v, err
			}
			out.Index(i).SetString(c)
		}
		return out, nil
	case reflect.Int, reflect.Int64:
		if _, err := one(strconv.FormatInt(v.Int(), 10)); err != nil {
			return v, fmt.Errorf("%d is not one of %s", v.Int(), say.List(set))
		}
	}
	return v, nil
}
