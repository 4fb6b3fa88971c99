package billing

import (
	"fmt"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// AddAccountParams are the arguments of Account.AddAccount.
type AddAccountParams struct {
	UID int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the existing user to open a trial account for."`
}

// AddAccount is Account.AddAccount.
var AddAccount = define[AddAccountParams](jelastic.Method{Service: "Account", Name: "AddAccount", Effect: jelastic.Write,
	Summary: "Open a trial billing account for an existing user ID; the new account starts in the trial group. Admin only."}, nil)

// ChangeEmailParams are the arguments of Account.ChangeEmail.
type ChangeEmailParams struct {
	Login string `json:"login" wire:"login" jsonschema:"required" jsonschema_description:"Current login (e-mail) of the user, e.g. ann@example.com."`
	Email string `json:"email" wire:"email" jsonschema:"required" jsonschema_description:"New e-mail address that becomes the login."`
}

// ChangeEmail is Account.ChangeEmail.
var ChangeEmail = define(jelastic.Method{Service: "Account", Name: "ChangeEmail", Effect: jelastic.Destructive,
	Summary: "Replace the e-mail address a user signs in with; the user is found by current login. Admin only."},
	func(a *ChangeEmailParams) string {
		return fmt.Sprintf("Change the login e-mail of user %s to %s.", say.Quote(a.Login), say.Quote(a.Email))
	})

// ChangeGroupParams are the arguments of Account.ChangeGroup.
type ChangeGroupParams struct {
	GroupName string        `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the billing group to move the users to, e.g. billing."`
	UIDs      jelastic.List `json:"uids,omitempty" wire:"uids" jsonschema_description:"IDs of the users to move, as strings, e.g. 1234."`
	SendEmail *bool         `json:"send_email,omitempty" wire:"sendEmail" jsonschema:"default=false" jsonschema_description:"true: notify each moved user by e-mail."`
	Template  *string       `json:"template,omitempty" wire:"template" jsonschema_description:"Name of the e-mail template for the notification."`
}

// ChangeGroup is Account.ChangeGroup.
var ChangeGroup = define(jelastic.Method{Service: "Account", Name: "ChangeGroup", Effect: jelastic.Destructive,
	Summary: "Move users to another billing group, which changes their prices and quotas; can e-mail them. Admin only."},
	func(a *ChangeGroupParams) string {
		who := "users (no uids given)"
		if len(a.UIDs) > 0 {
			who = "users " + say.List(a.UIDs)
		}
		s := fmt.Sprintf("Move %s to billing group %s", who, say.Quote(a.GroupName))
		if a.SendEmail != nil && *a.SendEmail {
			s += " and e-mail them"
			if a.Template != nil {
				s += " with template " + say.Quote(*a.Template)
			}
		}
		return s + "."
	})

// ChangePhoneNumberParams are the arguments of Account.ChangePhoneNumber.
type ChangePhoneNumberParams struct {
	Login  string `json:"login" wire:"login" jsonschema:"required" jsonschema_description:"Login (e-mail) of the user, e.g. ann@example.com."`
	Number string `json:"number" wire:"number" jsonschema:"required" jsonschema_description:"New phone number, international format, e.g. +15551234567."`
}

// ChangePhoneNumber is Account.ChangePhoneNumber.
var ChangePhoneNumber = define[ChangePhoneNumberParams](jelastic.Method{Service: "Account", Name: "ChangePhoneNumber", Effect: jelastic.Write,
	Summary: "Set a new phone number on a user's account; the user is found by login. Admin only."}, nil)

// ChargeAccountByUidParams are the arguments of Account.ChargeAccountByUid.
type ChargeAccountByUidParams struct {
	UID         int     `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (uid), e.g. 1234."`
	Amount      float64 `json:"amount" wire:"amount" money:"amount" jsonschema:"required,exclusiveMinimum=0" jsonschema_description:"Amount in the platform currency, e.g. 50 or 12.5."`
	Description string  `json:"description" wire:"description" jsonschema:"required" jsonschema_description:"Reason for the charge, shown in the user's history."`
	EnvName     *string `json:"env_name,omitempty" wire:"envName" jsonschema_description:"Name of the environment the charge belongs to."`
}

// ChargeAccountByUid is Account.ChargeAccountByUid.
var ChargeAccountByUid = define(jelastic.Method{Service: "Account", Name: "ChargeAccountByUid", Effect: jelastic.Destructive,
	Summary: "Take an amount of money off a user's balance, with a reason, optionally tied to an environment. Admin only."},
	func(a *ChargeAccountByUidParams) string {
		s := fmt.Sprintf("Charge %s from the balance of user %d for %s", say.Amount(a.Amount), a.UID, say.Quote(a.Description))
		if a.EnvName != nil {
			s += ", environment " + say.Quote(*a.EnvName)
		}
		return s + "."
	})

// ConvertToCommercialParams are the arguments of Account.ConvertToCommercial.
type ConvertToCommercialParams struct {
	Customer jelastic.Object `json:"customer" wire:"customer" jsonschema:"required" jsonschema_description:"Customer billing details: name, address, country...; externBillingSystemId when the platform has several billing systems."`
}

// ConvertToCommercial is Account.ConvertToCommercial.
var ConvertToCommercial = define(jelastic.Method{Service: "Account", Name: "ConvertToCommercial", Effect: jelastic.Destructive,
	Summary: "Turn the caller's own trial account into a paying (commercial) one by registering it with the external billing system. It acts on the caller only; to move other users, admins use account_change_group."},
	func(a *ConvertToCommercialParams) string {
		return fmt.Sprintf("Register the caller's trial account as commercial in the external billing system, customer fields: %s.", say.Keys(a.Customer))
	})

// ConvertToCommercialAndPayParams are the arguments of Account.ConvertToCommercialAndPay.
type ConvertToCommercialAndPayParams struct {
	Customer              jelastic.Object `json:"customer" wire:"customer" jsonschema:"required" jsonschema_description:"Customer billing details: name, address, country..."`
	PayMethodType         string          `json:"pay_method_type" wire:"payMethodType" jsonschema:"required" jsonschema_description:"Payment method type, from pay_method_get_valid_pay_types."`
	ServicePlanID         int             `json:"service_plan_id" wire:"servicePlanId" money:"priced" jsonschema:"required" jsonschema_description:"Service plan to pay for now."`
	AutoServicePlanID     *int            `json:"auto_service_plan_id,omitempty" wire:"autoServicePlanId" jsonschema_description:"Plan bought on each refill."`
	AutoRefillMainBalance *int            `json:"auto_refill_main_balance,omitempty" wire:"autoRefillMainBalance" jsonschema_description:"Refill below this main balance (platform currency)."`
	AutoRefillPeriod      *string         `json:"auto_refill_period,omitempty" wire:"autoRefillPeriod" jsonschema:"enum=WEEK,enum=MONTH" jsonschema_description:"How often automatic refills may run."`
}

// ConvertToCommercialAndPay is Account.ConvertToCommercialAndPay.
var ConvertToCommercialAndPay = define(jelastic.Method{Service: "Account", Name: "ConvertToCommercialAndPay", Effect: jelastic.Destructive,
	Summary: "Make the caller's own trial account commercial and pay a service plan with a payment method (moves money), optionally with automatic refills."},
	func(a *ConvertToCommercialAndPayParams) string {
		s := fmt.Sprintf("Make the caller's account commercial (customer fields: %s) and pay service plan %d with pay method %s", say.Keys(a.Customer), a.ServicePlanID, say.Quote(a.PayMethodType))
		if a.AutoServicePlanID != nil {
			s += fmt.Sprintf("; auto-buy plan %d", *a.AutoServicePlanID)
		}
		if a.AutoRefillMainBalance != nil {
			s += "; refill when the main balance is under " + say.Amount(float64(*a.AutoRefillMainBalance))
		}
		if a.AutoRefillPeriod != nil {
			s += "; refill period " + *a.AutoRefillPeriod
		}
		return s + "."
	})

// ConvertToTrialParams are the arguments of Account.ConvertToTrial.
type ConvertToTrialParams struct {
	Template  string         `json:"template" wire:"template" jsonschema:"required" jsonschema_description:"E-mail template sent to the users."`
	UIDs      jelastic.List  `json:"uids,omitempty" wire:"uids" money:"each" jsonschema_description:"User IDs to convert; omit to pick by period."`
	StartTime *jelastic.Time `json:"start_time,omitempty" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema_description:"Selects accounts from (inclusive)."`
	EndTime   *jelastic.Time `json:"end_time,omitempty" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema_description:"Selects accounts until (exclusive)."`
	Start     *int           `json:"start,omitempty" wire:"start" jsonschema_description:"First match to convert (0-based)."`
	Count     *int           `json:"count,omitempty" wire:"count" jsonschema_description:"Most accounts to convert."`
	Bonus     *float64       `json:"bonus,omitempty" wire:"bonus" money:"amount" jsonschema_description:"Bonus per account, in the platform currency."`
}

// ConvertToTrial is Account.ConvertToTrial.
var ConvertToTrial = define(jelastic.Method{Service: "Account", Name: "ConvertToTrial", Effect: jelastic.Destructive,
	Summary: "Turn paying accounts back into trial ones, optionally with a bonus, and e-mail the users. Admin only."},
	func(a *ConvertToTrialParams) string {
		s := "Convert "
		if len(a.UIDs) > 0 {
			s += "users " + say.List(a.UIDs)
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
			s += ", granting a bonus of " + say.Amount(*a.Bonus)
		}
		return s + ", e-mailing template " + say.Quote(a.Template) + "."
	})

// EnableUserParams are the arguments of Account.EnableUser.
type EnableUserParams struct {
	UID int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the suspended user to enable, e.g. 1234."`
}

// EnableUser is Account.EnableUser.
var EnableUser = define[EnableUserParams](jelastic.Method{Service: "Account", Name: "EnableUser", Effect: jelastic.Write,
	Summary: "Re-enable a suspended user so they can sign in again. Admin only."}, nil)

// ExportAccountBillingHistoryByPeriodParams are the arguments of Account.ExportAccountBillingHistoryByPeriod.
type ExportAccountBillingHistoryByPeriodParams struct {
	StartTime   jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start (inclusive)."`
	EndTime     jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End (exclusive)."`
	Period      *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Bucket size."`
	TimeOffset  *int             `json:"time_offset,omitempty" wire:"timeOffset" jsonschema:"minimum=-840,maximum=840" jsonschema_description:"Time-zone offset of the buckets, in minutes from UTC."`
	GroupNodes  *bool            `json:"group_nodes,omitempty" wire:"groupNodes" jsonschema:"default=false" jsonschema_description:"true: merge the costs of nodes in the same layer."`
	TargetAppID *string          `json:"target_app_id,omitempty" wire:"targetAppid" jsonschema_description:"Appid of one environment, to report on it alone."`
}

// ExportAccountBillingHistoryByPeriod is Account.ExportAccountBillingHistoryByPeriod.
var ExportAccountBillingHistoryByPeriod = define[ExportAccountBillingHistoryByPeriodParams](jelastic.Method{Service: "Account", Name: "ExportAccountBillingHistoryByPeriod", Tool: "account_export_billing_history", Effect: jelastic.Read,
	Summary: "Return a download link for the caller's billing history over a period: costs per time bucket, in the platform currency."}, nil)

// ExportEnvBillingHistoryByPeriodParams are the arguments of Account.ExportEnvBillingHistoryByPeriod.
type ExportEnvBillingHistoryByPeriodParams struct {
	StartTime  jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start (inclusive)."`
	EndTime    jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End (exclusive)."`
	TimeOffset int              `json:"time_offset" wire:"timeOffset" jsonschema:"required,minimum=-840,maximum=840" jsonschema_description:"Time-zone offset of the buckets, in minutes from UTC."`
	Period     *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Bucket size."`
	GroupNodes *bool            `json:"group_nodes,omitempty" wire:"groupNodes" jsonschema:"default=false" jsonschema_description:"true: merge the costs of nodes in the same layer."`
}

// ExportEnvBillingHistoryByPeriod is Account.ExportEnvBillingHistoryByPeriod.
var ExportEnvBillingHistoryByPeriod = define[ExportEnvBillingHistoryByPeriodParams](jelastic.Method{Service: "Account", Name: "ExportEnvBillingHistoryByPeriod", Tool: "account_export_env_billing_history", Effect: jelastic.Read,
	Summary: "Return a download link for the cost of each of the caller's environments over a period, per time bucket."}, nil)

// FundAccountParams are the arguments of Account.FundAccount.
type FundAccountParams struct {
	UID     int     `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (uid), e.g. 1234."`
	Amount  float64 `json:"amount" wire:"amount" money:"amount" jsonschema:"required,exclusiveMinimum=0" jsonschema_description:"Amount in the platform currency, e.g. 50 or 12.5."`
	IsBonus *bool   `json:"is_bonus,omitempty" wire:"isBonus" jsonschema:"default=false" jsonschema_description:"true: add to the bonus balance; false: the main balance."`
	Note    *string `json:"note,omitempty" wire:"note" jsonschema_description:"Free-text note saved with the transaction."`
}

// FundAccount is Account.FundAccount.
var FundAccount = define(jelastic.Method{Service: "Account", Name: "FundAccount", Effect: jelastic.Destructive,
	Summary: "Add money to a user's main or bonus balance and record it in the fund history. Admin only."},
	func(a *FundAccountParams) string {
		return fmt.Sprintf("Add %s to the %s balance of user %d%s.", say.Amount(a.Amount), accountBalance(a.IsBonus), a.UID, accountNote(a.Note))
	})

// FundAndActivateAccountParams are the arguments of Account.FundAndActivateAccount.
type FundAndActivateAccountParams struct {
	UID    int     `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (uid), e.g. 1234."`
	Amount float64 `json:"amount" wire:"amount" money:"amount" jsonschema:"required,exclusiveMinimum=0" jsonschema_description:"Amount in the platform currency, e.g. 50 or 12.5."`
	Note   *string `json:"note,omitempty" wire:"note" jsonschema_description:"Free-text note saved with the transaction."`
}

// FundAndActivateAccount is Account.FundAndActivateAccount.
var FundAndActivateAccount = define(jelastic.Method{Service: "Account", Name: "FundAndActivateAccount", Effect: jelastic.Destructive,
	Summary: "Add money to a user's main balance, activate the account and move it to the billing group. Admin only."},
	func(a *FundAndActivateAccountParams) string {
		return fmt.Sprintf("Add %s to the main balance of user %d and activate the account%s.", say.Amount(a.Amount), a.UID, accountNote(a.Note))
	})

// GetAccountParams are the arguments of Account.GetAccount.
type GetAccountParams struct{}

// GetAccount is Account.GetAccount.
var GetAccount = define[GetAccountParams](jelastic.Method{Service: "Account", Name: "GetAccount", Effect: jelastic.Read,
	Summary: "Return the caller's own billing account: status, billing group, main and bonus balance (platform currency)."}, nil)

// GetAccountBillingByEngineTypeAndPeriodParams are the arguments of Account.GetAccountBillingByEngineTypeAndPeriod.
type GetAccountBillingByEngineTypeAndPeriodParams struct {
	StartTime   jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start (inclusive)."`
	EndTime     jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End (exclusive)."`
	OwnerUID    *string          `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID whose costs to list (default: the caller)."`
	EngineTypes jelastic.List    `json:"engine_types,omitempty" wire:"engineTypes" jsonschema_description:"Engine types to include, e.g. java, php, nodejs."`
	Period      *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Bucket size."`
	TimeOffset  *int             `json:"time_offset,omitempty" wire:"timeOffset" jsonschema:"minimum=-840,maximum=840" jsonschema_description:"Time-zone offset of the buckets, in minutes from UTC."`
}

// GetAccountBillingByEngineTypeAndPeriod is Account.GetAccountBillingByEngineTypeAndPeriod.
var GetAccountBillingByEngineTypeAndPeriod = define[GetAccountBillingByEngineTypeAndPeriodParams](jelastic.Method{Service: "Account", Name: "GetAccountBillingByEngineTypeAndPeriod", Tool: "account_get_billing_by_engine_type", Effect: jelastic.Read,
	Summary: "List costs over a period per engine type (java, php, ...) and time bucket, in the platform currency. Users may read their own uid, admins any."}, nil)

// GetAccountBillingHistoryByPeriodParams are the arguments of Account.GetAccountBillingHistoryByPeriod.
type GetAccountBillingHistoryByPeriodParams struct {
	StartTime   jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start (inclusive)."`
	EndTime     jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End (exclusive)."`
	Period      *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Bucket size."`
	TimeOffset  *int             `json:"time_offset,omitempty" wire:"timeOffset" jsonschema:"minimum=-840,maximum=840" jsonschema_description:"Time-zone offset of the buckets, in minutes from UTC."`
	GroupNodes  *bool            `json:"group_nodes,omitempty" wire:"groupNodes" jsonschema:"default=false" jsonschema_description:"true: merge the costs of nodes in the same layer."`
	TargetAppID *string          `json:"target_app_id,omitempty" wire:"targetAppid" jsonschema_description:"Appid of one environment, to report on it alone."`
}

// GetAccountBillingHistoryByPeriod is Account.GetAccountBillingHistoryByPeriod.
var GetAccountBillingHistoryByPeriod = define[GetAccountBillingHistoryByPeriodParams](jelastic.Method{Service: "Account", Name: "GetAccountBillingHistoryByPeriod", Tool: "account_get_billing_history", Effect: jelastic.Read,
	Summary: "List the caller's charges over a period, one row per resource and time bucket (date, type, cost in the platform currency, node)."}, nil)

// GetAccountsParams are the arguments of Account.GetAccounts.
type GetAccountsParams struct {
	Lebalance      *string `json:"lebalance,omitempty" wire:"lebalance" jsonschema_description:"Only balances at or below this amount (platform currency), e.g. 5."`
	OrderField     *string `json:"order_field,omitempty" wire:"orderField" jsonschema:"enum=uid,enum=email,enum=balance,enum=bonus,enum=group,enum=status,enum=createdOn" jsonschema_description:"Account field to sort by."`
	OrderDirection *string `json:"order_direction,omitempty" wire:"orderDirection" jsonschema:"enum=ASC,enum=DESC" jsonschema_description:"Sort order."`
	FilterField    *string `json:"filter_field,omitempty" wire:"filterField" jsonschema:"enum=uid,enum=email,enum=group,enum=status,enum=balance" jsonschema_description:"Account field to filter on; pair with filter_value."`
	FilterValue    *string `json:"filter_value,omitempty" wire:"filterValue" jsonschema_description:"Value that filter_field must match."`
	StartRow       *int    `json:"start_row,omitempty" wire:"startRow" jsonschema:"minimum=0" jsonschema_description:"First row (0-based)."`
	ResultCount    *int    `json:"result_count,omitempty" wire:"resultCount" jsonschema:"minimum=0" jsonschema_description:"Number of rows to return (0: all)."`
}

// GetAccounts is Account.GetAccounts.
var GetAccounts = define[GetAccountsParams](jelastic.Method{Service: "Account", Name: "GetAccounts", Effect: jelastic.Read,
	Summary: "List billing accounts (user, group, status, balances), sorted, filtered and paged; lebalance finds low balances. Admin only."}, nil)

// GetAccountsByLimitsParams are the arguments of Account.GetAccountsByLimits.
type GetAccountsByLimitsParams struct {
	Uidslimits jelastic.List `json:"uidslimits" wire:"uidslimits" sep:";" jsonschema:"required" jsonschema_description:"User-ID and balance-limit items; sent joined by semicolons."`
}

// GetAccountsByLimits is Account.GetAccountsByLimits.
var GetAccountsByLimits = define[GetAccountsByLimitsParams](jelastic.Method{Service: "Account", Name: "GetAccountsByLimits", Effect: jelastic.Read,
	Summary: "List accounts whose balance is under per-user limits passed in the call. Admin only."}, nil)

// GetAccountsByPersonalThresholdParams are the arguments of Account.GetAccountsByPersonalThreshold.
type GetAccountsByPersonalThresholdParams struct{}

// GetAccountsByPersonalThreshold is Account.GetAccountsByPersonalThreshold.
var GetAccountsByPersonalThreshold = define[GetAccountsByPersonalThresholdParams](jelastic.Method{Service: "Account", Name: "GetAccountsByPersonalThreshold", Tool: "account_get_accounts_by_threshold", Effect: jelastic.Read,
	Summary: "List accounts whose balance fell under the reminder level their owners chose. Admin only."}, nil)

// GetAccountsByUidsParams are the arguments of Account.GetAccountsByUids.
type GetAccountsByUidsParams struct {
	UIDs      jelastic.List `json:"uids" wire:"uids" jsonschema:"required" jsonschema_description:"IDs of the users to look up, as strings, e.g. 1234."`
	Lebalance *string       `json:"lebalance,omitempty" wire:"lebalance" jsonschema_description:"Only balances at or below this amount (platform currency), e.g. 5."`
}

// GetAccountsByUids is Account.GetAccountsByUids.
var GetAccountsByUids = define[GetAccountsByUidsParams](jelastic.Method{Service: "Account", Name: "GetAccountsByUids", Effect: jelastic.Read,
	Summary: "Return the billing accounts of the given user IDs, optionally only those at or below a balance. Admin only."}, nil)

// GetAccountsForDeactivationParams are the arguments of Account.GetAccountsForDeactivation.
type GetAccountsForDeactivationParams struct{}

// GetAccountsForDeactivation is Account.GetAccountsForDeactivation.
var GetAccountsForDeactivation = define[GetAccountsForDeactivationParams](jelastic.Method{Service: "Account", Name: "GetAccountsForDeactivation", Effect: jelastic.Read,
	Summary: "List accounts due for deactivation: trials out of bonus or time, paying ones under the minimum balance. Admin only."}, nil)

// GetAccountsForDestroyingParams are the arguments of Account.GetAccountsForDestroying.
type GetAccountsForDestroyingParams struct{}

// GetAccountsForDestroying is Account.GetAccountsForDestroying.
var GetAccountsForDestroying = define[GetAccountsForDestroyingParams](jelastic.Method{Service: "Account", Name: "GetAccountsForDestroying", Effect: jelastic.Read,
	Summary: "List accounts inactive for longer than allowed, which are due to be deleted. Admin only."}, nil)

// GetAggClusterBillingHistoryParams are the arguments of Account.GetAggClusterBillingHistory.
type GetAggClusterBillingHistoryParams struct {
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End (exclusive)."`
	Interval  int           `json:"interval" wire:"interval" jsonschema:"required" jsonschema_description:"Bucket length in seconds, e.g. 3600 for hourly."`
	SumFields jelastic.List `json:"sum_fields" wire:"sumFields" values:"cost,fixedCloudletsAmount,flexibleCloudletsAmount,usedCloudletsAmount,fixedCloudletsCost,flexibleCloudletsCost,usedStorageAmount,storageCost,billNetworkExtAmount,networkExtCost,resourceBillableAmount,resourceCost" jsonschema:"required" jsonschema_description:"Fields to add up, e.g. cost or usedCloudletsAmount; a wrong one gets the list."`
	IsPaid    *bool         `json:"is_paid,omitempty" wire:"isPaid" jsonschema:"default=false" jsonschema_description:"true: count only records that are already paid."`
}

// GetAggClusterBillingHistory is Account.GetAggClusterBillingHistory.
var GetAggClusterBillingHistory = define[GetAggClusterBillingHistoryParams](jelastic.Method{Service: "Account", Name: "GetAggClusterBillingHistory", Effect: jelastic.Read,
	Summary: "Return platform-wide totals of the chosen billing fields per time bucket of a period (costs in the platform currency). Admin only."}, nil)

// GetAggExtraBillingHistoryParams are the arguments of Account.GetAggExtraBillingHistory.
type GetAggExtraBillingHistoryParams struct {
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End (exclusive)."`
	Interval  int           `json:"interval" wire:"interval" jsonschema:"required" jsonschema_description:"Bucket length in seconds, e.g. 86400 for daily."`
	IsPaid    *bool         `json:"is_paid,omitempty" wire:"isPaid" jsonschema:"default=false" jsonschema_description:"true: count only records that are already paid."`
	Type      *string       `json:"type,omitempty" wire:"type" jsonschema_description:"Kind of extra item, e.g. ip or traffic."`
	Names     jelastic.List `json:"names,omitempty" wire:"names" jsonschema_description:"Names of the extra billing items to include."`
}

// GetAggExtraBillingHistory is Account.GetAggExtraBillingHistory.
var GetAggExtraBillingHistory = define[GetAggExtraBillingHistoryParams](jelastic.Method{Service: "Account", Name: "GetAggExtraBillingHistory", Effect: jelastic.Read,
	Summary: "Return platform-wide costs of extra items (public IPs, traffic) per time bucket of a period. Admin only."}, nil)

// GetBillingInfoParams are the arguments of Account.GetBillingInfo.
type GetBillingInfoParams struct{}

// GetBillingInfo is Account.GetBillingInfo.
var GetBillingInfo = define[GetBillingInfoParams](jelastic.Method{Service: "Account", Name: "GetBillingInfo", Effect: jelastic.Read,
	Summary: "Return the customer details kept for the caller's invoices: name, address, country, tax ID."}, nil)

// GetClusterBillingHistoryParams are the arguments of Account.GetClusterBillingHistory.
type GetClusterBillingHistoryParams struct {
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End (exclusive)."`
	Interval  *int          `json:"interval,omitempty" wire:"interval" jsonschema_description:"Bucket length in seconds, e.g. 3600 for hourly."`
}

// GetClusterBillingHistory is Account.GetClusterBillingHistory.
var GetClusterBillingHistory = define[GetClusterBillingHistoryParams](jelastic.Method{Service: "Account", Name: "GetClusterBillingHistory", Effect: jelastic.Read,
	Summary: "List platform-wide billing records over a period, optionally in buckets of a given length. Admin only."}, nil)

// GetCollaborationQuotasParams are the arguments of Account.GetCollaborationQuotas.
type GetCollaborationQuotasParams struct {
	CollaborationID *int          `json:"collaboration_id,omitempty" wire:"collaborationId" jsonschema_description:"ID of the collaboration whose payer's quotas to read."`
	OwnerUID        *int          `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID of the payer (collaboration owner), e.g. 1234."`
	QuotaNames      jelastic.List `json:"quota_names,omitempty" wire:"quotaNames" jsonschema_description:"Quota names to read, e.g. environment.maxcount; omit for all."`
}

// GetCollaborationQuotas is Account.GetCollaborationQuotas.
var GetCollaborationQuotas = define[GetCollaborationQuotasParams](jelastic.Method{Service: "Account", Name: "GetCollaborationQuotas", Effect: jelastic.Read,
	Summary: "Return quota values of the user who pays for a collaboration, e.g. max environments; all unless named. Users may read their own uid, admins any."}, nil)

// GetCountriesParams are the arguments of Account.GetCountries.
type GetCountriesParams struct{}

// GetCountries is Account.GetCountries.
var GetCountries = define[GetCountriesParams](jelastic.Method{Service: "Account", Name: "GetCountries", Effect: jelastic.Read,
	Summary: "List the countries billing accepts: names, two-letter codes, phone prefixes, VAT and postal-code patterns."}, nil)

// GetCountryStatesParams are the arguments of Account.GetCountryStates.
type GetCountryStatesParams struct {
	CountryCode string `json:"country_code" wire:"ccode" jsonschema:"required" jsonschema_description:"Two-letter country code, e.g. US or CA."`
}

// GetCountryStates is Account.GetCountryStates.
var GetCountryStates = define[GetCountryStatesParams](jelastic.Method{Service: "Account", Name: "GetCountryStates", Effect: jelastic.Read,
	Summary: "List the states or provinces of a country; empty when addresses there need no state."}, nil)

// GetEnvBillingHistoryByPeriodParams are the arguments of Account.GetEnvBillingHistoryByPeriod.
type GetEnvBillingHistoryByPeriodParams struct {
	StartTime  jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start (inclusive)."`
	EndTime    jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End (exclusive)."`
	Period     *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Bucket size."`
	TimeOffset *int             `json:"time_offset,omitempty" wire:"timeOffset" jsonschema:"minimum=-840,maximum=840" jsonschema_description:"Time-zone offset of the buckets, in minutes from UTC."`
	GroupNodes *bool            `json:"group_nodes,omitempty" wire:"groupNodes" jsonschema:"default=false" jsonschema_description:"true: merge the costs of nodes in the same layer."`
}

// GetEnvBillingHistoryByPeriod is Account.GetEnvBillingHistoryByPeriod.
var GetEnvBillingHistoryByPeriod = define[GetEnvBillingHistoryByPeriodParams](jelastic.Method{Service: "Account", Name: "GetEnvBillingHistoryByPeriod", Tool: "account_get_env_billing_history", Effect: jelastic.Read,
	Summary: "Return the cost of each of the caller's environments over a period: one row per time bucket and environment (envName, appid), in the platform currency. For one environment, use account_get_billing_history with target_app_id."}, nil)

// GetExtendedAccountBillingHistoryByPeriodParams are the arguments of Account.GetExtendedAccountBillingHistoryByPeriod.
type GetExtendedAccountBillingHistoryByPeriodParams struct {
	StartTime   jelastic.Time `json:"start_time" wire:"starttime" layout:"2006-01-02T15:04:05Z" jsonschema:"required" jsonschema_description:"Start (inclusive)."`
	EndTime     jelastic.Time `json:"end_time" wire:"endtime" layout:"2006-01-02T15:04:05Z" jsonschema:"required" jsonschema_description:"End (exclusive)."`
	TargetAppID *string       `json:"target_app_id,omitempty" wire:"targetAppid" jsonschema_description:"Appid or name of one environment, to report on it alone."`
}

// GetExtendedAccountBillingHistoryByPeriod is Account.GetExtendedAccountBillingHistoryByPeriod.
var GetExtendedAccountBillingHistoryByPeriod = define[GetExtendedAccountBillingHistoryByPeriodParams](jelastic.Method{Service: "Account", Name: "GetExtendedAccountBillingHistoryByPeriod", Tool: "account_get_extended_billing_history", Effect: jelastic.Read,
	Summary: "List the caller's detailed billing records for a period (costs in the platform currency), optionally for one environment only."}, nil)

// GetExternBillingSystemSessionParams are the arguments of Account.GetExternBillingSystemSession.
type GetExternBillingSystemSessionParams struct{}

// GetExternBillingSystemSession is Account.GetExternBillingSystemSession.
var GetExternBillingSystemSession = define[GetExternBillingSystemSessionParams](jelastic.Method{Service: "Account", Name: "GetExternBillingSystemSession", Tool: "account_get_extern_billing_session", Effect: jelastic.Read,
	Summary: "Return a session for acting as the caller in the external billing system; call again if it expired. Secret."}, nil)

// GetExternBillingSystemsParams are the arguments of Account.GetExternBillingSystems.
type GetExternBillingSystemsParams struct{}

// GetExternBillingSystems is Account.GetExternBillingSystems.
var GetExternBillingSystems = define[GetExternBillingSystemsParams](jelastic.Method{Service: "Account", Name: "GetExternBillingSystems", Effect: jelastic.Read,
	Summary: "List the external billing systems the platform can use, e.g. NullExternBilling or PbaExternBilling."}, nil)

// GetExternalUserByIdParams are the arguments of Account.GetExternalUserById.
type GetExternalUserByIdParams struct {
	ID string `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the user in the external billing system."`
}

// GetExternalUserById is Account.GetExternalUserById.
var GetExternalUserById = define[GetExternalUserByIdParams](jelastic.Method{Service: "Account", Name: "GetExternalUserById", Effect: jelastic.Read,
	Summary: "Return a user record of the external billing system, looked up by its ID there. Admin only."}, nil)

// GetFundAccountHistoryParams are the arguments of Account.GetFundAccountHistory.
type GetFundAccountHistoryParams struct {
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End (exclusive)."`
	UID       int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the user (numeric uid), e.g. 1234."`
}

// GetFundAccountHistory is Account.GetFundAccountHistory.
var GetFundAccountHistory = define[GetFundAccountHistoryParams](jelastic.Method{Service: "Account", Name: "GetFundAccountHistory", Effect: jelastic.Read,
	Summary: "List a user's top-ups and deductions in a period: amount (platform currency), date, note. Users may read their own uid, admins any."}, nil)

// AccountGetQuotasParams are the arguments of Account.GetQuotas.
type AccountGetQuotasParams struct {
	QuotaNames jelastic.List `json:"quota_names,omitempty" wire:"quotasnames" jsonschema_description:"Quota names to read, e.g. environment.maxcount; omit for all."`
}

// AccountGetQuotas is Account.GetQuotas.
var AccountGetQuotas = define[AccountGetQuotasParams](jelastic.Method{Service: "Account", Name: "GetQuotas", Effect: jelastic.Read,
	Summary: "Return the caller's quota values (a count, a size or an on/off flag each), e.g. max environments; all unless named."}, nil)

// GetSumParams are the arguments of Account.GetSum.
type GetSumParams struct {
	UID       int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (uid), e.g. 1234."`
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End (exclusive)."`
}

// GetSum is Account.GetSum.
var GetSum = define[GetSumParams](jelastic.Method{Service: "Account", Name: "GetSum", Effect: jelastic.Read,
	Summary: "Return the total a user was charged (debit) over a period, in the platform currency; not a balance (account_get_account has it). Users may read their own uid, admins any."}, nil)

// GetSumAccountBillingHistoryParams are the arguments of Account.GetSumAccountBillingHistory.
type GetSumAccountBillingHistoryParams struct {
	UID       int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the user (numeric uid), e.g. 1234."`
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End (exclusive)."`
	Bonus     *int          `json:"bonus,omitempty" wire:"bonus" jsonschema:"enum=0,enum=1" jsonschema_description:"1: charges to the bonus balance; 0: the main balance."`
}

// GetSumAccountBillingHistory is Account.GetSumAccountBillingHistory.
var GetSumAccountBillingHistory = define[GetSumAccountBillingHistoryParams](jelastic.Method{Service: "Account", Name: "GetSumAccountBillingHistory", Effect: jelastic.Read,
	Summary: "Return the total billed to a user over a period from the main or the bonus balance, in the platform currency. Users may read their own uid, admins any."}, nil)

// GetSuspendedAccountsParams are the arguments of Account.GetSuspendedAccounts.
type GetSuspendedAccountsParams struct{}

// GetSuspendedAccounts is Account.GetSuspendedAccounts.
var GetSuspendedAccounts = define[GetSuspendedAccountsParams](jelastic.Method{Service: "Account", Name: "GetSuspendedAccounts", Effect: jelastic.Read,
	Summary: "List suspended accounts, whose users are barred from signing in. Admin only."}, nil)

// AccountRemoveQuotaParams are the arguments of Account.RemoveQuota.
type AccountRemoveQuotaParams struct {
	UID  int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (uid), e.g. 1234."`
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Quota to clear for this user, e.g. environment.maxcount."`
}

// AccountRemoveQuota is Account.RemoveQuota.
var AccountRemoveQuota = define[AccountRemoveQuotaParams](jelastic.Method{Service: "Account", Name: "RemoveQuota", Effect: jelastic.Write,
	Summary: "Drop a user's own value for a quota so the billing group's value applies again. Admin only."}, nil)

// ResetTestAccountsParams are the arguments of Account.ResetTestAccounts.
type ResetTestAccountsParams struct{}

// ResetTestAccounts is Account.ResetTestAccounts.
var ResetTestAccounts = define(jelastic.Method{Service: "Account", Name: "ResetTestAccounts", Effect: jelastic.Destructive,
	Summary: "Reset all of the platform's test accounts to their initial state. Admin only."},
	func(*ResetTestAccountsParams) string {
		return "Reset every test account on the platform to its initial state."
	})

// SetAccountStatusParams are the arguments of Account.SetAccountStatus.
type SetAccountStatusParams struct {
	UID    int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (uid), e.g. 1234."`
	Status int `json:"status" wire:"status" jsonschema:"required,enum=1,enum=2,enum=3,enum=4" jsonschema_description:"New account status: 1 active, 2 suspended, 3 deactivated, 4 destroyed (the codes account_get_account reports)."`
}

// SetAccountStatus is Account.SetAccountStatus.
var SetAccountStatus = define(jelastic.Method{Service: "Account", Name: "SetAccountStatus", Effect: jelastic.Destructive,
	Summary: "Set a user's account status code; inactive stops their environments, active wakes them up. Admin only."},
	func(a *SetAccountStatusParams) string {
		return fmt.Sprintf("Set the account status of user %d to code %d; an inactive status shuts down the user's environments.", a.UID, a.Status)
	})

// SetBillingInfoParams are the arguments of Account.SetBillingInfo.
type SetBillingInfoParams struct {
	Customer jelastic.Object `json:"customer" wire:"customer" jsonschema:"required" jsonschema_description:"Full new billing details (JSON object): name, address, country, etc."`
}

// SetBillingInfo is Account.SetBillingInfo.
var SetBillingInfo = define(jelastic.Method{Service: "Account", Name: "SetBillingInfo", Effect: jelastic.Destructive,
	Summary: "Overwrite the caller's customer billing details with a new JSON object; the old details are lost."},
	func(a *SetBillingInfoParams) string {
		return fmt.Sprintf("Replace the caller's billing details with a new customer record (fields: %s); the old details are lost.", say.Keys(a.Customer))
	})

// SetFundNoteParams are the arguments of Account.SetFundNote.
type SetFundNoteParams struct {
	ID   int    `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the fund transaction, from account_get_fund_account_history."`
	Note string `json:"note" wire:"note" jsonschema:"required" jsonschema_description:"New note text; replaces the current one."`
}

// SetFundNote is Account.SetFundNote.
var SetFundNote = define[SetFundNoteParams](jelastic.Method{Service: "Account", Name: "SetFundNote", Effect: jelastic.Write,
	Summary: "Replace the note on one fund transaction from the fund history. Admin only."}, nil)

// SetGroupParams are the arguments of Account.SetGroup.
type SetGroupParams struct {
	UID          int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (uid), e.g. 1234."`
	GroupName    string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the billing group to move the user to, e.g. billing."`
	ResetBalance *bool  `json:"reset_balance,omitempty" wire:"resetBalance" money:"wipes" jsonschema:"default=false" jsonschema_description:"true: set the main balance to zero."`
	ResetBonus   *bool  `json:"reset_bonus,omitempty" wire:"resetBonus" money:"wipes" jsonschema:"default=false" jsonschema_description:"true: set the bonus balance to zero."`
}

// SetGroup is Account.SetGroup.
var SetGroup = define(jelastic.Method{Service: "Account", Name: "SetGroup", Effect: jelastic.Destructive,
	Summary: "Move one user to a billing group, optionally zeroing the main and bonus balances. Admin only."},
	func(a *SetGroupParams) string {
		s := fmt.Sprintf("Move user %d to billing group %s", a.UID, say.Quote(a.GroupName))
		if a.ResetBalance != nil && *a.ResetBalance {
			s += ", set the main balance to zero"
		}
		if a.ResetBonus != nil && *a.ResetBonus {
			s += ", set the bonus balance to zero"
		}
		return s + "."
	})

// SetQuotaParams are the arguments of Account.SetQuota.
type SetQuotaParams struct {
	UID         int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (uid), e.g. 1234."`
	Name        string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Quota to change, e.g. environment.maxcount."`
	Value       string `json:"value" wire:"value" jsonschema:"required" jsonschema_description:"New value as text, in the quota's own unit, e.g. 10."`
	ReferenceID *int   `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Reference ID of the quota (e.g. a node group)."`
}

// SetQuota is Account.SetQuota.
var SetQuota = define[SetQuotaParams](jelastic.Method{Service: "Account", Name: "SetQuota", Effect: jelastic.Write,
	Summary: "Give one user their own value for a quota, e.g. allow more environments. Admin only."}, nil)

// SetUserNoteParams are the arguments of Account.SetUserNote.
type SetUserNoteParams struct {
	UID  int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (uid), e.g. 1234."`
	Note string `json:"note" wire:"note" jsonschema:"required" jsonschema_description:"Admin note text; replaces the current one."`
}

// SetUserNote is Account.SetUserNote.
var SetUserNote = define[SetUserNoteParams](jelastic.Method{Service: "Account", Name: "SetUserNote", Effect: jelastic.Write,
	Summary: "Store an admin note on a user's account, replacing the previous one. Admin only."}, nil)

// SurchargeAccountsParams are the arguments of Account.SurchargeAccounts.
type SurchargeAccountsParams struct {
	StartDate jelastic.Time `json:"start_date" wire:"startDate" money:"priced" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"First day of the period."`
	EndDate   jelastic.Time `json:"end_date" wire:"endDate" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"Last day of the period."`
}

// SurchargeAccounts is Account.SurchargeAccounts.
var SurchargeAccounts = define(jelastic.Method{Service: "Account", Name: "SurchargeAccounts", Effect: jelastic.Destructive,
	Summary: "Charge every account the surcharges due for the given days (bulk billing run); moves money. Admin only."},
	func(a *SurchargeAccountsParams) string {
		return fmt.Sprintf("Surcharge all accounts for %s through %s.", say.Day(a.StartDate.Time), say.Day(a.EndDate.Time))
	})

// SuspendUserParams are the arguments of Account.SuspendUser.
type SuspendUserParams struct {
	UID int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the user to suspend, e.g. 1234."`
}

// SuspendUser is Account.SuspendUser.
var SuspendUser = define(jelastic.Method{Service: "Account", Name: "SuspendUser", Effect: jelastic.Destructive,
	Summary: "Suspend a user: they can no longer sign in until enabled again. Admin only."},
	func(a *SuspendUserParams) string {
		return fmt.Sprintf("Suspend user %d; they will not be able to sign in.", a.UID)
	})

// UnfundAccountParams are the arguments of Account.UnfundAccount.
type UnfundAccountParams struct {
	UID     int     `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (uid), e.g. 1234."`
	Amount  float64 `json:"amount" wire:"amount" money:"amount" jsonschema:"required,exclusiveMinimum=0" jsonschema_description:"Amount in the platform currency, e.g. 50 or 12.5."`
	IsBonus *bool   `json:"is_bonus,omitempty" wire:"isBonus" jsonschema:"default=false" jsonschema_description:"true: take from the bonus balance; false: the main balance."`
	Note    *string `json:"note,omitempty" wire:"note" jsonschema_description:"Free-text note saved with the transaction."`
}

// UnfundAccount is Account.UnfundAccount.
var UnfundAccount = define(jelastic.Method{Service: "Account", Name: "UnfundAccount", Effect: jelastic.Destructive,
	Summary: "Take money off a user's main or bonus balance and record it in the fund history. Admin only."},
	func(a *UnfundAccountParams) string {
		return fmt.Sprintf("Take %s off the %s balance of user %d%s.", say.Amount(a.Amount), accountBalance(a.IsBonus), a.UID, accountNote(a.Note))
	})

// WithdrawAccountsParams are the arguments of Account.WithdrawAccounts.
type WithdrawAccountsParams struct {
	StartDate jelastic.Time `json:"start_date" wire:"startDate" money:"priced" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"First day of the period."`
	EndDate   jelastic.Time `json:"end_date" wire:"endDate" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"Last day of the period."`
}

// WithdrawAccounts is Account.WithdrawAccounts.
var WithdrawAccounts = define(jelastic.Method{Service: "Account", Name: "WithdrawAccounts", Effect: jelastic.Destructive,
	Summary: "Charge all accounts for the resources they used between two dates (bulk billing run). Admin only."},
	func(a *WithdrawAccountsParams) string {
		return fmt.Sprintf("Charge all accounts for resource usage from %s through %s.", say.Day(a.StartDate.Time), say.Day(a.EndDate.Time))
	})

// accountBalance names the balance an is_bonus flag selects.
func accountBalance(isBonus *bool) string {
	if isBonus != nil && *isBonus {
		return "bonus"
	}
	return "main"
}

// accountNote is ", note \"...\"" when a note is set, else "".
func accountNote(note *string) string {
	if note == nil {
		return ""
	}
	return ", note " + say.Quote(*note)
}

// accountTime writes an optional instant in UTC, or "(open)" when absent.
func accountTime(t *jelastic.Time) string {
	if t == nil {
		return "(open)"
	}
	return say.Time(t.Time)
}
