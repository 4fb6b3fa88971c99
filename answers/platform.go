package answers

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/currency"
	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

// reader sends the platform methods an answer needs and remembers which it used, so the
// answer can say where its figures come from.
type reader struct {
	c       jelastic.Caller
	mu      sync.Mutex // guards used: inParallel calls from several goroutines
	used    map[string]bool
	started time.Time
}

func newReader(c jelastic.Caller) *reader {
	return &reader{c: c, used: map[string]bool{}, started: time.Now().UTC()}
}

func (r *reader) call(ctx context.Context, m jelastic.Method, params any) (map[string]any, error) {
	r.mu.Lock()
	r.used[m.FullName()] = true
	r.mu.Unlock()
	resp, err := r.c.Call(ctx, m, params)
	if err != nil {
		return nil, err
	}
	return resp.Fields, nil
}

// fetch sends m with its typed parameters.
func fetch[P any](ctx context.Context, r *reader, m jelastic.MethodOf[P], p *P) (map[string]any, error) {
	return r.call(ctx, m.Method, p)
}

// fetchList sends m and returns the list it answers (under "array", or the first list found).
func fetchList[P any](ctx context.Context, r *reader, m jelastic.MethodOf[P], p *P) ([]map[string]any, error) {
	fields, err := fetch(ctx, r, m, p)
	if err != nil {
		return nil, err
	}
	return listOf(fields), nil
}

