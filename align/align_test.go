package align

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// checkCover fails unless beads cover 0..ns-1 and 0..nt-1 once, in order.
func checkCover(t *testing.T, beads []Bead, ns, nt int) {
	t.Helper()
	i, j := 0, 0
	for _, b := range beads {
		if b.Src.Start != i || b.Tgt.Start != j || b.Src.End < i || b.Tgt.End < j {
			t.Fatalf("bead %+v does not continue at (%d,%d)", b, i, j)
		}
		if b.Src.Len() == 0 && b.Tgt.Len() == 0 {
			t.Fatalf("empty bead %+v", b)
		}
		if b.Score < 0 || b.Score > 1 {
			t.Fatalf("bead %+v: score out of [0,1]", b)
		}
		i, j = b.Src.End, b.Tgt.End
	}
	if i != ns || j != nt {
		t.Fatalf("beads end at (%d,%d); want (%d,%d)", i, j, ns, nt)
	}
}

func shapes(beads []Bead) string {
	var b strings.Builder
	for _, x := range beads {
		fmt.Fprintf(&b, "%v:%v ", x.Src.Indexes(), x.Tgt.Indexes())
	}
	return strings.TrimSpace(b.String())
}

func TestAlignSmall(t *testing.T) {
	for _, tc := range []struct {
		name     string
		src, tgt []string
		want     string
	}{
		{
			"one-to-one",
			[]string{"The minister arrived in Baghdad on Monday.", "He met Qasem Soleimani in 2019.", "Talks lasted three hours."},
			[]string{"Le ministre est arrivé lundi à Bagdad.", "Il a rencontré Qassem Soleimani en 2019.", "Les discussions ont duré trois heures."},
			"[0]:[0] [1]:[1] [2]:[2]",
		},
		{
			"split",
			[]string{"The IRGC chief met the minister in Tehran on 12 May 2021, and they discussed the 1,200 km border.", "Nothing else was said."},
			[]string{"Le chef des Gardiens a rencontré le ministre à Téhéran le 12 mai 2021.", "Ils ont parlé de la frontière de 1200 km.", "Rien d'autre n'a été dit."},
			"[0]:[0 1] [1]:[2]",
		},
		{
			"insertion",
			[]string{"Salami spoke in Tehran on 3 June.", "Al-Muhandis was killed in 2020 near Baghdad airport.", "The IRGC chief, Hossein Salami, praised Iraq.", "Iraq's minister Thabit Saeedreza thanked Iran (IRGC).", "Both sides discussed Daesh and security."},
			[]string{"Salami a parlé à Téhéran le 3 juin.", "Soleimani commandait la force Qods depuis 1998 et dirigeait les opérations extérieures de l'Iran en Irak, en Syrie et au Liban, où il coordonnait les milices alliées.", "Al-Muhandis a été tué en 2020 près de l'aéroport de Bagdad.", "Le chef des Gardiens, Hossein Salami, a salué l'Irak.", "Le ministre irakien Thabet Saïd Reza a remercié l'Iran (CGRI).", "Les deux parties ont parlé de Daech et de sécurité."},
			"[0]:[0] []:[1] [1]:[2] [2]:[3] [3]:[4] [4]:[5]",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Align(context.Background(), Document{Sentences: tc.src}, Document{Sentences: tc.tgt}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkCover(t, res.Beads, len(tc.src), len(tc.tgt))
			if got := shapes(res.Beads); got != tc.want {
				t.Errorf("Align(%q, %q) = %s; want %s", tc.src, tc.tgt, got, tc.want)
			}
		})
	}
}

