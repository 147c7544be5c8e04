package segment

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/language"

	"github.com/dlclark/regexp2"
)

// sharedData finds the shared data folder: beside the repository (CI), or
// two levels up from a git worktree.
func sharedData(t testing.TB) string {
	for _, d := range []string{"../../../shared/data", "../../../../shared/data"} {
		if _, err := os.Stat(d); err == nil {
			return d
		}
	}
	t.Skip("shared data folder not found beside the repository")
	return ""
}

func loadSRXFile(t testing.TB, name string) *SRX {
	t.Helper()
	f, err := os.Open(sharedData(t) + "/segment/srx/" + name)
	if err != nil {
		t.Skipf("shared SRX files not found: %v", err)
	}
	defer f.Close()
	x, err := LoadSRX(f, name)
	if err != nil {
		t.Fatalf("LoadSRX(%s): %v", name, err)
	}
	return x
}

// TestRealSRXFiles loads the Okapi and LanguageTool files and segments a
// sample with them.
func TestRealSRXFiles(t *testing.T) {
	for _, tc := range []struct {
		file, lang, text string
		want             []string
	}{
		{"okapi_defaultSegmentation.srx", "en",
			"Mr. Holmes is from the U.K. not the U.S. Is Dr. Watson there? Yes: both are. It is easy.",
			[]string{"Mr. Holmes is from the U.K. not the U.S.", "Is Dr. Watson there?", "Yes: both are.", "It is easy."}},
		{"okapi_default_icu4j.srx", "en",
			"Dr. Watson met Mr. Holmes in London. They talked for hours! Did they agree? No.",
			[]string{"Dr. Watson met Mr. Holmes in London.", "They talked for hours!", "Did they agree?", "No."}},
		{"languagetool_segment_2017-06.srx", "en",
			"Dr. Watson met Mr. Holmes in London. They talked for hours! Did they agree? No.",
			[]string{"Dr. Watson met Mr. Holmes in London.", "They talked for hours!", "Did they agree?", "No."}},
		{"languagetool_segment_2017-06.srx", "de",
			"Wir trafen Dr. med. Meyer am 3. Oktober in der Stadt. Er war z. B. sehr müde.",
			[]string{"Wir trafen Dr. med. Meyer am 3. Oktober in der Stadt.", "Er war z. B. sehr müde."}},
		{"languagetool_segment_2017-06.srx", "pl",
			"Prof. Nowak przyjechał. Mgr Kowalski nie.",
			[]string{"Prof. Nowak przyjechał.", "Mgr Kowalski nie."}},
	} {
		x := loadSRXFile(t, tc.file)
		s, err := New(language.MustParse(tc.lang), WithRules(x))
		if err != nil {
			t.Fatal(err)
		}
		if s.Fallback() {
			t.Errorf("%s: no rules for %s", tc.file, tc.lang)
		}
		var got []string
		for _, sent := range s.SplitString(tc.text) {
			got = append(got, sent.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s %s: SplitString(%q) =\n\t%q\nwant\n\t%q", tc.file, tc.lang, tc.text, got, tc.want)
		}
	}
}

func TestSRXErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"not xml", "this is not XML", "srx bad.srx: line 1: not an SRX file"},
		{"broken xml", "<srx>\n<header>\n</srx>", "srx bad.srx: line 3: not well-formed XML: </srx> closes <header>"},
		{"bad rule", "<srx version=\"2.0\"><body><languagerules>\n<languagerule languagerulename=\"A\">\n<rule break=\"yes\">\n<beforebreak>(unclosed</beforebreak></rule>\n</languagerule></languagerules><maprules><languagemap languagepattern=\".*\" languagerulename=\"A\"/></maprules></body></srx>",
			"srx bad.srx: line 3: rule cannot compile: beforebreak `(unclosed`, afterbreak ``: error parsing regexp: missing closing )"},
		{"break value", "<srx version=\"2.0\"><body><languagerules>\n<languagerule languagerulename=\"A\">\n<rule break=\"No\"><beforebreak>x</beforebreak></rule></languagerule></languagerules></body></srx>",
			"srx bad.srx: line 3: rule break=\"No\": want \"yes\" or \"no\""},
		// The rule as the file writes it (backslashes not doubled), not as translated.
		{"java property go lacks", "<srx version=\"2.0\"><body><languagerules>\n<languagerule languagerulename=\"A\">\n<rule break=\"yes\">\n<beforebreak>\\p{IsEmoji}++</beforebreak><afterbreak>\\s</afterbreak></rule>\n</languagerule></languagerules><maprules><languagemap languagepattern=\".*\" languagerulename=\"A\"/></maprules></body></srx>",
			"srx bad.srx: line 3: rule cannot compile: beforebreak `\\p{IsEmoji}++`, afterbreak `\\s`: \\p{IsEmoji}: the emoji properties are not in Go's Unicode tables"},
		{"unknown block", "<srx version=\"2.0\"><body><languagerules>\n<languagerule languagerulename=\"A\">\n<rule break=\"yes\">\n<beforebreak>\\p{InKlingon}\\.</beforebreak></rule>\n</languagerule></languagerules><maprules><languagemap languagepattern=\".*\" languagerulename=\"A\"/></maprules></body></srx>",
			"srx bad.srx: line 3: rule cannot compile: beforebreak `\\p{InKlingon}\\.`, afterbreak ``: \\p{InKlingon}: no Unicode block \"Klingon\""},
		{"grapheme in a class", "<srx version=\"2.0\"><body><languagerules>\n<languagerule languagerulename=\"A\">\n<rule break=\"yes\">\n<beforebreak>[\\X.]</beforebreak></rule>\n</languagerule></languagerules><maprules><languagemap languagepattern=\".*\" languagerulename=\"A\"/></maprules></body></srx>",
			"srx bad.srx: line 3: rule cannot compile: beforebreak `[\\X.]`, afterbreak ``: \\X (a grapheme cluster) inside a character class"},
		{"negated property in a class", "<srx version=\"2.0\"><body><languagerules>\n<languagerule languagerulename=\"A\">\n<rule break=\"yes\">\n<beforebreak>[\\P{IsAlphabetic}.]</beforebreak></rule>\n</languagerule></languagerules><maprules><languagemap languagepattern=\".*\" languagerulename=\"A\"/></maprules></body></srx>",
			"srx bad.srx: line 3: rule cannot compile: beforebreak `[\\P{IsAlphabetic}.]`, afterbreak ``: \\P{IsAlphabetic} inside a character class"},
		{"missing rules", "<srx><body><maprules>\n<languagemap languagepattern=\".*\" languagerulename=\"B\"/></maprules></body></srx>",
			"srx bad.srx: line 2: languagemap names languagerule \"B\""},
	} {
		_, err := LoadSRX(strings.NewReader(tc.src), "bad.srx")
		var se *SRXError
		if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.As(err, &se) || strings.Contains(err.Error(), "(?") {
			t.Errorf("%s: LoadSRX = %v; want an SRXError containing %q", tc.name, err, tc.want)
		}
	}
}

