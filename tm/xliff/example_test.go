package xliff_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/bitext/bitext/tm/xliff"
)

// A document of two units written with a Writer, one translated, and read
// back with a Reader: a unit without a <target> has a nil Target.
func Example() {
	var buf bytes.Buffer
	w, err := xliff.NewWriter(&buf, xliff.Header{Original: "story.txt", SourceLang: "en", TargetLang: "de"})
	if err != nil {
		log.Fatal(err)
	}
	units := []xliff.Unit{
		{ID: "1", Source: xliff.Segment{Text: "The talks resumed."}, Target: &xliff.Segment{Text: "Die Gespräche wurden fortgesetzt."}},
		{ID: "2", Source: xliff.Segment{Text: "No date was set."}},
	}
	for i := range units {
		if err := w.Write(&units[i]); err != nil {
			log.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}

	r, err := xliff.NewReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	for u, err := range r.All() {
		if err != nil {
			log.Fatal(err) // a *xliff.Error names the line
		}
		if u.Target == nil {
			fmt.Printf("%s: %s -> (none)\n", u.ID, u.Source.Text)
			continue
		}
		fmt.Printf("%s: %s -> %s\n", u.ID, u.Source.Text, u.Target.Text)
	}
	// Output:
	// 1: The talks resumed. -> Die Gespräche wurden fortgesetzt.
	// 2: No date was set. -> (none)
}
