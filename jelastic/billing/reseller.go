package billing

import (
	"fmt"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// AddResellerParams are the arguments of Reseller.AddReseller.
type AddResellerParams struct {
	Reseller string  `json:"reseller" wire:"reseller" jsonschema:"required" jsonschema_description:"Reseller record as JSON object text, e.g. name and owner."`
	Platform string  `json:"platform" wire:"platform" jsonschema:"required" jsonschema_description:"Reseller platform settings as JSON object text."`
	Regions  string  `json:"regions" wire:"regions" jsonschema:"required" jsonschema_description:"Regions the reseller may use, as JSON text."`
	Settings *string `json:"settings,omitempty" wire:"settings" jsonschema_description:"Extra reseller settings as JSON object text."`
}

// AddReseller is Reseller.AddReseller.
var AddReseller = define[AddResellerParams](jelastic.Method{Service: "Reseller", Name: "AddReseller", Effect: jelastic.Write,
	Summary: "Register a new reseller (a partner who sells the platform under its own brand) with its platform and regions. Admin only."}, nil)

// EditResellerParams are the arguments of Reseller.EditReseller.
type EditResellerParams struct {
	Reseller string  `json:"reseller" wire:"reseller" jsonschema:"required" jsonschema_description:"Changed reseller record as JSON object text, including its id."`
	Platform *string `json:"platform,omitempty" wire:"platform" jsonschema_description:"New platform settings as JSON object text."`
	Regions  *string `json:"regions,omitempty" wire:"regions" jsonschema_description:"New set of regions as JSON text."`
}

// EditReseller is Reseller.EditReseller.
var EditReseller = define[EditResellerParams](jelastic.Method{Service: "Reseller", Name: "EditReseller", Effect: jelastic.Write,
	Summary: "Change an existing reseller's record, and optionally its platform settings or regions. Admin only."}, nil)

// GetAllResellersParams are the arguments of Reseller.GetAllResellers.
type GetAllResellersParams struct{}

// GetAllResellers is Reseller.GetAllResellers.
var GetAllResellers = define[GetAllResellersParams](jelastic.Method{Service: "Reseller", Name: "GetAllResellers", Effect: jelastic.Read,
	Summary: "List every reseller on the platform with its ID, status and settings. Admin only."}, nil)

// GetResellerByAppidParams are the arguments of Reseller.GetResellerByAppid.
type GetResellerByAppidParams struct {
	TargetAppID string `json:"target_app_id" wire:"targetAppid" jsonschema:"required" jsonschema_description:"Appid (application ID) whose reseller to look up."`
}

// GetResellerByAppid is Reseller.GetResellerByAppid.
var GetResellerByAppid = define[GetResellerByAppidParams](jelastic.Method{Service: "Reseller", Name: "GetResellerByAppid", Effect: jelastic.Read,
	Summary: "Return the reseller record (ID, status, settings) an application appid belongs to. Admin only."}, nil)

// GetResellerByIdParams are the arguments of Reseller.GetResellerById.
type GetResellerByIdParams struct {
	ID int `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"Reseller ID, from reseller_get_all_resellers."`
}

// GetResellerById is Reseller.GetResellerById.
var GetResellerById = define[GetResellerByIdParams](jelastic.Method{Service: "Reseller", Name: "GetResellerById", Effect: jelastic.Read,
	Summary: "Return one reseller's record (name, status, platform, regions) by reseller ID. Admin only."}, nil)

// GetResellerByOwnerUidParams are the arguments of Reseller.GetResellerByOwnerUid.
type GetResellerByOwnerUidParams struct {
	UID int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID of the reseller's owner."`
}

// GetResellerByOwnerUid is Reseller.GetResellerByOwnerUid.
var GetResellerByOwnerUid = define[GetResellerByOwnerUidParams](jelastic.Method{Service: "Reseller", Name: "GetResellerByOwnerUid", Effect: jelastic.Read,
	Summary: "Return the reseller whose owner (administrator) is the given user. Admin only."}, nil)

// GetResellerByUidParams are the arguments of Reseller.GetResellerByUid.
type GetResellerByUidParams struct {
	UID int `json:"uid" wire:"uid" jsonschema:"required" jsonschema_description:"User ID of a customer."`
}

// GetResellerByUid is Reseller.GetResellerByUid.
var GetResellerByUid = define[GetResellerByUidParams](jelastic.Method{Service: "Reseller", Name: "GetResellerByUid", Effect: jelastic.Read,
	Summary: "Return the reseller whose customer the given user is. Admin only."}, nil)

// RemoveResellerParams are the arguments of Reseller.RemoveReseller.
type RemoveResellerParams struct {
	ID int `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the reseller to delete."`
}

// RemoveReseller is Reseller.RemoveReseller.
var RemoveReseller = define(jelastic.Method{Service: "Reseller", Name: "RemoveReseller", Effect: jelastic.Destructive,
	Summary: "Delete a reseller and its platform configuration. Admin only; cannot be undone."},
	func(r *RemoveResellerParams) string {
		return fmt.Sprintf("Delete reseller %d and its platform configuration.", r.ID)
	})

// SetResellerStatusParams are the arguments of Reseller.SetResellerStatus.
type SetResellerStatusParams struct {
	ID     int    `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the reseller."`
	Status string `json:"status" wire:"status" jsonschema:"required,enum=ACTIVE,enum=SUSPENDED,enum=DISABLED" jsonschema_description:"New status of the reseller."`
}

// SetResellerStatus is Reseller.SetResellerStatus.
var SetResellerStatus = define(jelastic.Method{Service: "Reseller", Name: "SetResellerStatus", Effect: jelastic.Destructive,
	Summary: "Change a reseller's status; a non-active status can shut the reseller's whole platform down for its customers. Admin only."},
	func(r *SetResellerStatusParams) string {
		return fmt.Sprintf("Set the status of reseller %d to %s.", r.ID, say.Quote(r.Status))
	})
