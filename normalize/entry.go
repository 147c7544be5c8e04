package normalize

import "fmt"

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
	return KindOther, fmt.Errorf("unknown kind %q (want person, org or place)", s)
}

// Entry is one glossary entry: the house spelling of a name and the variant
// spellings that are rewritten to it.
type Entry struct {
	Canonical string   // the house spelling, e.g. "Qasem Soleimani"
	Variants  []string // other spellings and aliases, any script
	Kind      Kind
	Langs     []string // BCP 47 tags the entry applies to; empty means all
}
