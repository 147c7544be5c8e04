package normalize

import (
	"slices"
	"strings"
	"sync"
)

// An organisation and its regional branch are two bodies (issue 11): the
// Islamic State and the Islamic State Libya, the Muslim Brotherhood and
// the Syrian Muslim Brotherhood, Hamas and Hamas Gaza Branch. A name that
// has an organisation's head noun (orgHeads: Party, Front, Army) is
// capped at branchScore for any word added at its start or end
// (markShorter); placeBranch reads the names without one, whose only sign
// is the place: a country or region, a place of the gazetteer, or one of
// branchRegions, added after the name (Libya; of Iraq; in the Islamic
// Maghreb; Khorasan Province; Wilayat Sinai; Gaza Branch), or a country's
// adjective or name before it (Syrian, Pakistani).
//
// A country's possessive before the name is not a branch but the
// country's own body, written two ways (Iran's Revolutionary Guard,
// Revolutionary Guard; Israel's Mossad, Mossad: possessiveFirst). An
// adjective is read as a branch, as markShorter reads it before a name
// with a head noun (Iranian Revolutionary Guard, Revolutionary Guard),
// except before a bank's, company's or state body's name (nationalBody).
// The data are mixed (BENCHMARKS.md, branch branch58): an adjective names
// the body's own country as often (Libyan Agricultural Bank, Norwegian
// Resistance Movement) as another body (Russian Agricultural Bank,
// Swedish People's Party of Finland); the ones of one body are national
// bodies, which a transnational movement's name is not.
//
// A name the tables know as an organisation's (knownAs: an org entry of
// the glossary, a form of org_aliases.tsv, one word of the organisation
// tables) is read with a place after it also when it is one word
// (Hezbollah Lebanon, Hamas Gaza Branch), which scores apart by its length
// alone, and personLike does not turn it away; a glossary person's name
// never is (Bashar Assad of Syria).
//
// Persons are not touched: a place or a nisba in a person's name is no
// branch (Hillary Rodham Clinton, a city's name; Philip II of Spain; Abu
// Bakr al-Baghdadi al-Husseini). personLike turns away a shorter name
// whose first word is an English given name (nicknames.tsv) or a kunya,
// or that writes a Roman numeral; a nisba (al-Baghdadi) is no place's
// name, so it never reaches the gazetteer; a city's name added alone is
// not read as a place, for it is as often a family name (Hillary Rodham
// Clinton, Juan Carlos Valencia), only after in or of, set off by a dash
// or a parenthesis, or with a branch word (Gaza Branch); a country's name
// added alone is read only after a name with a word the organisation
// tables know (Islamic State Libya; not Mohammed Ali Jordan) or a name the
// tables know as an organisation's (knownAs: Boko Haram Nigeria, a form of
// org_aliases.tsv); a place after a comma says where
// a place is (New Delhi, India); a word before the name is a country's adjective
// only, never its name (China Everbright Water, Everbright Water) nor a
// given name that starts one (George Orson Welles: Georgia).

// branchConnectors are the keys of the words that may join a place to
// the name it qualifies: in, of, fi (Arabic: in).
var branchConnectors = [...]string{"in", "uf", "fi"}

// branchWords are the keys of the words that name a branch with its place,
// before or after it: Province, Wilayat (and its spellings Wilayah,
// Vilayat, Velayat, Wilaya), Branch, Chapter.
var branchWords = [...]string{"pruvinse", "vilayat", "vilaya", "velayat", "branch", "chapter"}

// branchRegions are the keys of the regions that name affiliates and
// branches and that neither CLDR's regions nor the gazetteer's places
// (places.tsv: cities and first-level divisions) hold as one name: the
// Maghreb, the Sahel, the Levant, Khorasan, Sinai, Kashmir, the Caucasus,
// the Arabian Peninsula's Peninsula (its adjective is a word of the name),
// the Sahara, and the continents Africa and Europe. Keys as prepare writes
// them (TestBranchRegionKeys).
var branchRegions = [...]string{"magreb", "sahel", "levant", "khurasan", "sinei", "kashmir", "kaukasus", "peninsula", "sahara", "afrika", "eurupe"}

