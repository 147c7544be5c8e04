package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// caseEndings are the case and number endings of a language's nouns and
// adjectives (names decline as both), as its reference grammars'
// declension tables give them, in lower case, each with the paradigms
// (declension types) it is an ending of. A check of one text reads with
// them which of a name's forms are its cases ("Украина", "Украины",
// "Украине"; "Flughafen", "Flughafens"): an editor reads those as one
// word, and --unify that wrote one over the other broke the grammar of
// its sentence. Two endings are one word's only when one paradigm has
// both: "Сциндиа" and "Сциндия" end as a hard and a soft noun, which no
// stem is, so they are two spellings. It is stricter than declinedForms
// (any short tail), which discovery uses across many texts: a check
// reports to an editor, and a slip in a name's last letters that is no
// ending of the language stays one.
type caseEndings struct {
	endings map[string]uint64 // each ending's paradigms, a bit each
	maxLen  int               // the longest ending, in letters
	// alternations are the changes of a stem's last consonant before
	// some endings (Czech "Praha", "Praze"; Polish "Polska", "Polsce").
	alternations []alternation
	// vowels are the changes of the vowel before a stem's last
	// consonant between the bare nominative and the forms with an
	// ending (Ukrainian "Київ", "Києва"; Russian "Египет", "Египта").
	vowels []vowelChange
	// genitiveOf is the preposition that stands for the genitive or an
	// apposition between a name's words (German "von": "des Flughafens
	// Frankfurt", "der Flughafen von Frankfurt"), "" for none.
	genitiveOf string
}

// caseParadigms are, for each language whose tables are written here, its
// paradigms' endings, singular and plural, "" for none (the nominative of
// "Лондон", "Novák", the genitive plural of "Москва"):
//   - Russian: the hard and soft first declension (Москва, Россия), the
//     hard and soft second (Лондон, Андрей, Кремль) and its neuters (Осло
//     declines not; Мехико neither; село, поле), the third (Казань), the
//     surname in -ов/-ин (Путин, Путиным), the hard and soft adjective
//     (Зеленский, Зеленского). After a velar or sibilant -ы is written -и
//     (Америки, Ираки) and -о -е (Немцем): those are in the hard lists.
//   - Ukrainian: the first declension hard and soft (Україна, Росія), the
//     second hard and soft (Берлін; Київ, Києва: caseVowels), the
//     neuters, the third (Січ), the adjective hard and soft.
//   - Czech: the types hrad, pán, muž/stroj, žena, růže, kost, město,
//     moře, the adjective's mladý and jarní, and the possessive
//     adjective of a masculine (-ův, Novákův) and a feminine (-in, Janin),
//     each with its noun's cases.
//   - Polish: the feminine (Warszawa, Rosja), the masculine hard and soft
//     (Berlin, Kraj), the neuter, the adjective (Zełenski, Zełenskiego).
//   - German: the genitive's -s and -es (des Flughafens, des Bundestages)
//     and the weak masculine's -n and -en (des Präsidenten, dem Kollegen).
var caseParadigms = map[string][]string{
	"ru": {
		"а ы и е у ой ою ам ами ах",                              // Москва
		"я и е ю ей ею ь й ям ями ях",                            // Россия, Земля
		"а у ом е ы и ов ам ами ах ем ей",                        // Лондон, Ирак, Немец
		"ь й я ю ем ём е и ей ев ёв ям ями ях",                   // Андрей, Кремль
		"о а у ом е ам ами ах",                                   // село
		"е я ю ем ём ей ям ями ях",                               // поле
		"ь и ью ей ям ями ях",                                    // Казань
		"а у ым ом е ой ы ых ыми",                                // Путин, Путина, Путиным
		"ый ий ой ая ое ого ому ым им ом ую ых их ыми ими ые ие", // Зеленский
		"ий яя ее его ему им ем юю ей их ими ие",                 // синий
	},
	"uk": {
		"а и і у ою о ам ами ах",                     // Україна
		"я і ї ю ею єю є ь й ям ями ях",              // Росія
		"а у ові ом і е и ів ам ами ах",              // Берлін
		"ь й я ю еві єві ем єм і ів їв ям ями ях ей", // Кремль
		"о а у ові ом і ам ами ах",                   // місто
		"е я ю ем ям ями ях ів",                      // поле
		"ь і ю ей ям ями ях",                         // Січ
		"ий ого ому им ім а ої ій у ою е і их ими",   // Зеленський
		"ій ього ьому ім я ьої ю ьою є і іх іми",     // синій
	},
	"cs": {
		"a u e ě em y ů ům ech ích ách",       // hrad
		"a u ovi e ě em ové i y ů ům ech ích", // pán
		"e i ovi em ů ům ích emi",             // muž, stroj
		"a y ě e u o ou ám ách ami",           // žena
		"e i í ím ích emi",                    // růže
		// The possessive adjective of a masculine noun, with the
		// noun's cases (pán, muž: Novák, Novákem, Novákův dům), and of
		// a feminine one (žena, růže: Jana, Janě, Janin dům).
		"a u ovi e ě em ové i y ů ům ech ích ův ova ovo ovu ovou ově ovy ových ovým ovými",
		"e i ovi em ů ům ích emi ův ova ovo ovu ovou ově ovy ových ovým ovými",
		"a y ě e u o ou ám ách ami in ina ino inu inou ině ini iny iných iným inými",
		"e i í ím ích emi in ina ino inu inou ině ini iny iných iným inými",
		"i í em ech mi",                    // kost
		"o a u ě e em ům ech ích y ami",    // město
		"e i em í ím ích",                  // moře
		"ý á é ého ému ém ým ou í ých ými", // mladý
		"í ího ímu ím ích ími",             // jarní
	},
	"pl": {
		"a y i ie ę ą o om ami ach",                               // Warszawa, Rosja
		"u a owi em ie e y i ów om ami ach",                       // Berlin
		"a u owi em e i y ie ów om ami ach",                       // Kraj
		"o a u em e ie om ami ach",                                // miasto
		"i y ego iego emu iemu ym im ej a ą e ie ych ich ymi imi", // Zełenski
	},
	"de": {
		"s es n en", // des Flughafens, des Präsidenten
	},
}

