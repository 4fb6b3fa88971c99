package billing

import (
	"fmt"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// ClearBillingHistoryParams are the arguments of Utils.ClearBillingHistory.
type ClearBillingHistoryParams struct {
	EnvName   string        `json:"env_name" wire:"envName" jsonschema:"required" jsonschema_description:"Environment name (domain prefix), e.g. my-shop."`
	UID       int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the user who owns the environment."`
	StartDate jelastic.Time `json:"start_date" wire:"startDate" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period to erase."`
	EndDate   jelastic.Time `json:"end_date" wire:"endDate" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period to erase."`
	Checksum  string        `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform checksum; a secret."`
}

// ClearBillingHistory is Utils.ClearBillingHistory.
var ClearBillingHistory = define(jelastic.Method{Service: "Utils", Name: "ClearBillingHistory", Effect: jelastic.Destructive,
	Summary: "Erase an environment's billing history records in a time range. Admin only, for test platforms; needs the checksum."},
	func(a *ClearBillingHistoryParams) string {
		return fmt.Sprintf("Erase the billing history of environment %s (user %d) from %s to %s.",
			say.Quote(a.EnvName), a.UID, say.Time(a.StartDate.Time), say.Time(a.EndDate.Time))
	})

// ClearMonthTrafficParams are the arguments of Utils.ClearMonthTraffic.
type ClearMonthTrafficParams struct {
	UID        int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (uid)."`
	MonthStart string `json:"month_start" wire:"monthStart" jsonschema:"required" jsonschema_description:"First day of the month, as text, e.g. 2024-04-01."`
	Checksum   string `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform checksum; a secret."`
}

// ClearMonthTraffic is Utils.ClearMonthTraffic.
var ClearMonthTraffic = define(jelastic.Method{Service: "Utils", Name: "ClearMonthTraffic", Effect: jelastic.Destructive,
	Summary: "Reset a user's counted network traffic for one month to zero. Admin only, for test platforms; needs the checksum."},
	func(a *ClearMonthTrafficParams) string {
		return fmt.Sprintf("Reset the traffic counted for user %d in the month starting %s to zero.", a.UID, a.MonthStart)
	})

// GetUidUsageByPeriodParams are the arguments of Utils.GetUidUsageByPeriod.
type GetUidUsageByPeriodParams struct {
	UID       int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (uid)."`
	StartDate jelastic.Time `json:"start_date" wire:"startDate" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"Start of the period."`
	EndDate   jelastic.Time `json:"end_date" wire:"endDate" layout:"2006-01-02 15:04:05" jsonschema:"required" jsonschema_description:"End of the period."`
	Checksum  string        `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform checksum; a secret."`
}

// GetUidUsageByPeriod is Utils.GetUidUsageByPeriod.
var GetUidUsageByPeriod = define[GetUidUsageByPeriodParams](jelastic.Method{Service: "Utils", Name: "GetUidUsageByPeriod", Effect: jelastic.Read,
	Summary: "Return a user's resource usage and its cost (platform currency) in a time range. Admin only, for test platforms; needs the checksum."}, nil)

// SetAccountDateParams are the arguments of Utils.SetAccountDate.
type SetAccountDateParams struct {
	UID       int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the user whose account changes."`
	DateType  string `json:"date_type" wire:"dateType" jsonschema:"required,enum=createdOn,enum=lastLoginDate" jsonschema_description:"Which account date to overwrite."`
	DateValue string `json:"date_value" wire:"dateValue" jsonschema:"required" jsonschema_description:"New date as text, e.g. 2024-04-01 00:00:00."`
	Checksum  string `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform checksum; a secret."`
}

// SetAccountDate is Utils.SetAccountDate.
var SetAccountDate = define(jelastic.Method{Service: "Utils", Name: "SetAccountDate", Effect: jelastic.Destructive,
	Summary: "Overwrite one of the dates stored on a user's billing account. Admin only, for test platforms; needs the checksum."},
	func(a *SetAccountDateParams) string {
		return fmt.Sprintf("Overwrite the %s date of user %d's account with %s.", say.Quote(a.DateType), a.UID, say.Quote(a.DateValue))
	})

// SetBillingHistoryDateParams are the arguments of Utils.SetBillingHistoryDate.
type SetBillingHistoryDateParams struct {
	UID           int           `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"Owner's user ID."`
	EnvName       string        `json:"env_name" wire:"envName" jsonschema:"required" jsonschema_description:"Environment name, e.g. my-shop."`
	StartDateFrom jelastic.Time `json:"start_date_from" wire:"startDateFrom" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"First start day."`
	StartDateTo   jelastic.Time `json:"start_date_to" wire:"startDateTo" layout:"2006-01-02" jsonschema:"required" jsonschema_description:"Last start day (inclusive)."`
	DateType      string        `json:"date_type" wire:"dateType" jsonschema:"required" jsonschema_description:"Record date field to overwrite."`
	DateValue     string        `json:"date_value" wire:"dateValue" jsonschema:"required" jsonschema_description:"New date, e.g. 2024-04-01 00:00:00."`
	Checksum      string        `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform checksum; a secret."`
}

// SetBillingHistoryDate is Utils.SetBillingHistoryDate.
var SetBillingHistoryDate = define(jelastic.Method{Service: "Utils", Name: "SetBillingHistoryDate", Effect: jelastic.Destructive,
	Summary: "Overwrite a date on an environment's billing records starting in a day range. Admin only, for test platforms; needs the checksum."},
	func(a *SetBillingHistoryDateParams) string {
		return fmt.Sprintf("Overwrite the %s date with %s on the billing history records of environment %s (user %d) that started between %s and %s.",
			say.Quote(a.DateType), say.Quote(a.DateValue), say.Quote(a.EnvName), a.UID, say.Day(a.StartDateFrom.Time), say.Day(a.StartDateTo.Time))
	})

// SetMonthTrafficParams are the arguments of Utils.SetMonthTraffic.
type SetMonthTrafficParams struct {
	UID             int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (uid)."`
	MonthStart      string `json:"month_start" wire:"monthStart" jsonschema:"required" jsonschema_description:"First day of the month, as text, e.g. 2024-04-01."`
	ExternalTraffic int    `json:"external_traffic" wire:"externalTraffic" jsonschema:"required" jsonschema_description:"External traffic total to record for that month."`
	Checksum        string `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform checksum; a secret."`
}

// SetMonthTraffic is Utils.SetMonthTraffic.
var SetMonthTraffic = define(jelastic.Method{Service: "Utils", Name: "SetMonthTraffic", Effect: jelastic.Destructive,
	Summary: "Overwrite a user's counted external traffic for one month, which changes traffic charges. Admin only, for test platforms; needs the checksum."},
	func(a *SetMonthTrafficParams) string {
		return fmt.Sprintf("Set the external traffic of user %d for the month starting %s to %d.", a.UID, a.MonthStart, a.ExternalTraffic)
	})
