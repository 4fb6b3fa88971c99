package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// CancelParams are the arguments of Subscription.Cancel.
type CancelParams struct {
	ID           int            `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
	Immediately  *bool          `json:"immediately,omitempty" wire:"immediately" jsonschema_description:"Immediately."`
	CancelDate   *jelastic.Time `json:"cancel_date,omitempty" wire:"cancelDate" layout:"2006-01-02" jsonschema_description:"Cancel date."`
	Passphrase   *string        `json:"passphrase,omitempty" wire:"passphrase" secret:"true" jsonschema_description:"Account password confirming the operation."`
	ExpandFields *string        `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra response fields to include: object paths joined by \";\"."`
}

// Cancel is Subscription.Cancel.
var Cancel = jelastic.Method{Service: "Subscription", Name: "Cancel", Path: "billing/subscription/rest/cancel", Effect: jelastic.Destructive,
	Summary: "Cancel.",
	Params:  CancelParams{}}

// CloneProductParams are the arguments of Subscription.CloneProduct.
type CloneProductParams struct {
	SubscriptionID int    `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"Subscription ID."`
	ItemResource   int    `json:"item_resource" wire:"itemResource" jsonschema:"required" jsonschema_description:"Item resource."`
	TargetEnvName  string `json:"target_env_name" wire:"targetEnvName" jsonschema:"required" jsonschema_description:"Target env name."`
	ItemID         *int   `json:"item_id,omitempty" wire:"itemId" jsonschema_description:"Subscription item ID."`
}

// CloneProduct is Subscription.CloneProduct.
var CloneProduct = jelastic.Method{Service: "Subscription", Name: "CloneProduct", Path: "billing/subscription/rest/cloneproduct", Effect: jelastic.Destructive,
	Summary: "Clone product.",
	Params:  CloneProductParams{}}

// DiscardUpdateSubscriptionParams are the arguments of Subscription.DiscardUpdateSubscription.
type DiscardUpdateSubscriptionParams struct {
	SubscriptionID int `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"Subscription ID."`
}

// DiscardUpdateSubscription is Subscription.DiscardUpdateSubscription.
var DiscardUpdateSubscription = jelastic.Method{Service: "Subscription", Name: "DiscardUpdateSubscription", Path: "billing/subscription/rest/discardupdatesubscription", Effect: jelastic.Write,
	Summary: "Discard update subscription.",
	Params:  DiscardUpdateSubscriptionParams{}}

// GetCategoriesParams are the arguments of Subscription.GetCategories.
type GetCategoriesParams struct {
	ExpandFields *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra response fields to include: object paths joined by \";\"."`
}

// GetCategories is Subscription.GetCategories.
var GetCategories = jelastic.Method{Service: "Subscription", Name: "GetCategories", Path: "billing/subscription/rest/getcategories", Effect: jelastic.Read,
	Summary: "Get categories.",
	Params:  GetCategoriesParams{}}

// GetProductsParams are the arguments of Subscription.GetProducts.
type GetProductsParams struct {
	ID             *int    `json:"id,omitempty" wire:"id" jsonschema_description:"ID of the target object."`
	CategoryID     *int    `json:"category_id,omitempty" wire:"categoryId" jsonschema_description:"Category id."`
	ExpandFields   *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra response fields to include: object paths joined by \";\"."`
	StartRow       *int    `json:"start_row,omitempty" wire:"startRow" jsonschema_description:"Index of the first row to return (0-based)."`
	ResultCount    *int    `json:"result_count,omitempty" wire:"resultCount" jsonschema_description:"How many rows to return (0: all)."`
	OrderField     *string `json:"order_field,omitempty" wire:"orderField" jsonschema_description:"Field to sort by."`
	OrderDirection *string `json:"order_direction,omitempty" wire:"orderDirection" jsonschema_description:"Sort order: ASC or DESC."`
}

// GetProducts is Subscription.GetProducts.
var GetProducts = jelastic.Method{Service: "Subscription", Name: "GetProducts", Path: "billing/subscription/rest/getproducts", Effect: jelastic.Read,
	Summary: "Get products.",
	Params:  GetProductsParams{}}

// GetRestrictedHardNodeGroupsParams are the arguments of Subscription.GetRestrictedHardNodeGroups.
type GetRestrictedHardNodeGroupsParams struct {
	SubscriptionItemID int `json:"subscription_item_id" wire:"subscriptionItemId" jsonschema:"required" jsonschema_description:"Subscription item id."`
}

// GetRestrictedHardNodeGroups is Subscription.GetRestrictedHardNodeGroups.
var GetRestrictedHardNodeGroups = jelastic.Method{Service: "Subscription", Name: "GetRestrictedHardNodeGroups", Path: "billing/subscription/rest/gethardnodegroups", Effect: jelastic.Read,
	Summary: "Get restricted hard node groups.",
	Params:  GetRestrictedHardNodeGroupsParams{}}

// GetServicePlansParams are the arguments of Subscription.GetServicePlans.
type GetServicePlansParams struct {
	ID           *int    `json:"id,omitempty" wire:"id" jsonschema_description:"ID of the target object."`
	ProductID    *int    `json:"product_id,omitempty" wire:"productId" jsonschema_description:"Product ID."`
	ExpandFields *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra response fields to include: object paths joined by \";\"."`
}

