package segment

import (
	"bufio"
	"encoding/json"
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

// BenchmarkSRX runs both shipped SRX files on 64 KB of news prose in four
// languages: the test articles for en, de and fr, the Russian development
// cases for ru.
func BenchmarkSRX(b *testing.B) {
	for _, f := range []string{"okapi_defaultSegmentation.srx", "languagetool_segment_2017-06.srx"} {
		x := loadSRXFile(b, f)
		for _, lang := range []string{"en", "de", "fr", "ru"} {
			b.Run(strings.TrimSuffix(f, ".srx")+"/"+lang, func(b *testing.B) {
				text := srxBenchText(b, lang)
				s, _ := New(language.MustParse(lang), WithRules(x))
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					for range s.Sentences(strings.NewReader(text)) {
					}
				}
			})
		}
	}
}

// srxBenchText is 64 KB of prose in lang, repeated paragraphs.
func srxBenchText(b *testing.B, lang string) string {
	b.Helper()
	var seed string
	if lang == "ru" {
		data, err := os.ReadFile("testdata/extra_ru.json")
		if err != nil {
			b.Skip(err)
		}
		var cases []struct{ Text string }
		if err := json.Unmarshal(data, &cases); err != nil {
			b.Fatal(err)
		}
		for _, c := range cases {
			seed += c.Text + "\n\n"
		}
	} else {
		data, err := os.ReadFile("../../testdata/irgc-iraq." + lang + ".txt")
		if err != nil {
			b.Skip(err)
		}
		seed = string(data) + "\n\n"
	}
	return strings.Repeat(seed, (64<<10)/len(seed)+1)[:64<<10]
}

func newScanner(r io.Reader, s *Segmenter) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Split(s.SplitFunc())
	return sc
}

// BenchmarkAdversarial splits 256 KiB paragraphs made to find quadratic
// time, each one pattern repeated. Quadratic paths took seconds to minutes
// here; a linear pass takes milliseconds. To see the growth, compare with a
// smaller adversarialSize.
func BenchmarkAdversarial(b *testing.B) {
	const adversarialSize = 256 << 10
	paragraph := func(unit string) string { return "A " + strings.Repeat(unit, adversarialSize/len(unit)) }
	en, _ := New(language.English)
	for _, tc := range []struct{ name, unit string }{
		{"ellipses", "… "},       // an ellipsis both ends a sentence and opens one
		{"bracket-lines", "(\n"}, // lines of openers only
		{"quotes", "\" "},
		{"nested-quotes", "“‘«"},
		{"periods", ". "},
		{"initials", "A. "},
		{"list-markers", "1. "},
		{"brackets", "("},
		{"closers", ".)"},
		{"no-spaces", "a"},
		{"no-spaces-multibyte", "ü"},
		{"invalid-utf8", "\xff."},
		{"cjk-stops", "あ。"},
		{"bullets", "• "},
		{"line-feeds", "x\n"},
	} {
		b.Run(tc.name, func(b *testing.B) { benchSplitString(b, en, paragraph(tc.unit)) })
	}
	// The SRX engine beside long runs that a side of a rule can hold: the
	// beforebreak "[\.!?…]…\s+" of LanguageTool's German rules at every
	// space.
	de, _ := New(language.German, WithRules(loadSRXFile(b, "languagetool_segment_2017-06.srx")))
	for _, tc := range []struct{ name, unit string }{
		{"srx-spaces", " "},
		{"srx-ellipses", "… "},
		{"srx-periods", ". "},
		{"srx-no-spaces", "a"},
	} {
		b.Run(tc.name, func(b *testing.B) { benchSplitString(b, de, paragraph(tc.unit)) })
	}
}

func benchSplitString(b *testing.B, s *Segmenter, text string) {
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.SplitString(text)
	}
}
