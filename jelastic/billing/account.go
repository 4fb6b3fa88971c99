package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// AddAccountParams are the arguments of Account.AddAccount.
type AddAccountParams struct {
	UID int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
}

// AddAccount is Account.AddAccount.
var AddAccount = jelastic.Method{Service: "Account", Name: "AddAccount", Path: "billing/account/rest/addaccount", Effect: jelastic.Write,
	Summary: "Add account.",
	Params:  AddAccountParams{}}

// ChangeEmailParams are the arguments of Account.ChangeEmail.
type ChangeEmailParams struct {
	Login string `json:"login" wire:"login" jsonschema:"required" jsonschema_description:"Login (e-mail) of the user."`
	Email string `json:"email" wire:"email" jsonschema:"required" jsonschema_description:"E-mail address."`
}

// ChangeEmail is Account.ChangeEmail.
var ChangeEmail = jelastic.Method{Service: "Account", Name: "ChangeEmail", Path: "billing/account/rest/changeemail", Effect: jelastic.Destructive,
	Summary: "Change email.",
	Params:  ChangeEmailParams{}}

// ChangeGroupParams are the arguments of Account.ChangeGroup.
type ChangeGroupParams struct {
	GroupName string        `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the billing (quota) group."`
	UIDs      jelastic.List `json:"uids,omitempty" wire:"uids" jsonschema_description:"User IDs."`
	SendEmail *bool         `json:"send_email,omitempty" wire:"sendEmail" jsonschema:"default=false" jsonschema_description:"Send email."`
	Template  *string       `json:"template,omitempty" wire:"template" jsonschema_description:"E-mail template name."`
}

// ChangeGroup is Account.ChangeGroup.
var ChangeGroup = jelastic.Method{Service: "Account", Name: "ChangeGroup", Path: "billing/account/rest/changegroup", Effect: jelastic.Destructive,
	Summary: "Change group.",
	Params:  ChangeGroupParams{}}

// ChangePhoneNumberParams are the arguments of Account.ChangePhoneNumber.
type ChangePhoneNumberParams struct {
	Login  string `json:"login" wire:"login" jsonschema:"required" jsonschema_description:"Login (e-mail) of the user."`
	Number string `json:"number" wire:"number" jsonschema:"required" jsonschema_description:"Number."`
}

// ChangePhoneNumber is Account.ChangePhoneNumber.
var ChangePhoneNumber = jelastic.Method{Service: "Account", Name: "ChangePhoneNumber", Path: "billing/account/rest/changephonenumber", Effect: jelastic.Write,
	Summary: "Change phone number.",
	Params:  ChangePhoneNumberParams{}}

