package billing

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

func loadCatalog(t *testing.T) []testkit.Method {
	t.Helper()
	return testkit.Facts(t)
}

// methodsOf lists the catalog's methods of the given services.
func methodsOf(services ...string) []jelastic.Method {
	var out []jelastic.Method
	for _, m := range Methods() {
		if slices.Contains(services, m.Service) {
			out = append(out, m)
		}
	}
	return out
}

func strftimeToGo(f string) string {
	return strings.NewReplacer("%Y", "2006", "%m", "01", "%d", "02", "%H", "15", "%M", "04", "%S", "05").Replace(f)
}

// TestCatalogMatchesFacts checks every declared method, field by field, against the facts file.
func TestCatalogMatchesFacts(t *testing.T) {
	entries := loadCatalog(t)
	methods := Methods()
	if len(methods) != len(entries) {
		t.Fatalf("catalog has %d methods, the facts file %d", len(methods), len(entries))
	}
	byName := map[string]jelastic.Method{}
	for _, m := range methods {
		if _, dup := byName[m.FullName()]; dup {
			t.Errorf("%s declared twice", m.FullName())
		}
		byName[m.FullName()] = m
	}
	wantType := map[string]reflect.Type{
		"int": reflect.TypeFor[int](), "str": reflect.TypeFor[string](), "float": reflect.TypeFor[float64](),
		"bool": reflect.TypeFor[bool](), "datetime": reflect.TypeFor[jelastic.Time](), "date": reflect.TypeFor[jelastic.Time](),
		"list[str]": reflect.TypeFor[jelastic.List](), "dict": reflect.TypeFor[jelastic.Object](),
	}
	for _, e := range entries {
		m, ok := byName[e.Service+"."+e.Method]
		if !ok {
			t.Errorf("%s.%s missing from the catalog", e.Service, e.Method)
			continue
		}
		if m.Path != e.Path || string(m.Effect) != e.Effect {
			t.Errorf("%s: path %q effect %q, want %q %q", m.FullName(), m.Path, m.Effect, e.Path, e.Effect)
		}
		if m.ToolName() != e.Tool {
			t.Errorf("%s: tool name %q, want %q", m.FullName(), m.ToolName(), e.Tool)
		}
		if strings.TrimSpace(m.Summary) == "" {
			t.Errorf("%s has no summary", m.FullName())
		}
		fields := m.Fields()
		if len(fields) != len(e.Args) {
			t.Errorf("%s: %d fields, want %d", m.FullName(), len(fields), len(e.Args))
			continue
		}
		for i, a := range e.Args {
			f := fields[i]
			if f.Name != a.Name || f.Wire != a.Wire || f.Required != a.Required {
				t.Errorf("%s arg %d: %s/%s required=%v, want %s/%s required=%v", m.FullName(), i, f.Name, f.Wire, f.Required, a.Name, a.Wire, a.Required)
			}
			typ := f.Type
			if typ.Kind() == reflect.Pointer {
				if a.Required {
					t.Errorf("%s.%s is required but optional in Go", m.FullName(), a.Name)
				}
				typ = typ.Elem()
			} else if !a.Required && typ.Kind() != reflect.Slice && typ.Kind() != reflect.Map {
				t.Errorf("%s.%s is optional but cannot be absent in Go", m.FullName(), a.Name)
			}
			want, ok := wantType[a.Type]
			if strings.HasPrefix(a.Type, "Literal[") {
				want, ok = reflect.TypeFor[jelastic.Period](), true
			}
			if !ok || typ != want {
				t.Errorf("%s.%s has Go type %s for %s", m.FullName(), a.Name, typ, a.Type)
			}
			var wantDefault string
			if a.Default != nil {
				b, _ := json.Marshal(a.Default)
				wantDefault = strings.Trim(string(b), `"`)
			}
			if f.Default != wantDefault {
				t.Errorf("%s.%s default %q, want %q", m.FullName(), a.Name, f.Default, wantDefault)
			}
			if a.Encoding != nil {
				switch a.Encoding.Kind {
				case "time":
					if f.Layout != strftimeToGo(a.Encoding.Format) {
						t.Errorf("%s.%s layout %q, want %q", m.FullName(), a.Name, f.Layout, a.Encoding.Format)
					}
				case "list":
					sep := ","
					if a.Encoding.Separator != nil {
						sep = *a.Encoding.Separator
					}
					if f.Sep != sep {
						t.Errorf("%s.%s separator %q, want %q", m.FullName(), a.Name, f.Sep, sep)
					}
				}
			}
			secret := map[string]bool{"card_number": true, "card_code": true, "passphrase": true, "checksum": true}[a.Name]
			if f.Secret != secret {
				t.Errorf("%s.%s secret=%v, want %v", m.FullName(), a.Name, f.Secret, secret)
			}
		}
	}
}

