package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// typoMinRunes, typoMinCount and typoMaxCount bound typoOf: words this
// long or longer, the frequent spelling seen this often, the other at
// most typoMaxCount times.
const (
	typoMinRunes = 5
	typoMinCount = 3
	typoMaxCount = 1
)

// typoOf reports whether one-word candidates a and b are one name with a
// typo in one text: as long (typoMinRunes letters or more), one written
// typoMinCount times or more and the other at most typoMaxCount, one
// letter replaced or two next to each other swapped, neither the first
// letter nor the last ("Zotov" nine times, "Zatov" once; "Hughes",
// "Hushes"). Similarity does not join such short words (Zotov/Zatov
// scores 0.84), and should not in a corpus of many texts (Monday/Mondi,
// Yellen/Allen are other names there); within one article the rare
// one-letter slip is what an editor wants to see. "Mario" and "Maria"
// (the last letter) and "Monday" and "Sunday" (two letters) are apart.
func typoOf(a, b candidate) bool {
	if a.count < b.count {
		a, b = b, a
	}
	if a.count < typoMinCount || b.count > typoMaxCount || strings.ContainsAny(a.form, " -") || strings.ContainsAny(b.form, " -") {
		return false
	}
	la, lb := strings.ToLower(a.form), strings.ToLower(b.form)
	n := utf8.RuneCountInString(la)
	return n == utf8.RuneCountInString(lb) && n >= typoMinRunes && oneInnerEdit(la, lb) // as long: replaced or swapped
}

// spellingTests are the tests linkSpellings asks of two candidates (of
// cands) besides their similarity: apart and acronymWordLost. What each
// test reads of one candidate is worked out once, when the candidate is
// first compared: a long text has tens of thousands of candidates, each
// compared with hundreds of others, and cutting each into words again for
// every pair took most of a check.
type spellingTests struct {
	d      *Discoverer
	cands  []candidate
	folded map[string]bool // the candidates in lower case
	facts  []spellFacts
}

// spellFacts is what spellingTests read of one candidate.
type spellFacts struct {
	ready bool
	// Forms of as many words (splitName) with other Roman numerals
	// (romanWords) are two names ("World War I", "World War II";
	// "Elizabeth I", "Elizabeth II"): a numeral counts, it is not spelt.
	// ("System V" and "SystemV" are of two words and one.)
	words     int
	roman     string
	phrase    []string // d.phraseWords(form)
	derived   bool     // derivedApart(form, folded)
	allCaps   bool     // isAllCaps(form)
	capsWords []string // its words in capitals (capsWord), which acronymWordLost looks for in another form
}

// spellingTests returns the tests of cands, their facts not yet read.
func (d *Discoverer) spellingTests(cands []candidate) *spellingTests {
	folded := make(map[string]bool, len(cands))
	for _, c := range cands {
		folded[strings.ToLower(c.form)] = true
	}
	return &spellingTests{d: d, cands: cands, folded: folded, facts: make([]spellFacts, len(cands))}
}

// of returns the facts of candidate i.
func (t *spellingTests) of(i int) *spellFacts {
	f := &t.facts[i]
	if f.ready {
		return f
	}
	form := t.cands[i].form
	ws := splitName(form)
	f.ready = true
	f.words = len(ws)
	f.roman = romanWords(form)
	f.phrase = t.d.phraseWords(form)
	f.derived = derivedApart(form, t.folded)
	f.allCaps = isAllCaps(form)
	for _, w := range ws {
		if capsWord(w) {
			f.capsWords = append(f.capsWords, w)
		}
	}
	return f
}

// apart reports whether candidates i and j are not spellings of one name:
// commonPhraseWords, compoundHyphen, derivedApart, their Roman numerals
// (spellFacts), prefixedApart, twoNamesSwapped, irishOApart or
// toneMarksApart says so.
func (t *spellingTests) apart(i, j int) bool {
	a, b := t.cands[i].form, t.cands[j].form
	fa, fb := t.of(i), t.of(j)
	return commonPhraseWords(a, b, fa.phrase, fb.phrase) || t.d.compoundHyphen(a, b) || t.d.compoundHyphen(b, a) ||
		fa.derived != fb.derived || fa.words == fb.words && fa.roman != fb.roman || prefixedApart(a, b) ||
		twoNamesSwapped(a, b, t.folded) || irishOApart(a, b) || toneMarksApart(a, b) // tone_marks.go: Shēn, Shèn
}