// ChargeAccountByUidParams are the arguments of Account.ChargeAccountByUid.
type ChargeAccountByUidParams struct {
	UID         int     `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	Amount      float64 `json:"amount" wire:"amount" jsonschema:"required" jsonschema_description:"Amount of money, in the platform currency (positive)."`
	Description string  `json:"description" wire:"description" jsonschema:"required" jsonschema_description:"Free-text description."`
	EnvName     *string `json:"env_name,omitempty" wire:"envName" jsonschema_description:"Environment name."`
}

// ChargeAccountByUid is Account.ChargeAccountByUid.
var ChargeAccountByUid = jelastic.Method{Service: "Account", Name: "ChargeAccountByUid", Path: "billing/account/rest/chargeaccountbyuid", Effect: jelastic.Destructive,
	Summary: "Charge account by uid.",
	Params:  ChargeAccountByUidParams{}}

// ConvertToCommercialParams are the arguments of Account.ConvertToCommercial.
type ConvertToCommercialParams struct {
	Customer jelastic.Object `json:"customer" wire:"customer" jsonschema:"required" jsonschema_description:"Customer billing details as a JSON object (name, address, country...)."`
}

// ConvertToCommercial is Account.ConvertToCommercial.
var ConvertToCommercial = jelastic.Method{Service: "Account", Name: "ConvertToCommercial", Path: "billing/account/rest/converttocommercial", Effect: jelastic.Destructive,
	Summary: "Convert to commercial.",
	Params:  ConvertToCommercialParams{}}

// ConvertToCommercialAndPayParams are the arguments of Account.ConvertToCommercialAndPay.
type ConvertToCommercialAndPayParams struct {
	Customer              jelastic.Object `json:"customer" wire:"customer" jsonschema:"required" jsonschema_description:"Customer billing details as a JSON object (name, address, country...)."`
	PayMethodType         string          `json:"pay_method_type" wire:"payMethodType" jsonschema:"required" jsonschema_description:"Pay method type."`
	ServicePlanID         int             `json:"service_plan_id" wire:"servicePlanId" jsonschema:"required" jsonschema_description:"Service plan ID."`
	AutoServicePlanID     *int            `json:"auto_service_plan_id,omitempty" wire:"autoServicePlanId" jsonschema_description:"Auto service plan id."`
	AutoRefillMainBalance *int            `json:"auto_refill_main_balance,omitempty" wire:"autoRefillMainBalance" jsonschema_description:"Auto refill main balance."`
	AutoRefillPeriod      *string         `json:"auto_refill_period,omitempty" wire:"autoRefillPeriod" jsonschema_description:"Auto refill period."`
}

// ConvertToCommercialAndPay is Account.ConvertToCommercialAndPay.
var ConvertToCommercialAndPay = jelastic.Method{Service: "Account", Name: "ConvertToCommercialAndPay", Path: "billing/account/rest/converttocommercialandpay", Effect: jelastic.Destructive,
	Summary: "Convert to commercial and pay.",
	Params:  ConvertToCommercialAndPayParams{}}

// ConvertToTrialParams are the arguments of Account.ConvertToTrial.
type ConvertToTrialParams struct {
	Template  string         `json:"template" wire:"template" jsonschema:"required" jsonschema_description:"E-mail template name."`
	UIDs      jelastic.List  `json:"uids,omitempty" wire:"uids" jsonschema_description:"User IDs."`
	StartTime *jelastic.Time `json:"start_time,omitempty" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema_description:"Start of the period (inclusive)."`
	EndTime   *jelastic.Time `json:"end_time,omitempty" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema_description:"End of the period (exclusive)."`
	Start     *int           `json:"start,omitempty" wire:"start" jsonschema_description:"Start."`
	Count     *int           `json:"count,omitempty" wire:"count" jsonschema_description:"Count."`
	Bonus     *float64       `json:"bonus,omitempty" wire:"bonus" jsonschema_description:"Bonus."`
}

// ConvertToTrial is Account.ConvertToTrial.
var ConvertToTrial = jelastic.Method{Service: "Account", Name: "ConvertToTrial", Path: "billing/account/rest/converttotrial", Effect: jelastic.Destructive,
	Summary: "Convert to trial.",
	Params:  ConvertToTrialParams{}}

// EnableUserParams are the arguments of Account.EnableUser.
type EnableUserParams struct {
	UID int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
}

// EnableUser is Account.EnableUser.
var EnableUser = jelastic.Method{Service: "Account", Name: "EnableUser", Path: "billing/account/rest/enableuser", Effect: jelastic.Write,
	Summary: "Enable user.",
	Params:  EnableUserParams{}}

// ExportAccountBillingHistoryByPeriodParams are the arguments of Account.ExportAccountBillingHistoryByPeriod.
type ExportAccountBillingHistoryByPeriodParams struct {
	StartTime   jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime     jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Period      *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Aggregation bucket: AGE, YEAR, MONTH, WEEK, DAY or HOUR."`
	TimeOffset  *int             `json:"time_offset,omitempty" wire:"timeOffset" jsonschema_description:"Time-zone offset of the buckets, in minutes from UTC."`
	GroupNodes  *bool            `json:"group_nodes,omitempty" wire:"groupNodes" jsonschema:"default=false" jsonschema_description:"true: sum the costs of nodes of the same layer."`
	TargetAppID *string          `json:"target_app_id,omitempty" wire:"targetAppid" jsonschema_description:"Application ID (appid) of the target environment."`
}

// ExportAccountBillingHistoryByPeriod is Account.ExportAccountBillingHistoryByPeriod.
var ExportAccountBillingHistoryByPeriod = jelastic.Method{Service: "Account", Name: "ExportAccountBillingHistoryByPeriod", Path: "billing/account/rest/exportaccountbillinghistorybyperiod", Effect: jelastic.Read,
	Summary: "Export account billing history by period.",
	Params:  ExportAccountBillingHistoryByPeriodParams{}}

// ExportEnvBillingHistoryByPeriodParams are the arguments of Account.ExportEnvBillingHistoryByPeriod.
type ExportEnvBillingHistoryByPeriodParams struct {
	StartTime  jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime    jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	TimeOffset int              `json:"time_offset" wire:"timeOffset" jsonschema:"required" jsonschema_description:"Time-zone offset of the buckets, in minutes from UTC."`
	Period     *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Aggregation bucket: AGE, YEAR, MONTH, WEEK, DAY or HOUR."`
	GroupNodes *bool            `json:"group_nodes,omitempty" wire:"groupNodes" jsonschema:"default=false" jsonschema_description:"true: sum the costs of nodes of the same layer."`
}

// ExportEnvBillingHistoryByPeriod is Account.ExportEnvBillingHistoryByPeriod.
var ExportEnvBillingHistoryByPeriod = jelastic.Method{Service: "Account", Name: "ExportEnvBillingHistoryByPeriod", Path: "billing/account/rest/exportenvbillinghistorybyperiod", Effect: jelastic.Read,
	Summary: "Export env billing history by period.",
	Params:  ExportEnvBillingHistoryByPeriodParams{}}

