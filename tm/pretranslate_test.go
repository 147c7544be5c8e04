package tm_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/xliff"
	"golang.org/x/text/language"
)

// seedPairs reads the seed article's gold alignment with French: the
// sentences of each bead joined, in document order.
func seedPairs(t testing.TB) [][2]string {
	t.Helper()
	lines := func(f string) []string {
		data, err := os.ReadFile(filepath.Join("..", "testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, l := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(l) != "" {
				out = append(out, strings.TrimSpace(l))
			}
		}
		return out
	}
	en, fr := lines("irgc-iraq.en.seg.txt"), lines("irgc-iraq.fr.seg.txt")
	ids := regexp.MustCompile(`\d+`)
	var pairs [][2]string
	for _, bead := range lines("irgc-iraq.en-fr.gold.txt") {
		sides := strings.SplitN(bead, ":", 2)
		join := func(side string, sents []string) string {
			var parts []string
			for _, n := range ids.FindAllString(side, -1) {
				i, _ := strconv.Atoi(n)
				parts = append(parts, sents[i])
			}
			return strings.Join(parts, " ")
		}
		s, g := join(sides[0], en), join(sides[1], fr)
		if s != "" && g != "" {
			pairs = append(pairs, [2]string{s, g})
		}
	}
	return pairs
}

// seedTM is a TM holding the seed article's pairs with French, imported
// in document order (so that neighbours are context).
func seedTM(t testing.TB) (*tm.DB, [][2]string) {
	d := openTemp(t)
	pairs := seedPairs(t)
	var tsv strings.Builder
	for _, p := range pairs {
		tsv.WriteString(p[0] + "\t" + p[1] + "\n")
	}
	_, err := d.ImportFile(ctx, strings.NewReader(tsv.String()), "irgc-iraq.en-fr.tsv",
		tm.ImportFileOptions{ReadOptions: tm.ReadOptions{Src: language.English, Tgt: language.French}})
	if err != nil {
		t.Fatal(err)
	}
	return d, pairs
}