// TestSRXRuleGivesUp checks a rule with catastrophic backtracking (a
// backreference sends it to the reference search): Sentences ends with an
// SRXError naming the rule's line, SplitString goes on without the rule.
// The limit is 1 s: the evil rule's search on 40 a's (2^40 ways to split
// them) outlasts any limit, while the other rule's searches must finish
// within it, which 20 ms did not promise on a machine that stalls for a
// moment.
func TestSRXRuleGivesUp(t *testing.T) {
	defer func(d time.Duration) { srxMatchTimeout = d }(srxMatchTimeout)
	srxMatchTimeout = time.Second
	src := "<srx version=\"2.0\"><body><languagerules>\n<languagerule languagerulename=\"A\">\n" +
		"<rule break=\"yes\"><beforebreak>(a+)+\\1b</beforebreak><afterbreak>\\s</afterbreak></rule>\n" +
		"<rule break=\"yes\"><beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule>\n" +
		"</languagerule></languagerules><maprules><languagemap languagepattern=\".*\" languagerulename=\"A\"/></maprules></body></srx>"
	srx, err := LoadSRX(strings.NewReader(src), "evil.srx")
	if err != nil {
		t.Fatal(err)
	}
	seg, err := New(language.English, WithRules(srx))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("a", 40) + " x. Next one."
	var got error
	for _, err := range seg.Sentences(strings.NewReader(text)) {
		if err != nil {
			got = err
		}
	}
	var se *SRXError
	if !errors.As(got, &se) || se.Line != 3 || !strings.Contains(got.Error(), "evil.srx: line 3: rule gave up") || strings.Contains(got.Error(), "aaaa") {
		t.Errorf("Sentences error = %v; want an SRXError for line 3 that does not quote the paragraph", got)
	}
	var texts []string
	for _, s := range seg.SplitString(text) {
		texts = append(texts, s.Text)
	}
	if want := []string{strings.Repeat("a", 40) + " x.", "Next one."}; !slices.Equal(texts, want) {
		t.Errorf("SplitString = %q; want %q", texts, want)
	}
}

