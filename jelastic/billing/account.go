package billing

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// AddAccountParams are the arguments of Account.AddAccount.
type AddAccountParams struct {
	UID int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the existing user to open a trial account for."`
}

// AddAccount is Account.AddAccount.
var AddAccount = jelastic.Method{Service: "Account", Name: "AddAccount", Path: "billing/account/rest/addaccount", Effect: jelastic.Write,
	Summary: "Open a trial billing account for an existing user ID; the new account starts in the trial group. Hoster admin only.",
	Params:  AddAccountParams{}}

// ChangeEmailParams are the arguments of Account.ChangeEmail.
type ChangeEmailParams struct {
	Login string `json:"login" wire:"login" jsonschema:"required" jsonschema_description:"Current login (e-mail) of the user, e.g. ann@example.com."`
	Email string `json:"email" wire:"email" jsonschema:"required" jsonschema_description:"New e-mail address that becomes the login."`
}

// ChangeEmail is Account.ChangeEmail.
var ChangeEmail = jelastic.Method{Service: "Account", Name: "ChangeEmail", Path: "billing/account/rest/changeemail", Effect: jelastic.Destructive,
	Summary: "Replace the e-mail address a user signs in with; the user is found by current login. Hoster admin only.",
	Preview: func(p any) string {
		a := p.(*ChangeEmailParams)
		return fmt.Sprintf("Change the login e-mail of user %s to %s.", accountQuote(a.Login), accountQuote(a.Email))
	},
	Params: ChangeEmailParams{}}

// ChangeGroupParams are the arguments of Account.ChangeGroup.
type ChangeGroupParams struct {
	GroupName string        `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the billing group to move the users to, e.g. billing."`
	UIDs      jelastic.List `json:"uids,omitempty" wire:"uids" jsonschema_description:"IDs of the users to move, as strings, e.g. 1234."`
	SendEmail *bool         `json:"send_email,omitempty" wire:"sendEmail" jsonschema:"default=false" jsonschema_description:"true: notify each moved user by e-mail."`
	Template  *string       `json:"template,omitempty" wire:"template" jsonschema_description:"Name of the e-mail template for the notification."`
}

// ChangeGroup is Account.ChangeGroup.
var ChangeGroup = jelastic.Method{Service: "Account", Name: "ChangeGroup", Path: "billing/account/rest/changegroup", Effect: jelastic.Destructive,
	Summary: "Move users to another billing group, which changes their prices and quotas; can e-mail them. Hoster admin only.",
	Preview: func(p any) string {
		a := p.(*ChangeGroupParams)
		who := "users (no uids given)"
		if len(a.UIDs) > 0 {
			who = "users " + accountJoin(a.UIDs)
		}
		s := fmt.Sprintf("Move %s to billing group %s", who, accountQuote(a.GroupName))
		if a.SendEmail != nil && *a.SendEmail {
			s += " and e-mail them"
			if a.Template != nil {
				s += " with template " + accountQuote(*a.Template)
			}
		}
		return s + "."
	},
	Params: ChangeGroupParams{}}

// ChangePhoneNumberParams are the arguments of Account.ChangePhoneNumber.
type ChangePhoneNumberParams struct {
	Login  string `json:"login" wire:"login" jsonschema:"required" jsonschema_description:"Login (e-mail) of the user, e.g. ann@example.com."`
	Number string `json:"number" wire:"number" jsonschema:"required" jsonschema_description:"New phone number, international format, e.g. +15551234567."`
}

// ChangePhoneNumber is Account.ChangePhoneNumber.
var ChangePhoneNumber = jelastic.Method{Service: "Account", Name: "ChangePhoneNumber", Path: "billing/account/rest/changephonenumber", Effect: jelastic.Write,
	Summary: "Set a new phone number on a user's account; the user is found by login. Hoster admin only.",
	Params:  ChangePhoneNumberParams{}}

// ChargeAccountByUidParams are the arguments of Account.ChargeAccountByUid.
type ChargeAccountByUidParams struct {
	UID         int     `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the target user (numeric uid), e.g. 1234."`
	Amount      float64 `json:"amount" wire:"amount" jsonschema:"required,exclusiveMinimum=0" jsonschema_description:"Amount in the platform currency, e.g. 50 or 12.5."`
	Description string  `json:"description" wire:"description" jsonschema:"required" jsonschema_description:"Reason for the charge, shown in the user's history."`
	EnvName     *string `json:"env_name,omitempty" wire:"envName" jsonschema_description:"Name of the environment the charge belongs to."`
}

// ChargeAccountByUid is Account.ChargeAccountByUid.
var ChargeAccountByUid = jelastic.Method{Service: "Account", Name: "ChargeAccountByUid", Path: "billing/account/rest/chargeaccountbyuid", Effect: jelastic.Destructive,
	Summary: "Take an amount of money off a user's balance, with a reason, optionally tied to an environment. Hoster admin only.",
	Preview: func(p any) string {
		a := p.(*ChargeAccountByUidParams)
		s := fmt.Sprintf("Charge %s from the balance of user %d for %s", accountAmount(a.Amount), a.UID, accountQuote(a.Description))
		if a.EnvName != nil {
			s += ", environment " + accountQuote(*a.EnvName)
		}
		return s + "."
	},
	Params: ChargeAccountByUidParams{}}

// ConvertToCommercialParams are the arguments of Account.ConvertToCommercial.
type ConvertToCommercialParams struct {
	Customer jelastic.Object `json:"customer" wire:"customer" jsonschema:"required" jsonschema_description:"Customer billing details (JSON object): name, address, country, etc."`
}

// ConvertToCommercial is Account.ConvertToCommercial.
var ConvertToCommercial = jelastic.Method{Service: "Account", Name: "ConvertToCommercial", Path: "billing/account/rest/converttocommercial", Effect: jelastic.Destructive,
	Summary: "Turn the caller's trial account into a paying (commercial) one by registering it with the external billing system.",
	Preview: func(p any) string {
		a := p.(*ConvertToCommercialParams)
		return fmt.Sprintf("Register the caller's trial account as commercial in the external billing system, customer fields: %s.", accountKeys(a.Customer))
	},
	Params: ConvertToCommercialParams{}}

