package tmx

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// Attr is an attribute of a TMX element, by its TMX name ("tuid",
// "creationdate", ...).
type Attr struct {
	Name, Value string
}

// Prop is a <prop>: a tool-specific property of a header, tu or tuv.
type Prop struct {
	Type string `json:"type"`
	Lang string `json:"lang,omitempty"`
	Text string `json:"text"`
	// Encoding is the o-encoding attribute: the encoding the text was in
	// before it was TMX's ("iso-8859-1"), "" when not given.
	Encoding string `json:"o-encoding,omitempty"`
}

// Note is a <note>: a comment on a header, tu or tuv.
type Note struct {
	Lang string `json:"lang,omitempty"`
	Text string `json:"text"`
	// Encoding is the o-encoding attribute, as Prop's.
	Encoding string `json:"o-encoding,omitempty"`
}

// Map is a <map> of a user-defined encoding: one private-use character.
type Map struct {
	Unicode, Code, Ent, Subst string
}

// UDE is a <ude>: a user-defined encoding declared in the header.
type UDE struct {
	Name, Base string
	Maps       []Map
}

// Header is the <header> of a TMX document.
type Header struct {
	// Version is the <tmx version> attribute ("1.4", "1.1").
	Version string
	// Attrs are the header attributes in document order (creationtool,
	// srclang, adminlang, ...). SrcLang is normalized to BCP 47 unless it is
	// "*all*".
	Attrs []Attr
	Props []Prop
	Notes []Note
	UDEs  []UDE
}

// TU is a translation unit: one segment in several languages.
type TU struct {
	// Line is the line of the <tu> start tag (set by the Reader).
	Line int
	// Attrs are the tu attributes in document order (tuid, creationdate,
	// changeid, usagecount, srclang, ...).
	Attrs    []Attr
	Props    []Prop
	Notes    []Note
	Variants []TUV
}

// TUV is one language variant of a translation unit.
type TUV struct {
	// Lang is the BCP 47 tag of the variant (xml:lang, or lang in TMX 1.1),
	// normalized: "EN-US" and "en_US" become "en-US".
	Lang string
	// Text is the segment as plain text: its character data and that of <hi>
	// elements, without the native codes in bpt, ept, it, ph, ut and sub.
	Text string
	// Markup is the content of <seg> as XML with its inline elements, or ""
	// when the segment has none (then Text is the whole content).
	Markup string
	// Attrs are the tuv attributes other than the language.
	Attrs []Attr
	Props []Prop
	Notes []Note
}

// Get returns the value of the attribute named name, or "".
func Get(attrs []Attr, name string) string {
	for _, a := range attrs {
		if a.Name == name {
			return a.Value
		}
	}
	return ""
}

// Set sets the attribute named name, replacing an existing value; an empty
// value removes it.
func Set(attrs []Attr, name, value string) []Attr {
	for i, a := range attrs {
		if a.Name == name {
			if value == "" {
				return append(attrs[:i], attrs[i+1:]...)
			}
			attrs[i].Value = value
			return attrs
		}
	}
	if value == "" {
		return attrs
	}
	return append(attrs, Attr{name, value})
}

// NormalizeLang returns the BCP 47 form of a language code as TMX files
// write them: case is fixed and "_" becomes "-", so "EN-US", "en_us" and
// "en-US" all give "en-US".
func NormalizeLang(code string) (string, error) {
	s := strings.TrimSpace(strings.ReplaceAll(code, "_", "-"))
	if s == "" {
		return "", fmt.Errorf("empty language code")
	}
	t, err := language.Parse(s)
	if err != nil {
		return "", fmt.Errorf("language code %q is not BCP 47", code)
	}
	return t.String(), nil
}

// ParseLang reads a language code as CAT tools write them, keeping what
// BCP 47 can say: it returns the BCP 47 form of code (as NormalizeLang
// does) and, when a subtag had to be left out, the subtags dropped.
// EU DGT-TM files write "DA-01" and "EN-GB" (a country-number suffix):
// "DA-01" is da with "01" dropped. Each subtag after the language is kept
// if the code read so far stays valid with it, dropped otherwise; a
// private-use part ("x-...") is kept or dropped whole. Only a code whose
// language subtag itself is not BCP 47 ("english", "") is an error, as
// NormalizeLang's.
func ParseLang(code string) (lang string, dropped []string, err error) {
	s := strings.TrimSpace(strings.ReplaceAll(code, "_", "-"))
	if l, err := NormalizeLang(s); err == nil {
		return l, nil, nil
	}
	parts := strings.Split(s, "-")
	kept := parts[0]
	if _, err := NormalizeLang(kept); err != nil {
		return "", nil, fmt.Errorf("language code %q is not BCP 47", code)
	}
	for i := 1; i < len(parts); i++ {
		next := parts[i]
		if strings.EqualFold(next, "x") { // private use: the rest is one part
			next, i = strings.Join(parts[i:], "-"), len(parts)
		}
		if _, err := NormalizeLang(kept + "-" + next); err == nil {
			kept += "-" + next
		} else {
			dropped = append(dropped, next)
		}
	}
	l, err := NormalizeLang(kept)
	return l, dropped, err
}

// DateFormat is the layout of TMX dates (creationdate, changedate,
// lastusagedate): ISO 8601 basic format in UTC, "20261202T170000Z". Its
// text sorts as time does.
const DateFormat = "20060102T150405Z"

// ParseDate reads a TMX date; "" or a malformed date is the zero Time.
func ParseDate(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(DateFormat, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// FormatDate writes t as a TMX date, in UTC; the zero Time is "".
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(DateFormat)
}
