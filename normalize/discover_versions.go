package normalize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// minVersionShare is the least share of their other names (see
// sourceContext.shared) that the sources of two spellings must have for
// versionSlip to read them as two versions of one story. Two translators'
// versions of one article share 0.37 and more (the seed article's two
// English versions; WMT21 ru-en's references A and B), spellings of one
// name in two articles 0.20 and more, look-alikes of two names 0.14 or
// less (minSharedContext).
const minVersionShare = 0.3

// versionSlip reports whether candidates a and b, in a corpus of several
// sources, are one name that two versions of one story spell a letter
// apart: typoMinRunes letters or more, one letter replaced, left out or
// swapped with the next, neither the first nor the last (oneInnerEdit),
// never seen in one source, and a source of one sharing minVersionShare
// of its names with a source of the other. Two agencies' versions of an
// article name the same people and places, so a name of one version a
// letter away from a name of the other is that name ("Mikhail Lazarev",
// "Mikhail Lavarev"; "Serpukhov", "Sepukhov"), where in a corpus of
// unrelated articles the two may be two names (typoOf reads one text).
// "Petrov" and "Petrova" (the last letter) stay apart. In names of
// minTwoEditRunes letters or more, two letters apart are a slip too
// (twoInnerEdits: "Berzerker", "Beserker"; "Denis Remenko", "Denis
// Remenyako").
func (sc *sourceContext) versionSlip(a, b candidate) bool {
	if sc == nil {
		return false
	}
	if d := len(a.form) - len(b.form); d > 2 || d < -2 || a.form[0] != b.form[0] {
		return false
	}
	if utf8.RuneCountInString(a.form) < typoMinRunes || utf8.RuneCountInString(b.form) < typoMinRunes {
		return false
	}
	la, lb := strings.ToLower(a.form), strings.ToLower(b.form)
	if la == lb || !oneInnerEdit(la, lb) && !twoInnerEdits(la, lb) {
		return false
	}
	co, best := sc.shared(a.form, b.form)
	if co {
		return sc.slipInVersion(a, b) || sc.slipInVersion(b, a)
	}
	return best >= minVersionShare
}

// slipInVersion reports whether candidate slip, seen once and in one
// source only, is a slip of candidate right that the other versions
// correct: right is seen in that source too and in another sharing
// minVersionShare of its names with it, which never writes slip. One
// translator wrote "Kransodar" once beside "Krasnodar"; the other wrote
// only "Krasnodar". (In one text typoOf asks the right spelling
// typoMinCount times; here another version vouches for it.)
func (sc *sourceContext) slipInVersion(slip, right candidate) bool {
	if slip.count != 1 {
		return false
	}
	fs, fr := strings.ToLower(slip.form), strings.ToLower(right.form)
	ss, sr := sc.of[fs], sc.of[fr]
	if len(ss) != 1 || len(sr) < 2 {
		return false
	}
	if _, ok := slices.BinarySearch(sr, ss[0]); !ok {
		return false
	}
	ks, kr := Key(slip.form), Key(right.form)
	for _, y := range sr {
		if y != ss[0] && sc.share(ss[0], y, fs, fr, ks, kr) >= minVersionShare {
			return true
		}
	}
	return false
}

// streetKinds are the English words for the kind of a street, which one
// translator writes after a street's name where another keeps the
// Russian word in lower case ("Seleznev Street", "ulitsa Selezneva").
var streetKinds = []string{"street", "avenue", "lane", "square", "boulevard", "highway", "embankment"}

// russianPlaceEndings are the endings a Russian place's name takes in the
// genitive ("ulitsa Selezneva", Seleznev's street) or as an adjective
// ("Stavropolskaya ulitsa", "Prikubansky rayon"), and that a translator
// keeps or drops: "Stavropol Street", "Prikuban district". Longest first.
var russianPlaceEndings = []string{"skaya", "skiy", "skoy", "sky", "ska", "aya", "ogo", "sk", "ya", "a", "y"}

