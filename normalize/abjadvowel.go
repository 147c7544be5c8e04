package normalize

// Short vowels of names from Arabic script, where they are not written.
// Arabic writes a name's consonants and long vowels (alif, waw, ya) and
// leaves its three short vowels, fatha, kasra and damma, unwritten, so two
// romanizations of one name may place a, i or u differently in one
// syllable: al-Masri and al-Misri (مصري), al-Qudsi and al-Qadsi (قدسي),
// Hujra and Hijra (حجرة). The scientific and the UN/ALA-LC
// romanizations write those vowels a, i and u only.
//
// Where the letters do not show an Arabic name, one vowel apart is as
// often another name: Pinyin syllables (Henan, Hunan), German and Dutch
// towns (Lingen, Langen), Bantu and Japanese names (Kibale, Kabale; Osaka,
// Asaka), Romance endings (Negri, Negro), Slavic surnames (Belitskiy,
// Biletskyi). abjadVowelSim therefore reads a name part as written from
// Arabic only when it shows the script in its letters (abjadShaped), and
// reads only the vowel the script leaves out:
//
//   - the names are one letter sequence but for one vowel, a, i or u
//     against another of the three, so every other word is the same and the
//     two words have the same consonants in the same places;
//   - that vowel stands between two consonants (a vowel beside another is
//     a long vowel or a diphthong, written in Arabic: Sabai, Hussein), not
//     first in its word (a word's first vowel sits on a written alif) nor
//     last (a final -i is the nisba's ya, a final -a the ta marbuta, both
//     written; and a Romance final vowel is an ending);
//   - the word has five letters or more (in a shorter word one vowel is a
//     larger share, and short Arabic names one vowel apart are often two
//     names: Amr, Amir);
//   - abjadShaped: either word has kh, dh, gh before a vowel (the Arabic
//     letters ḫāʾ, ḏāl and ḍād, ġayn), q not before u (qāf; Romance writes
//     qu), j not before i or u (ǧīm; Pinyin's j stands only before i and
//     u, and English, Dutch or Scandinavian names with j one vowel apart,
//     Jansen and Jensen, differ in e or o, which this reading never
//     reads), or is the nisba of a word of two consonants after one short
//     vowel (faʿlī: Masri, Bakri, Sabri; both vowels a, i or u and the
//     consonants no European cluster such as nd, nt, mb, ng, nk, ch, sh,
//     th, ph, ck, so Italian Conti and Canti stay apart).
//
// A name the rule reads scores 1 less a convention's cost, and the caps of
// similarityWith (Pinyin, Japanese, long vowels, endings) still apply.

// abjadVowelSim is the reading of the short vowels above in nameReadings.
func (s *simState) abjadVowelSim(a, b string, score float64) float64 {
	if len(a) == len(b) && abjadVowelOnly(a, b) { // most pairs differ in length
		return max(score, 1-conventionPenalty)
	}
	return score
}

// abjadVowelOnly reports whether names a and b, ASCII and of one length,
// differ only in one short vowel of an Arabic-shaped word, as above.
func abjadVowelOnly(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	at := -1
	for i := 0; i < len(a); i++ {
		if a[i] >= 0x80 || b[i] >= 0x80 {
			return false
		}
		x, y := lowerAt(a, i), lowerAt(b, i)
		if x == y {
			continue
		}
		if at >= 0 || !arabicShortVowel(x) || !arabicShortVowel(y) {
			return false
		}
		at = i
	}
	if at <= 0 || at == len(a)-1 {
		return false
	}
	if !isConsonantLetter(lowerAt(a, at-1)) {
		return false
	}
	start, end := at, at+1 // the word of the vowel, a[start:end]
	for start > 0 && isLetterByte(a[start-1]) {
		start--
	}
	for end < len(a) && isLetterByte(a[end]) {
		end++
	}
	if !closedSyllable(a[at+1:]) {
		if !firstSyllable(a[start:at]) {
			return false
		}
		if lowerAt(a, at) == 'a' && faIl(a[at+1:end]) || lowerAt(b, at) == 'a' && faIl(b[at+1:end]) {
			return false // Khalid, Nasir: the a is long
		}
	}
	if end-start < 5 {
		return false
	}
	return abjadShaped(a[start:end]) || abjadShaped(b[start:end])
}

