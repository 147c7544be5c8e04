package normalize

// The kha written k. Arabic has two letters that Latin lists write with a
// k: kaf (k) and kha (kh, the ch of Bach). Most romanizations keep kha's h,
// but an alias taken from another list, or from a language without the
// sound, drops it:
// the UN list writes one person Fuad Mohammed Khalif and Fuad Mohammed
// Kalaf. Read so, the two words are often one root differing in its short
// vowels too (Khalif, Kalaf: kh-l-f), which the key's edit distance cannot
// add up. khaAsKShortVowels scores such a word pair inside a name of two
// words or more, as dutchChShortVowels does for the Dutch ch: the kh read
// k must leave the words differing only in short vowels (shortVowelsOnly,
// shortVowelInserted). Two words equal once kh is read k are the key's
// matter: its edit distance scores them already (Kharin, Karin). Only a
// word's first kh is read so, where Arabic
// names have it most (Khalid, Khalil, Khalaf): inside a word the Russian
// kh sets surnames apart in short vowels as well (Golukhov, Golikov).

// kafKhaShaped reports whether folded words x and y may
// be read by khaAsKShortVowels (both begin with k) or finalChAsH (one
// ends in h): a test of three bytes that spares most word pairs the two
// calls.
func kafKhaShaped(x, y string) bool {
	if x == "" || y == "" {
		return false
	}
	return x[0] == 'k' && y[0] == 'k' || x[len(x)-1] == 'h' || y[len(y)-1] == 'h'
}

// khaAsKShortVowels is the word score of folded words x and y, inside a
// name of two words or more, when one begins with kh where the other
// begins with k and has no kh, and that kh read k leaves the pair
// differing only in short vowels: shortVowelScore less the cost of a
// convention, or 0.
func khaAsKShortVowels(x, y string) float64 {
	if len(x) < 4 || len(y) < 4 || x[0] != 'k' || y[0] != 'k' || x[1] == 'h' == (y[1] == 'h') {
		return 0 // Golukhov, Golikov (rukin's look-alikes): a kh inside a word
	}
	if d := len(x) - len(y); d > 2 || d < -2 {
		return 0
	}
	if y[1] == 'h' {
		x, y = y, x
	}
	if hasKh(y) {
		return 0
	}
	if rx := "k" + x[2:]; shortVowelsOnly(rx, y) || shortVowelInserted(rx, y) {
		return shortVowelScore - conventionPenalty
	}
	return 0
}

// hasKh reports whether folded word w has kh.
func hasKh(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if w[i] == 'k' && w[i+1] == 'h' {
			return true
		}
	}
	return false
}

// finalChAsH is the word score of folded words x and y, inside a name of
// two words or more, when one ends in a vowel and ch (not -ich, -ych: the
// Slavic patronymic) and the other is the same word without the ch or
// with h for it (the key drops a final h): the Dutch, German and old
// Indonesian final ch is kh or h (Barech, Bareh). It is shortVowelScore
// less the cost of a convention, or 0.
func finalChAsH(x, y string) float64 {
	if len(x) > len(y) {
		x, y = y, x
	}
	n := len(y)
	if n < 5 || y[n-2:] != "ch" || !isVowel(y[n-3]) || y[n-3] == 'i' || y[n-3] == 'y' {
		return 0
	}
	if stem := y[:n-2]; x != stem && x != stem+"h" {
		return 0
	}
	return shortVowelScore - conventionPenalty
}