// alternation is a change of a stem's last letters, plain in the
// nominative, to alt before the endings before ("Praha", "Praze": h to z
// before -e).
type alternation struct {
	plain, alt string
	before     []string
}

// caseAlternations are, for each language whose tables are written here,
// the consonant alternations of its grammars before the endings of the
// dative and locative singular (Czech and Polish -e, -ě, Polish -ie after t
// and d) and of the animate nominative plural (-i, -y):
//   - Czech: h/z (Praha, Praze), k/c (Amerika, Americe), g/z (Olga,
//     Olze), ch/š (Čech, Češi), r/ř (Petr, Petře).
//   - Polish: k/c (Polska, Polsce), g/dz (Praga, Pradze), ch/sz (mucha,
//     musze), r/rz (Kair, Kairze), ł/l (Wał, Wale), t/c and d/dz before
//     -ie (Kuwejt, Kuwejcie; sąd, sądzie).
var caseAlternations = map[string][]alternation{
	"cs": {
		{"h", "z", []string{"e", "i", "ích"}},
		{"k", "c", []string{"e", "i", "ích"}},
		{"g", "z", []string{"e", "i", "ích"}},
		{"ch", "š", []string{"e", "i", "ích"}},
		{"r", "ř", []string{"e", "i", "ích"}},
	},
	"pl": {
		{"k", "c", []string{"e", "y"}},
		{"g", "dz", []string{"e", "y"}},
		{"ch", "sz", []string{"e"}},
		{"r", "rz", []string{"e", "y"}},
		{"ł", "l", []string{"e", "i"}},
		{"t", "c", []string{"ie", "i"}},
		{"d", "dz", []string{"ie", "i"}},
	},
}

// vowelChange is the change of the vowel from before a stem's last
// consonant in the bare nominative to to ("" for none) in the forms with
// an ending.
type vowelChange struct{ from, to string }

// caseVowels are the vowel changes of the grammars: the Ukrainian і of a
// nominative's closed last syllable, о or е in the open one (Львів,
// Львова; Київ, Києва, ї after a vowel), and the Russian fleeting е, о,
// ё (Египет, Египта; Зеленец, Зеленца).
var caseVowels = map[string][]vowelChange{
	"uk": {{"і", "о"}, {"і", "е"}, {"ї", "є"}},
	"ru": {{"е", ""}, {"о", ""}, {"ё", ""}},
}

// caseEndingsFor returns the case endings of lang, or nil for a language
// whose endings are not written here (English and the Romance languages
// decline no names; isInflection reads their plural -s).
func caseEndingsFor(lang language.Tag) *caseEndings {
	base, _ := lang.Base()
	ps, ok := caseParadigms[base.String()]
	if !ok {
		return nil
	}
	k := &caseEndings{endings: map[string]uint64{}}
	k.alternations, k.vowels = caseAlternations[base.String()], caseVowels[base.String()]
	if base.String() == "de" {
		k.genitiveOf = "von" // Duden: "von" with the dative for the genitive
	}
	for i, p := range ps {
		bit := uint64(1) << i
		k.endings[""] |= bit // the nominative of a masculine, a plural's genitive
		for _, e := range strings.Fields(p) {
			k.endings[e] |= bit
			k.maxLen = max(k.maxLen, utf8.RuneCountInString(e))
		}
	}
	return k
}

// caseStem is the fewest letters the stem before an ending has.
const caseStem = 3