func listOf(fields map[string]any) []map[string]any {
	raw, ok := fields["array"].([]any)
	if !ok {
		keys := make([]string, 0, len(fields))
		for k := range fields {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if l, isList := fields[k].([]any); isList {
				raw = l
				break
			}
		}
	}
	out := make([]map[string]any, 0, len(raw))
	for _, it := range raw {
		if m, ok := it.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

// sources lists the platform methods used, sorted.
func (r *reader) sources() []string {
	out := make([]string, 0, len(r.used))
	for k := range r.used {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// num reads the first of keys that holds a finite number (or numeric text). "NaN", "Inf"
// and 1e400 are no amounts: added up they would make every total NaN or infinite.
func num(m map[string]any, keys ...string) (float64, bool) {
	for _, k := range keys {
		f, err := math.NaN(), error(nil)
		switch x := m[k].(type) {
		case json.Number:
			f, err = x.Float64()
		case float64:
			f = x
		case string:
			f, err = strconv.ParseFloat(strings.TrimSpace(x), 64)
		}
		if err == nil && !math.IsNaN(f) && !math.IsInf(f, 0) {
			return f, true
		}
	}
	return 0, false
}

// str reads the first of keys that holds text; an object yields its "name".
func str(m map[string]any, keys ...string) string {
	for _, k := range keys {
		switch x := m[k].(type) {
		case string:
			if x != "" {
				return x
			}
		case json.Number:
			return x.String()
		case map[string]any:
			if s := str(x, "name", "uniqName"); s != "" {
				return s
			}
		}
	}
	return ""
}

// platformTime reads a time the platform wrote in UTC ("2006-01-02 15:04:05" or RFC 3339).
func platformTime(m map[string]any, keys ...string) (time.Time, bool) {
	for _, k := range keys {
		switch x := m[k].(type) {
		case string:
			if t, err := jelastic.ParseTime(x); err == nil {
				return t.Time, true
			}
		case json.Number:
			if ms, err := x.Int64(); err == nil && ms > 0 {
				return time.UnixMilli(ms).UTC(), true
			}
		}
	}
	return time.Time{}, false
}

// cents rounds an amount to the cent for the answer; sums are made before rounding.
func cents(x float64) float64 { return math.Round(x*100) / 100 }

func ratio(part, whole float64) float64 {
	if whole == 0 {
		return 0
	}
	return math.Round(part/whole*10000) / 10000
}

// money writes an amount with its currency for people.
func money(x float64, code string) string {
	if code == currency.Unknown {
		code = ""
	}
	return say.InCurrency(strconv.FormatFloat(cents(x), 'f', 2, 64)+" "+say.CurrencyMark, code)
}

func pct(share float64) string {
	return strconv.FormatFloat(share*100, 'f', 0, 64) + "%"
}

func rfc(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// currency is the code the platform bills in, as the raw answers name it: learned once per
// credentials (internal/currency, the server's cache when the context carries it), else the
// "currency" field of an answer already read, else currency.Unknown.
func (r *reader) currency(ctx context.Context, seen ...map[string]any) string {
	r.mu.Lock()
	r.used[billing.GetPlatformCurrency.FullName()] = true
	r.mu.Unlock()
	if code, ok := currency.Lookup(ctx, r.c); ok {
		return code
	}
	for _, it := range seen {
		if s := str(it, "currency"); s != "" {
			return s
		}
	}
	return currency.Unknown
}

// account is what the answers need of a billing account.
type account struct {
	UID     int
	Name    string
	Email   string
	Status  string
	Group   string
	Balance float64
	Bonus   float64
	Created time.Time
}

func accountOf(m map[string]any) account {
	uid, _ := num(m, "uid", "id")
	bal, _ := num(m, "balance")
	bonus, _ := num(m, "bonus", "bonusBalance")
	a := account{UID: int(uid), Name: str(m, "name", "fullName"), Email: str(m, "email", "login"),
		Status: str(m, "statusName", "status"), Group: str(m, "group", "groupName"), Balance: bal, Bonus: bonus}
	if s, ok := m["status"].(json.Number); ok && a.Status == s.String() {
		if n, err := s.Int64(); err == nil && statusNames[int(n)] != "" {
			a.Status = statusNames[int(n)]
		}
	}
	a.Created, _ = platformTime(m, "createdOn", "created", "createDate")
	return a
}

// statusNames are the account statuses of the API reference (Account.GetAccount "status").
var statusNames = map[int]string{1: "ACTIVE", 2: "SUSPENDED", 3: "DEACTIVATED", 4: "DESTROYED"}

func (a account) label() string {
	switch {
	case a.Name != "" && a.Email != "":
		return fmt.Sprintf("%s <%s> (uid %d)", a.Name, a.Email, a.UID)
	case a.Email != "":
		return fmt.Sprintf("%s (uid %d)", a.Email, a.UID)
	}
	return fmt.Sprintf("uid %d", a.UID)
}

// me is the caller's own account.
func (r *reader) me(ctx context.Context) (account, error) {
	f, err := fetch(ctx, r, billing.GetAccount, &billing.GetAccountParams{})
	if err != nil {
		return account{}, err
	}
	if obj, ok := f["object"].(map[string]any); ok {
		f = obj
	}
	return accountOf(f), nil
}

// pageSize is how many accounts one GetAccounts request asks for.
const pageSize = 500

// maxAccounts bounds how many accounts an answer reads.
const maxAccounts = 20000

// accounts lists every account the caller may see (admins), page by page. cut reports that
// more exist than maxAccounts.
func (r *reader) accounts(ctx context.Context) (all []account, cut bool, err error) {
	for start := 0; start < maxAccounts; start += pageSize {
		n := pageSize
		f, err := fetch(ctx, r, billing.GetAccounts, &billing.GetAccountsParams{StartRow: &start, ResultCount: &n})
		if err != nil {
			return nil, false, err
		}
		page := listOf(f)
		for _, it := range page {
			all = append(all, accountOf(it))
		}
		total, hasTotal := num(f, "totalCount", "total")
		if len(page) < pageSize || (hasTotal && float64(len(all)) >= total) {
			return all, false, nil
		}
	}
	return all, true, nil
}

// resolveAccount turns what a person typed (a uid, an e-mail, a name) into one account.
// An empty text is the caller. self is filled when it had to be read.
func (r *reader) resolveAccount(ctx context.Context, text string) (target account, self bool, err error) {
	me, err := r.me(ctx)
	if err != nil {
		return account{}, false, err
	}
	text = strings.TrimSpace(text)
	if text == "" || strings.EqualFold(text, "me") || strings.EqualFold(text, "self") {
		return me, true, nil
	}
	if uid, err := strconv.Atoi(text); err == nil {
		if uid == me.UID {
			return me, true, nil
		}
		if uid <= 0 {
			return account{}, false, inputErrorf("argument \"uid\": %d is not a user ID; IDs are positive, e.g. 1001.", uid)
		}
		return account{UID: uid}, false, nil
	}
	all, _, err := r.accounts(ctx)
	if err != nil {
		return account{}, false, fmt.Errorf("looking up the account %q needs the account list: %w", text, err)
	}
	matches := matchAccounts(all, text)
	switch len(matches) {
	case 0:
		return account{}, false, inputErrorf("no account matches %q by name or e-mail; pass its numeric uid, or search with billing_find_accounts.", text)
	case 1:
		return matches[0], matches[0].UID == me.UID, nil
	}
	var names []string
	for i, a := range matches {
		if i == 5 {
			names = append(names, fmt.Sprintf("and %d more", len(matches)-5))
			break
		}
		names = append(names, a.label())
	}
	return account{}, false, inputErrorf("%q matches %d accounts: %s. Pass the uid of the one you mean.", text, len(matches), strings.Join(names, "; "))
}

// matchAccounts finds accounts by exact e-mail, else by a name or e-mail containing the text.
func matchAccounts(all []account, text string) []account {
	q := strings.ToLower(strings.TrimSpace(text))
	var exact, partial []account
	for _, a := range all {
		name, email := strings.ToLower(a.Name), strings.ToLower(a.Email)
		switch {
		case email == q || name == q:
			exact = append(exact, a)
		case strings.Contains(name, q) || strings.Contains(email, q):
			partial = append(partial, a)
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return partial
}

// parallelCalls bounds the platform requests one answer has in flight at a time.
const parallelCalls = 4

// inParallel runs fn for 0..n-1, parallelCalls at a time; the first error stops the rest.
func inParallel(ctx context.Context, n int, fn func(ctx context.Context, i int) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	slots := make(chan struct{}, parallelCalls)
	for i := range n {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		wg.Add(1)
		go func(i int) {
			defer func() { <-slots; wg.Done() }()
			if err := fn(ctx, i); err != nil {
				once.Do(func() { first = err; cancel() })
			}
		}(i)
	}
	wg.Wait()
	if first == nil && ctx.Err() != nil {
		first = ctx.Err()
	}
	return first
}
