package align

import (
	"context"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// A mixed batch turns each dictionary to each language pair, leaves it
// out where it fits neither language, and refuses one that fits no pair.
func orientBatch(dicts []*Dict, files []BatchFiles, reverse bool) (*BatchDicts, []DictDirection, error) {
	b := NewBatchDicts(files)
	_, dirs, err := b.Orient(dicts, DictSides{Reverse: reverse})
	return b, dirs, err
}

func TestOrientBatchDicts(t *testing.T) {
	dir := t.TempDir()
	engRusD, err := OpenDict(writeDictd(t, dir, "freedict-eng-rus", engRus), FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	deuFra, err := OpenDict(writeDictd(t, dir, "freedict-deu-fra", [][2]string{{"Haus", "maison"}, {"Wasser", "eau"}}), FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	ru, en, de, fr := language.Russian, language.English, language.German, language.French
	files := []BatchFiles{
		{SrcLang: ru, TgtLang: en, Where: "m.tsv:1"},
		{SrcLang: en, TgtLang: ru, Where: "m.tsv:2"},
		{SrcLang: ru, TgtLang: en, Where: "m.tsv:3"},
		{SrcLang: fr, TgtLang: de, Where: "m.tsv:4"},
	}
	bd, dirs, err := orientBatch([]*Dict{engRusD, deuFra}, files, false)
	if err != nil {
		t.Fatal(err)
	}
	if l := bd.Lexicon(ru, en); l == nil || !has(l, "дом", "house") || has(l, "house", "дом") || has(l, "Haus", "maison") {
		t.Errorf("ru -> en: want eng-rus reversed alone")
	}
	if l := bd.Lexicon(en, ru); l == nil || !has(l, "house", "дом") || has(l, "дом", "house") {
		t.Errorf("en -> ru: want eng-rus as written")
	}
	if l := bd.Lexicon(fr, de); l == nil || !has(l, "maison", "Haus") || has(l, "house", "дом") {
		t.Errorf("fr -> de: want deu-fra reversed alone")
	}
	if l := bd.Lexicon(de, en); l != nil {
		t.Errorf("de -> en (not in the batch): want no lexicon")
	}
	var lines []string
	for _, d := range dirs {
		lines = append(lines, d.String())
	}
	want := []string{
		dir + "/freedict-eng-rus.index: read reversed, ru -> en, by its languages",
		dir + "/freedict-deu-fra.index: not used for the 2 pairs ru -> en (first at m.tsv:1): it is de -> fr",
		dir + "/freedict-eng-rus.index: read as written, by its languages",
		dir + "/freedict-deu-fra.index: not used for the 1 pair en -> ru (first at m.tsv:2): it is de -> fr",
		dir + "/freedict-eng-rus.index: not used for the 1 pair fr -> de (first at m.tsv:4): it is en -> ru",
		dir + "/freedict-deu-fra.index: read reversed, fr -> de, by its languages",
	}
	if !slices.Equal(lines, want) {
		t.Errorf("uses:\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}

	// Fits no pair: with several language pairs, all are named.
	_, _, err = orientBatch([]*Dict{deuFra}, files[:2], false)
	le := (*DictLangError)(nil)
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "freedict-deu-fra.index: the dictionary is de -> fr, but no pair of the batch has either language: ru -> en (m.tsv:1, 1 pair), en -> ru (m.tsv:2, 1 pair)") {
		t.Errorf("deu-fra for ru-en and en-ru: err %v; want a *DictLangError naming both pairs", err)
	}
	// With one language pair, OrientDicts's error.
	_, _, err = orientBatch([]*Dict{deuFra}, files[:1], false)
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "but the pair is ru -> en: neither language matches") {
		t.Errorf("deu-fra for ru-en: err %v; want OrientDicts's *DictLangError", err)
	}
	// --dict-reverse reads every one reversed, whatever the pair.
	bd, _, err = orientBatch([]*Dict{engRusD}, files[:2], true)
	if err != nil || !has(bd.Lexicon(en, ru), "дом", "house") || !has(bd.Lexicon(ru, en), "дом", "house") {
		t.Errorf("reverse: err %v, or not reversed for every pair", err)
	}
}

// Batch aligns each pair with the lexicon of its languages.
func TestBatchUsesPairDicts(t *testing.T) {
	dir := t.TempDir()
	d, err := OpenDict(writeDictd(t, dir, "freedict-eng-rus", engRus), FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	ru, en, fr := language.Russian, language.English, language.French
	files := []BatchFiles{{SrcLang: ru, TgtLang: en}, {SrcLang: en, TgtLang: fr}}
	bd, _, err := orientBatch([]*Dict{d}, files, false)
	if err != nil {
		t.Fatal(err)
	}
	items := func(yield func(BatchItem) bool) {
		in := func(lines []string, l language.Tag) Input {
			text := strings.Join(lines, "\n") + "\n"
			return Input{File: File{Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(text)), nil }}, Lang: l}
		}
		if !yield(BatchItem{Src: in(ruText, ru), Tgt: in(enText, en)}) {
			return
		}
		yield(BatchItem{Src: in(enText, en), Tgt: in([]string{"Le ministre a vu un chat près de la maison.", "Il n'y avait pas d'eau dans la maison."}, fr)})
	}
	var with, alone []float64
	for r := range Batch(context.Background(), items, PairOptions{Doc: DocumentOptions{Presegmented: true}, Dicts: bd}) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		with = append(with, r.Pair.Beads[0].Score)
	}
	for r := range Batch(context.Background(), items, PairOptions{Doc: DocumentOptions{Presegmented: true}}) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		alone = append(alone, r.Pair.Beads[0].Score)
	}
	if len(with) != 2 || len(alone) != 2 || with[0] <= alone[0] || with[1] != alone[1] {
		t.Errorf("first bead scores with the batch's dictionaries %v, without %v; want the ru -> en pair's higher, the en -> fr pair's equal", with, alone)
	}
}
