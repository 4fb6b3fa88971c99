package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// AddPricingParams are the arguments of Pricing.AddPricing.
type AddPricingParams struct {
	Pricing         jelastic.Object `json:"pricing" wire:"pricing" jsonschema:"required" jsonschema_description:"Pricing."`
	TariffIds       string          `json:"tariff_ids" wire:"tariffIds" jsonschema:"required" jsonschema_description:"Tariff ids."`
	TariffGridNames *string         `json:"tariff_grid_names,omitempty" wire:"tariffGridNames" jsonschema_description:"Tariff grid names."`
}

// AddPricing is Pricing.AddPricing.
var AddPricing = jelastic.Method{Service: "Pricing", Name: "AddPricing", Path: "billing/pricing/rest/addpricing", Effect: jelastic.Write,
	Summary: "Add pricing.",
	Params:  AddPricingParams{}}

// AddResourceParams are the arguments of Pricing.AddResource.
type AddResourceParams struct {
	Resource string `json:"resource" wire:"resource" jsonschema:"required" jsonschema_description:"Resource."`
}

// AddResource is Pricing.AddResource.
var AddResource = jelastic.Method{Service: "Pricing", Name: "AddResource", Path: "billing/pricing/rest/addresource", Effect: jelastic.Write,
	Summary: "Add resource.",
	Params:  AddResourceParams{}}

// AddTariffParams are the arguments of Pricing.AddTariff.
type AddTariffParams struct {
	Tariff jelastic.Object `json:"tariff" wire:"tariff" jsonschema:"required" jsonschema_description:"Tariff."`
}

// AddTariff is Pricing.AddTariff.
var AddTariff = jelastic.Method{Service: "Pricing", Name: "AddTariff", Path: "billing/pricing/rest/addtariff", Effect: jelastic.Write,
	Summary: "Add tariff.",
	Params:  AddTariffParams{}}

// AttachTariffParams are the arguments of Pricing.AttachTariff.
type AttachTariffParams struct {
	UniqName    string `json:"uniq_name" wire:"uniqName" jsonschema:"required" jsonschema_description:"Uniq name."`
	TargetAppID string `json:"target_app_id" wire:"targetAppId" jsonschema:"required" jsonschema_description:"Application ID (appid) of the target environment."`
}

// AttachTariff is Pricing.AttachTariff.
var AttachTariff = jelastic.Method{Service: "Pricing", Name: "AttachTariff", Path: "billing/pricing/rest/attachtariff", Effect: jelastic.Write,
	Summary: "Attach tariff.",
	Params:  AttachTariffParams{}}

// AttachTariffGridParams are the arguments of Pricing.AttachTariffGrid.
type AttachTariffGridParams struct {
	TariffGridName string `json:"tariff_grid_name" wire:"tariffGridName" jsonschema:"required" jsonschema_description:"Tariff grid name."`
	ID             string `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
}

// AttachTariffGrid is Pricing.AttachTariffGrid.
var AttachTariffGrid = jelastic.Method{Service: "Pricing", Name: "AttachTariffGrid", Path: "billing/pricing/rest/attachtariffgrid", Effect: jelastic.Write,
	Summary: "Attach tariff grid.",
	Params:  AttachTariffGridParams{}}

// CheckHostGroupsAllowedParams are the arguments of Pricing.CheckHostGroupsAllowed.
type CheckHostGroupsAllowedParams struct {
	OwnerUID           *int    `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID of the owner."`
	HardwareNodeGroups *string `json:"hardware_node_groups,omitempty" wire:"hardwareNodeGroups" jsonschema_description:"Hardware node groups."`
}

// CheckHostGroupsAllowed is Pricing.CheckHostGroupsAllowed.
var CheckHostGroupsAllowed = jelastic.Method{Service: "Pricing", Name: "CheckHostGroupsAllowed", Path: "billing/pricing/rest/checkhostgroupsallowed", Effect: jelastic.Read,
	Summary: "Check host groups allowed.",
	Params:  CheckHostGroupsAllowedParams{}}