func TestTranslateJavaRegex(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`\b(?iu)mgr\.\s`, `\b(?i)mgr\.\s`},
		{`[\p{L}&&[^rwn]]\.`, `[\p{L}-[rwn]]\.`},
		{`[\p{Ll}&&[aeiou]]`, `[\p{Ll}-[^aeiou]]`},
		{`(\Q...\E|…)`, `(\.\.\.|…)`},
		{`[\p{Punct}\p{Lu}]`, "[!-/:-@\\[-`{-~\\p{Lu}]"},
		{`\u00A0x`, `\u00A0x`},
		{`[a-c[x-z]]`, `[a-cx-z]`},
		{`\ا`, `ا`},
		{`\b[a-z[^íáóæ]]\.`, `\b(?:[a-z]|[^íáóæ])\.`},
		// Possessive quantifiers become atomic groups.
		{`[.?!]\s++\p{Lu}`, `[.?!](?>\s+)\p{Lu}`},
		{`\p{Lu}*+x?+[ab]{2,}+(ab)++\.`, `(?>\p{Lu}*)(?>x?)(?>[ab]{2,})(?>(ab)+)\.`},
		{`a+?b*\++ \+++`, `a+?b*\++ (?>\++)`},
		{`[+]+ \Q+\E+`, `[+]+ \++`},
		// Intersection with an unbracketed class, Java octal, \v \h \R.
		{`[\p{L}&&\p{Lu}]\.`, `[\p{L}-[^\p{Lu}]]\.`},
		{`[a-z&&^d]`, `[a-z-[^^d]]`},
		{`\0101\07\0400`, `\x{41}\x{7}\x{20}0`},
		// Java property names.
		{`\p{IsLatin}\p{script=greek}\p{IsLu}\p{gc=Ll}[\P{IsCyrillic}]`, `\p{Latin}\p{Greek}\p{Lu}\p{Ll}[\P{Cyrillic}]`},
		{`\p{IsPunctuation}\p{Alpha}[\p{Digit}x]\P{Upper}\p{InGreek}`, `\p{P}[a-zA-Z][0-9x][^A-Z][\x{370}-\x{3FF}]`},
		// Unicode blocks (Blocks.txt), script codes, binary properties,
		// java.lang.Character's classes, grapheme clusters.
		{`\p{InBasicLatin}\p{block=Latin-1 Supplement}[\p{InGreek}\P{InBasic_Latin}]\P{blk=CJK Unified Ideographs}`,
			`[\x{0}-\x{7F}][\x{80}-\x{FF}][\x{370}-\x{3FF}\x{80}-\x{10FFFF}][^\x{4E00}-\x{9FFF}]`},
		{`\p{sc=Cyrl}\p{IsGrek}\P{script=old italic}\p{IsHani}`, `\p{Cyrillic}\p{Greek}\P{Old_Italic}\p{Han}`},
		{`\p{IsAlphabetic}\P{IsUppercase}[\p{IsWhite_Space}\p{IsDigit}]\p{IsAssigned}`,
			`[\p{L}\p{Nl}\p{Other_Alphabetic}][^\p{Lu}\p{Other_Uppercase}][\p{White_Space}\p{Nd}]\P{Cn}`},
		{`\p{javaLowerCase}[\p{javaUpperCase}\d]\p{javaLetterOrDigit}`, `[\p{Ll}\p{Other_Lowercase}][\p{Lu}\p{Other_Uppercase}\d][\p{L}\p{Nd}]`},
		{`\X\.`, `(?>\r\n|[\s\S][\p{M}\x{200C}\x{200D}]*)\.`},
		// A negated POSIX class inside a class: every character but its
		// ASCII ones.
		{`[\P{Punct}][a\P{Alpha}]`, `[\x{0}-\x{20}\x{30}-\x{39}\x{41}-\x{5A}\x{61}-\x{7A}\x{7F}-\x{10FFFF}][a\x{0}-\x{40}\x{5B}-\x{60}\x{7B}-\x{10FFFF}]`},
		{`\v[\v]\h\R`, `[\n\x0B\f\r\x85\u2028\u2029][\n\x0B\f\r\x85\u2028\u2029][ \t\xA0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000](?:\r\n|[\n\x0B\f\r\x85\u2028\u2029])`},
	} {
		if got, err := translateJava(tc.in); got != tc.want || err != nil {
			t.Errorf("translateJava(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

// TestSRXJavaSyntax: rules written with Java syntax that .NET lacks or
// reads otherwise split as java.util.regex reads them (possessive
// quantifiers failed to compile; the others matched something else, or
// nothing, silently).
func TestSRXJavaSyntax(t *testing.T) {
	for _, tc := range []struct {
		before, after, text string
		want                []string
	}{
		{`[.?!]`, `\s++\p{Lu}`, "One. Two. three. Four", []string{"One.", "Two. three.", "Four"}},
		{`\b\w{2,}+\.`, `\s`, "Ab. c. Def. g", []string{"Ab.", "c. Def.", "g"}},
		{`[\p{L}&&\p{Lu}]\.`, `\s`, "a. B. e. C. x", []string{"a. B.", "e. C.", "x"}},
		{`\0101\.`, `\s`, "xA. b\u0008. c", []string{"xA.", "b\u0008. c"}},
		{`[.?!]`, `\v`, "One.\u2028Two.\u000bThree.\fFour", []string{"One.", "Two.", "Three.", "Four"}},
		{`[.?!]`, `\h\p{Lu}`, "One.\u00a0Two.\u3000Three", []string{"One.", "Two.", "Three"}},
		{`\p{IsPunctuation}`, `\s`, "a, b« c", []string{"a,", "b«", "c"}},
		{`\p{IsCyrillic}\.`, `\s`, "д. b. Ж. x", []string{"д.", "b. Ж.", "x"}},
		{`\p{Upper}\.`, `\s`, "A. É. b. x", []string{"A.", "É. b. x"}},
		// Negated POSIX classes inside a class (they failed to compile:
		// "unknown unicode category 'Punct'").
		{`[\P{Alpha}]\.`, `\s`, "a. 1. é. x", []string{"a. 1.", "é.", "x"}},
		{`[\P{Punct}]\.`, `\s`, "a. ?. x", []string{"a.", "?. x"}},
		// Blocks, script codes, binary properties, Character's classes, \X.
		{`\p{InGreek}\.`, `\s`, "α. b. Ω. x", []string{"α.", "b. Ω.", "x"}},
		{`\p{sc=Cyrl}\.`, `\s`, "д. b. Ж. x", []string{"д.", "b. Ж.", "x"}},
		{`\p{IsUppercase}\.`, `\s`, "A. é. É. x", []string{"A.", "é. É.", "x"}},
		{`\p{javaLowerCase}\.`, `\s`, "A. é. É. x", []string{"A. é.", "É. x"}},
		// "e" and a combining acute accent are one cluster, as in Java.
		{`\s\X\.`, `\s`, "Part e\u0301. Next xy. End", []string{"Part e\u0301.", "Next xy. End"}},
	} {
		x, err := LoadSRX(strings.NewReader(srxRuleFile("yes\t"+tc.before+"\t"+tc.after)), "java.srx")
		if err != nil {
			t.Errorf("%s / %s: %v", tc.before, tc.after, err)
			continue
		}
		s, err := New(language.English, WithRules(x))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, sent := range s.SplitString(tc.text) {
			got = append(got, sent.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s / %s on %q: %q; want %q", tc.before, tc.after, tc.text, got, tc.want)
		}
	}
}

// FuzzLoadSRX checks that any file either loads or fails with an SRXError,
// and that a loaded rule set segments text without panicking and without
// losing any.
func FuzzLoadSRX(f *testing.F) {
	f.Add(`<srx version="2.0"><body><languagerules><languagerule languagerulename="A"><rule break="yes"><beforebreak>[.?!]</beforebreak><afterbreak>\s</afterbreak></rule></languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="A"/></maprules></body></srx>`, "One. Two? Three!")
	f.Add(`<srx><body><languagerules><languagerule languagerulename="A"><rule break="no"><beforebreak>\b(?iu)[\p{L}&amp;&amp;[^x]]\.</beforebreak></rule></languagerule></languagerules><maprules><languagemap languagepattern="e.*" languagerulename="A"/></maprules></body></srx>`, "a. b. c.")
	f.Add("<srx><body>", "x")
	// A real file: Okapi's default rules (2.8 KB; the LanguageTool and
	// ICU4J files are too large for mutation to move through).
	if b, err := os.ReadFile("../../testdata/srx/okapi_defaultSegmentation.srx"); err == nil {
		f.Add(string(b), "Mr. Holmes is from the U.K. not the U.S. Is Dr. Watson there? Yes: both are.")
	}
	f.Add(srxRuleFile("no\t\\b\\w++\\.\t\\s*+\\p{Ll}", "yes\t[.?!]++\t\\h", "yes\t[\\p{L}&&\\p{Lu}]\\0101\t\\v"), "Ab. cd!! Ef.. g.\u00a0H. IA\nx")
	f.Fuzz(func(t *testing.T, src, text string) {
		x, err := LoadSRX(strings.NewReader(src), "f.srx")
		if err != nil {
			var se *SRXError
			if !errors.As(err, &se) {
				t.Fatalf("LoadSRX error %v is not an SRXError", err)
			}
			return
		}
		s, err := New(language.English, WithRules(x))
		if err != nil {
			t.Fatal(err)
		}
		checkCover(t, text, s.SplitString(text))
		if len(s.srx) > 0 {
			if got, want := srxSpans(s, text, false), srxSpans(s, text, true); !slices.Equal(got, want) {
				t.Errorf("srxSplit(%+q) = %q; reference engine: %q", text, spanTexts(text, got), spanTexts(text, want))
			}
		}
	})
}

// srxRuleFile is an SRX file with one language rule made of the given
// rules, each "yes|no" TAB before TAB after.
func srxRuleFile(rules ...string) string {
	var b strings.Builder
	b.WriteString(`<srx version="2.0"><header cascade="no"/><body><languagerules><languagerule languagerulename="A">`)
	for _, r := range rules {
		f := strings.Split(r, "\t")
		fmt.Fprintf(&b, "<rule break=%q><beforebreak>%s</beforebreak><afterbreak>%s</afterbreak></rule>", f[0], html.EscapeString(f[1]), html.EscapeString(f[2]))
	}
	b.WriteString(`</languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="A"/></maprules></body></srx>`)
	return b.String()
}

// TestSRXEngineCases checks the fast engine against the reference on rules
// where they could part: several ends from one start, lookbehind, case
// folding, class subtraction, Unicode \b, an empty side.
func TestSRXEngineCases(t *testing.T) {
	for _, tc := range []struct {
		rules []string
		text  string
	}{
		{[]string{"no\t[\"”']\\s*\t\\s*\\p{Ll}", "yes\t[.?!][\"”']?\t\\s"}, `He said "no." "Yes." " and then. "  x`},
		{[]string{"yes\t[\\u3002]+\t"}, "一。。二。三"},
		{[]string{"yes\t\\.+\t"}, "a...b.c"},
		{[]string{"no\t(?<=\\s)(?i)jan\\.\t\\s\\d", "yes\t\\.\t\\s"}, "In JAN. 5 and jan. 6. Then Jan. x. İ."},
		{[]string{"no\t\\b[\\p{L}&&[^rwn]]\\.\t\\s", "yes\t\\.\t\\s"}, "a. r. b. ř. é. x"},
		{[]string{"no\t\\bé\\.\t", "yes\t\\.\t\\s"}, "café. é. x"},
		{[]string{"yes\t\t<0\\}", "yes\t\\{0>\t"}, "a<0}b{0>c"},
		{[]string{"yes\t\\w+\\.\\s*\t\\s*\\p{Lu}"}, "Ab.  Cd. e.  F"},
		{[]string{"no\t(a)\t(b)\\1", "yes\t[ab]\t"}, "abababba"}, // \1 is a's group in the whole rule
		{[]string{"yes\t(\\w)\\1\t"}, "aab bbc"},
		{[]string{"no\t\\b\\w++\\.\t\\s*+\\p{Ll}", "yes\t[.?!]++\t\\s"}, "Ab. cd!! Ef.. g. H"},
		{[]string{"yes\tab[.]*|b\t"}, "xab.. y ab. b"}, // the start found first (a) ends later, b ends here
		{[]string{"no\t\\bMr\\.\\s+\t", "yes\t[.!?]['\"]?\\s+\t"}, "A.  B.\"   C Mr.  D. \t E"},
		// Runs longer than maxLocalScan: the reference search answers there.
		{[]string{"no\t\\bMr\\.\\s+\t", "yes\t[.!?]\\s+\t", "yes\t\t\\s+\\p{Lu}"}, "A." + strings.Repeat(" ", 600) + "B Mr." + strings.Repeat(" ", 300) + "C. x" + strings.Repeat(" ", 300) + "y"},
		{[]string{"yes\t\\w+\\.\t"}, strings.Repeat("ab", 400) + ". " + strings.Repeat("c.", 300)},
	} {
		x, err := LoadSRX(strings.NewReader(srxRuleFile(tc.rules...)), "t.srx")
		if err != nil {
			t.Fatalf("%q: %v", tc.rules, err)
		}
		s, err := New(language.English, WithRules(x))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := srxSpans(s, tc.text, false), srxSpans(s, tc.text, true); !slices.Equal(got, want) {
			t.Errorf("rules %q: srxSplit(%+q) = %q; reference engine: %q", tc.rules, tc.text, spanTexts(tc.text, got), spanTexts(tc.text, want))
		}
	}
}

// FuzzSRXEngines checks that the fast engine and the reference agree on
// any text, with the shipped files' English and German rules.
func FuzzSRXEngines(f *testing.F) {
	var segs []*Segmenter
	var names []string
	for _, file := range []string{"okapi_defaultSegmentation.srx", "languagetool_segment_2017-06.srx"} {
		x := loadSRXFile(f, file)
		for _, lang := range []language.Tag{language.English, language.German} {
			s, err := New(lang, WithRules(x))
			if err != nil {
				f.Fatal(err)
			}
			segs = append(segs, s)
			names = append(names, file+" "+lang.String())
		}
	}
	f.Add("Mr. Holmes is from the U.K. not the U.S. Is Dr. Watson there? Yes: both are.")
	f.Add("Er kam am 3. Oktober. z. B. \"Nein.\" sagte er. (Ja!) Gut…  \u2029x<0}y{0>z")
	f.Add("「いいえ。」彼は言った。。。 Ok.\xff.")
	f.Fuzz(func(t *testing.T, text string) {
		for i, s := range segs {
			if got, want := srxSpans(s, text, false), srxSpans(s, text, true); !slices.Equal(got, want) {
				t.Errorf("%s: srxSplit(%+q) = %q; reference engine: %q", names[i], text, spanTexts(text, got), spanTexts(text, want))
			}
		}
	})
}

func FuzzTranslateJavaRegex(f *testing.F) {
	for _, p := range []string{`\b(?iu)mgr\.\s`, `[\p{L}&&[^rwn]]`, `(\Q...\E|…)`, `[a[^b]]`, `\p{Punct}`, `[[`, `\Q`, `(?`, `\s++(a)*+\Q+\E++[a&&\p{L}]`, `\0`, `\k<`, `\x{`} {
		f.Add(p)
	}
	// The translation is the same whichever function makes it; a pattern
	// of valid UTF-8 translates to valid UTF-8; what compiles matches a
	// text without a panic.
	f.Fuzz(func(t *testing.T, p string) {
		s, err := translateJava(p)
		if translateJavaRegex(p) != s {
			t.Fatalf("translateJavaRegex(%q) = %q; translateJava gives %q", p, translateJavaRegex(p), s)
		}
		if err != nil {
			return
		}
		if utf8.ValidString(p) && !utf8.ValidString(s) {
			t.Fatalf("translateJava(%q) = %+q: not UTF-8", p, s)
		}
		if re, err := regexp2.Compile(s, regexp2.None); err == nil {
			re.MatchTimeout = 20 * time.Millisecond
			re.MatchString("Mr. Smith left.  Dr. Ñandú arrived\u2028 at 10.30 a.m. (Jan.) ...")
		}
	})
}

func TestRequiredLiteral(t *testing.T) {
	for _, tc := range []struct {
		pat, lit string
		fold     bool
	}{
		{`\bJan\.\s`, "Jan.", false},
		{`\b(?i)mgr\.\s`, "mgr.", true},
		{`\b(Atty|Gen)\.`, "", false},
		{`[\.!?]+\s`, "", false},
		{`(?<=x)ab`, "ab", false},
		{`[\s\(\[][\p{L}-[rwn]]\.\s+`, "", false}, // .NET subtraction, not "]."
		{`(?i)\bjan\.`, "jan.", true},
		{`\bwww\.`, "www.", false},
	} {
		lit, fold := requiredLiteral(tc.pat)
		if lit != tc.lit || fold != tc.fold {
			t.Errorf("requiredLiteral(%q) = %q, %v; want %q, %v", tc.pat, lit, fold, tc.lit, tc.fold)
		}
	}
}

// srxCorpus returns a few hundred KB of varied text as paragraphs: the
// repository's test articles (6 languages), the start of each shared
// alignment text (its lines run together, a few to a paragraph, as in
// prose), and the development-set cases.
func srxCorpus(t testing.TB) []string {
	t.Helper()
	var paras []string
	addText := func(text string) {
		for p := range strings.SplitSeq(text, "\n\n") {
			if strings.TrimSpace(p) != "" {
				paras = append(paras, p)
			}
		}
	}
	articles, _ := filepath.Glob("../../testdata/irgc-iraq.*.txt")
	for _, name := range articles {
		if strings.Contains(name, ".seg.") || strings.Contains(name, ".gold.") {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		addText(string(b))
	}
	aligned, _ := filepath.Glob(sharedData(t) + "/align/*/*.txt")
	for _, name := range aligned {
		if base := filepath.Base(name); base != "src.txt" && base != "tgt.txt" {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(b[:min(len(b), srxCorpusPerFile)]), "\n")
		for i := 0; i < len(lines); i += 6 {
			paras = append(paras, strings.Join(lines[i:min(i+6, len(lines))], " "))
		}
	}
	extra, _ := filepath.Glob("testdata/extra_*.json")
	for _, name := range extra {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var cases []struct{ Text string }
		if err := json.Unmarshal(b, &cases); err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			addText(c.Text)
		}
	}
	if len(paras) < 100 {
		t.Fatalf("srxCorpus: only %d paragraphs found", len(paras))
	}
	return paras
}

// srxCorpusPerFile is how much of each shared alignment text the
// equivalence test reads: the reference engine runs at about 0.5 MB/s.
const srxCorpusPerFile = 24 << 10

// srxSpans segments paragraph p with the fast or the reference engine.
func srxSpans(s *Segmenter, p string, slow bool) []span {
	ps := &paraSplitter{}
	if slow {
		return s.srxSplitSlow(ps, []byte(p), nil)
	}
	return s.srxSplit(ps, []byte(p), nil)
}

// TestSRXFastMatchesReference segments the corpus with both engines, for
// both shipped files and several languages, and requires the same
// sentences.
func TestSRXFastMatchesReference(t *testing.T) {
	// The engines must agree on what each rule matches, however long a
	// search takes: on a loaded machine, under the race detector, a search
	// of a long dotted table-of-contents line can pass the 5 s bound, and
	// the engine that gave up would skip the rule there.
	defer func(d time.Duration) { srxMatchTimeout = d }(srxMatchTimeout)
	srxMatchTimeout = time.Hour
	paras := srxCorpus(t)
	size := 0
	for _, p := range paras {
		size += len(p)
	}
	t.Logf("corpus: %d paragraphs, %d bytes", len(paras), size)
	for _, tc := range []struct {
		file  string
		langs []string
		every int // test every n-th paragraph
	}{
		{"okapi_defaultSegmentation.srx", []string{"en"}, 1},
		{"languagetool_segment_2017-06.srx", []string{"en", "de"}, 1},
		{"languagetool_segment_2017-06.srx", []string{"fr", "ru", "pl", "it", "es", "nl", "pt", "el", "ja", "uk"}, 7},
	} {
		x := loadSRXFile(t, tc.file)
		for _, lang := range tc.langs {
			s, err := New(language.MustParse(lang), WithRules(x))
			if err != nil {
				t.Fatal(err)
			}
			diffs := 0
			for i := 0; i < len(paras); i += tc.every {
				p := paras[i]
				got, want := srxSpans(s, p, false), srxSpans(s, p, true)
				if !slices.Equal(got, want) && diffs < 3 {
					diffs++
					t.Errorf("%s %s: srxSplit(%+q) =\n\t%q\nreference engine:\n\t%q", tc.file, lang, p, spanTexts(p, got), spanTexts(p, want))
				}
			}
		}
	}
}

func spanTexts(p string, spans []span) []string {
	var out []string
	for _, sp := range spans {
		out = append(out, p[sp.start:sp.end])
	}
	return out
}

// FuzzSRXRule checks the fast engine against the reference for any one
// rule (Java syntax, ahead of a plain break rule) on any text: the edge
// filters must never hide a match.
func FuzzSRXRule(f *testing.F) {
	f.Add(false, `\b(?iu)[\p{L}&&[^rwn]]\.`, `\s+\p{Ll}`, "a. b. R. x. É. ř. z")
	f.Add(true, `["”']\s*`, `\s*\p{Ll}`, `"Yes." " and then.  "  x`)
	f.Add(false, `(?<=\s)[A-Z]\.\s`, ``, "Mr. J. R. Smith. Ok. x")
	f.Add(true, `\w+[\p{Pe}\p{Po}"]*[\.?!:]+[\p{Pe}\p{Po}"]*`, `\s+\P{Ll}`, "Hi!) There... 'x.' Y")
	f.Add(true, ``, `\p{Lu}`, "aBcD")
	f.Add(false, `(a)`, `(b)\1`, "abababba")
	f.Add(true, `ab[.]*|b`, ``, "xab.. y ab. b")
	f.Fuzz(func(t *testing.T, brk bool, before, after, text string) {
		// Short inputs: a pattern with catastrophic backtracking runs
		// into regexp2's timeout, which stalls the fuzzer.
		if before == "" && after == "" || len(before)+len(after) > 40 || len(text) > 200 ||
			!utf8.ValidString(before+after) || strings.Contains(before+after, "\t") {
			return
		}
		kind := map[bool]string{true: "yes", false: "no"}[brk]
		x, err := LoadSRX(strings.NewReader(srxRuleFile(kind+"\t"+before+"\t"+after, "yes\t\\.\t\\s")), "f.srx")
		if err != nil {
			return // a rule that does not compile
		}
		s, err := New(language.English, WithRules(x))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := srxSpans(s, text, false), srxSpans(s, text, true); !slices.Equal(got, want) {
			t.Errorf("rule %s %q %q: srxSplit(%+q) = %q; reference engine: %q", kind, before, after, text, spanTexts(text, got), spanTexts(text, want))
		}
	})
}

func TestWidenForRE2(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		fold, ok bool
	}{
		{`\bJan\.\s`, `\bJan\.[` + spaceClassRE2 + `]`, false, true},
		{`(?<=\s)[A-Z]\.(?!x)`, `[A-Z]\.`, false, true},
		{`(?i)mgr\.`, `mgr\.`, true, true},
		{`(?i:mgr)\.`, `(?:mgr)\.`, true, true},
		{`[\p{L}-[rwn]]\.`, `[\p{L}]\.`, false, true},
		{`[\w\.]`, `[` + wordClassRE2 + `\.]`, false, true},
		{`[^\W]`, ``, false, false},
		{`[]a]`, `[\]a]`, false, true},
		{`[a\-[]`, ``, false, false},
		{`\u00A0\G`, `\x{00A0}`, false, true},
		{`(a)\1`, ``, false, false},
		{`(?x) a`, ``, false, false},
		{`(?>ab)c`, `(?:ab)c`, false, true},
	} {
		got, fold, ok := widenForRE2(tc.in)
		if ok != tc.ok || ok && (got != tc.want || fold != tc.fold) {
			t.Errorf("widenForRE2(%q) = %q, %v, %v; want %q, %v, %v", tc.in, got, fold, ok, tc.want, tc.fold, tc.ok)
		}
	}
}

func TestEdgeFilter(t *testing.T) {
	for _, tc := range []struct {
		pat     string
		fromEnd bool
		text    string // the filter reads around position 0 of text[at:]
		at      int
		want    bool
	}{
		{`\bJan\.\s`, true, "In Jan. 5", 8, true},
		{`\bJan\.\s`, true, "In Feb. 5", 8, false},
		{`\b(Atty|Sg?t|[DMJS]r)\.\s`, true, "Mr. X", 4, true},
		{`\b(Atty|Sg?t|[DMJS]r)\.\s`, true, "Mx. X", 4, false},
		{`(?i)jan\.`, true, "JAN.", 4, true},
		{`(?i)jan\.`, true, "JAM.", 4, false},
		{`\s+\p{Lu}`, false, "a. B", 2, true},
		{`\s+\p{Lu}`, false, "a. b", 2, false},
		{`\s+\p{Lu}`, false, "a.  b", 2, true}, // "\s+" may go on: the second rune may be a space
		{`\s\p{Lu}`, false, "a. b", 2, false},
		{`\w+[.?!]`, true, "Hello!", 6, true},
		{`\w+[.?!]`, true, "Hello,", 6, false},
		{`(?<=\s)x`, true, "ax", 2, true},      // lookbehind not read
		{`\p{InGreek}x`, true, "ax", 2, false}, // a block, spelled out
		{`\p{InGreek}x`, true, "αx", 3, true},
		{`\p{IsGreek}x`, true, "ax", 2, false}, // Java's script name, read as \p{Greek}
		{`\p{IsGreek}x`, true, "αx", 3, true},
	} {
		f := &srxFast{}
		if tc.fromEnd {
			f.bf = newEdgeFilter(translateJavaRegex(tc.pat), true)
		} else {
			f.af = newEdgeFilter(translateJavaRegex(tc.pat), false)
		}
		runes := []rune(tc.text)
		pos := len([]rune(tc.text[:tc.at]))
		if got := f.mayMatch(runes, pos); got != tc.want {
			t.Errorf("filter of %q at %q|%q = %v; want %v", tc.pat, string(runes[:pos]), string(runes[pos:]), got, tc.want)
		}
	}
}

// TestSRXLanguage checks what a segmenter with an SRX rule set reports and
// uses: a matched map decides (an empty languagerule means no breaks at
// all), an unmatched one leaves the built-in rules of the language.
func TestSRXLanguage(t *testing.T) {
	src := `<srx version="2.0"><header cascade="no"/><body><languagerules>
<languagerule languagerulename="None"></languagerule>
</languagerules><maprules><languagemap languagepattern="qab.*|fr.*" languagerulename="None"/></maprules></body></srx>`
	srx, err := LoadSRX(strings.NewReader(src), "none.srx")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang     string
		fallback bool
		language string
		n        int // sentences in the text below
	}{
		{"fr", false, "fr", 1},   // matched, no rules: no breaks
		{"qab", false, "qab", 1}, // matched, though no built-in rules
		{"de", true, "de", 2},    // unmatched: German built-in rules
		{"qaa", true, "und", 2},
	} {
		seg, err := New(language.MustParse(tc.lang), WithRules(srx))
		if err != nil {
			t.Fatal(err)
		}
		n := len(seg.SplitString("Er kam. Sie ging."))
		if seg.Fallback() != tc.fallback || seg.Language().String() != tc.language || n != tc.n {
			t.Errorf("%s: Fallback %v, Language %v, %d sentences; want %v, %s, %d",
				tc.lang, seg.Fallback(), seg.Language(), n, tc.fallback, tc.language, tc.n)
		}
	}
}

// TestLoadSRXFileAndFallbackWarning: a missing file is os.Open's error; a
// segmenter says when it falls back, naming the rule file.
func TestLoadSRXFileAndFallbackWarning(t *testing.T) {
	name := filepath.Join(t.TempDir(), "rules.srx")
	if _, err := LoadSRXFile(name); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadSRXFile of a missing file: %v", err)
	}
	dir := t.TempDir()
	if _, err := LoadSRXFile(dir); err == nil || err.Error() != "open "+dir+": is a directory" {
		t.Errorf("LoadSRXFile of a directory: %v; want \"open %s: is a directory\"", err, dir)
	}
	os.WriteFile(name, []byte(`<?xml version="1.0"?>
<srx version="2.0"><header segmentsubflows="yes" cascade="yes"/><body>
<languagerules><languagerule languagerulename="en">
<rule break="yes"><beforebreak>\.</beforebreak><afterbreak>\s</afterbreak></rule>
</languagerule></languagerules>
<maprules><languagemap languagepattern="en.*" languagerulename="en"/></maprules>
</body></srx>`), 0o644)
	srx, err := LoadSRXFile(name)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang string
		opts []Option
		want string
	}{
		{"en", nil, ""},
		{"tlh", nil, `no built-in segmentation rules for language "tlh"; using the default rules`},
		{"en", []Option{WithRules(srx)}, ""},
		{"fr", []Option{WithRules(srx)}, `no rules in ` + name + ` for language "fr"; using the built-in rules`},
	} {
		s, _ := New(language.MustParse(tc.lang), tc.opts...)
		if got := s.FallbackWarning(); got != tc.want {
			t.Errorf("%s, %d options: FallbackWarning() = %q; want %q", tc.lang, len(tc.opts), got, tc.want)
		}
	}
}

