package align

import (
	"unicode/utf8"
)

// Lexical orphans between Chinese and a Latin-script side. An editor's
// inserted sentence comes from another story: few of its words have a
// translation anywhere in the other document, where a kept sentence's
// words mostly do (the other document tells the same story). With the
// dictionary the pair already holds (the built-in CC-CEDICT, cut by the
// Han side's hanCutter), a Chinese sentence's words of two Han characters
// or more that the dictionary translates are found when one of their
// translations (an English stem) is a word of the other document; an
// English sentence's lower-case words of lexMinLen letters or more are
// found when their stem is a translation of a word of the Chinese
// document. A sentence with lexMinWords such words or more, of which
// under lexCover (Chinese) or lexCoverEn (English) are found, is an
// orphan: it costs orphanNumberSkip of its weight to leave unmatched, as
// orphan numbers and anchors do. Only on a side where at most lexFalse
// (anchorFalse) of the sentences with lexMinWords words are orphans: a
// poor dictionary, or a document that is not the other's translation,
// finds few words everywhere.
//
// WMT21 news dev, counted before the rule (sentences of any length): of
// en-zh edited's 493 kept Chinese sentences 18 find under 0.4 of their
// words, of its 82 inserted ones 60 (60 of the 82 are no orphans to
// anchorOrphans); of zh-en edited's 138 inserted English sentences 93.
// An English sentence counts its function words too, most of which a
// Chinese document translates somewhere: kept English sentences find
// less (in en-zh a twentieth of the kept under 0.33, of the Chinese under
// 0.42). On MAC zh-en dev, a literary translation, none of the sentences
// the rule marks in its documents cut at 100 is unmatched in the gold (15
// Chinese, 45 English at 0.4), and English orphans at 0.4 cost strict F1
// at 70 / 100 sentences 0.004 / 0.009 (0.002 / none at 0.25).
// Strict F1, edited, no paragraph marks: zh-en 0.9327 -> 0.9390, en-zh
// 0.9139 -> 0.9655; the plain sets, the other pairs and the guards
// unchanged (branch news49 in BENCHMARKS.md, with what was tried).
const (
	lexMinWords = 4
	lexMinLen   = 4
	lexCover    = 0.4
	lexCoverEn  = 0.25
	lexFalse    = anchorFalse
)

// lexOrphans says which sentences of each side are lexical orphans (see
// above); nil for a side without. d is the pair's dictionary and seg
// its hanCutters (one side Han); none when either is missing.
func lexOrphans(src, tgt []string, d *Lexicon, seg [2]*hanCutter, wc *wordCache) (os, ot []bool) {
	han := -1
	switch {
	case d == nil:
	case seg[0] != nil && seg[1] == nil:
		han = 0
	case seg[1] != nil && seg[0] == nil:
		han = 1
	}
	if han < 0 {
		return nil, nil
	}
	sides := [2][]string{src, tgt}
	zh, en := sides[han], sides[1-han]
	g := seg[han]
	// The other document's words: the Latin side's stems, and the
	// translations of the Han side's words.
	stems := map[string]bool{}
	for _, s := range en {
		tokenize(s, wc, func(t token) {
			if !t.digit && !t.han && t.key != "" {
				stems[stem(enLemma(t.key))] = true
			}
		}, func(string) {})
	}
	trs := map[string]bool{}
	for j, s := range zh {
		g.cut(j, s, func(w string, isHan bool) {
			if isHan {
				d.eachTranslation(w, func(tr string) { trs[tr] = true })
			}
		})
	}
	zhCount := func(j int, s string) (n, found int) {
		g.cut(j, s, func(w string, isHan bool) {
			if !isHan || utf8.RuneCountInString(w) < 2 {
				return
			}
			any, ok := false, false
			d.eachTranslation(w, func(tr string) {
				any = true
				ok = ok || stems[tr]
			})
			if any {
				n++
				if ok {
					found++
				}
			}
		})
		return n, found
	}
	enCount := func(_ int, s string) (n, found int) {
		tokenize(s, wc, func(t token) {
			if t.digit || t.han || t.upper || utf8.RuneCountInString(t.key) < lexMinLen {
				return
			}
			n++
			if trs[stem(enLemma(t.key))] {
				found++
			}
		}, func(string) {})
		return n, found
	}
	orphans := func(sents []string, count func(int, string) (int, int), under float64) []bool {
		out := make([]bool, len(sents))
		with, orphan := 0, 0
		for i, s := range sents {
			n, found := count(i, s)
			if n < lexMinWords {
				continue
			}
			with++
			if float64(found) < under*float64(n) {
				out[i] = true
				orphan++
			}
		}
		if orphan == 0 || float64(orphan) > lexFalse*float64(with) {
			return nil
		}
		return out
	}
	res := [2][]bool{}
	res[han] = orphans(zh, zhCount, lexCover)
	res[1-han] = orphans(en, enCount, lexCoverEn)
	return res[0], res[1]
}

// orEither is the union of a and b, either of which may be nil (none).
func orEither(a, b []bool) []bool {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	out := make([]bool, len(a))
	for i := range out {
		out[i] = a[i] || b[i]
	}
	return out
}
