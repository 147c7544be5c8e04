package segment

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

func mustNew(t testing.TB, tag string) *Segmenter {
	t.Helper()
	s, err := New(language.MustParse(tag))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSeedGold checks the seed article and its five versions against the
// gold segmentations in the repository's testdata (one sentence per line,
// an empty line between paragraphs). The gold is made for translation
// memories and alignment, so it ends sentences inside quotations as CAT
// tools do (QuotesSplit, the aligner's default).
func TestSeedGold(t *testing.T) {
	for _, tc := range []struct{ file, lang string }{
		{"en", "en"}, {"en2", "en"}, {"fr", "fr"}, {"de", "de"}, {"fa", "fa"}, {"ar", "ar"},
	} {
		text, err := os.ReadFile("../../testdata/irgc-iraq." + tc.file + ".txt")
		if err != nil {
			t.Skipf("seed article not found: %v", err)
		}
		gold, err := os.ReadFile("../../testdata/irgc-iraq." + tc.file + ".seg.txt")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		para := 0
		seg, err := New(language.MustParse(tc.lang), WithQuotes(QuotesSplit))
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range seg.SplitString(string(text)) {
			if i > 0 && s.Para != para {
				got = append(got, "")
			}
			para = s.Para
			got = append(got, s.Text)
		}
		want := strings.Split(strings.TrimRight(string(gold), "\n"), "\n")
		if !slices.Equal(got, want) {
			for i := range max(len(got), len(want)) {
				var g, w string
				if i < len(got) {
					g = got[i]
				}
				if i < len(want) {
					w = want[i]
				}
				if g != w {
					t.Errorf("%s line %d:\n got %q\nwant %q", tc.file, i+1, g, w)
					break
				}
			}
		}
	}
}

// collect gathers the sentences of seq, failing the test on an error.
func collect(t testing.TB, seq iter.Seq2[Sentence, error]) []Sentence {
	t.Helper()
	var out []Sentence
	for s, err := range seq {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// checkCover asserts the segmentation properties: sentences in order, not
// overlapping, trimmed, non-empty, Text derived from the input, and nothing
// but white space between them.
func checkCover(t *testing.T, input string, ss []Sentence) {
	t.Helper()
	prev := 0
	lastPara := 0
	for i, s := range ss {
		if s.Start < prev || s.End <= s.Start || s.End > len(input) {
			t.Fatalf("sentence %d [%d,%d) out of order or empty (previous end %d) in %q", i, s.Start, s.End, prev, input)
		}
		if gap := input[prev:s.Start]; strings.TrimSpace(strings.ToValidUTF8(gap, "x")) != "" && !allSpace(gap) {
			t.Fatalf("text %q between sentences %d and %d lost in %q", gap, i-1, i, input)
		}
		raw := input[s.Start:s.End]
		first, _ := utf8.DecodeRuneInString(raw)
		last, _ := utf8.DecodeLastRuneInString(raw)
		if isSpace(first) || isSpace(last) {
			t.Fatalf("sentence %d %q not trimmed", i, raw)
		}
		// White space as the package reads it: a byte-order mark counts.
		// A line break between two Chinese or Japanese characters joins
		// them with no space (TestSentenceText), so the words are compared
		// without the white space between them, and no line break is left.
		if fields := func(s string) string { return strings.Join(strings.FieldsFunc(s, isSpace), "") }; fields(s.Text) != fields(raw) || hasLineBreak([]byte(s.Text)) {
			t.Fatalf("sentence %d Text %q does not match input %q", i, s.Text, raw)
		}
		if s.Para < lastPara {
			t.Fatalf("sentence %d paragraph %d after %d", i, s.Para, lastPara)
		}
		lastPara = s.Para
		prev = s.End
	}
	if tail := input[prev:]; !allSpace(tail) {
		t.Fatalf("text %q after the last sentence lost in %q", tail, input)
	}
}

func allSpace(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || !isSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// TestStreamingAgrees checks that Sentences, SplitFunc and SplitString agree,
// also when the reader hands out one byte at a time.
func TestStreamingAgrees(t *testing.T) {
	text, err := os.ReadFile("../../testdata/irgc-iraq.en.txt")
	if err != nil {
		t.Skip(err)
	}
	input := string(text) + "\n\n  Second part. It has\nwrapped lines.\n"
	s := mustNew(t, "en")
	want := s.SplitString(input)
	checkCover(t, input, want)
	got := collect(t, s.Sentences(&oneByteReader{s: input}))
	if !slices.Equal(got, want) {
		t.Errorf("Sentences = %v\nwant %v", got, want)
	}
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(s.SplitFunc())
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	var raw []string
	for _, w := range want {
		raw = append(raw, input[w.Start:w.End])
	}
	if !slices.Equal(toks, raw) {
		t.Errorf("SplitFunc tokens = %q\nwant %q", toks, raw)
	}
}

// TestStreamingSplitRune checks Sentences on a reader that hands out one
// byte at a time when a multi-byte white space (EN QUAD, ideographic space,
// no-break space, line separator, NEL) starts a paragraph, stands between
// two or makes a line blank: its first bytes arrive looking like text.
func TestStreamingSplitRune(t *testing.T) {
	s := mustNew(t, "en")
	for _, input := range []string{
		"\u2000.",
		"\u3000Hello. World.",
		"One.\n\n\u00a0\u00a0Two. Three.",
		"One.\u2028\u2028Two.\n\n\u3000",
		"\xe2\x80 broken. Then.",
		"U\n\u0085\nV",     // NEL makes the line blank: two paragraphs
		"U.\n\u3000\n\xc2", // an invalid byte at the end
	} {
		want := s.SplitString(input)
		checkCover(t, input, want)
		got := collect(t, s.Sentences(&oneByteReader{s: input}))
		if !slices.Equal(got, want) {
			t.Errorf("Sentences(%+q) one byte a read = %v; SplitString = %v", input, got, want)
		}
	}
}

type oneByteReader struct {
	s string
	i int
}

func (r *oneByteReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	p[0] = r.s[r.i]
	r.i++
	return 1, nil
}

// TestLongSentenceBounded checks that a sentence without an end is cut at
// MaxSentence and nothing is lost.
func TestLongSentenceBounded(t *testing.T) {
	s, err := New(language.English, WithMaxSentence(1000))
	if err != nil {
		t.Fatal(err)
	}
	input := strings.Repeat("word ", 1000) + "end. Next one."
	got := collect(t, s.Sentences(strings.NewReader(input)))
	for _, sent := range got {
		if sent.End-sent.Start > 1000 {
			t.Fatalf("sentence of %d bytes; want at most 1000", sent.End-sent.Start)
		}
	}
	checkCover(t, input, got)
	if last := got[len(got)-1].Text; last != "Next one." {
		t.Errorf("last sentence %q; want %q", last, "Next one.")
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"Hello world. This is Mr. Smith.", "a\n\nb", "1. The first item 2. The second",
		"Dr. A. B. C. D.", "。！？", "\xff\xfe. A", "...  . . .  ?!", "(a) x (b) y",
		"„Hallo.“ Er ging.", "\u00a0\u00a0. »", "x\n•\n- y\n", "\u2000.", "U\n\u0085\nV",
		`He said, "Go. Now." Then 'we\'ll see. OK.' «A. B» „C. D“ ‚E. F‘ »G. H«`,
		strings.Repeat("Word word. ", 200), strings.Repeat("x", 2000) + ". Next.",
		strings.Repeat("long ", 300) + "end. Short. " + strings.Repeat("z", 700),
	} {
		f.Add(s, "en")
		f.Add(s, "de")
	}
	f.Fuzz(func(t *testing.T, input, lang string) {
		tag, err := language.Parse(lang)
		if err != nil {
			tag = language.English
		}
		s, _ := New(tag)
		ss := s.SplitString(input)
		checkCover(t, input, ss)
		// QuotesKeep only takes sentence ends away: each of its ends is an
		// end with QuotesSplit too.
		split, _ := New(tag, WithQuotes(QuotesSplit))
		ssSplit := split.SplitString(input)
		checkCover(t, input, ssSplit)
		splitEnds := map[int]bool{}
		for _, x := range ssSplit {
			splitEnds[x.End] = true
		}
		for _, x := range ss {
			if !splitEnds[x.End] {
				t.Fatalf("QuotesKeep ends a sentence at %d in %q; QuotesSplit does not: %v", x.End, input, ssSplit)
			}
		}
		got := collect(t, s.Sentences(strings.NewReader(input)))
		if !slices.Equal(got, ss) {
			t.Fatalf("Sentences(%q) = %v; SplitString = %v", input, got, ss)
		}
		// Read a byte at a time, runes arrive in pieces.
		got = collect(t, s.Sentences(&oneByteReader{s: input}))
		if !slices.Equal(got, ss) {
			t.Fatalf("Sentences(%q) one byte a read = %v; SplitString = %v", input, got, ss)
		}
		// SplitFunc hands out the same sentences as they stand.
		sc := bufio.NewScanner(strings.NewReader(input))
		sc.Split(s.SplitFunc())
		i := 0
		for sc.Scan() {
			if i >= len(ss) || sc.Text() != input[ss[i].Start:ss[i].End] {
				t.Fatalf("SplitFunc token %d = %q; want sentence %v of %q", i, sc.Text(), ss, input)
			}
			i++
		}
		if i != len(ss) || sc.Err() != nil {
			t.Fatalf("SplitFunc gave %d tokens (err %v); want %d", i, sc.Err(), len(ss))
		}
		// A small look-ahead bound forces the cut-short paths; nothing is
		// lost and no sentence exceeds it.
		small, _ := New(tag, WithMaxSentence(600))
		parts := collect(t, small.Sentences(strings.NewReader(input)))
		for _, sent := range parts {
			if sent.End-sent.Start > 600 {
				t.Fatalf("sentence of %d bytes with MaxSentence 600", sent.End-sent.Start)
			}
		}
		checkCover(t, input, parts)
	})
}

// TestMaxSentenceHuge checks that a MaxSentence too large to double (the
// buffer Sentences reads into) still reads a long paragraph whole.
func TestMaxSentenceHuge(t *testing.T) {
	input := strings.Repeat("word ", 40000) + "end. Next."
	for _, n := range []int{math.MaxInt, math.MaxInt / 2, 1 << 40} {
		s, _ := New(language.English, WithMaxSentence(n))
		var got []Sentence
		for sent, err := range s.Sentences(strings.NewReader(input)) {
			if err != nil {
				t.Fatalf("WithMaxSentence(%d): Sentences: %v", n, err)
			}
			got = append(got, sent)
		}
		checkCover(t, input, got)
		if len(got) != 2 {
			t.Errorf("WithMaxSentence(%d): %d sentences; want 2", n, len(got))
		}
	}
}

// TestLongSentenceCutTrimmed checks that the pieces of a sentence cut at
// MaxSentence are trimmed of white space of any width, as every sentence
// is: words separated by no-break or ideographic spaces, shifted so that
// the cut falls on each byte of the space in turn.
func TestLongSentenceCutTrimmed(t *testing.T) {
	for _, tc := range []struct{ name, word string }{
		{"no-break space", "ab\u00a0"},
		{"ideographic space", "ab\u3000"},
		{"em space", "abc\u2003"},
	} {
		for shift := range len(tc.word) {
			input := strings.Repeat("x", shift) + strings.Repeat(tc.word, 1000) + "end."
			s, _ := New(language.English, WithMaxSentence(600))
			got := collect(t, s.Sentences(strings.NewReader(input)))
			t.Run(fmt.Sprintf("%s/%d", tc.name, shift), func(t *testing.T) { checkCover(t, input, got) })
		}
	}
}

// TestSplitFuncDefaultScanner checks that SplitFunc works with a Scanner's
// default buffer even for a sentence longer than its 64 KiB token limit.
func TestSplitFuncDefaultScanner(t *testing.T) {
	long := strings.Repeat("word ", 30000) // 150 KB, no sentence end
	input := "First one. Then " + long + "end. Last one.\r\n\r\nNew paragraph. " + long
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(mustNew(t, "en").SplitFunc())
	var toks []string
	total := 0
	for sc.Scan() {
		toks = append(toks, sc.Text())
		total += len(strings.Fields(sc.Text()))
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("Scan: %v", err)
	}
	if want := len(strings.Fields(input)); total != want {
		t.Errorf("tokens hold %d words; want %d", total, want)
	}
	if toks[0] != "First one." || !slices.Contains(toks, "Last one.") {
		t.Errorf("tokens start %.20q; want \"First one.\" and \"Last one.\" among them", toks[0])
	}
	for i, tok := range toks {
		if len(tok) > splitFuncLimit {
			t.Errorf("token %d of %d bytes; want at most %d", i, len(tok), splitFuncLimit)
		}
	}
}

// TestParagraphs checks paragraph numbering: blank lines (also with spaces,
// CRLF, or several) separate paragraphs, single line breaks do not.
func TestParagraphs(t *testing.T) {
	input := "One. Two\nstill two.\r\n \r\nThree.\n\n\n\nFour.\n"
	var got []string
	for _, s := range mustNew(t, "en").SplitString(input) {
		got = append(got, fmt.Sprintf("%d:%s", s.Para, s.Text))
	}
	want := []string{"0:One.", "0:Two still two.", "1:Three.", "2:Four."}
	if !slices.Equal(got, want) {
		t.Errorf("SplitString(%q) = %q; want %q", input, got, want)
	}
	// A byte-order mark at the start is not part of the first sentence.
	input = "\ufeff" + input
	got = got[:0]
	for _, s := range mustNew(t, "en").SplitString(input) {
		got = append(got, fmt.Sprintf("%d:%s", s.Para, s.Text))
	}
	if !slices.Equal(got, want) {
		t.Errorf("SplitString(%q) = %q; want %q", input, got, want)
	}
}

func TestSentenceText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain  text", "plain  text"},
		{"wrapped\nline", "wrapped line"},
		{"wrapped \r\n  line", "wrapped line"},
		{"nel\u0085ls\u2028ps\u2029end", "nel ls ps end"},
		{"no\u00a0break  kept", "no\u00a0break  kept"},
		{"tab\there", "tab\there"},
		// Chinese and Japanese wrapped at a column join without a space
		// (Debian Reference's text edition breaks words so); next to a
		// Latin word or Hangul a line break stays a space.
		{"ネイティブ言語サポー\n    トは2段階", "ネイティブ言語サポートは2段階"},
		{"语\n言环境", "语言环境"},
		{"（国际化\n ）和", "（国际化）和"},
		{"UTF-8\nデータ", "UTF-8 データ"},
		{"データ\nUTF-8", "データ UTF-8"},
		{"한국어\n문장", "한국어 문장"},
	} {
		if got := sentenceText([]byte(tc.in)); got != tc.want {
			t.Errorf("sentenceText(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// failingReader returns its text, then an error instead of io.EOF.
type failingReader struct {
	text string
	err  error
}

func (f *failingReader) Read(p []byte) (int, error) {
	if f.text == "" {
		return 0, f.err
	}
	n := copy(p, f.text)
	f.text = f.text[n:]
	return n, nil
}

func TestSentencesReadErrorYieldsNoFragment(t *testing.T) {
	seg, err := New(language.English)
	if err != nil {
		t.Fatal(err)
	}
	bad := errors.New("broken input")
	var got []string
	var gotErr error
	for s, err := range seg.Sentences(&failingReader{text: "Hello there. This one is cut", err: bad}) {
		if err != nil {
			gotErr = err
			break
		}
		got = append(got, s.Text)
	}
	if !errors.Is(gotErr, bad) {
		t.Fatalf("Sentences error = %v; want %v", gotErr, bad)
	}
	if len(got) != 1 || got[0] != "Hello there." {
		t.Fatalf("Sentences before the error = %q; want [\"Hello there.\"]", got)
	}
}

// TestConcurrentUse runs one Segmenter from several goroutines at once,
// with the built-in rules and with SRX rules (whose compiled forms are
// built on first use), and with two segmenters of one SRX set taking turns
// with the pooled engine state. Every goroutine must get the serial
// answer; run with -race to check the sharing.
func TestConcurrentUse(t *testing.T) {
	text := strings.Repeat("Mr. Holmes is from the U.K. not the U.S. Is Dr. Watson there? "+
		"He said, \"Go. Now.\" Then he left.\n\n1. The first item 2. The second item\n\n", 20)
	x := loadSRXFile(t, "okapi_defaultSegmentation.srx")
	builtin := mustNew(t, "en")
	srxEN, _ := New(language.English, WithRules(x))
	srxDE, _ := New(language.German, WithRules(x))
	segs := []*Segmenter{builtin, srxEN, srxDE}
	// The expected answers come from a second copy of the rules, so that
	// the segmenters under test build their lazy state concurrently.
	y := loadSRXFile(t, "okapi_defaultSegmentation.srx")
	serial := func(lang language.Tag, opts ...Option) []Sentence {
		s, _ := New(lang, opts...)
		return s.SplitString(text)
	}
	want := [][]Sentence{serial(language.English), serial(language.English, WithRules(y)), serial(language.German, WithRules(y))}
	const workers = 8
	errs := make(chan string, workers*len(segs))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for k := range segs {
				k = (k + w) % len(segs)
				var got []Sentence
				for sent, err := range segs[k].Sentences(strings.NewReader(text)) {
					if err != nil {
						errs <- err.Error()
						return
					}
					got = append(got, sent)
				}
				if !slices.Equal(got, want[k]) {
					errs <- fmt.Sprintf("segmenter %d: Sentences gave %d sentences; want %d", k, len(got), len(want[k]))
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestKhmerStops: the Khmer khan "។" and bariyoosan "៕" end sentences, with
// or without a space after them, in the default rules Khmer gets (neither
// is a Unicode sentence terminal, so ICU runs Khmer news together too).
func TestKhmerStops(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"រដ្ឋាភិបាលបានប្រកាសថវិកាថ្មី។ ក្រសួងសុខាភិបាលទទួលបានថវិកាបន្ថែម។",
			[]string{"រដ្ឋាភិបាលបានប្រកាសថវិកាថ្មី។", "ក្រសួងសុខាភិបាលទទួលបានថវិកាបន្ថែម។"}},
		{"ភ្លៀងធ្លាក់ខ្លាំង។ផ្លូវជាច្រើនលិចទឹក។ តើនៅពេលណា? ចប់៕ អត្ថបទថ្មី",
			[]string{"ភ្លៀងធ្លាក់ខ្លាំង។", "ផ្លូវជាច្រើនលិចទឹក។", "តើនៅពេលណា?", "ចប់៕", "អត្ថបទថ្មី"}},
	} {
		got := splitTexts(mustNew(t, "km"), tc.text)
		if !slices.Equal(got, tc.want) {
			t.Errorf("SplitString(%q) =\n\t%q\nwant\n\t%q", tc.text, got, tc.want)
		}
	}
}

// TestWrapBeforeNoBreakSpace: a line that ends early because the next
// words are bound by no-break spaces (French guillemets, as Debian
// Reference's French text edition wraps them) is a soft wrap, not a
// headline before a new sentence.
func TestWrapBeforeNoBreakSpace(t *testing.T) {
	input := "    Le multilinguisme (M17N) ou la gestion de la langue natale\n" +
		"    («\u00a0Native\u00a0Language\u00a0Support\u00a0») d’un logiciel applicatif est\n" +
		"    réalisé en deux étapes\u00a0:\n"
	got := splitTexts(mustNew(t, "fr"), input)
	want := []string{"Le multilinguisme (M17N) ou la gestion de la langue natale («\u00a0Native\u00a0Language\u00a0Support\u00a0») d’un logiciel applicatif est réalisé en deux étapes\u00a0:"}
	if !slices.Equal(got, want) {
		t.Errorf("SplitString(%q) = %q; want %q", input, got, want)
	}
	// A short line before an ordinary word still ends a headline.
	input = "Introduction\nThe locale is set by LANG, and every program reads it at start.\n"
	got = got[:0]
	for _, s := range mustNew(t, "en").SplitString(input) {
		got = append(got, s.Text)
	}
	if want := []string{"Introduction", "The locale is set by LANG, and every program reads it at start."}; !slices.Equal(got, want) {
		t.Errorf("SplitString(%q) = %q; want %q", input, got, want)
	}
}

// TestSectionNumber: a section number of two numbers or more opening a
// paragraph is not a sentence before its heading (Debian Reference's text
// edition, "8.1.\u00a0The locale"); one in running text, a number with one
// period, or a number alone on its line still is.
func TestSectionNumber(t *testing.T) {
	for _, tc := range []struct {
		lang, in string
		want     []string
	}{
		{"en", "8.1.\u00a0The locale", []string{"8.1.\u00a0The locale"}},
		{"en", "2.6.5. Fixing broken package script", []string{"2.6.5. Fixing broken package script"}},
		{"ja", "8.1.1.\u00a0UTF-8 ロケールを使う根拠", []string{"8.1.1.\u00a0UTF-8 ロケールを使う根拠"}},
		{"de", "  10.1.12. Sicherung und Wiederherstellung", []string{"10.1.12. Sicherung und Wiederherstellung"}},
		{"en", "It was version 2.6. The next one came later.", []string{"It was version 2.6.", "The next one came later."}},
		{"en", "2024.06.01. The day began.", []string{"2024.06.01.", "The day began."}},
		{"en", "8.1.\nThe locale", []string{"8.1.", "The locale"}},
		// After a word, a heading: one line, no stop at its end.
		{"en", "Chapter\u00a07.\u00a0GUI System", []string{"Chapter\u00a07.\u00a0GUI System"}},
		{"en", "Table 3.2. The meaning of the menu entry of /boot/grub/grub.cfg", []string{"Table 3.2. The meaning of the menu entry of /boot/grub/grub.cfg"}},
		{"fr", "Chapitre 8. I18N et L10N", []string{"Chapitre 8. I18N et L10N"}},
		{"en", "Section 2. The Board shall meet.", []string{"Section 2.", "The Board shall meet."}},
		{"en", "See chapter 7. GUI System", []string{"See chapter 7.", "GUI System"}},
		{"en", "Chapter 7. GUI System\nand more", []string{"Chapter 7.", "GUI System and more"}},
	} {
		got := splitTexts(mustNew(t, tc.lang), tc.in)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: SplitString(%q) = %q; want %q", tc.lang, tc.in, got, tc.want)
		}
	}
}

// TestIndentedParagraphWrap: a paragraph indented like the others (Debian
// Reference's text edition, manual pages) counts its first line's
// indentation in the width it was wrapped at; without it the first line
// looked a word short, a headline, and "For example, in" was a sentence.
func TestIndentedParagraphWrap(t *testing.T) {
	input := "Intro.\n\n" +
		"    Number punctuation are different for locales. For example, in\n" +
		"    English locale, one thousand point one is displayed as \"1,000.1\"\n" +
		"    while in German locale, it is displayed as \"1.000,1\". You may see\n" +
		"    this difference in spreadsheet program.\n"
	want := []string{"Intro.", "Number punctuation are different for locales.",
		"For example, in English locale, one thousand point one is displayed as \"1,000.1\" while in German locale, it is displayed as \"1.000,1\".",
		"You may see this difference in spreadsheet program."}
	got := splitTexts(mustNew(t, "en"), input)
	if !slices.Equal(got, want) {
		t.Errorf("SplitString(%q) =\n%q\nwant\n%q", input, got, want)
	}
	// Read a byte at a time, the same.
	got = got[:0]
	for _, s := range collect(t, mustNew(t, "en").Sentences(&oneByteReader{s: input})) {
		got = append(got, s.Text)
	}
	if !slices.Equal(got, want) {
		t.Errorf("Sentences one byte a read =\n%q\nwant\n%q", got, want)
	}
}

// TestManSectionWrapped: a manual page's section wrapped to the next line
// ("stat" | "(1) and readlink(1).", as Debian Reference's text edition
// wraps at 70 columns) is no list item; lines numbered (1), (2)... are.
func TestManSectionWrapped(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"    If you need it in a shell script, you should use commands such as test(1), stat\n" +
			"    (1) and readlink(1). The shell builtin such as \"[\" may be used.",
			[]string{`If you need it in a shell script, you should use commands such as test(1), stat (1) and readlink(1).`,
				`The shell builtin such as "[" may be used.`}},
		{"See Section 9.4.14, “Scheduling tasks regularly” for cron and for the others\n(8) and crontab(1).",
			[]string{"See Section 9.4.14, “Scheduling tasks regularly” for cron and for the others (8) and crontab(1)."}},
		// A list numbered in parentheses, after a line without a stop.
		{"Do the following steps in the order they are given here\n(1) Open the file\n(2) Save it",
			[]string{"Do the following steps in the order they are given here", "(1) Open the file", "(2) Save it"}},
		{"Do the following steps in the order they are given here\n(1) open the file and read it with\n(2) save it",
			[]string{"Do the following steps in the order they are given here", "(1) open the file and read it with", "(2) save it"}},
		// After a stop, a line-start "(1)" is an item as before.
		{"Two steps follow.\n(1) Open the file.", []string{"Two steps follow.", "(1) Open the file."}},
	} {
		got := splitTexts(mustNew(t, "en"), tc.in)
		if !slices.Equal(got, tc.want) {
			t.Errorf("SplitString(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestKanaProlongedMarkWrap: Japanese text wrapped at a column may break a
// katakana word after its prolonged sound mark ー (U+30FC, of no script:
// "コンピュー" | "ター"); the line goes on as after any other kana, joined
// without a space, and is no sentence of its own.
func TestKanaProlongedMarkWrap(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"        ノンネイティブのソースパッケージを作成します。(ソースパッケー\n" +
			"        ジとは、パッケージビルドのために用いる入力ファイルセッ\n" +
			"        トのこと。)",
			[]string{"ノンネイティブのソースパッケージを作成します。",
				"(ソースパッケージとは、パッケージビルドのために用いる入力ファイルセットのこと。)"}},
		{"    最初に設定ファイルを読み込み、次にデータベースへ接続する必\n" +
			"    要があります。接続した後で、保存されたデータを読み出し、サーバー\n" +
			"    の状態を確認してから、 3 章の手順に沿って処理を始めます。",
			[]string{"最初に設定ファイルを読み込み、次にデータベースへ接続する必要があります。",
				"接続した後で、保存されたデータを読み出し、サーバーの状態を確認してから、 3 章の手順に沿って処理を始めます。"}},
		{"    新しいコンピュー\n    ターを買いました。それは速いです。",
			[]string{"新しいコンピューターを買いました。", "それは速いです。"}},
	} {
		got := splitTexts(mustNew(t, "ja"), tc.in)
		if !slices.Equal(got, tc.want) {
			t.Errorf("SplitString(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestJapaneseWrapBeforeLatin: Japanese puts a space between its words and
// a Latin word or number, and text editions wrap there, so a space before
// a line break is no sign of a line ended on purpose when a Latin word or
// number starts the next line; a line ending in an ideographic comma never
// ends a sentence. A short line before a Japanese one is still a heading.
func TestJapaneseWrapBeforeLatin(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"    設定を変更した後は、サービスを再起動してください。(詳しくは \n" +
			"    systemctl(1) を参照。)",
			[]string{"設定を変更した後は、サービスを再起動してください。", "(詳しくは systemctl(1) を参照。)"}},
		{"    このプログラムは設定ファイルを読み込んでから、 \n" +
			"    3 つの段階で処理を進めます。",
			[]string{"このプログラムは設定ファイルを読み込んでから、 3 つの段階で処理を進めます。"}},
		{"    はじめに \n    この文書はパッケージの作り方を説明します。",
			[]string{"はじめに", "この文書はパッケージの作り方を説明します。"}},
	} {
		got := splitTexts(mustNew(t, "ja"), tc.in)
		if !slices.Equal(got, tc.want) {
			t.Errorf("SplitString(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestGermanItemLinesWithParentheses: a list of one item a line in German
// (a manual page's fields), where some items carry a qualifier in
// parentheses, is split at every line as in English; German capitalizes its
// nouns, so only the item-line rule can tell such a list from wrapped
// prose, and it took "Größe (in Byte)" for running text.
func TestGermanItemLinesWithParentheses(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"    Die folgenden Felder werden verstanden:\n\n    Name\n    Größe (in Byte)\n    Datum (intern)\n    Besitzer\n",
			[]string{"Die folgenden Felder werden verstanden:", "Name", "Größe (in Byte)", "Datum (intern)", "Besitzer"}},
		// Prose goes on after a short line with a parenthesis.
		{"    Der Wert (intern)\n    wird danach gelesen und gespeichert.",
			[]string{"Der Wert (intern) wird danach gelesen und gespeichert."}},
		{"    Siehe auch die Datei\n    Optionen (siehe oben) und die Beispiele.",
			[]string{"Siehe auch die Datei Optionen (siehe oben) und die Beispiele."}},
	} {
		got := splitTexts(mustNew(t, "de"), tc.in)
		if !slices.Equal(got, tc.want) {
			t.Errorf("SplitString(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestFootnoteMarkAfterStop: a footnote mark after a stop ends the
// sentence with it, glued or set off by a space, in brackets, after a
// caret (DocBook's text rendering: maint-guide's "source archive. ^[20]
// See dh_make(8)") or in superscript digits; before it, the mark carried
// the next sentence or joined the two.
func TestFootnoteMarkAfterStop(t *testing.T) {
	for _, tc := range []struct {
		lang, in string
		want     []string
	}{
		{"en", "Replace it with your source archive.^[20] See dh_make(8) for details.", []string{"Replace it with your source archive.^[20]", "See dh_make(8) for details."}},
		{"en", "Replace it with your source archive. ^[20] See dh_make(8) for details.", []string{"Replace it with your source archive. ^[20]", "See dh_make(8) for details."}},
		{"en", "Replace it with your source archive. [20] See dh_make(8) for details.", []string{"Replace it with your source archive. [20]", "See dh_make(8) for details."}},
		{"en", "It is in the archive.[3] The rest follows.", []string{"It is in the archive.[3]", "The rest follows."}},
		{"en", "It is in the archive.³ The rest follows.", []string{"It is in the archive.³", "The rest follows."}},
		{"en", "It is in the archive. ¹² The rest follows.", []string{"It is in the archive. ¹²", "The rest follows."}},
		{"en", "Is it in the archive? [4] The rest follows.", []string{"Is it in the archive? [4]", "The rest follows."}},
		{"es", "Cambie el nombre del archivo. ^[20] Véase dh_make(8).", []string{"Cambie el nombre del archivo. ^[20]", "Véase dh_make(8)."}},
		{"es", "Está en el archivo.² Véase dh_make(8).", []string{"Está en el archivo.²", "Véase dh_make(8)."}},
		{"de", "Das steht im Archiv. [7] Siehe dh_make(8).", []string{"Das steht im Archiv. [7]", "Siehe dh_make(8)."}},
		{"ja", "ソースを使います。^[20]詳しくは dh_make(8) を見てください。", []string{"ソースを使います。^[20]", "詳しくは dh_make(8) を見てください。"}},
		// Not a mark: a list after a colon, a mark
		// before the stop, a title's period.
		{"en", "The sources are as follows: [1] Smith, [2] Jones.", []string{"The sources are as follows: [1] Smith, [2] Jones."}},
		{"es", "Cambie el nombre ^[20]. Véase dh_make(8).", []string{"Cambie el nombre ^[20].", "Véase dh_make(8)."}},
		{"en", "Ask Mr. [1] Smith.", []string{"Ask Mr. [1] Smith."}},
	} {
		got := splitTexts(mustNew(t, tc.lang), tc.in)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: SplitString(%q) = %q; want %q", tc.lang, tc.in, got, tc.want)
		}
	}
}

// TestSectionNumberBeforeQuotedTitle: a dotted section number followed by
// a quoted title names the section, and its period ends nothing
// (maint-guide's "Debian Developer's Reference, 5.8. "Handling bugs"."),
// with the quotation marks of each language and in both quote modes, when
// the number stands where a reference does (after a comma, a bracket or a
// word such as "section"). A single number, a date, a version after a
// name ("Python 3.12.") or a quotation holding a stop or a comma (speech)
// is left to the other rules.
func TestSectionNumberBeforeQuotedTitle(t *testing.T) {
	for _, tc := range []struct {
		lang, in string
		want     []string
	}{
		{"en", `I recommend the Debian Developer's Reference, 5.8. "Handling bugs".`, []string{`I recommend the Debian Developer's Reference, 5.8. "Handling bugs".`}},
		{"en", "Read section 10.1.2. “Handling bugs” first. Then file it.", []string{"Read section 10.1.2. “Handling bugs” first.", "Then file it."}},
		{"es", "Lea la Referencia del desarrollador, 5.8. «Manejo de fallos».", []string{"Lea la Referencia del desarrollador, 5.8. «Manejo de fallos»."}},
		{"fr", "Lisez la Référence du développeur, 5.8. « Gestion des bogues ».", []string{"Lisez la Référence du développeur, 5.8. « Gestion des bogues »."}},
		{"de", "Lesen Sie die Entwicklerreferenz, 5.8. „Umgang mit Fehlern“.", []string{"Lesen Sie die Entwicklerreferenz, 5.8. „Umgang mit Fehlern“."}},
		{"ja", "Debian 開発者リファレンス、5.8. 「Handling bugs」を読んでください。", []string{"Debian 開発者リファレンス、5.8. 「Handling bugs」を読んでください。"}},
		// Still sentence ends.
		{"en", `It was version 2.6. "Go now," he said.`, []string{"It was version 2.6.", `"Go now," he said.`}},
		{"en", `It came out on 2024.06.01. "Great" news.`, []string{"It came out on 2024.06.01.", `"Great" news.`}},
		{"en", `See section 5. "Bugs" is the title.`, []string{"See section 5.", `"Bugs" is the title.`}},
		{"es", "Era la versión 2.6. «¡Vamos!», dijo.", []string{"Era la versión 2.6.", "«¡Vamos!», dijo."}},
		// A section reference stands after a comma or a word naming a
		// part of a document; after any other word the number is a
		// version or a figure, and the quotation opens a sentence.
		{"en", `We use Python 3.12. "It works" is all we hear.`, []string{"We use Python 3.12.", `"It works" is all we hear.`}},
		{"en", `The fleet runs Debian 12.4. "Stable" is what they want.`, []string{"The fleet runs Debian 12.4.", `"Stable" is what they want.`}},
		{"en", `See chapter 5.8. "Handling bugs" before you file one.`, []string{`See chapter 5.8. "Handling bugs" before you file one.`}},
		{"en", `The steps are in the manual (5.8. "Handling bugs").`, []string{`The steps are in the manual (5.8. "Handling bugs").`}},
		{"en", `Two parts matter: 4.1. "Scope"; 5.8. "Handling bugs".`, []string{`Two parts matter: 4.1. "Scope"; 5.8. "Handling bugs".`}},
		{"en", "The rules are in Sec. 4.2. \"Scope\" and nowhere else.", []string{"The rules are in Sec. 4.2. \"Scope\" and nowhere else."}},
		{"es", "Usamos Python 3.12. «Funciona» es lo único que oímos.", []string{"Usamos Python 3.12.", "«Funciona» es lo único que oímos."}},
		{"es", "Véase el capítulo 5.8. «Manejo de fallos» antes de informar.", []string{"Véase el capítulo 5.8. «Manejo de fallos» antes de informar."}},
		{"ru", "Мы используем Python 3.12. «Работает» — вот что мы слышим.", []string{"Мы используем Python 3.12.", "«Работает» — вот что мы слышим."}},
		{"ru", "Об этом сказано в разделе 5.8. «Работа с ошибками» руководства.", []string{"Об этом сказано в разделе 5.8. «Работа с ошибками» руководства."}},
	} {
		for _, q := range []QuoteMode{QuotesKeep, QuotesSplit} {
			seg, err := New(language.MustParse(tc.lang), WithQuotes(q))
			if err != nil {
				t.Fatal(err)
			}
			got := splitTexts(seg, tc.in)
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s, quotes %v: SplitString(%q) = %q; want %q", tc.lang, q, tc.in, got, tc.want)
			}
		}
	}
}

// splitTexts returns the texts of the sentences seg splits text into.
func splitTexts(seg *Segmenter, text string) []string {
	var out []string
	for _, s := range seg.SplitString(text) {
		out = append(out, s.Text)
	}
	return out
}