// kindOf splits form into a one-word name and the place or street kind
// after it ("Seleznev Street" -> "Seleznev"); ok is false for any other
// form.
func kindOf(form string) (name string, ok bool) {
	name, kind, two := strings.Cut(form, " ")
	if !two || strings.ContainsAny(kind, " -") || strings.ContainsAny(name, "-") {
		return "", false
	}
	if isPlaceKind(kind) {
		return name, true
	}
	for _, k := range streetKinds {
		if strings.EqualFold(kind, k) {
			return name, true
		}
	}
	return "", false
}

// placeStems returns word in lower case and, for each russianPlaceEnding
// it ends in, the word without it (four letters at least).
func placeStems(word string) []string {
	w := strings.ToLower(word)
	out := []string{w}
	for _, e := range russianPlaceEndings {
		if s, ok := strings.CutSuffix(w, e); ok && utf8.RuneCountInString(s) >= 4 {
			out = append(out, s)
		}
	}
	return out
}

// versionKind reports whether candidates a and b, in a corpus of several
// sources, are one street's or place's name that two versions of one
// story write apart: one with its kind ("Seleznev Street", "Louna
// District"), the other a word alone (its kind left out or in lower case:
// "ulitsa Selezneva", "the Lyuna district"), the two names spelled apart
// (not one key: "Karasun District" and "Karasun" are one spelling) but
// alike once a Russian ending is taken off (russianPlaceEndings:
// Seleznev/Selezneva, Stavropol/Stavropolskaya, Prikubansk/Prikuban) or a
// letter apart (oneInnerEdit: Louna/Lyuna, Gortsaranian/Gortsaranain),
// typoMinRunes letters or more each, never seen in one source, and a
// source of one sharing minVersionShare of its names with a source of the
// other (as versionSlip).
func (sc *sourceContext) versionKind(a, b candidate) bool {
	if sc == nil {
		return false
	}
	// Cheap first: one form of two words or more, the other of one.
	long, m := a.form, b.form
	if strings.IndexByte(long, ' ') < 0 {
		long, m = m, long
	}
	if strings.IndexByte(long, ' ') < 0 || strings.IndexByte(m, ' ') >= 0 {
		return false
	}
	n, ok := kindOf(long)
	if !ok {
		return false
	}
	if strings.IndexByte(m, '-') >= 0 || utf8.RuneCountInString(n) < typoMinRunes || utf8.RuneCountInString(m) < typoMinRunes || Key(n) == Key(m) {
		return false
	}
	if !alikeStems(placeStems(n), placeStems(m)) {
		return false
	}
	co, best := sc.shared(a.form, b.form)
	return !co && best >= minVersionShare
}

// alikeStems reports whether a stem of xs and one of ys are equal or a
// letter apart (oneInnerEdit).
func alikeStems(xs, ys []string) bool {
	for _, x := range xs {
		for _, y := range ys {
			if x == y || x[0] == y[0] && oneInnerEdit(x, y) {
				return true
			}
		}
	}
	return false
}

// kindAligned reports whether a and b are a name with its kind and a
// name of one word ("Seleznev Street", "Selezneva"), which versionKind
// links: spellings of one street word for word, its kind aside.
func kindAligned(a, b string) bool {
	if _, ok := kindOf(a); ok {
		return !strings.ContainsAny(b, " -")
	}
	if _, ok := kindOf(b); ok {
		return !strings.ContainsAny(a, " -")
	}
	return false
}

// minTwoEditRunes is the fewest letters of each of two spellings that
// twoInnerEdits reads as one name two letters apart: in shorter names two
// letters make another name as often as a slip (Ivanov, Ivashov).
const minTwoEditRunes = 8

// twoInnerEdits reports whether a and b, minTwoEditRunes letters or more
// each, with one first and one last letter, are two letters replaced,
// added or left out apart (editDistance 2).
func twoInnerEdits(a, b string) bool {
	if len(a) < minTwoEditRunes || len(b) < minTwoEditRunes || a[len(a)-1] != b[len(b)-1] {
		return false // cheap: no fewer bytes than letters, and one last letter ends in one byte
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < minTwoEditRunes || len(rb) < minTwoEditRunes || ra[0] != rb[0] || ra[len(ra)-1] != rb[len(rb)-1] {
		return false
	}
	return editDistance(ra, rb) == 2
}
