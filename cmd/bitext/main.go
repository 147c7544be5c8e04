// Command bitext segments, normalizes, aligns and stores parallel text for
// translators and news editors. See the README for a tour of its commands.
package main

import "os"

func main() {
	os.Exit(run(os.Args[1:], &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr}))
}