// splits returns the ways word w (as runes, in lower case) is a stem of
// caseStem letters or more and one of k's endings: the length of the stem
// of each, the whole word first.
func (k *caseEndings) splits(w []rune) []int {
	out := []int{len(w)}
	for n := 1; n <= k.maxLen && len(w)-n >= caseStem; n++ {
		if k.endings[string(w[len(w)-n:])] != 0 {
			out = append(out, len(w)-n)
		}
	}
	return out
}

// oneParadigm reports whether endings x and y are endings of one
// paradigm.
func (k *caseEndings) oneParadigm(x, y []rune) bool {
	return k.endings[string(x)]&k.endings[string(y)] != 0
}

// oneName reports whether a and b are one name, not two spellings: its
// cases (caseForms), or, in a language with a genitiveOf, its genitive or
// apposition and its phrase with that preposition ("Flughafens
// Frankfurt", "Flughafen von Frankfurt"; "Großraum Delhi", "Großraum von
// Delhi"), the other words alike or cases.
func (k *caseEndings) oneName(a, b string) bool {
	if k.caseForms(a, b) {
		return true
	}
	if k.genitiveOf == "" {
		return false
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) != len(wb)+1 {
		return false
	}
	for i := 1; i < len(wa)-1; i++ { // between two words of the name
		if strings.EqualFold(wa[i], k.genitiveOf) {
			rest := strings.Join(append(slices.Clone(wa[:i]), wa[i+1:]...), " ")
			short := strings.Join(wb, " ")
			return strings.EqualFold(rest, short) || k.caseForms(rest, short)
		}
	}
	return false
}

// caseForms reports whether a and b, as many words each, are one name in
// two cases: every two words of theirs alike (in lower case), or one stem
// with two of k's endings ("Владимира Путина", "Владимиру Путину";
// "Rusko", "Ruskem"; "US-Präsident", "US-Präsidenten").
func (k *caseEndings) caseForms(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || len(wa) == 0 {
		return false
	}
	differ := false
	for i := range wa {
		x, y := []rune(strings.ToLower(wa[i])), []rune(strings.ToLower(wb[i]))
		if string(x) == string(y) {
			continue
		}
		differ = true
		if !k.oneStem(x, y) {
			return false
		}
	}
	return differ
}

// oneStem reports whether words x and y (in lower case) are one stem with
// two endings of one paradigm, the stem as written or changed as the
// grammar changes it before an ending (alternated).
func (k *caseEndings) oneStem(x, y []rune) bool {
	for _, sx := range k.splits(x) {
		for _, sy := range k.splits(y) {
			if sx == sy && string(x[:sx]) == string(y[:sy]) && k.oneParadigm(x[sx:], y[sy:]) {
				return true
			}
			if (k.alternations != nil || k.vowels != nil) && (k.alternated(x, sx, y, sy) || k.alternated(y, sy, x, sx)) {
				return true
			}
		}
	}
	return false
}

// alternated reports whether word b, its stem of sb letters, is word a's
// stem of sa letters changed as one of k's alternations changes it
// before b's ending ("praha", "praze"), or as one of k's vowel changes
// changes a bare nominative's ("київ", "києва").
func (k *caseEndings) alternated(a []rune, sa int, b []rune, sb int) bool {
	as, bs, be := string(a[:sa]), string(b[:sb]), string(b[sb:])
	// The alternation names the endings it comes before, of the
	// paradigms that alternate ("Polsce", "Polskę": Polish writes the
	// feminine's -e only after the changed consonant).
	for _, alt := range k.alternations {
		if slices.Contains(alt.before, be) && strings.HasSuffix(as, alt.plain) && strings.HasSuffix(bs, alt.alt) &&
			as[:len(as)-len(alt.plain)] == bs[:len(bs)-len(alt.alt)] {
			return true
		}
	}
	if sa != len(a) || sb == len(b) || sa < 2 {
		return false // a vowel changes between the bare nominative and a form with an ending
	}
	last := string(a[sa-1]) // the stem's last letter, a consonant
	if strings.ContainsRune("аеёиоуыэюяіїє", a[sa-1]) || !strings.HasSuffix(bs, last) {
		return false
	}
	ah, bh := as[:len(as)-len(last)], bs[:len(bs)-len(last)]
	for _, v := range k.vowels {
		if strings.HasSuffix(ah, v.from) && ah[:len(ah)-len(v.from)]+v.to == bh {
			return true
		}
	}
	return false
}

