//go:build !unix

package mailparse

import "time"

// processCPU is unknown here: the benchmarks report wall-clock time only.
func processCPU() time.Duration { return 0 }