// GetServicePlans is Subscription.GetServicePlans.
var GetServicePlans = jelastic.Method{Service: "Subscription", Name: "GetServicePlans", Path: "billing/subscription/rest/getserviceplans", Effect: jelastic.Read,
	Summary: "Get service plans.",
	Params:  GetServicePlansParams{}}

// GetSubscriptionsParams are the arguments of Subscription.GetSubscriptions.
type GetSubscriptionsParams struct {
	ID             *int          `json:"id,omitempty" wire:"id" jsonschema_description:"ID of the target object."`
	ProductID      *int          `json:"product_id,omitempty" wire:"productId" jsonschema_description:"Product ID."`
	Status         jelastic.List `json:"status,omitempty" wire:"status" jsonschema_description:"Status value."`
	ExpandFields   *string       `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra response fields to include: object paths joined by \";\"."`
	StartRow       *int          `json:"start_row,omitempty" wire:"startRow" jsonschema_description:"Index of the first row to return (0-based)."`
	ResultCount    *int          `json:"result_count,omitempty" wire:"resultCount" jsonschema_description:"How many rows to return (0: all)."`
	OrderField     *string       `json:"order_field,omitempty" wire:"orderField" jsonschema_description:"Field to sort by."`
	OrderDirection *string       `json:"order_direction,omitempty" wire:"orderDirection" jsonschema_description:"Sort order: ASC or DESC."`
}

// GetSubscriptions is Subscription.GetSubscriptions.
var GetSubscriptions = jelastic.Method{Service: "Subscription", Name: "GetSubscriptions", Path: "billing/subscription/rest/getsubscriptions", Effect: jelastic.Read,
	Summary: "Get subscriptions.",
	Params:  GetSubscriptionsParams{}}

// InstallProductParams are the arguments of Subscription.InstallProduct.
type InstallProductParams struct {
	SubscriptionID int     `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"Subscription ID."`
	ItemID         *int    `json:"item_id,omitempty" wire:"itemId" jsonschema_description:"Subscription item ID."`
	Settings       *string `json:"settings,omitempty" wire:"settings" jsonschema_description:"Settings."`
	EnvName        *string `json:"env_name,omitempty" wire:"envName" jsonschema_description:"Environment name."`
	DisplayName    *string `json:"display_name,omitempty" wire:"displayName" jsonschema_description:"Display name."`
	EnvGroups      *string `json:"env_groups,omitempty" wire:"envGroups" jsonschema_description:"Env groups."`
	Region         *string `json:"region,omitempty" wire:"region" jsonschema_description:"Region."`
	Lang           *string `json:"lang,omitempty" wire:"lang" jsonschema_description:"Lang."`
}

// InstallProduct is Subscription.InstallProduct.
var InstallProduct = jelastic.Method{Service: "Subscription", Name: "InstallProduct", Path: "billing/subscription/rest/installproduct", Effect: jelastic.Destructive,
	Summary: "Install product.",
	Params:  InstallProductParams{}}

// MoveProductParams are the arguments of Subscription.MoveProduct.
type MoveProductParams struct {
	SubscriptionID       int    `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"Subscription ID."`
	ItemResourceID       int    `json:"item_resource_id" wire:"itemResourceId" jsonschema:"required" jsonschema_description:"Item resource id."`
	TargetSubscriptionID int    `json:"target_subscription_id" wire:"targetSubscriptionId" jsonschema:"required" jsonschema_description:"Target subscription id."`
	TargetItemID         int    `json:"target_item_id" wire:"targetItemId" jsonschema:"required" jsonschema_description:"Target item id."`
	Passphrase           string `json:"passphrase" wire:"passphrase" secret:"true" jsonschema:"required" jsonschema_description:"Account password confirming the operation."`
	ItemID               *int   `json:"item_id,omitempty" wire:"itemId" jsonschema_description:"Subscription item ID."`
}

// MoveProduct is Subscription.MoveProduct.
var MoveProduct = jelastic.Method{Service: "Subscription", Name: "MoveProduct", Path: "billing/subscription/rest/moveproduct", Effect: jelastic.Destructive,
	Summary: "Move product.",
	Params:  MoveProductParams{}}