// ConvertToCommercialAndPayParams are the arguments of Account.ConvertToCommercialAndPay.
type ConvertToCommercialAndPayParams struct {
	Customer              jelastic.Object `json:"customer" wire:"customer" jsonschema:"required" jsonschema_description:"Customer billing details (JSON object): name, address, country, etc."`
	PayMethodType         string          `json:"pay_method_type" wire:"payMethodType" jsonschema:"required" jsonschema_description:"Payment method type, one of PayMethod.GetValidPayTypes."`
	ServicePlanID         int             `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"ID of the service plan to pay for now."`
	AutoServicePlanID     *int            `json:"auto_service_plan_id,omitempty" wire:"autoServicePlanId" jsonschema_description:"ID of the service plan bought on each automatic refill."`
	AutoRefillMainBalance *int            `json:"auto_refill_main_balance,omitempty" wire:"autoRefillMainBalance" jsonschema_description:"Main-balance level that triggers an automatic refill."`
	AutoRefillPeriod      *string         `json:"auto_refill_period,omitempty" wire:"autoRefillPeriod" jsonschema_description:"How often automatic refills may run: WEEK or MONTH."`
}

// ConvertToCommercialAndPay is Account.ConvertToCommercialAndPay.
var ConvertToCommercialAndPay = jelastic.Method{Service: "Account", Name: "ConvertToCommercialAndPay", Path: "billing/account/rest/converttocommercialandpay", Effect: jelastic.Destructive,
	Summary: "Make the caller's trial account commercial and pay a service plan at once with the chosen payment method.",
	Preview: func(p any) string {
		a := p.(*ConvertToCommercialAndPayParams)
		s := fmt.Sprintf("Make the caller's account commercial (customer fields: %s) and pay service plan %d with pay method %s", accountKeys(a.Customer), a.ServicePlanID, accountQuote(a.PayMethodType))
		if a.AutoServicePlanID != nil {
			s += fmt.Sprintf("; auto-buy plan %d", *a.AutoServicePlanID)
		}
		if a.AutoRefillMainBalance != nil {
			s += fmt.Sprintf("; refill when the main balance is under %d", *a.AutoRefillMainBalance)
		}
		if a.AutoRefillPeriod != nil {
			s += "; refill period " + *a.AutoRefillPeriod
		}
		return s + "."
	},
	Params: ConvertToCommercialAndPayParams{}}

// ConvertToTrialParams are the arguments of Account.ConvertToTrial.
type ConvertToTrialParams struct {
	Template  string         `json:"template" wire:"template" jsonschema:"required" jsonschema_description:"Name of the e-mail template sent to converted users."`
	UIDs      jelastic.List  `json:"uids,omitempty" wire:"uids" jsonschema_description:"IDs of the users to convert, as strings."`
	StartTime *jelastic.Time `json:"start_time,omitempty" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema_description:"Start of the period that selects accounts (inclusive)."`
	EndTime   *jelastic.Time `json:"end_time,omitempty" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema_description:"End of the period that selects accounts (exclusive)."`
	Start     *int           `json:"start,omitempty" wire:"start" jsonschema_description:"Index of the first matching account to convert (0-based)."`
	Count     *int           `json:"count,omitempty" wire:"count" jsonschema_description:"Maximum number of accounts to convert."`
	Bonus     *float64       `json:"bonus,omitempty" wire:"bonus" jsonschema_description:"Bonus credit given to each converted account, e.g. 10."`
}

// ConvertToTrial is Account.ConvertToTrial.
var ConvertToTrial = jelastic.Method{Service: "Account", Name: "ConvertToTrial", Path: "billing/account/rest/converttotrial", Effect: jelastic.Destructive,
	Summary: "Turn paying accounts back into trial accounts, optionally granting a bonus, and e-mail the users. Hoster admin only.",
	Preview: func(p any) string {
		a := p.(*ConvertToTrialParams)
		s := "Convert "
		if len(a.UIDs) > 0 {
			s += "users " + accountJoin(a.UIDs)
		} else {
			s += "the matching paying accounts"
		}
		s += " to trial"
		if a.StartTime != nil || a.EndTime != nil {
			s += fmt.Sprintf(" (period %s to %s)", accountTime(a.StartTime), accountTime(a.EndTime))
		}
		if a.Start != nil {
			s += fmt.Sprintf(", from match %d", *a.Start)
		}
		if a.Count != nil {
			s += fmt.Sprintf(", at most %d accounts", *a.Count)
		}
		if a.Bonus != nil {
			s += ", granting a bonus of " + accountAmount(*a.Bonus)
		}
		return s + ", e-mailing template " + accountQuote(a.Template) + "."
	},
	Params: ConvertToTrialParams{}}

// EnableUserParams are the arguments of Account.EnableUser.
type EnableUserParams struct {
	UID int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the suspended user to enable, e.g. 1234."`
}

// EnableUser is Account.EnableUser.
var EnableUser = jelastic.Method{Service: "Account", Name: "EnableUser", Path: "billing/account/rest/enableuser", Effect: jelastic.Write,
	Summary: "Re-enable a suspended user so they can sign in again. Hoster admin only.",
	Params:  EnableUserParams{}}

// ExportAccountBillingHistoryByPeriodParams are the arguments of Account.ExportAccountBillingHistoryByPeriod.
type ExportAccountBillingHistoryByPeriodParams struct {
	StartTime   jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime     jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Period      *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Bucket size: AGE, YEAR, MONTH, WEEK, DAY or HOUR."`
	TimeOffset  *int             `json:"time_offset,omitempty" wire:"timeOffset" jsonschema_description:"Time-zone offset applied to the buckets, in minutes from UTC."`
	GroupNodes  *bool            `json:"group_nodes,omitempty" wire:"groupNodes" jsonschema:"default=false" jsonschema_description:"true: merge the costs of nodes in the same layer."`
	TargetAppID *string          `json:"target_app_id,omitempty" wire:"targetAppid" jsonschema_description:"Appid of one environment, to report on it alone."`
}

// ExportAccountBillingHistoryByPeriod is Account.ExportAccountBillingHistoryByPeriod.
var ExportAccountBillingHistoryByPeriod = jelastic.Method{Service: "Account", Name: "ExportAccountBillingHistoryByPeriod", Tool: "account_export_billing_history", Path: "billing/account/rest/exportaccountbillinghistorybyperiod", Effect: jelastic.Read,
	Summary: "Create a download link for the caller's billing history over a period, with costs per time bucket.",
	Params:  ExportAccountBillingHistoryByPeriodParams{}}

