package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/jelastic-mcp/jelastic-mcp/answers"
	"github.com/jelastic-mcp/jelastic-mcp/internal/testkit"
)

// TestDemo runs the newcomer's first command: the transcript shows a read, a destructive call
// that sends nothing until confirmed, its confirmed result, and a client configuration naming
// this very binary.
func TestDemo(t *testing.T) {
	cmd := exec.Command(binary, "--demo")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("--demo: %v\n%s", err, stderr.String())
	}
	out := stdout.String()
	command, _ := json.Marshal(binary)
	for _, want := range []string{
		fmt.Sprintf("%d tools", len(testkit.OfferedByDefault(t))+len(answers.Methods())),
		"> account_get_account {}\n  {\"balance\":",
		"othing was sent. This call would: Add 50.00 USD to the main balance of user 1004.",
		`"confirm":true,"uid":1004}` + "\n  {\"amount\":50,\"balance\":53.1639",
		`"command": ` + string(command) + `, "args": ["--sandbox"]`,
		"claude mcp add jelastic-sandbox -- " + binary + " --sandbox",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the transcript lacks %q:\n%s", want, out)
		}
	}
	if stderr.Len() != 0 {
		t.Errorf("--demo wrote to stderr: %s", stderr.String())
	}
}

// TestVersionNamesTheBuild: --version says what the toolchain recorded in the binary, as
// `go version -m` reads it: the module version and, when built from a clone, the commit.
func TestVersionNamesTheBuild(t *testing.T) {
	out, err := exec.Command(binary, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	recorded, err := exec.Command("go", "version", "-m", binary).Output()
	if err != nil {
		t.Fatal(err)
	}
	line := string(out)
	mod := regexp.MustCompile(`(?m)^\tmod\t\S+\t(\S+)`).FindStringSubmatch(string(recorded))
	if mod == nil {
		t.Fatalf("go version -m shows no main module:\n%s", recorded)
	}
	want := mod[1]
	if want == "(devel)" {
		want = "devel"
	}
	if !strings.HasPrefix(line, "jelastic-mcp "+want+",") {
		t.Errorf("--version %q does not start with the module version %q", line, want)
	}
	if rev := regexp.MustCompile(`(?m)^\tbuild\tvcs.revision=(\S+)`).FindStringSubmatch(string(recorded)); rev != nil {
		if !strings.Contains(line, "revision "+rev[1]) {
			t.Errorf("--version %q does not name the revision %s", line, rev[1])
		}
	} else if !strings.Contains(line, "no VCS revision recorded") {
		t.Errorf("--version %q should say that no revision was recorded", line)
	}
}

func TestDescribeBuild(t *testing.T) {
	stamped := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.0.0-20261126025828-d18535bd7e7b+dirty"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "d18535bd7e7baf1b9ca76c413b6e89bb47ba8d9e"},
			{Key: "vcs.time", Value: "2026-11-26T02:58:28Z"}, {Key: "vcs.modified", Value: "true"}}}
	cases := []struct {
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{stamped, true, "jelastic-mcp v0.0.0-20261126025828-d18535bd7e7b+dirty, revision d18535bd7e7baf1b9ca76c413b6e89bb47ba8d9e of 2026-11-26T02:58:28Z with uncommitted changes, go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}}, true, "jelastic-mcp v1.2.0, no VCS revision recorded (built outside a git clone, or with -buildvcs=false), go1.26.8"},
		{&debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}}, true, "jelastic-mcp devel, no VCS revision recorded (built outside a git clone, or with -buildvcs=false), go1.26.8"},
		{nil, false, "jelastic-mcp devel, no build information recorded"},
	}
	for _, c := range cases {
		if got := describeBuild(c.bi, c.ok); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
}
