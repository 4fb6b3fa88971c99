package billing

import (
	"encoding/json"
	"fmt"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// AddPricingParams are the arguments of Pricing.AddPricing.
type AddPricingParams struct {
	Pricing         jelastic.Object `json:"pricing" wire:"pricing" jsonschema:"required" jsonschema_description:"New pricing model as a JSON object, fields as pricing_get_pricing_inner returns them, e.g. name."`
	TariffIds       string          `json:"tariff_ids" wire:"tariffIds" jsonschema:"required" jsonschema_description:"IDs of the tariffs the model includes, comma-separated, e.g. 3,7."`
	TariffGridNames *string         `json:"tariff_grid_names,omitempty" wire:"tariffGridNames" jsonschema_description:"Names of tariff grids to attach, comma-separated."`
}

// AddPricing is Pricing.AddPricing.
var AddPricing = define[AddPricingParams](jelastic.Method{Service: "Pricing", Name: "AddPricing", Effect: jelastic.Write,
	Summary: "Create a pricing model (a named set of tariffs that user groups are charged by) from the given tariffs. Admin only."}, nil)

// AddResourceParams are the arguments of Pricing.AddResource.
type AddResourceParams struct {
	Resource string `json:"resource" wire:"resource" jsonschema:"required" jsonschema_description:"New billable resource as JSON text, fields as pricing_get_resources returns them, e.g. name and unit."`
}

// AddResource is Pricing.AddResource.
var AddResource = define[AddResourceParams](jelastic.Method{Service: "Pricing", Name: "AddResource", Effect: jelastic.Write,
	Summary: "Define a new billable resource (something tariffs can charge for, e.g. RAM, disk or traffic). Admin only."}, nil)

// AddTariffParams are the arguments of Pricing.AddTariff.
type AddTariffParams struct {
	Tariff jelastic.Object `json:"tariff" wire:"tariff" jsonschema:"required" jsonschema_description:"New tariff as a JSON object, fields as pricing_get_tariffs_inner returns them, e.g. name, type."`
}

// AddTariff is Pricing.AddTariff.
var AddTariff = define[AddTariffParams](jelastic.Method{Service: "Pricing", Name: "AddTariff", Effect: jelastic.Write,
	Summary: "Create a tariff: the price of one resource in the platform currency per unit of the resource (see pricing_get_resources), possibly tiered by usage. Admin only."}, nil)

// AttachTariffParams are the arguments of Pricing.AttachTariff.
type AttachTariffParams struct {
	UniqName    string `json:"uniq_name" wire:"uniqName" jsonschema:"required" jsonschema_description:"Unique name of the tariff to attach."`
	TargetAppID string `json:"target_app_id" wire:"targetAppId" jsonschema:"required" jsonschema_description:"Application ID (appid) of the target environment."`
}

// AttachTariff is Pricing.AttachTariff.
var AttachTariff = define[AttachTariffParams](jelastic.Method{Service: "Pricing", Name: "AttachTariff", Effect: jelastic.Write,
	Summary: "Apply a tariff, by its unique name, to one environment so the environment is billed by it. Admin only."}, nil)

// AttachTariffGridParams are the arguments of Pricing.AttachTariffGrid.
type AttachTariffGridParams struct {
	TariffGridName string `json:"tariff_grid_name" wire:"tariffGridName" jsonschema:"required" jsonschema_description:"Name of the tariff grid (price tiers) to attach."`
	ID             string `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the pricing model to attach the grid to."`
}

// AttachTariffGrid is Pricing.AttachTariffGrid.
var AttachTariffGrid = define[AttachTariffGridParams](jelastic.Method{Service: "Pricing", Name: "AttachTariffGrid", Effect: jelastic.Write,
	Summary: "Add a tariff grid (a named set of price tiers) to a pricing model. Admin only."}, nil)

// CheckHostGroupsAllowedParams are the arguments of Pricing.CheckHostGroupsAllowed.
type CheckHostGroupsAllowedParams struct {
	OwnerUID           *int    `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID to check (default: the caller)"`
	HardwareNodeGroups *string `json:"hardware_node_groups,omitempty" wire:"hardwareNodeGroups" jsonschema_description:"Regions (hardware node groups) to check, comma-separated."`
}

// CheckHostGroupsAllowed is Pricing.CheckHostGroupsAllowed.
var CheckHostGroupsAllowed = define[CheckHostGroupsAllowedParams](jelastic.Method{Service: "Pricing", Name: "CheckHostGroupsAllowed", Effect: jelastic.Read,
	Summary: "Check whether a user's pricing allows deploying in the given regions; answers per region. Users may read their own uid, admins any."}, nil)

// DeletePricingParams are the arguments of Pricing.DeletePricing.
type DeletePricingParams struct {
	ID string `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the pricing model to delete."`
}

// DeletePricing is Pricing.DeletePricing.
var DeletePricing = define(jelastic.Method{Service: "Pricing", Name: "DeletePricing", Effect: jelastic.Destructive,
	Summary: "Delete a pricing model; groups using it lose those prices. Admin only."},
	func(p *DeletePricingParams) string {
		return "Delete pricing model " + p.ID + "."
	})

// DeleteTariffParams are the arguments of Pricing.DeleteTariff.
type DeleteTariffParams struct {
	ID string `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the tariff to delete."`
}

// DeleteTariff is Pricing.DeleteTariff.
var DeleteTariff = define(jelastic.Method{Service: "Pricing", Name: "DeleteTariff", Effect: jelastic.Destructive,
	Summary: "Delete a tariff; pricing models that include it stop charging by it. Admin only."},
	func(p *DeleteTariffParams) string {
		return "Delete tariff " + p.ID + "."
	})

// DetachTariffParams are the arguments of Pricing.DetachTariff.
type DetachTariffParams struct {
	UniqName    string `json:"uniq_name" wire:"uniqName" jsonschema:"required" jsonschema_description:"Unique name of the tariff to detach."`
	TargetAppID string `json:"target_app_id" wire:"targetAppId" jsonschema:"required" jsonschema_description:"Application ID (appid) of the target environment."`
}

// DetachTariff is Pricing.DetachTariff.
var DetachTariff = define[DetachTariffParams](jelastic.Method{Service: "Pricing", Name: "DetachTariff", Effect: jelastic.Write,
	Summary: "Stop applying a tariff, by its unique name, to one environment. Admin only."}, nil)

// DetachTariffGridParams are the arguments of Pricing.DetachTariffGrid.
type DetachTariffGridParams struct {
	TariffGridName string `json:"tariff_grid_name" wire:"tariffGridName" jsonschema:"required" jsonschema_description:"Name of the tariff grid to detach."`
	ID             string `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the pricing model to detach the grid from."`
}

// DetachTariffGrid is Pricing.DetachTariffGrid.
var DetachTariffGrid = define[DetachTariffGridParams](jelastic.Method{Service: "Pricing", Name: "DetachTariffGrid", Effect: jelastic.Write,
	Summary: "Remove a tariff grid (set of price tiers) from a pricing model. Admin only."}, nil)

// EditPricingParams are the arguments of Pricing.EditPricing.
type EditPricingParams struct {
	Pricing jelastic.Object `json:"pricing" wire:"pricing" jsonschema:"required" jsonschema_description:"Pricing model as a JSON object with its id and the fields to change."`
}

// EditPricing is Pricing.EditPricing.
var EditPricing = define(jelastic.Method{Service: "Pricing", Name: "EditPricing", Effect: jelastic.Destructive,
	Summary: "Change an existing pricing model (name, description and other settings), identified by the id inside the object. Admin only."},
	func(a *EditPricingParams) string {
		return "Change pricing model " + pricingID(a.Pricing) + " (fields: " + say.Keys(a.Pricing) + "), which changes what customers on it pay."
	})

// EditResourceParams are the arguments of Pricing.EditResource.
type EditResourceParams struct {
	Resource string `json:"resource" wire:"resource" jsonschema:"required" jsonschema_description:"Resource as a JSON string with its id and the fields to change."`
}

// EditResource is Pricing.EditResource.
var EditResource = define(jelastic.Method{Service: "Pricing", Name: "EditResource", Effect: jelastic.Destructive,
	Summary: "Change an existing billable resource definition, identified by the id inside the JSON. Admin only."},
	func(p *EditResourceParams) string {
		var o jelastic.Object
		_ = json.Unmarshal([]byte(p.Resource), &o)
		return "Change billable resource " + pricingID(o) + ", which every tariff using it bills by."
	})

// EditTariffParams are the arguments of Pricing.EditTariff.
type EditTariffParams struct {
	Tariff jelastic.Object `json:"tariff" wire:"tariff" jsonschema:"required" jsonschema_description:"Tariff as a JSON object with its id and the fields to change."`
}

// EditTariff is Pricing.EditTariff.
var EditTariff = define(jelastic.Method{Service: "Pricing", Name: "EditTariff", Effect: jelastic.Destructive,
	Summary: "Change a tariff (prices per resource unit in the platform currency, tiers, name), identified by the id inside the object. Admin only."},
	func(a *EditTariffParams) string {
		return "Change tariff " + pricingID(a.Tariff) + " (fields: " + say.Keys(a.Tariff) + "), which changes prices."
	})

// GetCurrenciesParams are the arguments of Pricing.GetCurrencies.
type GetCurrenciesParams struct {
	Currency *string `json:"currency,omitempty" wire:"currency" jsonschema_description:"ISO 4217 code to return only that currency, e.g. USD or EUR."`
}

// GetCurrencies is Pricing.GetCurrencies.
var GetCurrencies = define[GetCurrenciesParams](jelastic.Method{Service: "Pricing", Name: "GetCurrencies", Effect: jelastic.Read,
	Summary: "List the currencies known to the platform (code, symbol, rate), or only the one named."}, nil)

// GetPlatformCurrencyParams are the arguments of Pricing.GetPlatformCurrency.
type GetPlatformCurrencyParams struct {
	ResellerID *int `json:"reseller_id,omitempty" wire:"resellerId" jsonschema_description:"Reseller platform ID whose currency to return."`
}

// GetPlatformCurrency is Pricing.GetPlatformCurrency.
var GetPlatformCurrency = define[GetPlatformCurrencyParams](jelastic.Method{Service: "Pricing", Name: "GetPlatformCurrency", Effect: jelastic.Read,
	Summary: "Return the currency the platform (or one reseller) bills in, e.g. USD; all balances and prices use it."}, nil)

// GetPricingParams are the arguments of Pricing.GetPricing.
type GetPricingParams struct {
	OwnerUID *int `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID whose prices to return (default: the caller)"`
}

// GetPricing is Pricing.GetPricing.
var GetPricing = define[GetPricingParams](jelastic.Method{Service: "Pricing", Name: "GetPricing", Effect: jelastic.Read,
	Summary: "Return the prices that apply to a user: tariffs per resource (cloudlets, disk, IPs, traffic), in the platform currency per resource unit (e.g. cloudlet-hour). Users may read their own uid, admins any."}, nil)

// GetPricingInnerParams are the arguments of Pricing.GetPricingInner.
type GetPricingInnerParams struct {
	ResellerID *int `json:"reseller_id,omitempty" wire:"resellerId" jsonschema_description:"Return only pricing models of this reseller platform ID."`
}

// GetPricingInner is Pricing.GetPricingInner.
var GetPricingInner = define[GetPricingInnerParams](jelastic.Method{Service: "Pricing", Name: "GetPricingInner", Effect: jelastic.Read,
	Summary: "List all pricing models of the platform (or of one reseller) with their tariffs. Admin only."}, nil)

// GetResourcesParams are the arguments of Pricing.GetResources.
type GetResourcesParams struct {
	ID   *int    `json:"id,omitempty" wire:"id" jsonschema_description:"Return only the resource with this ID."`
	Name *string `json:"name,omitempty" wire:"name" jsonschema_description:"Return only the resource with this name."`
}

// GetResources is Pricing.GetResources.
var GetResources = define[GetResourcesParams](jelastic.Method{Service: "Pricing", Name: "GetResources", Effect: jelastic.Read,
	Summary: "List the billable resources that tariffs can charge for, with their units, or only the one with the given ID or name."}, nil)

// GetTariffsInnerParams are the arguments of Pricing.GetTariffsInner.
type GetTariffsInnerParams struct {
	PricingID  *string `json:"pricing_id,omitempty" wire:"priceId" jsonschema_description:"Return only tariffs of this pricing model ID."`
	Type       *string `json:"type,omitempty" wire:"type" jsonschema_description:"Tariff types to match, separated by ;."`
	ResellerID *int    `json:"reseller_id,omitempty" wire:"resellerId" jsonschema_description:"Return only tariffs of this reseller platform ID."`
}

// GetTariffsInner is Pricing.GetTariffsInner.
var GetTariffsInner = define[GetTariffsInnerParams](jelastic.Method{Service: "Pricing", Name: "GetTariffsInner", Effect: jelastic.Read,
	Summary: "List tariffs with prices (platform currency per resource unit) and tiers, optionally of one pricing model, type or reseller. Admin only."}, nil)

// GetUniqueResourceNamesParams are the arguments of Pricing.GetUniqueResourceNames.
type GetUniqueResourceNamesParams struct{}

// GetUniqueResourceNames is Pricing.GetUniqueResourceNames.
var GetUniqueResourceNames = define[GetUniqueResourceNamesParams](jelastic.Method{Service: "Pricing", Name: "GetUniqueResourceNames", Effect: jelastic.Read,
	Summary: "List the distinct names of all billable resources, e.g. for use in tariffs."}, nil)

// SetTariffsParams are the arguments of Pricing.SetTariffs.
type SetTariffsParams struct {
	PricingID       string  `json:"pricing_id" wire:"pricingId" jsonschema:"required" jsonschema_description:"ID of the pricing model to change."`
	TariffIds       string  `json:"tariff_ids" wire:"tariffIds" jsonschema:"required" jsonschema_description:"IDs of all tariffs the model should include, comma-separated, e.g. 3,7."`
	TariffGridNames *string `json:"tariff_grid_names,omitempty" wire:"tariffGridNames" jsonschema_description:"Names of tariff grids the model should include, comma-separated."`
}

// SetTariffs is Pricing.SetTariffs.
var SetTariffs = define(jelastic.Method{Service: "Pricing", Name: "SetTariffs", Effect: jelastic.Destructive,
	Summary: "Replace the list of tariffs (and tariff grids) in a pricing model with the given one. Admin only."},
	func(a *SetTariffsParams) string {
		s := "Replace the tariffs of pricing model " + a.PricingID + " with tariffs " + a.TariffIds
		if a.TariffGridNames != nil {
			s += " and tariff grids " + *a.TariffGridNames
		}
		return s + ", which changes what customers on it pay."
	})

// ValidateEnvironmentParams are the arguments of Pricing.ValidateEnvironment.
type ValidateEnvironmentParams struct {
	HardwareNodeGroup string `json:"hardware_node_group" wire:"hardwareNodeGroup" jsonschema:"required" jsonschema_description:"Region (hardware node group) where the environment would run."`
	OwnerUID          *int   `json:"owner_uid,omitempty" wire:"ownerUid" jsonschema_description:"User ID to check for (default: the caller)"`
}

// ValidateEnvironment is Pricing.ValidateEnvironment.
var ValidateEnvironment = define[ValidateEnvironmentParams](jelastic.Method{Service: "Pricing", Name: "ValidateEnvironment", Effect: jelastic.Read,
	Summary: "Check whether a user's group and pricing allow an environment in a region: success or the reason it is refused. Users may read their own uid, admins any."}, nil)

// ValidateNodeParams are the arguments of Pricing.ValidateNode.
type ValidateNodeParams struct {
	UID               int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the user who would own the node."`
	HardwareNodeGroup string `json:"hardware_node_group" wire:"hardwareNodeGroup" jsonschema:"required" jsonschema_description:"Region (hardware node group) where the node would run."`
	NodeType          string `json:"node_type" wire:"nodeType" jsonschema:"required" jsonschema_description:"Node (software stack) type, e.g. tomcat9, mysql8 or nginx."`
	FixedCloudLets    int    `json:"fixed_cloud_lets" wire:"fixedCloudlets" jsonschema:"required" jsonschema_description:"Reserved cloudlets (1 cloudlet = 128 MiB RAM + 400 MHz CPU)"`
	FlexibleCloudLets int    `json:"flexible_cloud_lets" wire:"flexibleCloudlets" jsonschema:"required" jsonschema_description:"Scaling limit in dynamic cloudlets (1 = 128 MiB RAM + 400 MHz)"`
}

// ValidateNode is Pricing.ValidateNode.
var ValidateNode = define[ValidateNodeParams](jelastic.Method{Service: "Pricing", Name: "ValidateNode", Effect: jelastic.Read,
	Summary: "Check whether a user may create a node of this type and cloudlet size in a region under their quotas and pricing. Users may read their own uid, admins any."}, nil)

// ValidateNodeInnerParams are the arguments of Pricing.ValidateNodeInner.
type ValidateNodeInnerParams struct {
	UID               int    `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"ID of the user who would own the node."`
	HardwareNodeGroup string `json:"hardware_node_group" wire:"hardwareNodeGroup" jsonschema:"required" jsonschema_description:"Region (hardware node group) where the node would run."`
	NodeType          string `json:"node_type" wire:"nodeType" jsonschema:"required" jsonschema_description:"Node (software stack) type, e.g. tomcat9, mysql8 or nginx."`
	FixedCloudLets    int    `json:"fixed_cloud_lets" wire:"fixedCloudlets" jsonschema:"required" jsonschema_description:"Reserved cloudlets (1 cloudlet = 128 MiB RAM + 400 MHz CPU)"`
	FlexibleCloudLets int    `json:"flexible_cloud_lets" wire:"flexibleCloudlets" jsonschema:"required" jsonschema_description:"Scaling limit in dynamic cloudlets (1 = 128 MiB RAM + 400 MHz)"`
}

// ValidateNodeInner is Pricing.ValidateNodeInner.
var ValidateNodeInner = define[ValidateNodeInnerParams](jelastic.Method{Service: "Pricing", Name: "ValidateNodeInner", Effect: jelastic.Read,
	Summary: "Internal variant of pricing_validate_node: check a node type and cloudlet size against a user's quotas and pricing in a region. Admin only."}, nil)

// pricingID names the object an edit applies to by the id inside it.
func pricingID(o jelastic.Object) string {
	if id, ok := o["id"]; ok {
		return fmt.Sprint(id)
	}
	return "(no id given)"
}
