package normalize

import (
	"strings"
	"unicode/utf8"
)

// Hindi's spoken spelling of a Devanagari name against a Latin one
// (branch hinames55). The matcher's key writes a Devanagari name letter
// by letter (devanagari.go); a Latin spelling of it often writes what
// Hindi says instead, in ways general to the script:
//
//   - a word's last consonant joined to the one before it keeps its a
//     when the pair cannot end a syllable (devaKeepsFinalA: "आदित्य"
//     Aditya, "मित्र" Mitra, "कृष्ण" Krishna; but "धर्म" Dharm, "प्रशान्त"
//     Prashant). Every reading below reads it; the key does not, as
//     Latin spellings that write the letters do not ("पद्म" Padm, "सुमित्र"
//     Sumitr);
//   - the medial a that Hindi does not say (Ohala's VC_CV: a consonant's
//     a between a vowel and a consonant said with a vowel): "राजदीप"
//     Rajdeep, "रजनी" Rajni, "देवदत्त" Devdatt-a. The key keeps the a,
//     which the spellings of foreign names write ("कैमरून" Cameroon,
//     branch deva54), so it is a reading, not the key;
//   - the nukta that Hindi writers leave out or add: ज for z ("नजमा"
//     Nazma, "शाजिया" Shazia) and ज़ for j ("सरोज़ा" Saroja);
//   - the vowel sign ृ, which Hindi says ri and Marathi and Gujarati
//     names write ru ("कृपा" Krupa, "स्मृति" Smruti).
//
// Hindi writes an English name by its sound, not its letters ("गिनी"
// Guinea, "नाइजर" Niger, "साइप्रस" Cyprus, "डच" Dutch): the name's words that
// the pronouncing dictionary of pronounce.go has are read by their sounds
// as Hindi writes them (devaEnglishSound) and compared with the
// Devanagari name as written and with its medial a dropped.
//
// devanagariSim tries, for a name with Devanagari letters against a name
// with none, the name read with its final a, then also with the
// medial a dropped, then also with the nukta swapped, then with ृ as ru
// (with the medial a dropped, which the other two leave as a Latin
// spelling would: "नजमा" Nazma), and keeps the best score less a
// convention's cost. The nukta is swapped only towards a letter the
// other name has: ज read z against a name with a z, ज़ read j against a
// name with a j (the Latin letters score z close to d, s and y: "अंगाजा"
// read angaza would meet Angada).

// devaReadings are the readings devanagariSim tries, in order; devaJZ
// and devaZJ are kept where the other name has no z or no j.
var devaReadings = [...]devaRead{
	devaInherent | devaFinalA,
	devaInherent | devaFinalA | devaSchwa,
	devaInherent | devaFinalA | devaSchwa | devaJZ | devaZJ,
	devaInherent | devaFinalA | devaSchwa | devaRu,
}

// devanagariSim is the reading of nameReadings (similarity.go) of a
// Devanagari name against a Latin one.
func (s *simState) devanagariSim(a, b string, score float64) float64 {
	deva, other, ok := devaAgainst(a, b)
	if !ok {
		return score
	}
	plain := devaSpell(deva, devaInherent)
	swap := devaJZ | devaZJ
	if !strings.ContainsAny(other, "zZ") {
		swap &^= devaJZ
	}
	if !strings.ContainsAny(other, "jJ") {
		swap &^= devaZJ
	}
	for k, mode := range devaReadings {
		if k == 2 && swap == 0 {
			continue // the first reading again
		}
		mode &^= (devaJZ | devaZJ) &^ swap
		if r := devaSpell(deva, mode); r != plain {
			score = max(score, s.similarity(r, other)-conventionPenalty)
		}
	}
	if score < SameThreshold {
		if e := devaEnglishSound(other); e != "" {
			score = max(score, s.similarity(plain, e)-conventionPenalty,
				s.similarity(devaSpell(deva, devaInherent|devaSchwa), e)-conventionPenalty)
		}
	}
	return score
}

