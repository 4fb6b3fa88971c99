package jelastic

import (
	"regexp"
	"strings"
	"testing"
)

// snakeByRegexp is the rule snake follows, written as the two regular expressions it
// replaced: the test holds the loop to them.
func snakeByRegexp(s string) string {
	s = regexp.MustCompile(`([A-Z]+)([A-Z][a-z])`).ReplaceAllString(s, "${1}_${2}")
	return strings.ToLower(regexp.MustCompile(`([a-z0-9])([A-Z])`).ReplaceAllString(s, "${1}_${2}"))
}

func TestSnake(t *testing.T) {
	for in, want := range map[string]string{
		"GetAccountBillingHistoryByPeriod": "get_account_billing_history_by_period",
		"GroupQuota":                       "group_quota",
		"GetUIDByEmail":                    "get_uid_by_email",
		"ChargeAccountByUid":               "charge_account_by_uid",
		"Get2FAStatus":                     "get2_fa_status",
		"SMS":                              "sms",
		"":                                 "",
	} {
		if got := snake(in); got != want {
			t.Errorf("snake(%q) = %q, want %q", in, got, want)
		}
	}
	// Every string of up to six characters over an alphabet with each class of character.
	const alphabet = "aBC1_"
	var walk func(prefix string)
	n := 0
	walk = func(prefix string) {
		if got, want := snake(prefix), snakeByRegexp(prefix); got != want {
			t.Fatalf("snake(%q) = %q, the rule gives %q", prefix, got, want)
		}
		n++
		if len(prefix) == 6 {
			return
		}
		for i := range alphabet {
			walk(prefix + alphabet[i:i+1])
		}
	}
	walk("")
	if n != 19531 {
		t.Fatalf("checked %d strings, want 19531", n)
	}
}
