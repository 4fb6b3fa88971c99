package tools

import "slices"

// EssentialsForTest is the curated essentials list, summaries included.
func EssentialsForTest() []string { return slices.Clone(essentials) }
