package main

import (
	"runtime/debug"
	"strings"
)

// version names this build in the server's identity, its logs and --version: the module
// version the Go toolchain recorded (a release tag, or a pseudo-version naming the commit
// when built from a clone), or "devel" when it recorded none.
var version = moduleVersion(debug.ReadBuildInfo())

func moduleVersion(bi *debug.BuildInfo, ok bool) string {
	if !ok || bi.Main.Version == "" || bi.Main.Version == "(devel)" {
		return "devel"
	}
	return bi.Main.Version
}

// describeBuild is the --version line: the module version, then the commit the binary was
// built from, so that a bug report names the exact source.
func describeBuild(bi *debug.BuildInfo, ok bool) string {
	var b strings.Builder
	b.WriteString("jelastic-mcp " + moduleVersion(bi, ok))
	if !ok {
		return b.String() + ", no build information recorded"
	}
	vcs := map[string]string{}
	for _, s := range bi.Settings {
		vcs[s.Key] = s.Value
	}
	if rev := vcs["vcs.revision"]; rev != "" {
		b.WriteString(", revision " + rev)
		if at := vcs["vcs.time"]; at != "" {
			b.WriteString(" of " + at)
		}
		if vcs["vcs.modified"] == "true" {
			b.WriteString(" with uncommitted changes")
		}
	} else {
		b.WriteString(", no VCS revision recorded (built outside a git clone, or with -buildvcs=false)")
	}
	return b.String() + ", " + bi.GoVersion
}