// ExportEnvBillingHistoryByPeriodParams are the arguments of Account.ExportEnvBillingHistoryByPeriod.
type ExportEnvBillingHistoryByPeriodParams struct {
	StartTime  jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime    jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	TimeOffset int              `json:"time_offset" wire:"timeOffset" jsonschema:"required" jsonschema_description:"Time-zone offset applied to the buckets, in minutes from UTC."`
	Period     *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Bucket size: AGE, YEAR, MONTH, WEEK, DAY or HOUR."`
	GroupNodes *bool            `json:"group_nodes,omitempty" wire:"groupNodes" jsonschema:"default=false" jsonschema_description:"true: merge the costs of nodes in the same layer."`
}

// ExportEnvBillingHistoryByPeriod is Account.ExportEnvBillingHistoryByPeriod.
var ExportEnvBillingHistoryByPeriod = jelastic.Method{Service: "Account", Name: "ExportEnvBillingHistoryByPeriod", Tool: "account_export_env_billing_history", Path: "billing/account/rest/exportenvbillinghistorybyperiod", Effect: jelastic.Read,
	Summary: "Create a download link for an environment's billing history over a period, with costs per time bucket.",
	Params:  ExportEnvBillingHistoryByPeriodParams{}}

// FundAccountParams are the arguments of Account.FundAccount.
type FundAccountParams struct {
	UID     int     `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the target user (numeric uid), e.g. 1234."`
	Amount  float64 `json:"amount" wire:"amount" jsonschema:"required,exclusiveMinimum=0" jsonschema_description:"Amount in the platform currency, e.g. 50 or 12.5."`
	IsBonus *bool   `json:"is_bonus,omitempty" wire:"isBonus" jsonschema:"default=false" jsonschema_description:"true: add to the bonus balance; false: the main balance."`
	Note    *string `json:"note,omitempty" wire:"note" jsonschema_description:"Free-text note saved with the transaction."`
}

// FundAccount is Account.FundAccount.
var FundAccount = jelastic.Method{Service: "Account", Name: "FundAccount", Path: "billing/account/rest/fundaccount", Effect: jelastic.Destructive,
	Summary: "Add money to a user's main or bonus balance and record it in the fund history. Hoster admin only.",
	Preview: func(p any) string {
		a := p.(*FundAccountParams)
		return fmt.Sprintf("Add %s to the %s balance of user %d%s.", accountAmount(a.Amount), accountBalance(a.IsBonus), a.UID, accountNote(a.Note))
	},
	Params: FundAccountParams{}}

// FundAndActivateAccountParams are the arguments of Account.FundAndActivateAccount.
type FundAndActivateAccountParams struct {
	UID    int     `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the target user (numeric uid), e.g. 1234."`
	Amount float64 `json:"amount" wire:"amount" jsonschema:"required,exclusiveMinimum=0" jsonschema_description:"Amount in the platform currency, e.g. 50 or 12.5."`
	Note   *string `json:"note,omitempty" wire:"note" jsonschema_description:"Free-text note saved with the transaction."`
}

// FundAndActivateAccount is Account.FundAndActivateAccount.
var FundAndActivateAccount = jelastic.Method{Service: "Account", Name: "FundAndActivateAccount", Path: "billing/account/rest/fundandactivateaccount", Effect: jelastic.Destructive,
	Summary: "Add money to a user's main balance and activate the account as a paying one. Hoster admin only.",
	Preview: func(p any) string {
		a := p.(*FundAndActivateAccountParams)
		return fmt.Sprintf("Add %s to the main balance of user %d and activate the account%s.", accountAmount(a.Amount), a.UID, accountNote(a.Note))
	},
	Params: FundAndActivateAccountParams{}}

// GetAccountParams are the arguments of Account.GetAccount.
type GetAccountParams struct{}

// GetAccount is Account.GetAccount.
var GetAccount = jelastic.Method{Service: "Account", Name: "GetAccount", Path: "billing/account/rest/getaccount", Effect: jelastic.Read,
	Summary: "Return the caller's own billing account: status, billing group, main and bonus balances.",
	Params:  GetAccountParams{}}

// GetAccountBillingByEngineTypeAndPeriodParams are the arguments of Account.GetAccountBillingByEngineTypeAndPeriod.
type GetAccountBillingByEngineTypeAndPeriodParams struct {
	StartTime   jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime     jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	OwnerUID    *string          `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID of the account owner to report on, e.g. 1234."`
	EngineTypes jelastic.List    `json:"engine_types,omitempty" wire:"engineTypes" jsonschema_description:"Engine types to include, e.g. java, php, nodejs."`
	Period      *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Bucket size: AGE, YEAR, MONTH, WEEK, DAY or HOUR."`
	TimeOffset  *int             `json:"time_offset,omitempty" wire:"timeOffset" jsonschema_description:"Time-zone offset applied to the buckets, in minutes from UTC."`
}

// GetAccountBillingByEngineTypeAndPeriod is Account.GetAccountBillingByEngineTypeAndPeriod.
var GetAccountBillingByEngineTypeAndPeriod = jelastic.Method{Service: "Account", Name: "GetAccountBillingByEngineTypeAndPeriod", Tool: "account_get_billing_by_engine_type", Path: "billing/account/rest/getaccountbillingbyenginetypeandperiod", Effect: jelastic.Read,
	Summary: "List costs over a period per engine type (java, php, ...) and time bucket, in the platform currency.",
	Params:  GetAccountBillingByEngineTypeAndPeriodParams{}}

// GetAccountBillingHistoryByPeriodParams are the arguments of Account.GetAccountBillingHistoryByPeriod.
type GetAccountBillingHistoryByPeriodParams struct {
	StartTime   jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime     jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Period      *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Bucket size: AGE, YEAR, MONTH, WEEK, DAY or HOUR."`
	TimeOffset  *int             `json:"time_offset,omitempty" wire:"timeOffset" jsonschema_description:"Time-zone offset applied to the buckets, in minutes from UTC."`
	GroupNodes  *bool            `json:"group_nodes,omitempty" wire:"groupNodes" jsonschema:"default=false" jsonschema_description:"true: merge the costs of nodes in the same layer."`
	TargetAppID *string          `json:"target_app_id,omitempty" wire:"targetAppid" jsonschema_description:"Appid of one environment, to report on it alone."`
}

