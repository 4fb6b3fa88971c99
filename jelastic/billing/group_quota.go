package billing

import (
	"fmt"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// AddGroupParams are the arguments of GroupQuota.AddGroup.
type AddGroupParams struct {
	Type            string  `json:"type" wire:"type" jsonschema:"required,enum=TRIAL,enum=BILLING,enum=POST" jsonschema_description:"Kind of user group: TRIAL (trial accounts), BILLING (prepaid) or POST (post-paid, invoiced)."`
	Name            string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Unique name for the new group."`
	Description     *string `json:"description,omitempty" wire:"description" jsonschema_description:"Free-text note about the group."`
	SourceGroupName *string `json:"source_group_name,omitempty" wire:"sourceGroupName" jsonschema_description:"Existing group whose quotas are copied into the new one."`
	Domain          *string `json:"domain,omitempty" wire:"domain" jsonschema_description:"Platform domain the group belongs to, e.g. jelastic.example.com."`
	ConversionGroup *string `json:"conversion_group,omitempty" wire:"conversionGroup" jsonschema_description:"Group users move to when converted, e.g. from trial to billing."`
}

// AddGroup is GroupQuota.AddGroup.
var AddGroup = define[AddGroupParams](jelastic.Method{Service: "GroupQuota", Name: "AddGroup", Effect: jelastic.Write,
	Summary: "Create a user group (the set of quotas and prices users in it get), optionally copying quotas from another group. Admin only."}, nil)

// AddQuotaParams are the arguments of GroupQuota.AddQuota.
type AddQuotaParams struct {
	Name          string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the new quota, e.g. environment.maxcount."`
	Description   *string `json:"description,omitempty" wire:"description" jsonschema_description:"Free-text note about what the quota limits."`
	ReferenceID   *string `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Object the quota applies to, e.g. a region (node group) name."`
	DefaultValue  *int    `json:"default_value,omitempty" wire:"defaultValue" jsonschema_description:"Value groups get until one is set for them, in the quota's own unit."`
	AssignToGroup *bool   `json:"assign_to_group,omitempty" wire:"assignToGroup" jsonschema_description:"true: the quota may be set per group; false: it may not."`
}

// AddQuota is GroupQuota.AddQuota.
var AddQuota = define[AddQuotaParams](jelastic.Method{Service: "GroupQuota", Name: "AddQuota", Effect: jelastic.Write,
	Summary: "Define a new quota (a named numeric limit) with its default value, to be set per user group. Admin only."}, nil)

// DeleteGroupParams are the arguments of GroupQuota.DeleteGroup.
type DeleteGroupParams struct {
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the user group to delete."`
}

// DeleteGroup is GroupQuota.DeleteGroup.
var DeleteGroup = define(jelastic.Method{Service: "GroupQuota", Name: "DeleteGroup", Effect: jelastic.Destructive,
	Summary: "Delete a user group and its quota settings. Admin only."},
	func(p *DeleteGroupParams) string {
		return "Delete user group " + say.Quote(p.Name) + " and its quota settings."
	})

// EditGroupParams are the arguments of GroupQuota.EditGroup.
type EditGroupParams struct {
	Name            string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Current name of the group to change."`
	NewName         *string `json:"new_name,omitempty" wire:"newName" jsonschema_description:"New name for the group."`
	Description     *string `json:"description,omitempty" wire:"description" jsonschema_description:"New free-text note about the group."`
	ConversionGroup *string `json:"conversion_group,omitempty" wire:"conversionGroup" jsonschema_description:"Group users move to when converted, e.g. from trial to billing."`
}

// EditGroup is GroupQuota.EditGroup.
var EditGroup = define[EditGroupParams](jelastic.Method{Service: "GroupQuota", Name: "EditGroup", Effect: jelastic.Write,
	Summary: "Rename a user group or change its description or conversion group; only the given fields change. Admin only."}, nil)

// EditQuotaParams are the arguments of GroupQuota.EditQuota.
type EditQuotaParams struct {
	Name           string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the quota to change, e.g. environment.maxcount."`
	ReferenceID    *string `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Current reference (e.g. region name) of the quota to change."`
	NewReferenceID *string `json:"new_reference_id,omitempty" wire:"newReferenceId" jsonschema_description:"New reference (e.g. region name) for the quota."`
	Description    *string `json:"description,omitempty" wire:"description" jsonschema_description:"New free-text note about the quota."`
}

// EditQuota is GroupQuota.EditQuota.
var EditQuota = define(jelastic.Method{Service: "GroupQuota", Name: "EditQuota", Effect: jelastic.Destructive,
	Summary: "Change a quota definition's description or the object (e.g. region) it refers to. Admin only."},
	func(a *EditQuotaParams) string {
		s := "Change the definition of quota " + say.Quote(a.Name)
		if a.ReferenceID != nil {
			s += " for reference " + say.Quote(*a.ReferenceID)
		}
		var changes []string
		if a.NewReferenceID != nil {
			changes = append(changes, "new reference "+say.Quote(*a.NewReferenceID))
		}
		if a.Description != nil {
			changes = append(changes, "new description "+say.Quote(*a.Description))
		}
		if len(changes) == 0 {
			changes = append(changes, "no field given to change")
		}
		return s + " (" + strings.Join(changes, ", ") + "), which every user group shares."
	})

// GetGroupQuotasParams are the arguments of GroupQuota.GetGroupQuotas.
type GetGroupQuotasParams struct {
	Name        string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"User group name."`
	QuotasNames *string `json:"quotas_names,omitempty" wire:"quotasnames" jsonschema_description:"Only these quotas, comma-separated, e.g. environment.maxcount."`
}

// GetGroupQuotas is GroupQuota.GetGroupQuotas.
var GetGroupQuotas = define[GetGroupQuotasParams](jelastic.Method{Service: "GroupQuota", Name: "GetGroupQuotas", Effect: jelastic.Read,
	Summary: "List a user group's quota values (limits), optionally only the named quotas. Admin only."}, nil)

// GetGroupsParams are the arguments of GroupQuota.GetGroups.
type GetGroupsParams struct{}

// GetGroups is GroupQuota.GetGroups.
var GetGroups = define[GetGroupsParams](jelastic.Method{Service: "GroupQuota", Name: "GetGroups", Effect: jelastic.Read,
	Summary: "List the platform's user groups with type, description and conversion group. Admin only."}, nil)

// GetPricingModelsParams are the arguments of GroupQuota.GetPricingModels.
type GetPricingModelsParams struct {
	GroupName string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"User group name."`
}

// GetPricingModels is GroupQuota.GetPricingModels.
var GetPricingModels = define[GetPricingModelsParams](jelastic.Method{Service: "GroupQuota", Name: "GetPricingModels", Effect: jelastic.Read,
	Summary: "List the pricing models (sets of tariffs) attached to a user group. Admin only."}, nil)

// GroupQuotaGetQuotasParams are the arguments of GroupQuota.GetQuotas.
type GroupQuotaGetQuotasParams struct{}

// GroupQuotaGetQuotas is GroupQuota.GetQuotas.
var GroupQuotaGetQuotas = define[GroupQuotaGetQuotasParams](jelastic.Method{Service: "GroupQuota", Name: "GetQuotas", Effect: jelastic.Read,
	Summary: "List every quota defined on the platform with its description, reference and default value. Admin only."}, nil)

// IsDomainBoundParams are the arguments of GroupQuota.IsDomainBound.
type IsDomainBoundParams struct {
	Checksum *string `json:"checksum,omitempty" wire:"checksum" secret:"true" jsonschema_description:"Platform checksum; a secret."`
}

// IsDomainBound is GroupQuota.IsDomainBound.
var IsDomainBound = define[IsDomainBoundParams](jelastic.Method{Service: "GroupQuota", Name: "IsDomainBound", Effect: jelastic.Read,
	Summary: "Report whether the platform's domain is bound, as true or false. Admin only; needs the checksum."}, nil)

// RemoveGroupQuotaParams are the arguments of GroupQuota.RemoveGroupQuota.
type RemoveGroupQuotaParams struct {
	GroupName string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"User group name."`
	QuotaName string `json:"quota_name" wire:"quotaName" jsonschema:"required" jsonschema_description:"Quota whose group value to drop, e.g. environment.maxcount."`
}

// RemoveGroupQuota is GroupQuota.RemoveGroupQuota.
var RemoveGroupQuota = define(jelastic.Method{Service: "GroupQuota", Name: "RemoveGroupQuota", Effect: jelastic.Destructive,
	Summary: "Drop a group's own value for a quota, so the quota's default applies to that group again. Admin only."},
	func(a *RemoveGroupQuotaParams) string {
		return "Drop the value of quota " + say.Quote(a.QuotaName) + " set for user group " + say.Quote(a.GroupName) +
			", so every user in the group falls back to the quota's default."
	})

// GroupQuotaRemoveQuotaParams are the arguments of GroupQuota.RemoveQuota.
type GroupQuotaRemoveQuotaParams struct {
	Name        string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the quota to delete, e.g. environment.maxcount."`
	Force       *bool   `json:"force,omitempty" wire:"force" jsonschema_description:"true: continue despite errors; false: stop at the first error."`
	ReferenceID *string `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Reference (e.g. region name) of the quota to delete."`
}

// GroupQuotaRemoveQuota is GroupQuota.RemoveQuota.
var GroupQuotaRemoveQuota = define(jelastic.Method{Service: "GroupQuota", Name: "RemoveQuota", Effect: jelastic.Destructive,
	Summary: "Delete a quota definition from the platform, with its values in every user group. Admin only."},
	func(a *GroupQuotaRemoveQuotaParams) string {
		s := "Delete quota " + say.Quote(a.Name)
		if a.ReferenceID != nil && *a.ReferenceID != "" {
			s += " for reference " + say.Quote(*a.ReferenceID)
		}
		s += " from all user groups"
		if a.Force != nil && *a.Force {
			s += ", continuing past errors"
		}
		return s + "."
	})

// SetCollaborationGroupParams are the arguments of GroupQuota.SetCollaborationGroup.
type SetCollaborationGroupParams struct {
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the user group for collaboration members."`
}

// SetCollaborationGroup is GroupQuota.SetCollaborationGroup.
var SetCollaborationGroup = define[SetCollaborationGroupParams](jelastic.Method{Service: "GroupQuota", Name: "SetCollaborationGroup", Effect: jelastic.Write,
	Summary: "Choose the user group given to accounts created by invitation into a collaboration (shared team). Admin only."}, nil)

// SetDefaultGroupParams are the arguments of GroupQuota.SetDefaultGroup.
type SetDefaultGroupParams struct {
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the user group to make the default."`
}

// SetDefaultGroup is GroupQuota.SetDefaultGroup.
var SetDefaultGroup = define(jelastic.Method{Service: "GroupQuota", Name: "SetDefaultGroup", Path: "billing/groupquota/rest/defaultgroup", Effect: jelastic.Destructive,
	Summary: "Make a user group the platform's default for accounts that have no other, which sets what they pay. Admin only."},
	func(p *SetDefaultGroupParams) string {
		return "Make " + say.Quote(p.Name) +
			" the default user group, which sets the prices and quotas of every account placed there by default."
	})

// SetGroupQuotaParams are the arguments of GroupQuota.SetGroupQuota.
type SetGroupQuotaParams struct {
	GroupName   string  `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"User group name."`
	QuotaName   string  `json:"quota_name" wire:"quotaName" jsonschema:"required" jsonschema_description:"Quota to set, e.g. environment.maxcount."`
	Value       int     `json:"value" wire:"value" jsonschema:"required" jsonschema_description:"New limit for the group, in the quota's own unit."`
	ReferenceID *string `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Reference the quota applies to, e.g. a region name."`
}

// SetGroupQuota is GroupQuota.SetGroupQuota.
var SetGroupQuota = define(jelastic.Method{Service: "GroupQuota", Name: "SetGroupQuota", Effect: jelastic.Destructive,
	Summary: "Set a group's own value for one quota, overriding the quota's default for all users in the group. Admin only."},
	func(a *SetGroupQuotaParams) string {
		s := fmt.Sprintf("Set quota %s of user group %s to %d", say.Quote(a.QuotaName), say.Quote(a.GroupName), a.Value)
		if a.ReferenceID != nil {
			s += " for reference " + say.Quote(*a.ReferenceID)
		}
		return s + ", for every user in the group."
	})

// SetPricingModelsParams are the arguments of GroupQuota.SetPricingModels.
type SetPricingModelsParams struct {
	GroupName string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"User group name."`
	Data      string `json:"data" wire:"data" jsonschema:"required" jsonschema_description:"Pricing models for the group as JSON, shaped as group_quota_get_pricing_models returns them."`
}

// SetPricingModels is GroupQuota.SetPricingModels.
var SetPricingModels = define(jelastic.Method{Service: "GroupQuota", Name: "SetPricingModels", Path: "billing/groupquota/rest/setpricingmodel", Effect: jelastic.Destructive,
	Summary: "Replace the pricing models attached to a user group with the given set. Admin only."},
	func(p *SetPricingModelsParams) string {
		return "Replace the pricing models of user group " + say.Quote(p.GroupName) +
			" with the given set, which changes what its users pay."
	})

// SetSignupGroupParams are the arguments of GroupQuota.SetSignupGroup.
type SetSignupGroupParams struct {
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the user group new sign-ups join."`
}

// SetSignupGroup is GroupQuota.SetSignupGroup.
var SetSignupGroup = define(jelastic.Method{Service: "GroupQuota", Name: "SetSignupGroup", Effect: jelastic.Destructive,
	Summary: "Choose the user group that newly registered accounts join, which sets what they pay. Admin only."},
	func(p *SetSignupGroupParams) string {
		return "Place every new sign-up in user group " + say.Quote(p.Name) + ", which sets their prices and quotas."
	})

// SetWinDomainParams are the arguments of GroupQuota.SetWinDomain.
type SetWinDomainParams struct {
	GroupName   string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"User group name."`
	WinDomainID int    `json:"win_domain_id" wire:"winDomainId" jsonschema:"required" jsonschema_description:"ID of the Windows (Active Directory) domain to link."`
}

// SetWinDomain is GroupQuota.SetWinDomain.
var SetWinDomain = define[SetWinDomainParams](jelastic.Method{Service: "GroupQuota", Name: "SetWinDomain", Effect: jelastic.Write,
	Summary: "Link a user group to a Windows (Active Directory) domain used by its Windows nodes. Admin only."}, nil)

// UnassignHdNodeGroupParams are the arguments of GroupQuota.UnassignHdNodeGroup.
type UnassignHdNodeGroupParams struct {
	HardwareNodeGroup string `json:"hardware_node_group" wire:"hardwareNodeGroup" jsonschema:"required" jsonschema_description:"Hardware node group (region) to unassign, e.g. eu-west."`
	Checksum          string `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform checksum; a secret."`
}

// UnassignHdNodeGroup is GroupQuota.UnassignHdNodeGroup.
var UnassignHdNodeGroup = define(jelastic.Method{Service: "GroupQuota", Name: "UnassignHdNodeGroup", Effect: jelastic.Destructive,
	Summary: "Detach a region (hardware node group) from the user groups that have it, so their users cannot deploy there. Admin only; needs the checksum."},
	func(p *UnassignHdNodeGroupParams) string {
		return "Unassign region " + say.Quote(p.HardwareNodeGroup) + " (hardware node group) from every user group it is assigned to."
	})
