package align

import (
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align/langwords"
)

// langText is a text of a known language for the language check's
// measurements.
type langText struct {
	lang, name string
	words      []string
}

// fileWords are the words of a file as the check cuts them (eachWord), nil
// when the file is absent.
func fileWords(name string) []string {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil
	}
	var ws []string
	eachWord(Document{Sentences: strings.Split(string(b), "\n")}, func(w []byte) bool { ws = append(ws, string(w)); return true })
	return ws
}

// langTexts are the texts of the measurements: the held-out half of the
// UD texts (the lists were ranked on the other half), the seed article's
// versions, the development sets of ../shared/data/align and the WMT21
// news sets when fetched.
func langTexts() []langText {
	var ts []langText
	add := func(lang, name string) {
		if ws := fileWords(name); ws != nil {
			ts = append(ts, langText{lang, name, ws})
		}
	}
	for _, l := range []string{"ar", "bg", "da", "de", "es", "fa", "fr", "it", "kk", "nl", "pl", "ru", "sk", "tr", "uk"} {
		add(l, "segment/testdata/ud/"+l+".heldout.txt")
	}
	// The odd-numbered pages of Debian's translated manual pages
	// (manpages-l10n; the lists were ranked on the even-numbered ones).
	for _, m := range []struct{ lang, dir string }{{"pt", "pt_BR"}, {"cs", "cs"}, {"sv", "sv"}, {"nb", "nb"}, {"ro", "ro"}} {
		if ws := manWords("/usr/share/man/"+m.dir, m.lang); ws != nil {
			ts = append(ts, langText{m.lang, "man " + m.dir, ws})
		}
	}
	for _, v := range []string{"ar", "de", "en", "en2", "fa", "fr"} {
		add(strings.TrimSuffix(v, "2"), "../testdata/irgc-iraq."+v+".txt")
	}
	for _, s := range []struct{ set, src, tgt string }{
		{"textberg_dev_de-fr", "de", "fr"}, {"hunalign_dtm_hu-en", "hu", "en"},
		{"hunalign_steinbeck_hu-en", "hu", "en"}, {"bible_en-zh", "en", "zh"}, {"mac_dev_zh-en", "zh", "en"},
	} {
		add(s.src, filepath.Join(sharedAlign, s.set, "src.txt"))
		add(s.tgt, filepath.Join(sharedAlign, s.set, "tgt.txt"))
	}
	// The WMT21 news sets (testdata/bench/wmt21_news.sh fetches them):
	// each document's source and every reference, one text each.
	for _, set := range []struct{ file, src, tgt string }{
		{"newstest2021.de-fr.all.xml", "de", "fr"}, {"newstest2021.fr-de.all.xml", "fr", "de"}, {"newstest2021.ru-en.all.xml", "ru", "en"},
	} {
		data, err := os.ReadFile(filepath.Join(newsDir(), set.file))
		if err != nil {
			continue
		}
		var ds struct {
			Docs []wmtDoc `xml:"doc"`
		}
		if xml.Unmarshal(data, &ds) != nil {
			continue
		}
		side := func(lang, name string, s wmtSide) {
			var text []string
			for _, p := range s.Paras {
				for _, seg := range p.Segs {
					text = append(text, seg.Text)
				}
			}
			var ws []string
			eachWord(Document{Sentences: text}, func(w []byte) bool { ws = append(ws, string(w)); return true })
			ts = append(ts, langText{lang, name, ws})
		}
		for _, d := range ds.Docs {
			side(set.src, set.file+" "+d.ID+" src", d.Src)
			for i, r := range d.Refs {
				side(set.tgt, fmt.Sprintf("%s %s ref %d", set.file, d.ID, i), r)
			}
		}
	}
	return ts
}

// roffEscape is a command-line option (\-c, \-\-all: its letters are no
// word of the text) or a roff escape: font, special character, string,
// size or any other one.
var roffEscape = regexp.MustCompile(`(\\-)+[\w-]*|\\(f(\(..|\[[^]]*\]|.)|\(..|\*(\(..|\[[^]]*\]|.)|\[[^]]*\]|s[-+]?\d+|.)`)