// TestSRXUTF16: an SRX file saved as UTF-16 (little or big endian, with a
// byte order mark or without one, its XML declaration saying UTF-16) or as
// UTF-8 with a byte order mark is read as the UTF-8 file it was made from
// (iconv makes them from the shared Okapi and LanguageTool files); an
// encoding the declaration names is decoded (TestSRXLatin1), and one
// unknown is refused, naming it.
func TestSRXUTF16(t *testing.T) {
	if _, err := exec.LookPath("iconv"); err != nil {
		t.Skip("iconv not installed: it makes the UTF-16 SRX files of this test")
	}
	text := "Dr. Watson met Mr. Holmes in London. They talked for hours! Did they agree? No."
	split := func(x *SRX) []string {
		s, err := New(language.English, WithRules(x))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, sent := range s.SplitString(text) {
			got = append(got, sent.Text)
		}
		return got
	}
	for _, name := range []string{"okapi_default_icu4j.srx", "languagetool_segment_2017-06.srx"} {
		want := split(loadSRXFile(t, name))
		src, err := os.ReadFile(sharedData(t) + "/segment/srx/" + name)
		if err != nil {
			t.Fatal(err)
		}
		utf16Decl := strings.Replace(string(src), `encoding="UTF-8"`, `encoding="UTF-16"`, 1)
		for _, tc := range []struct {
			enc, bom string
		}{{"UTF-16LE", "\xff\xfe"}, {"UTF-16BE", "\xfe\xff"}, {"UTF-8", "\xef\xbb\xbf"}, {"UTF-16LE", ""}, {"UTF-16BE", ""}} {
			in := utf16Decl
			if tc.enc == "UTF-8" {
				in = string(src)
			}
			cmd := exec.Command("iconv", "-f", "UTF-8", "-t", tc.enc)
			cmd.Stdin = strings.NewReader(in)
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("iconv -t %s: %v", tc.enc, err)
			}
			x, err := LoadSRX(strings.NewReader(tc.bom+string(out)), name)
			if err != nil {
				t.Errorf("%s in %s, byte order mark %q: %v", name, tc.enc, tc.bom, err)
				continue
			}
			if got := split(x); !slices.Equal(got, want) {
				t.Errorf("%s in %s, byte order mark %q: split %q; want %q as from the UTF-8 file", name, tc.enc, tc.bom, got, want)
			}
		}
	}
	unknown := `<?xml version="1.0" encoding="x-no-such"?><srx/>`
	if _, err := LoadSRX(strings.NewReader(unknown), "odd.srx"); err == nil || !strings.Contains(err.Error(), `"x-no-such"`) || !strings.Contains(err.Error(), "srx odd.srx: line 1") {
		t.Errorf("an SRX file declared x-no-such: %v; want an error naming the file and the encoding", err)
	}
}

