package transport

import (
	"context"
	"errors"
	"io"
	"log"
	"strings"

	"github.com/mark3labs/mcp-go/server"
	"github.com/rs/zerolog"
)

// ServeStdio serves srv on stdin and stdout until ctx is cancelled or stdin ends. stdout
// carries only protocol; the SDK's own log lines go to logger.
func ServeStdio(ctx context.Context, srv *server.MCPServer, stdin io.Reader, stdout io.Writer, logger zerolog.Logger) error {
	stdio := server.NewStdioServer(srv)
	stdio.SetErrorLogger(log.New(logWriter{logger}, "", 0))
	if err := stdio.Listen(ctx, stdin, stdout); err != nil && !errors.Is(err, context.Canceled) && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}

// logWriter routes the SDK's plain log lines into the structured log.
type logWriter struct{ l zerolog.Logger }

func (w logWriter) Write(p []byte) (int, error) {
	w.l.Warn().Str("component", "mcp").Msg(strings.TrimSpace(string(p)))
	return len(p), nil
}
