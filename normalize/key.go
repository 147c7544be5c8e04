package normalize

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// foldMarks decomposes, drops combining marks and recomposes: "Sulaymānī" ->
// "Sulaymani".
var foldMarks = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// Key returns the matching key of a name: lower case, without diacritics,
// and without spaces, hyphens, apostrophes and other punctuation, so that
// "Saeed Reza", "Saeedreza" and "SAEED-REZA" share one key. Key is
// idempotent: Key(Key(s)) == Key(s).
func Key(name string) string {
	s, _, err := transform.String(foldMarks, name)
	if err != nil {
		s = name
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Skeleton returns the consonant skeleton of a name's key: its letters with
// the Latin vowels a, e, i, o, u and y dropped and runs of one letter
// collapsed, so that names written with and without vowels ("Soleimani",
// "Sulaymani") compare equal ("slmn").
func Skeleton(name string) string {
	k := Key(name)
	var b strings.Builder
	var last rune
	for _, r := range k {
		if strings.ContainsRune("aeiouy", r) {
			continue
		}
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}
