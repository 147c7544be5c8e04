package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// maxCmdLines bounds the non-test Go code of cmd/bitext (wc -l): flag
// wiring, not workflows, which belong in the library packages where a
// second front end (the HTTP server) finds them. Issue 10 asks for 1,500;
// the refactor brought cmd from 2,877 lines to about 1,800 (the help prose
// is in help.txt, not counted), and this bound only goes down, except by
// the flag wiring of a new command: serve (issue 15) adds 46 lines, its
// workflow being in cmd/internal/server.
const maxCmdLines = 1905 + 46

func TestCmdIsThin(t *testing.T) {
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		total += strings.Count(string(b), "\n")
	}
	if total > maxCmdLines {
		t.Errorf("cmd/bitext has %d lines of non-test code; keep it at most %d: move workflows into the library packages", total, maxCmdLines)
	}
}
