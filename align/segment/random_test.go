package segment

import (
	"bufio"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// randomPieces are what TestRandomDocuments builds text from: stops of
// several scripts, quotation marks, list markers, bullets, abbreviations,
// white space of every width, line and paragraph breaks, and broken UTF-8
// (a lone byte, a rune cut short).
var randomPieces = []string{
	". ", "。", "…", " ", "\n", "\n\n", "\r\n", "\"", "“", "”", "«", "»", "„", "'", "’", "(", ")",
	"[1]", "1. ", "a) ", "•", "- ", "A", "a", "Mr", "\xff", "\xe2\x80", "\u00a0", "\u3000", "\u2000",
	"፡", "።", "?", "!", ";", ":", "|", "．", "１", "й", "Σ", "ि", "\u202a", "\ufeff", "www.", "@", "5",
	"г", "\t", "é", "日", "\u2028", "\u0085", "\n\u0085\n", "i)", "(iv) ", "U.S.", "a.m.", "z. B.", "—", "--\"",
}

// TestRandomDocuments segments pseudo-random documents made of
// randomPieces with every built-in language and two SRX rule sets, and
// checks that the sentences cover the text and that Sentences and
// SplitFunc, reading a byte at a time, give what SplitString gives.
func TestRandomDocuments(t *testing.T) {
	var segs []*Segmenter
	for _, tag := range Languages() {
		segs = append(segs, mustNew(t, tag.String()))
	}
	for _, f := range []string{"okapi_defaultSegmentation.srx", "languagetool_segment_2017-06.srx"} {
		x := loadSRXFile(t, f)
		for _, l := range []string{"en", "de", "ja", "ru"} {
			s, _ := New(language.MustParse(l), WithRules(x))
			segs = append(segs, s)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, s := range segs {
		for range 10 {
			var sb strings.Builder
			for range rng.IntN(1500) {
				sb.WriteString(randomPieces[rng.IntN(len(randomPieces))])
			}
			input := sb.String()
			want := s.SplitString(input)
			checkCover(t, input, want)
			got := collect(t, s.Sentences(&oneByteReader{s: input}))
			if !slices.Equal(got, want) {
				t.Fatalf("%v: Sentences(%+q) one byte a read = %v; SplitString = %v", s.Language(), input, got, want)
			}
			sc := bufio.NewScanner(&oneByteReader{s: input})
			sc.Split(s.SplitFunc())
			var toks, raw []string
			for sc.Scan() {
				toks = append(toks, sc.Text())
			}
			for _, w := range want {
				raw = append(raw, input[w.Start:w.End])
			}
			if sc.Err() != nil || !slices.Equal(toks, raw) {
				t.Fatalf("%v: SplitFunc(%+q) one byte a read = %q (err %v); want %q", s.Language(), input, toks, sc.Err(), raw)
			}
		}
	}
}
