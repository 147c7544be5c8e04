package tm

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
)

// Prop is a TMX property: a typed, tool-specific note on a unit or variant.
type Prop = tmx.Prop

// Note is a TMX note: a comment on a unit or variant.
type Note = tmx.Note

// Attr is a TMX attribute kept for export (creationtool, datatype, ...).
type Attr = tmx.Attr

// Variant is a unit's segment in one language.
type Variant struct {
	// Lang is a BCP 47 tag ("en", "fr-CA").
	Lang string
	// Text is the segment as plain text; it is what lookups match.
	Text string
	// Markup is the segment with its TMX inline elements (the content of
	// <seg>), "" when it has none. It is kept for export.
	Markup string
	Props  []Prop
	Notes  []Note
	// Attrs are the other TMX tuv attributes (creationdate, changeid, ...).
	Attrs []Attr
}

// Origin says where an aligned unit came from.
type Origin struct {
	// File is the file the unit was imported from.
	File string
	// SrcDoc and TgtDoc name the two documents an aligner paired.
	SrcDoc, TgtDoc string
	// Score is the aligner's score for the pair (0 when unknown).
	Score float64
}

// Unit is a translation unit: one segment in any number of languages, with
// its metadata.
type Unit struct {
	// ID is the TMX tuid, "" if none.
	ID string
	// SrcLang is the unit's source language, "" when not known.
	SrcLang  string
	Variants []Variant
	Props    []Prop
	Notes    []Note
	// Attrs are the other TMX tu attributes (creationtool, datatype, ...).
	Attrs []Attr

	Created, Changed, LastUsed time.Time
	CreatedBy, ChangedBy       string
	UsageCount                 int

	Origin Origin
	// Prev and Next are the source segments before and after this one in
	// its document, when known; a lookup with the same neighbours is a
	// context match (101%).
	Prev, Next string
}

// Pair is a source segment and its translation.
type Pair struct {
	Source, Target string
}

// tmxDate is the date format of TMX (ISO 8601 basic, UTC).
const tmxDate = "20060102T150405Z"

func parseDate(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(tmxDate, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(tmxDate)
}

// unitAttrs are the tu attributes that Unit holds in fields of its own.
var unitAttrs = map[string]bool{"tuid": true, "srclang": true, "creationdate": true, "creationid": true,
	"changedate": true, "changeid": true, "lastusagedate": true, "usagecount": true}

// FromTMX converts a TMX translation unit. Props of type "x-bitext-prev"
// and "x-bitext-next" (and OmegaT's "prev"/"next") become the context.
func FromTMX(tu tmx.TU) Unit {
	u := Unit{
		ID:        tmx.Get(tu.Attrs, "tuid"),
		SrcLang:   tmx.Get(tu.Attrs, "srclang"),
		Notes:     tu.Notes,
		Created:   parseDate(tmx.Get(tu.Attrs, "creationdate")),
		CreatedBy: tmx.Get(tu.Attrs, "creationid"),
		Changed:   parseDate(tmx.Get(tu.Attrs, "changedate")),
		ChangedBy: tmx.Get(tu.Attrs, "changeid"),
		LastUsed:  parseDate(tmx.Get(tu.Attrs, "lastusagedate")),
	}
	if u.SrcLang == "*all*" {
		u.SrcLang = ""
	}
	u.UsageCount, _ = strconv.Atoi(tmx.Get(tu.Attrs, "usagecount"))
	for _, a := range tu.Attrs {
		if !unitAttrs[a.Name] {
			u.Attrs = append(u.Attrs, a)
		}
	}
	for _, p := range tu.Props {
		switch p.Type {
		case "x-bitext-prev", "prev":
			u.Prev = p.Text
		case "x-bitext-next", "next":
			u.Next = p.Text
		case "x-bitext-file":
			u.Origin.File = p.Text
		case "x-bitext-src-doc":
			u.Origin.SrcDoc = p.Text
		case "x-bitext-tgt-doc":
			u.Origin.TgtDoc = p.Text
		case "x-bitext-score":
			u.Origin.Score, _ = strconv.ParseFloat(p.Text, 64)
		default:
			u.Props = append(u.Props, p)
		}
	}
	for _, v := range tu.Variants {
		u.Variants = append(u.Variants, Variant{Lang: v.Lang, Text: v.Text, Markup: v.Markup,
			Props: v.Props, Notes: v.Notes, Attrs: v.Attrs})
	}
	return u
}

// ToTMX converts a unit to a TMX translation unit; FromTMX(ToTMX(u))
// gives u back.
func ToTMX(u *Unit) tmx.TU {
	var tu tmx.TU
	set := func(name, value string) { tu.Attrs = tmx.Set(tu.Attrs, name, value) }
	set("tuid", u.ID)
	set("srclang", u.SrcLang)
	set("creationdate", formatDate(u.Created))
	set("creationid", u.CreatedBy)
	set("changedate", formatDate(u.Changed))
	set("changeid", u.ChangedBy)
	set("lastusagedate", formatDate(u.LastUsed))
	if u.UsageCount > 0 {
		set("usagecount", strconv.Itoa(u.UsageCount))
	}
	tu.Attrs = append(tu.Attrs, u.Attrs...)
	tu.Notes = u.Notes
	tu.Props = append(tu.Props, u.Props...)
	add := func(typ, text string) {
		if text != "" {
			tu.Props = append(tu.Props, Prop{Type: typ, Text: text})
		}
	}
	add("x-bitext-prev", u.Prev)
	add("x-bitext-next", u.Next)
	add("x-bitext-file", u.Origin.File)
	add("x-bitext-src-doc", u.Origin.SrcDoc)
	add("x-bitext-tgt-doc", u.Origin.TgtDoc)
	if u.Origin.Score != 0 {
		add("x-bitext-score", strconv.FormatFloat(u.Origin.Score, 'g', -1, 64))
	}
	for _, v := range u.Variants {
		tu.Variants = append(tu.Variants, tmx.TUV{Lang: v.Lang, Text: v.Text, Markup: v.Markup,
			Props: v.Props, Notes: v.Notes, Attrs: v.Attrs})
	}
	return tu
}

// baseOf returns the language subtag of a BCP 47 tag: "en-US" -> "en".
func baseOf(tag string) (string, error) {
	t, err := language.Parse(tag)
	if err != nil {
		return "", fmt.Errorf("language %q is not BCP 47", tag)
	}
	b, _ := t.Base()
	return b.String(), nil
}

// baseTag is baseOf for a parsed tag.
func baseTag(t language.Tag) string {
	b, _ := t.Base()
	return b.String()
}

// collapse returns s with runs of white space made single spaces and the
// ends trimmed.
func collapse(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			r, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			continue
		}
		if c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
			(c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ')) {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}
