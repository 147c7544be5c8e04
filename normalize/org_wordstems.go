package normalize

import (
	"slices"
	"strings"
)

// An organisation's words in another form of one stem, and its head noun
// at either end. The datasets that name one party or body write its words
// as adjective or noun, one derivation or another, singular or plural, as
// their translators chose: the National Republican Alliance is the
// Nationalist Republican Alliance, the Guatemalan Reformer Party the
// Guatemalan Reformist Party, the Christian Historian Union the Christian
// Historical Union, the Croatian People's Party the Croatian Popular
// Party; and they put the head noun first with "of" or "for", or last
// (Movement for Silesian Autonomy, Silesian Autonomy Movement; List Pim
// Fortuyn, Pim Fortuyn List). orgWordForms (similarity.go) lists the few
// such forms every name reads (Revolution, Revolutionary; Guard, Guards);
// this rule reads any word against the word at its place by the endings
// English derives adjectives, nouns and agents with, on the keys (Key):
// -s, -ist, -ism, -ary, -al, -ian, -an, -ic, -ical, -er, -ed, -atory,
// -ory, -y, -ity, -ese, a final -a, -ers (Reformers), French -ois
// (Québécois, Quebec), and -cy against -tic (Democracy, Democratic), each
// leaving a stem of four letters or more; People's and
// Popular are one word, Citizens' and Civic one. The names must have as many words (less of, the,
// for, in, on, and), the same head noun of organisations (orgBagHeads) and
// every word so paired in order once a head noun that opens a name is
// read at its end: no word may be added, left out or swapped with
// another (Democratic Korea Party is not the Democratic Party of Korea),
// and a word of another stem keeps two names apart (Renovator, Renovation:
// -or and -ion are not read).

// orgStemSuffixes are the endings stemsMeet takes off a key (Key writes
// y as i, c as k or s, o as u: -ary is "ari", -atory "aturi"; French
// -ois, Québécois, is "uis"). -ers (Reformers, Reformists) only off a stem
// of five letters or more: Workers are no Work.
var orgStemSuffixes = [...]string{"s", "es", "ist", "ists", "ism", "ari", "al", "ian", "an", "ik", "ikal", "er", "ed", "aturi", "uri", "i", "iti", "ese", "a", "si", "tik", "ers", "uis"}

// orgBagHeads are the head nouns (by key) one of which both names must
// hold: orgTableHeads' and the words parties and lists are named with.
var orgBagHeads = newLazy(func() map[string]bool {
	m := map[string]bool{}
	for _, h := range strings.Fields(bagHeadWords) {
		m[Key(h)] = true
	}
	return m
})

// bagHeadWords are orgTableHeads' words (org_language.go) and the words
// parties and lists are named with.
const bagHeadWords = "bank party front union army forces police ministry committee council federation " +
	"confederation association league movement institute university company agency office " +
	"service guard brigade corps republic corporation alliance authority command organization organisation " +
	"bloc coalition list society club rally congress assembly group forum platform convention"

// unmovedHeads (by key) are the head nouns orgStemWords leaves first: a
// country has one central bank but many banks (the Bank of Senegal is not
// any Senegalese bank; org_country.go reads them so too).
var unmovedHeads = map[string]bool{Key("bank"): true, Key("company"): true, Key("corporation"): true}

// orgStemConnectors are the small words left out before pairing (by key).
var orgStemConnectors = newLazy(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("of the for in on and a an au aux vu fir por") {
		m[Key(w)] = true
	}
	return m
})

// mayBeOrgStems is orgStemVariant's quick test: both names have two words
// or more and one of them a head noun of orgBagHeads or a translation of
// one (stemHeadWords).
func mayBeOrgStems(a, b string) bool {
	return strings.IndexByte(a, ' ') > 0 && strings.IndexByte(b, ' ') > 0 && (hasWordOf(a, stemHeadWords(), nil) || hasWordOf(b, stemHeadWords(), nil))
}

// stemHeadWords are orgBagHeads' words and, of orgWordTable's, their
// translations of one word, in small letters: what mayBeOrgStems looks
// for. politicalHeadWords are politicalHeads' words, what orgWordAdded
// looks for. Both are built on first use (headWordSets): most commands
// never compare organisations.
func stemHeadWords() map[string]bool { return headWordSets.get()[0] }

func politicalHeadWords() map[string]bool { return headWordSets.get()[1] }