func pretranslate(t *testing.T, d *tm.DB, file string) ([]byte, tm.Analysis) {
	t.Helper()
	doc, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	an, err := d.Pretranslate(ctx, doc, &out, tm.PretranslateOptions{Src: language.English, Tgt: language.French, Name: filepath.Base(file), ToolVersion: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), an
}

func readXLIFF(t *testing.T, data []byte) []xliff.Unit {
	t.Helper()
	r, err := xliff.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var us []xliff.Unit
	for u, err := range r.All() {
		if err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		us = append(us, u)
	}
	return us
}

func checkAnalysis(t *testing.T, an tm.Analysis, units int) {
	t.Helper()
	segs, words := 0, 0
	for _, b := range an.Bands {
		segs += b.Segments
		words += b.Words
	}
	if an.Segments != units || segs != units || words != an.Words || len(an.Bands) != len(tm.Bands) {
		t.Errorf("analysis %+v: %d units written", an, units)
	}
}

// TestPretranslateText: the seed article against a TM of its own pairs
// with French: every sentence of a one-to-one pair is filled with its
// French, in context (101), and comes back as a French article.
func TestPretranslateText(t *testing.T) {
	d, pairs := seedTM(t)
	out, an := pretranslate(t, d, "../testdata/irgc-iraq.en.txt")
	us := readXLIFF(t, out)
	checkAnalysis(t, an, len(us))
	fr := map[string]string{}
	for _, p := range pairs {
		fr[p[0]] = p[1]
	}
	filled, ctx101 := 0, 0
	for _, u := range us {
		want, ok := fr[u.Source.Text]
		if !ok {
			continue
		}
		if u.Target == nil || u.Target.Text != want {
			t.Errorf("unit %s %q: target %+v; want %q", u.ID, u.Source.Text, u.Target, want)
			continue
		}
		filled++
		// 101 where the neighbours are stored as neighbours too; the gold
		// merges some sentences, whose neighbours then differ.
		switch a := u.AltTrans; {
		case len(a) == 0 || u.State != "translated":
			t.Errorf("unit %s: state %q, alt-trans %+v; want an exact match", u.ID, u.State, a)
		case a[0].ExType == tm.KindContext && a[0].MatchQuality == "101":
			ctx101++
		case a[0].ExType != tm.KindExact || a[0].MatchQuality != "100":
			t.Errorf("unit %s: alt-trans %+v; want an exact or context match", u.ID, a)
		}
	}
	if filled < 9 || ctx101 < 4 || an.Bands[0].Segments != ctx101 || an.Filled < filled {
		t.Errorf("%d units filled from one-to-one pairs, %d at 101; analysis %+v", filled, ctx101, an)
	}
	var back bytes.Buffer
	if _, err := tm.TranslateBack(bytes.NewReader(out), &back); err != nil {
		t.Fatal(err)
	}
	got := back.String()
	for src, tgt := range fr {
		if strings.Contains(got, tgt) == strings.Contains(got, src) && strings.Contains(string(out), ">"+xliff.EscapeText(src)+"</source>") {
			t.Errorf("translated article: %q present %v, its source present %v", tgt, strings.Contains(got, tgt), strings.Contains(got, src))
		}
	}
	if strings.Count(got, "\n\n") != strings.Count(readFile(t, "../testdata/irgc-iraq.en.txt"), "\n\n") {
		t.Errorf("paragraphs not kept:\n%s", got)
	}
}

func readFile(t *testing.T, f string) string {
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestPretranslateHTML: the seed article as a web page with a menu, a
// sidebar and a "Read more" list: only the article is extracted, its
// inline tags come back around the French text, the page's markup stays.
func TestPretranslateHTML(t *testing.T) {
	d, _ := seedTM(t)
	out, an := pretranslate(t, d, "../testdata/irgc-iraq.en.html")
	us := readXLIFF(t, out)
	checkAnalysis(t, an, len(us))
	if len(us) != 16 || an.Filled < 10 {
		t.Errorf("%d units, %d filled; want the headline and 15 sentences", len(us), an.Filled)
	}
	for _, u := range us {
		if strings.Contains(u.Source.Text, "Read more") || strings.Contains(u.Source.Text, "Politics") || strings.Contains(u.Source.Text, "Iraq must not be turned") {
			t.Errorf("boilerplate extracted: %q", u.Source.Text)
		}
		// The bold lead (<strong>Tehran (IP)</strong> - ...) against a
		// plain pair: the codes after the French text, to be placed.
		if strings.HasPrefix(u.Source.Text, "Tehran (IP)") && (u.Target == nil ||
			!strings.HasSuffix(u.Target.Markup, `<bpt id="1" ctype="bold">&lt;strong&gt;</bpt><ept id="1">&lt;/strong&gt;</ept>`) ||
			!strings.HasPrefix(u.Target.Markup, "Téhéran") || u.State != "needs-review-translation" ||
			len(u.Notes) != 1 || !strings.HasPrefix(u.Notes[0].Text, "codes to place")) {
			t.Errorf("target of %q: %+v, state %s, notes %+v; want its codes after the text, to review", u.Source.Text, u.Target, u.State, u.Notes)
		}
	}
	var back bytes.Buffer
	if _, err := tm.TranslateBack(bytes.NewReader(out), &back); err != nil {
		t.Fatal(err)
	}
	got := back.String()
	orig := readFile(t, "../testdata/irgc-iraq.en.html")
	for _, want := range []string{"<strong>", "</strong>", "Téhéran (IP)", `<li><a href="/politics">Politics</a></li>`, "Iraq must not be turned", "<h1>IRGC Chief Commander meets Iraqi Defense Minister</h1>", "</html>"} {
		if !strings.Contains(got, want) {
			t.Errorf("translated page lacks %q:\n%s", want, got)
		}
	}
	tags := regexp.MustCompile(`<(p|h1|h3|li|ul|nav|article|main|aside|footer)\b`)
	if a, b := len(tags.FindAllString(got, -1)), len(tags.FindAllString(orig, -1)); a != b {
		t.Errorf("translated page has %d block tags, the original %d", a, b)
	}
}

func TestPretranslateRepetitionsAndBands(t *testing.T) {
	d, _ := seedTM(t)
	doc := "The minister arrived in Baghdad on Monday.\n\nNothing here is in the memory at all.\n\nThe minister arrived in Baghdad on Monday.\n"
	var out bytes.Buffer
	an, err := d.Pretranslate(ctx, []byte(doc), &out, tm.PretranslateOptions{Src: language.English, Tgt: language.French})
	if err != nil {
		t.Fatal(err)
	}
	byBand := map[string]tm.BandCount{}
	for _, b := range an.Bands {
		byBand[b.Band] = b
	}
	if an.Segments != 3 || an.Words != 22 || byBand[tm.BandRepetition].Segments != 1 || byBand[tm.BandRepetition].Words != 7 || byBand[tm.BandNoMatch].Segments != 2 {
		t.Errorf("analysis %+v", an)
	}
	if _, err := d.Pretranslate(ctx, []byte(" \n\n"), nil, tm.PretranslateOptions{Src: language.English, Tgt: language.French}); err == nil {
		t.Errorf("Pretranslate of an empty document took it")
	}
}

func TestCountWords(t *testing.T) {
	for s, want := range map[string]int{
		"Tehran-Baghdad defense, military, and security": 5, "Iran's 44,000 men.": 3, "\"Thank you.\" - he said": 4,
		"U.S. forces": 2, "東京都": 3, "": 0,
	} {
		if got := tm.CountWords(s); got != want {
			t.Errorf("CountWords(%q) = %d; want %d", s, got, want)
		}
	}
}

// pretranslatedFiles writes the text and HTML pretranslations of the seed
// article into dir.
func pretranslatedFiles(t *testing.T, dir string) []string {
	d, _ := seedTM(t)
	var files []string
	for _, f := range []string{"../testdata/irgc-iraq.en.txt", "../testdata/irgc-iraq.en.html"} {
		out, _ := pretranslate(t, d, f)
		name := filepath.Join(dir, strings.TrimPrefix(filepath.Ext(f), ".")+".xlf")
		if err := os.WriteFile(name, out, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, name)
	}
	return files
}

func TestPretranslateValidatesStrict(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (Debian libxml2-utils): schema validation skipped")
	}
	for _, f := range pretranslatedFiles(t, t.TempDir()) {
		cmd := exec.Command(xmllint, "--noout", "--nonet", "--schema", "xliff/testdata/xliff-core-1.2-strict.xsd", f)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("xmllint --schema strict %s: %v\n%s", filepath.Base(f), err, msg)
		}
	}
}

