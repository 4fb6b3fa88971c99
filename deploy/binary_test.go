package deploy

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
)

// server is the jelastic-mcp binary, built once from the repository this module sits in,
// as the Dockerfile builds it.
var server = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "jelastic-mcp-deploy-")
	if err != nil {
		return "", err
	}
	serverDir = dir
	bin := filepath.Join(dir, "jelastic-mcp")
	build := exec.Command("go", "build", "-o", bin, "./cmd/jelastic-mcp")
	build.Dir = ".."
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building the server: %v\n%s", err, out)
	}
	return bin, nil
})

var serverDir string // removed by TestMain

func TestMain(m *testing.M) {
	code := m.Run()
	if serverDir != "" {
		_ = os.RemoveAll(serverDir) // a temporary directory; the exit code matters more
	}
	os.Exit(code)
}

func buildServer(t *testing.T) string {
	t.Helper()
	bin, err := server()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// TestFlagsExist: every flag the Dockerfile, the Kubernetes manifests and the systemd unit
// pass is one the binary knows, so a renamed flag cannot leave them behind.
func TestFlagsExist(t *testing.T) {
	help, _ := exec.Command(buildServer(t), "--help").CombinedOutput()
	known := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^\s+-([a-z-]+)`).FindAllStringSubmatch(string(help), -1) {
		known[m[1]] = true
	}
	if !known["http"] || !known["healthcheck"] {
		t.Fatalf("--help lists no --http or --healthcheck:\n%s", help)
	}
	commands := map[string][]string{} // where -> the arguments given to jelastic-mcp
	for _, in := range readDockerfile(t) {
		switch in.op {
		case "CMD":
			commands["Dockerfile CMD"] = execForm(t, "CMD", in.args)
		case "HEALTHCHECK":
			_, probe, _ := strings.Cut(in.args, "CMD ")
			commands["Dockerfile HEALTHCHECK"] = execForm(t, "HEALTHCHECK", probe)[1:]
		}
	}
	commands["deployment.yaml"] = readManifests(t).deployment.Spec.Template.Spec.Containers[0].Args
	unit, err := os.ReadFile("systemd/jelastic-mcp.service")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(unit), "\n") {
		if exec, ok := strings.CutPrefix(line, "ExecStart="); ok {
			commands["jelastic-mcp.service"] = strings.Fields(exec)[1:]
		}
	}
	if len(commands) != 4 {
		t.Fatalf("found the commands %v; want the Dockerfile's CMD and HEALTHCHECK, the Deployment's and the unit's", commands)
	}
	for where, args := range commands {
		for _, a := range args {
			name, isFlag := strings.CutPrefix(a, "--")
			if name, _, _ = strings.Cut(name, "="); isFlag && !known[name] {
				t.Errorf("%s passes --%s, which jelastic-mcp does not know", where, name)
			}
		}
	}
}

// TestContainerConfiguration runs the binary as the Deployment configures it (its arguments,
// with a loopback port, and its environment filled as the Secret would), probes it the way
// the Dockerfile's HEALTHCHECK does, and stops it the way Kubernetes does, with SIGTERM.
func TestContainerConfiguration(t *testing.T) {
	bin := buildServer(t)
	d := readManifests(t).deployment
	c := d.Spec.Template.Spec.Containers[0]
	args := slices.Clone(c.Args)
	i := slices.Index(args, "--http")
	if i < 0 || i+1 >= len(args) {
		t.Fatalf("args %q have no --http address", args)
	}
	args[i+1] = "127.0.0.1:0"
	secret := map[string]string{
		"JELASTIC_URL":            "https://app.jelastic.example.com",
		"JELASTIC_MCP_AUTH_TOKEN": "deploy-test-bearer-2f9c1e7a5b3d8064",
		"JELASTIC_MCP_SEAL_KEY":   "9b1f0c2e7d4a6b8c3e5f1a2d4c6e8b0a9f7e5d3c1b2a4968778695a4b3c2d1e0",
	}
	env := []string{"PATH=" + os.Getenv("PATH")}
	for _, e := range c.Env {
		switch {
		case e.ValueFrom != nil && e.ValueFrom.SecretKeyRef != nil:
			if v, ok := secret[e.ValueFrom.SecretKeyRef.Key]; ok {
				env = append(env, e.Name+"="+v)
			}
		case e.ValueFrom != nil && e.ValueFrom.ResourceFieldRef != nil:
			lim := c.Resources.Limits[corev1.ResourceName(strings.TrimPrefix(e.ValueFrom.ResourceFieldRef.Resource, "limits."))]
			env = append(env, e.Name+"="+strconv.FormatInt(lim.Value(), 10)) // bytes, as the kubelet fills it
		default:
			env = append(env, e.Name+"="+e.Value)
		}
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default: // the test reads only until serving; later lines are not needed
			}
		}
		done <- cmd.Wait()
	}()
	t.Cleanup(func() { _ = cmd.Process.Kill() })

	var addr string
	var logs []string
	for timeout := time.After(20 * time.Second); addr == ""; {
		select {
		case l := <-lines:
			logs = append(logs, l)
			var msg struct{ Message, Addr string }
			if json.Unmarshal([]byte(l), &msg) == nil && msg.Message == "serving" {
				addr = msg.Addr
			}
		case err := <-done:
			t.Fatalf("the server stopped before serving (%v):\n%s", err, strings.Join(logs, "\n"))
		case <-timeout:
			t.Fatalf("the server did not start:\n%s", strings.Join(logs, "\n"))
		}
	}
	if out, err := exec.Command(bin, "--healthcheck", "http://"+addr+"/healthz").CombinedOutput(); err != nil {
		t.Errorf("the healthcheck of the running server failed: %v %s", err, out)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("after SIGTERM the server exited with %v", err)
		}
	case <-time.After(time.Duration(*d.Spec.Template.Spec.TerminationGracePeriodSeconds) * time.Second):
		t.Error("the server outlived the pod's termination grace period")
	}
	for _, l := range logs {
		for _, s := range secret {
			if strings.Contains(l, s) && !strings.HasPrefix(s, "https://") {
				t.Errorf("a secret reached the log: %s", l)
			}
		}
	}
}