// TestSRXLatin1: an SRX file in ISO-8859-1 or windows-1252, as its XML
// declaration says, is decoded: its rules hold the letters they mean
// ("núm." with ú one byte, 0xFA; "½" 0xBD), which then match the UTF-8 text.
func TestSRXLatin1(t *testing.T) {
	const src = `<?xml version="1.0" encoding="%s"?>
<srx version="2.0"><header cascade="no"/><body><languagerules><languagerule languagerulename="es">
<rule break="no"><beforebreak>\bnúm\.</beforebreak><afterbreak>\s</afterbreak></rule>
<rule break="yes"><beforebreak>[.?!½]</beforebreak><afterbreak>\s</afterbreak></rule>
</languagerule></languagerules><maprules><languagemap languagepattern="es.*" languagerulename="es"/></maprules></body></srx>`
	for _, tc := range []struct {
		label string
		enc   *charmap.Charmap
	}{{"ISO-8859-1", charmap.ISO8859_1}, {"windows-1252", charmap.Windows1252}} {
		file, err := tc.enc.NewEncoder().String(fmt.Sprintf(src, tc.label))
		if err != nil {
			t.Fatal(err)
		}
		x, err := LoadSRX(strings.NewReader(file), "es.srx")
		if err != nil {
			t.Errorf("%s: %v", tc.label, err)
			continue
		}
		s, err := New(language.Spanish, WithRules(x))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, sent := range s.SplitString("Vive en el núm. 5. Cuesta 3 € y ½ Fin.") {
			got = append(got, sent.Text)
		}
		if want := []string{"Vive en el núm. 5.", "Cuesta 3 € y ½", "Fin."}; !slices.Equal(got, want) {
			t.Errorf("%s: split %q; want %q", tc.label, got, want)
		}
	}
}

