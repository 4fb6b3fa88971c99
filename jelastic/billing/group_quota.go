package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// AddGroupParams are the arguments of GroupQuota.AddGroup.
type AddGroupParams struct {
	Type            string  `json:"type" wire:"type" jsonschema:"required" jsonschema_description:"Type of the object."`
	Name            string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
	Description     *string `json:"description,omitempty" wire:"description" jsonschema_description:"Free-text description."`
	SourceGroupName *string `json:"source_group_name,omitempty" wire:"sourceGroupName" jsonschema_description:"Source group name."`
	Domain          *string `json:"domain,omitempty" wire:"domain" jsonschema_description:"Domain."`
	ConversionGroup *string `json:"conversion_group,omitempty" wire:"conversionGroup" jsonschema_description:"Conversion group."`
}

// AddGroup is GroupQuota.AddGroup.
var AddGroup = jelastic.Method{Service: "GroupQuota", Name: "AddGroup", Path: "billing/groupquota/rest/addgroup", Effect: jelastic.Write,
	Summary: "Add group.",
	Params:  AddGroupParams{}}

// AddQuotaParams are the arguments of GroupQuota.AddQuota.
type AddQuotaParams struct {
	Name          string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
	Description   *string `json:"description,omitempty" wire:"description" jsonschema_description:"Free-text description."`
	ReferenceID   *string `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Reference ID of the quota (e.g. a node group)."`
	DefaultValue  *int    `json:"default_value,omitempty" wire:"defaultValue" jsonschema_description:"Default value."`
	AssignToGroup *bool   `json:"assign_to_group,omitempty" wire:"assignToGroup" jsonschema_description:"Assign to group."`
}

// AddQuota is GroupQuota.AddQuota.
var AddQuota = jelastic.Method{Service: "GroupQuota", Name: "AddQuota", Path: "billing/groupquota/rest/addquota", Effect: jelastic.Write,
	Summary: "Add quota.",
	Params:  AddQuotaParams{}}

// DeleteGroupParams are the arguments of GroupQuota.DeleteGroup.
type DeleteGroupParams struct {
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
}

// DeleteGroup is GroupQuota.DeleteGroup.
var DeleteGroup = jelastic.Method{Service: "GroupQuota", Name: "DeleteGroup", Path: "billing/groupquota/rest/deletegroup", Effect: jelastic.Destructive,
	Summary: "Delete group.",
	Params:  DeleteGroupParams{}}

// EditGroupParams are the arguments of GroupQuota.EditGroup.
type EditGroupParams struct {
	Name            string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
	NewName         *string `json:"new_name,omitempty" wire:"newName" jsonschema_description:"New name."`
	Description     *string `json:"description,omitempty" wire:"description" jsonschema_description:"Free-text description."`
	ConversionGroup *string `json:"conversion_group,omitempty" wire:"conversionGroup" jsonschema_description:"Conversion group."`
}

// EditGroup is GroupQuota.EditGroup.
var EditGroup = jelastic.Method{Service: "GroupQuota", Name: "EditGroup", Path: "billing/groupquota/rest/editgroup", Effect: jelastic.Write,
	Summary: "Edit group.",
	Params:  EditGroupParams{}}

// EditQuotaParams are the arguments of GroupQuota.EditQuota.
type EditQuotaParams struct {
	Name           string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
	ReferenceID    *string `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Reference ID of the quota (e.g. a node group)."`
	NewReferenceID *string `json:"new_reference_id,omitempty" wire:"newReferenceId" jsonschema_description:"New reference id."`
	Description    *string `json:"description,omitempty" wire:"description" jsonschema_description:"Free-text description."`
}

// EditQuota is GroupQuota.EditQuota.
var EditQuota = jelastic.Method{Service: "GroupQuota", Name: "EditQuota", Path: "billing/groupquota/rest/editquota", Effect: jelastic.Write,
	Summary: "Edit quota.",
	Params:  EditQuotaParams{}}

// GetGroupQuotasParams are the arguments of GroupQuota.GetGroupQuotas.
type GetGroupQuotasParams struct {
	Name        string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
	QuotasNames *string `json:"quotas_names,omitempty" wire:"quotasnames" jsonschema_description:"Quotas names."`
}

// GetGroupQuotas is GroupQuota.GetGroupQuotas.
var GetGroupQuotas = jelastic.Method{Service: "GroupQuota", Name: "GetGroupQuotas", Path: "billing/groupquota/rest/getgroupquotas", Effect: jelastic.Read,
	Summary: "Get group quotas.",
	Params:  GetGroupQuotasParams{}}

