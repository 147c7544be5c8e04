package normalize

// Spellings of one English name that differ by a letter English does not
// speak. englishsound.go reads the vowels of words of four letters or more;
// five spellings it leaves are read here, in a name of one word each:
//
//   - a final e after nn is silent (Ann, Anne; Lynn, Lynne; Wynn, Wynne):
//     English doubles the n of such a name (Carney's "consonant doubling")
//     and a final e after it marks nothing. Lynn, Lynne score as one name
//     already; Ann, Anne, three letters and four, do not. A final
//     vowel that is spoken keeps the names apart (Ann, Anna), and one n
//     is not read (Jean, Jeanne: the French masculine and feminine).
//   - the p written between m and s is the glide English speaks between
//     the lips' m and the tongue's s, and writes or not at the families'
//     choice (Thompson, Thomson; Simpson, Simson; Sampson, Samson; Dempsey,
//     Demsey). Only m, p, s: a p before t (Hampton, Hamton) is left.
//   - the Irish Sean, an English spelling of Irish Seán, is spoken as
//     English writes Shaun or Shawn; it is read as Shaun and held against
//     the other word by englishSoundSame (Shaun, Shawn: au, aw), and Sean
//     is left unread by englishsound.go (enExceptions) for this reason.
//   - a final e after y, in a word whose only vowel letter is that y, is
//     silent: the e of Frye, Slye, Blye marks nothing the y does not
//     (Fry, Sly, Bly: the long /aɪ/ of a stressed final y). After another
//     vowel (Kelly, Kellye) the y is /i/, and the pair is left to the key.
//   - an e between ay and a final s is silent: Hayes, Mayes are Hays,
//     Mays (/eɪz/), as days and plays write the plural of an ay word
//     without it. Only ay: Spanish Reyes is two syllables (Re-yes).
//
// Each is a word one letter longer than the other: a pair of any other
// lengths is turned away by a comparison of lengths. As englishsound.go, the reading is left
// out of names found in running text (s.inText), where a capitalised word
// may be an ordinary one (Lamps, Lams).

// givenSpellingSim returns max(score, 1 less a convention's cost) when a
// and b are one word each and one of the spellings above of one name;
// otherwise score.
func (s *simState) givenSpellingSim(a, b string, score float64) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if s.inText || len(b) != len(a)+1 || len(b) > englishSoundMaxLen || len(a) < 3 {
		return score
	}
	if !asciiLetters(a) || !asciiLetters(b) {
		return score
	}
	var la, lb [englishSoundMaxLen]byte
	wa, wb := enLower(&la, a), enLower(&lb, b)
	if silentNNE(wa, wb) || excrescentP(wa, wb) || irishSean(wa, wb) || silentYE(wa, wb) || silentAyes(wa, wb) {
		return max(score, 1-conventionPenalty)
	}
	return score
}

// silentNNE reports whether y (lower case) is x (lower case, one letter
// shorter) and a final e after a vowel letter and nn: Ann, Anne.
func silentNNE(x, y []byte) bool {
	n := len(x)
	return y[n] == 'e' && string(y[:n]) == string(x) &&
		x[n-1] == 'n' && x[n-2] == 'n' && isVowelY(x[n-3])
}

// excrescentP reports whether y (lower case) is x (lower case, one letter
// shorter) with a p between an m and an s that follow a vowel letter:
// Thomson, Thompson.
func excrescentP(x, y []byte) bool {
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	return i >= 2 && i < len(x) && y[i] == 'p' && x[i-1] == 'm' && x[i] == 's' &&
		isVowelY(x[i-2]) && string(x[i:]) == string(y[i+1:])
}

// silentYE reports whether y (lower case) is x (lower case, one letter
// shorter) and a final e, and x ends in a consonant and y, its only vowel
// letter: Fry, Frye.
func silentYE(x, y []byte) bool {
	n := len(x)
	if y[n] != 'e' || string(y[:n]) != string(x) || x[n-1] != 'y' {
		return false
	}
	for _, c := range x[:n-1] {
		if isVowelY(c) {
			return false
		}
	}
	return true
}

// silentAyes reports whether x (lower case) ends in ays and y (lower case)
// is x with an e before its final s: Hays, Hayes.
func silentAyes(x, y []byte) bool {
	n := len(x)
	return n >= 4 && string(x[n-3:]) == "ays" && string(y[:n-1]) == string(x[:n-1]) && string(y[n-1:]) == "es"
}

// irishSean reports whether x is sean and y a word englishSoundSame holds
// the same as shaun, or shaun itself: Sean, Shawn.
func irishSean(x, y []byte) bool {
	if string(x) != "sean" {
		return false
	}
	return string(y) == "shaun" || englishSoundSame("shaun", string(y))
}

// irishSeanPair reports whether names a and b are one word each, Sean
// and a spelling irishSean reads as it (any case). capsStage leaves such a
// pair to this reading: Shaun reads as Japanese morae (sha-u-n), and the
// cap on Japanese minimal pairs would hold it apart from se-a-n.
func irishSeanPair(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) != 4 || len(b) != 5 || !asciiLetters(a) || !asciiLetters(b) {
		return false
	}
	var la, lb [englishSoundMaxLen]byte
	return irishSean(enLower(&la, a), enLower(&lb, b))
}
