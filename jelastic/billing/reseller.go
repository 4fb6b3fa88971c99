package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// AddResellerParams are the arguments of Reseller.AddReseller.
type AddResellerParams struct {
	Reseller string  `json:"reseller" wire:"reseller" jsonschema:"required" jsonschema_description:"Reseller."`
	Platform string  `json:"platform" wire:"platform" jsonschema:"required" jsonschema_description:"Platform."`
	Regions  string  `json:"regions" wire:"regions" jsonschema:"required" jsonschema_description:"Regions."`
	Settings *string `json:"settings,omitempty" wire:"settings" jsonschema_description:"Settings."`
}

// AddReseller is Reseller.AddReseller.
var AddReseller = jelastic.Method{Service: "Reseller", Name: "AddReseller", Path: "billing/reseller/rest/addreseller", Effect: jelastic.Write,
	Summary: "Add reseller.",
	Params:  AddResellerParams{}}

// EditResellerParams are the arguments of Reseller.EditReseller.
type EditResellerParams struct {
	Reseller string  `json:"reseller" wire:"reseller" jsonschema:"required" jsonschema_description:"Reseller."`
	Platform *string `json:"platform,omitempty" wire:"platform" jsonschema_description:"Platform."`
	Regions  *string `json:"regions,omitempty" wire:"regions" jsonschema_description:"Regions."`
}

// EditReseller is Reseller.EditReseller.
var EditReseller = jelastic.Method{Service: "Reseller", Name: "EditReseller", Path: "billing/reseller/rest/editreseller", Effect: jelastic.Write,
	Summary: "Edit reseller.",
	Params:  EditResellerParams{}}

// GetAllResellersParams are the arguments of Reseller.GetAllResellers.
type GetAllResellersParams struct{}

// GetAllResellers is Reseller.GetAllResellers.
var GetAllResellers = jelastic.Method{Service: "Reseller", Name: "GetAllResellers", Path: "billing/reseller/rest/getallresellers", Effect: jelastic.Read,
	Summary: "Get all resellers.",
	Params:  GetAllResellersParams{}}

// GetResellerByAppidParams are the arguments of Reseller.GetResellerByAppid.
type GetResellerByAppidParams struct {
	TargetAppID string `json:"target_app_id" wire:"targetAppid" jsonschema:"required" jsonschema_description:"Application ID (appid) of the target environment."`
}

// GetResellerByAppid is Reseller.GetResellerByAppid.
var GetResellerByAppid = jelastic.Method{Service: "Reseller", Name: "GetResellerByAppid", Path: "billing/reseller/rest/getresellerbyappid", Effect: jelastic.Read,
	Summary: "Get reseller by appid.",
	Params:  GetResellerByAppidParams{}}

// GetResellerByIdParams are the arguments of Reseller.GetResellerById.
type GetResellerByIdParams struct {
	ID int `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
}

// GetResellerById is Reseller.GetResellerById.
var GetResellerById = jelastic.Method{Service: "Reseller", Name: "GetResellerById", Path: "billing/reseller/rest/getresellerbyid", Effect: jelastic.Read,
	Summary: "Get reseller by id.",
	Params:  GetResellerByIdParams{}}

// GetResellerByOwnerUidParams are the arguments of Reseller.GetResellerByOwnerUid.
type GetResellerByOwnerUidParams struct {
	UID int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
}

// GetResellerByOwnerUid is Reseller.GetResellerByOwnerUid.
var GetResellerByOwnerUid = jelastic.Method{Service: "Reseller", Name: "GetResellerByOwnerUid", Path: "billing/reseller/rest/getresellerbyowneruid", Effect: jelastic.Read,
	Summary: "Get reseller by owner uid.",
	Params:  GetResellerByOwnerUidParams{}}

// GetResellerByUidParams are the arguments of Reseller.GetResellerByUid.
type GetResellerByUidParams struct {
	UID int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID (integer)."`
}

// GetResellerByUid is Reseller.GetResellerByUid.
var GetResellerByUid = jelastic.Method{Service: "Reseller", Name: "GetResellerByUid", Path: "billing/reseller/rest/getresellerbyuid", Effect: jelastic.Read,
	Summary: "Get reseller by uid.",
	Params:  GetResellerByUidParams{}}

// RemoveResellerParams are the arguments of Reseller.RemoveReseller.
type RemoveResellerParams struct {
	ID int `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
}

// RemoveReseller is Reseller.RemoveReseller.
var RemoveReseller = jelastic.Method{Service: "Reseller", Name: "RemoveReseller", Path: "billing/reseller/rest/removereseller", Effect: jelastic.Destructive,
	Summary: "Remove reseller.",
	Params:  RemoveResellerParams{}}

// SetResellerStatusParams are the arguments of Reseller.SetResellerStatus.
type SetResellerStatusParams struct {
	ID     int    `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
	Status string `json:"status" wire:"status" jsonschema:"required" jsonschema_description:"Status value."`
}

// SetResellerStatus is Reseller.SetResellerStatus.
var SetResellerStatus = jelastic.Method{Service: "Reseller", Name: "SetResellerStatus", Path: "billing/reseller/rest/setresellerstatus", Effect: jelastic.Destructive,
	Summary: "Set reseller status.",
	Params:  SetResellerStatusParams{}}

var resellerMethods = []jelastic.Method{AddReseller, EditReseller, GetAllResellers, GetResellerByAppid, GetResellerById, GetResellerByOwnerUid, GetResellerByUid, RemoveReseller, SetResellerStatus}
