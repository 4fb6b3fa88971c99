package jelastic_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

// forms lists the ways a platform may write a secret back: raw, URL-encoded (once or twice,
// as a query or a path), JSON-escaped (Go's encoder escapes < > &), every character as a
// \u escape in either case, with escaped slashes, escaped twice, and mixes of these.
func forms(secret string) map[string]string {
	jsonText := func(s string) string { b, _ := json.Marshal(s); return string(b[1 : len(b)-1]) }
	allU := func(upper bool) string {
		var b strings.Builder
		for _, c := range utf16.Encode([]rune(secret)) {
			f := fmt.Sprintf(`\u%04x`, c)
			if upper {
				f = fmt.Sprintf(`\u%04X`, c)
			}
			b.WriteString(f)
		}
		return b.String()
	}
	return map[string]string{
		"raw":              secret,
		"query-escaped":    url.QueryEscape(secret),
		"path-escaped":     url.PathEscape(secret),
		"escaped twice":    url.QueryEscape(url.QueryEscape(secret)),
		"lowercase hex":    strings.ToLower(url.QueryEscape(secret)),
		"json":             jsonText(secret),
		"json in json":     jsonText(jsonText(secret)),
		"slashes escaped":  strings.ReplaceAll(secret, "/", `\/`),
		"all \\u, lower":   allU(false),
		"all \\u, upper":   allU(true),
		"json, url-mixed":  strings.Replace(jsonText(secret), "a", "%61", 1),
		"json in url":      url.QueryEscape(jsonText(secret)),
		"slashes, doubled": strings.ReplaceAll(secret, "/", `\\/`),
	}
}

func TestRedactorFindsEveryForm(t *testing.T) {
	secrets := []string{"tok/3f9a+c&7e<5b> d4a68", "p@ss wörd/€𝄞"}
	r := jelastic.NewRedactor(secrets...)
	var all, want []string
	for _, secret := range secrets {
		for name, form := range forms(secret) {
			text := "before " + form + " after"
			if got := r.String(text); got != "before [redacted] after" {
				t.Errorf("%s form %q: got %q", name, form, got)
			}
			all, want = append(all, form), append(want, jelastic.Redacted)
		}
	}
	// Side by side, each found where it is.
	if got := r.String(strings.Join(all, "|")); got != strings.Join(want, "|") {
		t.Errorf("all forms in one text: %q", got)
	}
}

// FuzzRedactor: whatever surrounds a secret, redacting never panics and leaves no raw secret.
func FuzzRedactor(f *testing.F) {
	f.Add("x", "%5C%5Cu0074", "tok-secret/1 x")
	f.Add(`\\\u`, "%%%2525", "p@ss+word")
	f.Fuzz(func(t *testing.T, before, after, secret string) {
		r := jelastic.NewRedactor(secret)
		got := r.String(before + secret + after)
		if utf8.RuneCountInString(secret) >= 8 && strings.Contains(got, secret) {
			t.Errorf("secret %q left in %q", secret, got)
		}
	})
}

// TestRedactorCleanMissesNoForm: Clean, the quick look at an answer's bytes, says "clean"
// for none of the forms a secret may come back in, nor for a short secret inside a longer
// number, and says it for an answer that holds none.
func TestRedactorCleanMissesNoForm(t *testing.T) {
	secrets := []string{"tok/3f9a+c&7e<5b> d4a68", "p@ss wörd/€𝄞", "737"}
	r := jelastic.NewRedactor(secrets...)
	for _, secret := range secrets {
		for name, form := range forms(secret) {
			if r.Clean([]byte(`{"echo":"` + form + `"}`)) {
				t.Errorf("%s form %q: called clean", name, form)
			}
		}
	}
	for _, text := range []string{`{"uid":7370}`, `{"code":737}`, `{"p@ss+wörd/€𝄞":1}`} {
		if r.Clean([]byte(text)) {
			t.Errorf("%s: called clean", text)
		}
	}
	if !r.Clean([]byte(`{"result":0,"uid":7,"email":"a@b.example","balance":3.5}`)) {
		t.Error("an answer without secrets or escapes: not called clean")
	}
	if !jelastic.NewRedactor().Clean([]byte(`{"x":"%5C"}`)) {
		t.Error("a redactor without secrets: not clean")
	}
}

// FuzzRedactorClean: when Clean says a text holds no secret, redacting it, or the JSON value
// it decodes to, changes nothing.
func FuzzRedactorClean(f *testing.F) {
	f.Add(`{"a":"tok-secret/1 x"}`, "tok-secret/1 x")
	f.Add(`{"tok+secret":[1,"x"]}`, "tok secret")
	f.Add(`{"n":737,"m":"a737b"}`, "737")
	f.Fuzz(func(t *testing.T, text, secret string) {
		r := jelastic.NewRedactor(secret)
		if !r.Clean([]byte(text)) {
			return
		}
		if got := r.String(text); got != text {
			t.Fatalf("clean %q redacted to %q", text, got)
		}
		dec := json.NewDecoder(strings.NewReader(text))
		dec.UseNumber()
		var v any
		if dec.Decode(&v) != nil {
			return
		}
		before, _ := json.Marshal(v)
		if after, _ := json.Marshal(r.Value(v)); string(after) != string(before) {
			t.Fatalf("clean %q: value redacted from %s to %s", text, before, after)
		}
	})
}

