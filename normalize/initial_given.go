package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// initialSlip is a name one text writes with an initial for the given
// name and in full: "D. Russell" and "Daniel Russell".
type initialSlip struct {
	full, short string
}

// initialSlips returns the names text writes both with an initial for the
// given name and in full, the surname the same ("M. Pompeo", "Michael
// Pompeo"), when the text has one given name of that initial for the
// surname (with "Daniel Russell" and "David Russell", "D. Russell" is
// either) and the surname is never written in lower case. The full form
// is a candidate of cands whose last two words are the given name (three
// letters or more, a capital then small letters) and the surname.
func (d *Discoverer) initialSlips(text string, cands []candidate) []initialSlip {
	given := map[string][]string{} // "D Russell" -> "Daniel"
	for _, c := range cands {
		ws := strings.Fields(c.form)
		if len(ws) < 2 {
			continue
		}
		g, s := ws[len(ws)-2], ws[len(ws)-1]
		if utf8.RuneCountInString(g) < 3 || !swappableName(g) || !swappableName(s) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(g)
		k := string(r) + " " + s
		if !slices.Contains(given[k], g) {
			given[k] = append(given[k], g)
		}
	}
	if len(given) == 0 {
		return nil
	}
	seen := map[string]bool{}
	var out []initialSlip
	for i := 0; ; { // each ". " after a capital: an initial, "D. Russell"

		j := strings.Index(text[i:], ". ")
		if j < 0 {
			break
		}
		dot := i + j
		i = dot + 2
		letter, size := utf8.DecodeLastRuneInString(text[:dot])
		at := dot - size // the initial
		if !unicode.IsUpper(letter) || !afterLowerWord(text, at) {
			continue
		}
		end := i
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsLetter(r) {
				break
			}
			end += n
		}
		surname := text[i:end]
		if !swappableName(surname) || utf8.RuneCountInString(surname) < 3 {
			continue
		}
		gs := given[string(letter)+" "+surname]
		if len(gs) != 1 || d.lower[strings.ToLower(surname)] {
			continue
		}
		short := text[at:end]
		if seen[short] {
			continue
		}
		seen[short] = true
		out = append(out, initialSlip{gs[0] + " " + surname, short})
	}
	return out
}

// swappableName reports whether w is a capital then small letters only.
func swappableName(w string) bool {
	r := []rune(w)
	if len(r) < 2 || !unicode.IsUpper(r[0]) {
		return false
	}
	for _, c := range r[1:] {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// afterLowerWord reports whether text at i (an initial) follows a word in
// small letters, or a comma or a colon after one (or a comma and a closing
// quote: '"We paid," D. Kowalski said'): not a capitalised word
// (a given name before a middle initial, or a title), not a sentence's
// end, not the start of a line.
func afterLowerWord(text string, i int) bool {
	head := strings.TrimRight(text[:i], " ")
	if len(head) == i || head == "" {
		return false // no space before it: "U.S. Court"
	}
	if q := strings.TrimRight(head, "\"”’'"); q != head && strings.HasSuffix(q, ",") {
		head = q // quoted speech goes on: "...," D. Russell said
	}
	head = strings.TrimRight(head, ",:")
	r, _ := utf8.DecodeLastRuneInString(head)
	if !unicode.IsLower(r) {
		return false
	}
	j := strings.LastIndexFunc(head, func(r rune) bool { return !unicode.IsLetter(r) })
	w, _ := utf8.DecodeRuneInString(head[j+1:])
	return unicode.IsLower(w)
}
