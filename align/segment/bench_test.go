package segment

import (
	"bufio"
	"io"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// benchText is about 1 MB of English prose from the repository's seed
// article and the development set, repeated.
func benchText(b *testing.B) string {
	b.Helper()
	seed, err := os.ReadFile("../../testdata/irgc-iraq.en.txt")
	if err != nil {
		b.Skip(err)
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.Write(seed)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func BenchmarkSentences(b *testing.B) {
	text := benchText(b)
	for _, lang := range []string{"en", "de", "zh"} {
		b.Run(lang, func(b *testing.B) {
			s, _ := New(language.MustParse(lang))
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				for _, err := range s.Sentences(strings.NewReader(text)) {
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

func BenchmarkSplitString(b *testing.B) {
	text := benchText(b)
	s, _ := New(language.English)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.SplitString(text)
	}
}

func BenchmarkSplitFunc(b *testing.B) {
	text := benchText(b)
	s, _ := New(language.English)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		sc := newScanner(strings.NewReader(text), s)
		for sc.Scan() {
		}
	}
}

func BenchmarkSRX(b *testing.B) {
	text := benchText(b)[:64<<10]
	for _, f := range []string{"okapi_defaultSegmentation.srx", "languagetool_segment_2017-06.srx"} {
		b.Run(f, func(b *testing.B) {
			s, _ := New(language.English, WithRules(loadSRXFile(b, f)))
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				for range s.Sentences(strings.NewReader(text)) {
				}
			}
		})
	}
}

func newScanner(r io.Reader, s *Segmenter) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Split(s.SplitFunc())
	return sc
}
