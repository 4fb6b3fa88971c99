package billing

import (
	"fmt"

	"github.com/jelastic-mcp/jelastic-mcp/internal/say"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// CancelParams are the arguments of Subscription.Cancel.
type CancelParams struct {
	ID           int            `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"ID of the subscription to cancel."`
	Immediately  *bool          `json:"immediately,omitempty" wire:"immediately" jsonschema_description:"true: end now and delete its resources; false: at end of paid period."`
	CancelDate   *jelastic.Time `json:"cancel_date,omitempty" wire:"cancelDate" layout:"2006-01-02" jsonschema_description:"Day on which the subscription should end (UTC)"`
	Passphrase   *string        `json:"passphrase,omitempty" wire:"passphrase" secret:"true" jsonschema_description:"Confirmation code, required to delete resources on immediate cancel."`
	ExpandFields *string        `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra fields, e.g. account.group."`
}

// Cancel is Subscription.Cancel.
var Cancel = define(jelastic.Method{Service: "Subscription", Name: "Cancel", Effect: jelastic.Destructive,
	Summary: "Cancel one of the caller's subscriptions: at the end of the paid period, on a given day, or at once (deleting its resources)."},
	func(a *CancelParams) string {
		switch {
		case a.Immediately != nil && *a.Immediately:
			return fmt.Sprintf("Cancel subscription %d immediately and delete its resources.", a.ID)
		case a.CancelDate != nil:
			return fmt.Sprintf("Cancel subscription %d on %s.", a.ID, say.Day(a.CancelDate.Time))
		default:
			return fmt.Sprintf("Cancel subscription %d at the end of its paid period.", a.ID)
		}
	})

// CloneProductParams are the arguments of Subscription.CloneProduct.
type CloneProductParams struct {
	SubscriptionID int    `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"Subscription ID."`
	ItemResource   int    `json:"item_resource" wire:"itemResource" jsonschema:"required" jsonschema_description:"ID of the installed item resource to clone."`
	TargetEnvName  string `json:"target_env_name" wire:"targetEnvName" jsonschema:"required" jsonschema_description:"Name (domain prefix) of the new environment, e.g. shop-copy."`
	ItemID         *int   `json:"item_id,omitempty" wire:"itemId" jsonschema_description:"ID of the subscription item the resource belongs to."`
}

// CloneProduct is Subscription.CloneProduct.
var CloneProduct = define(jelastic.Method{Service: "Subscription", Name: "CloneProduct", Effect: jelastic.Destructive,
	Summary: "Copy an installed subscription product into a new environment; the copy uses up a paid item of the subscription."},
	func(a *CloneProductParams) string {
		s := fmt.Sprintf("Clone resource %d of subscription %d", a.ItemResource, a.SubscriptionID)
		if a.ItemID != nil {
			s += fmt.Sprintf(" (item %d)", *a.ItemID)
		}
		return s + fmt.Sprintf(" into a new environment %s.", say.Quote(a.TargetEnvName))
	})

// DiscardUpdateSubscriptionParams are the arguments of Subscription.DiscardUpdateSubscription.
type DiscardUpdateSubscriptionParams struct {
	SubscriptionID int `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"Subscription ID."`
}

// DiscardUpdateSubscription is Subscription.DiscardUpdateSubscription.
var DiscardUpdateSubscription = define[DiscardUpdateSubscriptionParams](jelastic.Method{Service: "Subscription", Name: "DiscardUpdateSubscription", Effect: jelastic.Write,
	Summary: "Drop a pending, not yet applied change (such as a new quantity) of a subscription."}, nil)

// GetCategoriesParams are the arguments of Subscription.GetCategories.
type GetCategoriesParams struct {
	ExpandFields *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra fields, e.g. account.group."`
}

// GetCategories is Subscription.GetCategories.
var GetCategories = define[GetCategoriesParams](jelastic.Method{Service: "Subscription", Name: "GetCategories", Effect: jelastic.Read,
	Summary: "List the categories that group subscription products in the dashboard, with their IDs."}, nil)

// GetProductsParams are the arguments of Subscription.GetProducts.
type GetProductsParams struct {
	ID             *int    `json:"id,omitempty" wire:"id" jsonschema_description:"Return only the product with this ID."`
	CategoryID     *int    `json:"category_id,omitempty" wire:"categoryId" jsonschema_description:"Return only products of this category."`
	ExpandFields   *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra fields, e.g. account.group."`
	StartRow       *int    `json:"start_row,omitempty" wire:"startRow" jsonschema:"minimum=0" jsonschema_description:"First row (0-based)."`
	ResultCount    *int    `json:"result_count,omitempty" wire:"resultCount" jsonschema:"minimum=0" jsonschema_description:"Rows (0: all)."`
	OrderField     *string `json:"order_field,omitempty" wire:"orderField" jsonschema_description:"Field to sort by, e.g. id."`
	OrderDirection *string `json:"order_direction,omitempty" wire:"orderDirection" jsonschema:"enum=ASC,enum=DESC" jsonschema_description:"Sort order."`
}

// GetProducts is Subscription.GetProducts.
var GetProducts = define[GetProductsParams](jelastic.Method{Service: "Subscription", Name: "GetProducts", Effect: jelastic.Read,
	Summary: "List the products (applications) offered by subscription, with paging and sorting."}, nil)

// GetRestrictedHardNodeGroupsParams are the arguments of Subscription.GetRestrictedHardNodeGroups.
type GetRestrictedHardNodeGroupsParams struct {
	SubscriptionItemID int `json:"subscription_item_id" wire:"subscriptionItemId" jsonschema:"required" jsonschema_description:"Subscription item ID."`
}

// GetRestrictedHardNodeGroups is Subscription.GetRestrictedHardNodeGroups.
var GetRestrictedHardNodeGroups = define[GetRestrictedHardNodeGroupsParams](jelastic.Method{Service: "Subscription", Name: "GetRestrictedHardNodeGroups", Tool: "subscription_get_restricted_node_groups", Path: "billing/subscription/rest/gethardnodegroups", Effect: jelastic.Read,
	Summary: "List the host groups (regions) where a subscription item's product may be installed."}, nil)

// GetServicePlansParams are the arguments of Subscription.GetServicePlans.
type GetServicePlansParams struct {
	ID           *int    `json:"id,omitempty" wire:"id" jsonschema_description:"Return only the plan with this ID."`
	ProductID    *int    `json:"product_id,omitempty" wire:"productId" jsonschema_description:"Return only plans of this product."`
	ExpandFields *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra fields, e.g. account.group."`
}

// GetServicePlans is Subscription.GetServicePlans.
var GetServicePlans = define[GetServicePlansParams](jelastic.Method{Service: "Subscription", Name: "GetServicePlans", Effect: jelastic.Read,
	Summary: "List subscription plans (variants of a product with their resources and prices)."}, nil)

// GetSubscriptionsParams are the arguments of Subscription.GetSubscriptions.
type GetSubscriptionsParams struct {
	ID             *int          `json:"id,omitempty" wire:"id" jsonschema_description:"Only this subscription ID."`
	ProductID      *int          `json:"product_id,omitempty" wire:"productId" jsonschema_description:"Only subscriptions to this product."`
	Status         jelastic.List `json:"status,omitempty" wire:"status" jsonschema:"enum=ACTIVE,enum=TRIAL,enum=PAST_DUE,enum=CANCELED,enum=ENDED" jsonschema_description:"Subscription statuses to include."`
	ExpandFields   *string       `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra fields, e.g. account.group."`
	StartRow       *int          `json:"start_row,omitempty" wire:"startRow" jsonschema:"minimum=0" jsonschema_description:"First row (0-based)."`
	ResultCount    *int          `json:"result_count,omitempty" wire:"resultCount" jsonschema:"minimum=0" jsonschema_description:"Rows (0: all)."`
	OrderField     *string       `json:"order_field,omitempty" wire:"orderField" jsonschema_description:"Field to sort by, e.g. id."`
	OrderDirection *string       `json:"order_direction,omitempty" wire:"orderDirection" jsonschema:"enum=ASC,enum=DESC" jsonschema_description:"Sort order."`
}

// GetSubscriptions is Subscription.GetSubscriptions.
var GetSubscriptions = define[GetSubscriptionsParams](jelastic.Method{Service: "Subscription", Name: "GetSubscriptions", Effect: jelastic.Read,
	Summary: "List subscriptions with status, items and installed resources: the caller's own, or every user's when an admin calls it. Filter by ID, product or status."}, nil)

// InstallProductParams are the arguments of Subscription.InstallProduct.
type InstallProductParams struct {
	SubscriptionID int     `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"Subscription ID."`
	ItemID         *int    `json:"item_id,omitempty" wire:"itemId" jsonschema_description:"ID of the subscription item to install."`
	Settings       *string `json:"settings,omitempty" wire:"settings" jsonschema_description:"Install settings as JSON object text."`
	EnvName        *string `json:"env_name,omitempty" wire:"envName" jsonschema_description:"Name (domain prefix) of the new environment, e.g. my-shop."`
	DisplayName    *string `json:"display_name,omitempty" wire:"displayName" jsonschema_description:"Name shown for the environment."`
	EnvGroups      *string `json:"env_groups,omitempty" wire:"envGroups" jsonschema_description:"Groups to put the environment in."`
	Region         *string `json:"region,omitempty" wire:"region" jsonschema_description:"Region (host group) to install in."`
	Lang           *string `json:"lang,omitempty" wire:"lang" jsonschema_description:"Installation language code, e.g. en."`
}

// InstallProduct is Subscription.InstallProduct.
var InstallProduct = define(jelastic.Method{Service: "Subscription", Name: "InstallProduct", Effect: jelastic.Destructive,
	Summary: "Install a subscribed product: create a new environment for one paid item of the subscription."},
	func(a *InstallProductParams) string {
		s := fmt.Sprintf("Install the product of subscription %d", a.SubscriptionID)
		if a.ItemID != nil {
			s += fmt.Sprintf(" (item %d)", *a.ItemID)
		}
		if a.EnvName != nil && *a.EnvName != "" {
			s += fmt.Sprintf(" into a new environment %s", say.Quote(*a.EnvName))
		} else {
			s += " into a new environment"
		}
		if a.Region != nil && *a.Region != "" {
			s += fmt.Sprintf(" in region %s", say.Quote(*a.Region))
		}
		return s + "."
	})

// MoveProductParams are the arguments of Subscription.MoveProduct.
type MoveProductParams struct {
	SubscriptionID       int    `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"ID of the source subscription."`
	ItemResourceID       int    `json:"item_resource_id" wire:"itemResourceId" jsonschema:"required" jsonschema_description:"ID of the installed item resource to move."`
	TargetSubscriptionID int    `json:"target_subscription_id" wire:"targetSubscriptionId" jsonschema:"required" jsonschema_description:"ID of the subscription to move it to."`
	TargetItemID         int    `json:"target_item_id" wire:"targetItemId" jsonschema:"required" jsonschema_description:"ID of the item in the target subscription."`
	Passphrase           string `json:"passphrase" wire:"passphrase" secret:"true" jsonschema:"required" jsonschema_description:"Confirmation code: the uniqueName of the item resource."`
	ItemID               *int   `json:"item_id,omitempty" wire:"itemId" jsonschema_description:"ID of the source subscription item."`
}

// MoveProduct is Subscription.MoveProduct.
var MoveProduct = define(jelastic.Method{Service: "Subscription", Name: "MoveProduct", Effect: jelastic.Destructive,
	Summary: "Move an installed product (item resource) from one subscription to an item of another subscription."},
	func(a *MoveProductParams) string {
		s := fmt.Sprintf("Move resource %d from subscription %d", a.ItemResourceID, a.SubscriptionID)
		if a.ItemID != nil {
			s += fmt.Sprintf(" (item %d)", *a.ItemID)
		}
		return s + fmt.Sprintf(" to item %d of subscription %d.", a.TargetItemID, a.TargetSubscriptionID)
	})

// SetAutopayParams are the arguments of Subscription.SetAutopay.
type SetAutopayParams struct {
	ID           int     `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"Subscription ID."`
	Enabled      bool    `json:"enabled" wire:"enabled" jsonschema:"required" jsonschema_description:"true: renew and pay automatically; false: pay by hand."`
	ExpandFields *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra fields, e.g. account.group."`
}

// SetAutopay is Subscription.SetAutopay.
var SetAutopay = define[SetAutopayParams](jelastic.Method{Service: "Subscription", Name: "SetAutopay", Effect: jelastic.Write,
	Summary: "Turn automatic payment of a subscription's renewals on or off. Returns the updated subscription."}, nil)

// SubscribeParams are the arguments of Subscription.Subscribe.
type SubscribeParams struct {
	ProductID           int     `json:"product_id" wire:"productId" money:"priced" jsonschema:"required" jsonschema_description:"ID of the product to subscribe to."`
	Items               string  `json:"items" wire:"items" jsonschema:"required" jsonschema_description:"JSON array of items: servicePlanId, tariffPlanId, quantity each."`
	ChangeAutomatically *bool   `json:"change_automatically,omitempty" wire:"chargeAutomatically" jsonschema_description:"true: charge renewals automatically (autopay on)"`
	ExpandFields        *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra fields, e.g. account.group."`
}

// Subscribe is Subscription.Subscribe.
var Subscribe = define(jelastic.Method{Service: "Subscription", Name: "Subscribe", Effect: jelastic.Destructive,
	Summary: "Buy a paid subscription to a product with the chosen plans and quantities; charges the account. Returns the subscription."},
	func(a *SubscribeParams) string {
		s := fmt.Sprintf("Subscribe to product %d with items %s, charging the account", a.ProductID, say.JSON(a.Items))
		if a.ChangeAutomatically != nil {
			if *a.ChangeAutomatically {
				s += "; renewals are paid automatically"
			} else {
				s += "; renewals are not paid automatically"
			}
		}
		return s + "."
	})

// UndoCancelParams are the arguments of Subscription.UndoCancel.
type UndoCancelParams struct {
	ID           int     `json:"id" wire:"id" jsonschema:"required" jsonschema_description:"Subscription ID."`
	ExpandFields *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra fields, e.g. account.group."`
}

// UndoCancel is Subscription.UndoCancel.
var UndoCancel = define[UndoCancelParams](jelastic.Method{Service: "Subscription", Name: "UndoCancel", Effect: jelastic.Write,
	Summary: "Withdraw a scheduled cancellation so the subscription keeps renewing. Returns the subscription."}, nil)

// UninstallProductParams are the arguments of Subscription.UninstallProduct.
type UninstallProductParams struct {
	SubscriptionID int    `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"Subscription ID."`
	ItemID         int    `json:"item_id" wire:"itemId" jsonschema:"required" jsonschema_description:"Subscription item ID."`
	ItemResourceID int    `json:"item_resource_id" wire:"itemResourceId" jsonschema:"required" jsonschema_description:"ID of the installed item resource to remove."`
	Passphrase     string `json:"passphrase" wire:"passphrase" secret:"true" jsonschema:"required" jsonschema_description:"Confirmation code: the uniqueName of the item resource."`
}

// UninstallProduct is Subscription.UninstallProduct.
var UninstallProduct = define(jelastic.Method{Service: "Subscription", Name: "UninstallProduct", Effect: jelastic.Destructive,
	Summary: "Uninstall a subscribed product and delete its environment and data. Needs the resource's confirmation code."},
	func(a *UninstallProductParams) string {
		return fmt.Sprintf("Uninstall resource %d of item %d in subscription %d and delete its environment and data.",
			a.ItemResourceID, a.ItemID, a.SubscriptionID)
	})

// UpcomingInvoiceParams are the arguments of Subscription.UpcomingInvoice.
type UpcomingInvoiceParams struct {
	SubscriptionID int `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"Subscription ID."`
	ItemID         int `json:"item_id" wire:"itemId" jsonschema:"required" jsonschema_description:"Subscription item ID."`
	Quantity       int `json:"quantity" wire:"quantity" jsonschema:"required" jsonschema_description:"Number of installations to price, e.g. 3."`
}

// UpcomingInvoice is Subscription.UpcomingInvoice.
var UpcomingInvoice = define[UpcomingInvoiceParams](jelastic.Method{Service: "Subscription", Name: "UpcomingInvoice", Effect: jelastic.Read,
	Summary: "Preview the invoice a subscription item would produce at a new quantity, without changing anything."}, nil)

// UpdateSubscriptionParams are the arguments of Subscription.UpdateSubscription.
type UpdateSubscriptionParams struct {
	SubscriptionID int     `json:"subscription_id" wire:"subscriptionId" jsonschema:"required" jsonschema_description:"Subscription ID."`
	ItemID         int     `json:"item_id" wire:"itemId" jsonschema:"required" jsonschema_description:"Subscription item ID."`
	Quantity       int     `json:"quantity" wire:"quantity" jsonschema:"required" jsonschema_description:"New number of installations for the item, e.g. 3."`
	ExpandFields   *string `json:"expand_fields,omitempty" wire:"expandFields" jsonschema_description:"Extra fields, e.g. account.group."`
}

// UpdateSubscription is Subscription.UpdateSubscription.
var UpdateSubscription = define(jelastic.Method{Service: "Subscription", Name: "UpdateSubscription", Effect: jelastic.Destructive,
	Summary: "Change how many installations a subscription item pays for; changes the charges. Check subscription_upcoming_invoice first."},
	func(a *UpdateSubscriptionParams) string {
		return fmt.Sprintf("Change item %d of subscription %d to quantity %d, which changes its charges.", a.ItemID, a.SubscriptionID, a.Quantity)
	})
