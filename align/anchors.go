package align

import (
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Untranslated anchors. Names and numbers carry over into a translation:
// a digit run, a capitalized Latin word inside a sentence ("Reykjavík",
// "Trump"), a Latin word inside a Han or Kana sentence ("CNN", "iPhone").
// A sentence with at least anchorMin such anchors, none of which is found
// anywhere in the other document (a number as a number, a word by the
// first anchorPrefix letters of its key, so that Icelandic "Trumps" finds
// "Trump"), has more likely than not no counterpart there: an editor
// inserted or dropped it, whatever the first pass made of it (a 1-1 with
// a kept sentence of its length, a member of a neighbour's bead). Such a
// sentence costs orphanNumberSkip of its weight to leave unmatched, in a
// news-sized translation pair, as an orphan number does (anchorOrphans
// widens orphanNumbers to names).
//
// Only where the anchors of the sentences that are kept are found: a side
// whose sentences with anchors find none more often than anchorFalse (an
// English name against Japanese, where only numbers and Latin words
// carry over), or that has under anchorMinSents such sentences, has no
// orphans by this rule. German capitalizes its nouns, which a French or
// English version has no reason to keep: a side whose Latin words,
// each sentence's first aside, are capitalized more often than
// anchorNounCaps (German 0.26-0.59 per document in WMT21 dev and 0.28-0.41
// in Text+Berg dev cut at 70 sentences; English, Czech, Icelandic, Hausa
// and French 0.00-0.34, 90% under 0.22) takes only numbers and Latin words
// in Han or Kana sentences as anchors; so does a side whose language is
// known to capitalize its nouns (capitalizesNouns), whatever its share:
// a German text of short nouns and long verbs falls under anchorNounCaps
// (a Text+Berg test document, 0.22), and its nouns then made a third of
// its sentences orphans.
//
// WMT21 news dev (12 edited pairs, no paragraph marks), mean strict F1
// 0.933 -> 0.939, pairs >= 0.92 8 -> 10: missed links of the six pairs
// under 0.92 by shape (TestNewsWide -newswideshapes), dropped glued 127 ->
// 107, inserted paired 1-1 with a kept one 105 -> 95, inserted glued 103
// -> 87, kept glued 102 -> 89 (branch news47 in BENCHMARKS.md). Tried:
// anchorMin 1 (0.941, but Text+Berg cut at 70 sentences 0.936 -> 0.932
// and en-ha unedited 0.995 -> 0.990), 3 (0.938); anchorFalse 0.2 / 0.3 /
// 0.4 / 0.6 / 1: 0.934 / 0.936 / 0.937 / 0.940 / 0.940; anchorPrefix 5
// (at anchorFalse 0.3, 0.935 against 0.936); anchorNounCaps 0.2 (0.936
// against 0.936 at anchorFalse 0.3), 0.3 (Text+Berg at 40 / 70 0.933 /
// 0.920: German nouns as names); without anchorNounCaps Text+Berg at 70
// lost at every setting tried (0.920-0.932) but anchorPrefix 5 at
// anchorFalse 0.2 (news 0.934).
const (
	anchorMin      = 2
	anchorPrefix   = 4
	anchorFalse    = 0.5
	anchorMinSents = 5
	anchorNounCaps = 0.25
)

// anchorSent is what keys and capShareOf read of a sentence: its
// numbers and Latin-script words, tokenized once for anchorOrphans'
// three scans of each side (present, capShareOf and orphans).
type anchorSent struct {
	han  bool // s has a Han or Kana character
	toks []anchorTok
}

// anchorTok is a number or a Latin-script word of a sentence.
type anchorTok struct {
	key   string // "#" and a number's digits (its group's value: "#60000"); a word's key cut to anchorPrefix runes
	digit bool   // a number
	upper bool   // a word that starts with a capital
	first bool   // the sentence's first token
	long  bool   // a word of two letters or more
}

// readAnchorSentOf reads sentence i, s, as anchorOrphans does: its
// numbers and Latin words (Han aside), its tokens appended to buf and
// read from tm (nil: tokenized).
func readAnchorSentOf(tm *tokMemo, i int, s string, wc *wordCache, buf []anchorTok) anchorSent {
	if len(clip(s)) < len(s) {
		tm = nil // tm holds the clipped sentence's tokens
	}
	a := anchorSent{toks: buf}
	for _, r := range s {
		if isCJK(r) {
			a.han = true
			break
		}
	}
	first := true
	tm.tokenize(i, s, wc, func(t token) {
		defer func() { first = false }()
		switch {
		case t.han:
			return
		case t.digit:
			if t.group != "" {
				// "60,000": "#60" and "#60000", not "#000"
				a.toks = append(a.toks, anchorTok{key: "#" + t.group, digit: true, first: first})
			} else {
				a.toks = append(a.toks, anchorTok{key: "#" + t.key, digit: true, first: first})
			}
			return
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		if !isLatin(r) {
			return
		}
		a.toks = append(a.toks, anchorTok{key: prefixRunes(t.key, anchorPrefix), upper: t.upper,
			first: first, long: utf8.RuneCountInString(t.text) >= 2})
	}, func(string) {})
	return a
}

// readAnchorSentsOf reads each sentence of sents (readAnchorSentOf),
// their tokens in one slice, read from tm (nil: tokenized).
func readAnchorSentsOf(sents []string, wc *wordCache, tm *tokMemo) []anchorSent {
	out := make([]anchorSent, len(sents))
	ends := make([]int, len(sents))
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	// About one number or Latin word in 8 bytes of English or French.
	buf := make([]anchorTok, 0, n/8)
	for i, s := range sents {
		out[i] = readAnchorSentOf(tm, i, s, wc, buf)
		buf = out[i].toks
		ends[i] = len(buf)
	}
	start := 0
	for i, end := range ends {
		out[i].toks = buf[start:end:end]
		start = end
	}
	return out
}

// keys calls f with the anchors of the sentence (see above), keyed as
// present looks them up; every calls f with every word and number of
// the sentence, keyed the same way.
func (a anchorSent) keys(every, names bool, f func(string)) {
	for _, t := range a.toks {
		switch {
		case t.digit:
			f(t.key)
		case t.key == "":
		case every:
			f(t.key)
		case (a.han || (names && t.upper && !t.first)) && t.long:
			f(t.key)
		}
	}
}

// anchorOrphans says which sentences of each side have anchors, none of
// them found in the other document; a side whose anchors are not to be
// trusted (see above) has none. With values (a Chinese side against a
// Latin one), a number's value across notations (numberValues) finds
// it too, and is no anchor of its own.
func anchorOrphans(src, tgt []string, wc *wordCache, toks [2]*tokMemo, nounCaps [2]bool, values bool) (os, ot []bool) {
	// Each side's sentences read once for the three scans below; the
	// sentences themselves stay beside their reading for numberValues.
	rs, rt := readAnchorSentsOf(src, wc, toks[0]), readAnchorSentsOf(tgt, wc, toks[1])
	present := func(sents []string, read []anchorSent) map[string]bool {
		n := 0
		for _, a := range read {
			n += len(a.toks)
		}
		have := make(map[string]bool, n) // at most one key a token, values aside
		for i, s := range sents {
			read[i].keys(true, true, func(k string) { have[k] = true })
			if values {
				numberValues(s, func(v string) { have["#"+v] = true })
			}
		}
		return have
	}
	orphans := func(sents []string, read []anchorSent, other map[string]bool, nouns bool) []bool {
		out := make([]bool, len(sents))
		names := !nouns && capShareOf(read) <= anchorNounCaps
		with, orphan := 0, 0
		for i, s := range sents {
			n, found := 0, false
			read[i].keys(false, names, func(k string) {
				n++
				found = found || other[k]
			})
			if values && n >= anchorMin && !found {
				numberValues(s, func(v string) { found = found || other["#"+v] })
			}
			if n >= anchorMin {
				with++
			}
			if n >= anchorMin && !found {
				out[i] = true
				orphan++
			}
		}
		if with < anchorMinSents || float64(orphan) > anchorFalse*float64(with) {
			return nil
		}
		return out
	}
	return orphans(src, rs, present(tgt, rt), nounCaps[0]), orphans(tgt, rt, present(src, rs), nounCaps[1])
}

// capitalizesNouns reports whether language l writes every noun with a
// capital letter (German, Luxembourgish).
func capitalizesNouns(l language.Tag) bool {
	base, _ := l.Base()
	switch base.String() {
	case "de", "lb", "gsw":
		return true
	}
	return false
}

// orUnion sets a[i] where b[i] (b nil: none) and returns a.
func orUnion(a, b []bool) []bool {
	for i := range b {
		a[i] = a[i] || b[i]
	}
	return a
}

// capShareOf is the share of the Latin words of sents, each sentence's
// first aside, that are capitalized (-1: none).
func capShareOf(sents []anchorSent) float64 {
	up, all := 0, 0
	for _, s := range sents {
		for _, t := range s.toks {
			if t.digit || t.first {
				continue
			}
			all++
			if t.upper {
				up++
			}
		}
	}
	if all == 0 {
		return -1
	}
	return float64(up) / float64(all)
}