// GetAccountBillingHistoryByPeriod is Account.GetAccountBillingHistoryByPeriod.
var GetAccountBillingHistoryByPeriod = jelastic.Method{Service: "Account", Name: "GetAccountBillingHistoryByPeriod", Tool: "account_get_billing_history", Path: "billing/account/rest/getaccountbillinghistorybyperiod", Effect: jelastic.Read,
	Summary: "List the caller's charges over a period, one row per resource and time bucket (date, type, cost, node).",
	Params:  GetAccountBillingHistoryByPeriodParams{}}

// GetAccountsParams are the arguments of Account.GetAccounts.
type GetAccountsParams struct {
	Lebalance      *string `json:"lebalance,omitempty" wire:"lebalance" jsonschema_description:"Only accounts with a balance at or below this amount."`
	OrderField     *string `json:"order_field,omitempty" wire:"orderField" jsonschema_description:"Account field to sort by, e.g. uid."`
	OrderDirection *string `json:"order_direction,omitempty" wire:"orderDirection" jsonschema_description:"Sort order: ASC or DESC."`
	FilterField    *string `json:"filter_field,omitempty" wire:"filterField" jsonschema_description:"Account field to filter on; pair with filter_value."`
	FilterValue    *string `json:"filter_value,omitempty" wire:"filterValue" jsonschema_description:"Value that filter_field must match."`
	StartRow       *int    `json:"start_row,omitempty" wire:"startRow" jsonschema:"minimum=0" jsonschema_description:"Index of the first row to return (0-based)."`
	ResultCount    *int    `json:"result_count,omitempty" wire:"resultCount" jsonschema:"minimum=0" jsonschema_description:"Number of rows to return (0: all)."`
}

// GetAccounts is Account.GetAccounts.
var GetAccounts = jelastic.Method{Service: "Account", Name: "GetAccounts", Path: "billing/account/rest/getaccounts", Effect: jelastic.Read,
	Summary: "List billing accounts with sorting, filtering and paging; rows show user, group, status and balances. Hoster admin only.",
	Params:  GetAccountsParams{}}

// GetAccountsByLimitsParams are the arguments of Account.GetAccountsByLimits.
type GetAccountsByLimitsParams struct {
	Uidslimits jelastic.List `json:"uidslimits" wire:"uidslimits" sep:";" jsonschema:"required" jsonschema_description:"User-ID and balance-limit items; sent joined by semicolons."`
}

// GetAccountsByLimits is Account.GetAccountsByLimits.
var GetAccountsByLimits = jelastic.Method{Service: "Account", Name: "GetAccountsByLimits", Path: "billing/account/rest/getaccountsbylimits", Effect: jelastic.Read,
	Summary: "List accounts whose balance is under per-user limits passed in the call. Hoster admin only.",
	Params:  GetAccountsByLimitsParams{}}

// GetAccountsByPersonalThresholdParams are the arguments of Account.GetAccountsByPersonalThreshold.
type GetAccountsByPersonalThresholdParams struct{}

// GetAccountsByPersonalThreshold is Account.GetAccountsByPersonalThreshold.
var GetAccountsByPersonalThreshold = jelastic.Method{Service: "Account", Name: "GetAccountsByPersonalThreshold", Tool: "account_get_accounts_by_threshold", Path: "billing/account/rest/getaccountsbypersonalthreshold", Effect: jelastic.Read,
	Summary: "List accounts whose balance fell under the reminder level their owners chose. Hoster admin only.",
	Params:  GetAccountsByPersonalThresholdParams{}}

// GetAccountsByUidsParams are the arguments of Account.GetAccountsByUids.
type GetAccountsByUidsParams struct {
	UIDs      jelastic.List `json:"uids" wire:"uids" jsonschema:"required" jsonschema_description:"IDs of the users to look up, as strings, e.g. 1234."`
	Lebalance *string       `json:"lebalance,omitempty" wire:"lebalance" jsonschema_description:"Only accounts with a balance at or below this amount."`
}

// GetAccountsByUids is Account.GetAccountsByUids.
var GetAccountsByUids = jelastic.Method{Service: "Account", Name: "GetAccountsByUids", Path: "billing/account/rest/getaccountsbyuids", Effect: jelastic.Read,
	Summary: "Return the billing accounts of the given user IDs, optionally only those at or below a balance. Hoster admin only.",
	Params:  GetAccountsByUidsParams{}}

// GetAccountsForDeactivationParams are the arguments of Account.GetAccountsForDeactivation.
type GetAccountsForDeactivationParams struct{}

// GetAccountsForDeactivation is Account.GetAccountsForDeactivation.
var GetAccountsForDeactivation = jelastic.Method{Service: "Account", Name: "GetAccountsForDeactivation", Path: "billing/account/rest/getaccountsfordeactivation", Effect: jelastic.Read,
	Summary: "List accounts due for deactivation: trials out of bonus or time, paying ones under the minimum balance. Hoster admin only.",
	Params:  GetAccountsForDeactivationParams{}}

// GetAccountsForDestroyingParams are the arguments of Account.GetAccountsForDestroying.
type GetAccountsForDestroyingParams struct{}

// GetAccountsForDestroying is Account.GetAccountsForDestroying.
var GetAccountsForDestroying = jelastic.Method{Service: "Account", Name: "GetAccountsForDestroying", Path: "billing/account/rest/getaccountsfordestroying", Effect: jelastic.Read,
	Summary: "List accounts inactive for longer than allowed, which are due to be deleted. Hoster admin only.",
	Params:  GetAccountsForDestroyingParams{}}

// GetAggClusterBillingHistoryParams are the arguments of Account.GetAggClusterBillingHistory.
type GetAggClusterBillingHistoryParams struct {
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Interval  int           `json:"interval" wire:"interval" jsonschema:"required" jsonschema_description:"Bucket length in seconds, e.g. 3600 for hourly."`
	SumFields jelastic.List `json:"sum_fields" wire:"sumFields" jsonschema:"required" jsonschema_description:"Names of the billing-record fields to add up per bucket."`
	IsPaid    *bool         `json:"is_paid,omitempty" wire:"isPaid" jsonschema:"default=false" jsonschema_description:"true: count only records that are already paid."`
}

