package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"testing"
)

// TestHealthcheck: --healthcheck is how minimal container images probe the server, with no
// shell or curl. Healthy is exit 0 and silence; anything else is exit 1 and one line saying why.
func TestHealthcheck(t *testing.T) {
	srv := startHTTP(t, map[string]string{"JELASTIC_URL": "https://platform.example", "JELASTIC_TOKEN": serverSecret})
	failing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer failing.Close()
	probe := func(url string) (int, string) {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), []string{"--healthcheck", url}, envOf(nil), nil, &stdout, &stderr)
		if stdout.Len() != 0 {
			t.Errorf("--healthcheck %s wrote to stdout: %q", url, stdout.String())
		}
		return code, stderr.String()
	}
	if code, out := probe(srv.base + "/healthz"); code != exitOK || out != "" {
		t.Errorf("healthy server: exit %d, %q", code, out)
	}
	// The built binary, as the container runtime runs it.
	if out, err := exec.Command(binary, "--healthcheck", srv.base+"/healthz").CombinedOutput(); err != nil {
		t.Errorf("the binary's probe of a healthy server: %v %s", err, out)
	}
	if code, out := probe(failing.URL + "/healthz"); code != exitFailed || !strings.Contains(out, "503 Service Unavailable") {
		t.Errorf("503: exit %d, %q", code, out)
	}
	if code, out := probe("ftp://127.0.0.1/healthz"); code != exitUsage || !strings.Contains(out, "e.g. http://127.0.0.1:8080/healthz") {
		t.Errorf("bad address: exit %d, %q", code, out)
	}
	base := srv.base
	srv.stop(t)
	if code, out := probe(base + "/healthz"); code != exitFailed || !strings.Contains(out, "unhealthy") {
		t.Errorf("stopped server: exit %d, %q", code, out)
	}
}

// TestStatelessFromEnvironment: JELASTIC_MCP_STATELESS=1 is --stateless, as containers set it.
func TestStatelessFromEnvironment(t *testing.T) {
	srv := startHTTP(t, map[string]string{"JELASTIC_URL": "https://platform.example", "JELASTIC_TOKEN": serverSecret, "JELASTIC_MCP_STATELESS": "1"})
	if !strings.Contains(srv.logs.String(), `"stateless":true`) {
		t.Errorf("the serving line does not say stateless:\n%s", srv.logs.String())
	}
	res, err := http.Get(srv.base + "/sse")
	if err != nil {
		t.Fatal(err)
	}
	_ = res.Body.Close()
	if res.StatusCode != http.StatusNotFound {
		t.Errorf("/sse of a stateless server: %d", res.StatusCode)
	}
}