// GetGroupsParams are the arguments of GroupQuota.GetGroups.
type GetGroupsParams struct{}

// GetGroups is GroupQuota.GetGroups.
var GetGroups = jelastic.Method{Service: "GroupQuota", Name: "GetGroups", Path: "billing/groupquota/rest/getgroups", Effect: jelastic.Read,
	Summary: "Get groups.",
	Params:  GetGroupsParams{}}

// GetPricingModelsParams are the arguments of GroupQuota.GetPricingModels.
type GetPricingModelsParams struct {
	GroupName string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the billing (quota) group."`
}

// GetPricingModels is GroupQuota.GetPricingModels.
var GetPricingModels = jelastic.Method{Service: "GroupQuota", Name: "GetPricingModels", Path: "billing/groupquota/rest/getpricingmodels", Effect: jelastic.Read,
	Summary: "Get pricing models.",
	Params:  GetPricingModelsParams{}}

// GroupQuotaGetQuotasParams are the arguments of GroupQuota.GetQuotas.
type GroupQuotaGetQuotasParams struct{}

// GroupQuotaGetQuotas is GroupQuota.GetQuotas.
var GroupQuotaGetQuotas = jelastic.Method{Service: "GroupQuota", Name: "GetQuotas", Path: "billing/groupquota/rest/getquotas", Effect: jelastic.Read,
	Summary: "Get quotas.",
	Params:  GroupQuotaGetQuotasParams{}}

// IsDomainBoundParams are the arguments of GroupQuota.IsDomainBound.
type IsDomainBoundParams struct {
	Checksum *string `json:"checksum,omitempty" wire:"checksum" secret:"true" jsonschema_description:"Platform authorization checksum for admin utilities; passed through unchanged."`
}

// IsDomainBound is GroupQuota.IsDomainBound.
var IsDomainBound = jelastic.Method{Service: "GroupQuota", Name: "IsDomainBound", Path: "billing/groupquota/rest/isdomainbound", Effect: jelastic.Read,
	Summary: "Is domain bound.",
	Params:  IsDomainBoundParams{}}

// RemoveGroupQuotaParams are the arguments of GroupQuota.RemoveGroupQuota.
type RemoveGroupQuotaParams struct {
	GroupName string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the billing (quota) group."`
	QuotaName string `json:"quota_name" wire:"quotaName" jsonschema:"required" jsonschema_description:"Quota name."`
}

// RemoveGroupQuota is GroupQuota.RemoveGroupQuota.
var RemoveGroupQuota = jelastic.Method{Service: "GroupQuota", Name: "RemoveGroupQuota", Path: "billing/groupquota/rest/removegroupquota", Effect: jelastic.Write,
	Summary: "Remove group quota.",
	Params:  RemoveGroupQuotaParams{}}

// GroupQuotaRemoveQuotaParams are the arguments of GroupQuota.RemoveQuota.
type GroupQuotaRemoveQuotaParams struct {
	Name        string  `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
	Force       *bool   `json:"force,omitempty" wire:"force" jsonschema_description:"Force."`
	ReferenceID *string `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Reference ID of the quota (e.g. a node group)."`
}

// GroupQuotaRemoveQuota is GroupQuota.RemoveQuota.
var GroupQuotaRemoveQuota = jelastic.Method{Service: "GroupQuota", Name: "RemoveQuota", Path: "billing/groupquota/rest/removequota", Effect: jelastic.Destructive,
	Summary: "Remove quota.",
	Params:  GroupQuotaRemoveQuotaParams{}}

// SetCollaborationGroupParams are the arguments of GroupQuota.SetCollaborationGroup.
type SetCollaborationGroupParams struct {
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
}

// SetCollaborationGroup is GroupQuota.SetCollaborationGroup.
var SetCollaborationGroup = jelastic.Method{Service: "GroupQuota", Name: "SetCollaborationGroup", Path: "billing/groupquota/rest/setcollaborationgroup", Effect: jelastic.Write,
	Summary: "Set collaboration group.",
	Params:  SetCollaborationGroupParams{}}

// SetDefaultGroupParams are the arguments of GroupQuota.SetDefaultGroup.
type SetDefaultGroupParams struct {
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
}