// FundAccountParams are the arguments of Account.FundAccount.
type FundAccountParams struct {
	UID     int     `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	Amount  float64 `json:"amount" wire:"amount" jsonschema:"required" jsonschema_description:"Amount of money, in the platform currency (positive)."`
	IsBonus *bool   `json:"is_bonus,omitempty" wire:"isBonus" jsonschema:"default=false" jsonschema_description:"Is bonus."`
	Note    *string `json:"note,omitempty" wire:"note" jsonschema_description:"Note stored with the record."`
}

// FundAccount is Account.FundAccount.
var FundAccount = jelastic.Method{Service: "Account", Name: "FundAccount", Path: "billing/account/rest/fundaccount", Effect: jelastic.Destructive,
	Summary: "Fund account.",
	Params:  FundAccountParams{}}

// FundAndActivateAccountParams are the arguments of Account.FundAndActivateAccount.
type FundAndActivateAccountParams struct {
	UID    int     `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	Amount float64 `json:"amount" wire:"amount" jsonschema:"required" jsonschema_description:"Amount of money, in the platform currency (positive)."`
	Note   *string `json:"note,omitempty" wire:"note" jsonschema_description:"Note stored with the record."`
}

// FundAndActivateAccount is Account.FundAndActivateAccount.
var FundAndActivateAccount = jelastic.Method{Service: "Account", Name: "FundAndActivateAccount", Path: "billing/account/rest/fundandactivateaccount", Effect: jelastic.Destructive,
	Summary: "Fund and activate account.",
	Params:  FundAndActivateAccountParams{}}

// GetAccountParams are the arguments of Account.GetAccount.
type GetAccountParams struct{}

// GetAccount is Account.GetAccount.
var GetAccount = jelastic.Method{Service: "Account", Name: "GetAccount", Path: "billing/account/rest/getaccount", Effect: jelastic.Read,
	Summary: "Get account.",
	Params:  GetAccountParams{}}

// GetAccountBillingByEngineTypeAndPeriodParams are the arguments of Account.GetAccountBillingByEngineTypeAndPeriod.
type GetAccountBillingByEngineTypeAndPeriodParams struct {
	StartTime   jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime     jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	OwnerUID    *string          `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID of the owner."`
	EngineTypes jelastic.List    `json:"engine_types,omitempty" wire:"engineTypes" jsonschema_description:"Engine types."`
	Period      *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Aggregation bucket: AGE, YEAR, MONTH, WEEK, DAY or HOUR."`
	TimeOffset  *int             `json:"time_offset,omitempty" wire:"timeOffset" jsonschema_description:"Time-zone offset of the buckets, in minutes from UTC."`
}

// GetAccountBillingByEngineTypeAndPeriod is Account.GetAccountBillingByEngineTypeAndPeriod.
var GetAccountBillingByEngineTypeAndPeriod = jelastic.Method{Service: "Account", Name: "GetAccountBillingByEngineTypeAndPeriod", Path: "billing/account/rest/getaccountbillingbyenginetypeandperiod", Effect: jelastic.Read,
	Summary: "Get account billing by engine type and period.",
	Params:  GetAccountBillingByEngineTypeAndPeriodParams{}}

// GetAccountBillingHistoryByPeriodParams are the arguments of Account.GetAccountBillingHistoryByPeriod.
type GetAccountBillingHistoryByPeriodParams struct {
	StartTime   jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime     jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Period      *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Aggregation bucket: AGE, YEAR, MONTH, WEEK, DAY or HOUR."`
	TimeOffset  *int             `json:"time_offset,omitempty" wire:"timeOffset" jsonschema_description:"Time-zone offset of the buckets, in minutes from UTC."`
	GroupNodes  *bool            `json:"group_nodes,omitempty" wire:"groupNodes" jsonschema:"default=false" jsonschema_description:"true: sum the costs of nodes of the same layer."`
	TargetAppID *string          `json:"target_app_id,omitempty" wire:"targetAppid" jsonschema_description:"Application ID (appid) of the target environment."`
}

// GetAccountBillingHistoryByPeriod is Account.GetAccountBillingHistoryByPeriod.
var GetAccountBillingHistoryByPeriod = jelastic.Method{Service: "Account", Name: "GetAccountBillingHistoryByPeriod", Path: "billing/account/rest/getaccountbillinghistorybyperiod", Effect: jelastic.Read,
	Summary: "Get account billing history by period.",
	Params:  GetAccountBillingHistoryByPeriodParams{}}