// GetAggClusterBillingHistory is Account.GetAggClusterBillingHistory.
var GetAggClusterBillingHistory = jelastic.Method{Service: "Account", Name: "GetAggClusterBillingHistory", Path: "billing/account/rest/getaggclusterbillinghistory", Effect: jelastic.Read,
	Summary: "Add up platform-wide billing over a period into fixed-length buckets, per chosen field. Hoster admin only.",
	Params:  GetAggClusterBillingHistoryParams{}}

// GetAggExtraBillingHistoryParams are the arguments of Account.GetAggExtraBillingHistory.
type GetAggExtraBillingHistoryParams struct {
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Interval  int           `json:"interval" wire:"interval" jsonschema:"required" jsonschema_description:"Bucket length in seconds, e.g. 86400 for daily."`
	IsPaid    *bool         `json:"is_paid,omitempty" wire:"isPaid" jsonschema:"default=false" jsonschema_description:"true: count only records that are already paid."`
	Type      *string       `json:"type,omitempty" wire:"type" jsonschema_description:"Kind of extra billing item to include."`
	Names     jelastic.List `json:"names,omitempty" wire:"names" jsonschema_description:"Names of the extra billing items to include."`
}

// GetAggExtraBillingHistory is Account.GetAggExtraBillingHistory.
var GetAggExtraBillingHistory = jelastic.Method{Service: "Account", Name: "GetAggExtraBillingHistory", Path: "billing/account/rest/getaggextrabillinghistory", Effect: jelastic.Read,
	Summary: "Add up platform-wide extra billing items over a period into fixed-length buckets, by type or name. Hoster admin only.",
	Params:  GetAggExtraBillingHistoryParams{}}

// GetBillingInfoParams are the arguments of Account.GetBillingInfo.
type GetBillingInfoParams struct{}

// GetBillingInfo is Account.GetBillingInfo.
var GetBillingInfo = jelastic.Method{Service: "Account", Name: "GetBillingInfo", Path: "billing/account/rest/getbillinginfo", Effect: jelastic.Read,
	Summary: "Return the customer details kept for the caller's invoices: name, address, country, tax ID.",
	Params:  GetBillingInfoParams{}}

// GetClusterBillingHistoryParams are the arguments of Account.GetClusterBillingHistory.
type GetClusterBillingHistoryParams struct {
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Interval  *int          `json:"interval,omitempty" wire:"interval" jsonschema_description:"Bucket length in seconds, e.g. 3600 for hourly."`
}

// GetClusterBillingHistory is Account.GetClusterBillingHistory.
var GetClusterBillingHistory = jelastic.Method{Service: "Account", Name: "GetClusterBillingHistory", Path: "billing/account/rest/getclusterbillinghistory", Effect: jelastic.Read,
	Summary: "List platform-wide billing records over a period, optionally in buckets of a given length. Hoster admin only.",
	Params:  GetClusterBillingHistoryParams{}}

// GetCollaborationQuotasParams are the arguments of Account.GetCollaborationQuotas.
type GetCollaborationQuotasParams struct {
	CollaborationID *int          `json:"collaboration_id,omitempty" wire:"collaborationId" jsonschema_description:"ID of the collaboration whose payer's quotas to read."`
	OwnerUID        *int          `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID of the payer (collaboration owner), e.g. 1234."`
	QuotaNames      jelastic.List `json:"quota_names,omitempty" wire:"quotaNames" jsonschema_description:"Quota names to read, e.g. environment.maxcount; omit for all."`
}

// GetCollaborationQuotas is Account.GetCollaborationQuotas.
var GetCollaborationQuotas = jelastic.Method{Service: "Account", Name: "GetCollaborationQuotas", Path: "billing/account/rest/getcollaborationquotas", Effect: jelastic.Read,
	Summary: "Return quota values of the user who pays for a collaboration, e.g. max environments; all quotas unless named.",
	Params:  GetCollaborationQuotasParams{}}

// GetCountriesParams are the arguments of Account.GetCountries.
type GetCountriesParams struct{}

// GetCountries is Account.GetCountries.
var GetCountries = jelastic.Method{Service: "Account", Name: "GetCountries", Path: "billing/account/rest/getcountries", Effect: jelastic.Read,
	Summary: "List the countries billing accepts: names, two-letter codes, phone prefixes, VAT and postal-code patterns.",
	Params:  GetCountriesParams{}}

// GetCountryStatesParams are the arguments of Account.GetCountryStates.
type GetCountryStatesParams struct {
	CountryCode string `json:"country_code" wire:"ccode" jsonschema:"required" jsonschema_description:"Two-letter country code, e.g. US or CA."`
}

// GetCountryStates is Account.GetCountryStates.
var GetCountryStates = jelastic.Method{Service: "Account", Name: "GetCountryStates", Path: "billing/account/rest/getcountrystates", Effect: jelastic.Read,
	Summary: "List the states or provinces of a country; empty when addresses there need no state.",
	Params:  GetCountryStatesParams{}}

// GetEnvBillingHistoryByPeriodParams are the arguments of Account.GetEnvBillingHistoryByPeriod.
type GetEnvBillingHistoryByPeriodParams struct {
	StartTime  jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime    jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Period     *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Bucket size: AGE, YEAR, MONTH, WEEK, DAY or HOUR."`
	TimeOffset *int             `json:"time_offset,omitempty" wire:"timeOffset" jsonschema_description:"Time-zone offset applied to the buckets, in minutes from UTC."`
	GroupNodes *bool            `json:"group_nodes,omitempty" wire:"groupNodes" jsonschema:"default=false" jsonschema_description:"true: merge the costs of nodes in the same layer."`
}

// GetEnvBillingHistoryByPeriod is Account.GetEnvBillingHistoryByPeriod.
var GetEnvBillingHistoryByPeriod = jelastic.Method{Service: "Account", Name: "GetEnvBillingHistoryByPeriod", Tool: "account_get_env_billing_history", Path: "billing/account/rest/getenvbillinghistorybyperiod", Effect: jelastic.Read,
	Summary: "List an environment's charges over a period, grouped into time buckets, in the platform currency.",
	Params:  GetEnvBillingHistoryByPeriodParams{}}

