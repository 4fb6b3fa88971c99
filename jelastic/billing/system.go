package billing

import (
	"fmt"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// CleanCheckRequestCacheParams are the arguments of System.CleanCheckRequestCache.
type CleanCheckRequestCacheParams struct {
	UID       *int  `json:"uid,omitempty" wire:"uid" jsonschema_description:"Clear only this user's entries; omit to clear all."`
	LocalOnly *bool `json:"local_only,omitempty" wire:"localOnly" jsonschema_description:"true: clear only on this billing node, not the whole cluster."`
}

// CleanCheckRequestCache is System.CleanCheckRequestCache.
var CleanCheckRequestCache = define[CleanCheckRequestCacheParams](jelastic.Method{Service: "System", Name: "CleanCheckRequestCache", Effect: jelastic.Write,
	Summary: "Drop cached results of billing checks (limits and permissions) so they are computed afresh. Admin only."}, nil)

// SystemEventParams are the arguments of System.Event.
type SystemEventParams struct {
	Topic        string `json:"topic" wire:"topic" jsonschema:"required" jsonschema_description:"Event topic that subscribers listen on."`
	Message      string `json:"message" wire:"message" jsonschema:"required" jsonschema_description:"Event payload text, often JSON."`
	PublishLocal *bool  `json:"publish_local,omitempty" wire:"publishLocal" jsonschema_description:"true: deliver only on this billing node."`
}

// SystemEvent is System.Event.
var SystemEvent = define(jelastic.Method{Service: "System", Name: "Event", Effect: jelastic.Destructive,
	Summary: "Publish an internal event on the platform's event bus; listeners may act on it. Admin only."},
	func(a *SystemEventParams) string {
		where := "to the whole cluster"
		if a.PublishLocal != nil && *a.PublishLocal {
			where = "on this billing node only"
		}
		return fmt.Sprintf("Publish an event on topic %s %s with message %s.", say.Quote(a.Topic), where, say.Quote(a.Message))
	})

// GetAPIDescriptionsParams are the arguments of System.GetAPIDescriptions.
type GetAPIDescriptionsParams struct {
	IsPublicOnly *bool `json:"is_public_only,omitempty" wire:"isPublicOnly" jsonschema_description:"true: list only public API methods."`
	IsToken      *bool `json:"is_token,omitempty" wire:"isToken" jsonschema_description:"true: list only methods callable with an access token."`
}

// GetAPIDescriptions is System.GetAPIDescriptions.
var GetAPIDescriptions = define[GetAPIDescriptionsParams](jelastic.Method{Service: "System", Name: "GetAPIDescriptions", Effect: jelastic.Read,
	Summary: "Return descriptions of the billing API methods with their parameters."}, nil)

// GetAutoPercentParams are the arguments of System.GetAutoPercent.
type GetAutoPercentParams struct{}

// GetAutoPercent is System.GetAutoPercent.
var GetAutoPercent = define[GetAutoPercentParams](jelastic.Method{Service: "System", Name: "GetAutoPercent", Effect: jelastic.Read,
	Summary: "Return the billing service's auto percent setting (a percentage) from the platform configuration. Admin only."}, nil)

// GetCacheStatsParams are the arguments of System.GetCacheStats.
type GetCacheStatsParams struct{}

// GetCacheStats is System.GetCacheStats.
var GetCacheStats = define[GetCacheStatsParams](jelastic.Method{Service: "System", Name: "GetCacheStats", Effect: jelastic.Read,
	Summary: "Return statistics of the billing service's internal caches (sizes, hits, misses). Admin only."}, nil)

// GetCacheStatusParams are the arguments of System.GetCacheStatus.
type GetCacheStatusParams struct{}

// GetCacheStatus is System.GetCacheStatus.
var GetCacheStatus = define[GetCacheStatusParams](jelastic.Method{Service: "System", Name: "GetCacheStatus", Effect: jelastic.Read,
	Summary: "Return the state of the billing caches across the cluster. Admin only."}, nil)

// GetInstanceCacheStatusParams are the arguments of System.GetInstanceCacheStatus.
type GetInstanceCacheStatusParams struct{}

// GetInstanceCacheStatus is System.GetInstanceCacheStatus.
var GetInstanceCacheStatus = define[GetInstanceCacheStatusParams](jelastic.Method{Service: "System", Name: "GetInstanceCacheStatus", Effect: jelastic.Read,
	Summary: "Return the state of the caches on the billing node that answers the call. Admin only."}, nil)

// GetStatusParams are the arguments of System.GetStatus.
type GetStatusParams struct {
	Checksum string `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform checksum; a secret."`
}

// GetStatus is System.GetStatus.
var GetStatus = define[GetStatusParams](jelastic.Method{Service: "System", Name: "GetStatus", Effect: jelastic.Read,
	Summary: "Report whether the billing service is up (health check). Admin only; needs the checksum."}, nil)

// GetVersionParams are the arguments of System.GetVersion.
type GetVersionParams struct{}

// GetVersion is System.GetVersion.
var GetVersion = define[GetVersionParams](jelastic.Method{Service: "System", Name: "GetVersion", Effect: jelastic.Read,
	Summary: "Return the version and build information of the platform's billing service."}, nil)

// RefreshEmailTemplatesParams are the arguments of System.RefreshEmailTemplates.
type RefreshEmailTemplatesParams struct{}

// RefreshEmailTemplates is System.RefreshEmailTemplates.
var RefreshEmailTemplates = define[RefreshEmailTemplatesParams](jelastic.Method{Service: "System", Name: "RefreshEmailTemplates", Effect: jelastic.Write,
	Summary: "Reload the billing e-mail templates from storage so edits take effect. Sends nothing. Admin only."}, nil)

// RefreshUserParams are the arguments of System.RefreshUser.
type RefreshUserParams struct {
	Language *string `json:"language,omitempty" wire:"language" jsonschema_description:"Interface language code for the user, e.g. en or de."`
}

// RefreshUser is System.RefreshUser.
var RefreshUser = define[RefreshUserParams](jelastic.Method{Service: "System", Name: "RefreshUser", Effect: jelastic.Write,
	Summary: "Reload the caller's data in the billing service, optionally with a new language."}, nil)

// ReloadConfigurationParams are the arguments of System.ReloadConfiguration.
type ReloadConfigurationParams struct {
	ResellerID          *int    `json:"reseller_id,omitempty" wire:"resellerId" jsonschema_description:"Reload only this reseller's configuration."`
	ChangedPlaceholders *string `json:"changed_placeholders,omitempty" wire:"changedPlaceholders" jsonschema_description:"Names of the configuration placeholders that changed."`
}

// ReloadConfiguration is System.ReloadConfiguration.
var ReloadConfiguration = define[ReloadConfigurationParams](jelastic.Method{Service: "System", Name: "ReloadConfiguration", Effect: jelastic.Write,
	Summary: "Make the billing service re-read its configuration, for all or one reseller. Admin only."}, nil)

// SendEmailParams are the arguments of System.SendEmail.
type SendEmailParams struct {
	Template string  `json:"template" wire:"template" jsonschema:"required" jsonschema_description:"Name of the e-mail template to send."`
	Email    *string `json:"email,omitempty" wire:"email" jsonschema_description:"Recipient address; omit to use the caller's own."`
	Language *string `json:"language,omitempty" wire:"language" jsonschema_description:"Template language code, e.g. en."`
	Timeout  *int    `json:"timeout,omitempty" wire:"timeout" jsonschema_description:"How long to wait for the send to finish."`
}

// SendEmail is System.SendEmail.
var SendEmail = define(jelastic.Method{Service: "System", Name: "SendEmail", Effect: jelastic.Destructive,
	Summary: "Send an e-mail built from a billing template to an address (by default the caller's). Admin only."},
	func(a *SendEmailParams) string {
		to := "the caller's own address"
		if a.Email != nil && *a.Email != "" {
			to = *a.Email
		}
		s := fmt.Sprintf("Send an e-mail from template %s to %s", say.Quote(a.Template), to)
		if a.Language != nil && *a.Language != "" {
			s += fmt.Sprintf(" in language %s", say.Quote(*a.Language))
		}
		return s + "."
	})

// ValidateParams are the arguments of System.Validate.
type ValidateParams struct{}

// Validate is System.Validate.
var Validate = define[ValidateParams](jelastic.Method{Service: "System", Name: "Validate", Effect: jelastic.Write,
	Summary: "Run the billing service's validation checks on the caller's account and report the problems found. Admin only."}, nil)

// ValidateAllParams are the arguments of System.ValidateAll.
type ValidateAllParams struct{}

// ValidateAll is System.ValidateAll.
var ValidateAll = define[ValidateAllParams](jelastic.Method{Service: "System", Name: "ValidateAll", Effect: jelastic.Write,
	Summary: "Run the billing validation checks over all accounts and report the problems found. Admin only; may be slow."}, nil)
