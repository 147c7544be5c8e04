package normalize

import "strings"

// A company's or a body's name with a word in another form of the same
// word: singular or plural (Industry, Industries), the trade as adjective
// or noun (Optical, Optics), the verb's participle or its noun (Producing,
// Production), a noun with and without -ment (Invest, Investment), a
// machine and its maker (Engine, Engineer), a number with and without its
// ordinal ending (101st, 101). The sanctions lists and company registers
// write one company's name so, as their clerks translated it (UK Sanctions
// List: Gachsaran Oil and Gas Producing Company, Gachsaran Oil and Gas
// Production Company; Isfahan Optical Industry, Isfahan Optics Industries;
// Etemad Amin Invest Company Mobin, Etemad Amin Investment Company Mobin).
//
// orgStemVariant (org_wordstems.go) reads a party's words by the endings
// English derives adjectives and agents with (-ist, -ism, -ian...) on the
// keys, and asks for a head noun of parties and bodies. This rule reads
// companies too (a legal form, Company, Industry, Plant, Works), but only
// the few pairs of endings that keep a word's meaning (wordFormPairs):
// -ist and -ism are not among them (Social, Socialist: two doctrines,
// orgDoctrineApart), nor -al against -ation (General, Generation), nor
// -or against -ion (Renovator, Renovation). The names must have as many
// words, three or more, in order, the first word the same (a company's own
// word, most often: Isfahan, Etemad, Gachsaran) or a figure with and
// without its ordinal ending, one word the same at least, and every word
// that differs another form of the word at its place, its stem
// of five letters or more; a word of another stem keeps them apart (Bank
// Melli, Bank Mellat; Southern Zagros Oil and Gas Exploration Company,
// ... Production Company), and so does a figure of another number (7th
// Brigade, 9th Brigade).

// wordFormPairs are the pairs of endings one word takes in two forms, in
// small letters: the plural, the adjective of a trade against its noun
// (Optical, Optics; Electronic, Electronics), the participle against the
// noun of the act (Producing, Production; not Processing, Procession,
// whose -ion follows the stem without a t), -ment, and the agent in -er
// (Engine, Engineer).
var wordFormPairs = [...][2]string{
	{"", "s"}, {"", "es"}, {"y", "ies"},
	{"al", "s"}, {"ical", "ics"}, {"ic", "ics"},
	{"ing", "tion"},
	{"", "ment"}, {"", "er"},
}

// wordFormKinds are the words, besides a legal form and the head nouns of
// orgStemVariant (stemHeadWords), that make a name a company's or a
// unit's for companyWordForms, in small letters.
var wordFormKinds = map[string]bool{
	"company": true, "industry": true, "industries": true, "plant": true, "works": true,
	"factory": true, "enterprise": true, "enterprises": true, "holding": true, "division": true,
}

// companyWordForms reports whether a and b name one company or body with a
// word in another form, as the comment above says. orgStage asks every
// pair below SameThreshold: the byte tests come first (two words or more
// each, the same first letter and first word's length unless it is a
// figure, lengths within twelve bytes, the first byte that differs five
// letters into its word or in a figure: formsDifferLate).
func companyWordForms(a, b string) bool {
	sa, sb := strings.IndexByte(a, ' '), strings.IndexByte(b, ' ')
	if sa <= 0 || sb <= 0 || a[0]|0x20 != b[0]|0x20 || a == b {
		return false
	}
	if sa != sb && !('0' <= a[0] && a[0] <= '9') { // the first word the same, or a figure (101st, 101)
		return false
	}
	if d := len(a) - len(b); d > 12 || d < -12 || !formsDifferLate(a, b) {
		return false
	}
	if !wordFormKind(a) && !wordFormKind(b) {
		return false
	}
	wa, wb := orgNameWords(a), orgNameWords(b)
	if len(wa) != len(wb) || len(wa) < 3 {
		return false
	}
	if wa[0] != wb[0] && !wordFormsMeet(wa[0], wb[0]) && !wordFormsMeet(wb[0], wa[0]) || wa[0] != wb[0] && wa[0][0] > '9' {
		return false // the first word the same, or a figure with and without its ordinal ending
	}
	same, other := 0, 0
	for i := range wa {
		switch {
		case wa[i] == wb[i]:
			same++
		case wordFormsMeet(wa[i], wb[i]) || wordFormsMeet(wb[i], wa[i]):
			other++
		default:
			return false
		}
	}
	return other > 0 && same >= 1
}

// formsDifferLate reports whether the first byte where a and b differ (in
// any case of ASCII letters) is five bytes or more into its word, or in a
// word that begins with a figure: where a stem of five letters ends
// (Optic|al, Optic|s; Produc|ing, Produc|tion) or a figure's ordinal
// begins (101|st). Two persons' names differ sooner (Kh|amenei,
// Kh|omeini), and the rule reads no further.
func formsDifferLate(a, b string) bool {
	i := 0
	for i < len(a) && i < len(b) && a[i]|0x20 == b[i]|0x20 {
		i++
	}
	w := i
	for w > 0 && a[w-1] != ' ' && a[w-1] != '-' {
		w--
	}
	return i-w >= 5 || w < len(a) && '0' <= a[w] && a[w] <= '9'
}

// wordFormKind reports whether name holds a legal form or a word of
// wordFormKinds or stemHeadWords.
func wordFormKind(name string) bool {
	return legalFormMaybe(name) || hasWordOf(name, wordFormKinds, nil) || hasWordOf(name, stemHeadWords(), nil)
}

// wordFormsMeet reports whether x and y, words in small letters, are one
// word in two forms: a figure with and without its ordinal ending (101,
// 101st), two legal forms of one class (co, company: a form inside the
// name), or a stem of five letters or more with one ending of a pair of
// wordFormPairs on x and the other on y.
func wordFormsMeet(x, y string) bool {
	if len(x) > 0 && '0' <= x[0] && x[0] <= '9' {
		if strings.TrimLeft(x, "0123456789") != "" {
			return false // not a number in figures only
		}
		switch y[min(len(x), len(y)):] {
		case "st", "nd", "rd", "th":
			return strings.HasPrefix(y, x) && ordinalEnding(x) == y[len(x):]
		}
		return false
	}
	if c := legalFormTable.get().class[x]; c != "" && c == legalFormTable.get().class[y] {
		return true // a legal form inside the name, abbreviated and not (Invest Co Mobin, Investment Company Mobin)
	}
	for _, p := range wordFormPairs {
		stem, ok := strings.CutSuffix(x, p[0])
		if !ok || len(stem) < 5 {
			continue
		}
		if y == stem+p[1] {
			return true
		}
	}
	return false
}

// ordinalEnding returns English's ordinal ending of the number written in
// figures n: st, nd, rd or th (1st, 2nd, 3rd, 11th, 101st).
func ordinalEnding(n string) string {
	last := n[len(n)-1]
	if len(n) >= 2 && n[len(n)-2] == '1' {
		return "th"
	}
	switch last {
	case '1':
		return "st"
	case '2':
		return "nd"
	case '3':
		return "rd"
	}
	return "th"
}
