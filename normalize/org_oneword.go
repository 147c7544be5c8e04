package normalize

import (
	"strings"
	"unicode"
)

// A party of one word and that word with its head noun. Parties named by
// a word of their own are written with and without "Party" or
// "Movement", in English or the party's language, before or after it:
// Hamas is the Hamas Movement, BESA the Besa Movement, FUNCINPEC the
// Funcinpec Party. English calls a faction after a man or a place a party
// too (the Watanabe Party, the Mito Party: org_party.go), so "X Party" is
// read only where X is written in capitals as a party's name is
// (FUNCINPEC), not Likud and the Likud Party. The letter-by-letter score
// of a word against the word and a head noun is 0.78, under
// SameThreshold, and orgWordAdded and orgStemVariant read names of two
// words or more. oneWordParty reads only the head nouns of parties and
// movements (politicalHeads, and the words the organisation tables give
// as their translations: parti, partido, stranka), not a bank's, an
// army's or a brigade's (Toyota, Toyota Bank; Hezbollah, Hezbollah
// Brigades are other bodies), and only a word of the party's own: not a
// head noun itself (Congress, Congress Party), a connector, an ordinal or
// generic word (partyGenericWords: Third), a word the organisation tables
// translate (Unity, Socialist), a country, a people's or continent's
// adjective (Georgia, Arab, European: the Arab League is no Arab party),
// nor a word of fewer than four letters.

// peopleAdjectiveEnds are the endings of adjectives of peoples and
// continents that isCountryAdjective does not find (African, Kurdish,
// Balkan, Congolese) and of a doctrine's word (Islamic, Marxist).
var peopleAdjectiveEnds = [...]string{"an", "ic", "ish", "ese", "ist", "ists", "ism", "i"}

// oneWordParty reports whether one of a and b is one word of the party's
// own and the other that word with head nouns of parties or movements;
// English "Party" alone only after a word in capitals (FUNCINPEC).
func oneWordParty(a, b string) bool {
	if strings.IndexByte(a, ' ') >= 0 {
		a, b = b, a
	}
	// The cheap tests first: names match asks this of every pair of one
	// word and more below SameThreshold (Putin, Vladimir Putin).
	if strings.IndexByte(a, ' ') >= 0 || strings.IndexByte(b, ' ') < 0 || !hasWordOf(b, stemHeadWords(), nil) {
		return false
	}
	ka, found, englishParty := Key(a), false, true
	for _, w := range orgNameWords(b) {
		k := Key(w)
		if k == ka && !found {
			found = true
			continue
		}
		if !isHeadKey(politicalHeads.get(), k) {
			return false
		}
		englishParty = englishParty && w == "party"
	}
	// "X Party" against X written as a word, not in capitals, is
	// org_party.go's: a faction after a man or a place (the Watanabe
	// Party, the Watanabe).
	return found && (!englishParty || strings.ToUpper(a) == a) && ownPartyWord(a)
}

// ownPartyWord reports whether w may be a party's own name (see above).
func ownPartyWord(w string) bool {
	n := 0
	for i, r := range w {
		if !unicode.IsLetter(r) || i == 0 && !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	if n < 4 {
		return false
	}
	lw := strings.ToLower(w)
	if partyGenericWords[lw] || lw == "arab" || knownOrgWord(w) {
		return false
	}
	for _, end := range peopleAdjectiveEnds {
		if strings.HasSuffix(lw, end) {
			return false
		}
	}
	return true
}

// A party of one word of its own and a subtitle after a dash. Such a
// party writes its word and then what it stands for (SMER – Social
// Democracy, Respect – The Unity Coalition, Zares – nova politika), and
// the datasets list the word alone, with a head noun (Respect Party) or
// with another subtitle (Zares – Socialno-Liberalni). orgs45 left the
// dashed subtitle in general: a name of several words with a part after a
// dash is as often another party (Indonesian Democratic Party – Struggle,
// Our Ukraine – People's Self-Defense Bloc). A word of the party's own
// (ownPartyWord) before the dash is what names the party; so
// ownWordSubtitle reads the part before each name's first spaced dash, and
// that part must be the one word in both (case and diacritics aside) or
// the word and a head noun of parties in one; each subtitle must be two
// words or more, not in capitals: an acronym after the dash is another
// party's, the pair a coalition (Fidesz – KDNP, Fidesz – MDF).

// ownWordSubtitle reports whether a and b are a party's own word, with
// subtitles after a dash or a head noun, as the comment above says.
func ownWordSubtitle(a, b string) bool {
	if !mayHaveDash(a) && !mayHaveDash(b) {
		return false
	}
	ha, ta, da := ownWordDash(a)
	hb, tb, db := ownWordDash(b)
	if !da && !db || da && !wordsSubtitle(ta) || db && !wordsSubtitle(tb) {
		return false
	}
	if strings.IndexByte(ha, ' ') >= 0 {
		ha, hb = hb, ha
	}
	if strings.IndexByte(ha, ' ') >= 0 || !ownPartyWord(ha) {
		return false
	}
	if strings.EqualFold(withoutMarks(ha), withoutMarks(hb)) {
		return true
	}
	w, head, ok := strings.Cut(hb, " ")
	return ok && strings.EqualFold(withoutMarks(ha), withoutMarks(w)) && strings.IndexByte(head, ' ') < 0 && isHeadKey(politicalHeads.get(), Key(head))
}

// wordsSubtitle reports whether s has two words or more (at spaces and
// hyphens), is not written in capitals and does not open with a word in
// capitals (KDNP pártszövetség: another party's acronym, a coalition).
func wordsSubtitle(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	return len(words) >= 2 && strings.ToUpper(s) != s && (len(words[0]) < 2 || strings.ToUpper(words[0]) != words[0])
}

// ownWordDash returns the parts of s before and after its first spaced
// dash (subtitleDash, org_dash_subtitle.go: an en or em dash with or
// without spaces, a hyphen with a space beside it: Fidesz- Magyar
// Polgári Párt), or s whole and ok false: a hyphen before a capital
// joins a word to another more often than to a subtitle.
func ownWordDash(s string) (head, tail string, ok bool) {
	if h, t, spaced, ok := subtitleDash(s); ok && spaced {
		return h, t, true
	}
	return strings.TrimSpace(s), "", false
}
