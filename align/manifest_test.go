package align

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestReadManifest(t *testing.T) {
	tmp := t.TempDir()
	for _, f := range []string{"dir/a.en.txt", "dir/b/a.fr.txt", "abs/x.txt", "dir/y.txt", "a.en.txt", "b.fr.txt", "a.txt", "b.txt", "b.en.txt"} {
		p := filepath.Join(tmp, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("Hello.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	abs := filepath.Join(tmp, "abs", "x.txt")
	in := "# pairs\na.en.txt\tb/a.fr.txt\n\n" + abs + "\ty.txt\tde\tfr\r\n"
	m := filepath.Join(tmp, "dir", "m.tsv")
	got, err := ReadManifest(strings.NewReader(in), m, language.Und, language.Und)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(tmp, "dir")
	want := []BatchFiles{
		{filepath.Join(dir, "a.en.txt"), filepath.Join(dir, "b", "a.fr.txt"), language.English, language.French, m + ":2"},
		{abs, filepath.Join(dir, "y.txt"), language.German, language.French, m + ":4"},
	}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("ReadManifest = %v; want %v", got, want)
	}
	m = filepath.Join(tmp, "m.tsv")
	for _, tc := range []struct{ in, msg string }{
		{"a.en.txt\n", "m.tsv:1: want SRC<TAB>TGT"},
		// Typed by hand with spaces: the error says so (before: "found 1 columns").
		{"# pairs\na.en.txt   b.fr.txt\n", "m.tsv:2: want SRC<TAB>TGT or SRC<TAB>TGT<TAB>SRC_LANG<TAB>TGT_LANG, found 1 column (columns are separated by tabs, not spaces)"},
		{"a.en.txt\tb.fr.txt\ten\n", "m.tsv:1: want SRC<TAB>TGT or SRC<TAB>TGT<TAB>SRC_LANG<TAB>TGT_LANG, found 3 columns"},
		{"a.en.txt\tb.fr.txt\n\ta.txt\n", "m.tsv:2: column 1: empty path"},
		{"a.txt\tb.txt\tde\tx-bad-tag-\n", "m.tsv:1: column 4:"},
		{"a.txt\tb.txt\tde\tzxx\n", "m.tsv:1: column 4: \"zxx\" means no linguistic content"},
		{"a.txt\tb.fr.txt\n", "m.tsv:1: no language for"},
		// A line too long for a manifest was bufio's "token too long",
		// without the file or line (exit 1); an empty manifest did
		// nothing and said nothing (exit 0).
		{"a.en.txt\tb.fr.txt\n" + strings.Repeat("x", 100<<10) + "\n", "m.tsv:2: a line longer than 64 KiB"},
		{"", "m.tsv: no pairs to align"},
		{"# only a comment\n\n", "m.tsv: no pairs to align"},
		// A file that is not there was found only when the batch came to
		// it, after the pairs before it were aligned and stored.
		{"a.en.txt\tb.fr.txt\nb.en.txt\tmissing.fr.txt\n", "m.tsv:2: open " + filepath.Join(tmp, "missing.fr.txt") + ": no such file"},
		{"a.en.txt\tb.fr.txt\nb.en.txt\tdir\tfr\tde\n", "m.tsv:2: read " + dir + ": is a directory"},
		// One pair listed twice was aligned and stored twice ("stored 24
		// pairs of 2 documents (12 new)"); the same files spelt apart too.
		{"a.en.txt\tb.fr.txt\nb.en.txt\ta.txt\tde\tfr\n./a.en.txt\tdir/../b.fr.txt\n", "m.tsv:3: the pair " + filepath.Join(tmp, "a.en.txt") + " and " + filepath.Join(tmp, "b.fr.txt") + " is listed twice (lines 1 and 3)"},
		// A spreadsheet's header row said "open source: no such file".
		{"source\ttarget\na.en.txt\tb.fr.txt\n", "m.tsv:1: \"source\\ttarget\" looks like a header line"},
		{"# from the sheet\nSource file\tTarget file\tsrc_lang\ttgt_lang\na.txt\tb.txt\tde\tfr\n", "m.tsv:2: \"Source file\\tTarget file\\tsrc_lang\\ttgt_lang\" looks like a header line"},
		// A pair's missing files after the first pair are not a header.
		{"a.en.txt\tb.fr.txt\nsource\ttarget\n", "m.tsv:2: open " + filepath.Join(tmp, "source") + ": no such file"},
	} {
		_, err := ReadManifest(strings.NewReader(tc.in), m, language.Und, language.Und)
		var me *ManifestError
		if !errors.As(err, &me) || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("ReadManifest(%.80q) error %v; want a ManifestError containing %q", tc.in, err, tc.msg)
		}
	}
	// Files named like column names, there, are a pair.
	for _, f := range []string{"source", "target"} {
		if err := os.WriteFile(filepath.Join(tmp, f), []byte("Hello.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got, err := ReadManifest(strings.NewReader("source\ttarget\tde\tfr\n"), m, language.Und, language.Und); err != nil || len(got) != 1 {
		t.Errorf("ReadManifest(files named source and target) = %v, %v; want the pair", got, err)
	}
	// Languages given for the batch fill in what the names lack.
	got, err = ReadManifest(strings.NewReader("a.txt\tb.txt\n"), m, language.English, language.French)
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

// TestMatchFoldersTargetNoFolder: a target that is a file or is not there
// is an error naming it; before, each source file was listed as unmatched
// ("nothing of that name in story.fr.txt; skipped"), then "no pairs".
func TestMatchFoldersTargetNoFolder(t *testing.T) {
	src := t.TempDir()
	file := filepath.Join(src, "a.txt")
	if err := os.WriteFile(file, []byte("Hello.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tgt := range []string{file, filepath.Join(src, "missing")} {
		pairs, unmatched, err := MatchFolders(src, tgt, language.English, language.French)
		if err == nil || !strings.Contains(err.Error(), "open "+tgt+": ") || len(unmatched) > 0 {
			t.Errorf("MatchFolders(%s, %s) = %v, %v, %v; want an error opening the target, no files unmatched", src, tgt, pairs, unmatched, err)
		}
	}
}

// TestReadManifestMissingBeforeLanguage: a line naming a file that is not
// there says so, whatever its name lacks: "no language for missing.txt"
// sent the user to rename a file that does not exist (align with one pair
// names the missing file first too).
func TestReadManifestMissingBeforeLanguage(t *testing.T) {
	tmp := t.TempDir()
	if err := os.WriteFile(filepath.Join(tmp, "a.en.txt"), []byte("Hello.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadManifest(strings.NewReader("a.en.txt\tmissing.txt\n"), filepath.Join(tmp, "m.tsv"), language.Und, language.Und)
	var me *ManifestError
	if !errors.As(err, &me) || me.Line != 1 || !strings.Contains(err.Error(), "missing.txt: no such file") {
		t.Errorf("ReadManifest of a line naming a missing file without a language: %v; want line 1 naming the missing file", err)
	}
}

// TestReadManifestBOM: a manifest saved by a spreadsheet or Notepad as
// "UTF-8 with BOM" starts with U+FEFF, which was read as part of the first
// source path ("open \ufeffa.en.txt: no such file", a name that looks
// right in the message) and stopped the batch.
func TestReadManifestBOM(t *testing.T) {
	tmp := t.TempDir()
	for _, f := range []string{"a.en.txt", "b.fr.txt"} {
		if err := os.WriteFile(filepath.Join(tmp, f), []byte("Hello.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	m := filepath.Join(tmp, "m.tsv")
	got, err := ReadManifest(strings.NewReader("\ufeffa.en.txt\tb.fr.txt\r\n"), m, language.Und, language.Und)
	if err != nil {
		t.Fatal(err)
	}
	want := BatchFiles{filepath.Join(tmp, "a.en.txt"), filepath.Join(tmp, "b.fr.txt"), language.English, language.French, m + ":1"}
	if len(got) != 1 || got[0] != want {
		t.Errorf("ReadManifest of a manifest with a byte order mark = %v; want %v", got, want)
	}
	// A byte order mark is only a mark at the start: one inside a later
	// line stays part of its path (a file that is not there).
	_, err = ReadManifest(strings.NewReader("a.en.txt\tb.fr.txt\n\ufeffa.en.txt\tb.fr.txt\n"), m, language.Und, language.Und)
	if err == nil || !strings.Contains(err.Error(), "m.tsv:2: open") {
		t.Errorf("ReadManifest with U+FEFF starting line 2: %v; want line 2's path not found", err)
	}
}

// TestMatchFoldersSymlinks: a source file that is a symbolic link to a
// file (a corpus linked into a working folder) was skipped, and a folder
// of such links gave "no pairs to align: no file of en has a file of the
// same name in fr", which was false. A link to a file pairs as the file
// does; a link to a folder, or to nothing, is no file to pair.
func TestMatchFoldersSymlinks(t *testing.T) {
	root := t.TempDir()
	src, tgt, real := filepath.Join(root, "en"), filepath.Join(root, "fr"), filepath.Join(root, "real")
	for _, d := range []string{src, tgt, real} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"a.txt", "a.fr.txt"} {
		if err := os.WriteFile(filepath.Join(real, f), []byte("Hello.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, l := range []struct{ old, new string }{
		{"../real/a.txt", filepath.Join(src, "a.txt")},
		{"../real/a.fr.txt", filepath.Join(tgt, "a.txt")},
		{"../real", filepath.Join(src, "dir")},
		{"../real/nowhere", filepath.Join(src, "dangling")},
	} {
		if err := os.Symlink(l.old, l.new); err != nil {
			t.Fatal(err)
		}
	}
	pairs, unmatched, err := MatchFolders(src, tgt, language.English, language.French)
	if err != nil || len(pairs) != 1 || pairs[0].Src != filepath.Join(src, "a.txt") || len(unmatched) != 2 || !strings.HasPrefix(unmatched[0], "warning: "+filepath.Join(src, "dangling")+": ") || !strings.HasPrefix(unmatched[1], "warning: "+filepath.Join(src, "dir")+": ") {
		t.Errorf("MatchFolders of folders of links = %v, %v, %v; want the pair a.txt, a warning each of dangling and dir", pairs, unmatched, err)
	}
}

// TestMatchFoldersLanguageNames: folders of files named by their language,
// en/story.en.txt and fr/story.fr.txt (the names align reads languages
// from), paired nothing ("nothing of that name in fr"), and without
// --src and --tgt no same-named pair could have two languages. A source
// file whose name has a language pairs now with the target file of the
// same name but for that part: the target language's when --tgt gives
// one, else the only such file; a file of the same name still comes
// first, and two candidates pair none.
func TestMatchFoldersLanguageNames(t *testing.T) {
	src, tgt := t.TempDir(), t.TempDir()
	for dir, names := range map[string][]string{
		src: {"story.en.txt", "same.txt", "two.en.txt", "none.en.txt", "plain.txt", "a.b.en.txt", "notes.de.txt"},
		tgt: {"story.fr.txt", "same.txt", "two.fr.txt", "two.de.txt", "story.fr.html", "a.c.fr.txt", "notes.fr.txt"},
	} {
		for _, n := range names {
			if err := os.WriteFile(filepath.Join(dir, n), []byte("Hello.\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	got := func(pairs []BatchFiles) [][2]string {
		var out [][2]string
		for _, p := range pairs {
			out = append(out, [2]string{filepath.Base(p.Src), filepath.Base(p.Tgt)})
		}
		return out
	}
	pairs, unmatched, err := MatchFolders(src, tgt, language.English, language.French)
	want := [][2]string{{"same.txt", "same.txt"}, {"story.en.txt", "story.fr.txt"}, {"two.en.txt", "two.fr.txt"}}
	if err != nil || !reflect.DeepEqual(got(pairs), want) || len(unmatched) != 4 {
		t.Errorf("MatchFolders(--src en --tgt fr) = %v, unmatched %v, %v; want %v, 4 unmatched (none.en.txt, plain.txt, a.b.en.txt, notes.de.txt: German among English)", got(pairs), unmatched, err, want)
	}
	os.Remove(filepath.Join(src, "same.txt"))
	os.Remove(filepath.Join(src, "plain.txt"))
	os.Remove(filepath.Join(src, "notes.de.txt"))
	pairs, unmatched, err = MatchFolders(src, tgt, language.Und, language.Und)
	want = [][2]string{{"story.en.txt", "story.fr.txt"}}
	if err != nil || !reflect.DeepEqual(got(pairs), want) || len(unmatched) != 3 {
		t.Fatalf("MatchFolders(no languages) = %v, unmatched %v, %v; want %v (two.en.txt has two targets), 3 unmatched", got(pairs), unmatched, err, want)
	}
	if pairs[0].SrcLang != language.English || pairs[0].TgtLang != language.French {
		t.Errorf("MatchFolders(no languages): languages %v, %v; want en, fr from the names", pairs[0].SrcLang, pairs[0].TgtLang)
	}
}

// TestMatchFoldersInside: align --batch en fr of an archive kept by year
// (en/2024/a.txt, fr/2024/a.txt) paired only the files at the top and left
// the year's out without a word. The folders inside pair by name, as their
// files do; a hidden folder (.git) is left out, and a file of a folder the
// target lacks is unmatched.
func TestMatchFoldersInside(t *testing.T) {
	src, tgt := t.TempDir(), t.TempDir()
	for _, n := range []string{
		filepath.Join(src, "b.txt"), filepath.Join(tgt, "b.txt"),
		filepath.Join(src, "2024", "a.txt"), filepath.Join(tgt, "2024", "a.txt"),
		filepath.Join(src, "2024", "03", "c.en.txt"), filepath.Join(tgt, "2024", "03", "c.fr.txt"),
		filepath.Join(src, "2023", "old.txt"),
		filepath.Join(src, ".git", "x.txt"), filepath.Join(tgt, ".git", "x.txt"),
	} {
		if err := os.MkdirAll(filepath.Dir(n), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(n, []byte("Hello.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pairs, unmatched, err := MatchFolders(src, tgt, language.English, language.French)
	var got [][2]string
	for _, p := range pairs {
		s, _ := filepath.Rel(src, p.Src)
		d, _ := filepath.Rel(tgt, p.Tgt)
		got = append(got, [2]string{s, d})
	}
	want := [][2]string{{"2024/03/c.en.txt", "2024/03/c.fr.txt"}, {"2024/a.txt", "2024/a.txt"}, {"b.txt", "b.txt"}}
	if err != nil || !reflect.DeepEqual(got, want) || !reflect.DeepEqual(unmatched, []string{filepath.Join(src, "2023", "old.txt") + ": nothing of that name (or of its name in another language) in " + filepath.Join(tgt, "2023") + "; skipped"}) {
		t.Errorf("MatchFolders of folders with folders inside = %v, unmatched %v, %v; want %v, 2023/old.txt unmatched", got, unmatched, err, want)
	}
}

// TestReadManifestNamesItself: a line naming the manifest as one of a
// pair's files was aligned, the manifest read as a text (exit 0).
func TestReadManifestNamesItself(t *testing.T) {
	dir := t.TempDir()
	m := filepath.Join(dir, "pairs.tsv")
	for _, f := range []string{"a.en.txt", "a.fr.txt"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("Hello.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, in := range []string{"pairs.tsv\ta.fr.txt\ten\tfr\n", "a.en.txt\ta.fr.txt\na.en.txt\t./pairs.tsv\ten\tfr\n"} {
		if err := os.WriteFile(m, []byte(in), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := ReadManifest(strings.NewReader(in), m, language.Und, language.Und)
		var me *ManifestError
		if !errors.As(err, &me) || !strings.Contains(err.Error(), "is this manifest") {
			t.Errorf("ReadManifest(%q) error %v; want a ManifestError saying the line names the manifest", in, err)
		}
	}
}
