// Command chaos runs whole careerconv lifecycles on the embedded adapters with
// the real handlers, a simulated clock and injected faults, and prints what was
// lost, sent twice or left stuck, with the causes (see package chaos).
//
//	chaos [-n 1000] [-before 0.1] [-after 0.1] [-seed 1] [-workers 8]
//
// It exits 1 if anything was lost.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/careerconv/careerconv/pkg/chaos"
)

func main() {
	var cfg chaos.Config
	flag.IntVar(&cfg.N, "n", 1000, "whole lifecycles to run")
	flag.Float64Var(&cfg.Before, "before", 0.1, "fraction of port calls failing before the call")
	flag.Float64Var(&cfg.After, "after", 0.1, "fraction of port calls failing after the call succeeded")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "seed of the fault injection")
	flag.IntVar(&cfg.Workers, "workers", 8, "deliveries running at once")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	r, err := chaos.Run(ctx, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "chaos:", err)
		os.Exit(2)
	}
	fmt.Print(r)
	if r.Lost() > 0 {
		os.Exit(1)
	}
}
