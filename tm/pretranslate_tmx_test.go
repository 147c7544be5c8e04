package tm_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

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

// extraPairs are pairs of the TM whose sources extraHTML has in the forms
// OmegaT shows otherwise: codes around a whole paragraph, which OmegaT
// leaves out of the segment, a leading anchor, a no-break space it keeps.
const (
	extraPairs = "A whole paragraph in bold.\tUn paragraphe entier en gras.\n" +
		"zsh\tzsh\n" +
		"Chapter one starts here.\tLe premier chapitre commence ici.\n" +
		"See\u00a0Section 9 for the page.\tVoir la section\u00a09 pour la page.\n"
	extraHTML = "<p><strong>A whole paragraph in bold.</strong></p>\n<table><tr><td><code>zsh</code></td></tr></table>\n" +
		"<h2><a id=\"one\"/>Chapter one starts here.</h2>\n<p>See&nbsp;<a href=\"s9\">Section 9</a> for the <em>page</em>.</p>\n"
)

// pretranslateTMX writes the matches TMX of the article data (named name)
// from the irgc-iraq TM plus the fuzzy pair, and returns it with its units.
func pretranslateTMX(t *testing.T, name string, data []byte) ([]byte, []tmx.TU) {
	t.Helper()
	d, _ := seedTM(t)
	if _, err := d.ImportFile(ctx, strings.NewReader(fuzzySrc+"\t"+fuzzyTgt+"\n"+extraPairs), "fuzzy.tsv",
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
	doc = bytes.Replace(doc, []byte("</article>"), []byte(extraHTML+"</article>"), 1)
	data, tus := pretranslateTMX(t, "irgc-iraq.en.html", doc)
	if xmllint, err := exec.LookPath("xmllint"); err != nil {
		t.Log("xmllint not installed (Debian libxml2-utils): the TMX is not validated against the DTD")
	} else {
		f := filepath.Join(t.TempDir(), "matches.tmx")
		os.WriteFile(f, data, 0o644)
		if msg, err := exec.Command(xmllint, "--noout", "--nonet", "--dtdvalid", "tmx/testdata/tmx14.dtd", f).CombinedOutput(); err != nil {
			t.Errorf("xmllint --dtdvalid: %v\n%s", err, msg)
		}
	}
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
		// The bold lead against a plain pair is no exact match (the bold
		// has no place in the stored translation): a 99 whose source is
		// the stored one, as OmegaT offers a match without inserting it.
		if strings.HasPrefix(src, "Tehran (IP) - ") {
			tagged = true
			if prop(tu, "x-bitext-score") != "99" || prop(tu, "x-bitext-kind") != tm.KindFuzzy || omegatTag.MatchString(tgt) {
				t.Errorf("the bold lead's unit %q -> %q: props %+v; want a 99, fuzzy, the stored translation", src, tgt, tu.Props)
			}
		}
		if strings.HasPrefix(src, "<s0>") && strings.Contains(src, "Tehran") {
			t.Errorf("the bold lead as OmegaT shows it, %q, is given as exact", src)
		}
	}
	for _, want := range []string{"A whole paragraph in bold.", "zsh", "Chapter one starts here.", "See Section 9 for the page."} {
		if !slices.ContainsFunc(tus, func(tu tmx.TU) bool { return strings.Join(strings.Fields(tu.Variants[0].Text), " ") == want }) {
			t.Errorf("no unit whose source is %q, as OmegaT shows the segment", want)
		}
	}
	if !tagged {
		t.Errorf("no unit for the bold lead (Tehran (IP) - ...): %+v", tus)
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
	html = bytes.Replace(html, []byte("</article>"), []byte(extraHTML+"<p>"+fuzzyArt+"</p>\n<p>"+noMatch+"</p>\n</article>"), 1)
	if !bytes.Contains(html, []byte(fuzzyArt)) {
		t.Fatal("the HTML article has no </article>")
	}
	for _, tc := range []struct {
		name   string
		doc    []byte
		filled int // exact units OmegaT must apply (measured: all but those it cuts otherwise)
	}{
		{"story.txt", text, 8},
		{"story.html", html, 8}, // 11 before the three with a code inside their words became 99s
	} {
		t.Run(tc.name, func(t *testing.T) {
			proj := omegatProject(t, "EN", true)
			data, tus := pretranslateTMX(t, tc.name, tc.doc)
			os.WriteFile(filepath.Join(proj, "source", tc.name), tc.doc, 0o644)
			os.WriteFile(filepath.Join(proj, "tm", "auto", "bitext.tmx"), data, 0o644)
			scores := runOmegaTScores(t, proj)
			if sc, ok := scores[fuzzyArt]; !ok || sc < 70 || sc >= 100 {
				t.Errorf("OmegaT's fuzzy match pane offers %q at %d (%v); a match from 70 to 99 wanted (its own score of our fuzzy unit)", fuzzyArt, sc, ok)
			}
			got, err := os.ReadFile(filepath.Join(proj, "target", tc.name))
			if err != nil {
				t.Fatalf("OmegaT wrote no translation: %v", err)
			}
			// &#8217; and the like in HTML: compare text of the target as OmegaT writes it.
			out := strings.NewReplacer("&nbsp;", "\u00a0", "&#160;", "\u00a0").Replace(string(got))
			out = strings.Join(strings.Fields(out), " ")
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

// omegatScoresScript is run by OmegaT on its project's load: it writes, for
// each segment with a match in the fuzzy match pane, the segment and its
// best match's score (OmegaT's first percentage) to $OMEGAT_SCORES.
const omegatScoresScript = `import org.omegat.core.Core
import org.omegat.core.events.IStopped
import org.omegat.core.statistics.FindMatches
if (eventType.toString() != "LOAD") { return }
def prj = Core.getProject()
def finder = new FindMatches(prj.getSourceTokenizer(), 5, true, false)
def never = { -> false } as IStopped
def out = new File(System.getenv("OMEGAT_SCORES")).newWriter("UTF-8")
prj.getAllEntries().each { ste ->
    def ms = finder.search(prj, ste.getSrcText(), true, true, never)
    if (!ms.isEmpty()) {
        out.write(ste.getSrcText().replaceAll("[\t\r\n]", " ") + "\t" + ms.collect { it.scores[0].score }.max() + "\n")
    }
}
out.close()
`

// runOmegaTScores translates the project proj with OmegaT's console mode
// (as runOmegaT) and returns the best score OmegaT's matcher gives each
// segment that has a match, by the segment's text.
func runOmegaTScores(t *testing.T, proj string) map[string]int {
	t.Helper()
	dir := t.TempDir()
	script, scores := filepath.Join(dir, "scores.groovy"), filepath.Join(dir, "scores.tsv")
	if err := os.WriteFile(script, []byte(omegatScoresScript), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "java", "-Djava.awt.headless=true", "-jar", omegatJar, proj,
		"--mode=console-translate", "--disable-project-locking", "--no-team", "--script="+script)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir(), "OMEGAT_SCORES="+scores)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("OmegaT: %v\n%s", err, msg)
	}
	data, err := os.ReadFile(scores)
	if err != nil {
		t.Fatalf("OmegaT ran no script: %v", err)
	}
	m := map[string]int{}
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		seg, score, _ := strings.Cut(l, "\t")
		m[seg], _ = strconv.Atoi(score)
	}
	return m
}
