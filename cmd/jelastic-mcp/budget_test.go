package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mark3labs/mcp-go/mcp"

	"github.com/jelastic-mcp/jelastic-mcp/tools"
)

// TestLargestAnswersFitTheBudget asks the sandbox, through the binary over stdio, for its
// largest answers (a month of hourly history, every account, a month of cluster history by
// the hour): the text and the structuredContent each stay within the default 24 KiB, and a
// cut answer says how many items it kept of how many and which argument asks for less.
func TestLargestAnswersFitTheBudget(t *testing.T) {
	c := sandboxSession(t)
	end := time.Now().UTC()
	start := end.AddDate(0, 0, -30).Format("2006-01-02")
	day := end.Format("2006-01-02")
	cases := []struct {
		tool, args, narrow string
	}{
		{"account_get_billing_history", fmt.Sprintf(`{"start_time":%q,"end_time":%q,"period":"HOUR"}`, start, day), "a coarser period"},
		{"account_get_env_billing_history", fmt.Sprintf(`{"start_time":%q,"end_time":%q,"period":"HOUR"}`, start, day), "start_time and end_time"},
		{"account_get_extended_billing_history", fmt.Sprintf(`{"start_time":%q,"end_time":%q}`, start, day), "target_app_id"},
		{"account_get_cluster_billing_history", fmt.Sprintf(`{"start_time":%q,"end_time":%q,"interval":3600}`, start, day), "a longer interval"},
		{"account_get_fund_account_history", fmt.Sprintf(`{"uid":1004,"start_time":%q,"end_time":%q}`, start, day), "start_time and end_time"},
		{"account_get_accounts", `{}`, "pages (result_count, start_row)"},
	}
	cut := 0
	for _, tc := range cases {
		req := mcp.CallToolRequest{}
		req.Params.Name = tc.tool
		if err := json.Unmarshal([]byte(tc.args), &req.Params.Arguments); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		res, err := c.CallTool(ctx, req)
		cancel()
		if err != nil || res.IsError {
			t.Errorf("%s: %v %+v", tc.tool, err, res)
			continue
		}
		text := res.Content[0].(mcp.TextContent).Text
		sc, _ := json.Marshal(res.StructuredContent)
		if len(text) > tools.DefaultMaxResultBytes || len(sc) > tools.DefaultMaxResultBytes {
			t.Errorf("%s: text %d bytes, structuredContent %d bytes; each must stay within %d", tc.tool, len(text), len(sc), tools.DefaultMaxResultBytes)
		}
		var note struct {
			Truncated *struct {
				Total, Returned int
				Hint            string
			}
		}
		_ = json.Unmarshal([]byte(text), &note)
		t.Logf("%s: text %d bytes, structuredContent %d bytes, truncated %+v", tc.tool, len(text), len(sc), note.Truncated)
		if note.Truncated == nil {
			continue
		}
		cut++
		tr := note.Truncated
		if want := fmt.Sprintf("%d of %d items", tr.Returned, tr.Total); !strings.Contains(tr.Hint, want) || !strings.Contains(tr.Hint, tc.narrow) {
			t.Errorf("%s: hint %q should say %q and name %q", tc.tool, tr.Hint, want, tc.narrow)
		}
	}
	if cut < 2 {
		t.Errorf("only %d of the largest answers were cut; the test no longer reaches the budget", cut)
	}
}
