package normalize

import (
	"strings"
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

// notSpellings returns the test linkSpellings asks of two candidates
// (besides their similarity) before it joins them as one name:
// commonPhrase, compoundHyphen, derivedApart and twoNamesSwapped for
// cands.
func (d *Discoverer) notSpellings(cands []candidate) func(a, b string) bool {
	folded := make(map[string]bool, len(cands))
	for _, c := range cands {
		folded[strings.ToLower(c.form)] = true
	}
	return func(a, b string) bool {
		return d.commonPhrase(a, b) || d.compoundHyphen(a, b) || d.compoundHyphen(b, a) ||
			derivedApart(a, folded) != derivedApart(b, folded) || numeralsDiffer(a, b) || prefixedApart(a, b) ||
			twoNamesSwapped(a, b, folded)
	}
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

// numeralsDiffer reports whether a and b, of as many words, do not have
// the same Roman numerals ("World War I", "World War II"; "Elizabeth I",
// "Elizabeth II"): a numeral counts, it is not spelt, so such forms are
// two names. ("System V" and "SystemV" are of two words and one.)
func numeralsDiffer(a, b string) bool {
	return len(splitName(a)) == len(splitName(b)) && romanWords(a) != romanWords(b)
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

// commonPhrase reports whether spellings a and b differ only as a phrase
// of common words does: a hyphen for a space, the plural of its last word,
// or common words before or after it ("User Agent", "User-Agent"; "SSH
// Per-Connection Server", "Per-Connection Servers"), or written as one
// word ("WebBrowser") — every word of the phrases of two letters or more,
// and written in lower case somewhere in the text.
// Such capitals are a heading's or a title's, not a name's: "Al Qaeda" and
// "Al-Qaeda" are one name, since the text never writes "qaeda".
func (d *Discoverer) commonPhrase(a, b string) bool {
	wa, wb := d.phraseWords(a), d.phraseWords(b)
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
// "Italy", "Italian": no spelling of "Tallinn").
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
	return false
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

// acronymWordLost reports whether a word in capitals of two letters or
// more ("OS", "XP") in one of a and b is not in the other: "Macs" is no
// spelling of "Mac OS", "WindowsXP" may be one of "Windows XP". Forms in
// capitals throughout are not compared so.
func acronymWordLost(a, b string) bool {
	if isAllCaps(a) || isAllCaps(b) {
		return false
	}
	return capsWordMissing(a, b) || capsWordMissing(b, a)
}

// capsWordMissing reports whether a word of a in capitals (two letters or
// more, ASCII) is not written in b.
func capsWordMissing(a, b string) bool {
	for _, w := range splitName(a) {
		if len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w && !strings.Contains(b, w) {
			return true
		}
	}
	return false
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
