package tm_test

import (
	"context"
	"strings"
	"testing"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm/textio"
)

// TestPutGlossaryRefusesWhatImportRefuses: a spelling with a control
// character or over 1 KiB is bad input to PutGlossary, as it is to a
// glossary file, and nothing is stored. names add and POST
// /api/v1/glossary stored "Foo\tBar" and a 6,000-byte name, which names
// export then wrote as a TSV that names import refused (faults36).
func TestPutGlossaryRefusesWhatImportRefuses(t *testing.T) {
	d := openTemp(t)
	ctx := context.Background()
	for _, e := range []normalize.Entry{
		{Canonical: "Foo\tBar"},
		{Canonical: "Foo Bar", Variants: []string{"Foo\nBaz"}},
		{Canonical: "Bell", Variants: []string{"B\aell"}},
		{Canonical: strings.Repeat("word ", 400)},
		{Canonical: "Long", Variants: []string{strings.Repeat("x", 1025)}},
		{Canonical: "\u200fAli", Variants: []string{"Ali"}}, // a right-to-left mark, which normalize wrote into the text (trial38)
	} {
		err := d.PutGlossary(ctx, []normalize.Entry{{Canonical: "Good Name"}, e})
		if err == nil || !textio.IsBadInput(err) {
			t.Errorf("PutGlossary(%.40q) = %v; want a bad-input error", e, err)
		}
	}
	if es, err := d.Glossary(ctx); err != nil || len(es) != 0 {
		t.Errorf("after the refusals the glossary holds %d entries, %v; want none", len(es), err)
	}
	if err := d.PutGlossary(ctx, []normalize.Entry{{Canonical: strings.Repeat("x", 1024)}}); err != nil {
		t.Errorf("PutGlossary of a 1 KiB name: %v", err)
	}
}

// TestPutGlossaryTrimsBeforeChecking: the spelling checked is the one
// stored, trimmed: a variant with a final newline (a name pasted from a
// line) is stored as the name, as it was before the check came; only a
// control character inside a name is refused.
func TestPutGlossaryTrimsBeforeChecking(t *testing.T) {
	d := openTemp(t)
	ctx := context.Background()
	if err := d.PutGlossary(ctx, []normalize.Entry{{Canonical: "Good Name\n", Variants: []string{"Goode Name\n", "\tGood N."}}}); err != nil {
		t.Fatalf("PutGlossary of spellings with white space around them: %v", err)
	}
	es, err := d.Glossary(ctx)
	if err != nil || len(es) != 1 || es[0].Canonical != "Good Name" || strings.Join(es[0].Variants, "|") != "Good N.|Goode Name" {
		t.Errorf("glossary %q, %v; want Good Name with the variants Goode Name and Good N.", es, err)
	}
}
