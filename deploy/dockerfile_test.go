package deploy

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// instruction is one line of the Dockerfile, continuation lines joined.
type instruction struct {
	op   string // FROM, RUN, USER, ...
	args string
}

func readDockerfile(t *testing.T) []instruction {
	t.Helper()
	raw, err := os.ReadFile("../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	var out []instruction
	var line string
	for _, l := range strings.Split(string(raw), "\n") {
		l = strings.TrimSpace(l)
		if line == "" && (l == "" || strings.HasPrefix(l, "#")) {
			continue
		}
		if strings.HasSuffix(l, "\\") {
			line += strings.TrimSuffix(l, "\\") + " "
			continue
		}
		line += l
		op, args, _ := strings.Cut(line, " ")
		out = append(out, instruction{strings.ToUpper(op), strings.TrimSpace(args)})
		line = ""
	}
	return out
}

// execForm decodes a JSON-array argument such as CMD ["a", "b"].
func execForm(t *testing.T, what, args string) []string {
	t.Helper()
	var argv []string
	if err := json.Unmarshal([]byte(args), &argv); err != nil {
		t.Fatalf("%s %s: want the exec form, a JSON array: %v", what, args, err)
	}
	return argv
}

// TestDockerfile: a multi-stage build of a static binary into an image without a shell, run
// as a non-root user, serving stateless HTTP on 8080 and probing its own /healthz.
func TestDockerfile(t *testing.T) {
	var froms, runs []string
	var user, expose, entrypoint, cmd, health string
	for _, in := range readDockerfile(t) {
		switch in.op {
		case "FROM":
			froms = append(froms, in.args)
		case "RUN":
			runs = append(runs, in.args)
		case "USER":
			user = in.args
		case "EXPOSE":
			expose = in.args
		case "ENTRYPOINT":
			entrypoint = in.args
		case "CMD":
			cmd = in.args
		case "HEALTHCHECK":
			health = in.args
		}
	}
	if len(froms) < 2 {
		t.Errorf("%d stages; want a build stage and a runtime stage", len(froms))
	}
	if final := froms[len(froms)-1]; !strings.HasPrefix(final, "gcr.io/distroless/static") && final != "scratch" {
		t.Errorf("the runtime stage is %q; want distroless/static or scratch", final)
	}
	built := slices.ContainsFunc(runs, func(r string) bool {
		return strings.Contains(r, "CGO_ENABLED=0") && strings.Contains(r, "go build") && strings.Contains(r, "./cmd/jelastic-mcp")
	})
	if !built {
		t.Errorf("no RUN builds ./cmd/jelastic-mcp with CGO_ENABLED=0: %q", runs)
	}
	uid, _, _ := strings.Cut(user, ":")
	if uid == "" || uid == "0" || uid == "root" || strings.Trim(uid, "0123456789") != "" {
		t.Errorf("USER %q; want a numeric non-root user, so that Kubernetes can check runAsNonRoot", user)
	}
	if expose != "8080" {
		t.Errorf("EXPOSE %q, want 8080", expose)
	}
	if argv := execForm(t, "ENTRYPOINT", entrypoint); !slices.Equal(argv, []string{"/jelastic-mcp"}) {
		t.Errorf("ENTRYPOINT %q", argv)
	}
	if argv := execForm(t, "CMD", cmd); !slices.Equal(argv, []string{"--http", "0.0.0.0:8080", "--stateless"}) {
		t.Errorf("CMD %q; want --http 0.0.0.0:8080 --stateless", argv)
	}
	_, probe, ok := strings.Cut(health, "CMD ")
	if argv := execForm(t, "HEALTHCHECK", probe); !ok || !slices.Equal(argv, []string{"/jelastic-mcp", "--healthcheck", "http://127.0.0.1:8080/healthz"}) {
		t.Errorf("HEALTHCHECK %q; want the binary probing http://127.0.0.1:8080/healthz (the image has no shell or curl)", health)
	}
}
