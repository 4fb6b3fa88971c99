package jelastic_test

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/billing"
)

func TestDecodeReadsWhatThePlatformReads(t *testing.T) {
	form := url.Values{"uid": {"7"}, "amount": {"12.5"}, "isBonus": {"TRUE"}, "note": {""}, "stray": {"x"}}
	p, err := jelastic.Decode[billing.FundAccountParams](form)
	if err != nil {
		t.Fatal(err)
	}
	if p.UID != 7 || p.Amount != 12.5 || p.IsBonus == nil || !*p.IsBonus || p.Note == nil || *p.Note != "" {
		t.Errorf("decoded %+v", p)
	}

	// Absent optionals stay absent unless they have a default; lists drop blanks.
	h, err := jelastic.Decode[billing.GetAccountBillingHistoryByPeriodParams](url.Values{
		"startTime": {"2024-04-01 10:20:30"}, "endTime": {"2024-04-02"}})
	if err != nil {
		t.Fatal(err)
	}
	if !h.StartTime.Equal(time.Date(2024, 4, 1, 10, 20, 30, 0, time.UTC)) || !h.EndTime.Equal(jelastic.Date(2024, 4, 2).Time) {
		t.Errorf("times %v %v", h.StartTime, h.EndTime)
	}
	if h.Period == nil || *h.Period != jelastic.PeriodDay || h.TargetAppID != nil || h.TimeOffset != nil {
		t.Errorf("defaults and absent optionals: %+v", h)
	}
	g, err := jelastic.Decode[billing.ChangeGroupParams](url.Values{"groupName": {"b"}, "uids": {" 1, ,2 "}})
	if err != nil || len(g.UIDs) != 2 || g.UIDs[0] != "1" || g.UIDs[1] != "2" {
		t.Errorf("list: %+v %v", g, err)
	}
}

func TestDecodeNamesTheParameterItCannotRead(t *testing.T) {
	cases := []struct {
		form    url.Values
		wire    string
		missing bool
		text    string
	}{
		{url.Values{"amount": {"1"}}, "uid", true, "parameter [uid] is required"},
		{url.Values{"uid": {""}, "amount": {"1"}}, "uid", true, "parameter [uid] is required"},
		{url.Values{"uid": {"seven"}, "amount": {"1"}}, "uid", false, `"seven" is not an integer`},
		{url.Values{"uid": {"7"}, "amount": {"NaN"}}, "amount", false, "is not a number"},
		{url.Values{"uid": {"7"}, "amount": {"1"}, "isBonus": {"yes"}}, "isBonus", false, "not a boolean"},
	}
	for _, c := range cases {
		_, err := jelastic.Decode[billing.FundAccountParams](c.form)
		var pe *jelastic.ParamError
		if !errors.As(err, &pe) || pe.Field.Wire != c.wire || pe.Missing != c.missing || !strings.Contains(err.Error(), c.text) {
			t.Errorf("%v: error %v, want one about %s containing %q", c.form, err, c.wire, c.text)
		}
	}
}