// TestSRXLanguageMapOrder: a map matches the tag as written, as in the Java
// tools, before the base language is tried: "en-US" takes the map for
// "en-US" even after one for "en" (it took the "en" one), "en-GB", which
// no map names, the one for "en".
func TestSRXLanguageMapOrder(t *testing.T) {
	src := `<srx version="2.0"><header cascade="no"/><body><languagerules>
<languagerule languagerulename="None"></languagerule>
<languagerule languagerulename="Stops"><rule break="yes"><beforebreak>\.</beforebreak><afterbreak>\s</afterbreak></rule></languagerule>
</languagerules><maprules><languagemap languagepattern="en" languagerulename="None"/>
<languagemap languagepattern="en[-_]US" languagerulename="Stops"/></maprules></body></srx>`
	x, err := LoadSRX(strings.NewReader(src), "order.srx")
	if err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]int{"en": 1, "en-US": 2, "en-GB": 1} {
		s, err := New(language.MustParse(lang), WithRules(x))
		if err != nil {
			t.Fatal(err)
		}
		if got := len(s.SplitString("One. Two.")); got != want || s.Fallback() {
			t.Errorf("%s: %d sentences, fallback %v; want %d from the SRX file", lang, got, s.Fallback(), want)
		}
	}
}

// TestSRXJavaLegacyCodes: a map for "iw" (Java's code for Hebrew before
// Java 17, as in "iw_IL") applies to he and he-IL; "in" to id; "ji" to
// yi. Before, they fell back to the default rules.
func TestSRXJavaLegacyCodes(t *testing.T) {
	src := `<srx version="2.0"><header cascade="no"/><body><languagerules>
<languagerule languagerulename="None"></languagerule>
<languagerule languagerulename="Stops"><rule break="yes"><beforebreak>\.</beforebreak><afterbreak>\s</afterbreak></rule></languagerule>
</languagerules><maprules><languagemap languagepattern="iw.*|in_ID|ji" languagerulename="Stops"/>
<languagemap languagepattern=".*" languagerulename="None"/></maprules></body></srx>`
	x, err := LoadSRX(strings.NewReader(src), "legacy.srx")
	if err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]int{"he": 2, "he-IL": 2, "id-ID": 2, "yi": 2, "id": 1, "en": 1} {
		s, err := New(language.MustParse(lang), WithRules(x))
		if err != nil {
			t.Fatal(err)
		}
		if got := len(s.SplitString("One. Two.")); got != want || s.Fallback() {
			t.Errorf("%s: %d sentences, fallback %v; want %d from the SRX file", lang, got, s.Fallback(), want)
		}
	}
}

