package segment

import (
	"bufio"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestZZNasty(t *testing.T) {
	pieces := []string{". ", "。", "…", " ", "\n", "\n\n", "\r\n", "\"", "“", "”", "«", "»", "„", "'", "’", "(", ")", "[1]", "1. ", "a) ", "•", "- ", "A", "a", "Mr", "\xff", "\xe2\x80", "\u00a0", "\u3000", "፡", "።", "?", "!", ";", ":", "|", "．", "１", "й", "Σ", "ि", "\u202a", "\ufeff", "www.", "@", "5", "г", " ", "\t", "é", "日", "\u2028", "\u0085", "i)", "(iv) ", "U.S.", "a.m.", "z. B.", "—", "--\"", "\u2000", "\n\u0085\n"}
	rng := rand.New(rand.NewSource(2))
	var segs []*Segmenter
	for _, tag := range Languages() {
		s, _ := New(tag)
		segs = append(segs, s)
	}
	for _, f := range []string{"okapi_defaultSegmentation.srx", "languagetool_segment_2017-06.srx"} {
		x := loadSRXFile(t, f)
		for _, l := range []string{"en", "de", "ja", "ru"} {
			s, _ := New(language.MustParse(l), WithRules(x))
			segs = append(segs, s)
		}
	}
	for si, s := range segs {
		for n := 0; n < 40; n++ {
			var sb strings.Builder
			for range rng.Intn(2000) {
				sb.WriteString(pieces[rng.Intn(len(pieces))])
			}
			in := sb.String()
			ss := s.SplitString(in)
			checkCover(t, in, ss)
			var all []Sentence
			for sent, err := range s.Sentences(&oneByteReader{s: in}) {
				if err != nil {
					t.Fatal(err)
				}
				all = append(all, sent)
			}
			if !slices.Equal(all, ss) {
				t.Fatalf("%d: Sentences != SplitString for %q", si, in)
			}
			sc := bufio.NewScanner(&oneByteReader{s: in})
			sc.Split(s.SplitFunc())
			k := 0
			for sc.Scan() {
				if k >= len(ss) || sc.Text() != in[ss[k].Start:ss[k].End] {
					t.Fatalf("%d: SplitFunc token %d %q for %q", si, k, sc.Text(), in)
				}
				k++
			}
			if k != len(ss) || sc.Err() != nil {
				t.Fatalf("%d: SplitFunc %d tokens, err %v", si, k, sc.Err())
			}
		}
	}
}
