package cmdutil

import (
	"math"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"golang.org/x/text/language"
)

// TestFlags: typed values land in their fields, bad ones are refused with
// what is wanted (cmd/bitext's TestTypedFlags runs them through a command).
func TestFlags(t *testing.T) {
	var (
		lang   language.Tag
		format string
		n      int
		x      float64
	)
	c := &cobra.Command{Use: "x"}
	Lang(c, &lang, "src", "", "")
	Enum(c, &format, "format", "", "text", "jsonl")
	IntRange(c, &n, "max", "", 1, math.MaxInt)
	Range(c, &x, "min", "", 0, 1)
	f := c.Flags()
	if format != "text" {
		t.Errorf("Enum default %q; want the first value", format)
	}
	for name, value := range map[string]string{"src": "pt-BR", "format": "jsonl", "max": "3", "min": "0.5"} {
		if err := f.Set(name, value); err != nil {
			t.Errorf("--%s %s: %v", name, value, err)
		}
	}
	if lang != language.MustParse("pt-BR") || format != "jsonl" || n != 3 || x != 0.5 {
		t.Errorf("got %v %q %d %v", lang, format, n, x)
	}
	for name, want := range map[string]string{"format": "want text or jsonl", "max": "want a whole number of at least 1",
		"min": "want a number from 0 to 1", "src": "not a BCP 47 language tag"} {
		if err := f.Set(name, "2.5x"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("--%s 2.5x: %v; want %q", name, err, want)
		}
	}
}