// GetAccountsParams are the arguments of Account.GetAccounts.
type GetAccountsParams struct {
	Lebalance      *string `json:"lebalance,omitempty" wire:"lebalance" jsonschema_description:"Lebalance."`
	OrderField     *string `json:"order_field,omitempty" wire:"orderField" jsonschema_description:"Field to sort by."`
	OrderDirection *string `json:"order_direction,omitempty" wire:"orderDirection" jsonschema_description:"Sort order: ASC or DESC."`
	FilterField    *string `json:"filter_field,omitempty" wire:"filterField" jsonschema_description:"Filter field."`
	FilterValue    *string `json:"filter_value,omitempty" wire:"filterValue" jsonschema_description:"Filter value."`
	StartRow       *int    `json:"start_row,omitempty" wire:"startRow" jsonschema_description:"Index of the first row to return (0-based)."`
	ResultCount    *int    `json:"result_count,omitempty" wire:"resultCount" jsonschema_description:"How many rows to return (0: all)."`
}

// GetAccounts is Account.GetAccounts.
var GetAccounts = jelastic.Method{Service: "Account", Name: "GetAccounts", Path: "billing/account/rest/getaccounts", Effect: jelastic.Read,
	Summary: "Get accounts.",
	Params:  GetAccountsParams{}}

// GetAccountsByLimitsParams are the arguments of Account.GetAccountsByLimits.
type GetAccountsByLimitsParams struct {
	Uidslimits jelastic.List `json:"uidslimits" wire:"uidslimits" sep:";" jsonschema:"required" jsonschema_description:"Uidslimits."`
}

// GetAccountsByLimits is Account.GetAccountsByLimits.
var GetAccountsByLimits = jelastic.Method{Service: "Account", Name: "GetAccountsByLimits", Path: "billing/account/rest/getaccountsbylimits", Effect: jelastic.Read,
	Summary: "Get accounts by limits.",
	Params:  GetAccountsByLimitsParams{}}

// GetAccountsByPersonalThresholdParams are the arguments of Account.GetAccountsByPersonalThreshold.
type GetAccountsByPersonalThresholdParams struct{}

// GetAccountsByPersonalThreshold is Account.GetAccountsByPersonalThreshold.
var GetAccountsByPersonalThreshold = jelastic.Method{Service: "Account", Name: "GetAccountsByPersonalThreshold", Path: "billing/account/rest/getaccountsbypersonalthreshold", Effect: jelastic.Read,
	Summary: "Get accounts by personal threshold.",
	Params:  GetAccountsByPersonalThresholdParams{}}

// GetAccountsByUidsParams are the arguments of Account.GetAccountsByUids.
type GetAccountsByUidsParams struct {
	UIDs      jelastic.List `json:"uids" wire:"uids" jsonschema:"required" jsonschema_description:"User IDs."`
	Lebalance *string       `json:"lebalance,omitempty" wire:"lebalance" jsonschema_description:"Lebalance."`
}

// GetAccountsByUids is Account.GetAccountsByUids.
var GetAccountsByUids = jelastic.Method{Service: "Account", Name: "GetAccountsByUids", Path: "billing/account/rest/getaccountsbyuids", Effect: jelastic.Read,
	Summary: "Get accounts by uids.",
	Params:  GetAccountsByUidsParams{}}

// GetAccountsForDeactivationParams are the arguments of Account.GetAccountsForDeactivation.
type GetAccountsForDeactivationParams struct{}

// GetAccountsForDeactivation is Account.GetAccountsForDeactivation.
var GetAccountsForDeactivation = jelastic.Method{Service: "Account", Name: "GetAccountsForDeactivation", Path: "billing/account/rest/getaccountsfordeactivation", Effect: jelastic.Read,
	Summary: "Get accounts for deactivation.",
	Params:  GetAccountsForDeactivationParams{}}

// GetAccountsForDestroyingParams are the arguments of Account.GetAccountsForDestroying.
type GetAccountsForDestroyingParams struct{}

// GetAccountsForDestroying is Account.GetAccountsForDestroying.
var GetAccountsForDestroying = jelastic.Method{Service: "Account", Name: "GetAccountsForDestroying", Path: "billing/account/rest/getaccountsfordestroying", Effect: jelastic.Read,
	Summary: "Get accounts for destroying.",
	Params:  GetAccountsForDestroyingParams{}}

// GetAggClusterBillingHistoryParams are the arguments of Account.GetAggClusterBillingHistory.
type GetAggClusterBillingHistoryParams struct {
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Interval  int           `json:"interval" wire:"interval" jsonschema:"required" jsonschema_description:"Bucket length in seconds."`
	SumFields jelastic.List `json:"sum_fields" wire:"sumFields" jsonschema:"required" jsonschema_description:"Sum fields."`
	IsPaid    *bool         `json:"is_paid,omitempty" wire:"isPaid" jsonschema:"default=false" jsonschema_description:"Is paid."`
}

// GetAggClusterBillingHistory is Account.GetAggClusterBillingHistory.
var GetAggClusterBillingHistory = jelastic.Method{Service: "Account", Name: "GetAggClusterBillingHistory", Path: "billing/account/rest/getaggclusterbillinghistory", Effect: jelastic.Read,
	Summary: "Get agg cluster billing history.",
	Params:  GetAggClusterBillingHistoryParams{}}