// TestPreviewsExactlyOnDestructiveMethods: every destructive method says in plain words what
// it will do before it is confirmed; no other method carries a preview it would never show.
func TestPreviewsExactlyOnDestructiveMethods(t *testing.T) {
	for _, m := range Methods() {
		if destructive := m.Effect == jelastic.Destructive; destructive != m.HasPreview() {
			t.Errorf("%s: effect %s, has preview %v", m.FullName(), m.Effect, m.HasPreview())
		}
	}
}

// fill sets every parameter of a parameter struct to a value that survives the wire: the
// value of i-th parameter differs from the others, times fit the field's layout.
func fill(t *testing.T, m jelastic.Method) any {
	p := m.NewParams()
	v := reflect.ValueOf(p).Elem()
	for i, f := range m.Fields() {
		var x any
		switch f.Base() {
		case reflect.TypeFor[jelastic.Time]():
			tm := time.Date(2024, 4, 1, 8, 20, 30, 0, time.UTC)
			if f.Layout == "2006-01-02" {
				tm = jelastic.Date(2024, 4, 1).Time
			}
			x = jelastic.Time{Time: tm}
		case reflect.TypeFor[jelastic.Period]():
			x = jelastic.PeriodWeek
		case reflect.TypeFor[jelastic.List]():
			x = jelastic.List{fmt.Sprint("a", i), "b c"}
		case reflect.TypeFor[jelastic.Object]():
			x = jelastic.Object{"alpha": "x y", "n": 1.5}
		default:
			switch f.Base().Kind() {
			case reflect.String:
				x = fmt.Sprintf("v %d&x=ü", i)
			case reflect.Int:
				x = i + 1
			case reflect.Float64:
				x = 10.25 + float64(i)
			case reflect.Bool:
				x = true
			default:
				t.Fatalf("%s.%s: no sample for %s", m.FullName(), f.Name, f.Type)
			}
		}
		dst := v.Field(f.Index)
		if dst.Kind() == reflect.Pointer {
			dst.Set(reflect.New(f.Base()))
			dst = dst.Elem()
		}
		dst.Set(reflect.ValueOf(x).Convert(f.Base()))
	}
	return p
}

// TestDecodeInvertsEncode: for every method, what Encode sends Decode reads back unchanged.
func TestDecodeInvertsEncode(t *testing.T) {
	for _, m := range Methods() {
		want := fill(t, m)
		form, err := jelastic.Encode(want)
		if err != nil {
			t.Fatalf("%s: %v", m.FullName(), err)
		}
		got, err := m.Decode(form)
		if err != nil {
			t.Errorf("%s: %v", m.FullName(), err)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: sent %+v, read back %+v", m.FullName(), want, got)
		}
	}
}

// TestOneNamingRule: a method value is named after the platform's method, and its
// parameter struct after the value plus "Params"; where two services share a method name,
// each value carries its service as a prefix.
func TestOneNamingRule(t *testing.T) {
	count := map[string]int{}
	for _, m := range Methods() {
		count[m.Name]++
	}
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				if len(vs.Values) != 1 {
					continue
				}
				call, ok := vs.Values[0].(*ast.CallExpr)
				if !ok || len(call.Args) != 2 {
					continue
				}
				spec, ok := call.Args[0].(*ast.CompositeLit)
				if !ok {
					continue
				}
				var service, name string
				for _, el := range spec.Elts {
					kv := el.(*ast.KeyValueExpr)
					if lit, ok := kv.Value.(*ast.BasicLit); ok {
						v, _ := strconv.Unquote(lit.Value)
						switch kv.Key.(*ast.Ident).Name {
						case "Service":
							service = v
						case "Name":
							name = v
						}
					}
				}
				seen++
				want := name
				if count[name] > 1 {
					want = service + name
				}
				if got := vs.Names[0].Name; got != want {
					t.Errorf("%s: %s.%s is declared as %s, want %s", path, service, name, got, want)
				}
				var params string
				switch fn := call.Fun.(type) {
				case *ast.IndexExpr: // Define[P](spec, nil)
					params = fn.Index.(*ast.Ident).Name
				default: // Define(spec, func(*P) string {...})
					star := call.Args[1].(*ast.FuncLit).Type.Params.List[0].Type.(*ast.StarExpr)
					params = star.X.(*ast.Ident).Name
				}
				if params != want+"Params" {
					t.Errorf("%s: parameters of %s are %s, want %sParams", path, want, params, want)
				}
			}
		}
	}
	if seen != len(Methods()) {
		t.Errorf("found %d declarations in the source, the catalog has %d methods", seen, len(Methods()))
	}
}

// TestJoinedTextIsNoEnum: a text argument that takes several values joined by a separator
// must not declare them as a schema enum, or a model that follows the schema can never send
// two; such sets are checked with the values tag instead.
func TestJoinedTextIsNoEnum(t *testing.T) {
	for _, m := range Methods() {
		for _, f := range m.Fields() {
			if f.Sep != "" && f.Base().Kind() == reflect.String && len(f.Enum) > 0 {
				t.Errorf("%s: %s is joined by %q but its schema enum forbids a joined value; use values:\"...\"", m.FullName(), f.Name, f.Sep)
			}
		}
	}
}
