package tools

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/mark3labs/mcp-go/server"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// sealTTL is how long a person has to answer an approval request.
const sealTTL = 5 * time.Minute

// minSealKeyBytes is the shortest JELASTIC_MCP_SEAL_KEY accepted, after decoding.
const minSealKeyBytes = 32

// maxUsedSeals bounds the memory that remembers spent seals. Each needs a person's answer, so
// reaching it means something is wrong; beyond it approvals are refused until seals expire.
const maxUsedSeals = 100_000

// sealPrefix versions the state format, so a later format can be told apart.
const sealPrefix = "a1."

// ParseSealKey reads JELASTIC_MCP_SEAL_KEY: at least 32 bytes, written as hex or base64
// (standard or URL alphabet, padded or not). Replicas that share it can finish each other's
// approvals.
func ParseSealKey(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, errors.New("the seal key is empty")
	}
	var key []byte
	if b, err := hex.DecodeString(s); err == nil {
		key = b
	} else {
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
			if b, err := enc.DecodeString(s); err == nil {
				key = b
				break
			}
		}
	}
	if key == nil {
		return nil, errors.New("the seal key is neither hex nor base64; generate one with `openssl rand -hex 32`")
	}
	if len(key) < minSealKeyBytes {
		return nil, fmt.Errorf("the seal key has %d bytes, at least %d random bytes are needed; generate one with `openssl rand -hex 32`", len(key), minSealKeyBytes)
	}
	return key, nil
}

// sealer signs the state of the approval requests this server issues, and checks the state a
// client echoes back. The state is an expiry, a nonce and an HMAC-SHA256 over them, the tool,
// the exact wire form of the arguments and who asked; nothing else is kept between the two
// round trips, so any process holding the same key can finish the call.
type sealer struct {
	key []byte

	mu   sync.Mutex
	used map[[16]byte]time.Time // nonce -> expiry; spent seals, forgotten once expired
}

func newSealer(key []byte) (*sealer, error) {
	if key == nil {
		key = make([]byte, minSealKeyBytes)
		if _, err := rand.Read(key); err != nil {
			return nil, fmt.Errorf("making a seal key: %w", err)
		}
	} else if len(key) < minSealKeyBytes {
		return nil, fmt.Errorf("the seal key has %d bytes, at least %d are needed", len(key), minSealKeyBytes)
	}
	return &sealer{key: key, used: map[[16]byte]time.Time{}}, nil
}

// sealFor is what a seal is bound to.
type sealFor struct {
	tool string
	args string // canonical wire form of the arguments
	who  string // session and credentials, see caller
}

func (s *sealer) mac(b sealFor, expiry int64, nonce []byte) []byte {
	m := hmac.New(sha256.New, s.key)
	for _, part := range []string{"jelastic-mcp approval", b.tool, b.args, b.who} {
		var n [binary.MaxVarintLen64]byte
		m.Write(n[:binary.PutUvarint(n[:], uint64(len(part)))])
		m.Write([]byte(part))
	}
	var e [8]byte
	binary.BigEndian.PutUint64(e[:], uint64(expiry))
	m.Write(e[:])
	m.Write(nonce)
	return m.Sum(nil)
}

// seal is the request state of an approval request issued at now.
func (s *sealer) seal(b sealFor, now time.Time) (string, error) {
	raw := make([]byte, 8+16, 8+16+sha256.Size)
	expiry := now.Add(sealTTL).Unix()
	binary.BigEndian.PutUint64(raw, uint64(expiry))
	if _, err := rand.Read(raw[8:24]); err != nil {
		return "", fmt.Errorf("making a seal nonce: %w", err)
	}
	raw = append(raw, s.mac(b, expiry, raw[8:24])...)
	return sealPrefix + base64.RawURLEncoding.EncodeToString(raw), nil
}

// sentence is an error whose text is a full sentence for the model (error strings by
// convention are not).
type sentence string

func (s sentence) Error() string { return string(s) }

// Why an echoed state is refused.
const (
	errSealMissing sentence = "The approval answer came without the request state this server issued with its question, so it cannot be a person's answer to it."
	errSealForged  sentence = "The approval state was not issued by this server for this exact call (tool, arguments and caller must match the question the person saw)."
	errSealExpired sentence = "The approval request expired: a person has 5 minutes to answer."
	errSealUsed    sentence = "This approval was already used; each one lets exactly one call through."
	errSealBusy    sentence = "Too many approvals are in flight on this server; try again in a few minutes."
)

// open checks an echoed state against the call being made and spends it. A state is spent
// whatever the person answered: a declined or accepted question is never asked twice.
func (s *sealer) open(state string, b sealFor, now time.Time) error {
	if state == "" {
		return errSealMissing
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(state, sealPrefix))
	if err != nil || !strings.HasPrefix(state, sealPrefix) || len(raw) != 8+16+sha256.Size {
		return errSealForged
	}
	expiry := int64(binary.BigEndian.Uint64(raw))
	if !hmac.Equal(raw[24:], s.mac(b, expiry, raw[8:24])) {
		return errSealForged
	}
	end := time.Unix(expiry, 0)
	if !now.Before(end) {
		return errSealExpired
	}
	var nonce [16]byte
	copy(nonce[:], raw[8:24])
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, spent := s.used[nonce]; spent {
		return errSealUsed
	}
	if len(s.used) >= maxUsedSeals {
		for n, e := range s.used {
			if !now.Before(e) {
				delete(s.used, n)
			}
		}
		if len(s.used) >= maxUsedSeals {
			return errSealBusy
		}
	}
	s.used[nonce] = end
	return nil
}

type principalKey struct{}

// WithPrincipal records in ctx who the transport authenticated (a hash of a bearer token, a
// JWT subject...). Approvals, the daily money limit and the audit log bind to it, together
// with the caller's own Jelastic token.
func WithPrincipal(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, principalKey{}, id)
}

// credentials is a short, stable hash of whoever is calling: the principal the transport
// recorded and the per-client Jelastic token. Calls on the server's own token share one.
func credentials(ctx context.Context) string {
	p, _ := ctx.Value(principalKey{}).(string)
	tok, _ := jelastic.TokenFrom(ctx)
	return shortHash("credentials", p, tok)
}

// sessionHash is a short hash of the MCP session id, to correlate log lines without giving
// anyone reading them a session id to post into.
func sessionHash(ctx context.Context) string {
	if s := server.ClientSessionFromContext(ctx); s != nil && s.SessionID() != "" {
		return shortHash("session", s.SessionID())
	}
	return ""
}

// caller is what an approval is bound to: the session (empty on the 2026-07-28 protocol and
// in stateless mode, where any replica may answer) and the credentials.
func caller(ctx context.Context) string {
	id := ""
	if s := server.ClientSessionFromContext(ctx); s != nil {
		id = s.SessionID()
	}
	return shortHash("caller", id, credentials(ctx))
}

func shortHash(domain string, parts ...string) string {
	h := sha256.New()
	h.Write([]byte(domain))
	for _, p := range parts {
		var n [binary.MaxVarintLen64]byte
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(p)))])
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