// GetAggExtraBillingHistoryParams are the arguments of Account.GetAggExtraBillingHistory.
type GetAggExtraBillingHistoryParams struct {
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Interval  int           `json:"interval" wire:"interval" jsonschema:"required" jsonschema_description:"Bucket length in seconds."`
	IsPaid    *bool         `json:"is_paid,omitempty" wire:"isPaid" jsonschema:"default=false" jsonschema_description:"Is paid."`
	Type      *string       `json:"type,omitempty" wire:"type" jsonschema_description:"Type of the object."`
	Names     jelastic.List `json:"names,omitempty" wire:"names" jsonschema_description:"Names."`
}

// GetAggExtraBillingHistory is Account.GetAggExtraBillingHistory.
var GetAggExtraBillingHistory = jelastic.Method{Service: "Account", Name: "GetAggExtraBillingHistory", Path: "billing/account/rest/getaggextrabillinghistory", Effect: jelastic.Read,
	Summary: "Get agg extra billing history.",
	Params:  GetAggExtraBillingHistoryParams{}}

// GetBillingInfoParams are the arguments of Account.GetBillingInfo.
type GetBillingInfoParams struct{}

// GetBillingInfo is Account.GetBillingInfo.
var GetBillingInfo = jelastic.Method{Service: "Account", Name: "GetBillingInfo", Path: "billing/account/rest/getbillinginfo", Effect: jelastic.Read,
	Summary: "Get billing info.",
	Params:  GetBillingInfoParams{}}

// GetClusterBillingHistoryParams are the arguments of Account.GetClusterBillingHistory.
type GetClusterBillingHistoryParams struct {
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Interval  *int          `json:"interval,omitempty" wire:"interval" jsonschema_description:"Bucket length in seconds."`
}

// GetClusterBillingHistory is Account.GetClusterBillingHistory.
var GetClusterBillingHistory = jelastic.Method{Service: "Account", Name: "GetClusterBillingHistory", Path: "billing/account/rest/getclusterbillinghistory", Effect: jelastic.Read,
	Summary: "Get cluster billing history.",
	Params:  GetClusterBillingHistoryParams{}}

// GetCollaborationQuotasParams are the arguments of Account.GetCollaborationQuotas.
type GetCollaborationQuotasParams struct {
	CollaborationID *int          `json:"collaboration_id,omitempty" wire:"collaborationId" jsonschema_description:"Collaboration id."`
	OwnerUID        *int          `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID of the owner."`
	QuotaNames      jelastic.List `json:"quota_names,omitempty" wire:"quotaNames" jsonschema_description:"Quota names."`
}

// GetCollaborationQuotas is Account.GetCollaborationQuotas.
var GetCollaborationQuotas = jelastic.Method{Service: "Account", Name: "GetCollaborationQuotas", Path: "billing/account/rest/getcollaborationquotas", Effect: jelastic.Read,
	Summary: "Get collaboration quotas.",
	Params:  GetCollaborationQuotasParams{}}

// GetCountriesParams are the arguments of Account.GetCountries.
type GetCountriesParams struct{}

// GetCountries is Account.GetCountries.
var GetCountries = jelastic.Method{Service: "Account", Name: "GetCountries", Path: "billing/account/rest/getcountries", Effect: jelastic.Read,
	Summary: "Get countries.",
	Params:  GetCountriesParams{}}

// GetCountryStatesParams are the arguments of Account.GetCountryStates.
type GetCountryStatesParams struct {
	CountryCode string `json:"country_code" wire:"ccode" jsonschema:"required" jsonschema_description:"Country code."`
}

// GetCountryStates is Account.GetCountryStates.
var GetCountryStates = jelastic.Method{Service: "Account", Name: "GetCountryStates", Path: "billing/account/rest/getcountrystates", Effect: jelastic.Read,
	Summary: "Get country states.",
	Params:  GetCountryStatesParams{}}

// GetEnvBillingHistoryByPeriodParams are the arguments of Account.GetEnvBillingHistoryByPeriod.
type GetEnvBillingHistoryByPeriodParams struct {
	StartTime  jelastic.Time    `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime    jelastic.Time    `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Period     *jelastic.Period `json:"period,omitempty" wire:"period" jsonschema:"default=DAY" jsonschema_description:"Aggregation bucket: AGE, YEAR, MONTH, WEEK, DAY or HOUR."`
	TimeOffset *int             `json:"time_offset,omitempty" wire:"timeOffset" jsonschema_description:"Time-zone offset of the buckets, in minutes from UTC."`
	GroupNodes *bool            `json:"group_nodes,omitempty" wire:"groupNodes" jsonschema:"default=false" jsonschema_description:"true: sum the costs of nodes of the same layer."`
}