// GetExtendedAccountBillingHistoryByPeriodParams are the arguments of Account.GetExtendedAccountBillingHistoryByPeriod.
type GetExtendedAccountBillingHistoryByPeriodParams struct {
	StartTime   jelastic.Time `json:"start_time" wire:"starttime" layout:"2006-01-02T15:04:05Z" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime     jelastic.Time `json:"end_time" wire:"endtime" layout:"2006-01-02T15:04:05Z" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	TargetAppID *string       `json:"target_app_id,omitempty" wire:"targetAppid" jsonschema_description:"Appid or name of one environment, to report on it alone."`
}

// GetExtendedAccountBillingHistoryByPeriod is Account.GetExtendedAccountBillingHistoryByPeriod.
var GetExtendedAccountBillingHistoryByPeriod = jelastic.Method{Service: "Account", Name: "GetExtendedAccountBillingHistoryByPeriod", Tool: "account_get_extended_billing_history", Path: "billing/account/rest/getextendedaccountbillinghistorybyperiod", Effect: jelastic.Read,
	Summary: "List the caller's detailed billing records for a period, optionally for one environment only.",
	Params:  GetExtendedAccountBillingHistoryByPeriodParams{}}

// GetExternBillingSystemSessionParams are the arguments of Account.GetExternBillingSystemSession.
type GetExternBillingSystemSessionParams struct{}

// GetExternBillingSystemSession is Account.GetExternBillingSystemSession.
var GetExternBillingSystemSession = jelastic.Method{Service: "Account", Name: "GetExternBillingSystemSession", Tool: "account_get_extern_billing_session", Path: "billing/account/rest/getexternbillingsystemsession", Effect: jelastic.Read,
	Summary: "Return a session for acting as the caller in the external billing system; call again if it expired. Secret.",
	Params:  GetExternBillingSystemSessionParams{}}

// GetExternBillingSystemsParams are the arguments of Account.GetExternBillingSystems.
type GetExternBillingSystemsParams struct{}

// GetExternBillingSystems is Account.GetExternBillingSystems.
var GetExternBillingSystems = jelastic.Method{Service: "Account", Name: "GetExternBillingSystems", Path: "billing/account/rest/getexternbillingsystems", Effect: jelastic.Read,
	Summary: "List the external billing systems the platform can use, e.g. NullExternBilling or PbaExternBilling.",
	Params:  GetExternBillingSystemsParams{}}

// GetExternalUserByIdParams are the arguments of Account.GetExternalUserById.
type GetExternalUserByIdParams struct {
	ID string `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the user in the external billing system."`
}

// GetExternalUserById is Account.GetExternalUserById.
var GetExternalUserById = jelastic.Method{Service: "Account", Name: "GetExternalUserById", Path: "billing/account/rest/getexternaluserbyid", Effect: jelastic.Read,
	Summary: "Look up a user record in the external billing system by its ID there.",
	Params:  GetExternalUserByIdParams{}}

// GetFundAccountHistoryParams are the arguments of Account.GetFundAccountHistory.
type GetFundAccountHistoryParams struct {
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	UID       int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the target user (numeric uid), e.g. 1234."`
}

// GetFundAccountHistory is Account.GetFundAccountHistory.
var GetFundAccountHistory = jelastic.Method{Service: "Account", Name: "GetFundAccountHistory", Path: "billing/account/rest/getfundaccounthistory", Effect: jelastic.Read,
	Summary: "List a user's balance top-ups and deductions in a period, with amounts, dates and notes. Hoster admin only.",
	Params:  GetFundAccountHistoryParams{}}

// AccountGetQuotasParams are the arguments of Account.GetQuotas.
type AccountGetQuotasParams struct {
	QuotaNames jelastic.List `json:"quota_names,omitempty" wire:"quotasnames" jsonschema_description:"Quota names to read, e.g. environment.maxcount; omit for all."`
}

// AccountGetQuotas is Account.GetQuotas.
var AccountGetQuotas = jelastic.Method{Service: "Account", Name: "GetQuotas", Path: "billing/account/rest/getquotas", Effect: jelastic.Read,
	Summary: "Return the caller's current quota values, e.g. max environments; all quotas when none are named.",
	Params:  AccountGetQuotasParams{}}

// GetSumParams are the arguments of Account.GetSum.
type GetSumParams struct {
	UID       int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the target user (numeric uid), e.g. 1234."`
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
}

// GetSum is Account.GetSum.
var GetSum = jelastic.Method{Service: "Account", Name: "GetSum", Path: "billing/account/rest/getsum", Effect: jelastic.Read,
	Summary: "Return a user's total charges (debit) and balance over a period, in the platform currency. Hoster admin only.",
	Params:  GetSumParams{}}

// GetSumAccountBillingHistoryParams are the arguments of Account.GetSumAccountBillingHistory.
type GetSumAccountBillingHistoryParams struct {
	UID       int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the target user (numeric uid), e.g. 1234."`
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Bonus     *int          `json:"bonus,omitempty" wire:"bonus" jsonschema_description:"Balance flag, 0 or 1: 1 sums the bonus-balance charges."`
}

// GetSumAccountBillingHistory is Account.GetSumAccountBillingHistory.
var GetSumAccountBillingHistory = jelastic.Method{Service: "Account", Name: "GetSumAccountBillingHistory", Path: "billing/account/rest/getsumaccountbillinghistory", Effect: jelastic.Read,
	Summary: "Return the total billed to a user over a period, for the main or the bonus balance. Hoster admin only.",
	Params:  GetSumAccountBillingHistoryParams{}}

// GetSuspendedAccountsParams are the arguments of Account.GetSuspendedAccounts.
type GetSuspendedAccountsParams struct{}

// GetSuspendedAccounts is Account.GetSuspendedAccounts.
var GetSuspendedAccounts = jelastic.Method{Service: "Account", Name: "GetSuspendedAccounts", Path: "billing/account/rest/getsuspendedaccounts", Effect: jelastic.Read,
	Summary: "List suspended accounts, whose users are barred from signing in. Hoster admin only.",
	Params:  GetSuspendedAccountsParams{}}

// AccountRemoveQuotaParams are the arguments of Account.RemoveQuota.
type AccountRemoveQuotaParams struct {
	UID  int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the target user (numeric uid), e.g. 1234."`
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Quota to clear for this user, e.g. environment.maxcount."`
}