var headWordSets = newLazy(func() [2]map[string]bool {
	stem, political := map[string]bool{}, map[string]bool{}
	for _, h := range strings.Fields(bagHeadWords) {
		stem[h] = true
	}
	for _, table := range []map[string]string{orgWordTable, orgWordTableMore, orgWordTableWorld} {
		for en, tr := range table {
			if !orgBagHeads.get()[Key(en)] {
				continue
			}
			for _, t := range strings.Split(tr, "|") {
				if _, w, _ := strings.Cut(t, " "); !strings.Contains(w, " ") {
					stem[w] = true
				}
			}
		}
	}
	for _, h := range strings.Fields(politicalHeadList) {
		political[h] = true
	}
	return [2]map[string]bool{stem, political}
})

// orgStemWords returns orgKeyWords of s, Popular read as People's and
// Civic as Citizen (the translators' two words for one adjective:
// Polish obywatelska, Czech občanská, Hungarian polgári; Civic Platform,
// Citizens' Platform) and a head noun that opens the name moved to its
// end; how has bit 1 set for the first two, 2 for the third.
func orgStemWords(s string) (out []string, how int) {
	out = orgKeyWords(s)
	for i, k := range out {
		switch k {
		case "pupular":
			out[i] = "peuple" // Popular, People's (Key: peuple)
			how |= 1
		case "sivik":
			out[i] = "sitizen" // Civic, Citizens' (Key: sitizens, less -s)
			how |= 1
		}
	}
	if len(out) >= 2 && isHeadKey(orgBagHeads.get(), out[0]) && !isHeadKey(unmovedHeads, out[0]) {
		return append(out[1:], out[0]), how | 2
	}
	return out, how
}

// orgHeadSynonyms (by key) are the pairs of English head nouns that
// translators give for one head noun of a party's own language: Estonian
// isamaa and Russian otechestvo the Fatherland and the Homeland. Not an
// Alliance and a Union, though Hungarian szövetség is both (Fidesz –
// Hungarian Civic Alliance, Union): a country has its Democratic People's
// Union and its Democratic People's Alliance. Nor a League and a Union,
// though Serbo-Croat savez and Lithuanian sąjunga are both (one Party
// Facts pair, Social Democratic League / Union of Workers and
// Smallholders): Rugby League and Rugby Union are two sports, a Muslim
// League and a Muslim Union two bodies.
var orgHeadSynonyms = func() map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, p := range [][2]string{{"fatherland", "homeland"}} {
		x, y := Key(p[0]), Key(p[1])
		m[[2]string{x, y}], m[[2]string{y, x}] = true, true
	}
	return m
}()

// headsMeet reports whether keys x and y are one head noun: in one
// language or two (frente, Front: the organisation tables' translations),
// or a pair of orgHeadSynonyms. The fatherland, every nation's word for
// it, reads as a head noun here only.
func headsMeet(x, y string) bool {
	if orgHeadSynonyms[[2]string{x, y}] {
		return true
	}
	ex, ey := headEnglishKeys(x), headEnglishKeys(y)
	for _, k := range ex {
		if slices.Contains(ey, k) {
			return true
		}
	}
	return false
}

// headEnglishKeys returns the keys of the English head nouns of
// orgBagHeads key k is or translates.
func headEnglishKeys(k string) []string {
	var out []string
	if orgBagHeads.get()[k] {
		out = append(out, k)
	}
	for _, e := range orgWordIndex().byForeign[k] {
		if orgBagHeads.get()[e.englishKey] {
			out = append(out, e.englishKey)
		}
	}
	return out
}

// stemsMeet reports whether keys x and y are one word or one stem with
// endings of orgStemSuffixes.
func stemsMeet(x, y string) bool {
	if x == y {
		return true
	}
	if len(x) < 4 || len(y) < 4 || x[:3] != y[:3] {
		return false
	}
	for i := -1; i < len(orgStemSuffixes); i++ {
		bx := x
		if i >= 0 {
			var ok bool
			if bx, ok = strings.CutSuffix(x, orgStemSuffixes[i]); !ok || len(bx) < 4 || len(bx) < 5 && orgStemSuffixes[i] == "ers" {
				continue
			}
		}
		for j := -1; j < len(orgStemSuffixes); j++ {
			if i < 0 && j < 0 {
				continue
			}
			by := y
			if j >= 0 {
				var ok bool
				if by, ok = strings.CutSuffix(y, orgStemSuffixes[j]); !ok || len(by) < 5 && orgStemSuffixes[j] == "ers" {
					continue
				}
			}
			if by == bx {
				return true
			}
		}
	}
	return false
}

// orgStemVariant reports whether a and b name one organisation with its
// words in other forms of their stems or its head noun at the other end.
func orgStemVariant(a, b string) bool { return orgStemsAlike(a, b, true) }