// DeletePricingParams are the arguments of Pricing.DeletePricing.
type DeletePricingParams struct {
	ID string `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
}

// DeletePricing is Pricing.DeletePricing.
var DeletePricing = jelastic.Method{Service: "Pricing", Name: "DeletePricing", Path: "billing/pricing/rest/deletepricing", Effect: jelastic.Destructive,
	Summary: "Delete pricing.",
	Params:  DeletePricingParams{}}

// DeleteTariffParams are the arguments of Pricing.DeleteTariff.
type DeleteTariffParams struct {
	ID string `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
}

// DeleteTariff is Pricing.DeleteTariff.
var DeleteTariff = jelastic.Method{Service: "Pricing", Name: "DeleteTariff", Path: "billing/pricing/rest/deletetariff", Effect: jelastic.Destructive,
	Summary: "Delete tariff.",
	Params:  DeleteTariffParams{}}

// DetachTariffParams are the arguments of Pricing.DetachTariff.
type DetachTariffParams struct {
	UniqName    string `json:"uniq_name" wire:"uniqName" jsonschema:"required" jsonschema_description:"Uniq name."`
	TargetAppID string `json:"target_app_id" wire:"targetAppId" jsonschema:"required" jsonschema_description:"Application ID (appid) of the target environment."`
}

// DetachTariff is Pricing.DetachTariff.
var DetachTariff = jelastic.Method{Service: "Pricing", Name: "DetachTariff", Path: "billing/pricing/rest/detachtariff", Effect: jelastic.Write,
	Summary: "Detach tariff.",
	Params:  DetachTariffParams{}}

// DetachTariffGridParams are the arguments of Pricing.DetachTariffGrid.
type DetachTariffGridParams struct {
	TariffGridName string `json:"tariff_grid_name" wire:"tariffGridName" jsonschema:"required" jsonschema_description:"Tariff grid name."`
	ID             string `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
}

// DetachTariffGrid is Pricing.DetachTariffGrid.
var DetachTariffGrid = jelastic.Method{Service: "Pricing", Name: "DetachTariffGrid", Path: "billing/pricing/rest/detachtariffgrid", Effect: jelastic.Write,
	Summary: "Detach tariff grid.",
	Params:  DetachTariffGridParams{}}

// EditPricingParams are the arguments of Pricing.EditPricing.
type EditPricingParams struct {
	Pricing jelastic.Object `json:"pricing" wire:"pricing" jsonschema:"required" jsonschema_description:"Pricing."`
}

// EditPricing is Pricing.EditPricing.
var EditPricing = jelastic.Method{Service: "Pricing", Name: "EditPricing", Path: "billing/pricing/rest/editpricing", Effect: jelastic.Write,
	Summary: "Edit pricing.",
	Params:  EditPricingParams{}}

// EditResourceParams are the arguments of Pricing.EditResource.
type EditResourceParams struct {
	Resource string `json:"resource" wire:"resource" jsonschema:"required" jsonschema_description:"Resource."`
}

// EditResource is Pricing.EditResource.
var EditResource = jelastic.Method{Service: "Pricing", Name: "EditResource", Path: "billing/pricing/rest/editresource", Effect: jelastic.Write,
	Summary: "Edit resource.",
	Params:  EditResourceParams{}}

// EditTariffParams are the arguments of Pricing.EditTariff.
type EditTariffParams struct {
	Tariff jelastic.Object `json:"tariff" wire:"tariff" jsonschema:"required" jsonschema_description:"Tariff."`
}

// EditTariff is Pricing.EditTariff.
var EditTariff = jelastic.Method{Service: "Pricing", Name: "EditTariff", Path: "billing/pricing/rest/edittariff", Effect: jelastic.Write,
	Summary: "Edit tariff.",
	Params:  EditTariffParams{}}

// GetCurrenciesParams are the arguments of Pricing.GetCurrencies.
type GetCurrenciesParams struct {
	Currency *string `json:"currency,omitempty" wire:"currency" jsonschema_description:"Currency."`
}

// GetCurrencies is Pricing.GetCurrencies.
var GetCurrencies = jelastic.Method{Service: "Pricing", Name: "GetCurrencies", Path: "billing/pricing/rest/getcurrencies", Effect: jelastic.Read,
	Summary: "Get currencies.",
	Params:  GetCurrenciesParams{}}

// GetPlatformCurrencyParams are the arguments of Pricing.GetPlatformCurrency.
type GetPlatformCurrencyParams struct {
	ResellerID *int `json:"reseller_id,omitempty" wire:"resellerId" jsonschema_description:"Reseller ID."`
}

// GetPlatformCurrency is Pricing.GetPlatformCurrency.
var GetPlatformCurrency = jelastic.Method{Service: "Pricing", Name: "GetPlatformCurrency", Path: "billing/pricing/rest/getplatformcurrency", Effect: jelastic.Read,
	Summary: "Get platform currency.",
	Params:  GetPlatformCurrencyParams{}}

// GetPricingParams are the arguments of Pricing.GetPricing.
type GetPricingParams struct {
	OwnerUID *int `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID of the owner."`
}

