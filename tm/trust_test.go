package tm_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

func aligned(src, tgt string, score float64) tm.Unit {
	u := pair(src, tgt)
	u.Origin = tm.Origin{SrcDoc: "ch07.en.html", TgtDoc: "ch07.fr.html", Score: score}
	return u
}

func TestAlignPenaltyFormula(t *testing.T) {
	for _, tc := range []struct {
		o    tm.Origin
		want int
	}{
		{tm.Origin{File: "a.tmx"}, 0},
		{tm.Origin{SrcDoc: "a", Score: 0.8}, 0},
		{tm.Origin{SrcDoc: "a", Score: 0.95}, 0},
		{tm.Origin{File: tm.ReviewedFile, SrcDoc: "a", Score: 0.1}, 0},
		{tm.Origin{SrcDoc: "a", Score: 0.79}, 2},
		{tm.Origin{SrcDoc: "a", Score: 0.7}, 11},
		{tm.Origin{SrcDoc: "a", Score: 0.5}, 32},
		{tm.Origin{SrcDoc: "a", Score: 0.056}, 80},
	} {
		if got := tm.AlignPenalty(tc.o); got != tc.want {
			t.Errorf("AlignPenalty(%+v) = %d; want %d", tc.o, got, tc.want)
		}
	}
	// Under 0.5, even a context match (101) falls under the default
	// minimum.
	for s := 0.01; s < 0.5; s += 0.01 {
		if p := tm.AlignPenalty(tm.Origin{Score: s}); tm.ContextScore-p >= tm.DefaultMin {
			t.Errorf("score %.2f: penalty %d leaves a context match at %d", s, p, tm.ContextScore-p)
		}
	}
}

// trial26: a bead scored 0.056 ("Chapter 11." <-> "Kapitel 11.
// Datenkonvertierung") gave pretranslate "Kapitel 7. Datenkonvertierung"
// at 99%. A doubtful aligned pair loses points, and every output says so;
// an imported unit does not.
func TestAlignedMatchPenalized(t *testing.T) {
	ctx := context.Background()
	d := openTemp(t)
	bad := aligned("Chapter 11.", "Chapitre 11. Conversion de données", 0.056)
	good := pair("The weather was fine.", "Il faisait beau.")
	good.Origin.File = "mem.tmx"
	if _, err := d.Import(ctx, seq(bad, good, aligned("It rained all day.", "Il a plu toute la journée.", 0.7)), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French}
	if ms, err := d.Lookup(ctx, "Chapter 7.", opt); err != nil || len(ms) != 0 {
		t.Errorf("Chapter 7. at the default minimum: %+v %v; want no match", ms, err)
	}
	opt.Min = tm.NoMinimum
	ms, err := d.Lookup(ctx, "Chapter 11.", opt)
	if err != nil || len(ms) != 1 {
		t.Fatalf("Chapter 11.: %+v %v", ms, err)
	}
	if m := ms[0]; m.Score != 20 || m.AlignPenalty != 80 || m.Kind != tm.KindFuzzy {
		t.Errorf("exact match of a 0.056 pair: score %d, penalty %d, kind %s; want 20, 80, fuzzy", m.Score, m.AlignPenalty, m.Kind)
	}
	var out bytes.Buffer
	rw, _ := tm.NewResultWriter(&out, tm.FormatText)
	rw.Matches("Chapter 11.", ms)
	if !strings.Contains(out.String(), "[aligned pair scored 0.06: -80]") {
		t.Errorf("text output does not say why: %q", out.String())
	}
	b, _ := json.Marshal(tm.NewMatchRecord("Chapter 11.", ms[0]))
	if !strings.Contains(string(b), `"align_score":0.056`) || !strings.Contains(string(b), `"align_penalty":80`) {
		t.Errorf("JSON does not say why: %s", b)
	}
	// A trusted-enough pair: a small penalty, no longer exact; in
	// context, no 101.
	opt.Min, opt.Next = 0, "The weather was fine."
	ms, err = d.Lookup(ctx, "It rained all day.", opt)
	if err != nil || len(ms) != 1 || ms[0].Score != 89 || ms[0].Kind != tm.KindFuzzy {
		t.Errorf("0.7 pair: %+v %v; want 89, fuzzy", ms, err)
	}
	// An imported unit keeps its score.
	ms, err = d.Lookup(ctx, "The weather was fine.", tm.LookupOptions{Src: language.English, Tgt: language.French})
	if err != nil || len(ms) != 1 || ms[0].Score != 100 || ms[0].AlignPenalty != 0 {
		t.Errorf("imported unit: %+v %v; want 100, no penalty", ms, err)
	}
	// Pretranslate: the doubtful pair fills no target; the other's
	// alt-trans says why its quality is lower.
	var x bytes.Buffer
	an, err := d.Pretranslate(ctx, []byte("Chapter 11.\n\nIt rained all day.\n"), &x, tm.PretranslateOptions{Src: language.English, Tgt: language.French})
	if err != nil {
		t.Fatal(err)
	}
	if an.Filled != 1 || strings.Contains(x.String(), "<target>Chapitre") {
		t.Errorf("pretranslate filled %d (want 1, not Chapter 11.):\n%s", an.Filled, x.String())
	}
	if !strings.Contains(x.String(), `<note from="bitext">match-quality lowered: aligned pair scored 0.70: -11</note>`) {
		t.Errorf("no note in the alt-trans:\n%s", x.String())
	}
	validXLIFFStrict(t, x.Bytes()) // the note keeps the file valid XLIFF 1.2
}

