package tools_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// oneVoice checks a refusal: an error in full sentences, starting with a capital (or a
// quoted name) and ending "Nothing was sent." when the platform saw no request, or "Nothing
// was changed; only reads were sent." when the server had to read first.
func oneVoice(t *testing.T, what, text string, isError bool, sent []jelastictest.Request) {
	t.Helper()
	r, _ := utf8.DecodeRuneInString(text)
	want := say.NothingSent
	if len(sent) > 0 {
		want = say.OnlyReadsSent
	}
	capital := unicode.IsUpper(r) || r == '"'
	if !isError || !capital || !strings.HasSuffix(text, want) || strings.Contains(text, "..") {
		t.Errorf("%s: refusal %q (error %v) after %d requests; want sentences ending %q", what, text, isError, len(sent), want)
	}
}

// TestRefusalsSpeakOneVoice walks every tool the server has, the summaries included, through
// the refusals any call can meet (an unknown argument, an argument of the wrong type, a
// confirm flag that is not a boolean) and the ones of tools that do not exist or are not
// offered, and holds each to one voice. It also refuses a summary after it had to read (a
// name that matches no account), which says so instead of "Nothing was sent.".
func TestRefusalsSpeakOneVoice(t *testing.T) {
	e := newEnv(t)
	var list []struct {
		Name        string `json:"name"`
		InputSchema struct {
			Required   []string                   `json:"required"`
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"inputSchema"`
		Annotations struct {
			Destructive bool `json:"destructiveHint"`
		} `json:"annotations"`
	}
	if err := json.Unmarshal(listTools(t, e), &list); err != nil {
		t.Fatal(err)
	}
	walked := 0
	for _, tl := range list {
		calls := map[string]string{"unknown argument": `{"zz_not_an_argument":1}`}
		if len(tl.InputSchema.Required) > 0 {
			name := tl.InputSchema.Required[0]
			var prop struct {
				Type string `json:"type"`
			}
			_ = json.Unmarshal(tl.InputSchema.Properties[name], &prop)
			wrong := `{"an":"object"}`
			if prop.Type == "object" {
				wrong = `7`
			}
			calls["argument of the wrong type"] = `{"` + name + `":` + wrong + `}`
		}
		if tl.Annotations.Destructive {
			calls["confirm not a boolean"] = `{"confirm":"perhaps"}`
		}
		for what, args := range calls {
			e.platform.Reset()
			res := e.call(t, tl.Name, args)
			oneVoice(t, tl.Name+", "+what, resultText(res), res.IsError, e.platform.Requests())
			walked++
		}
	}
	if walked < len(list)+100 {
		t.Errorf("only %d refusals walked over %d tools", walked, len(list))
	}

	disc := newEnvWith(t, tools.Options{Discovery: true})
	for name, args := range map[string]string{"find_tools": `{"zz":1}`, "describe_tool": `{"name":7}`, "call_tool": `{"name":"account_get_acount"}`} {
		res := disc.call(t, name, args)
		oneVoice(t, name+" "+args, resultText(res), res.IsError, disc.platform.Requests())
	}
	for name, args := range map[string]string{"account_get_acount": `{}`, "pay_method_register_bank_card": `{}`} {
		narrow := newEnvWith(t, tools.Options{})
		res := narrow.call(t, name, args)
		oneVoice(t, name+" (not offered)", resultText(res), res.IsError, narrow.platform.Requests())
	}

	// The recorder answers every read with no accounts, so no name matches.
	e.platform.Reset()
	res := e.call(t, "billing_spend_summary", `{"uid":"Zebulon"}`)
	oneVoice(t, "billing_spend_summary, a name after reading the accounts", resultText(res), res.IsError, e.platform.Requests())
	for _, r := range e.platform.Requests() {
		if !strings.Contains(r.Path, "/get") {
			t.Errorf("a refused summary sent %s", r.Path)
		}
	}
}
