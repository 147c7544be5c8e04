package align

import (
	"fmt"
	"slices"
	"unicode"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm/textio"
)

// ErrScript is wrapped by the error of ReadPair for a document whose
// letters are almost none of its language's script: English given as
// Japanese, or source and target swapped (bitext align --src en --tgt ja
// story.ja.txt story.en.txt stored Japanese as English).
var ErrScript = textio.NewBadInput("text not in its language's script")

// scripts are the letters of each script a language may be written in,
// by the ISO 15924 code x/text gives its likely script, with a name for
// messages. A script not listed is not checked.
var scripts = map[string]struct {
	name   string
	tables []*unicode.RangeTable
}{
	"Latn": {"Latin", []*unicode.RangeTable{unicode.Latin}},
	"Cyrl": {"Cyrillic", []*unicode.RangeTable{unicode.Cyrillic}},
	"Grek": {"Greek", []*unicode.RangeTable{unicode.Greek}},
	"Arab": {"Arabic", []*unicode.RangeTable{unicode.Arabic}},
	"Hebr": {"Hebrew", []*unicode.RangeTable{unicode.Hebrew}},
	"Deva": {"Devanagari", []*unicode.RangeTable{unicode.Devanagari}},
	"Thai": {"Thai", []*unicode.RangeTable{unicode.Thai}},
	"Hans": {"Chinese (Han)", []*unicode.RangeTable{unicode.Han}},
	"Hant": {"Chinese (Han)", []*unicode.RangeTable{unicode.Han}},
	"Jpan": {"Japanese (Han and kana)", []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana}},
	"Kore": {"Korean (Hangul)", []*unicode.RangeTable{unicode.Hangul, unicode.Han}},
}

// Thresholds of checkScript: it judges a document of minScriptLetters
// letters or more (a short text may be a name or a code), and refuses it
// when fewer than 1 in maxForeignRatio of its letters (of the first
// maxScriptLetters) are of its language's script. Translated manuals
// keep untranslated paragraphs in the source language (half of Debian
// Reference's Japanese chapter 8 is English), so the bar is low: it
// catches a wrong or swapped language, not a mixed text.
const (
	minScriptLetters = 200
	maxScriptLetters = 200_000
	maxForeignRatio  = 20
)

// checkScript's memo of the runes below scriptMemo (Latin, Greek,
// Cyrillic, Hebrew, Arabic); a letter of several scripts is judged each
// time.
const scriptMemo = 0x800

const (
	memoNotLetter = 1 + iota
	memoWant
	memoNoScript
	memoCode // memoCode+i: of the i-th script met
)

// oneScript reports whether lang is written in script sc alone, so that a
// text in another script is not in lang: the script is given (sr-Latn),
// or x/text is sure of it and the language is not one that news writes in
// two scripts. x/text is unsure (Low) of the languages written in two
// (Serbian in Cyrillic and Latin, Uzbek, Azerbaijani, Kurdish, Mongolian,
// Uyghur, Tajik...) and of zh, whose two scripts are both Han.
func oneScript(lang language.Tag, sc language.Script, conf language.Confidence) bool {
	switch {
	case conf == language.Exact:
		return true
	case sc.String() == "Hans" || sc.String() == "Hant":
		return conf != language.No
	case conf < language.High:
		return false
	}
	base, _ := lang.Base()
	return !twoScripts[base.String()]
}

// twoScripts are languages x/text gives one script with High confidence
// that are written in two in the news: Kazakh (Cyrillic, Latin since the
// 2021 alphabet reform).
var twoScripts = map[string]bool{"kk": true}

// checkScript returns a bad-input error (ErrScript) when the letters of d
// are almost none of lang's script, naming the script they are in.
func checkScript(d Document, lang language.Tag) error {
	code, ok := scriptChecked(lang)
	if !ok {
		return nil
	}
	want := scripts[code]
	total, in := 0, 0
	other := map[string]int{}
	// A rune below scriptMemo is judged once a document: memo[r] is 0
	// not yet, memoNotLetter, memoWant (a letter of want's script),
	// memoNoScript (a letter of no listed script), or memoCode+i, a
	// letter of codes[i]'s script alone.
	var memo [scriptMemo]uint8
	var codes []string
	rest := bytesOf(d.Sentences)
	for _, s := range d.Sentences {
		rest -= len(s)
		for _, r := range s {
			if r < scriptMemo {
				switch m := memo[r]; {
				case m == memoNotLetter:
					continue
				case m == memoWant:
					total++
					in++
					continue
				case m == memoNoScript:
					total++
					continue
				case m >= memoCode:
					total++
					other[codes[m-memoCode]]++
					continue
				}
			}
			if !unicode.IsLetter(r) {
				if r < scriptMemo {
					memo[r] = memoNotLetter
				}
				continue
			}
			total++
			if unicode.In(r, want.tables...) {
				in++
				if r < scriptMemo {
					memo[r] = memoWant
				}
			} else {
				// Every script the letter is of counts it (Han is
				// Chinese, Japanese and Korean): the one with most
				// letters names the text, a tie by code (Hans first).
				n, last := 0, ""
				for code, o := range scripts {
					if unicode.In(r, o.tables...) {
						other[code]++
						n, last = n+1, code
					}
				}
				if r < scriptMemo {
					switch {
					case n == 0:
						memo[r] = memoNoScript
					case n == 1:
						i := slices.Index(codes, last)
						if i < 0 {
							i = len(codes)
							codes = append(codes, last)
						}
						memo[r] = memoCode + uint8(i)
					}
				}
			}
		}
		if total >= maxScriptLetters {
			break
		}
		// A letter takes a byte or more: when lang's letters are enough
		// even if every letter the rest could hold were of another
		// script, the verdict is nil (a document in its script stops a
		// twentieth of the way through).
		if in*maxForeignRatio >= total+rest {
			return nil
		}
	}
	return scriptVerdict(code, lang, in, total, other)
}

// scriptChecked returns the code (a key of scripts) of the script a text
// declared in lang is checked for, ok false when none is: no language,
// a script not listed, or a language written in more than one.
func scriptChecked(lang language.Tag) (code string, ok bool) {
	if lang == language.Und {
		return "", false
	}
	sc, conf := lang.Script()
	if _, ok := scripts[sc.String()]; !ok || !oneScript(lang, sc, conf) {
		return "", false
	}
	return sc.String(), true
}

// scriptVerdict is checkScript's answer from its counts: of total letters
// read, in of the script code, other[c] of each script c they are of
// (Han counts for every script it is of). Too few letters, or enough in
// the script, is nil; else the error names the script most letters are
// in, a tie by code (Hans first).
func scriptVerdict(code string, lang language.Tag, in, total int, other map[string]int) error {
	if total < minScriptLetters || in*maxForeignRatio >= total {
		return nil
	}
	found, most := "", 0
	for c, n := range other {
		if n > most || n == most && c < found {
			found, most = c, n
		}
	}
	written := "no script bitext knows"
	if found != "" {
		written = scripts[found].name + " script"
	}
	return &scriptError{fmt.Sprintf("its letters are in %s, hardly any (%d of %d) in the %s script of %s: is the language wrong, or are the source and target swapped?", written, in, total, scripts[code].name, lang)}
}

type scriptError struct{ s string }

func (e *scriptError) Error() string { return e.s }
func (e *scriptError) Unwrap() error { return ErrScript }
