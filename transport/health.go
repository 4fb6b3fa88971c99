package transport

import (
	"encoding/json"
	"net/http"
)

// health answers GET /healthz without authentication, for load balancers. It says nothing
// about the platform or the configuration.
func health(version string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		_ = json.NewEncoder(w).Encode(map[string]string{"status": "ok", "version": version})
	}
}
