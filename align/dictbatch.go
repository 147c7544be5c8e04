package align

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// A batch's dictionaries (BatchDicts). A manifest may hold pairs of several languages
// (ru -> en, en -> fr, fr -> en): each --dict is turned to each language
// pair by its languages, as OrientDicts turns it for one pair, and a
// dictionary that fits neither language of a pair is left out for that
// pair (an English-Russian dictionary says nothing about French). A
// dictionary that fits no pair of the batch is bad input: most likely the
// wrong file. Before any text is read only languages can decide, so a
// dictionary without languages (TSV, hunalign) is read as written for
// every pair, and so is every dictionary for a pair whose languages are
// unknown.

// BatchDicts are the dictionaries of a batch turned to each of its
// language pairs (NewBatchDicts, then Orient).
type BatchDicts struct {
	files []BatchFiles
	lex   map[[2]string]*Lexicon
	// Uses says how each dictionary is read for each language pair of
	// the batch (set by Orient): language pairs in the order of their
	// first pair, dictionaries in the order given.
	Uses []BatchDictUse
}

// A BatchDictUse is how one dictionary is read for the pairs of a batch
// with one pair of languages: its DictDirection (Unused set when it is
// left out).
type BatchDictUse struct {
	DictDirection
	// Src and Tgt are the languages of the pairs.
	Src, Tgt language.Tag
}

// NewBatchDicts is the dictionaries of a batch of files, none yet.
func NewBatchDicts(files []BatchFiles) *BatchDicts {
	return &BatchDicts{files: files, lex: map[[2]string]*Lexicon{}}
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// Lexicon is the lexicon of the dictionaries that fit the pair src ->
// tgt, turned to it (nil when none fits).
func (b *BatchDicts) Lexicon(src, tgt language.Tag) *Lexicon {
	if b == nil {
		return nil
	}
	return b.lex[langKey(src, tgt)]
}

func langKey(src, tgt language.Tag) [2]string { return [2]string{src.String(), tgt.String()} }

// batchLangPair is a pair of languages of a batch: how many pairs of
// files have it, and where the first one is.
type batchLangPair struct {
	src, tgt language.Tag
	n        int
	where    string
}

// batchLangPairs is the pairs of languages of files, in the order of
// their first pair of files.
func batchLangPairs(files []BatchFiles) []*batchLangPair {
	var pairs []*batchLangPair
	seen := map[[2]string]*batchLangPair{}
	for _, f := range files {
		k := langKey(f.SrcLang, f.TgtLang)
		if p := seen[k]; p != nil {
			p.n++
			continue
		}
		p := &batchLangPair{f.SrcLang, f.TgtLang, 1, f.Where}
		seen[k] = p
		pairs = append(pairs, p)
	}
	return pairs
}

// fitsNoPair is the error of dictionary d, which fits none of the
// batch's pairs of languages: it names each of them.
func fitsNoPair(d *Dict, pairs []*batchLangPair) error {
	var ls []string
	for _, p := range pairs {
		ls = append(ls, fmt.Sprintf("%s -> %s (%s, %s)", p.src, p.tgt, p.where, plural(p.n, "pair")))
	}
	what := fmt.Sprintf("the dictionary is %s -> %s, but no pair of the batch has either language", d.From, d.To)
	if d.lex.han != nil && d.lex.han.ja { // jpdict.go
		what = "the dictionary is Japanese-English (JMdict, Japanese -> English), but no pair of the batch has Japanese"
	} else if d.lex.han != nil {
		what = "the dictionary is CC-CEDICT (Chinese -> English), but no pair of the batch has Chinese"
	}
	return &DictLangError{Path: d.Path, From: d.From, To: d.To, Msg: what + ": " + strings.Join(ls, ", ")}
}

// Orient turns dicts to each language pair of the batch, as OrientDicts
// turns them to one pair by its languages; s.Reverse reads every one the
// other way round (s's languages and texts are not used: each pair's
// lexicon is b.Lexicon of its languages, and the Lexicon returned is
// nil). The directions come back once each (the same line for two
// language pairs is said once), Unused set where a dictionary is left
// out. A dictionary that fits no pair of the batch is a *DictLangError:
// with one language pair in the batch, OrientDicts's; with several,
// naming every language pair and where it first appears.
func (b *BatchDicts) Orient(dicts []*Dict, s DictSides) (*Lexicon, []DictDirection, error) {
	b.Uses = nil
	if len(dicts) == 0 {
		return nil, nil, nil
	}
	pairs := batchLangPairs(b.files)
	used := make([]bool, len(dicts))
	firstErr := make([]error, len(dicts))
	for _, p := range pairs {
		ps := DictSides{Src: p.src, Tgt: p.tgt, Reverse: s.Reverse}
		var fit []*Dict
		first := len(b.Uses)
		for k, d := range dicts {
			u := BatchDictUse{DictDirection: DictDirection{Path: d.Path, From: d.From, To: d.To}, Src: p.src, Tgt: p.tgt}
			if _, err := d.direction(ps); err != nil {
				le := (*DictLangError)(nil)
				if !errors.As(err, &le) {
					return nil, nil, err
				}
				if firstErr[k] == nil {
					firstErr[k] = err
				}
				why := le.Msg
				if known(d.From) && known(d.To) {
					why = fmt.Sprintf("it is %s -> %s", d.From, d.To)
				}
				u.Unused = fmt.Sprintf("not used for the %s %s -> %s (first at %s): %s", plural(p.n, "pair"), p.src, p.tgt, p.where, why)
			} else {
				used[k] = true
				fit = append(fit, d)
			}
			b.Uses = append(b.Uses, u)
		}
		lex, dirs, err := OrientDicts(fit, ps)
		if err != nil {
			return nil, nil, err
		}
		b.lex[langKey(p.src, p.tgt)] = lex
		// The directions of the dictionaries used, in order.
		k := first
		for _, d := range dirs {
			for b.Uses[k].Unused != "" {
				k++
			}
			b.Uses[k].DictDirection = d
			k++
		}
	}
	for k, d := range dicts {
		if used[k] || firstErr[k] == nil {
			continue
		}
		if len(pairs) == 1 || d.lex.han != nil && s.Reverse {
			return nil, nil, firstErr[k]
		}
		return nil, nil, fitsNoPair(d, pairs)
	}
	var dirs []DictDirection
	said := map[string]bool{}
	for _, u := range b.Uses {
		if line := u.String(); !said[line] {
			said[line] = true
			dirs = append(dirs, u.DictDirection)
		}
	}
	return nil, dirs, nil
}
