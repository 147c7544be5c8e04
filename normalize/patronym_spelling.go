package normalize

import "bytes"

// East Slavic patronymics spelled two ways (issue 11, branch eulist63).
// Russian, Ukrainian and Belarusian names have three parts, the middle one
// the father's given name with -ovich, -evich, -ovna, -evna (Belarusian
// -avich, -auna, -eŭna as -euna; Ukrainian -ovych, -ivna). Sanctions lists
// write a listed person's patronymic in several romanizations and with
// slips (Aleksandrovich, Alekandrovich; Gennadyevich, Genadzevich;
// Evgenevich, Evegenevich): when the given name and the family name are
// the same words, a patronymic near enough to score the names as one is
// one father's name, not another person's. The look-alike caps made for a
// word that makes another name (a Slavic family name's stem, one word
// outvoted) then do not apply: two persons of one given and family name
// whose fathers' names are a letter apart are rarer than the list's own
// spellings of one.

// patronymSuffixes are the endings of an East Slavic patronymic as the
// romanizations write them.
var patronymSuffixes = [...][]byte{[]byte("vich"), []byte("vych"), []byte("vna"), []byte("una"), []byte("ichna")}

// patronymSpelling reports whether names a and b, of three words or more,
// differ, case aside, in one word only, which is a patronymic in both
// (patronymSuffixes, seven letters or more).
func patronymSpelling(a, b string) bool {
	var w wordApart
	if !w.set(a, b) || w.n < 3 {
		return false
	}
	x, y := w.words()
	return isPatronym(x) && isPatronym(y)
}

func isPatronym(w []byte) bool {
	if len(w) < 7 {
		return false
	}
	for _, s := range patronymSuffixes {
		if bytes.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