// GetEnvBillingHistoryByPeriod is Account.GetEnvBillingHistoryByPeriod.
var GetEnvBillingHistoryByPeriod = jelastic.Method{Service: "Account", Name: "GetEnvBillingHistoryByPeriod", Path: "billing/account/rest/getenvbillinghistorybyperiod", Effect: jelastic.Read,
	Summary: "Get env billing history by period.",
	Params:  GetEnvBillingHistoryByPeriodParams{}}

// GetExtendedAccountBillingHistoryByPeriodParams are the arguments of Account.GetExtendedAccountBillingHistoryByPeriod.
type GetExtendedAccountBillingHistoryByPeriodParams struct {
	StartTime   jelastic.Time `json:"start_time" wire:"starttime" layout:"2006-01-02T15:04:05Z" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime     jelastic.Time `json:"end_time" wire:"endtime" layout:"2006-01-02T15:04:05Z" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	TargetAppID *string       `json:"target_app_id,omitempty" wire:"targetAppid" jsonschema_description:"Application ID (appid) of the target environment."`
}

// GetExtendedAccountBillingHistoryByPeriod is Account.GetExtendedAccountBillingHistoryByPeriod.
var GetExtendedAccountBillingHistoryByPeriod = jelastic.Method{Service: "Account", Name: "GetExtendedAccountBillingHistoryByPeriod", Path: "billing/account/rest/getextendedaccountbillinghistorybyperiod", Effect: jelastic.Read,
	Summary: "Get extended account billing history by period.",
	Params:  GetExtendedAccountBillingHistoryByPeriodParams{}}

// GetExternBillingSystemSessionParams are the arguments of Account.GetExternBillingSystemSession.
type GetExternBillingSystemSessionParams struct{}

// GetExternBillingSystemSession is Account.GetExternBillingSystemSession.
var GetExternBillingSystemSession = jelastic.Method{Service: "Account", Name: "GetExternBillingSystemSession", Path: "billing/account/rest/getexternbillingsystemsession", Effect: jelastic.Read,
	Summary: "Get extern billing system session.",
	Params:  GetExternBillingSystemSessionParams{}}

// GetExternBillingSystemsParams are the arguments of Account.GetExternBillingSystems.
type GetExternBillingSystemsParams struct{}

// GetExternBillingSystems is Account.GetExternBillingSystems.
var GetExternBillingSystems = jelastic.Method{Service: "Account", Name: "GetExternBillingSystems", Path: "billing/account/rest/getexternbillingsystems", Effect: jelastic.Read,
	Summary: "Get extern billing systems.",
	Params:  GetExternBillingSystemsParams{}}

// GetExternalUserByIdParams are the arguments of Account.GetExternalUserById.
type GetExternalUserByIdParams struct {
	ID string `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
}

// GetExternalUserById is Account.GetExternalUserById.
var GetExternalUserById = jelastic.Method{Service: "Account", Name: "GetExternalUserById", Path: "billing/account/rest/getexternaluserbyid", Effect: jelastic.Read,
	Summary: "Get external user by id.",
	Params:  GetExternalUserByIdParams{}}

// GetFundAccountHistoryParams are the arguments of Account.GetFundAccountHistory.
type GetFundAccountHistoryParams struct {
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	UID       int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
}

// GetFundAccountHistory is Account.GetFundAccountHistory.
var GetFundAccountHistory = jelastic.Method{Service: "Account", Name: "GetFundAccountHistory", Path: "billing/account/rest/getfundaccounthistory", Effect: jelastic.Read,
	Summary: "Get fund account history.",
	Params:  GetFundAccountHistoryParams{}}

// AccountGetQuotasParams are the arguments of Account.GetQuotas.
type AccountGetQuotasParams struct {
	QuotaNames jelastic.List `json:"quota_names,omitempty" wire:"quotasnames" jsonschema_description:"Quota names."`
}

// AccountGetQuotas is Account.GetQuotas.
var AccountGetQuotas = jelastic.Method{Service: "Account", Name: "GetQuotas", Path: "billing/account/rest/getquotas", Effect: jelastic.Read,
	Summary: "Get quotas.",
	Params:  AccountGetQuotasParams{}}

// GetSumParams are the arguments of Account.GetSum.
type GetSumParams struct {
	UID       int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
}

// GetSum is Account.GetSum.
var GetSum = jelastic.Method{Service: "Account", Name: "GetSum", Path: "billing/account/rest/getsum", Effect: jelastic.Read,
	Summary: "Get sum.",
	Params:  GetSumParams{}}

// GetSumAccountBillingHistoryParams are the arguments of Account.GetSumAccountBillingHistory.
type GetSumAccountBillingHistoryParams struct {
	UID       int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	StartTime jelastic.Time `json:"start_time" wire:"startTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period (inclusive)."`
	EndTime   jelastic.Time `json:"end_time" wire:"endTime" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period (exclusive)."`
	Bonus     *int          `json:"bonus,omitempty" wire:"bonus" jsonschema_description:"Bonus."`
}

