package normalize

// The Arabic article joined to a word. Romanizations of Arabic, Persian
// and Urdu names write the article al- in a compound name in several ways:
// as its own word, dropped by prepare ("Abd al-Hadi", "Mati ur Rehman"),
// or joined to the word before it, in the South Asian spelling -ur-, -ud-,
// -us-, -un- before a word that begins with the same (sun) letter and -ul-
// before any other ("Matiur Rahman", "Ziaul Haq"; Mati ur-Rehman is
// Muti' al-Rahman), or joined to the word after it ("Elsebai", "Alhakim":
// al-Sebai, al-Hakim). The word Abd ("servant of") is always followed by
// the article: "Abd al-Hadi" and "Abdal Hadi" (Abdul Hadi) are one name,
// and in one word the article's sun letter may be written once or twice
// ("Abdurochim", "Abdurrochim"; "Abdusalam", "Abdussalaam"). A compound
// given name in -uddin (ud-Din, "of the faith") has its first part as
// short form: "Siraj Haqqani" is "Sirajuddin Haqqani" (dinStem).
// articleStem reads each such word without the article, and wordSims
// compares the words so read when they score under the threshold
// otherwise (the UN list's aliases of one person: "Mati ur Rehman",
// "Matiur Rahman", "Matti al-Rehman"; "Abd Ur-Rehman", "Abdur Rahman";
// "Hani al-Sebai Yusif", "Hani Elsebai Yusef").

// articleSpellingPenalty is what reading a word without its joined
// article costs a pair of words.
const articleSpellingPenalty = 0.02

// dinPenalty is what leaving out the -uddin of a compound given name costs
// a pair of words (dinStem).
const dinPenalty = 0.05

// articleStem returns the folded word w without the Arabic article joined
// to it, or "" when it has none; next is the word after w in the name
// ("" for the last) and first tells whether w is the name's first word.
func articleStem(w, next string, first bool) string {
	n := len(w)
	switch {
	case w == "abd" || w == "abdal":
		return "abd" // Abd al-Hadi, Abdul Hadi
	case n >= 8 && w[0] == 'a' && w[1] == 'b' && w[2] == 'd':
		// The article's sun letter written once: Abdurochim, Abdurrochim
		// (abdalruchim); not Abdallah.
		if w[3] == 'a' && w[4] == 'l' && w[5] != 'l' && isSunLetter(w[5]) {
			return "abd" + w[5:]
		}
		if isVowel(w[3]) && w[4] != 'l' && isSunLetter(w[4]) && isVowel(w[5]) {
			return "abd" + w[4:]
		}
		return ""
	case n >= 5 && next != "" && w[n-2] == 'u' && (w[n-1] == 'l' || isSunLetter(w[n-1]) && next[0] == w[n-1]):
		return w[:n-2] // Matiur Rahman, Ziaul Haq
	case n >= 6 && !first && (w[0] == 'a' || w[0] == 'e') && w[1] == 'l' && !isVowel(w[2]):
		return w[2:] // Elsebai, Alhakim
	}
	return dinStem(w)
}

// dinStem returns the folded word w without a joined "ud-Din" ("of the
// faith", the second part of a compound given name: Sirajuddin,
// Nasiruddin, Nasreddine), or "": the first part, four letters or more, is
// the name's short form (Siraj Haqqani is Sirajuddin Haqqani).
func dinStem(w string) string {
	n := len(w)
	if n < 8 || w[n-1] != 'n' && w[n-1] != 'e' {
		return "" // the common case, quickly
	}
	cut := n - 4 // -udin, -edin, -adin, -idin (doubled d folded)
	if w[n-1] == 'e' {
		cut-- // French -eddine
	}
	if cut < 4 || w[cut+1:cut+4] != "din" || !isVowel(w[cut]) || w[n-1] == 'e' && w[n-2] != 'n' {
		return ""
	}
	if w[cut-1] == 'y' {
		// The key read a j before the vowel as y; at the end of the short
		// form it is read as the key reads a final j (Serajuddin, Siraj).
		return string(foldToken(nil, []byte(w[:cut])))
	}
	return w[:cut]
}

// nextWord returns the word after words[i], or "".
func nextWord(words []string, i int) string {
	if i+1 < len(words) {
		return words[i+1]
	}
	return ""
}

// stemSim is the score of words x and y read without their joined
// articles sx and sy (either may be "": the word has none). The key reads
// a j inside a word as y (German, Slavic), so a stem that begins with y
// and a vowel is read with j as well, as the key reads a first j
// ("Aljeithni", al-Juaythini).
func (s *simState) stemSim(x, y, sx, sy string) float64 {
	pen := articleSpellingPenalty
	if sx != "" && len(x)-len(sx) >= 4 || sy != "" && len(y)-len(sy) >= 4 {
		pen = dinPenalty // a whole -uddin left out
	}
	if sx != "" {
		x = sx
	}
	if sy != "" {
		y = sy
	}
	sim := s.wordSim(x, y)
	if sim < SameThreshold && (sx != "" && jStem(sx) || sy != "" && jStem(sy)) {
		if sx != "" && jStem(sx) {
			x = "j" + x[1:]
		}
		if sy != "" && jStem(sy) {
			y = "j" + y[1:]
		}
		sim = max(sim, s.wordSim(x, y))
	}
	return sim - pen
}

// jStem reports whether the stem st begins with y and a vowel.
func jStem(st string) bool { return len(st) > 2 && st[0] == 'y' && isVowel(st[1]) }