// devaAgainst returns of names a and b the one with Devanagari letters
// and the other, or false unless exactly one has them.
func devaAgainst(a, b string) (deva, other string, ok bool) {
	// Devanagari's letters are three bytes from 0xE0 0xA4 or 0xA5: a
	// name without 0xE0 has none.
	da := strings.IndexByte(a, 0xE0) >= 0 && HasDevanagari(a)
	db := strings.IndexByte(b, 0xE0) >= 0 && HasDevanagari(b)
	if da == db {
		return "", "", false
	}
	if db {
		return b, a, true
	}
	return a, b, true
}

// devaSpell writes the Devanagari runs of name in Latin letters read by
// mode, and keeps the rest as written.
func devaSpell(name string, mode devaRead) string {
	b := make([]byte, 0, len(name))
	for i := 0; i < len(name); {
		r, n := utf8.DecodeRuneInString(name[i:])
		if !isDevanagari(r) {
			b = append(b, name[i:i+n]...)
			i += n
			continue
		}
		j := i + n
		for j < len(name) {
			r2, n2 := utf8.DecodeRuneInString(name[j:])
			if !isDevanagari(r2) {
				break
			}
			j += n2
		}
		b = appendDevanagariRead(b, name[i:j], mode)
		i = j
	}
	return string(b)
}

// devaSounds spells the phonemes of pronounce.tsv (one byte a phoneme,
// testdata/bench/pronounce_table.go) as Hindi writes an English word's
// sounds in Devanagari, read back in the key's Latin letters: æ as ै ai
// ("कैमरून" Cameroon), the diphthong of "ice" आइ ai, ɔ as ऑ o, w as व v,
// a reduced vowel as the inherent a.
var devaSounds = [128]string{
	'b': "b", 'c': "ch", 'd': "d", 'D': "d", 'f': "f", 'g': "g", 'h': "h",
	'j': "j", 'k': "k", 'l': "l", 'm': "m", 'n': "n", 'N': "ng", 'p': "p",
	'r': "r", 's': "s", 'S': "sh", 't': "t", 'T': "th", 'v': "v", 'w': "v",
	'y': "y", 'z': "z", 'Z': "sh",
	'A': "a", 'Q': "ai", 'U': "a", 'O': "o", 'W': "au", 'Y': "ai",
	'E': "e", 'R': "ar", 'J': "e", 'I': "i", 'L': "i", 'K': "o",
	'X': "oi", 'H': "u", 'V': "u", '@': "a",
}

// devaEnglishSound writes name's words that the pronouncing dictionary
// has by their first pronunciation (devaSounds), and the others as
// written, or returns "" when the dictionary has none of them: Belgium
// beljam, Ireland airland, Guinea gini; "St." is said Saint, sent.
func devaEnglishSound(name string) string {
	var b []byte
	found := false
	for i := 0; i < len(name); {
		j := i
		for j < len(name) && (name[j]|0x20 >= 'a' && name[j]|0x20 <= 'z') {
			j++
		}
		if j == i {
			b = append(b, name[i])
			i++
			continue
		}
		var buf [pronounceMaxWord]byte
		p := ""
		if w, ok := lowerWord(&buf, name[i:j]); ok {
			p = pronunciations(w)
		} else if j-i == 2 && name[i:j] == "St" && j < len(name) && name[j] == '.' {
			p, j = pronunciations([]byte("saint")), j+1 // St. said Saint (सेंट)
		}
		if p == "" {
			b = append(b, name[i:j]...)
		} else {
			found = true
			p, _, _ = strings.Cut(p, " ")
			for k := 0; k < len(p); k++ {
				if p[k] < 128 {
					b = append(b, devaSounds[p[k]]...)
				}
			}
		}
		i = j
	}
	if !found {
		return ""
	}
	return string(b)
}
