package tm_test

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// BenchmarkImportTMX imports the TMX file named by $BITEXT_BENCH_TMX (see
// testdata/bench/tm_scale.sh, which generates one); skipped without it.
func BenchmarkImportTMX(b *testing.B) {
	name := os.Getenv("BITEXT_BENCH_TMX")
	if name == "" {
		b.Skip("set BITEXT_BENCH_TMX to a TMX file (testdata/bench/tmgen writes one)")
	}
	for b.Loop() {
		d, err := open(ctx, filepath.Join(b.TempDir(), "tm.db"))
		if err != nil {
			b.Fatal(err)
		}
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		r, err := tmx.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := d.Import(ctx, tm.ReadTMX(r), tm.ImportOptions{}); err != nil {
			b.Fatal(err)
		}
		f.Close()
		d.Close()
	}
}

// benchDB opens the TM $BITEXT_BENCH_DB (testdata/bench/tm_scale.sh builds
// one), closed when the benchmark ends; the benchmark is skipped without it.
func benchDB(b *testing.B) *tm.DB {
	path := os.Getenv("BITEXT_BENCH_DB")
	if path == "" {
		b.Skip("set BITEXT_BENCH_DB (testdata/bench/tm_scale.sh)")
	}
	d, err := open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { d.Close() })
	return d
}

// BenchmarkLookupDB looks up the queries in $BITEXT_BENCH_QUERIES (one a
// line, English) in the TM $BITEXT_BENCH_DB (English-Hungarian, as
// testdata/bench/tm_scale.sh builds it); skipped without them.
func BenchmarkLookupDB(b *testing.B) {
	qPath := os.Getenv("BITEXT_BENCH_QUERIES")
	if qPath == "" {
		b.Skip("set BITEXT_BENCH_DB and BITEXT_BENCH_QUERIES (testdata/bench/tm_scale.sh)")
	}
	d := benchDB(b)
	data, err := os.ReadFile(qPath)
	if err != nil {
		b.Fatal(err)
	}
	qs := strings.Split(strings.TrimSpace(string(data)), "\n")
	opt := tm.LookupOptions{Src: language.English, Tgt: language.Hungarian, Max: 1}
	i := 0
	for b.Loop() {
		if _, err := d.Lookup(ctx, qs[i%len(qs)], opt); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkExportDB writes the TM $BITEXT_BENCH_DB as TMX to io.Discard.
func BenchmarkExportDB(b *testing.B) {
	d := benchDB(b)
	for b.Loop() {
		w, _ := tmx.NewWriter(io.Discard, tmx.Header{})
		n := 0
		for u, err := range d.Units(ctx, tm.ExportOptions{}) {
			if err != nil {
				b.Fatal(err)
			}
			tu := tm.ToTMX(&u)
			w.Write(&tu)
			if n++; n == 200000 {
				break
			}
		}
		w.Close()
	}
}

// BenchmarkExport runs DB.Export (TMX, every language) of the TM
// $BITEXT_BENCH_DB to io.Discard.
func BenchmarkExport(b *testing.B) {
	d := benchDB(b)
	for b.Loop() {
		if err := d.Export(ctx, io.Discard, tm.ExportOptions{ToolVersion: "bench"}); err != nil {
			b.Fatal(err)
		}
	}
}

// concordanceTerms are terms for BenchmarkConcordanceDB, from the queries
// in $BITEXT_BENCH_QUERIES: each query's longest word (a rare word, mostly),
// and its second and third words (a phrase of common words, often).
func concordanceTerms(b *testing.B) []string {
	qPath := os.Getenv("BITEXT_BENCH_QUERIES")
	if qPath == "" {
		b.Skip("set BITEXT_BENCH_DB and BITEXT_BENCH_QUERIES (testdata/bench/tm_scale.sh)")
	}
	data, err := os.ReadFile(qPath)
	if err != nil {
		b.Fatal(err)
	}
	var terms []string
	for i, q := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		ws := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) })
		if len(ws) < 3 {
			continue
		}
		if i%2 == 0 {
			long := ws[0]
			for _, w := range ws {
				if len(w) > len(long) {
					long = w
				}
			}
			terms = append(terms, long)
		} else {
			terms = append(terms, ws[1]+" "+ws[2])
		}
	}
	return terms
}

// BenchmarkConcordanceDB runs concordances of terms from the queries in
// $BITEXT_BENCH_QUERIES on the TM $BITEXT_BENCH_DB, reading the first 20
// hits of each (a screenful: what `tm concordance --max 20` shows).
func BenchmarkConcordanceDB(b *testing.B) {
	terms := concordanceTerms(b)
	d := benchDB(b)
	i := 0
	for b.Loop() {
		n := 0
		for _, err := range d.Concordance(ctx, terms[i%len(terms)], tm.ConcordanceOptions{Lang: language.English}) {
			if err != nil {
				b.Fatal(err)
			}
			if n++; n == 20 {
				break
			}
		}
		i++
	}
}

// BenchmarkExportXLIFF runs DB.Export as XLIFF (en-hu, tmgen's languages)
// of the TM $BITEXT_BENCH_DB to io.Discard, beside BenchmarkExport's TMX.
func BenchmarkExportXLIFF(b *testing.B) {
	d := benchDB(b)
	opt := tm.ExportOptions{Format: tm.FormatXLIFF, Src: language.English, Tgt: language.Hungarian, ToolVersion: "bench"}
	for b.Loop() {
		if err := d.Export(ctx, io.Discard, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTMXToXLIFF converts a segment's TMX markup with a pair of
// codes, a placeholder and a highlight, what an XLIFF export does to each
// variant with inline codes.
func BenchmarkTMXToXLIFF(b *testing.B) {
	const m = `Press <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to keep <ph x="2">&lt;img src="a.png"/&gt;</ph> the <hi type="term">changes</hi> you made.`
	for b.Loop() {
		if _, err := tm.TMXToXLIFF(m); err != nil {
			b.Fatal(err)
		}
	}
}