// SetAutopayParams are the arguments of Subscription.SetAutopay.
type SetAutopayParams struct {
	ID           int     `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
	Enabled      bool    `json:"enabled" wire:"enabled" jsonschema:"required" jsonschema_description:"true to enable, false to disable."`
	ExpandFields *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra response fields to include: object paths joined by \";\"."`
}

// SetAutopay is Subscription.SetAutopay.
var SetAutopay = jelastic.Method{Service: "Subscription", Name: "SetAutopay", Path: "billing/subscription/rest/setautopay", Effect: jelastic.Write,
	Summary: "Set autopay.",
	Params:  SetAutopayParams{}}

// SubscribeParams are the arguments of Subscription.Subscribe.
type SubscribeParams struct {
	ProductID           int     `json:"product_id" wire:"productId" jsonschema:"required" jsonschema_description:"Product ID."`
	Items               string  `json:"items" wire:"items" jsonschema:"required" jsonschema_description:"Items."`
	ChangeAutomatically *bool   `json:"change_automatically,omitempty" wire:"chargeAutomatically" jsonschema_description:"Change automatically."`
	ExpandFields        *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra response fields to include: object paths joined by \";\"."`
}

// Subscribe is Subscription.Subscribe.
var Subscribe = jelastic.Method{Service: "Subscription", Name: "Subscribe", Path: "billing/subscription/rest/subscribe", Effect: jelastic.Destructive,
	Summary: "Subscribe.",
	Params:  SubscribeParams{}}

// UndoCancelParams are the arguments of Subscription.UndoCancel.
type UndoCancelParams struct {
	ID           int     `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the target object."`
	ExpandFields *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra response fields to include: object paths joined by \";\"."`
}

// UndoCancel is Subscription.UndoCancel.
var UndoCancel = jelastic.Method{Service: "Subscription", Name: "UndoCancel", Path: "billing/subscription/rest/undocancel", Effect: jelastic.Write,
	Summary: "Undo cancel.",
	Params:  UndoCancelParams{}}

// UninstallProductParams are the arguments of Subscription.UninstallProduct.
type UninstallProductParams struct {
	SubscriptionID int    `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"Subscription ID."`
	ItemID         int    `json:"item_id" wire:"itemId" jsonschema:"required" jsonschema_description:"Subscription item ID."`
	ItemResourceID int    `json:"item_resource_id" wire:"itemResourceId" jsonschema:"required" jsonschema_description:"Item resource id."`
	Passphrase     string `json:"passphrase" wire:"passphrase" secret:"true" jsonschema:"required" jsonschema_description:"Account password confirming the operation."`
}

// UninstallProduct is Subscription.UninstallProduct.
var UninstallProduct = jelastic.Method{Service: "Subscription", Name: "UninstallProduct", Path: "billing/subscription/rest/uninstallproduct", Effect: jelastic.Destructive,
	Summary: "Uninstall product.",
	Params:  UninstallProductParams{}}

// UpcomingInvoiceParams are the arguments of Subscription.UpcomingInvoice.
type UpcomingInvoiceParams struct {
	SubscriptionID int `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"Subscription ID."`
	ItemID         int `json:"item_id" wire:"itemId" jsonschema:"required" jsonschema_description:"Subscription item ID."`
	Quantity       int `json:"quantity" wire:"quantity" jsonschema:"required" jsonschema_description:"Quantity."`
}

// UpcomingInvoice is Subscription.UpcomingInvoice.
var UpcomingInvoice = jelastic.Method{Service: "Subscription", Name: "UpcomingInvoice", Path: "billing/subscription/rest/upcominginvoice", Effect: jelastic.Read,
	Summary: "Upcoming invoice.",
	Params:  UpcomingInvoiceParams{}}

// UpdateSubscriptionParams are the arguments of Subscription.UpdateSubscription.
type UpdateSubscriptionParams struct {
	SubscriptionID int     `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"Subscription ID."`
	ItemID         int     `json:"item_id" wire:"itemId" jsonschema:"required" jsonschema_description:"Subscription item ID."`
	Quantity       int     `json:"quantity" wire:"quantity" jsonschema:"required" jsonschema_description:"Quantity."`
	ExpandFields   *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra response fields to include: object paths joined by \";\"."`
}

// UpdateSubscription is Subscription.UpdateSubscription.
var UpdateSubscription = jelastic.Method{Service: "Subscription", Name: "UpdateSubscription", Path: "billing/subscription/rest/updatesubscription", Effect: jelastic.Destructive,
	Summary: "Update subscription.",
	Params:  UpdateSubscriptionParams{}}

var subscriptionMethods = []jelastic.Method{Cancel, CloneProduct, DiscardUpdateSubscription, GetCategories, GetProducts, GetRestrictedHardNodeGroups, GetServicePlans, GetSubscriptions, InstallProduct, MoveProduct, SetAutopay, Subscribe, UndoCancel, UninstallProduct, UpcomingInvoice, UpdateSubscription}