// A doubtful pair proposing the same translation as a trusted unit does
// not hide it: the matches are penalized before they are collapsed.
func TestAlignedPairDoesNotHideTrusted(t *testing.T) {
	ctx := context.Background()
	d := openTemp(t)
	trusted := pair("Data conversion again.", "Conversion de données.")
	trusted.Origin.File = "mem.tmx"
	if _, err := d.Import(ctx, seq(trusted, aligned("Data conversion.", "Conversion de données.", 0.1)), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	ms, err := d.Lookup(ctx, "Data conversion.", tm.LookupOptions{Src: language.English, Tgt: language.French, Min: 50})
	if err != nil || len(ms) != 1 || ms[0].AlignPenalty != 0 || ms[0].Source != trusted.Variants[0].Text {
		t.Errorf("%+v %v; want the trusted unit", ms, err)
	}
}

// budgetQuery is the query of the lookups below whose exact units must not
// hide budgetHuman, a translator's fuzzy match of it.
const budgetQuery = "The committee approved the annual budget report on Monday morning."

func budgetHuman() tm.Unit {
	return pair("The committee approved the annual budget report on Monday evening.", "Le comité a approuvé le rapport budgétaire annuel lundi soir.")
}

// Five or more exact candidates used to be read alone (the word index
// not at all): when they are doubtful aligned pairs, penalized under a
// fuzzy match, the fuzzy match must still be found, and first.
func TestPenalizedExactDoNotHideFuzzy(t *testing.T) {
	ctx := context.Background()
	d := openTemp(t)
	q, human := budgetQuery, budgetHuman()
	us := []tm.Unit{human}
	for i := range tm.DefaultMax + 1 {
		us = append(us, aligned(q, fmt.Sprintf("Chapitre %d. Le comité", i), 0.1))
	}
	if _, err := d.Import(ctx, seq(us...), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French}
	ms, err := d.Lookup(ctx, q, opt)
	if err != nil || len(ms) != 1 || ms[0].Source != human.Variants[0].Text || ms[0].Score < 85 || ms[0].Score > 99 {
		t.Fatalf("default minimum: %+v %v; want only the human unit, fuzzy (85-99)", ms, err)
	}
	opt.Min = tm.NoMinimum
	ms, err = d.Lookup(ctx, q, opt)
	if err != nil || len(ms) != tm.DefaultMax || ms[0].Source != human.Variants[0].Text {
		t.Fatalf("no minimum: %+v %v; want the human unit first, then penalized pairs", ms, err)
	}
	for _, m := range ms[1:] {
		if m.AlignPenalty == 0 || m.Score >= ms[0].Score {
			t.Errorf("after the human unit: %+v; want a penalized pair under it", m)
		}
	}
}

// Concordance says which hits are doubtful aligned pairs, as lookup does:
// their aligner's score, in text and JSON Lines.
func TestConcordanceShowsAlignScore(t *testing.T) {
	ctx := context.Background()
	d := openTemp(t)
	human := pair("The drone flew over the city.", "Le drone a survolé la ville.")
	if _, err := d.Import(ctx, seq(human, aligned("A drone was seen.", "On a vu un drone.", 0.16),
		aligned("The drone landed.", "Le drone a atterri.", 0.9)), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	var hits []tm.Hit
	for h, err := range d.Concordance(ctx, "drone", tm.ConcordanceOptions{Lang: language.English}) {
		if err != nil {
			t.Fatal(err)
		}
		hits = append(hits, h)
	}
	if len(hits) != 3 {
		t.Fatalf("%d hits: %+v; want 3", len(hits), hits)
	}
	var text, jsonl bytes.Buffer
	rw, _ := tm.NewResultWriter(&text, tm.FormatText)
	rj, _ := tm.NewResultWriter(&jsonl, tm.FormatJSONL)
	for _, h := range hits {
		want := 0.0
		if h.Text == "A drone was seen." {
			want = 0.16
		}
		if h.AlignScore != want {
			t.Errorf("%q: AlignScore %v; want %v", h.Text, h.AlignScore, want)
		}
		rw.Hit(h)
		rj.Hit(h)
	}
	if want := "#2\tA **drone** was seen.\tOn a vu un drone.\t[aligned pair scored 0.16]\n"; !strings.Contains(text.String(), want) {
		t.Errorf("text:\n%s\nwant the line %q", text.String(), want)
	}
	if n := strings.Count(text.String(), "aligned pair"); n != 1 {
		t.Errorf("text: %d notes; want 1 (the 0.9 pair and the human unit have none):\n%s", n, text.String())
	}
	if !strings.Contains(jsonl.String(), `"translations":[{"lang":"fr","text":"On a vu un drone."}],"align_score":0.16}`) || strings.Count(jsonl.String(), "align_score") != 1 {
		t.Errorf("jsonl: want align_score on the 0.16 pair only:\n%s", jsonl.String())
	}
}

// Exact units that share one translation are one match (collapseDups):
// they do not fill the list on their own, and the fuzzy matches are read
// for the rest of it. Six copies of one pair (their own tuids) hid a
// translator's fuzzy match with another translation.
func TestExactDuplicatesLeaveRoomForFuzzy(t *testing.T) {
	ctx := context.Background()
	d := openTemp(t)
	q, human := budgetQuery, budgetHuman()
	us := []tm.Unit{human}
	for i := range tm.DefaultMax + 1 {
		u := pair(q, "Le comité a approuvé le rapport budgétaire annuel lundi matin.")
		u.ID = fmt.Sprintf("copy-%d", i)
		us = append(us, u)
	}
	if _, err := d.Import(ctx, seq(us...), tm.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	ms, err := d.Lookup(ctx, q, tm.LookupOptions{Src: language.English, Tgt: language.French})
	if err != nil || len(ms) != 2 || ms[0].Score < 100 || ms[1].Source != human.Variants[0].Text {
		t.Fatalf("%+v %v; want the exact match (its copies as one), then the human fuzzy one", ms, err)
	}
}
