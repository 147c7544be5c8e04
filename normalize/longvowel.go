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

// Short vowels. Arabic script leaves short vowels unwritten, so the
// romanizations of one name differ in them: al-Rimi and al-Rami, al-Masri
// and al-Misri, Khalaf and Khalif, al-Anabi and al-Inabi, al-Jahani and
// al-Juhani (the UN list's aliases of one person each). Inside a name of two
// words or more, a word that differs from another only in single vowel
// letters between consonants (or at its start) is read as the same word
// (shortVowelsOnly). A vowel next to another vowel is not short (Hasan,
// Hussein: ei is the diphthong of Husayn, another name), nor is a final
// vowel (Maria, Mario), and the consonants must be the same letters.

// shortVowelScore is the word score of two words that differ only in short
// vowels: enough for a name whose other words agree.
const shortVowelScore = 0.9

// shortVowelsOnly reports whether the folded words x and y, of four letters
// or more, differ only in single vowels that are not their last letter.
func shortVowelsOnly(x, y string) bool {
	if len(x) != len(y) || len(x) < 4 || x == y {
		return false
	}
	for i := 0; i < len(x); i++ {
		if x[i] == y[i] {
			continue
		}
		if i == len(x)-1 || !isVowel(x[i]) || !isVowel(y[i]) || isVowel(x[i+1]) || isVowel(y[i+1]) || i > 0 && (isVowel(x[i-1]) || isVowel(y[i-1])) {
			return false
		}
	}
	return true
}

// A short vowel written or left out. The romanizations of one Arabic,
// Persian or Urdu name also differ in whether they write a short vowel
// between two consonants at all: al-Hasri and Husari, Shariyan and
// Shiryan, Bhuttavi and Bhattvi, Mahmud and Mohamud (the UN list's aliases
// of one person each). Inside a name of two words or more, a word of six
// letters or more that is another with one vowel added between two
// consonants, and at most one short vowel changed as shortVowelsOnly
// allows, scores shortVowelScore (shortVowelInserted). Shorter words are
// left to the edit distance: there one vowel is a larger share of the word,
// and as often a long vowel that Latin letters do not mark (Amr and Amir,
// Fadl and Fadil are different names).

// shortVowelInserted reports whether the folded words x and y differ by one
// vowel between two consonants (not first or last) in the longer, of six
// letters or more, and at most one short vowel besides.
func shortVowelInserted(x, y string) bool {
	if len(x) == len(y)+1 {
		x, y = y, x
	}
	if len(y) != len(x)+1 || len(y) < 6 {
		return false
	}
	for i := 1; i+1 < len(y); i++ {
		if !isVowel(y[i]) || isVowel(y[i-1]) || isVowel(y[i+1]) {
			continue
		}
		if p, q := shortVowelChanges(y[:i], x[:i]), shortVowelChanges(y[i+1:], x[i:]); p >= 0 && q >= 0 && p+q <= 1 {
			return true
		}
	}
	return false
}

// shortVowelChanges counts the single vowels between consonants (not
// last) in which x and y, as long, differ, or returns -1 when they differ
// otherwise.
func shortVowelChanges(x, y string) int {
	n := 0
	for i := 0; i < len(x); i++ {
		if x[i] == y[i] {
			continue
		}
		if i == len(x)-1 || !isVowel(x[i]) || !isVowel(y[i]) || isVowel(x[i+1]) || isVowel(y[i+1]) || i > 0 && (isVowel(x[i-1]) || isVowel(y[i-1])) {
			return -1
		}
		n++
	}
	return n
}