// orgStemSpelling is orgStemVariant for a check (checkOrgStage): the words
// in their places as written, the same connectors (connectorsAlike), each
// pair one stem (stemsMeet) and no adjective against its doctrine
// (doctrineOf), so that
// a head noun moved to the other end (State Department, Department of
// State), translated (Frente, Front), given a synonym (Rugby League,
// Rugby Union) and Popular read as People's are no spelling of one name:
// they are two ways an editor may well write one name in one article,
// and the names on both sides of them are often two bodies (Party
// Congress, Congress Party).
func orgStemSpelling(a, b string) bool { return orgStemsAlike(a, b, false) }

// orgStemsAlike is orgStemVariant, or orgStemSpelling when reword is false.
func orgStemsAlike(a, b string, reword bool) bool {
	if !mayBeOrgStems(a, b) {
		return false
	}
	var wa, wb []string
	var ma, mb int
	if reword {
		wa, ma = orgStemWords(a)
		wb, mb = orgStemWords(b)
	} else {
		if !connectorsAlike(a, b) {
			return false
		}
		wa, wb = orgKeyWords(a), orgKeyWords(b)
	}
	if len(wa) != len(wb) || len(wa) < 2 {
		return false
	}
	head, differ := false, ma != mb
	for i, x := range wa {
		y := wb[i]
		if !stemsMeet(x, y) && (!reword || !headsMeet(x, y)) || !reword && doctrineOf(x, y) {
			return false
		}
		head = head || isHeadKey(orgBagHeads.get(), x) || isHeadKey(orgBagHeads.get(), y)
		differ = differ || x != y
	}
	// Names whose words, connectors too, are all one key in one order were
	// scored by the stages before, and a veto of theirs stands (Honan
	// Province Party Committee, Hunan Province Party Committee: postal.go).
	return head && (differ || wordKeysDiffer(a, b))
}

// doctrineOf reports whether keys x and y are an adjective in -al and the
// doctrine or its followers made of it (-ist, -ists, -ism): Social and
// Socialist, National and Nationalist name two parties often enough to
// keep them apart in a check (the Romanian Social Democratic Party and
// Romanian Socialist Democratic Party; the National Party and the
// Nationalist Party of Australia).
func doctrineOf(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if !strings.HasSuffix(x, "al") || !strings.HasPrefix(y, x) {
		return false
	}
	switch y[len(x):] {
	case "ist", "ists", "ism":
		return true
	}
	return false
}

// orgDoctrineApart reports whether a and b, names of organisations
// (mayBeOrgStems, or a head noun of namesBody), have the same words in the
// same places but for an adjective of twoDoctrines against its doctrine
// (doctrineOf) at a place or more, and differ in nothing else: the
// Romanian Social Democratic Party and the Romanian Socialist Democratic
// Party are two parties, which names match keeps apart (orgStage asks it
// before its rules). Words of one key (case, diacritics) are not a
// difference.
func orgDoctrineApart(a, b string) bool {
	if !mayBeDoctrines(a, b) || strings.IndexByte(a, ' ') < 0 || strings.IndexByte(b, ' ') < 0 {
		return false
	}
	wa, wb := orgNameWords(a), orgNameWords(b)
	if len(wa) != len(wb) {
		return false
	}
	apart := false
	for i, x := range wa {
		y := wb[i]
		if x == y {
			continue
		}
		kx, ky := Key(x), Key(y)
		switch {
		case kx == ky:
		case doctrineOf(kx, ky) && (twoDoctrines[kx] || twoDoctrines[ky]):
			apart = true
		default:
			return false
		}
	}
	return apart && (mayBeOrgStems(a, b) || namesBody(wa))
}

// mayBeDoctrines is orgDoctrineApart's quick test, asked of every pair
// orgStage reads: a word of twoDoctrineWords in both names, in the one
// with its -is(t, m) too, in any case, without allocating.
func mayBeDoctrines(a, b string) bool {
	for _, w := range twoDoctrineWords {
		ia, ib := indexASCIIFold(a, w), indexASCIIFold(b, w)
		if ia < 0 || ib < 0 {
			continue
		}
		if indexASCIIFold(a[ia:], w+"is") >= 0 || indexASCIIFold(b[ib:], w+"is") >= 0 {
			return true
		}
	}
	return false
}

// indexASCIIFold is strings.Index of lower-case ASCII word w in s with
// s's ASCII letters read in small letters.
func indexASCIIFold(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return i
		}
	}
	return -1
}

// twoDoctrineWords are the words of twoDoctrines as written, in small
// letters.
var twoDoctrineWords = []string{"social"}

// twoDoctrines (by key) are the adjectives in -al that name a doctrine of
// their own, apart from the one in -ist: Social (social democracy) is not
// Socialist. Not National: English names a nationalist party National as
// often as Nationalist (the German National People's Party, Deutschnationale
// Volkspartei; Party Facts gives the National and the Nationalist Republican
// Alliance, Lithuanian National and Nationalist Union as one party each),
// so names match reads National / Nationalist as one name; a check does not
// (orgStemSpelling).
var twoDoctrines = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range twoDoctrineWords {
		m[Key(w)] = true
	}
	return m
}()