// TestJavaPOSIXComplement: the complement written for each POSIX class
// (for \P{name} inside a class) holds exactly the characters its contents
// do not.
func TestJavaPOSIXComplement(t *testing.T) {
	for name, body := range javaPOSIX {
		in := regexp.MustCompile("^[" + body + "]$")
		jp, ok := javaCategory(name)
		if !ok || jp.complement == "" {
			t.Errorf("%s: no complement", name)
			continue
		}
		out := regexp.MustCompile("^[" + jp.complement + "]$")
		for r := rune(0); r < 0x300; r++ {
			if in.MatchString(string(r)) == out.MatchString(string(r)) {
				t.Errorf("%s: %U in both or neither of %q and %q", name, r, body, jp.complement)
			}
		}
		if !out.MatchString(string(rune(unicode.MaxRune))) {
			t.Errorf("%s: complement %q lacks U+10FFFF", name, jp.complement)
		}
	}
}

// TestLoadSRXRulesBounded: a file of more than maxSRXRules rules is an
// *SRXError at the first rule over, read no further: 100,000 generated
// rules took 1.2 GB and 19 s to load. As many as the bound are taken.
func TestLoadSRXRulesBounded(t *testing.T) {
	file := func(n int) *strings.Reader {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="yes"/><body><languagerules><languagerule languagerulename="d">
`)
		for i := range n {
			fmt.Fprintf(&b, "<rule break=\"no\"><beforebreak>w%d\\.</beforebreak><afterbreak>\\s</afterbreak></rule>\n", i)
		}
		b.WriteString(`</languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="d"/></maprules></body></srx>`)
		return strings.NewReader(b.String())
	}
	if _, err := LoadSRX(file(maxSRXRules), "bound.srx"); err != nil {
		t.Errorf("LoadSRX(%d rules): %v; want them taken", maxSRXRules, err)
	}
	r := file(3 * maxSRXRules)
	_, err := LoadSRX(r, "many.srx")
	var se *SRXError
	if !errors.As(err, &se) || se.Line != maxSRXRules+3 || !strings.Contains(err.Error(), "more than 20000 rules") || r.Len() == 0 {
		t.Errorf("LoadSRX(%d rules) = %v (%d bytes left unread); want an *SRXError at line %d, more than 20000 rules, the rest unread", 3*maxSRXRules, err, r.Len(), maxSRXRules+3)
	}
}

// TestLoadSRXNoMarkup: a "rule file" with no markup at all (/dev/zero,
// a text file) is refused after a bounded read; it was read whole into
// memory (/dev/zero until the runtime died).
func TestLoadSRXNoMarkup(t *testing.T) {
	for _, b := range []byte{0, 'a'} {
		r := bytes.NewReader(bytes.Repeat([]byte{b}, 64<<20))
		_, err := LoadSRX(r, "zero.srx")
		var se *SRXError
		if read := 64<<20 - r.Len(); !errors.As(err, &se) || read > 4<<20 {
			t.Errorf("LoadSRX(64 MiB of %q): %d bytes read, error %v; want an *SRXError after at most 4 MiB", b, read, err)
		}
	}
}