func TestPretranslateReadByTranslateToolkit(t *testing.T) {
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "from translate.storage import xliff").Run(); err != nil {
		t.Skip("Translate Toolkit not installed (Debian python3-translate): skipped")
	}
	script := `import json, sys
from translate.storage import xliff
f = xliff.xlifffile(open(sys.argv[1], "rb"))
print(json.dumps([[u.getid(), u.source, u.target or "", [a.target for a in u.getalttrans()]] for u in f.units]))`
	for _, f := range pretranslatedFiles(t, t.TempDir()) {
		msg, err := exec.Command(py, "-c", script, f).Output()
		if err != nil {
			t.Fatalf("Translate Toolkit on %s: %v\n%s", f, err, msg)
		}
		var got [][]any
		if err := json.Unmarshal(msg, &got); err != nil {
			t.Fatalf("Translate Toolkit output %q: %v", msg, err)
		}
		ours := readXLIFF(t, []byte(readFile(t, f)))
		if len(got) != len(ours) {
			t.Fatalf("%s: Translate Toolkit read %d units, we wrote %d", filepath.Base(f), len(got), len(ours))
		}
		for i, u := range ours {
			tt := got[i]
			if u.Target != nil && !strings.Contains(tt[2].(string), strings.TrimSpace(u.Target.Text)) {
				t.Errorf("%s unit %s: Translate Toolkit read target %q; we wrote %q", filepath.Base(f), u.ID, tt[2], u.Target.Text)
			}
			if alts, _ := tt[3].([]any); len(alts) != len(u.AltTrans) {
				t.Errorf("%s unit %s: Translate Toolkit read %d alt-trans; we wrote %d", filepath.Base(f), u.ID, len(alts), len(u.AltTrans))
			}
		}
	}
}

// TestPretranslateOpenedByOmegaT runs OmegaT's console translation on a
// project whose source folder holds the pretranslated XLIFF: OmegaT must
// read it and write the target file with every unit and the targets we
// filled.
func TestPretranslateOpenedByOmegaT(t *testing.T) {
	proj := omegatProject(t, "EN", false)
	files := pretranslatedFiles(t, filepath.Join(proj, "source"))
	runOmegaT(t, proj)
	for _, f := range files {
		out, err := os.ReadFile(filepath.Join(proj, "target", filepath.Base(f)))
		if err != nil {
			t.Fatalf("OmegaT wrote no %s: %v", filepath.Base(f), err)
		}
		got, ours := readXLIFF(t, out), readXLIFF(t, []byte(readFile(t, f)))
		if len(got) != len(ours) {
			t.Fatalf("OmegaT's %s has %d units; ours %d", filepath.Base(f), len(got), len(ours))
		}
		for i, u := range ours { // OmegaT keeps the targets we filled
			if u.Target != nil && (got[i].ID != u.ID || got[i].Target == nil || got[i].Target.Text != u.Target.Text) {
				t.Errorf("OmegaT's %s unit %s: target %+v; we wrote %q", filepath.Base(f), got[i].ID, got[i].Target, u.Target.Text)
			}
		}
	}
}

func TestMatchKind(t *testing.T) {
	for _, tc := range []struct {
		query string
		m     tm.Match
		want  string
	}{
		{"A b.", tm.Match{Score: 101, Source: "A b."}, tm.KindContext},
		{"A b.", tm.Match{Score: 100, Source: "A b."}, tm.KindExact},
		{"The minister arrived.", tm.Match{Score: 80, Source: "The minister left."}, tm.KindFuzzy},
		{"Maj. Gen. Salami spoke.", tm.Match{Score: 85, Source: "Iran news: Maj. Gen. Salami spoke."}, tm.KindFragment},
		{"Iran news: Maj. Gen. Salami spoke.", tm.Match{Score: 85, Source: "Maj. Gen.  Salami spoke."}, tm.KindFragment},
	} {
		if got := tm.MatchKind(tc.query, &tc.m); got != tc.want {
			t.Errorf("MatchKind(%q, %q at %d) = %q; want %q", tc.query, tc.m.Source, tc.m.Score, got, tc.want)
		}
	}
}
