package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Bantu languages write a name after a noun-class prefix, glued or
// hyphenated: Xhosa "USchneider unentlungu" (Schneider is in pain),
// "U-Huhne urhoxile", "E-France" (in France), "ngu-Ed Davey", "IFransi";
// Zulu "UDel Potro", "U-Potro". The prefix is grammar, not spelling: a
// form with it is the same name as the form without ("USchneider",
// "Schneider") and not a slip of another ("Indiya" and "I India" are not
// one name misspelt). Discoverer.Clusters links no form that carries a
// prefix in such a language (nounClassLinks), so that `normalize --check`
// reports none of them (WMT21's FLORES Xhosa: "Schneider" ->
// "USchneider", "Indiya" -> "I India", "UHuhne" -> "U-Huhne" were
// reported). A slip inside a prefixed form goes unreported.

// nounClassLang says whether lang writes noun-class prefixes before
// names (Nguni, Sotho-Tswana and other Bantu languages).
func nounClassLang(lang language.Tag) bool {
	base, _ := lang.Base()
	switch base.String() {
	case "xh", "zu", "nr", "ss", "nd", "nso", "st", "tn", "ve", "ts", "sw", "rw", "rn", "lg", "ny", "sn":
		return true
	}
	return false
}

// nounClassPrefixes are the prefixes read before a name, longest first:
// u-, e-, i- (the classes of persons and places, and the locative),
// ku-, kwa-, ngu-, nga-, ka-.
var nounClassPrefixes = []string{"kwa", "ngu", "nga", "ku", "ka", "u", "e", "i"}

// nounClassPrefixed says whether form starts with a noun-class prefix
// before its name: the prefix glued to a capital that a lower-case letter
// follows ("USchneider", "uSchneider"; not "USA"), hyphenated before a
// capital ("U-Huhne", "e-France"), or a lone capital vowel before a
// capitalised word ("I India").
func nounClassPrefixed(form string) bool {
	for _, p := range nounClassPrefixes {
		if len(form) <= len(p) || !strings.EqualFold(form[:len(p)], p) {
			continue
		}
		rest := form[len(p):]
		switch {
		case rest[0] == '-':
			if r, _ := utf8.DecodeRuneInString(rest[1:]); unicode.IsUpper(r) {
				return true
			}
		case rest[0] == ' ' && len(p) == 1:
			if r, _ := utf8.DecodeRuneInString(rest[1:]); unicode.IsUpper(r) && unicode.IsUpper(rune(form[0])) {
				return true
			}
		default:
			r, n := utf8.DecodeRuneInString(rest)
			if r2, _ := utf8.DecodeRuneInString(rest[n:]); unicode.IsUpper(r) && unicode.IsLower(r2) {
				return true
			}
		}
	}
	return false
}

// nounClassLinks says whether a and b are no spellings of one another in
// a language of noun-class prefixes: one of them carries a prefix.
func nounClassLinks(a, b string) bool {
	return nounClassPrefixed(a) || nounClassPrefixed(b)
}
