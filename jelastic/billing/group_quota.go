package billing

import (
	"fmt"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// AddGroupParams are the arguments of GroupQuota.AddGroup.
type AddGroupParams struct {
	Type            string  `json:"type" wire:"type" jsonschema:"required" jsonschema_description:"Kind of user group, e.g. TRIAL or BILLING"`
	Name            string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Unique name for the new group"`
	Description     *string `json:"description,omitempty" wire:"description" jsonschema_description:"Free-text note about the group"`
	SourceGroupName *string `json:"source_group_name,omitempty" wire:"sourceGroupName" jsonschema_description:"Existing group whose quotas are copied into the new one"`
	Domain          *string `json:"domain,omitempty" wire:"domain" jsonschema_description:"Platform domain the group belongs to, e.g. jelastic.example.com"`
	ConversionGroup *string `json:"conversion_group,omitempty" wire:"conversionGroup" jsonschema_description:"Group users move to when converted, e.g. from trial to billing"`
}

// AddGroup is GroupQuota.AddGroup.
var AddGroup = jelastic.Method{Service: "GroupQuota", Name: "AddGroup", Path: "billing/groupquota/rest/addgroup", Effect: jelastic.Write,
	Summary: "Create a user group (the set of quotas and prices users in it get), optionally copying quotas from another group. Hoster admin only.",
	Params:  AddGroupParams{}}

// AddQuotaParams are the arguments of GroupQuota.AddQuota.
type AddQuotaParams struct {
	Name          string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the new quota, e.g. environment.maxcount"`
	Description   *string `json:"description,omitempty" wire:"description" jsonschema_description:"Free-text note about what the quota limits"`
	ReferenceID   *string `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Object the quota applies to, e.g. a region (node group) name"`
	DefaultValue  *int    `json:"default_value,omitempty" wire:"defaultValue" jsonschema_description:"Value groups get until one is set for them"`
	AssignToGroup *bool   `json:"assign_to_group,omitempty" wire:"assignToGroup" jsonschema_description:"true: the quota may be set per group; false: it may not"`
}

// AddQuota is GroupQuota.AddQuota.
var AddQuota = jelastic.Method{Service: "GroupQuota", Name: "AddQuota", Path: "billing/groupquota/rest/addquota", Effect: jelastic.Write,
	Summary: "Define a new quota (a named numeric limit) with its default value, to be set per user group. Hoster admin only.",
	Params:  AddQuotaParams{}}

// DeleteGroupParams are the arguments of GroupQuota.DeleteGroup.
type DeleteGroupParams struct {
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the user group to delete"`
}

// DeleteGroup is GroupQuota.DeleteGroup.
var DeleteGroup = jelastic.Method{Service: "GroupQuota", Name: "DeleteGroup", Path: "billing/groupquota/rest/deletegroup", Effect: jelastic.Destructive,
	Summary: "Delete a user group and its quota settings. Hoster admin only.",
	Params:  DeleteGroupParams{},
	Preview: func(p any) string {
		return "Delete user group " + groupQuotaQuote(p.(*DeleteGroupParams).Name) + " and its quota settings."
	}}

// EditGroupParams are the arguments of GroupQuota.EditGroup.
type EditGroupParams struct {
	Name            string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Current name of the group to change"`
	NewName         *string `json:"new_name,omitempty" wire:"newName" jsonschema_description:"New name for the group"`
	Description     *string `json:"description,omitempty" wire:"description" jsonschema_description:"New free-text note about the group"`
	ConversionGroup *string `json:"conversion_group,omitempty" wire:"conversionGroup" jsonschema_description:"Group users move to when converted, e.g. from trial to billing"`
}

// EditGroup is GroupQuota.EditGroup.
var EditGroup = jelastic.Method{Service: "GroupQuota", Name: "EditGroup", Path: "billing/groupquota/rest/editgroup", Effect: jelastic.Write,
	Summary: "Rename a user group or change its description or conversion group; only the given fields change. Hoster admin only.",
	Params:  EditGroupParams{}}

// EditQuotaParams are the arguments of GroupQuota.EditQuota.
type EditQuotaParams struct {
	Name           string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the quota to change, e.g. environment.maxcount"`
	ReferenceID    *string `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Current reference (e.g. region name) of the quota to change"`
	NewReferenceID *string `json:"new_reference_id,omitempty" wire:"newReferenceId" jsonschema_description:"New reference (e.g. region name) for the quota"`
	Description    *string `json:"description,omitempty" wire:"description" jsonschema_description:"New free-text note about the quota"`
}

// EditQuota is GroupQuota.EditQuota.
var EditQuota = jelastic.Method{Service: "GroupQuota", Name: "EditQuota", Path: "billing/groupquota/rest/editquota", Effect: jelastic.Destructive,
	Summary: "Change a quota definition's description or the object (e.g. region) it refers to. Hoster admin only.",
	Params:  EditQuotaParams{},
	Preview: func(p any) string {
		a := p.(*EditQuotaParams)
		s := "Change the definition of quota " + groupQuotaQuote(a.Name)
		if a.ReferenceID != nil {
			s += " for reference " + groupQuotaQuote(*a.ReferenceID)
		}
		var changes []string
		if a.NewReferenceID != nil {
			changes = append(changes, "new reference "+groupQuotaQuote(*a.NewReferenceID))
		}
		if a.Description != nil {
			changes = append(changes, "new description "+groupQuotaQuote(*a.Description))
		}
		if len(changes) == 0 {
			changes = append(changes, "no field given to change")
		}
		return s + " (" + strings.Join(changes, ", ") + "), which every user group shares."
	}}

// GetGroupQuotasParams are the arguments of GroupQuota.GetGroupQuotas.
type GetGroupQuotasParams struct {
	Name        string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the user group"`
	QuotasNames *string `json:"quotas_names,omitempty" wire:"quotasnames" jsonschema_description:"Only these quotas, comma-separated, e.g. environment.maxcount"`
}

// GetGroupQuotas is GroupQuota.GetGroupQuotas.
var GetGroupQuotas = jelastic.Method{Service: "GroupQuota", Name: "GetGroupQuotas", Path: "billing/groupquota/rest/getgroupquotas", Effect: jelastic.Read,
	Summary: "List the quota values (limits) that apply to a user group, optionally only the named quotas.",
	Params:  GetGroupQuotasParams{}}

// GetGroupsParams are the arguments of GroupQuota.GetGroups.
type GetGroupsParams struct{}

// GetGroups is GroupQuota.GetGroups.
var GetGroups = jelastic.Method{Service: "GroupQuota", Name: "GetGroups", Path: "billing/groupquota/rest/getgroups", Effect: jelastic.Read,
	Summary: "List all user groups of the platform with their type, description and conversion group.",
	Params:  GetGroupsParams{}}

// GetPricingModelsParams are the arguments of GroupQuota.GetPricingModels.
type GetPricingModelsParams struct {
	GroupName string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the user group"`
}

// GetPricingModels is GroupQuota.GetPricingModels.
var GetPricingModels = jelastic.Method{Service: "GroupQuota", Name: "GetPricingModels", Path: "billing/groupquota/rest/getpricingmodels", Effect: jelastic.Read,
	Summary: "List the pricing models (sets of tariffs) attached to a user group.",
	Params:  GetPricingModelsParams{}}

// GroupQuotaGetQuotasParams are the arguments of GroupQuota.GetQuotas.
type GroupQuotaGetQuotasParams struct{}

// GroupQuotaGetQuotas is GroupQuota.GetQuotas.
var GroupQuotaGetQuotas = jelastic.Method{Service: "GroupQuota", Name: "GetQuotas", Path: "billing/groupquota/rest/getquotas", Effect: jelastic.Read,
	Summary: "List every quota defined on the platform with its description, reference and default value.",
	Params:  GroupQuotaGetQuotasParams{}}

// IsDomainBoundParams are the arguments of GroupQuota.IsDomainBound.
type IsDomainBoundParams struct {
	Checksum *string `json:"checksum,omitempty" wire:"checksum" secret:"true" jsonschema_description:"Platform authorization checksum for admin utilities; passed through unchanged"`
}

// IsDomainBound is GroupQuota.IsDomainBound.
var IsDomainBound = jelastic.Method{Service: "GroupQuota", Name: "IsDomainBound", Path: "billing/groupquota/rest/isdomainbound", Effect: jelastic.Read,
	Summary: "Internal utility: report whether the platform's domain is bound, as true or false. Needs the platform checksum.",
	Params:  IsDomainBoundParams{}}

// RemoveGroupQuotaParams are the arguments of GroupQuota.RemoveGroupQuota.
type RemoveGroupQuotaParams struct {
	GroupName string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the user group"`
	QuotaName string `json:"quota_name" wire:"quotaName" jsonschema:"required" jsonschema_description:"Quota whose group value to drop, e.g. environment.maxcount"`
}

// RemoveGroupQuota is GroupQuota.RemoveGroupQuota.
var RemoveGroupQuota = jelastic.Method{Service: "GroupQuota", Name: "RemoveGroupQuota", Path: "billing/groupquota/rest/removegroupquota", Effect: jelastic.Destructive,
	Summary: "Drop a group's own value for a quota, so the quota's default applies to that group again. Hoster admin only.",
	Params:  RemoveGroupQuotaParams{},
	Preview: func(p any) string {
		a := p.(*RemoveGroupQuotaParams)
		return "Drop the value of quota " + groupQuotaQuote(a.QuotaName) + " set for user group " + groupQuotaQuote(a.GroupName) +
			", so every user in the group falls back to the quota's default."
	}}

// GroupQuotaRemoveQuotaParams are the arguments of GroupQuota.RemoveQuota.
type GroupQuotaRemoveQuotaParams struct {
	Name        string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the quota to delete, e.g. environment.maxcount"`
	Force       *bool   `json:"force,omitempty" wire:"force" jsonschema_description:"true: continue despite errors; false: stop at the first error"`
	ReferenceID *string `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Reference (e.g. region name) of the quota to delete"`
}

// GroupQuotaRemoveQuota is GroupQuota.RemoveQuota.
var GroupQuotaRemoveQuota = jelastic.Method{Service: "GroupQuota", Name: "RemoveQuota", Path: "billing/groupquota/rest/removequota", Effect: jelastic.Destructive,
	Summary: "Delete a quota definition from the platform, with its values in every user group. Hoster admin only.",
	Params:  GroupQuotaRemoveQuotaParams{},
	Preview: func(p any) string {
		a := p.(*GroupQuotaRemoveQuotaParams)
		s := "Delete quota " + groupQuotaQuote(a.Name)
		if a.ReferenceID != nil && *a.ReferenceID != "" {
			s += " for reference " + groupQuotaQuote(*a.ReferenceID)
		}
		s += " from all user groups"
		if a.Force != nil && *a.Force {
			s += ", continuing past errors"
		}
		return s + "."
	}}

// SetCollaborationGroupParams are the arguments of GroupQuota.SetCollaborationGroup.
type SetCollaborationGroupParams struct {
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the user group for collaboration members"`
}

// SetCollaborationGroup is GroupQuota.SetCollaborationGroup.
var SetCollaborationGroup = jelastic.Method{Service: "GroupQuota", Name: "SetCollaborationGroup", Path: "billing/groupquota/rest/setcollaborationgroup", Effect: jelastic.Write,
	Summary: "Choose the user group given to accounts created by invitation into a collaboration (shared team). Hoster admin only.",
	Params:  SetCollaborationGroupParams{}}

// SetDefaultGroupParams are the arguments of GroupQuota.SetDefaultGroup.
type SetDefaultGroupParams struct {
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the user group to make the default"`
}

// SetDefaultGroup is GroupQuota.SetDefaultGroup.
var SetDefaultGroup = jelastic.Method{Service: "GroupQuota", Name: "SetDefaultGroup", Path: "billing/groupquota/rest/defaultgroup", Effect: jelastic.Destructive,
	Summary: "Make a user group the platform's default group for accounts that have no other. Hoster admin only.",
	Params:  SetDefaultGroupParams{},
	Preview: func(p any) string {
		return "Make " + groupQuotaQuote(p.(*SetDefaultGroupParams).Name) +
			" the default user group, which sets the prices and quotas of every account placed there by default."
	}}

// SetGroupQuotaParams are the arguments of GroupQuota.SetGroupQuota.
type SetGroupQuotaParams struct {
	GroupName   string  `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the user group"`
	QuotaName   string  `json:"quota_name" wire:"quotaName" jsonschema:"required" jsonschema_description:"Quota to set, e.g. environment.maxcount"`
	Value       int     `json:"value" wire:"value" jsonschema:"required" jsonschema_description:"New limit for the group, in the quota's own unit"`
	ReferenceID *string `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Reference the quota applies to, e.g. a region name"`
}

// SetGroupQuota is GroupQuota.SetGroupQuota.
var SetGroupQuota = jelastic.Method{Service: "GroupQuota", Name: "SetGroupQuota", Path: "billing/groupquota/rest/setgroupquota", Effect: jelastic.Destructive,
	Summary: "Set a group's own value for one quota, overriding the quota's default for all users in the group. Hoster admin only.",
	Params:  SetGroupQuotaParams{},
	Preview: func(p any) string {
		a := p.(*SetGroupQuotaParams)
		s := fmt.Sprintf("Set quota %s of user group %s to %d", groupQuotaQuote(a.QuotaName), groupQuotaQuote(a.GroupName), a.Value)
		if a.ReferenceID != nil {
			s += " for reference " + groupQuotaQuote(*a.ReferenceID)
		}
		return s + ", for every user in the group."
	}}

// SetPricingModelsParams are the arguments of GroupQuota.SetPricingModels.
type SetPricingModelsParams struct {
	GroupName string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the user group"`
	Data      string `json:"data" wire:"data" jsonschema:"required" jsonschema_description:"Pricing models for the group as JSON, shaped like GetPricingModels output"`
}

// SetPricingModels is GroupQuota.SetPricingModels.
var SetPricingModels = jelastic.Method{Service: "GroupQuota", Name: "SetPricingModels", Path: "billing/groupquota/rest/setpricingmodel", Effect: jelastic.Destructive,
	Summary: "Replace the pricing models attached to a user group with the given set. Hoster admin only.",
	Params:  SetPricingModelsParams{},
	Preview: func(p any) string {
		return "Replace the pricing models of user group " + groupQuotaQuote(p.(*SetPricingModelsParams).GroupName) +
			" with the given set, which changes what its users pay."
	}}

// SetSignupGroupParams are the arguments of GroupQuota.SetSignupGroup.
type SetSignupGroupParams struct {
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the user group new sign-ups join"`
}

// SetSignupGroup is GroupQuota.SetSignupGroup.
var SetSignupGroup = jelastic.Method{Service: "GroupQuota", Name: "SetSignupGroup", Path: "billing/groupquota/rest/setsignupgroup", Effect: jelastic.Destructive,
	Summary: "Choose the user group that newly registered accounts are placed in. Hoster admin only.",
	Params:  SetSignupGroupParams{},
	Preview: func(p any) string {
		return "Place every new sign-up in user group " + groupQuotaQuote(p.(*SetSignupGroupParams).Name) + ", which sets their prices and quotas."
	}}

// SetWinDomainParams are the arguments of GroupQuota.SetWinDomain.
type SetWinDomainParams struct {
	GroupName   string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the user group"`
	WinDomainID int    `json:"win_domain_id" wire:"winDomainId" jsonschema:"required" jsonschema_description:"ID of the Windows (Active Directory) domain to link"`
}

// SetWinDomain is GroupQuota.SetWinDomain.
var SetWinDomain = jelastic.Method{Service: "GroupQuota", Name: "SetWinDomain", Path: "billing/groupquota/rest/setwindomain", Effect: jelastic.Write,
	Summary: "Link a user group to a Windows (Active Directory) domain used by its Windows nodes. Hoster admin only.",
	Params:  SetWinDomainParams{}}

// UnassignHdNodeGroupParams are the arguments of GroupQuota.UnassignHdNodeGroup.
type UnassignHdNodeGroupParams struct {
	HardwareNodeGroup string `json:"hardware_node_group" wire:"hardwareNodeGroup" jsonschema:"required" jsonschema_description:"Hardware node group (region) to unassign, e.g. eu-west"`
	Checksum          string `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform authorization checksum for admin utilities; passed through unchanged"`
}

// UnassignHdNodeGroup is GroupQuota.UnassignHdNodeGroup.
var UnassignHdNodeGroup = jelastic.Method{Service: "GroupQuota", Name: "UnassignHdNodeGroup", Path: "billing/groupquota/rest/unassignhdnodegroup", Effect: jelastic.Destructive,
	Summary: "Detach a region (hardware node group) from the user groups it is assigned to, so their users cannot deploy there. Needs the checksum.",
	Params:  UnassignHdNodeGroupParams{},
	Preview: func(p any) string {
		return "Unassign region " + groupQuotaQuote(p.(*UnassignHdNodeGroupParams).HardwareNodeGroup) + " (hardware node group) from every user group it is assigned to."
	}}

var groupQuotaMethods = []jelastic.Method{AddGroup, AddQuota, DeleteGroup, EditGroup, EditQuota, GetGroupQuotas, GetGroups, GetPricingModels, GroupQuotaGetQuotas, IsDomainBound, RemoveGroupQuota, GroupQuotaRemoveQuota, SetCollaborationGroup, SetDefaultGroup, SetGroupQuota, SetPricingModels, SetSignupGroup, SetWinDomain, UnassignHdNodeGroup}

// groupQuotaQuote puts a group, quota or region name in quotes for a preview sentence.
func groupQuotaQuote(s string) string { return "\"" + s + "\"" }
