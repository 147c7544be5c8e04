package align

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// BenchmarkAlignEnJa aligns the English-Japanese development set
// (testdata/kyotowiki/en-ja, 1,190 sentences a side) as one document
// pair, the languages known: the cost of the katakana loanword features
// (katakana.go) on a whole Japanese document.
func BenchmarkAlignEnJa(b *testing.B) {
	dir := filepath.Join("..", "testdata", "kyotowiki", "en-ja")
	read := func(name string) []string {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			b.Skipf("no Kyoto Wikipedia set (%v)", err)
		}
		return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	}
	en, ja := read("src.txt"), read("tgt.txt")
	opt := Options{langs: [2]language.Tag{language.English, language.Japanese}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Align(context.Background(), Document{Sentences: en}, Document{Sentences: ja}, opt); err != nil {
			b.Fatal(err)
		}
	}
}