// irishOApart reports whether a word of one of a and b (of as many words)
// is an Irish surname with O' (Ó, "descendant of": "O'Connor", Cyrillic
// "О'Брайен") and the other's word in its place is the name without it
// ("Connor", "Брайан"): two names, O'Connor no spelling of Connor, though
// their letters score as one. A word that starts with O all the same
// ("OBrien", "O Brien" is two words) may be a spelling.
func irishOApart(a, b string) bool {
	if !strings.ContainsAny(a, "'’") && !strings.ContainsAny(b, "'’") {
		return false // the quick test: no apostrophe, no O'
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if irishO(wa[i]) != irishO(wb[i]) && !(startsWithO(wa[i]) && startsWithO(wb[i])) {
			return true
		}
	}
	return false
}

// irishO reports whether w starts with O' or O’ (Latin or Cyrillic O)
// before a capital letter.
func irishO(w string) bool {
	rest, ok := cutO(w)
	if !ok {
		return false
	}
	for _, ap := range [...]string{"'", "’"} {
		if r, ok := strings.CutPrefix(rest, ap); ok {
			c, _ := utf8.DecodeRuneInString(r)
			return unicode.IsUpper(c)
		}
	}
	return false
}

// startsWithO reports whether w starts with a capital O (Latin or Cyrillic).
func startsWithO(w string) bool {
	_, ok := cutO(w)
	return ok
}

// cutO returns w after its first letter, a capital O (Latin or Cyrillic).
func cutO(w string) (string, bool) {
	if r, ok := strings.CutPrefix(w, "O"); ok {
		return r, true
	}
	return strings.CutPrefix(w, "О") // Cyrillic
}

// acronymWordLost reports whether a word in capitals of two letters or
// more ("OS", "XP") in one of candidates i and j is not in the other:
// "Macs" is no spelling of "Mac OS", "WindowsXP" may be one of "Windows
// XP". Forms in capitals throughout are not compared so.
func (t *spellingTests) acronymWordLost(i, j int) bool {
	fa, fb := t.of(i), t.of(j)
	if fa.allCaps || fb.allCaps {
		return false
	}
	missing := func(ws []string, in string) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return !strings.Contains(in, w) })
	}
	return missing(fa.capsWords, t.cands[j].form) || missing(fb.capsWords, t.cands[i].form)
}

