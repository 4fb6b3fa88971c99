package sandbox

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// The admin-only rule: a method is admin-only unless it is listed in userMethods.
//
// userMethods are what an end user may call on a real platform: reads of their own account
// (balance, billing history, quotas, invoices, fund history), their own billing details and
// payment methods, buying service plans and managing their own automatic payments and
// subscriptions, and public reference data (countries, currencies, prices, products).
// Everything else (listing or changing other users, funding and charging, group, quota and
// pricing management, resellers, Utils and System administration) answers 8202 to UserToken.
// Methods here that take a uid or ownerUid still refuse another user's id (call.target).
var userMethods = setOf(
	// Account: own data only.
	"Account.GetAccount", "Account.GetBillingInfo", "Account.SetBillingInfo",
	"Account.GetAccountBillingHistoryByPeriod", "Account.GetEnvBillingHistoryByPeriod",
	"Account.GetExtendedAccountBillingHistoryByPeriod", "Account.ExportAccountBillingHistoryByPeriod",
	"Account.ExportEnvBillingHistoryByPeriod", "Account.GetAccountBillingByEngineTypeAndPeriod",
	"Account.GetFundAccountHistory", "Account.GetSum", "Account.GetSumAccountBillingHistory",
	"Account.GetQuotas", "Account.GetCollaborationQuotas", "Account.GetCountries", "Account.GetCountryStates",
	"Account.GetExternBillingSystems", "Account.GetExternBillingSystemSession",
	"Account.ConvertToCommercial", "Account.ConvertToCommercialAndPay",
	// Invoice: own invoices.
	"Invoice.GetInvoices", "Invoice.GetExternalInvoices", "Invoice.Pay",
	// Integration: links into the billing portal.
	"Integration.GetInvoiceUrl", "Integration.GetSSOUrl",
	// PayMethod: own payment methods.
	"PayMethod.GetDefaultPayMethod", "PayMethod.GetPublicToken", "PayMethod.GetValidPayTypes",
	"PayMethod.RegisterBankCard", "PayMethod.RegisterPayMethodAndPay", "PayMethod.SetDefaultPayMethod",
	"PayMethod.SetupIntent", "PayMethod.EnablePayMethod",
	// Pricing: public price lists and checks of what one may create.
	"Pricing.GetPricing", "Pricing.GetPlatformCurrency", "Pricing.GetCurrencies", "Pricing.GetResources",
	"Pricing.GetUniqueResourceNames", "Pricing.CheckHostGroupsAllowed", "Pricing.ValidateEnvironment",
	"Pricing.ValidateNode",
	// ServicePlan: buying plans and own automatic payments.
	"ServicePlan.GetServicePlan", "ServicePlan.GetServicePlanByType", "ServicePlan.ExtendedGetServicePlans",
	"ServicePlan.GetFinalCost", "ServicePlan.GetCurrency", "ServicePlan.GetPayMethodList",
	"ServicePlan.GetPaymentNews", "ServicePlan.PaymentNewsRead", "ServicePlan.GetBoughtServicePlans",
	"ServicePlan.GetAutoPays", "ServicePlan.GetAutoPayHistory", "ServicePlan.CreateLevelAutoPay",
	"ServicePlan.CreateRegularAutoPay", "ServicePlan.DeleteAutoPay",
	// Order: own orders and payment pages.
	"Order.GetOrders", "Order.GetHistoryUrl", "Order.GetFraudCheckUrl",
	"Order.GetUrlSupplyingCookiesForHistoryUrl", "Order.PayServicePlan",
	// Subscription: the catalogue and own subscriptions.
	"Subscription.GetCategories", "Subscription.GetProducts", "Subscription.GetServicePlans",
	"Subscription.GetSubscriptions", "Subscription.Subscribe", "Subscription.Cancel",
	"Subscription.UndoCancel", "Subscription.SetAutopay", "Subscription.UpdateSubscription",
	"Subscription.DiscardUpdateSubscription", "Subscription.UpcomingInvoice",
	"Subscription.InstallProduct", "Subscription.UninstallProduct", "Subscription.CloneProduct",
	"Subscription.MoveProduct", "Subscription.GetRestrictedHardNodeGroups",
	// System: harmless per-session calls.
	"System.GetVersion", "System.RefreshUser", "System.GetAPIDescriptions",
)

// adminOnly reports whether m refuses the end user's token.
func adminOnly(m jelastic.Method) bool { return !userMethods[m.FullName()] }

// AdminOnly reports whether the sandbox refuses m to UserToken with result 8202.
func AdminOnly(m jelastic.Method) bool { return adminOnly(m) }

func setOf(names ...string) map[string]bool {
	s := make(map[string]bool, len(names))
	for _, n := range names {
		s[n] = true
	}
	return s
}
