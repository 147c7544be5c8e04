package align

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestReadManifest(t *testing.T) {
	in := "# pairs\na.en.txt\tb/a.fr.txt\n\n/abs/x.txt\ty.txt\tde\tfr\r\n"
	got, err := ReadManifest(strings.NewReader(in), "dir/m.tsv", language.Und, language.Und)
	if err != nil {
		t.Fatal(err)
	}
	want := []BatchFiles{
		{filepath.Join("dir", "a.en.txt"), filepath.Join("dir", "b", "a.fr.txt"), language.English, language.French, "dir/m.tsv:2"},
		{"/abs/x.txt", filepath.Join("dir", "y.txt"), language.German, language.French, "dir/m.tsv:4"},
	}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("ReadManifest = %v; want %v", got, want)
	}
	for _, tc := range []struct{ in, msg string }{
		{"a.en.txt\n", "m.tsv:1: want SRC<TAB>TGT"},
		{"a.en.txt\tb.fr.txt\n\ta.txt\n", "m.tsv:2: column 1: empty path"},
		{"a.txt\tb.txt\tde\tx-bad-tag-\n", "m.tsv:1: column 4:"},
		{"a.txt\tb.fr.txt\n", "m.tsv:1: no language for a.txt"},
		// A line too long for a manifest was bufio's "token too long",
		// without the file or line (exit 1); an empty manifest did
		// nothing and said nothing (exit 0).
		{"a.en.txt\tb.fr.txt\n" + strings.Repeat("x", 100<<10) + "\n", "m.tsv:2: a line longer than 64 KiB"},
		{"", "m.tsv: no pairs to align"},
		{"# only a comment\n\n", "m.tsv: no pairs to align"},
	} {
		_, err := ReadManifest(strings.NewReader(tc.in), "m.tsv", language.Und, language.Und)
		var me *ManifestError
		if !errors.As(err, &me) || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("ReadManifest(%q) error %v; want a ManifestError containing %q", tc.in, err, tc.msg)
		}
	}
	// Languages given for the batch fill in what the names lack.
	got, err = ReadManifest(strings.NewReader("a.txt\tb.txt\n"), "m.tsv", language.English, language.French)
	if err != nil || got[0].SrcLang != language.English || got[0].TgtLang != language.French {
		t.Errorf("ReadManifest with languages = %v, %v", got, err)
	}
}

func FuzzReadManifest(f *testing.F) {
	f.Add("a.en.txt\tb.fr.txt\n# c\nx\ty\tde\tfr\n")
	f.Add("\t\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		files, err := ReadManifest(strings.NewReader(in), "m.tsv", language.English, language.French)
		if err != nil {
			var me *ManifestError
			if !errors.As(err, &me) && !strings.Contains(err.Error(), "too long") {
				t.Fatalf("error %v is not a ManifestError", err)
			}
			return
		}
		for _, bf := range files {
			if bf.Src == "" || bf.Tgt == "" || bf.SrcLang == language.Und || bf.TgtLang == language.Und {
				t.Fatalf("incomplete pair %+v", bf)
			}
		}
	})
}

// TestMatchFoldersNoPairs: two folders of which no file pairs by name are
// an error naming both (the batch did nothing, exit 0); the unmatched
// files are still listed.
func TestMatchFoldersNoPairs(t *testing.T) {
	src, tgt := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(src, "a.txt"), []byte("Hello.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	pairs, unmatched, err := MatchFolders(src, tgt, language.English, language.French)
	if err == nil || !strings.Contains(err.Error(), "no pairs to align") || !strings.Contains(err.Error(), src) || !strings.Contains(err.Error(), tgt) {
		t.Errorf("MatchFolders of folders with no pair = %v, %v; want an error naming both", pairs, err)
	}
	if len(unmatched) != 1 {
		t.Errorf("unmatched = %v; want a.txt", unmatched)
	}
}