// GetSumAccountBillingHistory is Account.GetSumAccountBillingHistory.
var GetSumAccountBillingHistory = jelastic.Method{Service: "Account", Name: "GetSumAccountBillingHistory", Path: "billing/account/rest/getsumaccountbillinghistory", Effect: jelastic.Read,
	Summary: "Get sum account billing history.",
	Params:  GetSumAccountBillingHistoryParams{}}

// GetSuspendedAccountsParams are the arguments of Account.GetSuspendedAccounts.
type GetSuspendedAccountsParams struct{}

// GetSuspendedAccounts is Account.GetSuspendedAccounts.
var GetSuspendedAccounts = jelastic.Method{Service: "Account", Name: "GetSuspendedAccounts", Path: "billing/account/rest/getsuspendedaccounts", Effect: jelastic.Read,
	Summary: "Get suspended accounts.",
	Params:  GetSuspendedAccountsParams{}}

// AccountRemoveQuotaParams are the arguments of Account.RemoveQuota.
type AccountRemoveQuotaParams struct {
	UID  int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
}

// AccountRemoveQuota is Account.RemoveQuota.
var AccountRemoveQuota = jelastic.Method{Service: "Account", Name: "RemoveQuota", Path: "billing/account/rest/removequota", Effect: jelastic.Write,
	Summary: "Remove quota.",
	Params:  AccountRemoveQuotaParams{}}

// ResetTestAccountsParams are the arguments of Account.ResetTestAccounts.
type ResetTestAccountsParams struct{}

// ResetTestAccounts is Account.ResetTestAccounts.
var ResetTestAccounts = jelastic.Method{Service: "Account", Name: "ResetTestAccounts", Path: "billing/account/rest/resettestaccounts", Effect: jelastic.Destructive,
	Summary: "Reset test accounts.",
	Params:  ResetTestAccountsParams{}}

// SetAccountStatusParams are the arguments of Account.SetAccountStatus.
type SetAccountStatusParams struct {
	UID    int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	Status int `json:"status" wire:"status" jsonschema:"required" jsonschema_description:"Status value."`
}

// SetAccountStatus is Account.SetAccountStatus.
var SetAccountStatus = jelastic.Method{Service: "Account", Name: "SetAccountStatus", Path: "billing/account/rest/setaccountstatus", Effect: jelastic.Destructive,
	Summary: "Set account status.",
	Params:  SetAccountStatusParams{}}

// SetBillingInfoParams are the arguments of Account.SetBillingInfo.
type SetBillingInfoParams struct {
	Customer jelastic.Object `json:"customer" wire:"customer" jsonschema:"required" jsonschema_description:"Customer billing details as a JSON object (name, address, country...)."`
}

// SetBillingInfo is Account.SetBillingInfo.
var SetBillingInfo = jelastic.Method{Service: "Account", Name: "SetBillingInfo", Path: "billing/account/rest/setbillinginfo", Effect: jelastic.Destructive,
	Summary: "Set billing info.",
	Params:  SetBillingInfoParams{}}

// SetFundNoteParams are the arguments of Account.SetFundNote.
type SetFundNoteParams struct {
	ID   int    `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
	Note string `json:"note" wire:"note" jsonschema:"required" jsonschema_description:"Note stored with the record."`
}

// SetFundNote is Account.SetFundNote.
var SetFundNote = jelastic.Method{Service: "Account", Name: "SetFundNote", Path: "billing/account/rest/setfundnote", Effect: jelastic.Write,
	Summary: "Set fund note.",
	Params:  SetFundNoteParams{}}

// SetGroupParams are the arguments of Account.SetGroup.
type SetGroupParams struct {
	UID          int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	GroupName    string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the billing (quota) group."`
	ResetBalance *bool  `json:"reset_balance,omitempty" wire:"resetBalance" jsonschema:"default=false" jsonschema_description:"Reset balance."`
	ResetBonus   *bool  `json:"reset_bonus,omitempty" wire:"resetBonus" jsonschema:"default=false" jsonschema_description:"Reset bonus."`
}

// SetGroup is Account.SetGroup.
var SetGroup = jelastic.Method{Service: "Account", Name: "SetGroup", Path: "billing/account/rest/setgroup", Effect: jelastic.Destructive,
	Summary: "Set group.",
	Params:  SetGroupParams{}}

// SetQuotaParams are the arguments of Account.SetQuota.
type SetQuotaParams struct {
	UID         int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	Name        string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
	Value       string `json:"value" wire:"value" jsonschema:"required" jsonschema_description:"Value."`
	ReferenceID *int   `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Reference ID of the quota (e.g. a node group)."`
}

