package normalize

import "strings"

// The article of Abd al- assimilated and written once. Before a "sun
// letter" (t, th, d, dh, r, z, s, sh, ṣ, ḍ, ṭ, ẓ, n) the l of the Arabic
// article is spoken as that letter: ʿAbd al-Raḥmān is said Abdur-Rahman,
// ʿAbd al-Salām Abdus-Salam. The English and scholarly spellings write the
// article (Abdul Rahman, Abd al-Salam) or the doubled letter (Abdurrahman,
// Abdussalam), which the key reads as abdal (key.go wordRules,
// resolveArticles); Indonesian, Malay, Somali, Uzbek and Tajik spellings
// and many lists write the assimilated consonant once: Abdurahman Wahid,
// Abdirahman, Abdusalam, Abdusattor, Abdunasir. The key keeps those as
// written, and a word one letter short of the other's reads as another
// name (Abdul Salam, Abdusalam 0.845; the UN list's Hafiz Abdul Salam
// Bhuttavi, Abdusalam Budvi 0.859). Nor does the key read the sun letters
// written with two letters, sh, th, dh, when the article is written
// doubled apart (Abdush Shakur).
//
// abdArticleReading, a reading of nameReadings (similarity.go), reads as
// abdal-: a word that begins with abd, a vowel and a sun letter written
// once before a vowel (Abdusalam, Abdirahman, Abdushakur: the letter not
// doubled, which the key reads already), and a word abd, a vowel and a sun
// letter of two letters before a word that begins with it (Abdush
// Shakur), against a name with a word that begins with abd and writes the
// article otherwise. l is left (Abdulah is the key's Abdul-), and so is a
// word abd and a vowel alone (Abdu, Abduh: a name of its own).

// abdArticleSim returns max(score, the similarity of a and b with the
// assimilated article of one name's Abd read as abdal, less a convention's
// cost).
func (s *simState) abdArticleSim(a, b string, score float64) float64 {
	if !hasAbd(a) || !hasAbd(b) {
		return score // most names: no Abd
	}
	return s.readAgainst(a, b, score, abdArticleReading)
}

// hasAbd is abdArticleSim's quick test: a word of name begins with abd
// (either case).
func hasAbd(name string) bool {
	for i := 0; i+2 < len(name); i++ {
		if name[i]|0x20 == 'a' && name[i+1]|0x20 == 'b' && name[i+2]|0x20 == 'd' && (i == 0 || !isLetterByte(name[i-1])) {
			return true
		}
	}
	return false
}

// abdArticleReading returns name in lower case with the assimilated article
// of its Abd written once read as abdal (see above), or "" when name has
// no such word or other writes the same Abd word.
func abdArticleReading(name, other string) string {
	w := strings.ToLower(name)
	o := strings.ToLower(other)
	var b []byte
	last := 0
	var prevStart, prevEnd int
	havePrev := false
	read := func(start, end int, rest string) {
		b = append(append(b, w[last:start]...), "abdal"...)
		b = append(b, rest...)
		last = end
	}
	for start, end := range letterRuns(w) {
		word := w[start:end]
		if havePrev {
			// Abdush Shakur: the two-letter sun letter before a word that begins with it.
			p := w[prevStart:prevEnd]
			if len(p) == 6 && isVowel(p[3]) && sunDigraph(p[4:6]) && strings.HasPrefix(word, p[4:6]) && !wordIn(o, p) {
				read(prevStart, prevEnd, "")
			}
		}
		prevStart, prevEnd, havePrev = start, end, len(word) >= 3 && word[:3] == "abd"
		if len(word) < 7 || word[:3] != "abd" || !isVowel(word[3]) || wordIn(o, word) {
			continue
		}
		n := sunOnce(word[4:])
		if n > 0 {
			read(start, end, word[4:])
		}
	}
	if b == nil {
		return ""
	}
	return string(append(b, w[last:]...))
}

// sunOnce returns the length of the sun letter that w begins with, written
// once before a vowel (s of salam, sh of shakur), or 0: l (Abdul-), a
// doubled letter (the key's), and any other letter are not read.
func sunOnce(w string) int {
	if len(w) >= 3 && sunDigraph(w[:2]) && isVowel(w[2]) {
		return 2
	}
	if len(w) >= 2 && w[0] != 'l' && isSunLetter(w[0]) && isVowel(w[1]) {
		return 1
	}
	return 0
}

// sunDigraph reports whether d is a sun letter written with two letters:
// sh (shīn), th (thāʾ), dh (dhāl).
func sunDigraph(d string) bool { return d == "sh" || d == "th" || d == "dh" }
