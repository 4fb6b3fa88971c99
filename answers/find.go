package answers

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// FindAccountsParams are the arguments of billing_find_accounts.
type FindAccountsParams struct {
	Query         string   `json:"query,omitempty" wire:"query" jsonschema_description:"E-mail, name or uid, e.g. Dave."`
	Status        string   `json:"status,omitempty" wire:"status" jsonschema:"enum=ACTIVE,enum=SUSPENDED,enum=DEACTIVATED,enum=DESTROYED" jsonschema_description:"Account status."`
	Group         string   `json:"group,omitempty" wire:"group" jsonschema_description:"Billing group, e.g. trial."`
	MinBalance    *float64 `json:"min_balance,omitempty" wire:"min_balance" jsonschema_description:"Lowest main balance, platform currency."`
	MaxBalance    *float64 `json:"max_balance,omitempty" wire:"max_balance" jsonschema_description:"Highest main balance, platform currency, e.g. 5."`
	CreatedAfter  string   `json:"created_after,omitempty" wire:"created_after" jsonschema_description:"Created at or after."`
	CreatedBefore string   `json:"created_before,omitempty" wire:"created_before" jsonschema_description:"Created before (UTC)."`
	SortBy        string   `json:"sort_by,omitempty" wire:"sort_by" jsonschema:"enum=uid,enum=email,enum=balance,enum=created" jsonschema_description:"Order: balance lowest first, created newest first."`
	Limit         *int     `json:"limit,omitempty" wire:"limit" jsonschema_description:"Rows (default 20)."`
}

// AccountRow is one account found.
type AccountRow struct {
	UID     int     `json:"uid" jsonschema_description:"User ID."`
	Name    string  `json:"name" jsonschema_description:"Name of the account holder (may be empty)."`
	Email   string  `json:"email" jsonschema_description:"E-mail (login)."`
	Status  string  `json:"status" jsonschema_description:"Account status, e.g. ACTIVE."`
	Group   string  `json:"group" jsonschema_description:"Billing group."`
	Balance float64 `json:"balance" jsonschema_description:"Main balance."`
	Bonus   float64 `json:"bonus" jsonschema_description:"Bonus balance."`
	Created string  `json:"created" jsonschema_description:"When the account was created, RFC 3339 UTC (empty if unknown)."`
}

// FindAccountsOutput is the structured answer of billing_find_accounts.
type FindAccountsOutput struct {
	Currency string       `json:"currency" jsonschema_description:"Currency code of the balances, e.g. USD, as pricing_get_platform_currency names it."`
	Matched  int          `json:"matched" jsonschema_description:"How many accounts match."`
	Returned int          `json:"returned" jsonschema_description:"How many rows are listed (at most limit)."`
	Scanned  int          `json:"scanned" jsonschema_description:"How many accounts were read from the platform."`
	Accounts []AccountRow `json:"accounts" jsonschema_description:"The matching accounts, in the order asked for."`
	Sources  []string     `json:"sources" jsonschema_description:"Platform methods the rows come from."`
}

// FindAccounts is billing_find_accounts.
var FindAccounts = define("FindAccounts",
	"Find accounts by e-mail, uid, status, group, balance or creation date. Admin only.",
	findAccounts)

var sortFields = []string{"uid", "email", "balance", "created"}