// manWords are the words of the odd-numbered (sorted by path) man pages
// under dir, request lines dropped and escapes made spaces (as
// testdata/langwords/make_lists.py's man_text), nil when there are none.
// The pages keep untranslated English paragraphs (lines between two
// requests): a paragraph with more English function words than lang's is
// left out, so that the texts are of lang, and so are tables (.TS to .TE:
// charsets(7)'s rows of letters are not a text).
func manWords(dir, lang string) []string {
	var pages []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".gz") {
			pages = append(pages, p)
		}
		return nil
	})
	sort.Strings(pages)
	isWord := func(l string) map[string]bool {
		m := map[string]bool{}
		for _, w := range langwords.Words(l) {
			m[w] = true
		}
		return m
	}
	en, own := isWord("en"), isWord(lang)
	var ws, para []string
	flush := func() {
		nEn, nOwn := 0, 0
		for _, w := range para {
			if en[w] {
				nEn++
			}
			if own[w] {
				nOwn++
			}
		}
		if nOwn >= nEn {
			ws = append(ws, para...)
		}
		para = para[:0]
	}
	for i := 1; i < len(pages); i += 2 {
		f, err := os.Open(pages[i])
		if err != nil {
			continue
		}
		z, err := gzip.NewReader(f)
		if err == nil {
			b, _ := io.ReadAll(z)
			table := false
			for _, line := range strings.Split(string(b), "\n") {
				if strings.HasPrefix(line, ".") || strings.HasPrefix(line, "'") {
					flush()
					table = strings.HasPrefix(line, ".TS") || table && !strings.HasPrefix(line, ".TE")
					continue
				}
				if table {
					continue
				}
				eachWord(Document{Sentences: []string{roffEscape.ReplaceAllString(line, " ")}}, func(w []byte) bool { para = append(para, string(w)); return true })
			}
			flush()
		}
		f.Close()
	}
	return ws
}

// debianChapters cuts Debian Reference's text edition (Debian's
// debian-reference-LANG packages) into chapters: lang -> chapter texts,
// nil when it is not installed.
func debianChapters(t *testing.T) map[string][]string {
	heads := map[string]string{"en": `Chapter`, "fr": `Chapitre`, "de": `Kapitel`, "es": `Cap[ií]tulo`, "it": `Capitolo`, "ja": `第`}
	out := map[string][]string{}
	for l, h := range heads {
		f, err := os.Open("/usr/share/debian-reference/debian-reference." + l + ".txt.gz")
		if err != nil {
			return nil
		}
		z, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(z)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		re := regexp.MustCompile(`(?m)^` + h + `[ \x{a0}]?\d+[.章]`)
		idx := re.FindAllStringIndex(string(b), -1)
		for i, m := range idx {
			end := len(b)
			if i+1 < len(idx) {
				end = idx[i+1][0]
			}
			out[l] = append(out[l], string(b[m[0]:end]))
		}
	}
	return out
}

