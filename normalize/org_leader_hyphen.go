package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A leader's name joined to the party's by a hyphen without spaces:
// Bosnian-Herzegovinian Patriotic Party-Sefer Halilović is the
// Bosnian-Herzegovinian Patriotic Party. leaderSubtitle (org_leader.go)
// reads a spaced dash; without one, it cuts the longer name at its last
// hyphen before a capital (capHyphen) and asks the same of the two parts:
// a tail of a leader's name's form, two words (leaderName) neither of
// which names a country or makes an adjective of one in any language
// (countryWordCodes: Svenska Arbetarpartiet is the name in Swedish beside
// the Finnish, bilingualName's business), and a head of two words or
// more that scores as the other name. A hyphen inside a word
// pair (Alsace-Lorraine, Bosnian-Herzegovinian) leaves a tail of more than
// two words or a head of one, and a single word after the hyphen
// (Peasants' Party–Lupu, Zimbabwe African National Union-Ndongo) is never
// a leader's name.

// mayHaveCapHyphenLeader is leaderSubtitle's quick test for a hyphen
// without spaces: the longer of a and b six bytes longer at least (a
// hyphen and two words) and with such a hyphen (mayHaveCapHyphen).
func mayHaveCapHyphenLeader(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	return len(a) >= len(b)+6 && mayHaveCapHyphen(a)
}

// mayHaveCapHyphen is capHyphen's quick test, a scan of bytes: a hyphen
// after a byte that is no space, before an ASCII capital or a letter of
// more bytes.
func mayHaveCapHyphen(s string) bool {
	for at := 0; ; {
		j := strings.IndexByte(s[at:], '-')
		if j < 0 {
			return false
		}
		i := at + j
		if i > 0 && i+1 < len(s) && s[i-1] != ' ' && s[i-1] != '-' && (s[i+1] >= 'A' && s[i+1] <= 'Z' || s[i+1] >= 0xc0) {
			return true
		}
		at = i + 1
	}
}

// capHyphen returns the parts of s before and after its last hyphen that
// has no space before it and a capital after it, the head of two words or
// more, the tail of two words, and s longer than other by the tail and
// two bytes at least (leaderSubtitle's other name: the cheap tests, on
// bytes, first).
func capHyphen(s, other string) (head, tail string, ok bool) {
	if len(s) < len(other)+6 || strings.Count(s, " ") < 2 {
		return "", "", false
	}
	for i := len(s) - 2; i > 0; i-- {
		if s[i] != '-' || s[i-1] == ' ' || s[i-1] == '-' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i+1:])
		if !unicode.IsUpper(r) {
			continue
		}
		head, tail = s[:i], s[i+1:]
		if strings.IndexByte(head, ' ') < 0 || strings.Count(tail, " ") != 1 {
			return "", "", false
		}
		for _, w := range strings.Fields(tail) {
			if countryWordCodes(Key(w)) != nil {
				return "", "", false // Svenska Arbetarpartiet: the name in another language
			}
		}
		return head, tail, true
	}
	return "", "", false
}