// placeBranch reports whether b, the longer name, is a, the shorter, with
// a place added (the words of b that used leaves unmatched, as prepare
// wrote them; rawA and rawB are the names as given): one run of words at
// b's end, a place after an optional connector and with an optional
// branch word before or after it (Libya; of Iraq; Khorasan Province;
// Wilayat Sinai), or one word at b's start that names a country or makes
// its adjective, not its possessive (Syrian; countryAdjectiveKey). a has
// two words or more, names no person (personLike) and is no glossary
// person's; or, after it, a is one word that the tables know as an
// organisation's (knownAs; g is the glossary in use, or nil).
func placeBranch(a, b []string, used []bool, rawA, rawB string, g *Glossary) bool {
	from := len(b)
	for from > 0 && !used[from-1] {
		from--
	}
	known := unknownName // what the tables know a as, looked up once a place is found (knownAs)
	switch {
	case from == len(b): // b's last word is matched: a word added at its start?
		if len(a) < 2 || used[0] || len(b) != len(a)+1 || possessiveFirst(rawB) || personLike(a, rawA) || nationalBody(a) {
			return false
		}
		return countryAdjectiveKey(b[0]) // Syrian; Pakistani
	case from == 0 || len(b)-from > 4:
		return false
	default:
		for j := range from {
			if !used[j] {
				return false // a word left out inside b too
			}
		}
		if strings.IndexByte(rawB, ',') >= 0 {
			return false // New Delhi, India: a comma says where a place is
		}
		kind := placeAtEnd(b[from:], setOff(rawB))
		if kind == noPlace {
			return false
		}
		if known = knownAs(a, rawA, g); known == knownPerson {
			return false // a glossary person's name with a place: still the person
		}
		if known != knownOrg && (len(a) < 2 || kind == bareCountry && !orgWordIn(rawA)) {
			return false // Mohammed Ali Jordan: a person's name; Hamas, a word of no table
		}
	}
	return (known == knownOrg || !personLike(a, rawA)) && !nationalBody(a)
}

// nameKnown is what the tables know a name as (knownAs).
type nameKnown uint8

const (
	unknownName nameKnown = iota
	knownOrg              // an organisation of the glossary or of org_aliases.tsv, or one word of the organisation tables
	knownPerson           // a person of the glossary
)

// knownAs reports what the tables know the name raw (its words a, as
// prepare wrote them) as: an organisation when an entry of g or of the
// default glossary whose kind is an organisation has its key (al-Qaida,
// Hezbollah, Hamas), when a listing of org_aliases.tsv gives it as a form
// (Boko Haram, Al-Shabaab; the table lists the UN's and the EU's entities
// and groups only), or when it is one word that the organisation tables
// know and that is no country's name or adjective (knownOrgWord); a person
// when such an entry's kind is a person. Only placeBranch asks, once it has
// found a place added, so a name is looked up only then.
func knownAs(a []string, raw string, g *Glossary) nameKnown {
	var kb keyBuilder
	words := kb.words(raw)
	for _, gl := range [2]*Glossary{g, DefaultGlossary()} {
		if gl == nil {
			continue
		}
		if e := gl.entryOfWords(words); e >= 0 {
			switch gl.entries[e].Kind {
			case KindOrg:
				return knownOrg
			case KindPerson:
				return knownPerson
			}
		}
	}
	var buf [64]byte
	if f := aliasFold(buf[:0], raw); len(f) > 0 && len(defaultAliases().byFold[string(f)]) > 0 {
		return knownOrg
	}
	if len(a) == 1 && !strings.ContainsAny(raw, " ") && knownOrgWord(raw) && !isCountryName(raw) && !isCountryAdjective(raw) {
		return knownOrg
	}
	return unknownName
}

// setOff reports whether name has a dash between spaces or a parenthesis,
// which set a branch's place off from the name: Islamic State in Iraq and
// the Levant - Khorasan; Islamic State (Libya).
func setOff(name string) bool {
	return strings.Contains(name, " - ") || strings.Contains(name, " – ") || strings.Contains(name, " — ") || strings.IndexByte(name, '(') >= 0
}

// orgWordIn reports whether a word of name is one the organisation tables
// know (knownOrgWord: Islamic, State, Popular), as no word of a person's
// name is.
func orgWordIn(name string) bool {
	for w := range strings.FieldsSeq(strings.ReplaceAll(name, "-", " ")) {
		if knownOrgWord(w) {
			return true
		}
	}
	return false
}

