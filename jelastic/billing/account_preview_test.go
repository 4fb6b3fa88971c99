package billing

import (
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

func accountTestPtr[T any](v T) *T { return &v }

// TestAccountPreviews calls the Preview of every destructive Account method with a filled
// parameter struct and checks that the sentence names the target and the amounts.
func TestAccountPreviews(t *testing.T) {
	tests := []struct {
		method  jelastic.Method
		params  any
		want    []string
		notWant []string
	}{
		{ChangeEmail.Method, &ChangeEmailParams{Login: "ann@example.com", Email: "ann@new.example"},
			[]string{`"ann@example.com"`, `"ann@new.example"`}, nil},
		{ChangeGroup.Method, &ChangeGroupParams{GroupName: "billing", UIDs: jelastic.List{"12", "34"}, SendEmail: accountTestPtr(true), Template: accountTestPtr("welcome")},
			[]string{"users 12, 34", `group "billing"`, "e-mail them", `"welcome"`}, nil},
		{ChangeGroup.Method, &ChangeGroupParams{GroupName: "trial", SendEmail: accountTestPtr(false), Template: accountTestPtr("welcome")},
			[]string{"no uids given", `group "trial"`}, []string{"e-mail", "welcome"}},
		{ChargeAccountByUid.Method, &ChargeAccountByUidParams{UID: 1234, Amount: 12.5, Description: "extra IP", EnvName: accountTestPtr("shop")},
			[]string{"Charge 12.50 ¤", "user 1234", `"extra IP"`, `environment "shop"`}, nil},
		{ChargeAccountByUid.Method, &ChargeAccountByUidParams{UID: 7, Amount: 0.0001, Description: "x"},
			[]string{"Charge 0.0001 ¤", "user 7"}, []string{"environment", "e-"}},
		{ConvertToCommercial.Method, &ConvertToCommercialParams{Customer: jelastic.Object{"name": "Ann", "country": "DE"}},
			[]string{"commercial", "country, name"}, []string{"Ann", "DE"}},
		{ConvertToCommercialAndPay.Method, &ConvertToCommercialAndPayParams{Customer: jelastic.Object{"name": "Ann"}, PayMethodType: "card", ServicePlanID: 7,
			AutoServicePlanID: accountTestPtr(8), AutoRefillMainBalance: accountTestPtr(10), AutoRefillPeriod: accountTestPtr("MONTH")},
			[]string{"service plan 7", `"card"`, "plan 8", "under 10.00 ¤", "MONTH", "fields: name"}, []string{"Ann"}},
		{ConvertToTrial.Method, &ConvertToTrialParams{Template: "back-to-trial", UIDs: jelastic.List{"5", "6"}, Bonus: accountTestPtr(20.0), Count: accountTestPtr(2),
			StartTime: accountTestPtr(jelastic.Date(2024, 4, 1)), EndTime: accountTestPtr(jelastic.Date(2024, 5, 1))},
			[]string{"users 5, 6", "to trial", "bonus of 20.00 ¤", "at most 2", "2024-04-01 00:00:00 UTC", "2024-05-01 00:00:00 UTC", `"back-to-trial"`}, nil},
		{FundAccount.Method, &FundAccountParams{UID: 1234, Amount: 50, Note: accountTestPtr("refund")},
			[]string{"Add 50.00 ¤", "main balance", "user 1234", `note "refund"`}, []string{"bonus"}},
		{FundAccount.Method, &FundAccountParams{UID: 99, Amount: 2.75, IsBonus: accountTestPtr(true)},
			[]string{"Add 2.75 ¤", "bonus balance", "user 99"}, []string{"note"}},
		{FundAndActivateAccount.Method, &FundAndActivateAccountParams{UID: 1234, Amount: 100, Note: accountTestPtr("first payment")},
			[]string{"Add 100.00 ¤", "main balance", "user 1234", "activate", `"first payment"`}, nil},
		{ResetTestAccounts.Method, &ResetTestAccountsParams{},
			[]string{"Reset", "test account"}, nil},
		{SetAccountStatus.Method, &SetAccountStatusParams{UID: 1234, Status: 2},
			[]string{"user 1234", "code 2", "shuts down"}, nil},
		{SetBillingInfo.Method, &SetBillingInfoParams{Customer: jelastic.Object{"address": "Main St 1", "vat": "DE123"}},
			[]string{"Replace", "address, vat", "lost"}, []string{"Main St", "DE123"}},
		{SetGroup.Method, &SetGroupParams{UID: 1234, GroupName: "billing", ResetBalance: accountTestPtr(true), ResetBonus: accountTestPtr(true)},
			[]string{"user 1234", `group "billing"`, "main balance to zero", "bonus balance to zero"}, nil},
		{SetGroup.Method, &SetGroupParams{UID: 55, GroupName: "beta", ResetBalance: accountTestPtr(false)},
			[]string{"user 55", `group "beta"`}, []string{"zero"}},
		{SurchargeAccounts.Method, &SurchargeAccountsParams{StartDate: jelastic.Date(2024, 4, 1), EndDate: jelastic.Date(2024, 4, 30)},
			[]string{"Surcharge all accounts", "2024-04-01 through 2024-04-30"}, nil},
		{SuspendUser.Method, &SuspendUserParams{UID: 1234},
			[]string{"Suspend user 1234", "sign in"}, nil},
		{UnfundAccount.Method, &UnfundAccountParams{UID: 1234, Amount: 50, IsBonus: accountTestPtr(true), Note: accountTestPtr("chargeback")},
			[]string{"Take 50.00 ¤ off", "bonus balance", "user 1234", `note "chargeback"`}, []string{"main"}},
		{UnfundAccount.Method, &UnfundAccountParams{UID: 8, Amount: 1e6},
			[]string{"Take 1000000.00 ¤ off", "main balance", "user 8"}, []string{"e+", "note"}},
		{WithdrawAccounts.Method, &WithdrawAccountsParams{StartDate: jelastic.Date(2024, 3, 1), EndDate: jelastic.Date(2024, 3, 31)},
			[]string{"Charge all accounts", "2024-03-01 through 2024-03-31"}, nil},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		name := tt.method.FullName()
		covered[name] = true
		if !tt.method.HasPreview() {
			t.Errorf("%s: no Preview", name)
			continue
		}
		got := tt.method.Preview(tt.params)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s preview %q: missing %q", name, got, w)
			}
		}
		for _, w := range tt.notWant {
			if strings.Contains(got, w) {
				t.Errorf("%s preview %q: should not contain %q", name, got, w)
			}
		}
		if !strings.HasSuffix(got, ".") || strings.Count(got, ". ") > 0 {
			t.Errorf("%s preview %q: want one sentence ending in a full stop", name, got)
		}
	}
	// Every destructive Account method has a preview and a case above; no other has one.
	for _, m := range methodsOf("Account") {
		switch {
		case m.Effect == jelastic.Destructive && !covered[m.FullName()]:
			t.Errorf("%s is destructive but has no preview test case", m.FullName())
		case m.Effect != jelastic.Destructive && m.HasPreview():
			t.Errorf("%s is %s but has a Preview", m.FullName(), m.Effect)
		}
	}
}
