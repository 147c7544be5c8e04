package tm_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/xliff"
	"golang.org/x/text/language"
)

// ttkPOCount is what Translate Toolkit's PO reader (translate.storage.po)
// makes of each file, in bitext's terms: the units read and left out,
// a plural entry a unit per form, two at least (msgid with msgstr[0],
// msgid_plural with msgstr[1], msgstr[2], ...), a fuzzy or untranslated
// one left out, the header and obsolete entries not units.
const ttkPOCount = `
import sys
from translate.storage import po
for f in sys.argv[1:]:
    s = po.pofile.parsefile(f)
    read = left = 0
    for u in s.units:
        if u.isheader() or u.isobsolete():
            continue
        if u.hasplural():
            srcs, forms = list(u.source.strings), list(u.target.strings)
            n = max(2, len(forms))
            pairs = [(srcs[min(i, 1)], (forms + ["", ""])[i]) for i in range(n)]
        else:
            pairs = [(u.source, u.target)]
        for sr, tg in pairs:
            if sr.strip() and tg.strip() and not u.isfuzzy():
                read += 1
            else:
                left += 1
    print(read, left)
`

// TestPOTranslateToolkit reads the PO files of testdata/foreign (and those
// of BITEXT_PO_DIR, when set: larger files kept out of the repository)
// with bitext and with Translate Toolkit and compares the units read and
// left out. It skips when Translate Toolkit is not installed.
func TestPOTranslateToolkit(t *testing.T) {
	if err := exec.Command("/usr/bin/python3", "-c", "from translate.storage import po").Run(); err != nil {
		t.Skip("Translate Toolkit (python3 translate.storage.po) is not installed")
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "foreign", "*.po"))
	if dir := os.Getenv("BITEXT_PO_DIR"); dir != "" {
		more, _ := filepath.Glob(filepath.Join(dir, "*.po"))
		files = append(files, more...)
	}
	dir := t.TempDir()
	for name, doc := range map[string]string{"sample.po": poDoc, "pl.po": poPolish, "ru.po": poRussian} {
		sample := filepath.Join(dir, name)
		if err := os.WriteFile(sample, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, sample)
	}
	out, err := exec.Command("/usr/bin/python3", append([]string{"-c", ttkPOCount}, files...)...).Output()
	if err != nil {
		t.Fatalf("Translate Toolkit: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(files) {
		t.Fatalf("Translate Toolkit gave %d lines for %d files", len(lines), len(files))
	}
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		units, iopt, closeF, err := tm.OpenFile(context.Background(), strings.NewReader(string(data)), f,
			tm.ReadOptions{NameTgt: language.French}) // a target for the files without one
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		read := 0
		for _, err := range units {
			if err != nil {
				t.Errorf("%s: %v", f, err)
				break
			}
			read++
		}
		closeF()
		if got := fmt.Sprintf("%d %d", read, iopt.Skipped.Total()); got != lines[i] {
			t.Errorf("%s: bitext read, left out %s; Translate Toolkit %s", f, got, lines[i])
		}
	}
}

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