// nationalBodyWords are the words (as written; nationalBodyKeys keys
// them) of the names of a company, a bank or a state's body, named with
// its country or city as one name as often as without it: Bank Melli Iran,
// Bank Melli; Maritime News Agency of Iran; Development Finance
// Corporation Belize; Libyan Agricultural Bank (the UK Sanctions List's
// forms of one listing, normalize/testdata/orgbranch).
var nationalBodyWords = [...]string{"bank", "banque", "company", "co", "corporation", "corp", "industries",
	"industry", "agency", "institute", "ministry", "university", "authority", "establishment", "enterprise",
	"trading", "shipping", "airlines", "airways", "insurance", "holding", "holdings"}

var nationalBodyKeys = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(nationalBodyWords))
	for _, w := range nationalBodyWords {
		m[Key(w)] = true
	}
	return m
})

// nationalBody reports whether a word of a, a name's words (keys), is one
// of nationalBodyWords.
func nationalBody(a []string) bool {
	m := nationalBodyKeys()
	for _, w := range a {
		if m[w] {
			return true
		}
	}
	return false
}

// placeAtEnd reports whether the words run, added at the end of a name,
// are a place: a region of CLDR, a place of the gazetteer or one of
// branchRegions, after an optional connector (in, of) and with an
// optional branch word before or after it. A place of the gazetteer
// counts only when joined (set off by a dash or parenthesis, after a
// connector, with a branch word); a country's name that is not is a
// bareCountry, which placeBranch takes only after an organisation's word.
func placeAtEnd(run []string, joined bool) placeKind {
	// joined: a dash or parenthesis, a connector or a branch word says the run is a place
	if slices.Contains(branchConnectors[:], run[0]) {
		run, joined = run[1:], true
	}
	switch {
	case len(run) < 2:
	case slices.Contains(branchWords[:], run[len(run)-1]):
		run, joined = run[:len(run)-1], true // Khorasan Province, Gaza Branch
	case slices.Contains(branchWords[:], run[0]):
		run, joined = run[1:], true // Wilayat Sinai
	}
	if len(run) == 0 {
		return noPlace
	}
	if len(run) == 1 && slices.Contains(branchRegions[:], run[0]) || len(run) == 2 && slices.Contains(branchRegions[:], run[1]) {
		return place // Khorasan; the Islamic Maghreb
	}
	if isRegionKey(run) {
		if joined {
			return place // of Iraq; - Yemen
		}
		return bareCountry // Libya; Somalia
	}
	if !joined {
		return noPlace // a city's name alone is a person's family name as often (Hillary Rodham Clinton)
	}
	var buf [64]byte
	k := buf[:0]
	for _, w := range run {
		k = append(k, w...)
	}
	if places().hasKey(k) {
		return place // Gaza Branch; of Benghazi
	}
	return noPlace
}

// placeKind is what placeAtEnd found.
type placeKind uint8

const (
	noPlace     placeKind = iota
	place                 // a place, set off or joined by a word, or a region of branchRegions
	bareCountry           // a country's name alone after the name: a person's family name too (Mohammed Ali Jordan)
)

// adjectiveEndings are the endings of English adjectives of countries
// (Syrian, Lebanese, Pakistani, British, French).
var adjectiveEndings = [...]string{"an", "ese", "i", "ish", "ch"}

// countryAdjectiveKey reports whether key k is a country's English
// adjective: it ends as one (adjectiveEndings), is no country's name in
// any language (Jordan, Oman), and names a country (englishCountryCodes:
// Syrian, Pakistani) or is a country's name with -ian or -i (Iranian).
func countryAdjectiveKey(k string) bool {
	end := ""
	for _, e := range adjectiveEndings {
		if len(k) > len(e)+2 && k[len(k)-len(e):] == e {
			end = e
			break
		}
	}
	if end == "" || countryNameIndex().all[k] != nil {
		return false
	}
	if englishCountryCodes(k) != nil {
		return true
	}
	stem := k[:len(k)-len(end)]
	if end == "an" && stem[len(stem)-1] == 'i' {
		stem = stem[:len(stem)-1] // Iranian, Iran
	}
	return countryNameIndex().all[stem] != nil
}

// personLike reports whether name, whose words (keys) are a, looks like a
// person's: its first word is an English given name (nicknames.tsv) or a
// kunya (Abu, Umm), or it writes a Roman numeral after its first word
// (Philip II).
func personLike(a []string, name string) bool {
	if a[0] == "abu" || a[0] == "um" || len(nicknameGroups()[a[0]]) > 0 {
		return true
	}
	var nums [maxRomanWords]string
	return romanLetterAfterSpace(name) && romanNumerals(name, &nums) > 0
}
