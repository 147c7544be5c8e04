package tm_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// A pair of the TM that an article's sentence matches fuzzily only.
const (
	fuzzySrc = "The minister arrived in Paris on Monday with his whole delegation."
	fuzzyTgt = "Le ministre est arrivé à Paris lundi avec toute sa délégation."
	fuzzyArt = "The minister arrived in Paris on Tuesday with his whole delegation."
	noMatch  = "This sentence is in no memory at all."
)

// pretranslateTMX writes the matches TMX of the article data (named name)
// from the irgc-iraq TM plus the fuzzy pair, and returns it with its units.
func pretranslateTMX(t *testing.T, name string, data []byte) ([]byte, []tmx.TU) {
	t.Helper()
	d, _ := seedTM(t)
	if _, err := d.ImportFile(ctx, strings.NewReader(fuzzySrc+"\t"+fuzzyTgt+"\n"), "fuzzy.tsv",
		tm.ImportFileOptions{ReadOptions: tm.ReadOptions{Src: language.English, Tgt: language.French}}); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	an, err := d.Pretranslate(ctx, data, &out, tm.PretranslateOptions{Src: language.English, Tgt: language.French,
		Name: name, ToolVersion: "test", TMX: true})
	if err != nil {
		t.Fatal(err)
	}
	r, err := tmx.NewReader(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatalf("our TMX: %v\n%s", err, out.Bytes())
	}
	var tus []tmx.TU
	for tu, err := range r.All() {
		if err != nil {
			t.Fatalf("our TMX: %v\n%s", err, out.Bytes())
		}
		tus = append(tus, tu)
	}
	if len(tus) != an.Filled || len(tus) == 0 {
		t.Fatalf("%d units in the TMX; the analysis says %d filled", len(tus), an.Filled)
	}
	return out.Bytes(), tus
}

func prop(tu tmx.TU, typ string) string {
	for _, p := range tu.Props {
		if p.Type == typ {
			return p.Text
		}
	}
	return ""
}

// omegatTag is one of OmegaT's tag shortcuts ("<s0>", "</a1>").
var omegatTag = regexp.MustCompile(`</?[a-z]+[0-9]+/?>`)

func TestPretranslateTMXUnits(t *testing.T) {
	doc, _ := os.ReadFile("../testdata/irgc-iraq.en.html")
	_, tus := pretranslateTMX(t, "irgc-iraq.en.html", doc)
	var tagged bool
	for _, tu := range tus {
		src, tgt := tu.Variants[0].Text, tu.Variants[1].Text
		if tu.Variants[0].Lang != "en" || tu.Variants[1].Lang != "fr" || prop(tu, "x-bitext-score") == "" ||
			prop(tu, "x-bitext-kind") == "" || prop(tu, "x-bitext-origin") == "" {
			t.Errorf("unit %q: languages %s/%s, props %+v", src, tu.Variants[0].Lang, tu.Variants[1].Lang, tu.Props)
		}
		if src != strings.TrimSpace(src) || strings.Contains(src, "\n") {
			t.Errorf("unit source %q: not as OmegaT shows a segment (trimmed, one line)", src)
		}
		if strings.HasPrefix(src, "<s0>Tehran (IP)</s0> - ") {
			tagged = true
			if !strings.HasPrefix(tgt, "<s0>Téhéran (IP)") || !strings.HasSuffix(tgt, "</s0>") {
				t.Errorf("the bold lead's target %q lacks OmegaT's tags <s0>...</s0>", tgt)
			}
		}
	}
	if !tagged {
		t.Errorf("no unit for the bold lead as OmegaT shows it (<s0>Tehran (IP)</s0> - ...): %+v", tus)
	}
}

// TestPretranslateTMXInOmegaT gives OmegaT 3.6 (Debian's omegat, console
// mode) a project with an article as source file, plain text and HTML, and
// our matches TMX in tm/auto: the translated document OmegaT writes must
// have the exact matches filled (but those of segments OmegaT cuts
// otherwise), the fuzzy match and the unmatched sentence left as they are.
func TestPretranslateTMXInOmegaT(t *testing.T) {
	text, _ := os.ReadFile("../testdata/irgc-iraq.en.txt")
	text = append(text, []byte("\n\n"+fuzzyArt+"\n\n"+noMatch+"\n")...)
	html, _ := os.ReadFile("../testdata/irgc-iraq.en.html")
	html = bytes.Replace(html, []byte("</article>"), []byte("<p>"+fuzzyArt+"</p>\n<p>"+noMatch+"</p>\n</article>"), 1)
	if !bytes.Contains(html, []byte(fuzzyArt)) {
		t.Fatal("the HTML article has no </article>")
	}
	for _, tc := range []struct {
		name   string
		doc    []byte
		filled int // exact units OmegaT must apply (measured: all but those it cuts otherwise)
	}{
		{"story.txt", text, 8},
		{"story.html", html, 7},
	} {
		t.Run(tc.name, func(t *testing.T) {
			proj := omegatProject(t, "EN", true)
			data, tus := pretranslateTMX(t, tc.name, tc.doc)
			os.WriteFile(filepath.Join(proj, "source", tc.name), tc.doc, 0o644)
			os.WriteFile(filepath.Join(proj, "tm", "auto", "bitext.tmx"), data, 0o644)
			runOmegaT(t, proj)
			got, err := os.ReadFile(filepath.Join(proj, "target", tc.name))
			if err != nil {
				t.Fatalf("OmegaT wrote no translation: %v", err)
			}
			// &#8217; and the like in HTML: compare text of the target as OmegaT writes it.
			out := strings.Join(strings.Fields(string(got)), " ")
			exact, filled, fuzzy := 0, 0, false
			for _, tu := range tus {
				if tu.Variants[0].Text == fuzzySrc && prop(tu, "x-bitext-kind") == tm.KindFuzzy {
					fuzzy = true
				}
				if prop(tu, "x-bitext-kind") != tm.KindExact && prop(tu, "x-bitext-kind") != tm.KindContext {
					continue
				}
				exact++
				want := omegatTag.ReplaceAllString(tu.Variants[1].Text, "")
				want = strings.Join(strings.Fields(want), " ")
				if len(want) > 60 {
					want = want[:60]
				}
				if strings.Contains(out, want) {
					filled++
				} else {
					t.Logf("not filled by OmegaT: %.80q", tu.Variants[0].Text)
				}
			}
			if !fuzzy {
				t.Errorf("no fuzzy unit with the stored source %q: %+v", fuzzySrc, tus)
			}
			t.Logf("%s: %d units, %d exact or context, %d of them filled by OmegaT", tc.name, len(tus), exact, filled)
			if filled < tc.filled {
				t.Errorf("OmegaT filled %d of %d exact matches; %d wanted", filled, exact, tc.filled)
			}
			if strings.Contains(out, "Le ministre est arrivé") || !strings.Contains(out, fuzzyArt) {
				t.Errorf("OmegaT inserted the fuzzy match (its unit's source is the stored one, not the article's):\n%s", got)
			}
			if !strings.Contains(out, noMatch) {
				t.Errorf("OmegaT lost the unmatched sentence:\n%s", got)
			}
		})
	}
}
