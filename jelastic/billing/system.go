package billing

import (
	"fmt"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// CleanCheckRequestCacheParams are the arguments of System.CleanCheckRequestCache.
type CleanCheckRequestCacheParams struct {
	UID       *int  `json:"uid,omitempty" wire:"uid" jsonschema_description:"Clear only this user's entries; omit to clear all"`
	LocalOnly *bool `json:"local_only,omitempty" wire:"localOnly" jsonschema_description:"true: clear only on this billing node, not the whole cluster"`
}

// CleanCheckRequestCache is System.CleanCheckRequestCache.
var CleanCheckRequestCache = jelastic.Method{Service: "System", Name: "CleanCheckRequestCache", Path: "billing/system/rest/cleancheckrequestcache", Effect: jelastic.Write,
	Summary: "Drop cached results of billing checks (limits and permissions) so they are computed afresh. Hoster admin only.",
	Params:  CleanCheckRequestCacheParams{}}

// SystemEventParams are the arguments of System.Event.
type SystemEventParams struct {
	Topic        string `json:"topic" wire:"topic" jsonschema:"required" jsonschema_description:"Event topic that subscribers listen on"`
	Message      string `json:"message" wire:"message" jsonschema:"required" jsonschema_description:"Event payload text, often JSON"`
	PublishLocal *bool  `json:"publish_local,omitempty" wire:"publishLocal" jsonschema_description:"true: deliver only on this billing node"`
}

// SystemEvent is System.Event.
var SystemEvent = jelastic.Method{Service: "System", Name: "Event", Path: "billing/system/rest/event", Effect: jelastic.Destructive,
	Summary: "Publish an internal event on the platform's event bus; listeners may act on it. Hoster admin only.",
	Params:  SystemEventParams{},
	Preview: func(p any) string {
		a := p.(*SystemEventParams)
		where := "to the whole cluster"
		if a.PublishLocal != nil && *a.PublishLocal {
			where = "on this billing node only"
		}
		return fmt.Sprintf("Publish an event on topic %q %s with message %s.", a.Topic, where, systemQuote(a.Message))
	}}

// GetAPIDescriptionsParams are the arguments of System.GetAPIDescriptions.
type GetAPIDescriptionsParams struct {
	IsPublicOnly *bool `json:"is_public_only,omitempty" wire:"isPublicOnly" jsonschema_description:"true: list only public API methods"`
	IsToken      *bool `json:"is_token,omitempty" wire:"isToken" jsonschema_description:"true: list only methods callable with an access token"`
}

// GetAPIDescriptions is System.GetAPIDescriptions.
var GetAPIDescriptions = jelastic.Method{Service: "System", Name: "GetAPIDescriptions", Path: "billing/system/rest/getapidescriptions", Effect: jelastic.Read,
	Summary: "Return descriptions of the billing API methods with their parameters.",
	Params:  GetAPIDescriptionsParams{}}

// GetAutoPercentParams are the arguments of System.GetAutoPercent.
type GetAutoPercentParams struct{}

// GetAutoPercent is System.GetAutoPercent.
var GetAutoPercent = jelastic.Method{Service: "System", Name: "GetAutoPercent", Path: "billing/system/rest/getautopercent", Effect: jelastic.Read,
	Summary: "Return the billing service's auto percent setting, a percentage value from the platform configuration.",
	Params:  GetAutoPercentParams{}}

// GetCacheStatsParams are the arguments of System.GetCacheStats.
type GetCacheStatsParams struct{}

// GetCacheStats is System.GetCacheStats.
var GetCacheStats = jelastic.Method{Service: "System", Name: "GetCacheStats", Path: "billing/system/rest/getcachestats", Effect: jelastic.Read,
	Summary: "Return statistics of the billing service's internal caches (sizes, hits, misses). Hoster admin only.",
	Params:  GetCacheStatsParams{}}

// GetCacheStatusParams are the arguments of System.GetCacheStatus.
type GetCacheStatusParams struct{}

// GetCacheStatus is System.GetCacheStatus.
var GetCacheStatus = jelastic.Method{Service: "System", Name: "GetCacheStatus", Path: "billing/system/rest/getcachestatus", Effect: jelastic.Read,
	Summary: "Return the state of the billing caches across the cluster. Hoster admin only.",
	Params:  GetCacheStatusParams{}}

// GetInstanceCacheStatusParams are the arguments of System.GetInstanceCacheStatus.
type GetInstanceCacheStatusParams struct{}

// GetInstanceCacheStatus is System.GetInstanceCacheStatus.
var GetInstanceCacheStatus = jelastic.Method{Service: "System", Name: "GetInstanceCacheStatus", Path: "billing/system/rest/getinstancecachestatus", Effect: jelastic.Read,
	Summary: "Return the state of the caches on the billing node that answers the call. Hoster admin only.",
	Params:  GetInstanceCacheStatusParams{}}

// GetStatusParams are the arguments of System.GetStatus.
type GetStatusParams struct {
	Checksum string `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform authorization checksum for admin utilities; passed through unchanged."`
}

// GetStatus is System.GetStatus.
var GetStatus = jelastic.Method{Service: "System", Name: "GetStatus", Path: "billing/system/rest/getstatus", Effect: jelastic.Read,
	Summary: "Health check of the billing service: reports whether it is up. Needs the platform checksum.",
	Params:  GetStatusParams{}}

// GetVersionParams are the arguments of System.GetVersion.
type GetVersionParams struct{}

// GetVersion is System.GetVersion.
var GetVersion = jelastic.Method{Service: "System", Name: "GetVersion", Path: "billing/system/rest/getversion", Effect: jelastic.Read,
	Summary: "Return the version and build information of the platform's billing service.",
	Params:  GetVersionParams{}}

// RefreshEmailTemplatesParams are the arguments of System.RefreshEmailTemplates.
type RefreshEmailTemplatesParams struct{}

// RefreshEmailTemplates is System.RefreshEmailTemplates.
var RefreshEmailTemplates = jelastic.Method{Service: "System", Name: "RefreshEmailTemplates", Path: "billing/system/rest/refreshemailtemplates", Effect: jelastic.Write,
	Summary: "Reload the billing e-mail templates from storage so edits take effect. Sends nothing. Hoster admin only.",
	Params:  RefreshEmailTemplatesParams{}}

// RefreshUserParams are the arguments of System.RefreshUser.
type RefreshUserParams struct {
	Language *string `json:"language,omitempty" wire:"language" jsonschema_description:"Interface language code for the user, e.g. en or de"`
}

// RefreshUser is System.RefreshUser.
var RefreshUser = jelastic.Method{Service: "System", Name: "RefreshUser", Path: "billing/system/rest/refreshuser", Effect: jelastic.Write,
	Summary: "Reload the calling user's data in the billing service, optionally with a new language.",
	Params:  RefreshUserParams{}}

// ReloadConfigurationParams are the arguments of System.ReloadConfiguration.
type ReloadConfigurationParams struct {
	ResellerID          *int    `json:"reseller_id,omitempty" wire:"resellerId" jsonschema_description:"Reload only this reseller's configuration"`
	ChangedPlaceholders *string `json:"changed_placeholders,omitempty" wire:"changedPlaceholders" jsonschema_description:"Names of the configuration placeholders that changed"`
}

// ReloadConfiguration is System.ReloadConfiguration.
var ReloadConfiguration = jelastic.Method{Service: "System", Name: "ReloadConfiguration", Path: "billing/system/rest/reloadconfiguration", Effect: jelastic.Write,
	Summary: "Make the billing service re-read its configuration, for all or one reseller. Hoster admin only.",
	Params:  ReloadConfigurationParams{}}

// SendEmailParams are the arguments of System.SendEmail.
type SendEmailParams struct {
	Template string  `json:"template" wire:"template" jsonschema:"required" jsonschema_description:"Name of the e-mail template to send"`
	Email    *string `json:"email,omitempty" wire:"email" jsonschema_description:"Recipient address; omit to use the caller's own"`
	Language *string `json:"language,omitempty" wire:"language" jsonschema_description:"Template language code, e.g. en"`
	Timeout  *int    `json:"timeout,omitempty" wire:"timeout" jsonschema_description:"How long to wait for the send to finish"`
}

// SendEmail is System.SendEmail.
var SendEmail = jelastic.Method{Service: "System", Name: "SendEmail", Path: "billing/system/rest/sendemail", Effect: jelastic.Destructive,
	Summary: "Send an e-mail built from a billing template to an address (by default the caller's). Hoster admin only.",
	Params:  SendEmailParams{},
	Preview: func(p any) string {
		a := p.(*SendEmailParams)
		to := "the caller's own address"
		if a.Email != nil && *a.Email != "" {
			to = *a.Email
		}
		s := fmt.Sprintf("Send an e-mail from template %q to %s", a.Template, to)
		if a.Language != nil && *a.Language != "" {
			s += fmt.Sprintf(" in language %q", *a.Language)
		}
		return s + "."
	}}

// ValidateParams are the arguments of System.Validate.
type ValidateParams struct{}

// Validate is System.Validate.
var Validate = jelastic.Method{Service: "System", Name: "Validate", Path: "billing/system/rest/validate", Effect: jelastic.Write,
	Summary: "Run the billing service's validation checks for the calling account and report the problems found.",
	Params:  ValidateParams{}}

// ValidateAllParams are the arguments of System.ValidateAll.
type ValidateAllParams struct{}

// ValidateAll is System.ValidateAll.
var ValidateAll = jelastic.Method{Service: "System", Name: "ValidateAll", Path: "billing/system/rest/validateall", Effect: jelastic.Write,
	Summary: "Run the billing validation checks over all accounts and report the problems found. Hoster admin only; may be slow.",
	Params:  ValidateAllParams{}}

var systemMethods = []jelastic.Method{CleanCheckRequestCache, SystemEvent, GetAPIDescriptions, GetAutoPercent, GetCacheStats, GetCacheStatus, GetInstanceCacheStatus, GetStatus, GetVersion, RefreshEmailTemplates, RefreshUser, ReloadConfiguration, SendEmail, Validate, ValidateAll}

// systemQuote quotes a free-text value for a preview, cut to a readable length.
func systemQuote(s string) string {
	const max = 80
	r := []rune(s)
	if len(r) > max {
		return fmt.Sprintf("%q...", string(r[:max]))
	}
	return fmt.Sprintf("%q", s)
}