func findAccounts(ctx context.Context, c jelastic.Caller, p *FindAccountsParams) (*result[FindAccountsOutput], error) {
	now := time.Now().UTC()
	limit, err := count("limit", p.Limit, 20, 100)
	if err != nil {
		return nil, err
	}
	sortBy := "uid"
	if p.SortBy != "" {
		if sortBy, err = oneOf("sort_by", p.SortBy, sortFields); err != nil {
			return nil, err
		}
	}
	status := strings.ToUpper(strings.TrimSpace(p.Status))
	if status != "" {
		if _, err := oneOf("status", strings.ToLower(status), []string{"active", "suspended", "deactivated", "destroyed"}); err != nil {
			return nil, err
		}
	}
	var after, before time.Time
	if p.CreatedAfter != "" {
		if after, err = instantOrWindowStart("created_after", p.CreatedAfter, now); err != nil {
			return nil, err
		}
	}
	if p.CreatedBefore != "" {
		if before, err = instantOrWindowStart("created_before", p.CreatedBefore, now); err != nil {
			return nil, err
		}
	}
	if p.MinBalance != nil && p.MaxBalance != nil && *p.MinBalance > *p.MaxBalance {
		return nil, inputErrorf("min_balance (%g) is more than max_balance (%g); swap them.", *p.MinBalance, *p.MaxBalance)
	}
	r := newReader(c)
	all, cut, err := r.accounts(ctx)
	if err != nil {
		return nil, err
	}
	q := strings.TrimSpace(p.Query)
	var found []account
	if q != "" {
		if uid, err := strconv.Atoi(q); err == nil {
			for _, a := range all {
				if a.UID == uid {
					found = append(found, a)
				}
			}
		} else {
			found = matchAccounts(all, q)
		}
	} else {
		found = all
	}
	group := strings.ToLower(strings.TrimSpace(p.Group))
	var kept []account
	for _, a := range found {
		switch {
		case status != "" && a.Status != status,
			group != "" && strings.ToLower(a.Group) != group,
			p.MinBalance != nil && a.Balance < *p.MinBalance,
			p.MaxBalance != nil && a.Balance > *p.MaxBalance,
			!after.IsZero() && (a.Created.IsZero() || a.Created.Before(after)),
			!before.IsZero() && (a.Created.IsZero() || !a.Created.Before(before)):
			continue
		}
		kept = append(kept, a)
	}
	sortAccounts(kept, sortBy)
	rows := []AccountRow{}
	for i, a := range kept {
		if i == limit {
			break
		}
		row := AccountRow{UID: a.UID, Name: a.Name, Email: a.Email, Status: a.Status, Group: a.Group,
			Balance: cents(a.Balance), Bonus: cents(a.Bonus)}
		if !a.Created.IsZero() {
			row.Created = rfc(a.Created)
		}
		rows = append(rows, row)
	}
	out := FindAccountsOutput{Currency: r.currency(ctx), Matched: len(kept), Returned: len(rows), Scanned: len(all), Accounts: rows}
	out.Sources = r.sources()
	return &result[FindAccountsOutput]{data: out, text: findText(out, cut)}, nil
}

func instantOrWindowStart(arg, text string, now time.Time) (time.Time, error) {
	if t, err := parseInstant(text, now); err == nil {
		return t, nil
	}
	w, err := parseWindow(arg, text, now)
	if err != nil {
		return time.Time{}, err
	}
	return w.start, nil
}

// sortAccounts orders by uid or e-mail, balance lowest first (who needs attention), or
// creation newest first.
func sortAccounts(as []account, by string) {
	less := func(a, b account) bool {
		switch by {
		case "email":
			return strings.ToLower(a.Email) < strings.ToLower(b.Email)
		case "balance":
			return a.Balance < b.Balance
		case "created":
			return a.Created.After(b.Created)
		}
		return a.UID < b.UID
	}
	sort.SliceStable(as, func(i, j int) bool { return less(as[i], as[j]) })
}

func findText(o FindAccountsOutput, cut bool) string {
	var b strings.Builder
	switch o.Matched {
	case 0:
		fmt.Fprintf(&b, "No account matches (of %d read).", o.Scanned)
	default:
		fmt.Fprintf(&b, "%d %s match", o.Matched, plural("account", o.Matched))
		if o.Returned < o.Matched {
			fmt.Fprintf(&b, "; the first %d are listed (raise limit or narrow the search for the rest)", o.Returned)
		}
		parts := make([]string, 0, 5)
		for i, a := range o.Accounts {
			if i == 5 {
				parts = append(parts, "…")
				break
			}
			parts = append(parts, fmt.Sprintf("%s, %s, %s, balance %s", account{UID: a.UID, Name: a.Name, Email: a.Email}.label(), a.Status, a.Group, money(a.Balance, o.Currency)))
		}
		fmt.Fprintf(&b, ": %s.", strings.Join(parts, "; "))
	}
	if cut {
		fmt.Fprintf(&b, " Only the first %d accounts of the platform were searched.", maxAccounts)
	}
	return b.String()
}
