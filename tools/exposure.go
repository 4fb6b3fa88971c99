package tools

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// Toolsets beyond the per-service ones. A service's toolset is the prefix of its tools'
// names (account, group_quota, ...); the computed summaries (service Billing) form "billing".
const (
	toolsetAll        = "all"
	toolsetEssentials = "essentials"
)

// essentials answer everyday billing questions (balances, spend and its history, accounts,
// invoices, funding, groups, plans, subscriptions) within the tool limits of clients such as
// Cursor (about 40). Names not registered on a server (a summary not built yet) are ignored.
var essentials = []string{
	// The summaries: one call each instead of many raw lists.
	"billing_spend_summary", "billing_compare_periods", "billing_balance_forecast",
	"billing_revenue_summary", "billing_find_accounts", "billing_spend_chart",
	// Balances, spend, history.
	"account_get_account", "account_get_billing_info", "account_get_billing_history",
	"account_get_env_billing_history", "account_get_billing_by_engine_type", "account_get_sum",
	"account_get_sum_account_billing_history", "account_get_fund_account_history",
	"account_get_agg_cluster_billing_history", "account_get_quotas",
	// Accounts, for admins.
	"account_get_accounts", "account_get_accounts_by_uids", "account_get_suspended_accounts",
	"account_fund_account", "account_set_group",
	// Invoices and payment.
	"invoice_get_invoices", "invoice_search_invoices", "invoice_get_external_invoices", "invoice_pay",
	"pay_method_get_default_pay_method", "pay_method_get_valid_pay_types",
	// Groups, prices, plans, subscriptions.
	"group_quota_get_groups", "group_quota_get_group_quotas", "pricing_get_pricing",
	"pricing_get_platform_currency", "service_plan_extended_get_service_plans",
	"service_plan_get_service_plan", "service_plan_get_auto_pays", "service_plan_get_bought_service_plans",
	"subscription_get_subscriptions", "subscription_get_products", "subscription_upcoming_invoice",
}

// Policy decides which tools a server, or one request to it, offers. The zero Policy offers
// every tool except the one that takes card data.
type Policy struct {
	// Toolsets offered: service toolsets, "all" or "essentials". Empty means all,
	// unless Tools is set: then only Tools.
	Toolsets []string
	// Tools offered in addition to the toolsets.
	Tools []string
	// Exclude removes tools, whatever the toolsets and Tools say.
	Exclude []string
	// ReadOnly leaves only tools that change nothing; it wins over every other setting.
	ReadOnly bool
	// AllowCardData offers tools that take card numbers as arguments, which puts them in the
	// model's context and the chat history. Naming such a tool in Tools is not enough.
	AllowCardData bool
}

// exposes is the predicate every listing and every call goes through.
func (p *Policy) exposes(e *entry) bool {
	switch {
	case e.cardData && !p.AllowCardData:
		return false
	case p.ReadOnly && e.effect != jelastic.Read:
		return false
	case slices.Contains(p.Exclude, e.name):
		return false
	case slices.Contains(p.Tools, e.name):
		return true
	case len(p.Toolsets) == 0:
		return len(p.Tools) == 0
	}
	for _, ts := range p.Toolsets {
		if ts == toolsetAll || ts == e.toolset || (ts == toolsetEssentials && slices.Contains(essentials, e.name)) {
			return true
		}
	}
	return false
}

// why says in a sentence why p does not offer e, for the refusal of a call to it.
func (p *Policy) why(e *entry, server bool) string {
	who := "this request's headers"
	if server {
		who = "this server's settings"
	}
	switch {
	case e.cardData && !p.AllowCardData:
		return "It takes card data, which would end up in the chat history; the server offers it only when started with --allow-card-data."
	case p.ReadOnly && e.effect != jelastic.Read:
		return fmt.Sprintf("It changes data and %s allow only reading.", who)
	case slices.Contains(p.Exclude, e.name):
		return fmt.Sprintf("It is excluded by %s.", who)
	}
	return fmt.Sprintf("Its toolset %s is not among the ones %s offer (%s).", e.toolset, who, strings.Join(p.Toolsets, ", "))
}

// narrowingKey marks a context that carries one request's narrowing of the server's policy.
type narrowingKey struct{}

// WithNarrowing returns ctx carrying p, the tools one request asks for (from HTTP headers,
// say). It can only take tools away from what the server offers: card data and everything
// else the server policy withholds stay withheld.
func WithNarrowing(ctx context.Context, p Policy) context.Context {
	p.AllowCardData = true // the server's policy decides about card data
	return context.WithValue(ctx, narrowingKey{}, &p)
}

func narrowingFrom(ctx context.Context) *Policy {
	p, _ := ctx.Value(narrowingKey{}).(*Policy)
	return p
}

// names are the tools and toolsets a server can offer, for checking a policy.
type names struct {
	Tools    []string
	Toolsets []string
}

// check returns a *PolicyError naming every unknown toolset or tool of p, with the valid names.
func (n names) check(p Policy) error {
	var problems []string
	sets := append([]string{toolsetAll, toolsetEssentials}, n.Toolsets...)
	for _, ts := range p.Toolsets {
		if !slices.Contains(sets, ts) {
			problems = append(problems, unknownName("toolset", ts, sets))
		}
	}
	for _, list := range [][]string{p.Tools, p.Exclude} {
		for _, t := range list {
			if !slices.Contains(n.Tools, t) {
				problems = append(problems, unknownName("tool", t, n.Tools))
			}
		}
	}
	if len(problems) == 0 {
		return nil
	}
	msg := strings.Join(problems, " ") + " Valid toolsets: " + strings.Join(sets, ", ") + "."
	if strings.Contains(msg, "no tool named") {
		msg += " Valid tools: " + strings.Join(n.Tools, ", ") + "."
	}
	return &PolicyError{msg}
}

func unknownName(kind, name string, valid []string) string {
	s := fmt.Sprintf("There is no %s named %q.", kind, name)
	if c := closest(name, valid); c != "" {
		s = fmt.Sprintf("There is no %s named %q; did you mean %q?", kind, name, c)
	}
	return s
}

// SplitList reads a comma-separated list, as flags, environment variables and headers
// give them; blanks are dropped.
func SplitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
