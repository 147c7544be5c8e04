package tm_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
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
