package tm

import (
	"strings"
	"unicode/utf8"
)

// Word forms for concordance: a light stemmer per language (strip one
// inflectional ending), and the forms of a word that the word index is
// asked for (the word with each ending added). Both work on folded words
// (fold: lower case, no diacritics). They are deliberately light: a
// concordance shows the segments to a person, who skips a wrong hit, and
// misses are what make a TM look empty.

// endings are the inflectional endings of a language, longest first, as
// fold writes them. Arabic's last, ا, is the indefinite accusative's alif
// (ملفًا, its tanween folded away).
var endings = map[string][]string{
	"en": {"ing", "ies", "ied", "es", "ed", "s", "d"},
	"fr": {"es", "s", "x", "e"},
	"de": {"ern", "en", "er", "es", "em", "e", "n", "s"},
	"es": {"es", "as", "os", "a", "o", "s"},
	"it": {"i", "e", "a", "o"},
	"pt": {"es", "as", "os", "a", "o", "s"},
	"nl": {"en", "s"},
	"ru": {"ами", "ями", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ий", "ый", "ая", "ое", "ые", "ие",
		"а", "я", "ы", "и", "у", "ю", "е", "о", "ь"},
	"uk": {"ами", "ями", "ою", "ею", "ом", "ем", "ам", "ям", "ах", "ях", "ів", "а", "я", "и", "і", "у", "ю", "е", "о", "ь"},
	"ar": {"ات", "ون", "ين", "ها", "هم", "ة", "ه", "ا"},
	"fa": {"هایی", "های", "ها", "ان", "ای", "ی"},
}

// prefixes are the clitics and the article written joined to an Arabic or
// Persian word (و "and", ف "so", ب "with", ل "for", ك "as", ال "the", and
// لل for ل + ال), as fold writes them.
var prefixes = []string{"وال", "بال", "فال", "كال", "ولل", "لل", "ال", "و", "ف", "ب", "ل", "ك"}

// derivations widen a prefix search ("drone*") past inflection.
var derivations = map[string][]string{
	"en": {"r", "rs", "er", "ers", "ment", "ments", "al", "ly", "less", "like", "ful", "ness"},
}

func usesClitics(base string) bool { return base == "ar" || base == "fa" }

// stem strips one ending of base's list from folded word w, keeping at
// least four letters (three in Arabic and Persian, whose roots have three:
// a shorter stem joins unrelated words, "Moses" and "moss"); in English a
// final e goes too ("drone", "drones", "droned" and "droning" all stem to
// "dron").
//
// align's enLemma (align/cedict.go) is another English base form, for
// looking words up in a dictionary's senses; it is kept apart on purpose:
// it joins "news" and "new" and undoes irregular forms, which wordForms
// could not generate back for the index, and with this stem in its place
// the alignment of MAC zh-en with CC-CEDICT scored lower (0.855 vs 0.858).
func stem(base, w string) string {
	n := utf8.RuneCountInString(w)
	least := 4
	if usesClitics(base) {
		least = 3
	}
	for _, e := range endings[base] {
		k := n - utf8.RuneCountInString(e)
		if base == "en" && (e == "ies" || e == "ied") {
			k++ // "cities" -> "city"
		}
		if strings.HasSuffix(w, e) && k >= least {
			w = w[:len(w)-len(e)]
			if base == "en" && (e == "ies" || e == "ied") {
				w += "y"
			}
			break
		}
	}
	if base == "en" {
		if len(w) > 4 {
			w = strings.TrimSuffix(w, "e")
		}
		if k := len(w); k >= 4 && w[k-1] == w[k-2] && !strings.ContainsRune("aeiouls", rune(w[k-1])) {
			w = w[:k-1] // "stopped" -> "stop"
		}
	}
	return w
}

// stripClitics returns w without an Arabic/Persian clitic prefix, if it
// has one and keeps at least two letters; w itself otherwise.
func stripClitics(w string) string {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return w
}

// wordForms returns the folded forms of folded word w that the index is
// asked for: w, its stem with each ending of base, and in Arabic and
// Persian each with a clitic prefix. prefix adds derivations (a prefix
// search).
func wordForms(base, w string, prefix bool) []string {
	seen := map[string]bool{}
	var out []string
	add := func(f string) {
		if f != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	add(w)
	if utf8.RuneCountInString(w) <= 3 && !usesClitics(base) {
		return out // "the", "and", "of": their forms are other words
	}
	var stems []string
	if usesClitics(base) {
		w = stripClitics(w)
		add(w)
	}
	s := stem(base, w)
	stems = append(stems, w, s)
	if base == "en" {
		stems = append(stems, s+"e")
		if strings.HasSuffix(s, "y") {
			stems = append(stems, s[:len(s)-1]+"i")
		}
		if k := len(s); k >= 3 && !strings.ContainsRune("aeiouy", rune(s[k-1])) && strings.ContainsRune("aeiou", rune(s[k-2])) {
			stems = append(stems, s+s[k-1:]) // "stop" -> "stopp" + "ed"
		}
	}
	ends := endings[base]
	if prefix {
		ends = append(append([]string(nil), ends...), derivations[base]...)
	}
	for _, st := range stems {
		add(st)
		for _, e := range ends {
			if base == "en" && strings.HasPrefix(e, "i") && strings.HasSuffix(st, "e") {
				continue // "droneing"
			}
			add(st + e)
		}
		if base == "en" {
			add(st + "es")
			add(st + "ing")
		}
	}
	if usesClitics(base) {
		for _, f := range append([]string(nil), out...) {
			for _, p := range prefixes {
				if strings.HasPrefix(f, "ال") && strings.HasPrefix(p, "ل") && strings.HasSuffix(p, "ل") && p != "ل" {
					continue
				}
				if p == "لل" || p == "ولل" {
					if rest, ok := strings.CutPrefix(f, "ال"); ok {
						add(p + rest) // ل + الدولة = للدولة
					}
					continue
				}
				add(p + f)
			}
		}
	}
	return out
}

// sameForm reports whether folded token t is a form of folded word w in
// language base: equal stems, after clitic prefixes in Arabic and Persian.
// prefix: t starts with w (or with a form of it).
func sameForm(base, t, w string, prefix bool) bool {
	if prefix && strings.HasPrefix(t, w) {
		return true
	}
	if usesClitics(base) {
		t2, w2 := stripClitics(t), stripClitics(w)
		if t2 == w2 || (prefix && strings.HasPrefix(t2, w2)) {
			return true
		}
		if a, ok := strings.CutPrefix(t2, "ال"); ok && a == w2 {
			return true
		}
		if a, ok := strings.CutPrefix(w2, "ال"); ok && a == t2 {
			return true
		}
		t, w = t2, w2
	}
	return stem(base, t) == stem(base, w)
}
