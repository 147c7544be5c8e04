package normalize

import (
	"context"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestDiscovererReading: without a language each source's is read, and a
// German file's capitalized nouns and a Russian file's cases of one name
// are no spellings; the notice names the files read as another language
// than English. With a language given nothing is read.
func TestDiscovererReading(t *testing.T) {
	de, err := os.ReadFile("../cmd/bitext/testdata/script/names_discover_language.txtar")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	parts := strings.Split(string(de), "\n-- ")
	for _, p := range parts[1:] {
		name, body, _ := strings.Cut(p, " --\n")
		files[name] = body
	}
	var notices []string
	d := NewDiscovererReading(language.Und, func(line string) { notices = append(notices, line) })
	for _, name := range []string{"ru.txt", "de.txt", "en.txt"} {
		if err := d.AddSource(context.Background(), strings.NewReader(files[name]), name); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, c := range d.Clusters(SameThreshold) {
		got = append(got, c.Canonical)
	}
	if j := "|" + strings.Join(got, "|") + "|"; strings.Contains(j, "|Preise|") || strings.Contains(j, "|Москве|") || !strings.Contains(j, "|Kyiv|") {
		t.Errorf("clusters %q; want Kyiv, and neither Preise nor Москве", got)
	}
	if want := "ru.txt: read as Russian (ru) (--lang sets the language)|de.txt: read as German (de) (--lang sets the language)"; strings.Join(notices, "|") != want {
		t.Errorf("notices %q; want %q", notices, want)
	}
	if d := NewDiscovererReading(language.English, func(string) { t.Error("notice with a language given") }); d.ReadLanguage != nil {
		t.Error("ReadLanguage set with a language given")
	}
}
