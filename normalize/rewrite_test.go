package normalize

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
)

// TestRewriteChunked checks that a rewrite cut into chunks at any read size
// equals the rewrite of the whole text, and that line and column are right
// across chunks.
func TestRewriteChunked(t *testing.T) {
	para := "Teheran said Qassim Sulaymani's men and ISIS fought near Bagdad. "
	text := strings.Repeat(strings.Repeat(para, 40)+"\n", 200) // ~530 KB, several chunks
	g := DefaultGlossary()
	var want bytes.Buffer
	want.WriteString(strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(text,
		"Teheran", "Tehran"), "Qassim Sulaymani", "Qassem Soleimani"), "ISIS", "Islamic State"), "Bagdad", "Baghdad"))
	var got bytes.Buffer
	var reps []Replacement
	if err := g.Rewrite(&got, &oneByteReader{strings.NewReader(text), 4093}, func(r Replacement) error {
		reps = append(reps, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Fatalf("Rewrite(chunked) differs from the expected text (got %d bytes, want %d)", got.Len(), want.Len())
	}
	if n := 4 * 40 * 200; len(reps) != n {
		t.Fatalf("Rewrite reported %d replacements; want %d", len(reps), n)
	}
	last := reps[len(reps)-1]
	if last.Line != 200 || text[last.Offset:last.Offset+int64(len(last.Form))] != "Bagdad" {
		t.Errorf("last replacement at line %d offset %d; want line 200 at a Bagdad", last.Line, last.Offset)
	}
}

type oneByteReader struct {
	r io.Reader
	n int
}

func (o *oneByteReader) Read(p []byte) (int, error) {
	if len(p) > o.n {
		p = p[:o.n]
	}
	return o.r.Read(p)
}

// FuzzRewrite checks that rewriting never panics, never changes text
// outside the reported mentions, and is idempotent.
func FuzzRewrite(f *testing.F) {
	for _, s := range []string{
		"Teheran said Qassim Sulaymani's men and ISIS fought near Bagdad.",
		"QASIM SOLEIMANI KILLED", "see http://x.com/Teheran", "Abu Mahdi Al-\nMuhandis",
		"\xff\xfeTeheran", "al-Muhandis", "Teheran-Bagdad", "", "a Daesh cell, A ‘Daesh’ cell",
		"The Houthis, or Ansar Allah, say; Burma (now Myanmar); ISIS/ISIL or Daesh (IS, also ISIL)",
		"an Ansar Allah spokesman says Ansar Allah fired; a <b>Daesh</b> (Daesh) **Daesh** cell",
		"from Bombay to Mumbai, Kyiv, not Kiev; Kiev and Kyiv; Kovalev and Kovlaev; The Qods Forces are",
		"Qassim&nbsp;Sulaymani, Qasim&#xA0;Soleimani &nbsp;Kiev&#160; [Daesh](http://x.org/Daesh) ![Kiev](k.png)",
		"Use `Kiev` and ``Kiev''\n```\nKiev\n\nKiev\n```\nKiev said the city of Kyiv voted.",
	} {
		f.Add(s)
	}
	g := DefaultGlossary()
	f.Fuzz(func(t *testing.T, s string) {
		var out bytes.Buffer
		var reps []Replacement
		if err := g.Rewrite(&out, strings.NewReader(s), func(r Replacement) error {
			reps = append(reps, r)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		// Rebuild the output from the input and the replacements.
		var b strings.Builder
		last := 0
		for _, r := range reps {
			off := int(r.Offset)
			if off < last || off+len(r.Form) > len(s) || s[off:off+len(r.Form)] != r.Form {
				t.Fatalf("replacement %+v does not match the input %q", r, s)
			}
			b.WriteString(s[last:off])
			b.WriteString(r.Replacement)
			last = off + len(r.Form)
		}
		b.WriteString(s[last:])
		if b.String() != out.String() {
			t.Fatalf("Rewrite(%q) = %q; the report rebuilds %q", s, out.String(), b.String())
		}
		var again bytes.Buffer
		g.Rewrite(&again, strings.NewReader(out.String()), nil)
		if again.String() != out.String() {
			t.Fatalf("Rewrite is not idempotent: %q -> %q -> %q", s, out.String(), again.String())
		}
	})
}

// syntheticGlossary builds n entries shaped like real ones: two- and
// three-word names with three variants each.
func syntheticGlossary(n int) []Entry {
	given := []string{"Mohammad", "Ali", "Hossein", "Hassan", "Reza", "Mahmoud", "Ahmad", "Abbas", "Qasem", "Mehdi", "Saeed", "Javad", "Ebrahim", "Esmail", "Mostafa", "Yahya"}
	sur := []string{"Rahimi", "Karimi", "Tehrani", "Shirazi", "Najafi", "Moradi", "Hashemi", "Kazemi", "Jafari", "Rezaei", "Ahmadi", "Hosseini", "Mousavi", "Sadeghi", "Ghorbani", "Akbari"}
	es := make([]Entry, 0, n)
	for i := range n {
		g, s := given[i%len(given)], sur[(i/len(given))%len(sur)]
		suffix := fmt.Sprintf("zadeh%d", i/(len(given)*len(sur)))
		canon := g + " " + s + suffix
		es = append(es, Entry{Canonical: canon, Kind: KindPerson, Variants: []string{
			g + " " + strings.Replace(s, "i", "y", 1) + suffix,
			strings.ToUpper(g[:1]) + ". " + s + suffix,
			g + "-" + s + suffix,
		}})
	}
	return es
}

// newsText returns about size bytes of English news text with glossary names
// in it: the test data articles repeated.
func newsText(tb testing.TB, size int) []byte {
	var base []byte
	for _, f := range []string{"../testdata/irgc-iraq.en.txt", "../testdata/irgc-iraq.en2.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Skipf("test data: %v", err)
		}
		base = append(base, b...)
		base = append(base, '\n')
	}
	out := make([]byte, 0, size+len(base))
	for len(out) < size {
		out = append(out, base...)
	}
	return out
}

func BenchmarkRewrite(b *testing.B) {
	text := newsText(b, 8<<20)
	for _, n := range []int{0, 5000} {
		entries := MergeEntries(DefaultEntries(), syntheticGlossary(n))
		g := NewGlossary(entries)
		b.Run(fmt.Sprintf("entries=%d", g.Len()), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if err := g.Rewrite(io.Discard, bytes.NewReader(text), func(Replacement) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheckNames is a check of a text that is nothing but names: a
// list of 20,000 names, on lines of 20 and on one line. Each mention used
// to read its whole line (its case style) and every capitalised word before
// it (a gloss like "also known as"), so that one line took time in the
// square of its length.
func BenchmarkCheckNames(b *testing.B) {
	given := []string{"Ali", "Omar", "Sergei", "Ivan", "Maria", "Hassan", "John", "Anna", "Pavel", "Yusuf"}
	family := []string{"Petrov", "Smith", "Rahimi", "Karimov", "Novak", "Haddad", "Ivanova", "Saleh", "Kowalski", "Brown"}
	var lines, one strings.Builder
	for i := range 20000 {
		name := given[i%10] + " " + family[(i/10+i)%10] + strings.Repeat("ov", i%3) + ","
		one.WriteString(name + " ")
		lines.WriteString(name)
		if i%20 == 19 {
			lines.WriteString("\n")
		} else {
			lines.WriteString(" ")
		}
	}
	g := DefaultGlossary()
	for _, c := range []struct{ name, text string }{{"lines", lines.String()}, {"oneline", one.String()}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				if err := g.Rewrite(nil, strings.NewReader(c.text), func(Replacement) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkNewGlossary(b *testing.B) {
	entries := MergeEntries(DefaultEntries(), syntheticGlossary(5000))
	for b.Loop() {
		NewGlossary(entries)
	}
}

// A byte-order mark (a file saved by Notepad) is no column: the report
// points where an editor shows the name; the offset still counts its bytes.
func TestRewriteBOMColumn(t *testing.T) {
	var reps []Replacement
	var out bytes.Buffer
	if err := DefaultGlossary().Rewrite(&out, &oneByteReader{strings.NewReader("\ufeffTeheran, Teheran.\nTeheran"), 1}, func(r Replacement) error {
		reps = append(reps, r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range reps {
		got = append(got, fmt.Sprintf("%d:%d@%d", r.Line, r.Col, r.Offset))
	}
	if want := "1:1@3 1:10@12 2:1@21"; strings.Join(got, " ") != want || out.String() != "\ufeffTehran, Tehran.\nTehran" {
		t.Errorf("Rewrite of a text after a BOM: %q, reported %v; want the BOM kept and %v", out.String(), got, want)
	}
}

// TestRewriteCutAtInitials: Rewrite cut its input after the space of an
// initial ("Mohammed S. al-Sudani" at a chunk's end was not found) or of an
// abbreviation ("the U.S. Army" became "the US. Army": the cut looked like
// the end of the sentence).
func TestRewriteCutAtInitials(t *testing.T) {
	g := BuildGlossary([]Entry{{Canonical: "US", Variants: []string{"U.S."}}}, GlossaryOptions{})
	for _, tc := range []struct{ name, want string }{
		{"Mohammed S. al-Sudani", "Mohammed Shia al-Sudani"},
		{"the U.S. Army", "the US Army"},
	} {
		// Place the name so that the space after its dot is the last
		// sentence-like cut before the end of the first read.
		sp := strings.Index(tc.name, ". ") + 2
		fill := strings.Repeat("word ", (rewriteChunk+maxCarry)/5)
		fill = fill[:rewriteChunk+maxCarry-sp-10]
		fill = fill[:strings.LastIndexByte(fill, ' ')+1]
		text := fill + tc.name + " met officials " + strings.Repeat("word ", 200) + "\n"
		var got strings.Builder
		if err := g.Rewrite(&got, strings.NewReader(text), nil); err != nil {
			t.Fatal(err)
		}
		if want := strings.Replace(text, tc.name, tc.want, 1); got.String() != want {
			i := len(fill) - 20
			t.Errorf("%q at a chunk's end: got %q, want %q", tc.name, got.String()[i:i+70], want[i:i+70])
		}
	}
}

// TestRewriteKeepsHyphenLineBreak: a name broken over two lines after a
// hyphen ("al-\nMuhandis") lost its line break, joining the lines: the
// canonical itself was "rewritten" only to drop it.
func TestRewriteKeepsHyphenLineBreak(t *testing.T) {
	for in, want := range map[string]string{
		"Abu Mahdi al-\nMuhandis was killed.":      "Abu Mahdi al-\nMuhandis was killed.",
		"Abu Mehdi al-\r\nMohandis was killed.":    "Abu Mahdi al-\r\nMuhandis was killed.",
		"Abu Mehdi\nal-\nMohandis was killed.":     "Abu Mahdi\nal-\nMuhandis was killed.",
		"the Hashd al-\nShaabi units":              "the Popular Mobilization\nForces units",
		"Abu Mahdi al-Muhandis was killed.":        "Abu Mahdi al-Muhandis was killed.",
		"Abou Mahdi al-Mouhandis\nwas killed.":     "Abu Mahdi al-Muhandis\nwas killed.",
		"ABU MEHDI AL-\nMOHANDIS KILLED IN STRIKE": "ABU MAHDI AL-\nMUHANDIS KILLED IN STRIKE",
	} {
		var reps int
		out, rs := rewriteReports(t, DefaultGlossary(), in)
		reps = len(rs)
		if out != want {
			t.Errorf("Rewrite(%q) = %q, want %q", in, out, want)
		}
		if in == want && reps != 0 {
			t.Errorf("Rewrite(%q) reported %d changes; want none", in, reps)
		}
	}
}

// TestRewriteLongLine: on a line longer than positionStyle looks (a text
// pasted as one paragraph), mentions are rewritten in the case of their
// place, at any byte of a multi-byte neighbour, and the rest is kept.
func TestRewriteLongLine(t *testing.T) {
	g := DefaultGlossary()
	for _, pad := range []int{0, 1, 2, 3, styleReach - 1, styleReach, styleReach + 1} {
		for _, tc := range []struct{ in, want string }{
			{strings.Repeat("ж", pad) + " Kiev said. " + strings.Repeat("é", styleReach), strings.Repeat("ж", pad) + " Kyiv said. " + strings.Repeat("é", styleReach)},
			{strings.Repeat("Officials met in Kiev. ", 100+pad), strings.Repeat("Officials met in Kyiv. ", 100+pad)},
			{strings.Repeat("X", pad) + " REPORTS FROM KIEV SAY " + strings.Repeat("Ж", styleReach), strings.Repeat("X", pad) + " REPORTS FROM KYIV SAY " + strings.Repeat("Ж", styleReach)},
		} {
			var out strings.Builder
			if err := g.Rewrite(&out, strings.NewReader(tc.in), nil); err != nil {
				t.Fatal(err)
			}
			if out.String() != tc.want {
				t.Errorf("pad %d: Rewrite(%.60q...) = %.80q...; want %.80q...", pad, tc.in, out.String(), tc.want)
			}
		}
	}
}

// BenchmarkRewriteOneLine: 40,000 mentions on one line without breaks.
func BenchmarkRewriteOneLine(b *testing.B) {
	text := strings.Repeat("Kiev and Kharkov ", 20000)
	g := DefaultGlossary()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if err := g.Rewrite(io.Discard, strings.NewReader(text), func(Replacement) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