// SetQuota is Account.SetQuota.
var SetQuota = jelastic.Method{Service: "Account", Name: "SetQuota", Path: "billing/account/rest/setquota", Effect: jelastic.Write,
	Summary: "Set quota.",
	Params:  SetQuotaParams{}}

// SetUserNoteParams are the arguments of Account.SetUserNote.
type SetUserNoteParams struct {
	UID  int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	Note string `json:"note" wire:"note" jsonschema:"required" jsonschema_description:"Note stored with the record."`
}

// SetUserNote is Account.SetUserNote.
var SetUserNote = jelastic.Method{Service: "Account", Name: "SetUserNote", Path: "billing/account/rest/setusernote", Effect: jelastic.Write,
	Summary: "Set user note.",
	Params:  SetUserNoteParams{}}

// SurchargeAccountsParams are the arguments of Account.SurchargeAccounts.
type SurchargeAccountsParams struct {
	StartDate jelastic.Time `json:"start_date" wire:"startDate" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"First day of the period."`
	EndDate   jelastic.Time `json:"end_date" wire:"endDate" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"Last day of the period."`
}

// SurchargeAccounts is Account.SurchargeAccounts.
var SurchargeAccounts = jelastic.Method{Service: "Account", Name: "SurchargeAccounts", Path: "billing/account/rest/surchargeaccounts", Effect: jelastic.Destructive,
	Summary: "Surcharge accounts.",
	Params:  SurchargeAccountsParams{}}

// SuspendUserParams are the arguments of Account.SuspendUser.
type SuspendUserParams struct {
	UID int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
}

// SuspendUser is Account.SuspendUser.
var SuspendUser = jelastic.Method{Service: "Account", Name: "SuspendUser", Path: "billing/account/rest/suspenduser", Effect: jelastic.Destructive,
	Summary: "Suspend user.",
	Params:  SuspendUserParams{}}

// UnfundAccountParams are the arguments of Account.UnfundAccount.
type UnfundAccountParams struct {
	UID     int     `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	Amount  float64 `json:"amount" wire:"amount" jsonschema:"required" jsonschema_description:"Amount of money, in the platform currency (positive)."`
	IsBonus *bool   `json:"is_bonus,omitempty" wire:"isBonus" jsonschema:"default=false" jsonschema_description:"Is bonus."`
	Note    *string `json:"note,omitempty" wire:"note" jsonschema_description:"Note stored with the record."`
}

// UnfundAccount is Account.UnfundAccount.
var UnfundAccount = jelastic.Method{Service: "Account", Name: "UnfundAccount", Path: "billing/account/rest/unfundaccount", Effect: jelastic.Destructive,
	Summary: "Unfund account.",
	Params:  UnfundAccountParams{}}

// WithdrawAccountsParams are the arguments of Account.WithdrawAccounts.
type WithdrawAccountsParams struct {
	StartDate jelastic.Time `json:"start_date" wire:"startDate" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"First day of the period."`
	EndDate   jelastic.Time `json:"end_date" wire:"endDate" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"Last day of the period."`
}

// WithdrawAccounts is Account.WithdrawAccounts.
var WithdrawAccounts = jelastic.Method{Service: "Account", Name: "WithdrawAccounts", Path: "billing/account/rest/withdrawaccounts", Effect: jelastic.Destructive,
	Summary: "Withdraw accounts.",
	Params:  WithdrawAccountsParams{}}

var accountMethods = []jelastic.Method{AddAccount, ChangeEmail, ChangeGroup, ChangePhoneNumber, ChargeAccountByUid, ConvertToCommercial, ConvertToCommercialAndPay, ConvertToTrial, EnableUser, ExportAccountBillingHistoryByPeriod, ExportEnvBillingHistoryByPeriod, FundAccount, FundAndActivateAccount, GetAccount, GetAccountBillingByEngineTypeAndPeriod, GetAccountBillingHistoryByPeriod, GetAccounts, GetAccountsByLimits, GetAccountsByPersonalThreshold, GetAccountsByUids, GetAccountsForDeactivation, GetAccountsForDestroying, GetAggClusterBillingHistory, GetAggExtraBillingHistory, GetBillingInfo, GetClusterBillingHistory, GetCollaborationQuotas, GetCountries, GetCountryStates, GetEnvBillingHistoryByPeriod, GetExtendedAccountBillingHistoryByPeriod, GetExternBillingSystemSession, GetExternBillingSystems, GetExternalUserById, GetFundAccountHistory, AccountGetQuotas, GetSum, GetSumAccountBillingHistory, GetSuspendedAccounts, AccountRemoveQuota, ResetTestAccounts, SetAccountStatus, SetBillingInfo, SetFundNote, SetGroup, SetQuota, SetUserNote, SurchargeAccounts, SuspendUser, UnfundAccount, WithdrawAccounts}
