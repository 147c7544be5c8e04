package main

import (
	"strings"
	"testing"
)

// TestDiscoverOneLongLine feeds names discover a 3 MB input without a line
// break: it is handed over in pieces cut at spaces (constant memory), and
// the variants spread over the whole line are still counted together.
func TestDiscoverOneLongLine(t *testing.T) {
	var sb strings.Builder
	for i := 0; sb.Len() < 3<<20; i++ {
		if i%2 == 0 {
			sb.WriteString("Officials said Qassem Soleimani met them on Monday, and ")
		} else {
			sb.WriteString("reports said Qasem Suleimani had travelled to Baghdad before, while ")
		}
	}
	stdout, stderr, code := runBitext(t, sb.String(), "names", "discover", "--lang", "en", "-")
	if code != 0 {
		t.Fatalf("names discover: exit %d, stderr %q", code, stderr)
	}
	for _, line := range strings.Split(stdout, "\n") {
		if strings.Contains(line, `"form":"Qassem Soleimani"`) && strings.Contains(line, `"form":"Qasem Suleimani"`) {
			return
		}
	}
	t.Errorf("names discover on one long line: no cluster with both spellings in\n%.2000s", stdout)
}
