package tm

import (
	"errors"
	"iter"
	"strings"
	"unicode"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
)

// AlignedOptions say how AlignedUnits makes units of an alignment.
type AlignedOptions struct {
	// SrcLang and TgtLang are the languages of the source and target
	// documents; both are needed.
	SrcLang, TgtLang language.Tag
	// SrcDoc and TgtDoc name the two documents (Origin.SrcDoc and
	// Origin.TgtDoc); "" for unnamed.
	SrcDoc, TgtDoc string
	// File is each unit's Origin.File, the file the units are imported
	// from; "" means SrcDoc.
	File string
	// Skipped, if set, counts the beads left out as untranslated
	// (Skipped.Untranslated).
	Skipped *Skipped
}

// AlignedUnits iterates over the units of an alignment of src with tgt, in
// document order: one unit a bead, its source the bead's source sentences
// joined as align.Document.Text joins them (by a space; by nothing between
// Chinese or Japanese sentences), its target likewise, its Origin the
// documents and the bead's score. A bead with an empty side (an unmatched sentence)
// is no pair and is skipped, and so is a bead scoring 0 or less (no
// evidence of being one), and a bead whose target is its source letter for
// letter, in another language, with minUntranslatedWords words or more,
// or two common words (see commonPair) (a passage the translation left in
// the source language, as translated
// manuals built with po4a keep the paragraphs nobody translated yet): in a
// TM it would be an exact match offering the source as its translation.
// Import the units with ImportOptions.Sequential,
// so that neighbours become each other's context. The sequence ends with
// an error when opt lacks a language.
func AlignedUnits(src, tgt align.Document, beads []align.Bead, opt AlignedOptions) iter.Seq2[Unit, error] {
	return func(yield func(Unit, error) bool) {
		if opt.SrcLang == language.Und || opt.TgtLang == language.Und {
			yield(Unit{}, errors.New("aligned units need a source and a target language"))
			return
		}
		sl, tl := opt.SrcLang, opt.TgtLang
		file := opt.File
		if file == "" {
			file = opt.SrcDoc
		}
		for _, b := range beads {
			if b.Src.Len() == 0 || b.Tgt.Len() == 0 {
				continue
			}
			if b.Score <= 0 { // no evidence: a pair without a score would be trusted
				if opt.Skipped != nil {
					opt.Skipped.ScoredZero++
				}
				continue
			}
			st, tt := src.Text(b.Src), tgt.Text(b.Tgt)
			if untranslated(st, tt, sl, tl) {
				if opt.Skipped != nil {
					opt.Skipped.Untranslated++
				}
				continue
			}
			u := Unit{
				SrcLang:  sl,
				Variants: []Variant{{Lang: sl, Text: st}, {Lang: tl, Text: tt}},
				Origin:   Origin{File: file, SrcDoc: opt.SrcDoc, TgtDoc: opt.TgtDoc, Score: b.Score},
			}
			if !yield(u, nil) {
				return
			}
		}
	}
}

// minUntranslatedWords is the fewest words of letters in a target that is
// its source's text for the bead to be an untranslated passage: a name, a
// command or a term left as it is ("Debian", "# dpkg-reconfigure
// locales", "I18N") is a translation.
const minUntranslatedWords = 3

// untranslated reports whether target t is source s left untranslated:
// the same text, in a language other than the source's (a British and an
// American version of a text may share sentences: SameLanguage), with at
// least minUntranslatedWords words that hold a letter. Between two
// scripts of one language (sr-Latn and sr-Cyrl) the same text is one left
// in its script when none of its letters is of the target's
// (inScriptOf): a Cyrillic version that reads "Vlada je usvojila zakon."
// would be a 100% sr-Cyrl match in Latin letters. zh-CN and zh-TW share
// the Han letters: a sentence written alike in both is a conversion.
func untranslated(s, t string, sl, tl language.Tag) bool {
	if s != t || sameLang(sl, tl) {
		return false
	}
	if baseTag(sl) == baseTag(tl) && inScriptOf(t, tl) {
		return false
	}
	words := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words++
		}
	}
	return words >= minUntranslatedWords || commonPair(s)
}

// scriptLetters are the Unicode scripts of the script subtags that
// untranslated tells apart within one language (langScript).
var scriptLetters = map[string]*unicode.RangeTable{
	"Latn": unicode.Latin, "Cyrl": unicode.Cyrillic, "Grek": unicode.Greek, "Arab": unicode.Arabic,
	"Hebr": unicode.Hebrew, "Deva": unicode.Devanagari, "Hans": unicode.Han, "Hant": unicode.Han,
}

// inScriptOf reports whether t holds a letter of the script that tag l
// says (langScript), or whether that cannot be told (no script said, or
// one scriptLetters does not know): only a text seen to be in another
// script is not in l's.
func inScriptOf(t string, l language.Tag) bool {
	sc, ok := langScript(l)
	if !ok {
		return true
	}
	table := scriptLetters[sc.String()]
	return table == nil || strings.IndexFunc(t, func(r rune) bool { return unicode.Is(table, r) }) >= 0
}

// commonPair reports whether s is two words of letters, a capitalized one
// and one in lower case, a colon or a stop after it, after a section
// number if any ("For example:", "1.4.4. Mouse operations", "Then
// reload."): a phrase of common words, which another language writes
// otherwise. Names, products, commands and codes (Osamu Aoki, Windows XP,
// Tomoyo Linux, "export PATH", "Section: admin", "OK") are no such pair
// and stay translations.
func commonPair(s string) bool {
	f := strings.Fields(s)
	if len(f) == 3 && strings.Trim(f[0], "0123456789.") == "" && strings.ContainsAny(f[0], "0123456789") {
		f = f[1:]
	}
	if len(f) != 2 {
		return false
	}
	first, rest := []rune(f[0]), strings.TrimSuffix(strings.TrimSuffix(f[1], ":"), ".")
	if len(first) < 2 || !unicode.IsUpper(first[0]) || rest == "" {
		return false
	}
	for _, r := range string(first[1:]) + rest {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// PairTexts turns pairs (as DB.Pairs iterates over them) into the
// source and target texts align.Options.Examples takes. It stops at the
// first error and stores it in *errp, for the caller to check after
// aligning.
func PairTexts(pairs iter.Seq2[Pair, error], errp *error) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for p, err := range pairs {
			if err != nil {
				*errp = err
				return
			}
			if !yield(p.Source, p.Target) {
				return
			}
		}
	}
}