// abjadShaped reports whether the ASCII word w shows, in its letters, a
// name written from Arabic script (see above).
func abjadShaped(w string) bool {
	for i := 0; i < len(w); i++ {
		c, next := lowerAt(w, i), lowerAt(w, i+1) // next is 0 past the end
		switch c {
		case 'k', 'd':
			if next == 'h' {
				return true
			}
		case 'g':
			if next == 'h' && isVowel(lowerAt(w, i+2)) {
				return true
			}
		case 'q':
			if next != 'u' {
				return true
			}
		case 'j':
			if next != 'i' && next != 'u' {
				return true
			}
		}
	}
	return nisbaFali(w)
}

// nisbaFali reports whether the ASCII word w is a nisba of the pattern
// faʿlī: a consonant, a, i or u, two different consonants that make no
// European cluster, and a final i (Masri, Bakri, Fahmi).
func nisbaFali(w string) bool {
	if len(w) != 5 || lowerAt(w, 4) != 'i' {
		return false
	}
	c1, v, c2, c3 := lowerAt(w, 0), lowerAt(w, 1), lowerAt(w, 2), lowerAt(w, 3)
	if !isConsonantLetter(c1) || !arabicShortVowel(v) || !isConsonantLetter(c2) || !isConsonantLetter(c3) || c2 == c3 {
		return false
	}
	for _, cl := range europeanClusters {
		if c2 == cl[0] && c3 == cl[1] {
			return false
		}
	}
	return true
}

// europeanClusters are the consonant pairs nisbaFali does not take for the
// two consonants of faʿlī: digraphs of one sound and nasal clusters.
var europeanClusters = [...]string{"ch", "sh", "th", "ph", "ck", "nd", "nt", "mb", "mp", "ng", "nk"}

// arabicShortVowel reports whether c is a, i or u, the romanizations'
// letters for the three short vowels.
func arabicShortVowel(c byte) bool { return c == 'a' || c == 'i' || c == 'u' }

// closedSyllable reports whether rest, what follows a vowel in a name,
// begins with two consonants of its word: two letters, or a digraph of one
// Arabic consonant (kh, sh, th, dh, gh, zh, ch) and a letter, or a doubled
// letter (the shadda). Arabic allows a long vowel in a closed syllable
// only at a pause or before a doubled consonant, so a vowel there is short.
func closedSyllable(rest string) bool {
	n := 0
	for i := 0; i < len(rest) && n < 2; n++ {
		u := consonantUnit(rest[i:])
		if u == 0 {
			return false
		}
		i += u
	}
	return n == 2
}

// firstSyllable reports whether onset, the letters of a word before a
// vowel, is one consonant (one letter, or a digraph of one Arabic
// consonant): the vowel is the word's first. The first vowel of the
// patterns that names take is short (faʿīl, fiʿāl, fuʿāl, fuʿayl: Karim,
// Hisham, Hussam, Husayn) but for fāʿil's long a (Khalid, Nasir), which
// abjadVowelOnly leaves as written (faIl).
func firstSyllable(onset string) bool {
	switch len(onset) {
	case 1:
		return true
	case 2:
		return arabicDigraph(lowerAt(onset, 0), lowerAt(onset, 1))
	}
	return false
}

// faIl reports whether rest, what follows the first a of a word, is one
// consonant, i and one consonant: the word is of the pattern fāʿil, whose
// first vowel is long.
func faIl(rest string) bool {
	n := consonantUnit(rest)
	if n == 0 || n >= len(rest) || lowerAt(rest, n) != 'i' {
		return false
	}
	m := consonantUnit(rest[n+1:])
	return m > 0 && n+1+m == len(rest)
}

// consonantUnit returns the length of the consonant that begins w: 1, 2
// for a digraph of one Arabic consonant, or 0 when w begins with no
// consonant.
func consonantUnit(w string) int {
	if w == "" || !isConsonantLetter(lowerAt(w, 0)) {
		return 0
	}
	if arabicDigraph(lowerAt(w, 0), lowerAt(w, 1)) {
		return 2
	}
	return 1
}

// arabicDigraph reports whether the lower-case letters c and next write
// one Arabic consonant: kh, sh, th, dh, gh, zh or ch.
func arabicDigraph(c, next byte) bool {
	return next == 'h' && (c == 'k' || c == 's' || c == 't' || c == 'd' || c == 'g' || c == 'z' || c == 'c')
}

// isConsonantLetter reports whether c is a lower-case ASCII letter other
// than a vowel.
func isConsonantLetter(c byte) bool { return 'a' <= c && c <= 'z' && !isVowel(c) }