// GetPricing is Pricing.GetPricing.
var GetPricing = jelastic.Method{Service: "Pricing", Name: "GetPricing", Path: "billing/pricing/rest/getpricing", Effect: jelastic.Read,
	Summary: "Get pricing.",
	Params:  GetPricingParams{}}

// GetPricingInnerParams are the arguments of Pricing.GetPricingInner.
type GetPricingInnerParams struct {
	ResellerID *int `json:"reseller_id,omitempty" wire:"resellerId" jsonschema_description:"Reseller ID."`
}

// GetPricingInner is Pricing.GetPricingInner.
var GetPricingInner = jelastic.Method{Service: "Pricing", Name: "GetPricingInner", Path: "billing/pricing/rest/getpricinginner", Effect: jelastic.Read,
	Summary: "Get pricing inner.",
	Params:  GetPricingInnerParams{}}

// GetResourcesParams are the arguments of Pricing.GetResources.
type GetResourcesParams struct {
	ID   *int    `json:"id,omitempty" wire:"id" jsonschema_description:"ID of the target object."`
	Name *string `json:"name,omitempty" wire:"name" jsonschema_description:"Name of the target object."`
}

// GetResources is Pricing.GetResources.
var GetResources = jelastic.Method{Service: "Pricing", Name: "GetResources", Path: "billing/pricing/rest/getresources", Effect: jelastic.Read,
	Summary: "Get resources.",
	Params:  GetResourcesParams{}}

// GetTariffsInnerParams are the arguments of Pricing.GetTariffsInner.
type GetTariffsInnerParams struct {
	PricingID  *string `json:"pricing_id,omitempty" wire:"priceId" jsonschema_description:"Pricing id."`
	Type       *string `json:"type,omitempty" wire:"type" jsonschema_description:"Type of the object."`
	ResellerID *int    `json:"reseller_id,omitempty" wire:"resellerId" jsonschema_description:"Reseller ID."`
}

// GetTariffsInner is Pricing.GetTariffsInner.
var GetTariffsInner = jelastic.Method{Service: "Pricing", Name: "GetTariffsInner", Path: "billing/pricing/rest/gettariffsinner", Effect: jelastic.Read,
	Summary: "Get tariffs inner.",
	Params:  GetTariffsInnerParams{}}

// GetUniqueResourceNamesParams are the arguments of Pricing.GetUniqueResourceNames.
type GetUniqueResourceNamesParams struct{}

// GetUniqueResourceNames is Pricing.GetUniqueResourceNames.
var GetUniqueResourceNames = jelastic.Method{Service: "Pricing", Name: "GetUniqueResourceNames", Path: "billing/pricing/rest/getuniqueresourcenames", Effect: jelastic.Read,
	Summary: "Get unique resource names.",
	Params:  GetUniqueResourceNamesParams{}}

