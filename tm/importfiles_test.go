package tm_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

// TestImportFiles: files are imported in order, each in its own
// transaction; a bad one stores nothing of itself and the error names it
// and the files stored before it; "-" is Stdin.
func TestImportFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openTemp(t)
	a, bad := filepath.Join(dir, "a.tsv"), filepath.Join(dir, "bad.tsv")
	os.WriteFile(a, []byte("Hello.\tBonjour.\nThanks.\tMerci.\n"), 0o644)
	os.WriteFile(bad, []byte("Yes.\tOui.\nNo tab here\n"), 0o644)
	var imported []string
	opt := tm.ImportFilesOptions{ReadOptions: tm.ReadOptions{Src: language.English, Tgt: language.French},
		Stdin:    strings.NewReader("Good night.\tBonne nuit.\n"),
		Imported: func(name string, st tm.ImportStats) { imported = append(imported, name) }}
	err := db.ImportFiles(ctx, []string{a, "-", bad, a}, opt)
	var ie *tm.ImportFilesError
	if !errors.As(err, &ie) || ie.Name != bad || !reflect.DeepEqual(ie.Imported, []string{a, "<stdin>"}) ||
		!errors.Is(err, tm.ErrBadInput) || !strings.Contains(err.Error(), "import "+bad+": ") {
		t.Fatalf("ImportFiles = %v (%+v); want an ImportFilesError for %s after %s and <stdin>", err, ie, bad, a)
	}
	if !reflect.DeepEqual(imported, ie.Imported) {
		t.Errorf("Imported called for %v; want %v", imported, ie.Imported)
	}
	if s, err := db.Stats(ctx); err != nil || s.Units != 3 {
		t.Errorf("stats: %+v, %v; want the 3 units of a.tsv and stdin, none of bad.tsv", s, err)
	}
	err = db.ImportFiles(ctx, []string{filepath.Join(dir, "missing.tsv")}, opt)
	if !errors.As(err, &ie) || !errors.Is(err, textio.ErrOpen) {
		t.Errorf("a missing file: %v; want ErrOpen in an ImportFilesError", err)
	}
}

func TestCheckFiles(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.tmx")
	os.WriteFile(f, []byte("x"), 0o644)
	if err := textio.CheckFiles([]string{f, "-"}); err != nil {
		t.Errorf("a file and -: %v", err)
	}
	for _, names := range [][]string{{f, filepath.Join(dir, "typo.tmx")}, {dir}} {
		if err := textio.CheckFiles(names); !errors.Is(err, textio.ErrOpen) || !textio.IsBadInput(err) ||
			!strings.Contains(err.Error(), names[len(names)-1]) {
			t.Errorf("%v: %v; want ErrOpen naming the last", names, err)
		}
	}
}

// TestImportFilesTargetFromName: an XLIFF file without target-language
// (Symfony's and Angular's messages.fr.xlf) takes the language its name
// gives; not when the name gives the source language, nor over the
// file's own target-language or --tgt.
func TestImportFilesTargetFromName(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := openTemp(t)
	xlf := func(name, tgtAttr, src, tgt string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(`<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file source-language="en"`+tgtAttr+` datatype="plaintext" original="file.ext">
    <body>
      <trans-unit id="1">
        <source>`+src+`</source>
        <target>`+tgt+`</target>
      </trans-unit>
    </body>
  </file>
</xliff>
`), 0o644)
		return p
	}
	found := func(src string, tgt language.Tag, want string) {
		t.Helper()
		ms, err := db.Lookup(ctx, src, tm.LookupOptions{Src: language.English, Tgt: tgt})
		if err != nil || len(ms) == 0 || ms[0].Score < 100 || ms[0].Target != want {
			t.Errorf("lookup %q en->%v: %+v, %v; want %q", src, tgt, ms, err, want)
		}
	}
	if err := db.ImportFiles(ctx, []string{xlf("messages.fr.xlf", "", "Good morning.", "Bonjour.")}, tm.ImportFilesOptions{}); err != nil {
		t.Fatalf("messages.fr.xlf without target-language: %v", err)
	}
	found("Good morning.", language.French, "Bonjour.")
	if err := db.ImportFiles(ctx, []string{xlf("messages.pt_BR.xlf", ` target-language="de"`, "Thank you.", "Danke.")}, tm.ImportFilesOptions{}); err != nil {
		t.Fatal(err)
	}
	found("Thank you.", language.German, "Danke.")
	err := db.ImportFiles(ctx, []string{xlf("messages.en.xlf", "", "News", "Nachrichten")}, tm.ImportFilesOptions{})
	if !errors.Is(err, tm.ErrNeedLangs) {
		t.Errorf("messages.en.xlf with source-language en and no target-language: %v; want ErrNeedLangs", err)
	}
	if err := db.ImportFiles(ctx, []string{xlf("messages.es.xlf", "", "Good night.", "Buona notte.")},
		tm.ImportFilesOptions{ReadOptions: tm.ReadOptions{Tgt: language.Italian}}); err != nil {
		t.Fatal(err)
	}
	found("Good night.", language.Italian, "Buona notte.")
}
