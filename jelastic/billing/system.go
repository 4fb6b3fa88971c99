package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// CleanCheckRequestCacheParams are the arguments of System.CleanCheckRequestCache.
type CleanCheckRequestCacheParams struct {
	UID       *int  `json:"uid,omitempty" wire:"uid" jsonschema_description:"User ID (integer)."`
	LocalOnly *bool `json:"local_only,omitempty" wire:"localOnly" jsonschema_description:"Local only."`
}

// CleanCheckRequestCache is System.CleanCheckRequestCache.
var CleanCheckRequestCache = jelastic.Method{Service: "System", Name: "CleanCheckRequestCache", Path: "billing/system/rest/cleancheckrequestcache", Effect: jelastic.Write,
	Summary: "Clean check request cache.",
	Params:  CleanCheckRequestCacheParams{}}

// SystemEventParams are the arguments of System.Event.
type SystemEventParams struct {
	Topic        string `json:"topic" wire:"topic" jsonschema:"required" jsonschema_description:"Topic."`
	Message      string `json:"message" wire:"message" jsonschema:"required" jsonschema_description:"Message."`
	PublishLocal *bool  `json:"publish_local,omitempty" wire:"publishLocal" jsonschema_description:"Publish local."`
}

// SystemEvent is System.Event.
var SystemEvent = jelastic.Method{Service: "System", Name: "Event", Path: "billing/system/rest/event", Effect: jelastic.Destructive,
	Summary: "Event.",
	Params:  SystemEventParams{}}

// GetAPIDescriptionsParams are the arguments of System.GetAPIDescriptions.
type GetAPIDescriptionsParams struct {
	IsPublicOnly *bool `json:"is_public_only,omitempty" wire:"isPublicOnly" jsonschema_description:"Is public only."`
	IsToken      *bool `json:"is_token,omitempty" wire:"isToken" jsonschema_description:"Is token."`
}

// GetAPIDescriptions is System.GetAPIDescriptions.
var GetAPIDescriptions = jelastic.Method{Service: "System", Name: "GetAPIDescriptions", Path: "billing/system/rest/getapidescriptions", Effect: jelastic.Read,
	Summary: "Get a p i descriptions.",
	Params:  GetAPIDescriptionsParams{}}

// GetAutoPercentParams are the arguments of System.GetAutoPercent.
type GetAutoPercentParams struct{}

// GetAutoPercent is System.GetAutoPercent.
var GetAutoPercent = jelastic.Method{Service: "System", Name: "GetAutoPercent", Path: "billing/system/rest/getautopercent", Effect: jelastic.Read,
	Summary: "Get auto percent.",
	Params:  GetAutoPercentParams{}}

// GetCacheStatsParams are the arguments of System.GetCacheStats.
type GetCacheStatsParams struct{}

// GetCacheStats is System.GetCacheStats.
var GetCacheStats = jelastic.Method{Service: "System", Name: "GetCacheStats", Path: "billing/system/rest/getcachestats", Effect: jelastic.Read,
	Summary: "Get cache stats.",
	Params:  GetCacheStatsParams{}}

// GetCacheStatusParams are the arguments of System.GetCacheStatus.
type GetCacheStatusParams struct{}

// GetCacheStatus is System.GetCacheStatus.
var GetCacheStatus = jelastic.Method{Service: "System", Name: "GetCacheStatus", Path: "billing/system/rest/getcachestatus", Effect: jelastic.Read,
	Summary: "Get cache status.",
	Params:  GetCacheStatusParams{}}

// GetInstanceCacheStatusParams are the arguments of System.GetInstanceCacheStatus.
type GetInstanceCacheStatusParams struct{}

// GetInstanceCacheStatus is System.GetInstanceCacheStatus.
var GetInstanceCacheStatus = jelastic.Method{Service: "System", Name: "GetInstanceCacheStatus", Path: "billing/system/rest/getinstancecachestatus", Effect: jelastic.Read,
	Summary: "Get instance cache status.",
	Params:  GetInstanceCacheStatusParams{}}

// GetStatusParams are the arguments of System.GetStatus.
type GetStatusParams struct {
	Checksum string `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform authorization checksum for admin utilities; passed through unchanged."`
}