// SetDefaultGroup is GroupQuota.SetDefaultGroup.
var SetDefaultGroup = jelastic.Method{Service: "GroupQuota", Name: "SetDefaultGroup", Path: "billing/groupquota/rest/defaultgroup", Effect: jelastic.Write,
	Summary: "Set default group.",
	Params:  SetDefaultGroupParams{}}

// SetGroupQuotaParams are the arguments of GroupQuota.SetGroupQuota.
type SetGroupQuotaParams struct {
	GroupName   string  `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the billing (quota) group."`
	QuotaName   string  `json:"quota_name" wire:"quotaName" jsonschema:"required" jsonschema_description:"Quota name."`
	Value       int     `json:"value" wire:"value" jsonschema:"required" jsonschema_description:"Value."`
	ReferenceID *string `json:"reference_id,omitempty" wire:"referenceId" jsonschema_description:"Reference ID of the quota (e.g. a node group)."`
}

// SetGroupQuota is GroupQuota.SetGroupQuota.
var SetGroupQuota = jelastic.Method{Service: "GroupQuota", Name: "SetGroupQuota", Path: "billing/groupquota/rest/setgroupquota", Effect: jelastic.Write,
	Summary: "Set group quota.",
	Params:  SetGroupQuotaParams{}}

// SetPricingModelsParams are the arguments of GroupQuota.SetPricingModels.
type SetPricingModelsParams struct {
	GroupName string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the billing (quota) group."`
	Data      string `json:"data" wire:"data" jsonschema:"required" jsonschema_description:"Data."`
}

// SetPricingModels is GroupQuota.SetPricingModels.
var SetPricingModels = jelastic.Method{Service: "GroupQuota", Name: "SetPricingModels", Path: "billing/groupquota/rest/setpricingmodel", Effect: jelastic.Write,
	Summary: "Set pricing models.",
	Params:  SetPricingModelsParams{}}

// SetSignupGroupParams are the arguments of GroupQuota.SetSignupGroup.
type SetSignupGroupParams struct {
	Name string `json:"name" wire:"name" jsonschema:"required" jsonschema_description:"Name of the target object."`
}

// SetSignupGroup is GroupQuota.SetSignupGroup.
var SetSignupGroup = jelastic.Method{Service: "GroupQuota", Name: "SetSignupGroup", Path: "billing/groupquota/rest/setsignupgroup", Effect: jelastic.Write,
	Summary: "Set signup group.",
	Params:  SetSignupGroupParams{}}

// SetWinDomainParams are the arguments of GroupQuota.SetWinDomain.
type SetWinDomainParams struct {
	GroupName   string `json:"group_name" wire:"groupName" jsonschema:"required" jsonschema_description:"Name of the billing (quota) group."`
	WinDomainID int    `json:"win_domain_id" wire:"winDomainId" jsonschema:"required" jsonschema_description:"Win domain id."`
}

// SetWinDomain is GroupQuota.SetWinDomain.
var SetWinDomain = jelastic.Method{Service: "GroupQuota", Name: "SetWinDomain", Path: "billing/groupquota/rest/setwindomain", Effect: jelastic.Write,
	Summary: "Set win domain.",
	Params:  SetWinDomainParams{}}

// UnassignHdNodeGroupParams are the arguments of GroupQuota.UnassignHdNodeGroup.
type UnassignHdNodeGroupParams struct {
	HardwareNodeGroup string `json:"hardware_node_group" wire:"hardwareNodeGroup" jsonschema:"required" jsonschema_description:"Hardware node group (region) name."`
	Checksum          string `json:"checksum" wire:"checksum" secret:"true" jsonschema:"required" jsonschema_description:"Platform authorization checksum for admin utilities; passed through unchanged."`
}

// UnassignHdNodeGroup is GroupQuota.UnassignHdNodeGroup.
var UnassignHdNodeGroup = jelastic.Method{Service: "GroupQuota", Name: "UnassignHdNodeGroup", Path: "billing/groupquota/rest/unassignhdnodegroup", Effect: jelastic.Destructive,
	Summary: "Unassign hd node group.",
	Params:  UnassignHdNodeGroupParams{}}

var groupQuotaMethods = []jelastic.Method{AddGroup, AddQuota, DeleteGroup, EditGroup, EditQuota, GetGroupQuotas, GetGroups, GetPricingModels, GroupQuotaGetQuotas, IsDomainBound, RemoveGroupQuota, GroupQuotaRemoveQuota, SetCollaborationGroup, SetDefaultGroup, SetGroupQuota, SetPricingModels, SetSignupGroup, SetWinDomain, UnassignHdNodeGroup}
