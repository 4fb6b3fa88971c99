package tools

import (
	"fmt"
	"strings"

	"github.com/jelastic-mcp/jelastic-mcp/jelastic"
)

// MarkdownTable lists every tool with its effect and summary, grouped by service, for the
// README. `jelastic-mcp --list-tools` prints it.
func MarkdownTable(methods []jelastic.Method) string {
	if methods == nil {
		methods = Catalog()
	}
	var b strings.Builder
	counts := map[jelastic.Effect]int{}
	for _, m := range methods {
		counts[m.Effect]++
	}
	fmt.Fprintf(&b, "%d tools: %d read, %d write, %d destructive (need `confirm: true`).\n",
		len(methods), counts[jelastic.Read], counts[jelastic.Write], counts[jelastic.Destructive])
	service := ""
	for _, m := range methods {
		if m.Service != service {
			service = m.Service
			fmt.Fprintf(&b, "\n### %s\n\n| Tool | Effect | What it does |\n|---|---|---|\n", service)
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", m.ToolName(), m.Effect, strings.ReplaceAll(m.Summary, "|", "\\|"))
	}
	return b.String()
}