// prefixedApart reports whether one of the one-word names a and b is the
// other whole with two letters or more before it ("Aomori", "Mori";
// "Okubo", "Kubo" is one letter): a word of its own that holds the name,
// not a way to spell it. An article joined to the name ("Alhashimi",
// "Hashimi") is a spelling.
func prefixedApart(a, b string) bool {
	if strings.ContainsAny(a, " -") || strings.ContainsAny(b, " -") {
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	la, lb := strings.ToLower(a), strings.ToLower(b)
	pre, ok := strings.CutSuffix(la, lb)
	if !ok || utf8.RuneCountInString(lb) < 3 || utf8.RuneCountInString(pre) < 2 {
		return false
	}
	return !connectors[pre]
}

// romanWords returns the words of form written as Roman numerals in
// capitals, after its first word, joined by spaces.
func romanWords(form string) string {
	var out []string
	for i, w := range splitName(form) {
		if i > 0 && romanNumeral(w) {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// romanNumeral reports whether w is a Roman numeral from I to XXXIX in
// capitals.
func romanNumeral(w string) bool {
	t := strings.TrimLeft(w, "X")
	if len(w)-len(t) > 3 {
		return false
	}
	switch t {
	case "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX":
		return t != "" || w != ""
	}
	return false
}

// compoundHyphen reports whether a is b (or a part of b) with hyphens for
// its spaces or for nothing, and the text writes a only as the first part
// of a compound ("System-V-like"; "System V", "SystemV", "Unix System V"):
// those hyphens are the compound's, not the name's.
func (d *Discoverer) compoundHyphen(a, b string) bool {
	n := d.counts[a]
	if n == 0 || d.modifier[a] != n || !strings.Contains(a, "-") || strings.Contains(b, "-") {
		return false
	}
	return strings.Contains(strings.ReplaceAll(b, " ", ""), strings.ReplaceAll(a, "-", ""))
}

// commonPhraseWords reports whether spellings a and b, whose phraseWords
// are wa and wb, differ only as a phrase
// of common words does: a hyphen for a space, the plural of its last word,
// or common words before or after it ("User Agent", "User-Agent"; "SSH
// Per-Connection Server", "Per-Connection Servers"), or written as one
// word ("WebBrowser") — every word of the phrases of two letters or more,
// and written in lower case somewhere in the text.
// Such capitals are a heading's or a title's, not a name's: "Al Qaeda" and
// "Al-Qaeda" are one name, since the text never writes "qaeda".
func commonPhraseWords(a, b string, wa, wb []string) bool {
	if len(wa) > len(wb) {
		wa, wb, a = wb, wa, b
	}
	if len(wb) < 2 {
		return false
	}
	if wa == nil {
		// One word written as the phrase joined: "WebBrowser".
		one := strings.ToLower(a)
		if strings.ContainsAny(one, " -") {
			return false
		}
		if s, ok := strings.CutSuffix(one, "s"); ok && len(s) >= 3 {
			one = s
		}
		return one == strings.Join(wb, "")
	}
	if strings.Join(wa, "") == strings.Join(wb, "") {
		return true // "User Agent", "User-Agent"
	}
	for i := 0; i+len(wa) <= len(wb); i++ {
		if strings.Join(wb[i:i+len(wa)], " ") == strings.Join(wa, " ") {
			return true
		}
	}
	return false
}

// phraseWords returns the words of form (cut at spaces and hyphens) in
// lower case, the last one without a plural "s", when each is a common
// word of the text: of two letters or more and seen in lower case (the
// last in the singular or the plural); nil if one is not.
func (d *Discoverer) phraseWords(form string) []string {
	ws := splitName(form)
	out := make([]string, len(ws))
	for i, w := range ws {
		w = strings.ToLower(w)
		if utf8.RuneCountInString(w) < 2 {
			return nil
		}
		common := d.lower[w]
		if i == len(ws)-1 {
			if s, ok := strings.CutSuffix(w, "s"); ok && len(s) >= 3 {
				w = s
			}
			common = common || d.lower[w] || d.lower[w+"s"]
		}
		if !common {
			return nil
		}
		out[i] = w
	}
	return out
}

// derivedApart reports whether form is derived from another candidate of
// the text ("Korean" when the text writes "Korea"; derivedWord), or its
// last word from the last word of one with the same words before it
// ("South Australian" when it writes "South Australia"): a word of its
// own, no spelling of a name that is not derived ("Korn"). A demonym in
// -ian may drop the a or the y it follows ("Argentina", "Argentinian";
// "Italy", "Italian": no spelling of "Tallinn"), and one in -ine the a
// of -ina ("Argentina", "Argentine"; not "Ukraine", a country's English
// name, and "Ukraina").
func derivedApart(form string, folded map[string]bool) bool {
	if strings.Contains(form, "-") {
		return false
	}
	f := strings.ToLower(form)
	before := f[:strings.LastIndexByte(f, ' ')+1]
	last := f[len(before):]
	for end := range derivationEndings {
		stem, ok := strings.CutSuffix(last, end)
		if !ok || end == "" || len(stem) < 4 {
			continue
		}
		if folded[before+stem] && derivedWord(stem, last) && derivable(stem, end) {
			return true
		}
		if (end == "ian" || end == "ians") && (folded[before+stem+"a"] || folded[before+stem+"y"]) {
			return true
		}
	}
	// The adjective in -ine of a name in -ina ("Argentina", "Argentine";
	// "Carolina", "Caroline"), unless it is a country's English name, and
	// the name in -ina its name in another language ("Ukraine", "Ukraina").
	stem, ok := strings.CutSuffix(last, "ine")
	return ok && len(stem) >= 4 && folded[before+stem+"ina"] && countryNameIndex().english[Key(last)] == nil
}

// derivable reports whether ending end makes a word of stem as English
// derives one: a demonym in -n after an a only ("Korea", "Korean"; not
// "Zepho", "Zephon"), and no vowel doubled ("Cana", "Canaan").
func derivable(stem, end string) bool {
	last := stem[len(stem)-1]
	if end == "n" || end == "ns" {
		return last == 'a'
	}
	return strings.IndexByte("aeiouy", end[0]) < 0 || last != end[0]
}

// capsWord reports whether w is a word in capitals of two letters or more
// ("OS", "XP"; acronymWordLost).
func capsWord(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// twoNamesSwapped reports whether a and b are one another's words swapped
// (swappedWords) when both swapped words are candidates on their own
// (folded: the candidates in lower case): two names side by side, in a
// list or a genitive ("the sons of Zilpah Leah's handmaid", "Leah
// Zilpah"), not one name in two orders.
func twoNamesSwapped(a, b string, folded map[string]bool) bool {
	x, y, ok := swappedWords(a, b)
	return ok && folded[strings.ToLower(x)] && folded[strings.ToLower(y)]
}
