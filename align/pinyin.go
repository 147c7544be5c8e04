package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bitext/bitext/normalize"
)

// Names across Han and Latin script. Chinese is written without spaces and
// its names are not marked, so the name skeletons of features.go never
// reach a Chinese sentence; the English translation writes the same names
// in Pinyin ("陈清扬" / "Chen Qingyang", "王二" / "Wang Er"). When one side
// is mostly Han and the other Latin, the Latin side's names (capitalized
// words seen capitalized inside a sentence, and two consecutive capitalized
// words, surname and given name) are collected first; a window of one to
// maxPinyinWindow consecutive Han characters whose toneless Pinyin, run
// together, spells one of them is a kindPinyin feature on the Han side, and
// the name one on the Latin side. Only windows that spell a collected name
// are emitted, so the cost is a table lookup per Han character and window.

// maxPinyinWindow is the longest run of Han characters read as one name:
// a surname and a given name of two characters.
const maxPinyinWindow = 3

// hanScript reports whether most letters of sents (a sample) are Han
// characters.
func hanScript(sents []string) bool {
	var han, other int
	rest := bytesOf(sents)
	t := runeProps()
	for _, s := range sents {
		rest -= len(s)
		for _, r := range s {
			switch p := props(t, r); {
			case p&propHan != 0:
				han++
			case p&propLetter != 0:
				other++
			}
		}
		if han+other > 20000 {
			break
		}
		// A Han character takes three bytes or more (unicode.Han
		// starts at U+2E80): when the rest cannot hold enough of them
		// to outnumber the other letters, the answer is no (a Latin
		// document's scan stops a third of the way through).
		if other >= han+rest/3 {
			break
		}
	}
	return han > other
}

// bytesOf is the bytes of sents together.
func bytesOf(sents []string) int {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	return n
}

// latinScript reports whether most letters of sents (a sample) are ASCII
// letters, the only ones a Pinyin spelling uses.
func latinScript(sents []string) bool {
	var latin, other int
	for _, s := range sents {
		for _, r := range s {
			switch {
			case r < utf8.RuneSelf && unicode.IsLetter(r):
				latin++
			case unicode.IsLetter(r):
				other++
			}
		}
		if latin+other > 20000 {
			break
		}
	}
	return latin > other
}

// pinyinNames collects the possible names of Latin-script sentences, in
// lower case: words written capitalized somewhere other than at the start
// of a sentence (so "She" is not one unless it is a name elsewhere), and
// the run-together pair of every two consecutive capitalized words
// ("chenqingyang"). Words of one letter are left out.
func pinyinNames(sents []string) map[string]bool {
	names := map[string]bool{}
	lower := map[string]bool{}
	for _, s := range sents {
		prev := ""
		first := true
		latinWords(s, func(w string, upper bool) {
			if w[0] >= 'a' && w[0] <= 'z' {
				lower[w] = true
			}
			if upper && len(w) >= 2 {
				k := strings.ToLower(w)
				if !first {
					names[k] = true
				}
				if prev != "" {
					names[prev+k] = true
				}
				prev = k
			} else {
				prev = ""
			}
			first = false
		})
	}
	for w := range lower {
		delete(names, w)
	}
	return names
}

// latinWords calls f for each run of ASCII letters of s, telling whether
// it starts with an upper-case letter. A word with other letters in it
// (accents, other scripts) is not Pinyin and is passed with upper false.
func latinWords(s string, f func(w string, upper bool)) {
	start, ascii := -1, true
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsMark(r) || r == '\'' && start >= 0 {
			if start < 0 {
				start, ascii = i, true
			}
			if r >= utf8.RuneSelf || r == '\'' {
				ascii = false
			}
			continue
		}
		if start >= 0 {
			w := s[start:i]
			f(w, ascii && w[0] >= 'A' && w[0] <= 'Z')
			start = -1
		}
	}
	if start >= 0 {
		w := s[start:]
		f(w, ascii && w[0] >= 'A' && w[0] <= 'Z')
	}
}

// pinyinReading returns the toneless Pinyin of Han character r, its first
// (most common) reading (normalize.PinyinSyllable), or "" if the table
// lacks it.
func pinyinReading(r rune) string { return normalize.PinyinSyllable(r) }

// pinyinSetup turns the name features on for a pair of sides when one is
// mostly Han and the other Latin: x.pinyin holds the Latin side's names
// and x.hanSide which side (0 source, 1 target) is the Han one.
func (x *extractor) pinyinSetup(src, tgt []string) {
	switch {
	case hanScript(src) && latinScript(tgt):
		x.hanSide = 0
		x.pinyin = pinyinNames(tgt)
	case hanScript(tgt) && latinScript(src):
		x.hanSide = 1
		x.pinyin = pinyinNames(src)
	}
}

// hanNames adds a kindPinyin feature for every window of one to
// maxPinyinWindow consecutive Han characters of s whose Pinyin spells one
// of x.pinyin's names.
func (x *extractor) hanNames(s string, add func(featKind, string)) {
	var win [maxPinyinWindow]string // the readings of the last Han characters, newest last
	n := 0
	for _, r := range s {
		p := ""
		if r >= 0x3400 && unicode.Is(unicode.Han, r) {
			p = x.reading(r)
		}
		if p == "" {
			n = 0
			continue
		}
		copy(win[:], win[1:])
		win[maxPinyinWindow-1] = p
		if n < maxPinyinWindow {
			n++
		}
		x.pybuf = x.pybuf[:0]
		for k := maxPinyinWindow - 1; k >= maxPinyinWindow-n; k-- {
			// The window of the last maxPinyinWindow-k characters.
			x.pybuf = append(x.pybuf[:0], win[k]...)
			for _, q := range win[k+1:] {
				x.pybuf = append(x.pybuf, q...)
			}
			if x.pinyin[string(x.pybuf)] {
				add(kindPinyin, string(x.pybuf))
			}
		}
	}
}

// reading is pinyinReading, remembered per extractor.
func (x *extractor) reading(r rune) string {
	if p, ok := x.readings[r]; ok {
		return p
	}
	if x.readings == nil {
		x.readings = map[rune]string{}
	}
	p := pinyinReading(r)
	x.readings[r] = p
	return p
}

// latinNames adds a kindPinyin feature for every capitalized word of s,
// and pair of consecutive ones, that is among x.pinyin's names.
func (x *extractor) latinNames(s string, add func(featKind, string)) {
	prev := ""
	latinWords(s, func(w string, upper bool) {
		if !upper || len(w) < 2 {
			prev = ""
			return
		}
		k := strings.ToLower(w)
		if x.pinyin[k] {
			add(kindPinyin, k)
		}
		if prev != "" && x.pinyin[prev+k] {
			add(kindPinyin, prev+k)
		}
		prev = k
	})
}
