package align

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/text/language"
)

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
	if err != nil || !reflect.DeepEqual(got, want) || !reflect.DeepEqual(unmatched, []string{filepath.Join(src, "2023", "old.txt")}) {
		t.Errorf("MatchFolders of folders with folders inside = %v, unmatched %v, %v; want %v, 2023/old.txt unmatched", got, unmatched, err, want)
	}
}