// GetStatus is System.GetStatus.
var GetStatus = jelastic.Method{Service: "System", Name: "GetStatus", Path: "billing/system/rest/getstatus", Effect: jelastic.Read,
	Summary: "Get status.",
	Params:  GetStatusParams{}}

// GetVersionParams are the arguments of System.GetVersion.
type GetVersionParams struct{}

// GetVersion is System.GetVersion.
var GetVersion = jelastic.Method{Service: "System", Name: "GetVersion", Path: "billing/system/rest/getversion", Effect: jelastic.Read,
	Summary: "Get version.",
	Params:  GetVersionParams{}}

// RefreshEmailTemplatesParams are the arguments of System.RefreshEmailTemplates.
type RefreshEmailTemplatesParams struct{}

// RefreshEmailTemplates is System.RefreshEmailTemplates.
var RefreshEmailTemplates = jelastic.Method{Service: "System", Name: "RefreshEmailTemplates", Path: "billing/system/rest/refreshemailtemplates", Effect: jelastic.Write,
	Summary: "Refresh email templates.",
	Params:  RefreshEmailTemplatesParams{}}

// RefreshUserParams are the arguments of System.RefreshUser.
type RefreshUserParams struct {
	Language *string `json:"language,omitempty" wire:"language" jsonschema_description:"Language."`
}

// RefreshUser is System.RefreshUser.
var RefreshUser = jelastic.Method{Service: "System", Name: "RefreshUser", Path: "billing/system/rest/refreshuser", Effect: jelastic.Write,
	Summary: "Refresh user.",
	Params:  RefreshUserParams{}}

// ReloadConfigurationParams are the arguments of System.ReloadConfiguration.
type ReloadConfigurationParams struct {
	ResellerID          *int    `json:"reseller_id,omitempty" wire:"resellerId" jsonschema_description:"Reseller ID."`
	ChangedPlaceholders *string `json:"changed_placeholders,omitempty" wire:"changedPlaceholders" jsonschema_description:"Changed placeholders."`
}

// ReloadConfiguration is System.ReloadConfiguration.
var ReloadConfiguration = jelastic.Method{Service: "System", Name: "ReloadConfiguration", Path: "billing/system/rest/reloadconfiguration", Effect: jelastic.Write,
	Summary: "Reload configuration.",
	Params:  ReloadConfigurationParams{}}

// SendEmailParams are the arguments of System.SendEmail.
type SendEmailParams struct {
	Template string  `json:"template" wire:"template" jsonschema:"required" jsonschema_description:"E-mail template name."`
	Email    *string `json:"email,omitempty" wire:"email" jsonschema_description:"E-mail address."`
	Language *string `json:"language,omitempty" wire:"language" jsonschema_description:"Language."`
	Timeout  *int    `json:"timeout,omitempty" wire:"timeout" jsonschema_description:"Timeout."`
}

// SendEmail is System.SendEmail.
var SendEmail = jelastic.Method{Service: "System", Name: "SendEmail", Path: "billing/system/rest/sendemail", Effect: jelastic.Destructive,
	Summary: "Send email.",
	Params:  SendEmailParams{}}

// ValidateParams are the arguments of System.Validate.
type ValidateParams struct{}

// Validate is System.Validate.
var Validate = jelastic.Method{Service: "System", Name: "Validate", Path: "billing/system/rest/validate", Effect: jelastic.Write,
	Summary: "Validate.",
	Params:  ValidateParams{}}

// ValidateAllParams are the arguments of System.ValidateAll.
type ValidateAllParams struct{}

// ValidateAll is System.ValidateAll.
var ValidateAll = jelastic.Method{Service: "System", Name: "ValidateAll", Path: "billing/system/rest/validateall", Effect: jelastic.Write,
	Summary: "Validate all.",
	Params:  ValidateAllParams{}}

var systemMethods = []jelastic.Method{CleanCheckRequestCache, SystemEvent, GetAPIDescriptions, GetAutoPercent, GetCacheStats, GetCacheStatus, GetInstanceCacheStatus, GetStatus, GetVersion, RefreshEmailTemplates, RefreshUser, ReloadConfiguration, SendEmail, Validate, ValidateAll}