// AccountRemoveQuota is Account.RemoveQuota.
var AccountRemoveQuota = jelastic.Method{Service: "Account", Name: "RemoveQuota", Path: "billing/account/rest/removequota", Effect: jelastic.Write,
	Summary: "Drop a user's own value for a quota so the billing group's value applies again. Hoster admin only.",
	Params:  AccountRemoveQuotaParams{}}

// ResetTestAccountsParams are the arguments of Account.ResetTestAccounts.
type ResetTestAccountsParams struct{}

// ResetTestAccounts is Account.ResetTestAccounts.
var ResetTestAccounts = jelastic.Method{Service: "Account", Name: "ResetTestAccounts", Path: "billing/account/rest/resettestaccounts", Effect: jelastic.Destructive,
	Summary: "Reset all of the platform's test accounts to their initial state. Hoster admin only.",
	Preview: func(p any) string {
		return "Reset every test account on the platform to its initial state."
	},
	Params: ResetTestAccountsParams{}}

// SetAccountStatusParams are the arguments of Account.SetAccountStatus.
type SetAccountStatusParams struct {
	UID    int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the target user (numeric uid), e.g. 1234."`
	Status int `json:"status" wire:"status" jsonschema:"required" jsonschema_description:"New numeric account status code, as GetAccount reports it."`
}

// SetAccountStatus is Account.SetAccountStatus.
var SetAccountStatus = jelastic.Method{Service: "Account", Name: "SetAccountStatus", Path: "billing/account/rest/setaccountstatus", Effect: jelastic.Destructive,
	Summary: "Set a user's account status code; inactive stops their environments, active wakes them up. Hoster admin only.",
	Preview: func(p any) string {
		a := p.(*SetAccountStatusParams)
		return fmt.Sprintf("Set the account status of user %d to code %d; an inactive status shuts down the user's environments.", a.UID, a.Status)
	},
	Params: SetAccountStatusParams{}}

// SetBillingInfoParams are the arguments of Account.SetBillingInfo.
type SetBillingInfoParams struct {
	Customer jelastic.Object `json:"customer" wire:"customer" jsonschema:"required" jsonschema_description:"Full new billing details (JSON object): name, address, country, etc."`
}

// SetBillingInfo is Account.SetBillingInfo.
var SetBillingInfo = jelastic.Method{Service: "Account", Name: "SetBillingInfo", Path: "billing/account/rest/setbillinginfo", Effect: jelastic.Destructive,
	Summary: "Overwrite the caller's customer billing details with a new JSON object; the old details are lost.",
	Preview: func(p any) string {
		a := p.(*SetBillingInfoParams)
		return fmt.Sprintf("Replace the caller's billing details with a new customer record (fields: %s); the old details are lost.", accountKeys(a.Customer))
	},
	Params: SetBillingInfoParams{}}

// SetFundNoteParams are the arguments of Account.SetFundNote.
type SetFundNoteParams struct {
	ID   int    `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the fund transaction, from GetFundAccountHistory."`
	Note string `json:"note" wire:"note" jsonschema:"required" jsonschema_description:"New note text; replaces the current one."`
}

// SetFundNote is Account.SetFundNote.
var SetFundNote = jelastic.Method{Service: "Account", Name: "SetFundNote", Path: "billing/account/rest/setfundnote", Effect: jelastic.Write,
	Summary: "Replace the note on one fund transaction from the fund history. Hoster admin only.",
	Params:  SetFundNoteParams{}}

// SetGroupParams are the arguments of Account.SetGroup.
type SetGroupParams struct {
	UID          int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the target user (numeric uid), e.g. 1234."`
	GroupName    string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the billing group to move the user to, e.g. billing."`
	ResetBalance *bool  `json:"reset_balance,omitempty" wire:"resetBalance" jsonschema:"default=false" jsonschema_description:"true: set the main balance to zero."`
	ResetBonus   *bool  `json:"reset_bonus,omitempty" wire:"resetBonus" jsonschema:"default=false" jsonschema_description:"true: set the bonus balance to zero."`
}

// SetGroup is Account.SetGroup.
var SetGroup = jelastic.Method{Service: "Account", Name: "SetGroup", Path: "billing/account/rest/setgroup", Effect: jelastic.Destructive,
	Summary: "Move one user to a billing group, optionally zeroing the main and bonus balances. Hoster admin only.",
	Preview: func(p any) string {
		a := p.(*SetGroupParams)
		s := fmt.Sprintf("Move user %d to billing group %s", a.UID, accountQuote(a.GroupName))
		if a.ResetBalance != nil && *a.ResetBalance {
			s += ", set the main balance to zero"
		}
		if a.ResetBonus != nil && *a.ResetBonus {
			s += ", set the bonus balance to zero"
		}
		return s + "."
	},
	Params: SetGroupParams{}}

// SetQuotaParams are the arguments of Account.SetQuota.
type SetQuotaParams struct {
	UID         int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the target user (numeric uid), e.g. 1234."`
	Name        string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Quota to change, e.g. environment.maxcount."`
	Value       string `json:"value" wire:"value" jsonschema:"required" jsonschema_description:"New quota value as text, e.g. 10."`
	ReferenceID *int   `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Reference ID of the quota (e.g. a node group)."`
}

// SetQuota is Account.SetQuota.
var SetQuota = jelastic.Method{Service: "Account", Name: "SetQuota", Path: "billing/account/rest/setquota", Effect: jelastic.Write,
	Summary: "Give one user their own value for a quota, e.g. allow more environments. Hoster admin only.",
	Params:  SetQuotaParams{}}

// SetUserNoteParams are the arguments of Account.SetUserNote.
type SetUserNoteParams struct {
	UID  int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the target user (numeric uid), e.g. 1234."`
	Note string `json:"note" wire:"note" jsonschema:"required" jsonschema_description:"Admin note text; replaces the current one."`
}

// SetUserNote is Account.SetUserNote.
var SetUserNote = jelastic.Method{Service: "Account", Name: "SetUserNote", Path: "billing/account/rest/setusernote", Effect: jelastic.Write,
	Summary: "Store an admin note on a user's account, replacing the previous one. Hoster admin only.",
	Params:  SetUserNoteParams{}}

// SurchargeAccountsParams are the arguments of Account.SurchargeAccounts.
type SurchargeAccountsParams struct {
	StartDate jelastic.Time `json:"start_date" wire:"startDate" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"First day of the period."`
	EndDate   jelastic.Time `json:"end_date" wire:"endDate" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"Last day of the period."`
}

