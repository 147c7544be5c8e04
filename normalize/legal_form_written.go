package normalize

import "strings"

// A company of one word against that word with its legal form written out
// (issue 11, branch orgs57): Enron and Enron Corporation, Indosolar and
// Indosolar Limited, RCA and RCA Corporation. dropLegalForms reads an
// abbreviated form off a one-word name (Siemens AG, Siemens) but refused
// the forms written out as words (Corporation, Limited, Incorporated),
// "Corporation" being also a word: a city's corporation is its council,
// not a company (Kozhikode Corporation against Kozhikode, the city), and
// there was no list of places to tell the two (org10's Left). The
// gazetteer (place_gazetteer.go) is that list now.
//
// writtenFormWord reads such a pair as a company's name and its form when
// all of these hold:
//
//   - the form is Corporation, Limited or Incorporated, written out as the
//     last word: not Company (a military unit or a theatre's company, Alpha
//     Company against Alpha), nor a form in the middle;
//   - the rest is one word of three letters or more with a capital first,
//     not a head noun of organisations (Bank Limited is not Bank:
//     oneHeadNoun) and not a place's name in the gazetteer, country, city
//     or division (Kozhikode, Fasa);
//   - the other name is that word as written, but for the letters' case
//     and quotation marks (RCA and Rca Corporation: the acronym is the
//     company's whole name, not its initials with the form's letter, which
//     formAcronym guards against: BCSL, Bangladesh Cable Shilpa Limited).
//
// The pair then costs what a form on one name costs (legalFormOptionalCost).

// writtenFormWord reports whether core and form, what legalFormSplit left
// of a name and the form it took off, are a one-word company name and its
// legal form written out, and other, the other name, is that word alone.
func writtenFormWord(core, form, other string) bool {
	if form != "corporation" && form != "limited" && form != "incorporated" {
		return false
	}
	if len(core) < 3 || strings.IndexByte(core, ' ') >= 0 || !isUpperStart(core) || oneHeadNoun(core) {
		return false
	}
	if !strings.EqualFold(core, strings.TrimSpace(unquote(other))) {
		return false
	}
	return !isGazetteerPlace(core)
}

// isGazetteerPlace reports whether name is a name of a place in the
// gazetteer (placeOf's lookup for one name): its key among the keys, its
// form among the forms.
func isGazetteerPlace(name string) bool {
	x := places()
	if !x.hasKey([]byte(Key(name))) {
		return false
	}
	return x.formRecords(placeForm(nil, name)) != ""
}