// connectorsAlike reports whether a and b have as many words
// (orgNameWords) and the same connector at each place one has one
// (orgKeyWords leaves them out): the Commission on Human Rights and the
// Commission for Human Rights are two bodies.
func connectorsAlike(a, b string) bool {
	wa, wb := orgNameWords(a), orgNameWords(b)
	if len(wa) != len(wb) {
		return false
	}
	conn := orgWordIndex().anyConn
	for i, x := range wa {
		if y := wb[i]; x != y && (conn[x] || conn[y] || orgStemConnectors.get()[Key(x)] || orgStemConnectors.get()[Key(y)]) {
			return false
		}
	}
	return true
}

// wordKeysDiffer reports whether the words of a and b (orgNameWords),
// connectors included, differ in number or in a key.
func wordKeysDiffer(a, b string) bool {
	wa, wb := orgNameWords(a), orgNameWords(b)
	if len(wa) != len(wb) {
		return true
	}
	for i := range wa {
		if Key(wa[i]) != Key(wb[i]) {
			return true
		}
	}
	return false
}

// An organisation and another with a word more. Parties and movements are
// told apart by the word one adds to the other's name, wherever it stands:
// the Social Democratic Labour Party of Lithuania is not the Social
// Democratic Party of Lithuania, the Hungarian National Independence Party
// not the Hungarian Independence Party, the Revolutionary Action Party not
// the Revolutionary Party. The word-by-word score of a person's name
// forgives a word left out of the middle (Georg Hegel, Georg Wilhelm
// Friedrich Hegel: shortfull.go) and the branch cap of markShorter reads
// only a head noun or a region added at an end; orgWordAdded caps the
// rest. A head noun added at either end (Res Publica, Res Publica Party;
// Estonian Christian Democrats, Party of Estonian Christian Democrats) and the
// connectors orgStemConnectors lists are not words that make another
// organisation, and the shorter name must have a head noun itself.

// politicalHeads (by key) are the head nouns of parties, movements and
// their alliances, one of which the shorter name must hold: a body of
// state, a force or an association with a word more is more often the
// same (Cape Police, Cape Mounted Police; Syrian Armed Forces, Syrian
// Arab Armed Forces).
var politicalHeads = newLazy(func() map[string]bool {
	m := map[string]bool{}
	for _, h := range strings.Fields(politicalHeadList) {
		m[Key(h)] = true
	}
	return m
})

const politicalHeadList = "party movement front union alliance bloc coalition list league congress rally forum platform convention"

// orgWordAdded reports whether the shorter of a and b holds a head noun of
// politicalHeads and the longer has its words in order and one word more or
// several, not all of them head nouns.
func orgWordAdded(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if strings.IndexByte(a, ' ') < 0 || !hasWordOf(a, politicalHeadWords(), nil) {
		return false
	}
	wa, wb := orgKeyWords(a), orgKeyWords(b)
	if len(wa) < 2 || len(wb) <= len(wa) {
		return false
	}
	head, added := false, false
	i := 0
	for _, y := range wb {
		if i < len(wa) && stemsMeet(wa[i], y) {
			head = head || politicalHeads.get()[wa[i]]
			i++
			continue
		}
		// Not a letter or two (v., vs., an initial), nor a head noun at
		// either end; a head noun inside is another body's (Malaysian
		// People's Movement Party, Malaysian People's Party).
		added = added || len(y) >= 3 && (!orgBagHeads.get()[y] || i > 0 && i < len(wa))
	}
	return i == len(wa) && head && added
}

// orgKeyWords returns the keys of s's words (orgNameWords, Romanian's s
// and t with a comma read plain: romanianPlain) less the connectors:
// orgStemConnectors' and those of every language of orgLangs (de, del,
// para, pour, en, und...).
func orgKeyWords(s string) []string {
	conn := orgWordIndex().anyConn
	var out []string
	for _, w := range orgNameWords(s) {
		w = romanianPlain(w) // org_romanian.go: și, si; Alianța, Alianta
		if conn[w] {
			continue
		}
		if k := Key(w); k != "" && !orgStemConnectors.get()[k] {
			out = append(out, k)
		}
	}
	return out
}

// isHeadKey reports whether key k is one of heads (orgBagHeads,
// politicalHeads, unmovedHeads, partyHeads) or a word the organisation
// tables give as the translation of one (partido, alianza, banque).
func isHeadKey(heads map[string]bool, k string) bool {
	if heads[k] {
		return true
	}
	for _, e := range orgWordIndex().byForeign[k] {
		if heads[e.englishKey] {
			return true
		}
	}
	return false
}
