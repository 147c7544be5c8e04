package tm_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/bitext/bitext/tm/xliff"
	"golang.org/x/text/language"
)

// FuzzReadXLIFF reads XLIFF 1.2 files into units, sentence marks wherever
// they sit (inside <g>, several levels, across codes) among them: no
// panic; every unit read has a source and a target with text, each
// variant's markup is TMX that the TMX reader parses to the variant's text.
func FuzzReadXLIFF(f *testing.F) {
	for _, g := range []string{"testdata/foreign/*.sdlxliff", "testdata/foreign/*.xlf", "testdata/*.sdlxliff"} {
		files, _ := filepath.Glob(g)
		for _, p := range files {
			data, _ := os.ReadFile(p)
			f.Add(data)
		}
	}
	f.Add([]byte(`<xliff version="1.2"><file original="a" source-language="en" target-language="fr"><body><trans-unit id="1"><source>A. B.</source><seg-source><g id="1"><mrk mtype="seg" mid="1">A.</mrk> <g id="2"><mrk mtype="seg" mid="2">B<x id="3"/>.</mrk></g></g></seg-source><target><mrk mtype="seg" mid="2">b.</mrk><g id="1"><mrk mtype="seg" mid="1">a.</mrk></g></target></trans-unit></body></file></xliff>`))
	f.Add([]byte(`<xliff version="1.2"><file original="a" source-language="en" target-language="fr"><body><trans-unit id="1"><source>A. B.</source><seg-source><mrk mtype="seg" mid="1">A <bx id="1"/>a.</mrk><ph id="2"><mrk mtype="seg" mid="2">B.</mrk></ph><mrk mtype="seg" mid="3">C<ex id="1"/>.</mrk></seg-source><target><mrk mtype="seg" mid="1">a.</mrk><mrk mtype="seg" mid="3">c<ex id="1"/>.</mrk></target></trans-unit></body></file></xliff>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := xliff.NewReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		var sk tm.Skipped
		for u, err := range tm.ReadXLIFFCounting(r, language.English, language.French, &sk) {
			if err != nil {
				return
			}
			if len(u.Variants) != 2 || strings.TrimSpace(u.Variants[0].Text) == "" || strings.TrimSpace(u.Variants[1].Text) == "" {
				t.Fatalf("unit without a source or target text: %+v", u)
			}
			for _, v := range u.Variants {
				if v.Markup == "" {
					continue
				}
				text, err := tmx.PlainText(v.Markup)
				if err != nil || text != v.Text {
					t.Fatalf("markup %q: text %q, %v; want %q", v.Markup, text, err, v.Text)
				}
			}
		}
	})
}