// TestLangCheckMeasure (-devsets) prints the language check's false
// refusals on texts declared as their own language and its refusals of
// texts declared as another language of their script, and fails on a
// false refusal or a refusal naming the wrong language.
func TestLangCheckMeasure(t *testing.T) {
	if !*devsets {
		t.Skip("run with -devsets")
	}
	ts := langTexts()
	doc := func(ws []string) Document { return Document{Sentences: []string{strings.Join(ws, " ")}} }
	checked, judged, false_, windows, windowsRefused := 0, 0, 0, 0, 0
	worst, worstName := 0.0, ""
	ratio := func(r langReading, name string) {
		if r.words >= minLangWords && r.readsShare >= minOtherShare && r.readsShare > worst*r.own {
			worst, worstName = r.readsShare/r.own, fmt.Sprintf("%s (%s reads %s %.3f, own %.3f)", name, r.lang, r.reads, r.readsShare, r.own)
		}
	}
	for _, x := range ts {
		r := readLanguage(doc(x.words), language.Make(x.lang))
		if r.lang == "" {
			continue
		}
		checked++
		if r.words >= minLangWords {
			judged++
		}
		ratio(r, x.name)
		if r.refused() {
			false_++
			t.Errorf("%s (%s, %d words) refused: reads as %s (%.3f vs %.3f)", x.name, x.lang, r.words, r.reads, r.readsShare, r.own)
		}
		for _, size := range []int{150, 300, 1000} {
			for i := 0; i+size <= len(x.words); i += size {
				windows++
				r := readLanguage(doc(x.words[i:i+size]), language.Make(x.lang))
				if r.refused() {
					windowsRefused++
					t.Errorf("%s (%s) words %d-%d refused: reads as %s", x.name, x.lang, i, i+size, r.reads)
				}
				ratio(r, fmt.Sprintf("%s words %d-%d", x.name, i, i+size))
			}
		}
	}
	t.Logf("texts declared as their language: %d with a list, %d of them of %d words or more, %d refused; %d refused of their %d windows of 150, 300 and 1000 words", checked, judged, minLangWords, false_, windowsRefused, windows)
	if chs := debianChapters(t); chs != nil {
		n := 0
		for _, l := range []string{"fr", "de", "es", "it", "ja"} {
			for i := range chs[l] {
				if i >= len(chs["en"]) {
					break
				}
				p := &Pair{Src: Document{Sentences: []string{chs["en"][i]}}, Tgt: Document{Sentences: []string{chs[l][i]}}, SrcLang: language.English, TgtLang: language.Make(l)}
				n++
				if err := p.CheckLanguages(); err != nil {
					t.Errorf("Debian Reference chapter %d en-%s: %v", i+1, l, err)
				}
				// Alone (not as the pair's untranslated copy of English).
				if r := readLanguage(p.Tgt, p.TgtLang); r.refused() {
					t.Logf("Debian Reference chapter %d %s alone reads as %s (%.3f, own %.3f): kept as the English source's untranslated copy", i+1, l, r.reads, r.readsShare, r.own)
				} else {
					ratio(r, fmt.Sprintf("Debian Reference chapter %d %s", i+1, l))
				}
			}
		}
		t.Logf("Debian Reference: %d chapter pairs en-{fr,de,es,it,ja} checked", n)
	} else {
		t.Log("Debian Reference not installed (apt-get install debian-reference-{en,fr,de,es,it,ja}); its chapters not checked")
	}
	t.Logf("highest ratio of another language's share to the own one's, among texts kept (whole, windows, Debian chapters): %.2f, %s", worst, worstName)
	// One text of each language (the longest), declared as each
	// other language of its script, cut into windows (at most 10 a size).
	first := map[string]langText{}
	for _, x := range ts {
		if f, ok := first[x.lang]; (!ok || len(x.words) > len(f.words)) && x.lang != "zh" {
			first[x.lang] = x
		}
	}
	var langs []string
	for l := range first {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, size := range []int{150, 300, 1000} {
		var rows []string
		caught, total := 0, 0
		for _, x := range langs {
			row := fmt.Sprintf("%-3s", x)
			for _, y := range langs {
				xs, _ := language.Make(x).Script()
				ys, _ := language.Make(y).Script()
				if x == y || xs != ys || langwords.Words(y) == nil {
					row += "     ."
					continue
				}
				c, n := 0, 0
				ws := first[x].words
				for i := 0; i+size <= len(ws) && n < 10; i += size {
					n++
					r := readLanguage(doc(ws[i:i+size]), language.Make(y))
					if r.refused() {
						c++
						if r.reads != x {
							t.Errorf("%s text declared %s at %d words: reads as %s", x, y, size, r.reads)
						}
					}
				}
				caught += c
				total += n
				row += fmt.Sprintf(" %2d/%-2d", c, n)
			}
			rows = append(rows, row)
		}
		t.Logf("%d words: %d of %d windows refused (row: the text's language, column: the language declared)\n    %s\n%s", size, caught, total, strings.Join(langs, "    "), strings.Join(rows, "\n"))
	}
}