// SetTariffsParams are the arguments of Pricing.SetTariffs.
type SetTariffsParams struct {
	PricingID       string  `json:"pricing_id" wire:"pricingId" jsonschema:"required" jsonschema_description:"Pricing id."`
	TariffIds       string  `json:"tariff_ids" wire:"tariffIds" jsonschema:"required" jsonschema_description:"Tariff ids."`
	TariffGridNames *string `json:"tariff_grid_names,omitempty" wire:"tariffGridNames" jsonschema_description:"Tariff grid names."`
}

// SetTariffs is Pricing.SetTariffs.
var SetTariffs = jelastic.Method{Service: "Pricing", Name: "SetTariffs", Path: "billing/pricing/rest/settariffs", Effect: jelastic.Write,
	Summary: "Set tariffs.",
	Params:  SetTariffsParams{}}

// ValidateEnvironmentParams are the arguments of Pricing.ValidateEnvironment.
type ValidateEnvironmentParams struct {
	HardwareNodeGroup string `json:"hardware_node_group" wire:"hardwareNodeGroup" jsonschema:"required" jsonschema_description:"Hardware node group (region) name."`
	OwnerUID          *int   `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID of the owner."`
}

// ValidateEnvironment is Pricing.ValidateEnvironment.
var ValidateEnvironment = jelastic.Method{Service: "Pricing", Name: "ValidateEnvironment", Path: "billing/pricing/rest/validateenvironment", Effect: jelastic.Read,
	Summary: "Validate environment.",
	Params:  ValidateEnvironmentParams{}}

// ValidateNodeParams are the arguments of Pricing.ValidateNode.
type ValidateNodeParams struct {
	UID               int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	HardwareNodeGroup string `json:"hardware_node_group" wire:"hardwareNodeGroup" jsonschema:"required" jsonschema_description:"Hardware node group (region) name."`
	NodeType          string `json:"node_type" wire:"nodeType" jsonschema:"required" jsonschema_description:"Node type."`
	FixedCloudLets    int    `json:"fixed_cloud_lets" wire:"fixedCloudlets" jsonschema:"required" jsonschema_description:"Fixed cloud lets."`
	FlexibleCloudLets int    `json:"flexible_cloud_lets" wire:"flexibleCloudlets" jsonschema:"required" jsonschema_description:"Flexible cloud lets."`
}

// ValidateNode is Pricing.ValidateNode.
var ValidateNode = jelastic.Method{Service: "Pricing", Name: "ValidateNode", Path: "billing/pricing/rest/validatenode", Effect: jelastic.Read,
	Summary: "Validate node.",
	Params:  ValidateNodeParams{}}

// ValidateNodeInnerParams are the arguments of Pricing.ValidateNodeInner.
type ValidateNodeInnerParams struct {
	UID               int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
	HardwareNodeGroup string `json:"hardware_node_group" wire:"hardwareNodeGroup" jsonschema:"required" jsonschema_description:"Hardware node group (region) name."`
	NodeType          string `json:"node_type" wire:"nodeType" jsonschema:"required" jsonschema_description:"Node type."`
	FixedCloudLets    int    `json:"fixed_cloud_lets" wire:"fixedCloudlets" jsonschema:"required" jsonschema_description:"Fixed cloud lets."`
	FlexibleCloudLets int    `json:"flexible_cloud_lets" wire:"flexibleCloudlets" jsonschema:"required" jsonschema_description:"Flexible cloud lets."`
}

// ValidateNodeInner is Pricing.ValidateNodeInner.
var ValidateNodeInner = jelastic.Method{Service: "Pricing", Name: "ValidateNodeInner", Path: "billing/pricing/rest/validatenodeinner", Effect: jelastic.Read,
	Summary: "Validate node inner.",
	Params:  ValidateNodeInnerParams{}}

var pricingMethods = []jelastic.Method{AddPricing, AddResource, AddTariff, AttachTariff, AttachTariffGrid, CheckHostGroupsAllowed, DeletePricing, DeleteTariff, DetachTariff, DetachTariffGrid, EditPricing, EditResource, EditTariff, GetCurrencies, GetPlatformCurrency, GetPricing, GetPricingInner, GetResources, GetTariffsInner, GetUniqueResourceNames, SetTariffs, ValidateEnvironment, ValidateNode, ValidateNodeInner}
