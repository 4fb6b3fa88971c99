package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// ClearBillingHistoryParams are the arguments of Utils.ClearBillingHistory.
type ClearBillingHistoryParams struct {
	EnvName   string        `json:"env_name" wire:"envName" jsonschema:"required" jsonschema_description:"Environment name."`
	UID       int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	StartDate jelastic.Time `json:"start_date" wire:"startDate" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"First day of the period."`
	EndDate   jelastic.Time `json:"end_date" wire:"endDate" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Last day of the period."`
	Checksum  string        `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform authorization checksum for admin utilities; passed through unchanged."`
}

// ClearBillingHistory is Utils.ClearBillingHistory.
var ClearBillingHistory = jelastic.Method{Service: "Utils", Name: "ClearBillingHistory", Path: "billing/utils/rest/clearbillinghistory", Effect: jelastic.Destructive,
	Summary: "Clear billing history.",
	Params:  ClearBillingHistoryParams{}}

// ClearMonthTrafficParams are the arguments of Utils.ClearMonthTraffic.
type ClearMonthTrafficParams struct {
	UID        int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	MonthStart string `json:"month_start" wire:"monthStart" jsonschema:"required" jsonschema_description:"Month start."`
	Checksum   string `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform authorization checksum for admin utilities; passed through unchanged."`
}

// ClearMonthTraffic is Utils.ClearMonthTraffic.
var ClearMonthTraffic = jelastic.Method{Service: "Utils", Name: "ClearMonthTraffic", Path: "billing/utils/rest/clearmonthtraffic", Effect: jelastic.Destructive,
	Summary: "Clear month traffic.",
	Params:  ClearMonthTrafficParams{}}

// GetUidUsageByPeriodParams are the arguments of Utils.GetUidUsageByPeriod.
type GetUidUsageByPeriodParams struct {
	UID       int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	StartDate jelastic.Time `json:"start_date" wire:"startDate" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"First day of the period."`
	EndDate   jelastic.Time `json:"end_date" wire:"endDate" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Last day of the period."`
	Checksum  string        `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform authorization checksum for admin utilities; passed through unchanged."`
}

// GetUidUsageByPeriod is Utils.GetUidUsageByPeriod.
var GetUidUsageByPeriod = jelastic.Method{Service: "Utils", Name: "GetUidUsageByPeriod", Path: "billing/utils/rest/getuidusagebyperiod", Effect: jelastic.Read,
	Summary: "Get uid usage by period.",
	Params:  GetUidUsageByPeriodParams{}}

// SetAccountDateParams are the arguments of Utils.SetAccountDate.
type SetAccountDateParams struct {
	UID       int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	DateType  string `json:"date_type" wire:"dateType" jsonschema:"required" jsonschema_description:"Date type."`
	DateValue string `json:"date_value" wire:"dateValue" jsonschema:"required" jsonschema_description:"Date value."`
	Checksum  string `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform authorization checksum for admin utilities; passed through unchanged."`
}

// SetAccountDate is Utils.SetAccountDate.
var SetAccountDate = jelastic.Method{Service: "Utils", Name: "SetAccountDate", Path: "billing/utils/rest/setaccountdate", Effect: jelastic.Destructive,
	Summary: "Set account date.",
	Params:  SetAccountDateParams{}}

// SetBillingHistoryDateParams are the arguments of Utils.SetBillingHistoryDate.
type SetBillingHistoryDateParams struct {
	UID           int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	EnvName       string        `json:"env_name" wire:"envName" jsonschema:"required" jsonschema_description:"Environment name."`
	StartDateFrom jelastic.Time `json:"start_date_from" wire:"startDateFrom" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"Start date from."`
	StartDateTo   jelastic.Time `json:"start_date_to" wire:"startDateTo" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"Start date to."`
	DateType      string        `json:"date_type" wire:"dateType" jsonschema:"required" jsonschema_description:"Date type."`
	DateValue     string        `json:"date_value" wire:"dateValue" jsonschema:"required" jsonschema_description:"Date value."`
	Checksum      string        `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform authorization checksum for admin utilities; passed through unchanged."`
}

// SetBillingHistoryDate is Utils.SetBillingHistoryDate.
var SetBillingHistoryDate = jelastic.Method{Service: "Utils", Name: "SetBillingHistoryDate", Path: "billing/utils/rest/setbillinghistorydate", Effect: jelastic.Destructive,
	Summary: "Set billing history date.",
	Params:  SetBillingHistoryDateParams{}}

// SetMonthTrafficParams are the arguments of Utils.SetMonthTraffic.
type SetMonthTrafficParams struct {
	UID             int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	MonthStart      string `json:"month_start" wire:"monthStart" jsonschema:"required" jsonschema_description:"Month start."`
	ExternalTraffic int    `json:"external_traffic" wire:"externalTraffic" jsonschema:"required" jsonschema_description:"External traffic."`
	Checksum        string `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform authorization checksum for admin utilities; passed through unchanged."`
}

// SetMonthTraffic is Utils.SetMonthTraffic.
var SetMonthTraffic = jelastic.Method{Service: "Utils", Name: "SetMonthTraffic", Path: "billing/utils/rest/setmonthtraffic", Effect: jelastic.Destructive,
	Summary: "Set month traffic.",
	Params:  SetMonthTrafficParams{}}

var utilsMethods = []jelastic.Method{ClearBillingHistory, ClearMonthTraffic, GetUidUsageByPeriod, SetAccountDate, SetBillingHistoryDate, SetMonthTraffic}
