package normalize

import "strings"

// The kunya's Abu in its other cases. A kunya ("father of": أبو بكر Abu
// Bakr) is a noun in construct, and Arabic declines it: nominative abū,
// genitive abī, accusative abā. A name quoted in a sentence, a genealogy
// and a list copied from either keep the case the grammar gave it: ʿAlī
// ibn Abī Ṭālib (the genitive after ibn, "son of"), Abā ʿAbdillāh (the
// accusative), and the same person's list entries write Abu Hussein and
// Abahussein (the UK Sanctions List's Hussein Mansour Othman Aba
// Abahussein). The key reads Abou and Abo as abu (key.go) but Abi and Aba
// as words of their own, so such a pair stayed two names, and the kunya
// cap (kunyaAgainstName, lookalike.go) then took it to 0.8.
//
// kunyaCaseReading, a reading of nameReadings (similarity.go), reads a
// word Aba followed by another word of the name, or Abi after a word and
// before another (a given name Abi comes first: Abi Morgan), and a word that
// begins with aba and three letters more (the kunya written as one word,
// as joinedKunya reads Abubakar), as abu, against a name that writes the
// kunya with Abu (Abou, Abo) itself, as a word before another or joined to
// one. Abi written as one word with the name is not read (Abidin, Abidov,
// Abilov are names of their own), and neither is a name that ends in Abi
// or Aba (Abi, a given name). The names are then compared letter by letter
// as any pair is.

// kunyaCaseSim returns max(score, the similarity of a and b with the
// kunya's Abi or Aba of one read as the other's Abu, less a convention's
// cost).
func (s *simState) kunyaCaseSim(a, b string, score float64) float64 {
	if !hasKunyaStart(a) || !hasKunyaStart(b) {
		return score // most names: no word begins ab
	}
	return s.readAgainst(a, b, score, kunyaCaseReading)
}

// hasKunyaStart is kunyaCaseSim's quick test: a word of name begins with ab
// and a vowel (either case).
func hasKunyaStart(name string) bool {
	for i := 0; i+2 < len(name); i++ {
		if name[i]|0x20 != 'a' || name[i+1]|0x20 != 'b' || i > 0 && isLetterByte(name[i-1]) {
			continue
		}
		switch name[i+2] | 0x20 {
		case 'a', 'i', 'o', 'u':
			return true
		}
	}
	return false
}

// kunyaCaseReading returns name in lower case with its kunya's Abi or Aba
// read as Abu against other (see above), or "" when other writes no Abu or
// name has no such word.
func kunyaCaseReading(name, other string) string {
	if !writesAbu(strings.ToLower(other)) {
		return ""
	}
	w := strings.ToLower(name)
	var b []byte
	last := 0
	for start, end := range letterRuns(w) {
		word := w[start:end]
		var read string
		switch {
		case (word == "aba" || word == "abi" && start > 0) && hasLetterAfter(w, end):
			read = "abu"
		case len(word) >= len("aba")+3 && word[:3] == "aba":
			read = "abu" + word[3:]
		default:
			continue
		}
		b = append(append(b, w[last:start]...), read...)
		last = end
	}
	if b == nil {
		return ""
	}
	return string(append(b, w[last:]...))
}

// writesAbu reports whether the lower-case name o writes the kunya with
// Abu, Abou or Abo: as a word before another word, or joined to a word of
// three letters or more.
func writesAbu(o string) bool {
	for start, end := range letterRuns(o) {
		word := o[start:end]
		for _, p := range [...]string{"abou", "abu", "abo"} {
			if !strings.HasPrefix(word, p) {
				continue
			}
			if len(word) == len(p) && hasLetterAfter(o, end) || len(word) >= len(p)+3 && p != "abo" {
				return true
			}
			break
		}
	}
	return false
}

// hasLetterAfter reports whether s has a letter at or after i: a word
// follows.
func hasLetterAfter(s string, i int) bool {
	for ; i < len(s); i++ {
		if isLetterByte(s[i]) {
			return true
		}
	}
	return false
}

// kunyaCaseOnly reports whether a and b are the same words but for one
// name's Abi or Aba where the other writes Abu (Abou, Abo), before another
// word: the kunya in two cases (Aba Bakr, Abu Bakr), which the Pinyin and
// Japanese caps must leave (stages.go's spellingOnly: a-ba and a-bu are
// two Pinyin syllables apart).
func kunyaCaseOnly(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) != len(wb) || len(wa) < 2 {
		return false
	}
	abu := func(w string) bool { return w == "abu" || w == "abou" || w == "abo" }
	caseForm := func(w string, i int) bool { return w == "aba" || w == "abi" && i > 0 }
	read := false
	for i, x := range wa {
		y := wb[i]
		switch {
		case x == y:
		case i+1 < len(wa) && (caseForm(x, i) && abu(y) || caseForm(y, i) && abu(x)):
			read = true
		default:
			return false
		}
	}
	return read
}