// TestRedactorShortSecrets: a card code is redacted where it stands alone, not inside a
// longer number, and a value too short to be secret is left alone.
func TestRedactorShortSecrets(t *testing.T) {
	r := jelastic.NewRedactor("737", "42")
	cases := map[string]string{
		"code 737.":           "code [redacted].",
		`{"cvc":"737"}`:       `{"cvc":"[redacted]"}`,
		"took 17370ms, 7371":  "took 17370ms, 7371",
		"cvc=%37%33%37&x=737": "cvc=[redacted]&x=[redacted]",
		"answer 42":           "answer 42",
	}
	for in, want := range cases {
		if got := r.String(in); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
	v := r.Value(map[string]any{"cvc": json.Number("737"), "uid": json.Number("7370"), "list": []any{"737"}})
	if b, _ := json.Marshal(v); string(b) != `{"cvc":"[redacted]","list":["[redacted]"],"uid":7370}` {
		t.Errorf("value %s", b)
	}
}

// TestSecretsEchoedInAnswersAreRedacted: the client's token, a per-request token, values
// marked with WithSecrets and the call's secret arguments, echoed by the platform in any form
// inside a successful answer or an error, come back redacted.
func TestSecretsEchoedInAnswersAreRedacted(t *testing.T) {
	const token, clientToken, extra, pass = "tok-cfg-91ad2c7e44", "tok-client-5b7d1f0e3a", "auth-8c2e6a4f1b9d", "pass/Phr4se+x"
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	c, err := jelastic.NewClient(jelastic.Config{BaseURL: platform.URL, Token: token})
	if err != nil {
		t.Fatal(err)
	}
	ctx := jelastic.WithSecrets(jelastic.WithToken(context.Background(), clientToken), extra)
	secrets := []string{token, clientToken, extra, pass}
	var echo []string
	for _, s := range secrets {
		for _, f := range forms(s) {
			echo = append(echo, f)
		}
	}
	answer, _ := json.Marshal(map[string]any{"result": 0, "echo": echo, "nested": map[string]any{extra: pass}})
	params := billing.UninstallProductParams{SubscriptionID: 1, ItemID: 2, ItemResourceID: 3, Passphrase: pass}

	platform.Respond(jelastictest.Body(200, string(answer)))
	resp, err := c.Call(ctx, billing.UninstallProduct.Method, params)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(resp.Payload())
	assertNoSecret(t, "successful answer", string(got), secrets)
	if !strings.Contains(string(got), `"[redacted]":"[redacted]"`) {
		t.Errorf("answer %s", got)
	}

	platform.Respond(jelastictest.Body(200, `{"result":701,"error":"session `+clientToken+` invalid","reason":"`+url.QueryEscape(pass)+`"}`))
	_, err = c.Call(ctx, billing.UninstallProduct.Method, params)
	assertNoSecret(t, "API error", fmt.Sprint(err), secrets)

	// The token starts ten characters before the excerpt's end: before, they were shown.
	platform.Respond(jelastictest.Body(500, strings.Repeat("x ", 92)+"token="+clientToken+" trailing"))
	_, err = c.Call(ctx, billing.UninstallProduct.Method, params)
	assertNoSecret(t, "transport error", fmt.Sprint(err), secrets)
	if !strings.Contains(fmt.Sprint(err), "token=[reda") {
		t.Errorf("excerpt %v", err)
	}
}

// assertNoSecret fails when text holds any secret, or its first half.
func assertNoSecret(t *testing.T, what, text string, secrets []string) {
	t.Helper()
	for _, s := range secrets {
		half := string([]rune(s)[:utf8.RuneCountInString(s)/2])
		if strings.Contains(text, s) || strings.Contains(text, half) || strings.Contains(text, url.QueryEscape(half)) {
			t.Errorf("%s shows (part of) secret %.4s…: %s", what, s, text)
		}
	}
}

// BenchmarkRedactResult: the cost per call of redacting a full-size result text (256 KiB of
// JSON with time zones, so the escaped-forms path runs) for five secrets.
func BenchmarkRedactResult(b *testing.B) {
	item := `{"dateTime":"2024-04-01T00:00:00+02:00","cost":1.25,"note":"paid \"in full\""},`
	text := strings.Repeat(item, (256<<10)/len(item))
	secrets := []string{"tok-3f9a1c7e5b2d4a68", "4111111111111111", "cvc-Q7Z9", "hunter2/pass+phrase", "auth-token-e3b0c44298fc1c149afb"}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		r := jelastic.NewRedactor(secrets...)
		if r.String(text) != text {
			b.Fatal("redacted what is not there")
		}
	}
}
