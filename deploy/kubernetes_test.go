// Package deploy holds the container and Kubernetes files of jelastic-mcp and their tests, in a
// module of its own so that the server's go.mod stays free of the Kubernetes API types.
package deploy

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
	"sigs.k8s.io/yaml"
)

// manifests is every object under kubernetes/, each decoded strictly into its API type: an
// unknown or misspelt field, a duplicate key or an unknown kind fails the test.
type manifests struct {
	deployment *appsv1.Deployment
	service    *corev1.Service
	budget     *policyv1.PodDisruptionBudget
}

func readManifests(t *testing.T) manifests {
	t.Helper()
	files, err := filepath.Glob("kubernetes/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no manifests in kubernetes/: %v", err)
	}
	var m manifests
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(raw), "\n---") {
			t.Fatalf("%s: one object per file, please", f)
		}
		var head struct{ APIVersion, Kind string }
		if err := yaml.Unmarshal(raw, &head); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var obj any
		switch head.APIVersion + " " + head.Kind {
		case "apps/v1 Deployment":
			m.deployment = &appsv1.Deployment{}
			obj = m.deployment
		case "v1 Service":
			m.service = &corev1.Service{}
			obj = m.service
		case "policy/v1 PodDisruptionBudget":
			m.budget = &policyv1.PodDisruptionBudget{}
			obj = m.budget
		default:
			t.Fatalf("%s: %s %s is not a kind this test knows; teach it the invariants", f, head.APIVersion, head.Kind)
		}
		if err := yaml.UnmarshalStrict(raw, obj); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	if m.deployment == nil || m.service == nil || m.budget == nil {
		t.Fatalf("want a Deployment, a Service and a PodDisruptionBudget in kubernetes/, got %+v", m)
	}
	return m
}

// The Secret every credential comes from, and the keys the server reads from it.
const secretName = "jelastic-mcp"

var (
	requiredSecrets = []string{"JELASTIC_URL", "JELASTIC_MCP_AUTH_TOKEN", "JELASTIC_MCP_SEAL_KEY"}
	optionalSecrets = []string{"JELASTIC_TOKEN"} // absent: each client sends X-Jelastic-Token
)

func TestDeployment(t *testing.T) {
	d := readManifests(t).deployment
	replicas := "unset"
	if r := d.Spec.Replicas; r != nil {
		replicas = strconv.Itoa(int(*r))
	}
	if replicas != "3" {
		t.Errorf("replicas %s, want 3", replicas)
	}
	pod := d.Spec.Template
	if d.Spec.Selector == nil || !selects(d.Spec.Selector.MatchLabels, pod.Labels) {
		t.Errorf("the selector %v does not match the pod labels %v", d.Spec.Selector, pod.Labels)
	}
	if len(pod.Spec.Containers) != 1 {
		t.Fatalf("%d containers, want 1", len(pod.Spec.Containers))
	}
	c := pod.Spec.Containers[0]
	if !slices.Equal(c.Args, []string{"--http", "0.0.0.0:8080", "--stateless"}) || len(c.Command) != 0 {
		t.Errorf("command %q args %q; want the image's entry point with --http 0.0.0.0:8080 --stateless", c.Command, c.Args)
	}
	if len(c.Ports) != 1 || c.Ports[0].ContainerPort != 8080 || c.Ports[0].Name != "http" {
		t.Errorf("ports %+v, want http on 8080", c.Ports)
	}
	for name, p := range map[string]*corev1.Probe{"readiness": c.ReadinessProbe, "liveness": c.LivenessProbe} {
		if p == nil || p.HTTPGet == nil || p.HTTPGet.Path != "/healthz" || portOf(c, p.HTTPGet.Port) != 8080 {
			t.Errorf("%s probe %+v; want GET /healthz on 8080", name, p)
		}
	}

	for _, r := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
		req, okReq := c.Resources.Requests[r]
		lim, okLim := c.Resources.Limits[r]
		if !okReq || !okLim || req.Cmp(lim) > 0 {
			t.Errorf("%s: request %v, limit %v; want both, request <= limit", r, req.String(), lim.String())
		}
	}

	sc := c.SecurityContext
	if sc == nil || !isTrue(sc.ReadOnlyRootFilesystem) || sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation ||
		isTrue(sc.Privileged) || sc.Capabilities == nil || !slices.Contains(sc.Capabilities.Drop, "ALL") {
		t.Errorf("container security context %+v; want a read-only root, no privilege escalation, all capabilities dropped", sc)
	}
	nonRoot := isTrue(pod.Spec.SecurityContext.RunAsNonRoot) || (sc != nil && isTrue(sc.RunAsNonRoot))
	uid := pod.Spec.SecurityContext.RunAsUser
	if !nonRoot || uid == nil || *uid == 0 {
		t.Errorf("want runAsNonRoot and a non-zero runAsUser (the image's 65532), got %v, %v", nonRoot, uid)
	}

	env := map[string]corev1.EnvVar{}
	for _, e := range c.Env {
		env[e.Name] = e
		if e.Value != "" && (strings.Contains(e.Name, "TOKEN") || strings.Contains(e.Name, "KEY")) {
			t.Errorf("%s is written in the manifest; it belongs in the Secret", e.Name)
		}
	}
	for _, name := range append(slices.Clone(requiredSecrets), optionalSecrets...) {
		ref := env[name].ValueFrom
		if ref == nil || ref.SecretKeyRef == nil || ref.SecretKeyRef.Name != secretName || ref.SecretKeyRef.Key != name {
			t.Errorf("%s: %+v; want it from key %s of the Secret %q", name, env[name], name, secretName)
			continue
		}
		if optional := isTrue(ref.SecretKeyRef.Optional); optional != slices.Contains(optionalSecrets, name) {
			t.Errorf("%s: optional is %v", name, optional)
		}
	}
}

func TestServiceAndBudget(t *testing.T) {
	m := readManifests(t)
	pod := m.deployment.Spec.Template
	s := m.service.Spec
	if !selects(s.Selector, pod.Labels) || len(s.Selector) == 0 {
		t.Errorf("the Service selects %v, the pods are labelled %v", s.Selector, pod.Labels)
	}
	if s.SessionAffinity != "" && s.SessionAffinity != corev1.ServiceAffinityNone {
		t.Errorf("session affinity %q: the replicas are stateless and need none", s.SessionAffinity)
	}
	if len(s.Ports) != 1 || portOf(pod.Spec.Containers[0], s.Ports[0].TargetPort) != 8080 {
		t.Errorf("Service ports %+v; want one reaching the container's 8080", s.Ports)
	}
	b := m.budget.Spec
	if b.Selector == nil || !selects(b.Selector.MatchLabels, pod.Labels) {
		t.Errorf("the budget selects %v, the pods are labelled %v", b.Selector, pod.Labels)
	}
	if b.MaxUnavailable == nil || b.MaxUnavailable.IntValue() != 1 {
		t.Errorf("maxUnavailable %v, want 1", b.MaxUnavailable)
	}
}

// selects reports whether every label of the selector is on the object.
func selects(selector, labels map[string]string) bool {
	for k, v := range selector {
		if labels[k] != v {
			return false
		}
	}
	return true
}

// portOf resolves a port given by number or by name against the container's ports.
func portOf(c corev1.Container, p intstr.IntOrString) int32 {
	if p.Type == intstr.Int {
		return p.IntVal
	}
	for _, cp := range c.Ports {
		if cp.Name == p.StrVal {
			return cp.ContainerPort
		}
	}
	return 0
}

func isTrue(b *bool) bool { return b != nil && *b }
