package billing

import "github.com/jelastic-mcp/jelastic-mcp/jelastic"

// carries is what each method's answers hold that a reader needs a unit for (see
// jelastic.Method.Carries): Money where an amount (balance, bonus, credit, debit, amount, cost,
// price, sum, tax, ...) stands in an object with no "currency" field of its own or above it,
// Times where a time is written without a zone. Methods not listed answer neither. The table
// is kept beside the declarations rather than in them so that it reads as one list;
// TestAnswerUnits in jelastic/sandbox holds it against every method's answer.
var carries = map[string]jelastic.Units{
	"Account.AddAccount":                               jelastic.Money | jelastic.Times,
	"Account.ChargeAccountByUid":                       jelastic.Money,
	"Account.ConvertToCommercialAndPay":                jelastic.Money | jelastic.Times,
	"Account.ConvertToTrial":                           jelastic.Money,
	"Account.ExportAccountBillingHistoryByPeriod":      jelastic.Money | jelastic.Times,
	"Account.ExportEnvBillingHistoryByPeriod":          jelastic.Money | jelastic.Times,
	"Account.FundAccount":                              jelastic.Money,
	"Account.FundAndActivateAccount":                   jelastic.Money,
	"Account.GetAccount":                               jelastic.Money | jelastic.Times,
	"Account.GetAccountBillingByEngineTypeAndPeriod":   jelastic.Money | jelastic.Times,
	"Account.GetAccountBillingHistoryByPeriod":         jelastic.Money | jelastic.Times,
	"Account.GetAccounts":                              jelastic.Money | jelastic.Times,
	"Account.GetAccountsByLimits":                      jelastic.Money | jelastic.Times,
	"Account.GetAccountsByPersonalThreshold":           jelastic.Money | jelastic.Times,
	"Account.GetAccountsByUids":                        jelastic.Money | jelastic.Times,
	"Account.GetAccountsForDeactivation":               jelastic.Money | jelastic.Times,
	"Account.GetAccountsForDestroying":                 jelastic.Money | jelastic.Times,
	"Account.GetAggClusterBillingHistory":              jelastic.Money | jelastic.Times,
	"Account.GetAggExtraBillingHistory":                jelastic.Money | jelastic.Times,
	"Account.GetClusterBillingHistory":                 jelastic.Money | jelastic.Times,
	"Account.GetEnvBillingHistoryByPeriod":             jelastic.Money | jelastic.Times,
	"Account.GetExtendedAccountBillingHistoryByPeriod": jelastic.Money, // its times are RFC 3339 already
	"Account.GetExternalUserById":                      jelastic.Money | jelastic.Times,
	"Account.GetFundAccountHistory":                    jelastic.Money | jelastic.Times,
	"Account.GetSum":                                   jelastic.Money,
	"Account.GetSumAccountBillingHistory":              jelastic.Money,
	"Account.GetSuspendedAccounts":                     jelastic.Money | jelastic.Times,
	"Account.ResetTestAccounts":                        jelastic.Money,
	"Account.SetFundNote":                              jelastic.Money | jelastic.Times,
	"Account.SetGroup":                                 jelastic.Money | jelastic.Times,
	"Account.SurchargeAccounts":                        jelastic.Money,
	"Account.UnfundAccount":                            jelastic.Money,
	"Account.WithdrawAccounts":                         jelastic.Money,

	"GroupQuota.AddGroup":              jelastic.Times,
	"GroupQuota.EditGroup":             jelastic.Times,
	"GroupQuota.GetGroups":             jelastic.Times,
	"GroupQuota.SetCollaborationGroup": jelastic.Times,
	"GroupQuota.SetDefaultGroup":       jelastic.Times,
	"GroupQuota.SetSignupGroup":        jelastic.Times,
	"GroupQuota.SetWinDomain":          jelastic.Times,

	// Invoices, orders and bought plans carry their own currency beside each amount.
	"Invoice.Event":               jelastic.Times,
	"Invoice.GetExternalInvoices": jelastic.Times,
	"Invoice.GetInvoices":         jelastic.Times,
	"Invoice.MakeInvoice":         jelastic.Times,
	"Invoice.MarkAsPaid":          jelastic.Times,
	"Invoice.MarkAsVoid":          jelastic.Times,
	"Invoice.Pay":                 jelastic.Times,
	"Invoice.SearchInvoices":      jelastic.Times,

	"Order.GetOrders":      jelastic.Times,
	"Order.OrderEvent":     jelastic.Times,
	"Order.PayServicePlan": jelastic.Money | jelastic.Times, // the balance after paying

	"PayMethod.EnablePayMethod":         jelastic.Times,
	"PayMethod.GetDefaultPayMethod":     jelastic.Times,
	"PayMethod.RegisterBankCard":        jelastic.Money | jelastic.Times,
	"PayMethod.RegisterPayMethodAndPay": jelastic.Money | jelastic.Times,
	"PayMethod.SetDefaultPayMethod":     jelastic.Times,

	"Pricing.AttachTariff": jelastic.Times,
	"Pricing.DetachTariff": jelastic.Times,

	"Reseller.AddReseller":           jelastic.Times,
	"Reseller.EditReseller":          jelastic.Times,
	"Reseller.GetAllResellers":       jelastic.Times,
	"Reseller.GetResellerByAppid":    jelastic.Times,
	"Reseller.GetResellerById":       jelastic.Times,
	"Reseller.GetResellerByOwnerUid": jelastic.Times,
	"Reseller.GetResellerByUid":      jelastic.Times,
	"Reseller.SetResellerStatus":     jelastic.Times,

	"ServicePlan.CreateLevelAutoPay":    jelastic.Money | jelastic.Times,
	"ServicePlan.CreateRegularAutoPay":  jelastic.Times,
	"ServicePlan.GetAutoPayHistory":     jelastic.Money | jelastic.Times,
	"ServicePlan.GetAutoPays":           jelastic.Money | jelastic.Times,
	"ServicePlan.GetBoughtServicePlans": jelastic.Times,
	"ServicePlan.GetPayMethodList":      jelastic.Times,
	"ServicePlan.GetPaymentNews":        jelastic.Times,

	"Subscription.Cancel":                    jelastic.Times,
	"Subscription.CloneProduct":              jelastic.Times,
	"Subscription.DiscardUpdateSubscription": jelastic.Times,
	"Subscription.GetServicePlans":           jelastic.Money,
	"Subscription.GetSubscriptions":          jelastic.Times,
	"Subscription.InstallProduct":            jelastic.Times,
	"Subscription.MoveProduct":               jelastic.Times,
	"Subscription.SetAutopay":                jelastic.Times,
	"Subscription.Subscribe":                 jelastic.Times,
	"Subscription.UndoCancel":                jelastic.Times,
	"Subscription.UninstallProduct":          jelastic.Times,
	"Subscription.UpcomingInvoice":           jelastic.Times,
	"Subscription.UpdateSubscription":        jelastic.Times,

	"System.GetStatus": jelastic.Times,

	"Utils.ClearBillingHistory": jelastic.Money,
	"Utils.SetAccountDate":      jelastic.Money | jelastic.Times,
}