// SurchargeAccounts is Account.SurchargeAccounts.
var SurchargeAccounts = jelastic.Method{Service: "Account", Name: "SurchargeAccounts", Path: "billing/account/rest/surchargeaccounts", Effect: jelastic.Destructive,
	Summary: "Run the surcharge billing pass over all accounts for the given days. Hoster admin only.",
	Preview: func(p any) string {
		a := p.(*SurchargeAccountsParams)
		return fmt.Sprintf("Surcharge all accounts for %s through %s.", accountDay(a.StartDate), accountDay(a.EndDate))
	},
	Params: SurchargeAccountsParams{}}

// SuspendUserParams are the arguments of Account.SuspendUser.
type SuspendUserParams struct {
	UID int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the user to suspend, e.g. 1234."`
}

// SuspendUser is Account.SuspendUser.
var SuspendUser = jelastic.Method{Service: "Account", Name: "SuspendUser", Path: "billing/account/rest/suspenduser", Effect: jelastic.Destructive,
	Summary: "Suspend a user: they can no longer sign in until enabled again. Hoster admin only.",
	Preview: func(p any) string {
		a := p.(*SuspendUserParams)
		return fmt.Sprintf("Suspend user %d; they will not be able to sign in.", a.UID)
	},
	Params: SuspendUserParams{}}

// UnfundAccountParams are the arguments of Account.UnfundAccount.
type UnfundAccountParams struct {
	UID     int     `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the target user (numeric uid), e.g. 1234."`
	Amount  float64 `json:"amount" wire:"amount" jsonschema:"required,exclusiveMinimum=0" jsonschema_description:"Amount in the platform currency, e.g. 50 or 12.5."`
	IsBonus *bool   `json:"is_bonus,omitempty" wire:"isBonus" jsonschema:"default=false" jsonschema_description:"true: take from the bonus balance; false: the main balance."`
	Note    *string `json:"note,omitempty" wire:"note" jsonschema_description:"Free-text note saved with the transaction."`
}

// UnfundAccount is Account.UnfundAccount.
var UnfundAccount = jelastic.Method{Service: "Account", Name: "UnfundAccount", Path: "billing/account/rest/unfundaccount", Effect: jelastic.Destructive,
	Summary: "Take money off a user's main or bonus balance and record it in the fund history. Hoster admin only.",
	Preview: func(p any) string {
		a := p.(*UnfundAccountParams)
		return fmt.Sprintf("Take %s off the %s balance of user %d%s.", accountAmount(a.Amount), accountBalance(a.IsBonus), a.UID, accountNote(a.Note))
	},
	Params: UnfundAccountParams{}}

// WithdrawAccountsParams are the arguments of Account.WithdrawAccounts.
type WithdrawAccountsParams struct {
	StartDate jelastic.Time `json:"start_date" wire:"startDate" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"First day of the period."`
	EndDate   jelastic.Time `json:"end_date" wire:"endDate" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"Last day of the period."`
}

// WithdrawAccounts is Account.WithdrawAccounts.
var WithdrawAccounts = jelastic.Method{Service: "Account", Name: "WithdrawAccounts", Path: "billing/account/rest/withdrawaccounts", Effect: jelastic.Destructive,
	Summary: "Charge all accounts for the resources they used between two dates (bulk billing run). Hoster admin only.",
	Preview: func(p any) string {
		a := p.(*WithdrawAccountsParams)
		return fmt.Sprintf("Charge all accounts for resource usage from %s through %s.", accountDay(a.StartDate), accountDay(a.EndDate))
	},
	Params: WithdrawAccountsParams{}}

var accountMethods = []jelastic.Method{AddAccount, ChangeEmail, ChangeGroup, ChangePhoneNumber, ChargeAccountByUid, ConvertToCommercial, ConvertToCommercialAndPay, ConvertToTrial, EnableUser, ExportAccountBillingHistoryByPeriod, ExportEnvBillingHistoryByPeriod, FundAccount, FundAndActivateAccount, GetAccount, GetAccountBillingByEngineTypeAndPeriod, GetAccountBillingHistoryByPeriod, GetAccounts, GetAccountsByLimits, GetAccountsByPersonalThreshold, GetAccountsByUids, GetAccountsForDeactivation, GetAccountsForDestroying, GetAggClusterBillingHistory, GetAggExtraBillingHistory, GetBillingInfo, GetClusterBillingHistory, GetCollaborationQuotas, GetCountries, GetCountryStates, GetEnvBillingHistoryByPeriod, GetExtendedAccountBillingHistoryByPeriod, GetExternBillingSystemSession, GetExternBillingSystems, GetExternalUserById, GetFundAccountHistory, AccountGetQuotas, GetSum, GetSumAccountBillingHistory, GetSuspendedAccounts, AccountRemoveQuota, ResetTestAccounts, SetAccountStatus, SetBillingInfo, SetFundNote, SetGroup, SetQuota, SetUserNote, SurchargeAccounts, SuspendUser, UnfundAccount, WithdrawAccounts}

// accountQuote wraps free text in single quotes for a preview sentence.
func accountQuote(s string) string { return "'" + s + "'" }

// accountAmount writes money the way the wire does: shortest decimal, no exponent.
func accountAmount(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// accountJoin lists IDs or names as "a, b, c".
func accountJoin(l jelastic.List) string { return strings.Join(l, ", ") }

// accountBalance names the balance an is_bonus flag selects.
func accountBalance(isBonus *bool) string {
	if isBonus != nil && *isBonus {
		return "bonus"
	}
	return "main"
}

// accountNote is ", note '...'" when a note is set, else "".
func accountNote(note *string) string {
	if note == nil {
		return ""
	}
	return ", note " + accountQuote(*note)
}

// accountDay writes a date as YYYY-MM-DD (UTC).
func accountDay(t jelastic.Time) string { return t.UTC().Format("2006-01-02") }

// accountTime writes an optional instant in UTC, or "(open)" when absent.
func accountTime(t *jelastic.Time) string {
	if t == nil {
		return "(open)"
	}
	return t.UTC().Format("2006-01-02 15:04:05") + " UTC"
}

// accountKeys lists the top-level field names of a JSON object argument, sorted;
// values stay out of previews (they may hold personal data).
func accountKeys(o jelastic.Object) string {
	if len(o) == 0 {
		return "none"
	}
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}