// target returns what a check reports form against when the text spells
// it as canonical, another spelling of the name: canonical's form of the
// same case, its stem with form's ending ("Портланда" against "Портленде":
// "Портленда", the word the editor would write there). ok is false when
// form is canonical itself in another case or construction (oneName: no
// spelling of it: "Портленд", "Flughafens Frankfurt"), and
// when form's ending cannot go on canonical, a name in another script
// ("Инстаграме" and "Instagram": a Russian text leaves a Latin name
// undeclined; "Инстаграм" is reported). Forms of not as many words are
// reported against canonical as written. A bare form in another script
// ("Instagram") against a canonical with an ending ("Инстаграме") is
// reported against canonical's bare form, its nominative, when written
// (the names the text writes) has it ("Instagram" -> "Инстаграм"): the
// undeclined name's case cannot be told, the nominative is the name as
// a dictionary writes it.
func (k *caseEndings) target(form, canonical string, written map[string]bool) (string, bool) {
	if k.oneName(form, canonical) {
		return "", false
	}
	wf, wc := strings.Fields(form), strings.Fields(canonical)
	if len(wf) != len(wc) {
		return canonical, true
	}
	changed, bare := false, false
	for i := range wf {
		word, ok, b := k.sameCase(wf[i], wc[i])
		if !ok {
			return "", false
		}
		bare = bare || b
		if word != wc[i] {
			wc[i], changed = word, true
		}
	}
	if !changed {
		return canonical, true
	}
	t := strings.Join(wc, " ")
	if bare && !written[t] {
		return "", false // "Инстаграме", "Instagram": the text has no "Инстаграм"
	}
	return t, true
}

// sameCase returns word c, a spelling of word f, with f's ending: of the
// ways f and c are a stem and an ending, the one whose two stems are the
// fewest letters apart (compared by their keys when the words are of two
// scripts), f's ending put on c's stem, when the two endings are of one
// paradigm and the stems end in the same two letters, maxCaseStemEdits
// letters apart at most (a spelling changes a name's letters inside it, a
// case ending goes after its stem's end, which two spellings share). ok is
// false when c, in another script, would need f's ending: a name in
// another script takes no case of the text's language; when f, in another
// script, has no ending and c has one, c's stem is returned, bare true
// (the nominative, which the caller looks for in the text). Otherwise c
// is returned as written.
func (k *caseEndings) sameCase(f, c string) (word string, ok, bare bool) {
	rf, rc := []rune(f), []rune(c)
	lf, lc := []rune(strings.ToLower(f)), []rune(strings.ToLower(c))
	if len(lf) != len(rf) || len(lc) != len(rc) {
		return c, true, false // a letter whose lower case is longer or shorter: left as written
	}
	same := scriptOf(f) == scriptOf(c)
	bestF, bestC, best := len(rf), len(rc), -1
	for _, sf := range k.splits(lf) {
		for _, sc := range k.splits(lc) {
			var d int
			if same {
				d = editDistance(lf[:sf], lc[:sc])
			} else {
				d = editDistance([]rune(Key(string(rf[:sf]))), []rune(Key(string(rc[:sc]))))
			}
			// The nearest stems; of as near, the endings alike, then the
			// longer stems (splits gives them first).
			if best < 0 || d < best || d == best && sameEnding(lf, sf, lc, sc) && !sameEnding(lf, bestF, lc, bestC) {
				bestF, bestC, best = sf, sc, d
			}
		}
	}
	switch {
	case sameEnding(lf, bestF, lc, bestC):
		return c, true, false
	case !k.oneParadigm(lf[bestF:], lc[bestC:]):
		return c, true, false // "Сциндиа", "Сциндия": two spellings of the ending, no cases
	case !same && bestF == len(rf) && best == 0:
		return string(rc[:bestC]), true, true // "Instagram", "Инстаграме": "Инстаграм"
	case !same:
		return "", false, false // "Инстаграме", "Instagram": a Latin name takes no Russian case
	case best > maxCaseStemEdits || !sameStemEnd(lf[:bestF], lc[:bestC]):
		return c, true, false // "Brazílie", "Brazilci": no one stem to put the ending on
	}
	end := string(rf[bestF:])
	if last, _ := utf8.DecodeLastRuneInString(string(rc[:bestC])); unicode.IsUpper(last) {
		end = strings.ToUpper(end)
	} else {
		end = strings.ToLower(end)
	}
	return string(rc[:bestC]) + end, true, false
}

// maxCaseStemEdits is the most letters two stems differ by for sameCase
// to put one's ending on the other ("Портланд", "Портленд": one;
// "Afghánistán", "Afganistán": two).
const maxCaseStemEdits = 2

// sameStemEnd reports whether stems x and y end in the same two letters.
func sameStemEnd(x, y []rune) bool {
	if len(x) < 2 || len(y) < 2 {
		return false
	}
	return string(x[len(x)-2:]) == string(y[len(y)-2:])
}

// sameEnding reports whether words f and c (in lower case) end alike after
// their stems of sf and sc letters.
func sameEnding(f []rune, sf int, c []rune, sc int) bool {
	return string(f[sf:]) == string(c[sc:])
}
