package tm_test

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// BenchmarkPretranslateSeed pretranslates the seed article's HTML page
// into XLIFF against a TM of its pairs with French.
func BenchmarkPretranslateSeed(b *testing.B) {
	d, _ := seedTM(b)
	doc, err := os.ReadFile("../testdata/irgc-iraq.en.html")
	if err != nil {
		b.Fatal(err)
	}
	opt := tm.PretranslateOptions{Src: language.English, Tgt: language.French, Name: "irgc-iraq.en.html"}
	for b.Loop() {
		if _, err := d.Pretranslate(ctx, doc, io.Discard, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPretranslateDB pretranslates the article $BITEXT_BENCH_ARTICLE
// (English) against the TM $BITEXT_BENCH_DB (English-Hungarian, as
// testdata/bench/tm_scale.sh builds it; testdata/bench/pretranslate.sh
// makes the article); skipped without them.
func BenchmarkPretranslateDB(b *testing.B) {
	path := os.Getenv("BITEXT_BENCH_ARTICLE")
	if path == "" {
		b.Skip("set BITEXT_BENCH_DB and BITEXT_BENCH_ARTICLE (testdata/bench/pretranslate.sh)")
	}
	d := benchDB(b)
	doc, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	opt := tm.PretranslateOptions{Src: language.English, Tgt: language.Hungarian, Name: "article.en.txt"}
	for b.Loop() {
		if _, err := d.Pretranslate(ctx, doc, io.Discard, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPretranslateRepeats pretranslates a long document that
// repeats the seed article's paragraphs, as a manual repeats its notes and
// steps: 20 copies of the article as plain text (360 segments, 18 of them
// distinct), against a TM of its pairs with French. LookupDocument looks up
// each distinct segment once (unless its neighbours make a context match
// differ), so the time is that of one copy plus the writing.
func BenchmarkPretranslateRepeats(b *testing.B) {
	d, _ := seedTM(b)
	text, err := os.ReadFile("../testdata/irgc-iraq.en.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := bytes.Repeat(append(bytes.TrimSpace(text), "\n\n"...), 20)
	opt := tm.PretranslateOptions{Src: language.English, Tgt: language.French, Name: "manual.txt"}
	for b.Loop() {
		if _, err := d.Pretranslate(ctx, doc, io.Discard, opt); err != nil {
			b.Fatal(err)
		}
	}
}
