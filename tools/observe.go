package tools

import "time"

// Call is what one finished tool call tells an observer such as the metrics: no arguments,
// no credentials, only what can be counted.
type Call struct {
	Tool    string
	Effect  string // read, write or destructive
	Outcome string // ok, confirmation_required, declined, api_error, ...
	// Approved: a person accepted the call when asked (elicitation), and it went ahead.
	Approved bool
	// Cut: the answer was too long for the model and was shortened.
	Cut      bool
	Duration time.Duration
}
