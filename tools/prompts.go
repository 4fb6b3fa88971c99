package tools

import (
	"context"
	"errors"
	"strings"
	"time"
	"unicode"

	"github.com/mark3labs/mcp-go/mcp"
	"github.com/mark3labs/mcp-go/server"

	"github.com/jelastic-mcp/jelastic-mcp/answers"
)

// promptOptions declare the prompts and completions capabilities and complete prompt
// arguments (account uids and e-mails, months, thresholds) through the same caller.
func promptOptions(opts Options) []server.ServerOption {
	return []server.ServerOption{
		server.WithPromptCapabilities(false),
		server.WithCompletions(),
		server.WithPromptCompletionProvider(completer{opts}),
	}
}

// addPrompts registers the prompts of the answers catalog whose tools this server offers: a
// prompt that names a tool the policy hides would lead the model straight into a refusal.
func addPrompts(s *server.MCPServer, surf *surface) {
	for _, p := range answers.Prompts() {
		if !surf.offersToolsOf(p) {
			continue
		}
		popts := []mcp.PromptOption{mcp.WithPromptTitle(p.Title), mcp.WithPromptDescription(p.Description)}
		for _, a := range p.Args {
			aopts := []mcp.ArgumentOption{mcp.ArgumentDescription(a.Description)}
			if a.Required {
				aopts = append(aopts, mcp.RequiredArgument())
			}
			popts = append(popts, mcp.WithArgument(a.Name, aopts...))
		}
		s.AddPrompt(mcp.NewPrompt(p.Name, popts...), func(_ context.Context, req mcp.GetPromptRequest) (*mcp.GetPromptResult, error) {
			text, err := p.Render(req.Params.Arguments, time.Now().UTC())
			if err != nil {
				return nil, err
			}
			return mcp.NewGetPromptResult(p.Description, []mcp.PromptMessage{
				mcp.NewPromptMessage(mcp.RoleUser, mcp.NewTextContent(text)),
			}), nil
		})
	}
}

type completer struct{ opts Options }

func (c completer) CompletePromptArgument(ctx context.Context, prompt string, arg mcp.CompleteArgument, _ mcp.CompleteContext) (*mcp.Completion, error) {
	if c.opts.CheckCall != nil && c.opts.CheckCall(ctx) != nil {
		return &mcp.Completion{Values: []string{}}, nil // no credentials: nothing to offer
	}
	values, err := answers.Complete(ctx, c.opts.Caller, prompt, arg.Name, arg.Value)
	if err != nil {
		if answers.IsInputError(err) {
			return nil, err
		}
		return nil, errors.New("completion needs the platform, which did not answer: " + err.Error())
	}
	return &mcp.Completion{Values: values, Total: len(values)}, nil
}

// offersToolsOf reports whether every tool p's instruction names is offered by the server's
// policy.
func (s *surface) offersToolsOf(p answers.Prompt) bool {
	for _, e := range s.toolsOf(p) {
		if !s.policy.exposes(e) {
			return false
		}
	}
	return true
}

// toolsOf are the tools p's instruction names. The instruction is the one place a prompt
// names its tools, so it is read as written.
func (s *surface) toolsOf(p answers.Prompt) []*entry {
	text, err := p.Render(map[string]string{}, time.Now().UTC())
	if err != nil {
		return nil // arguments are needed to render it; nothing to check against
	}
	words := strings.FieldsFunc(text, func(r rune) bool {
		return r != '_' && !unicode.IsLower(r) && !unicode.IsDigit(r)
	})
	var out []*entry
	for _, w := range words {
		if e := s.byName[w]; e != nil {
			out = append(out, e)
		}
	}
	return out
}

// narrowPrompts leaves out of prompts/list the prompts whose tools a request's X-MCP-*
// headers narrowed away, as tools/list leaves out the tools.
func (s *surface) narrowPrompts(ctx context.Context, _ any, _ *mcp.ListPromptsRequest, res *mcp.ListPromptsResult) {
	if narrowingFrom(ctx) == nil || res == nil {
		return
	}
	byName := map[string]answers.Prompt{}
	for _, p := range answers.Prompts() {
		byName[p.Name] = p
	}
	kept := res.Prompts[:0]
	for _, p := range res.Prompts {
		ok := true
		for _, e := range s.toolsOf(byName[p.Name]) {
			if exposed, _ := s.exposed(ctx, e); !exposed {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, p)
		}
	}
	res.Prompts = kept
}
