package normalize

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm/textio"
)

// Kind is what a glossary entry names.
type Kind string

// The kinds of entity a glossary entry can name.
const (
	KindPerson Kind = "person"
	KindOrg    Kind = "org"
	KindPlace  Kind = "place"
	KindOther  Kind = "" // unknown or not said
)

// ParseKind parses "person", "org", "place" or "" (unknown).
func ParseKind(s string) (Kind, error) {
	switch k := Kind(s); k {
	case KindPerson, KindOrg, KindPlace, KindOther:
		return k, nil
	}
	return KindOther, fmt.Errorf("unknown kind %s (want person, org or place)", textio.Quote(s))
}

// Entry is one glossary entry: the house spelling of a name and the variant
// spellings that are rewritten to it.
type Entry struct {
	Canonical string   // the house spelling, e.g. "Qasem Soleimani"
	Variants  []string // other spellings and aliases, any script
	Kind      Kind
	// Langs are the languages the entry applies to (compared by language
	// subtag: en takes en-GB); empty (nil, the zero value) means every
	// language. Files hold them as BCP 47 text, space-separated.
	Langs []language.Tag
}

// parseLangs parses a space-separated list of BCP 47 tags ("en fr-CA");
// nil for none.
func parseLangs(s string) ([]language.Tag, error) {
	var out []language.Tag
	for f := range strings.FieldsSeq(s) {
		t, err := language.Parse(f)
		if err != nil {
			return nil, fmt.Errorf("language %q is not BCP 47", f)
		}
		out = append(out, t)
	}
	return out, nil
}

// langStrings returns the tags as BCP 47 text, nil for none.
func langStrings(ls []language.Tag) []string {
	if len(ls) == 0 {
		return nil
	}
	out := make([]string, len(ls))
	for i, t := range ls {
		out[i] = t.String()
	}
	return out
}

// langsText is the space-separated BCP 47 text of ls, as files hold it.
func langsText(ls []language.Tag) string { return strings.Join(langStrings(ls), " ") }

// DistinctVariants are variants as an entry keeps them: without the
// canonical form itself and without repeats, in their order ("names add
// Kyiv Kyiv Kiev Kiev" adds one variant, Kiev).
func DistinctVariants(canonical string, variants []string) []string {
	var out []string
	for _, v := range variants {
		if v != canonical && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}
