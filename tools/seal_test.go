package tools

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"testing"
	"time"
)

// TestSealExpiresAfterFiveMinutes: a state opens just before its expiry and not at it, and a
// replica with the same key opens it while one with another key does not.
func TestSealExpiresAfterFiveMinutes(t *testing.T) {
	key := []byte(strings.Repeat("k", minSealKeyBytes))
	a, _ := newSealer(key)
	b, _ := newSealer(key)
	other, _ := newSealer(nil)
	bound := sealFor{tool: "account_fund_account", args: "amount=50&uid=1234", who: "w"}
	now := time.Unix(1_800_000_000, 0)
	state, err := a.seal(bound, now)
	if err != nil {
		t.Fatal(err)
	}
	if err := other.open(state, bound, now); err != errSealForged {
		t.Fatalf("another key: %v", err)
	}
	if err := b.open(state, bound, now.Add(sealTTL)); err != errSealExpired {
		t.Fatalf("at expiry: %v", err)
	}
	if err := b.open(state, bound, now.Add(sealTTL-time.Second)); err != nil {
		t.Fatalf("same key, just in time: %v", err)
	}
	if err := b.open(state, bound, now.Add(time.Second)); err != errSealUsed {
		t.Fatalf("second use: %v", err)
	}
}

func TestParseSealKey(t *testing.T) {
	raw := []byte(strings.Repeat("\x01\xfe", 16))
	for _, s := range []string{hex.EncodeToString(raw), base64.StdEncoding.EncodeToString(raw), base64.RawURLEncoding.EncodeToString(raw)} {
		if k, err := ParseSealKey(s); err != nil || string(k) != string(raw) {
			t.Errorf("%q: %v", s, err)
		}
	}
	for s, want := range map[string]string{
		"":                           "empty",
		hex.EncodeToString(raw[:31]): "31 bytes",
		"not a key at all!":          "neither hex nor base64",
	} {
		if _, err := ParseSealKey(s); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want it to say %q", s, err, want)
		}
	}
}

// TestSpentSealsStayBounded: the memory of spent seals stops at maxUsedSeals, refusing more
// until the oldest expire, and then takes new ones again.
func TestSpentSealsStayBounded(t *testing.T) {
	s, _ := newSealer(nil)
	bound := sealFor{tool: "t", args: "a", who: "w"}
	now := time.Unix(1_800_000_000, 0)
	for range maxUsedSeals {
		state, _ := s.seal(bound, now)
		if err := s.open(state, bound, now); err != nil {
			t.Fatal(err)
		}
	}
	state, _ := s.seal(bound, now)
	if err := s.open(state, bound, now); err != errSealBusy {
		t.Fatalf("past the bound: %v", err)
	}
	later := now.Add(sealTTL)
	state, _ = s.seal(bound, later)
	if err := s.open(state, bound, later); err != nil || len(s.used) != 1 {
		t.Fatalf("after the old ones expired: %v, %d remembered", err, len(s.used))
	}
}
