// Package sandbox is an in-memory Jelastic billing platform that speaks the platform's wire
// protocol: POST or GET {base}/1.0/{path} with appid, session and the method's parameters,
// answered by HTTP 200 and a flat JSON object whose "result" is 0 on success.
//
// It answers every method of the billing catalog (jelastic/billing) from a small seeded world:
// a hoster, a handful of users, their environments and nodes, 90 days of hourly billing
// history, fund history, invoices, groups and quotas, pricing, pay methods, service plans,
// subscriptions and a reseller. State changes (funding, status changes, invoice payment,
// group and pricing management...) are kept and show in later reads. Effects a sandbox cannot
// honestly reproduce (sending e-mail, reloading configuration) are recorded as Events.
//
// Two tokens are known: AdminToken, the hoster's administrator, and UserToken, the end user
// UserUID. Methods not listed in userMethods (access.go) answer 8202 to UserToken. Errors use
// the result codes of package jelastic (5 not found, 99 internal error, 1702 unknown method,
// 2223 payment refused, 8202 permission denied) and the sandbox's own Code* for what jelastic
// does not name: 2 missing parameter, 3 invalid parameter, 11 already exists, 12 wrong state,
// 701 bad session, 702 bad appid. Every answer is HTTP 200.
//
// Files follow the services of jelastic/billing (account.go, group_quota.go, pay_method.go...);
// the Account service spans account.go (accounts), fund.go (money) and history.go (billing
// history). model.go holds the platform's objects, seed.go the demo data, usage.go the hourly
// usage every history answer is computed from.
//
// Answers the billing summaries read (accounts, billing history, fund history, cluster
// history) have the fields of the API reference's samples, named there in comments. Their
// values agree: history items add up to GetSum and the cluster history, per-environment
// history adds up to the account's, and fund history (with a CHARGE entry per day of usage)
// ends at the account's balance. Times are UTC: "2006-01-02 15:04:05" (history buckets in
// the zone timeOffset asks for), epoch milliseconds in fund history.
//
// Nothing is logged; tokens, checksums, passphrases and card numbers are never stored or echoed.
// The platform never talks to the network; Start listens on loopback only.
package sandbox

import (
	"errors"
	"net"
	"net/http"
	"sync"
	"time"
)

// The credentials the sandbox accepts.
const (
	// AdminToken is the session of the hoster's administrator (account AdminUID).
	AdminToken = "sandbox-admin-token"
	// UserToken is the session of the end user UserUID.
	UserToken = "sandbox-user-token"
	// AppID is the only application id the sandbox accepts.
	AppID = "cluster"
)

// Seeded ids. They do not depend on the seed; balances, costs and dates do.
const (
	AdminUID      = 1    // the hoster's administrator account
	UserUID       = 1001 // the end user behind UserToken: commercial, in good standing
	TrialUID      = 1002 // a trial user
	SuspendedUID  = 1003 // a suspended commercial user with a negative balance
	LowBalanceUID = 1004 // a commercial user whose balance is below 5 USD
	ResellerOwner = 1005 // the user who owns the reseller ResellerID
	InactiveUID   = 1006 // a trial user idle for months: a deactivation candidate
	DeactivatedID = 1007 // a deactivated user waiting to be destroyed

	PaidInvoiceID   = 5001 // a paid invoice of UserUID
	UnpaidInvoiceID = 5003 // an unpaid invoice of UserUID
	VoidInvoiceID   = 5004 // a voided invoice of UserUID
	LowBalanceInvID = 5005 // an unpaid invoice of LowBalanceUID

	FundEntryID       = 7001 // the first fund-history entry (of UserUID)
	ServicePlanID     = 301  // an enabled refill service plan
	AutoPayID         = 351  // an automatic payment of UserUID
	PricingID         = 1    // the commercial pricing model
	TariffID          = 101  // the fixed-cloudlet tariff
	ResourceID        = 201  // the cloudlet resource
	ResellerID        = 1    // the seeded reseller
	ProductID         = 401  // a subscription product
	CategoryID        = 1    // a product category
	SubscriptionID    = 601  // an active subscription of UserUID
	SubscriptionItem  = 6011 // the item of SubscriptionID
	SubscriptionRes   = 60111
	PayMethodID       = "pm-1001-card" // UserUID's default bank card
	UserEnvName       = "wp-alice"     // an environment of UserUID
	HardwareNodeGroup = "default"      // the region every seeded environment runs in
)

// Event is a side effect the sandbox recorded instead of performing it, or a notable change.
type Event struct {
	Time   time.Time
	Method string // "Service.Method"
	UID    int    // the caller's account
	Detail string // what would have happened, in plain words (never a secret)
}

// Platform is the in-memory platform. It is an http.Handler and safe for concurrent use.
type Platform struct {
	mu sync.Mutex
	w  *world
}

// New builds the world for seed, with "now" the current hour. Two platforms built from the
// same seed hold the same users, objects and amounts, and the same cost for any given hour.
func New(seed int64) *Platform { return NewAt(seed, time.Now()) }

// NewAt is New with an explicit "now": the end of the seeded billing history.
func NewAt(seed int64, now time.Time) *Platform {
	return &Platform{w: newWorld(seed, now.UTC().Truncate(time.Hour))}
}

// Now is the platform's clock: the hour New was called in.
func (p *Platform) Now() time.Time { return p.w.now }

// Events returns a copy of the recorded events, oldest first.
func (p *Platform) Events() []Event {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Event(nil), p.w.events...)
}

// Balance returns the main and bonus balance of uid (false when there is no such user).
func (p *Platform) Balance(uid int) (balance, bonus float64, ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	u := p.w.users[uid]
	if u == nil {
		return 0, 0, false
	}
	return u.balance, u.bonus, true
}

// Server is a Platform served over HTTP on a loopback port.
type Server struct {
	URL      string // e.g. http://127.0.0.1:38211
	Platform *Platform
	srv      *http.Server
	done     chan error
}

// Start serves New(seed) on 127.0.0.1 at a free port.
func Start(seed int64) (*Server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := New(seed)
	s := &Server{
		URL:      "http://" + ln.Addr().String(),
		Platform: p,
		srv:      &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second},
		done:     make(chan error, 1),
	}
	go func() { s.done <- s.srv.Serve(ln) }()
	return s, nil
}

// Close stops the server and drops its connections.
func (s *Server) Close() error {
	err := s.srv.Close()
	if serr := <-s.done; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}
