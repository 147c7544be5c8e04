package normalize

import "strings"

// Long and short vowels. Romanized Arabic, Persian and Urdu names write a
// long i as ee ("Naseer", نصير; "Rasheed") and a short vowel as one e
// ("Nasser", ناصر, the short i of Nasir): the two are different names
// built on one root (fa'il and fa'eel patterns), though the key reads ee
// as i and e as near i. longVowelDistinct tells such a pair: two names
// whose words are the same but for one word that has ee inside where the
// other has e, once doubled consonants are read as one (Nasser, Naser).
// A final ee is left alone: in English it is the -y of Kellee, Kelle.

// longVowelScore is the score of a pair longVowelDistinct tells apart.
const longVowelScore = 0.8

// longVowelDistinct reports whether a and b differ only in one word that
// has ee inside where the other has a single e.
func longVowelDistinct(a, b string) bool {
	if !strings.Contains(a, "ee") && !strings.Contains(b, "ee") {
		return false // the common case, quickly
	}
	split := func(r rune) bool { return r == ' ' || r == '-' }
	wa, wb := strings.FieldsFunc(strings.ToLower(a), split), strings.FieldsFunc(strings.ToLower(b), split)
	if len(wa) != len(wb) || len(wa) > 4 {
		return false
	}
	found := false
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		x, y := collapseConsonants(wa[i]), collapseConsonants(wb[i])
		if found || !(longForShort(x, y) || longForShort(y, x)) {
			return false
		}
		found = true
	}
	return found
}

// longForShort reports whether long is short with one e doubled, not at
// its end or start.
func longForShort(long, short string) bool {
	if len(long) != len(short)+1 {
		return false
	}
	for i := 1; i+1 < len(long)-1; i++ {
		if long[i] == 'e' && long[i+1] == 'e' && long[:i+1] == short[:i+1] && long[i+2:] == short[i+1:] {
			return true
		}
	}
	return false
}

// collapseConsonants writes each run of one ASCII consonant once
// ("nasser" -> "naser").
func collapseConsonants(w string) string {
	return rewriteBytes(w, 1, func(w string, i int) (string, int) {
		if w[i] == w[i-1] && w[i] < 0x80 && !isVowel(w[i]) {
			return "", 1
		}
		return "", 0
	})
}
