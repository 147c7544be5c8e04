package tm_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/sqlite"
	"github.com/bitext/bitext/tm/textio"
	"github.com/bitext/bitext/tm/xliff"
	"golang.org/x/text/language"
)

// readXLIFFTargets returns the targets ReadXLIFFCounting reads from doc,
// and what it left out.
func readXLIFFTargets(t *testing.T, doc string) ([]string, tm.Skipped) {
	t.Helper()
	r, err := xliff.NewReader(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var (
		sk   tm.Skipped
		tgts []string
	)
	for u, err := range tm.ReadXLIFFCounting(r, language.English, language.German, &sk) {
		if err != nil {
			t.Fatal(err)
		}
		tgts = append(tgts, u.Variants[1].Text)
	}
	return tgts, sk
}

// TestPo2xliffFuzzyLeftOut: a fuzzy PO entry that Translate Toolkit's
// po2xliff wrote (testdata/ttk/po2xliff_de.xlf, made by Translate Toolkit
// 3.8.4's po2xliff of po2xliff_de.po: approved="no"
// state="needs-translation" with the fuzzy target) is left out as unconfirmed, as the PO's fuzzy entry is: it was
// stored as the translation of a sentence it does not translate (trial39).
// The same unit in an XLIFF whose <file> has no PO header (another tool's)
// is read as before, and so is an untranslated entry a translator filled
// in (no approved attribute).
func TestPo2xliffFuzzyLeftOut(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "ttk", "po2xliff_de.xlf"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	tgts, sk := readXLIFFTargets(t, doc)
	if slices.Contains(tgts, "Schließen Sie das Fenster.") || sk.Unconfirmed != 1 || !slices.Contains(tgts, "Öffnen Sie die Datei.") {
		t.Errorf("po2xliff file: read %q, %d unconfirmed; want the fuzzy target left out as unconfirmed, the translated one read", tgts, sk.Unconfirmed)
	}
	filled := strings.Replace(doc, "<target></target>", "<target>Speichern.</target>", 1)
	if tgts, _ := readXLIFFTargets(t, filled); !slices.Contains(tgts, "Speichern.") {
		t.Errorf("po2xliff file with an untranslated entry filled in: read %q; want Speichern. read", tgts)
	}
	// Without the header unit the file is no po2xliff file's: the fuzzy
	// target, neither the source nor an alt-trans, reads as a
	// translator's edit that OmegaT left needs-translation.
	start := strings.Index(doc, `<trans-unit xml:space="preserve" id="2"`)
	end := strings.Index(doc, `<trans-unit xml:space="preserve" id="3"`)
	if start < 0 || end < 0 {
		t.Fatal("testdata/ttk/po2xliff_de.xlf: no header unit where po2xliff writes it")
	}
	if tgts, _ := readXLIFFTargets(t, doc[:start]+doc[end:]); !slices.Contains(tgts, "Schließen Sie das Fenster.") {
		t.Errorf("the file without its PO header: read %q; want the needs-translation target read, as before", tgts)
	}
}

// plainStore is a Store that is no Compacter (as tm/postgres's is not).
type plainStore struct{ tm.Store }

// TestCompactUnsupported: DB.Compact of a store that cannot compact (a
// PostgreSQL TM, whose autovacuum gives the space back) is bad input
// wrapping errors.ErrUnsupported, and says why.
func TestCompactUnsupported(t *testing.T) {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	d := tm.New(plainStore{s})
	defer d.Close()
	_, err = d.Compact(context.Background())
	if !errors.Is(err, errors.ErrUnsupported) || !textio.IsBadInput(err) || !strings.Contains(err.Error(), "autovacuum") {
		t.Errorf("Compact of a store that is no Compacter = %v; want bad input wrapping errors.ErrUnsupported", err)
	}
}