// TestAlignBadInput: degenerate inputs give a covering alignment, never a
// hang or a crash.
func TestAlignBadInput(t *testing.T) {
	long := strings.Repeat("Ein sehr langer Satz mit Wörtern und Zahlen 1234 ", 200_000) // ~10 MB
	many := make([]string, 3000)
	for i := range many {
		many[i] = fmt.Sprintf("Sentence number %d of a long text about mountains.", i)
	}
	for _, tc := range []struct {
		name     string
		src, tgt []string
	}{
		{"both empty", nil, nil},
		{"source empty", nil, []string{"a", "b"}},
		{"target empty", []string{"a", "b", "c"}, nil},
		{"identical", many[:200], many[:200]},
		{"one side much longer", many[:5], many},
		{"empty sentences", []string{"", "", "x"}, []string{"", "y"}},
		{"10 MB sentence", []string{long, "Kurz."}, []string{"Une phrase.", "Courte."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Align(context.Background(), Document{Sentences: tc.src}, Document{Sentences: tc.tgt}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkCover(t, res.Beads, len(tc.src), len(tc.tgt))
			if tc.name == "identical" {
				for _, b := range res.Beads {
					if b.Src != b.Tgt {
						t.Fatalf("identical documents: bead %+v", b)
					}
				}
			}
		})
	}
}

func TestAlignParagraphs(t *testing.T) {
	src := Document{
		Sentences:  []string{"Tehran, 12 May.", "The IRGC chief met Thabit Saeedreza.", "Iraq thanked Iran.", "In 2020 Soleimani was killed.", "He was a general."},
		Paragraphs: []int{0, 0, 1, 2, 2},
	}
	tgt := Document{
		Sentences:  []string{"Téhéran, 12 mai.", "Le chef des Gardiens a reçu Thabet Saïd Reza.", "L'Irak a remercié l'Iran.", "En 2020, Soleimani a été tué.", "C'était un général."},
		Paragraphs: []int{0, 0, 1, 2, 2},
	}
	res, err := Align(context.Background(), src, tgt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCover(t, res.Beads, 5, 5)
	if got, want := shapes(res.Beads), "[0]:[0] [1]:[1] [2]:[2] [3]:[3] [4]:[4]"; got != want {
		t.Errorf("Align(paragraphs) = %s; want %s", got, want)
	}
	bad := Document{Sentences: []string{"a", "b"}, Paragraphs: []int{1, 0}}
	if _, err := Align(context.Background(), bad, tgt, Options{}); err == nil {
		t.Errorf("Align(decreasing paragraphs) = nil error; want ErrParagraphs")
	}
}

func TestLexiconUsed(t *testing.T) {
	// Words with nothing in common score on length alone; a dictionary
	// that links them raises the score.
	src := []string{"Der Hund bellt laut.", "Die Katze schläft."}
	tgt := []string{"Le chien aboie fort.", "Le chat dort."}
	lex := NewLexicon()
	for _, p := range [][2]string{{"Hund", "chien"}, {"bellt", "aboie"}, {"laut", "fort"}, {"Katze", "chat"}, {"schläft", "dort"}} {
		lex.Add(p[0], p[1])
	}
	score := func(l *Lexicon) []float64 {
		res, err := Align(context.Background(), Document{Sentences: src}, Document{Sentences: tgt}, Options{Lexicon: l, NoLearn: true})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := shapes(res.Beads), "[0]:[0] [1]:[1]"; got != want {
			t.Fatalf("Align = %s; want %s", got, want)
		}
		return []float64{res.Beads[0].Score, res.Beads[1].Score}
	}
	without, with := score(nil), score(lex)
	for k := range with {
		if with[k] <= without[k] {
			t.Errorf("bead %d: score %.3f with the lexicon, %.3f without; want higher with", k, with[k], without[k])
		}
	}
}

func TestRegions(t *testing.T) {
	beads := []Bead{
		{Span{0, 1}, Span{0, 1}, 0.9},
		{Span{1, 2}, Span{1, 1}, 0},
		{Span{2, 3}, Span{1, 3}, 0.2},
		{Span{3, 4}, Span{3, 4}, 0.8},
		{Span{4, 5}, Span{4, 5}, 0.1},
		{Span{5, 6}, Span{5, 6}, 0.9},
	}
	flags := []string{"", "", "", "", "", reasonCrosses}
	got := regions(beads, flags, 0.3)
	want := []Region{{Span{1, 3}, Span{1, 3}, 0, "unmatched; low score"}, {Span{4, 6}, Span{4, 6}, 0.1, "low score; " + reasonCrosses}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("regions = %+v; want %+v", got, want)
	}
}

func TestAsciiDigits(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1956", "1956"}, {"۱۳۹۸", "1398"}, {"٢٠٢٠", "2020"}, {"２０２１", "2021"},
	} {
		if got := asciiDigits(tc.in); got != tc.want {
			t.Errorf("asciiDigits(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func BenchmarkAlign(b *testing.B) {
	src := make([]string, 2000)
	tgt := make([]string, 2000)
	for i := range src {
		src[i] = fmt.Sprintf("Der Berg %d ist %d Meter hoch und wurde %d erstmals bestiegen.", i, 4000+i%900, 1850+i%100)
		tgt[i] = fmt.Sprintf("La montagne %d culmine à %d mètres et fut gravie pour la première fois en %d.", i, 4000+i%900, 1850+i%100)
	}
	for _, n := range []int{200, 2000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Align(context.Background(), Document{Sentences: src[:n]}, Document{Sentences: tgt[:n]}, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestNameAnchorsAcrossScripts: a name shares a feature with its spelling
// in another script, through normalize's transliterating skeletons.
func TestNameAnchorsAcrossScripts(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Qasem Soleimani spoke.", "قاسم سلیمانی سخن گفت."},
		{"Qasem Soleimani spoke.", "Касем Сулеймани выступил."},
		{"Abu Mahdi al-Muhandis", "أبو مهدي المهندس"},
		{"The minister met Thabit Saeedreza.", "Le ministre a rencontré Thabet Saïd Reza."},
	} {
		x := &extractor{table: newFeatureTable()}
		fa, fb := x.features(tc.a, true), x.features(tc.b, false)
		shared := 0
		for _, f := range fa {
			if x.table.kinds[f] == kindName && slices.Contains(fb, f) {
				shared++
			}
		}
		if shared == 0 {
			t.Errorf("features(%q) and features(%q) share no name", tc.a, tc.b)
		}
	}
}

// FuzzAlign: any two documents give beads that cover both exactly once,
// in order, with scores in [0,1].
func FuzzAlign(f *testing.F) {
	f.Add("The minister arrived.\nHe met Soleimani in 2019.", "Le ministre est arrivé.\nIl a rencontré Soleimani en 2019.", uint8(3))
	f.Add("", "x", uint8(0))
	f.Add("?\n!\n«»\n", "\n\n", uint8(255))
	f.Fuzz(func(t *testing.T, a, b string, paras uint8) {
		src := Document{Sentences: strings.Split(a, "\n")}
		tgt := Document{Sentences: strings.Split(b, "\n")}
		if paras%2 == 1 {
			for i := range src.Sentences {
				src.Paragraphs = append(src.Paragraphs, i/int(1+paras%5))
			}
			for j := range tgt.Sentences {
				tgt.Paragraphs = append(tgt.Paragraphs, j/int(1+paras%3))
			}
		}
		res, err := Align(context.Background(), src, tgt, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkCover(t, res.Beads, len(src.Sentences), len(tgt.Sentences))
	})
}

func TestMonthAnchors(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"On 12 May the talks began.", "Le 12 mai, les pourparlers ont commencé.", true},
		{"Am 3. März kam er an.", "Il arriva le 3 mars.", true},
		{"في 5 مايو", "On 5 May", true},
		{"They may come.", "Ils viendront en mai.", false},
	} {
		x := &extractor{table: newFeatureTable()}
		fa, fb := x.features(tc.a, true), x.features(tc.b, false)
		got := false
		for _, f := range fa {
			if x.table.kinds[f] == kindMonth && slices.Contains(fb, f) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("month shared between %q and %q = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestTrailer checks which trailing lines count as a list of links: a run
// of lines that do not end as sentences do, after one that does, at most
// trailerMax and a quarter of the document, at least trailerMin.
func TestTrailer(t *testing.T) {
	body := []string{
		"The minister arrived in Baghdad on Monday.",
		"He met the commander of the Guard.",
		"They spoke of the border.",
		"„Wir wollen die Zusammenarbeit vertiefen.“",
		"He will return in May (the ministry said).",
		"« Nous sommes prêts », a-t-il dit.",
	}
	body = append(body, body...) // 12 lines: room for 3 in a quarter
	links := []string{"Read more:", "Iraq must not be turned into a place for plotting against neighbors", "Iran, Iraq to build a joint base"}
	for _, tc := range []struct {
		name  string
		sents []string
		want  int
	}{
		{"Read more and two headlines", append(slices.Clone(body), links...), len(body)},
		{"no trailer", body, len(body)},
		{"one unpunctuated last line (a byline)", append(slices.Clone(body), "Reporting by Parisa Hafezi"), len(body) + 1},
		{"a split last sentence", append(slices.Clone(body), "Il a aussi demandé l'envoi d'experts."), len(body) + 1},
		{"more than a quarter", append(slices.Clone(body[:3]), links...), 6},
		{"longer than trailerMax", append(slices.Clone(body), append(links, links...)...), len(body) + 6},
		{"four headlines", append(slices.Clone(body), append(links, links[1])...), len(body)},
		{"no sentence punctuation anywhere", links, 3},
	} {
		if got := trailer(tc.sents); got != tc.want {
			t.Errorf("%s: trailer = %d; want %d", tc.name, got, tc.want)
		}
	}
}

// TestUnmatchedParagraph: a paragraph with no counterpart (a web page's
// trailing "Read more:" and headlines) is left unmatched, not glued to the
// last bead across a paragraph break; a sentence split across a paragraph
// break still pairs with both halves.
func TestUnmatchedParagraph(t *testing.T) {
	srcText := []string{
		"The IRGC chief met Iraq's defence minister Thabit Saeedreza in Tehran on Monday.",
		"He praised the cooperation of the two armies against Daesh since 2014.",
		"Saeedreza described closer border security as necessary and asked for expert delegations.",
		"Read more:",
		"Iraq must not be turned into a place for plotting against neighbors",
	}
	tgtText := []string{
		"Le chef des Gardiens a reçu lundi à Téhéran le ministre irakien de la Défense, Thabet Saïd Reza.",
		"Il a salué la coopération des deux armées contre Daech depuis 2014.",
		"Saïd Reza a jugé nécessaire de renforcer la sécurité des frontières et a demandé l'envoi de délégations d'experts.",
	}
	split := []string{
		tgtText[0], tgtText[1],
		"Saïd Reza a jugé nécessaire de renforcer la sécurité des frontières.",
		"Il a aussi demandé l'envoi de délégations d'experts.",
	}
	for _, tc := range []struct {
		name     string
		src, tgt Document
		want     string
	}{
		{
			"both have paragraphs",
			Document{Sentences: srcText, Paragraphs: []int{0, 0, 1, 2, 3}},
			Document{Sentences: tgtText, Paragraphs: []int{0, 0, 1}},
			"[0]:[0] [1]:[1] [2]:[2] [3]:[] [4]:[]",
		},
		{
			"only the source has paragraphs",
			Document{Sentences: srcText, Paragraphs: []int{0, 0, 1, 2, 3}},
			Document{Sentences: tgtText},
			"[0]:[0] [1]:[1] [2]:[2] [3]:[] [4]:[]",
		},
		{
			"a sentence split across paragraphs, only the target marks them",
			Document{Sentences: srcText[:3]},
			Document{Sentences: split, Paragraphs: []int{0, 0, 1, 2}},
			"[0]:[0] [1]:[1] [2]:[2 3]",
		},
		{
			// Both mark paragraphs: no bead crosses a break unless its
			// evidence pays paraCrossBoth; the half left over is
			// unmatched and reported (see below).
			"a sentence split across paragraphs, both mark them",
			Document{Sentences: srcText[:3], Paragraphs: []int{0, 0, 1}},
			Document{Sentences: split, Paragraphs: []int{0, 0, 1, 2}},
			"[0]:[0] [1]:[1] [2]:[2] []:[3]",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Align(context.Background(), tc.src, tc.tgt, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkCover(t, res.Beads, len(tc.src.Sentences), len(tc.tgt.Sentences))
			if got := shapes(res.Beads); got != tc.want {
				t.Errorf("Align(%q, %q) = %s; want %s", tc.src.Sentences, tc.tgt.Sentences, got, tc.want)
			}
			for _, b := range res.Beads {
				if (b.Src.Len() == 0 || b.Tgt.Len() == 0) && !reviewed(res.Review, b) {
					t.Errorf("unmatched %s:%s not in the review list %+v", b.Src, b.Tgt, res.Review)
				}
			}
		})
	}
}

// TestBreakMismatchCost: inside a paragraph bead, a sentence bead that
// opens a paragraph on one side only costs paraBreakMismatch more than
// the same bead where both sides open one.
func TestBreakMismatchCost(t *testing.T) {
	src := Document{Sentences: []string{"One.", "Two two."}, Paragraphs: []int{0, 1}}
	agree := Document{Sentences: []string{"Un.", "Deux deux."}, Paragraphs: []int{0, 1}}
	differ := Document{Sentences: []string{"Un.", "Deux deux."}, Paragraphs: []int{0, 0}}
	p := defaultParams()
	p.brkMismatch = paraBreakMismatch
	cost := func(tgt Document) float64 {
		us := units(src, make([][]uint32, 2), nil)
		ut := units(tgt, make([][]uint32, 2), nil)
		return newScorer(&p, us, ut, newMatcher(nil)).lengthAndPrior(span{1, 2, 1, 2})
	}
	if d := cost(differ) - cost(agree); math.Abs(d-paraBreakMismatch) > 1e-9 {
		t.Errorf("a bead opening a paragraph on one side only costs %.3f more; want %.3f", d, paraBreakMismatch)
	}
}

// units are d's sentences as units of the search, with their features
// feats weighing w.
func units(d Document, feats [][]uint32, w []float32) []unit {
	return withFeatures(sentUnits(d), feats, w)
}
