// Package currency learns the currency a platform bills in, once per set of credentials, so
// that answers and previews can name it next to their amounts without asking each time.
package currency

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

// Unknown stands where the currency would when the platform did not say which it is.
const Unknown = "the platform currency (pricing_get_platform_currency names it)"

const (
	// keep is how long a learned currency is trusted: a platform changes its currency
	// rarely, if ever, but a long-running server should notice in the end.
	keep = time.Hour
	// retry is how long a failure to learn it stands before the platform is asked again, so
	// a platform that will not say costs one extra request a minute, not one per answer.
	retry = time.Minute
	// maxKeys bounds the remembered credentials; past it the oldest entry goes.
	maxKeys = 1024
)

// Cache remembers the currency per set of credentials. The zero value is not usable; use New.
type Cache struct {
	fixed   string // set by the operator: never asked of the platform
	mu      sync.Mutex
	entries map[string]*entry
	now     func() time.Time
}

type entry struct {
	ready chan struct{} // closed once code and until are set
	code  string        // "" when the platform did not say
	until time.Time
	born  time.Time
}

// New is an empty cache.
func New() *Cache { return &Cache{entries: map[string]*entry{}, now: time.Now} }

// Fixed is a cache that knows the currency already (the operator named it) and never asks.
func Fixed(code string) *Cache { return &Cache{fixed: strings.ToUpper(code)} }

// Valid checks a currency code an operator gives.
func Valid(code string) error {
	if !isCode(code) {
		return fmt.Errorf("%q is not a currency code; use three letters, e.g. USD or EUR", code)
	}
	return nil
}

// Of is the currency code the platform of c bills the credentials key in, learned with at
// most one request per key at a time; ok is false when the platform does not say (the
// request failed or its answer names no currency). Concurrent callers with the same key
// wait for the first one's answer.
func (c *Cache) Of(ctx context.Context, caller jelastic.Caller, key string) (code string, ok bool) {
	if c.fixed != "" {
		return c.fixed, true
	}
	now := c.now()
	c.mu.Lock()
	e := c.entries[key]
	if e != nil {
		select {
		case <-e.ready:
			if now.After(e.until) {
				e = nil
			}
		default:
		}
	}
	if e == nil {
		e = &entry{ready: make(chan struct{}), born: now}
		c.evict()
		c.entries[key] = e
		c.mu.Unlock()
		code, err := Learn(ctx, caller)
		e.code, e.until = code, c.now().Add(keep)
		if err != nil {
			e.until = c.now().Add(retry)
			if ctx.Err() != nil {
				e.until = time.Time{} // the caller gave up; the next one asks again
			}
		}
		close(e.ready)
		return code, code != ""
	}
	c.mu.Unlock()
	select {
	case <-e.ready:
		return e.code, e.code != ""
	case <-ctx.Done():
		return "", false
	}
}

// evict makes room for one more entry (c.mu held).
func (c *Cache) evict() {
	if len(c.entries) < maxKeys {
		return
	}
	var oldest string
	for k, e := range c.entries {
		if oldest == "" || e.born.Before(c.entries[oldest].born) {
			oldest = k
		}
	}
	delete(c.entries, oldest)
}

// Learn asks the platform which currency it bills in: Pricing.GetPlatformCurrency, and
// ServicePlan.GetCurrency when the platform refuses that (some refuse it to end users).
func Learn(ctx context.Context, caller jelastic.Caller) (string, error) {
	resp, err := caller.Call(ctx, billing.GetPlatformCurrency.Method, &billing.GetPlatformCurrencyParams{})
	var apiErr *jelastic.APIError
	if errors.As(err, &apiErr) {
		resp, err = caller.Call(ctx, billing.GetCurrency.Method, &billing.GetCurrencyParams{})
	}
	if err != nil {
		return "", err
	}
	if code := codeIn(resp.Fields); code != "" {
		return code, nil
	}
	return "", errors.New("the platform's answer names no currency")
}

// codeIn finds an ISO 4217 code in an answer: {"code": "USD"}, {"currency": "USD"}, or the
// same inside "object" or "response".
func codeIn(f map[string]any) string {
	for _, k := range []string{"code", "currency", "currencyCode"} {
		if s, ok := f[k].(string); ok && isCode(s) {
			return strings.ToUpper(s)
		}
	}
	for _, k := range []string{"object", "response", "currency"} {
		if inner, ok := f[k].(map[string]any); ok {
			if s := codeIn(inner); s != "" {
				return s
			}
		}
	}
	return ""
}

// isCode reports whether s looks like a currency code: three letters.
func isCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}

// Note is what an answer says about the currency of its amounts: the code, or Unknown.
func Note(code string, ok bool) string {
	if ok {
		return code
	}
	return Unknown
}

type ctxKey struct{}

type scoped struct {
	cache *Cache
	key   string
}

// NewContext makes c, for the credentials key, where Lookup finds the currency in ctx.
func NewContext(ctx context.Context, c *Cache, key string) context.Context {
	return context.WithValue(ctx, ctxKey{}, scoped{c, key})
}

// Lookup is the currency of the platform behind caller: from the cache in ctx (see
// NewContext), else asked of the platform.
func Lookup(ctx context.Context, caller jelastic.Caller) (string, bool) {
	if s, ok := ctx.Value(ctxKey{}).(scoped); ok {
		return s.cache.Of(ctx, caller, s.key)
	}
	code, err := Learn(ctx, caller)
	return code, err == nil
}
