package segment

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
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
		{"broken xml", "<srx>\n<header>\n</srx>", "srx bad.srx: line 3: not valid XML"},
		{"bad rule", "<srx version=\"2.0\"><body><languagerules>\n<languagerule languagerulename=\"A\">\n<rule break=\"yes\">\n<beforebreak>(unclosed</beforebreak></rule>\n</languagerule></languagerules><maprules><languagemap languagepattern=\".*\" languagerulename=\"A\"/></maprules></body></srx>",
			"srx bad.srx: line 3: rule cannot compile"},
		{"missing rules", "<srx><body><maprules>\n<languagemap languagepattern=\".*\" languagerulename=\"B\"/></maprules></body></srx>",
			"srx bad.srx: line 2: languagemap names languagerule \"B\""},
	} {
		_, err := LoadSRX(strings.NewReader(tc.src), "bad.srx")
		var se *SRXError
		if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.As(err, &se) {
			t.Errorf("%s: LoadSRX = %v; want an SRXError containing %q", tc.name, err, tc.want)
		}
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
	} {
		if got := translateJavaRegex(tc.in); got != tc.want {
			t.Errorf("translateJavaRegex(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}
