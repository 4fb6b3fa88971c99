package tools

import (
	"context"
	"errors"
	"time"

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

// addPrompts registers every prompt of the answers catalog.
func addPrompts(s *server.MCPServer) {
	for _, p := range answers.Prompts() {
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
