package tm

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bitext/bitext/tm/internal/langcache"
	"github.com/bitext/bitext/tm/tmx"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Prop is a TMX property: a typed, tool-specific note on a unit or variant.
type Prop = tmx.Prop

// Note is a TMX note: a comment on a unit or variant.
type Note = tmx.Note

// Attr is a TMX attribute kept for export (creationtool, datatype, ...).
type Attr = tmx.Attr

// Variant is a unit's segment in one language.
type Variant struct {
	// Lang is the variant's language ("en", "fr-CA"). Every variant has
	// one: Import refuses a variant whose Lang is language.Und.
	Lang language.Tag
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
	// SrcLang is the unit's source language; language.Und (the zero
	// value) when it is not known, as for a TMX srclang of "*all*".
	SrcLang  language.Tag
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

	// review is what bitext's own XLIFF export says of the unit besides
	// it (ReadXLIFF sets it; Import reads it): nil for any other unit.
	review *reviewRecord
	// noDoc says that a TM's TMX export gave the unit no document
	// (propNoDoc): Import leaves its Origin.File "" rather than the
	// file's name.
	noDoc bool
	// ctxPrev and ctxNext are the hashes of the context Import derived
	// for the unit from its neighbours in a Sequential input (an
	// aligner's pairs), which is stored as hashes only: a TM's TMX export
	// writes them as the prop x-bitext-context (propContext) and Import
	// of that export gives them back, so that a TM restored from its
	// export keeps its context matches (101). 0 and 0 for none.
	ctxPrev, ctxNext int64
}

// Pair is a source segment and its translation.
type Pair struct {
	Source, Target string
}

// unitAttrs are the tu attributes that Unit holds in fields of its own.
var unitAttrs = map[string]bool{"tuid": true, "srclang": true, "creationdate": true, "creationid": true,
	"changedate": true, "changeid": true, "lastusagedate": true, "usagecount": true}

// FromTMX converts a TMX translation unit. Props of type "x-bitext-prev"
// and "x-bitext-next" (and OmegaT's "prev"/"next") become the context;
// OmegaT's stay in Props too, so that export writes them as they came.
// The language codes are parsed as tmx.ParseLang reads them (a tu
// srclang of "*all*" or none is language.Und); a code that is not BCP 47 is
// an error wrapping ErrBadUnit that names it.
func FromTMX(tu tmx.TU) (Unit, error) {
	return (*langCache)(nil).fromTMX(tu)
}

// langCache remembers the language tags parsed from their text, and the
// text of tags (langcache.Cache). A nil *langCache parses and formats
// without remembering. It is not safe for concurrent use.
type langCache struct{ c langcache.Cache }

// parse returns the tag of code, read as tmx.ParseLang reads it.
func (c *langCache) parse(code string) (language.Tag, error) {
	if c == nil {
		return parseLang(code)
	}
	return c.c.Parse(code, parseLang)
}

// text returns t.String(), "" for language.Und.
func (c *langCache) text(t language.Tag) string {
	if c == nil {
		if t == language.Und {
			return ""
		}
		return t.String()
	}
	return c.c.Text(t)
}

// parseLang parses a language code as tmx.ParseLang does (white space
// trimmed, "_" taken for "-", any case, a subtag that is not BCP 47
// dropped: "DA-01" is da) and with its messages.
func parseLang(code string) (language.Tag, error) {
	if strings.TrimSpace(code) == "" {
		return language.Und, errors.New("empty language code")
	}
	s, _, err := tmx.ParseLang(code)
	if err != nil {
		return language.Und, err
	}
	return language.Make(s), nil
}

func (c *langCache) fromTMX(tu tmx.TU) (Unit, error) {
	u := Unit{
		ID:        tmx.Get(tu.Attrs, "tuid"),
		Notes:     tu.Notes,
		Created:   tmx.ParseDate(tmx.Get(tu.Attrs, "creationdate")),
		CreatedBy: tmx.Get(tu.Attrs, "creationid"),
		Changed:   tmx.ParseDate(tmx.Get(tu.Attrs, "changedate")),
		ChangedBy: tmx.Get(tu.Attrs, "changeid"),
		LastUsed:  tmx.ParseDate(tmx.Get(tu.Attrs, "lastusagedate")),
	}
	if src := tmx.Get(tu.Attrs, "srclang"); src != "" && src != "*all*" {
		t, err := c.parse(src)
		if err != nil {
			return Unit{}, fmt.Errorf("%w: source language: %v", ErrBadUnit, err)
		}
		u.SrcLang = t
	}
	if n := tmx.Get(tu.Attrs, "usagecount"); n != "" { // Atoi("") allocates its error
		u.UsageCount, _ = strconv.Atoi(n)
	}
	for _, a := range tu.Attrs {
		if !unitAttrs[a.Name] {
			u.Attrs = append(u.Attrs, a)
		}
	}
	for _, p := range tu.Props {
		switch p.Type {
		case "x-bitext-prev":
			u.Prev = p.Text
		case "x-bitext-next":
			u.Next = p.Text
		case "prev", "next": // OmegaT's context: kept as it came
			if p.Type == "prev" {
				u.Prev = p.Text
			} else {
				u.Next = p.Text
			}
			u.Props = append(u.Props, p)
		case "x-bitext-file":
			u.Origin.File = p.Text
			u.noDoc = p.Text == "" // a TM's export says so (propNoDoc)
		case "x-bitext-src-doc":
			u.Origin.SrcDoc = p.Text
		case "x-bitext-tgt-doc":
			u.Origin.TgtDoc = p.Text
		case propContext:
			if prev, next, ok := parseContext(p.Text); ok {
				u.ctxPrev, u.ctxNext = prev, next
			} else {
				u.Props = append(u.Props, p)
			}
		case "x-bitext-score":
			// Not a number, or not finite (JSON has no infinity): no score.
			if f, err := strconv.ParseFloat(p.Text, 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
				u.Origin.Score = f
			}
		default:
			u.Props = append(u.Props, p)
		}
	}
	u.Variants = make([]Variant, 0, len(tu.Variants))
	for _, v := range tu.Variants {
		t, err := c.parse(v.Lang)
		if err != nil {
			return Unit{}, fmt.Errorf("%w: %v", ErrBadUnit, err)
		}
		u.Variants = append(u.Variants, Variant{Lang: t, Text: v.Text, Markup: v.Markup,
			Props: v.Props, Notes: v.Notes, Attrs: v.Attrs})
	}
	return u, nil
}

// ToTMX converts a unit to a TMX translation unit; FromTMX(ToTMX(u))
// gives u back. A SrcLang of language.Und writes no srclang.
func ToTMX(u *Unit) tmx.TU {
	return (*langCache)(nil).toTMX(u)
}

func (c *langCache) toTMX(u *Unit) tmx.TU {
	var tu tmx.TU
	set := func(name, value string) { tu.Attrs = tmx.Set(tu.Attrs, name, value) }
	set("tuid", u.ID)
	set("srclang", c.text(u.SrcLang))
	set("creationdate", tmx.FormatDate(u.Created))
	set("creationid", u.CreatedBy)
	set("changedate", tmx.FormatDate(u.Changed))
	set("changeid", u.ChangedBy)
	set("lastusagedate", tmx.FormatDate(u.LastUsed))
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
	// OmegaT's context props, when Props hold them, say it already.
	if !hasProp(u.Props, "prev", u.Prev) {
		add("x-bitext-prev", u.Prev)
	}
	if !hasProp(u.Props, "next", u.Next) {
		add("x-bitext-next", u.Next)
	}
	add("x-bitext-file", u.Origin.File)
	add("x-bitext-src-doc", u.Origin.SrcDoc)
	add("x-bitext-tgt-doc", u.Origin.TgtDoc)
	if u.Origin.Score != 0 {
		add("x-bitext-score", strconv.FormatFloat(u.Origin.Score, 'g', -1, 64))
	}
	for _, v := range u.Variants {
		tu.Variants = append(tu.Variants, tmx.TUV{Lang: c.text(v.Lang), Text: v.Text, Markup: v.Markup,
			Props: v.Props, Notes: v.Notes, Attrs: v.Attrs})
	}
	return tu
}

// propContext is the prop of a unit in a TM's export that holds the
// hashes of the context Import derived for it (Unit.ctxPrev, ctxNext): two
// numbers of 16 hexadecimal digits, the segment before and the one after,
// as formatContext writes them. It says nothing to other tools; bitext's
// Import reads it back (and does not take it for part of the unit's
// identity: a TM's export imported again merges with it).
const propContext = "x-bitext-context"

// formatContext is the text of propContext for the hashes prev and next.
func formatContext(prev, next int64) string {
	return fmt.Sprintf("%016x %016x", uint64(prev), uint64(next))
}

// parseContext reads the text of propContext; ok is false when it is not
// two numbers of 16 hexadecimal digits.
func parseContext(text string) (prev, next int64, ok bool) {
	a, b, found := strings.Cut(text, " ")
	if !found || len(a) != 16 || len(b) != 16 {
		return 0, 0, false
	}
	p, err1 := strconv.ParseUint(a, 16, 64)
	n, err2 := strconv.ParseUint(b, 16, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return int64(p), int64(n), true
}

// hasProp says whether props hold one of type typ with text.
func hasProp(props []Prop, typ, text string) bool {
	for _, p := range props {
		if p.Type == typ && p.Text == text {
			return true
		}
	}
	return false
}

// baseTag returns the language subtag of t: en-US -> "en".
func baseTag(t language.Tag) string {
	b, _ := t.Base()
	return b.String()
}

// inLang says whether a variant in language l, whose language subtag (as
// the store holds it, baseTag) is b, is in the language want, whose
// subtag is wb: the same language, Norwegian's no and nb being one (OmegaT
// writes no where Trados writes nb-NO; nn, Nynorsk, is its own written
// standard), in the same script when both tags tell it (langScript).
// A translator of zh-TW is not helped by a Simplified Chinese text, nor
// one of sr-Latn by a Cyrillic one: another script is another target,
// whose conversion is no lookup's to make (zh-CN and zh-TW differ in
// words too), so such a variant is not a match at all rather than one
// marked as another script.
func inLang(b string, l language.Tag, wb string, want language.Tag) bool {
	if b != wb && !(norwegian(b) && norwegian(wb)) {
		return false
	}
	if l == want {
		return true
	}
	s1, ok1 := langScript(l)
	s2, ok2 := langScript(want)
	return !ok1 || !ok2 || s1 == s2
}

// sameLang is inLang of two tags.
func sameLang(a, b language.Tag) bool { return inLang(baseTag(a), a, baseTag(b), b) }

// SameLanguage reports whether lookups, pretranslation, concordance and
// export take a text in a for one in b: the same language (any region;
// Norwegian no and nb are one) in the same script when both tags tell it
// (zh-CN and zh-SG are Simplified, zh-TW, zh-HK and zh-MO Traditional;
// sr-Latn is not sr-Cyrl; zh and sr alone are either).
func SameLanguage(a, b language.Tag) bool { return sameLang(a, b) }

// pairLangs tells which variants of a unit are in the source and which
// in the target language of a pair (export, Pairs, import's pair filter):
//   - two languages (en, fr): as SameLanguage takes them (any region; Norwegian no and nb one);
//   - one language (en-US and en-GB, zh and zh-TW: SameLanguage): by
//     whole tag, which alone tells them apart;
//   - one language in two scripts (zh-CN and zh-TW, zh-Hans and zh-Hant,
//     sr-Latn and sr-Cyrl): as SameLanguage takes them, so that zh-SG
//     and zh-Hans are Simplified, zh-HK Traditional, as lookups take them,
//     but only variants whose tags tell the script (langScript): zh or sr
//     alone, which meet either in a lookup, would be either side here.
//
// These compared whole tags whenever the language subtags were one (a
// pair zh-Hans to zh-Hant found no unit tagged zh-CN and zh-TW, and zh-CN
// to zh-TW none of zh-SG and zh-HK).
type pairLangs struct {
	src, tgt         language.Tag
	srcBase, tgtBase string
	exact, scripts   bool
}

func newPairLangs(src, tgt language.Tag) pairLangs {
	p := pairLangs{src: src, tgt: tgt, srcBase: baseTag(src), tgtBase: baseTag(tgt)}
	p.exact = sameLang(src, tgt)
	p.scripts = !p.exact && p.srcBase == p.tgtBase
	return p
}

// side is 0 when a variant in language l, whose language subtag is b, is
// in the pair's source language, 1 when in its target, else -1.
func (p pairLangs) side(b string, l language.Tag) int {
	switch {
	case p.exact:
		if l == p.src {
			return 0
		} else if l == p.tgt {
			return 1
		}
		return -1
	case p.scripts:
		if _, ok := langScript(l); !ok {
			return -1
		}
	}
	if inLang(b, l, p.srcBase, p.src) {
		return 0
	} else if inLang(b, l, p.tgtBase, p.tgt) {
		return 1
	}
	return -1
}

// norwegian says whether the language subtag b is no or nb, one written
// language (Bokmål) under two codes.
func norwegian(b string) bool { return b == "no" || b == "nb" }

// langBases returns the language subtags that b meets in lookups (inLang):
// b, and for Norwegian its other code.
func langBases(b string) []string {
	switch b {
	case "no":
		return []string{"no", "nb"}
	case "nb":
		return []string{"nb", "no"}
	}
	return []string{b}
}

// Chinese scripts, from the region when no script is written.
var (
	scriptHans = language.MustParseScript("Hans")
	scriptHant = language.MustParseScript("Hant")
	zhScripts  = map[string]language.Script{"CN": scriptHans, "SG": scriptHans, "MY": scriptHans,
		"TW": scriptHant, "HK": scriptHant, "MO": scriptHant}
)

// langScript returns the script that the tag t says its text is written
// in: its script subtag (sr-Latn, uz-Cyrl, zh-Hant), or for Chinese without
// one, the script of its region's convention (zh-CN Simplified, zh-TW
// Traditional). ok is false when t does not say: zh and sr alone, and sr-RS
// too, whose texts are written in both scripts (x/text's likely script,
// Cyrillic, would keep a Latin sr-RS TM from sr-Latn lookups).
func langScript(t language.Tag) (s language.Script, ok bool) {
	b, s, r := t.Raw()
	if s != (language.Script{}) {
		return s, true
	}
	if b.String() == "zh" && r != (language.Region{}) {
		s, ok = zhScripts[r.String()]
	}
	return s, ok
}

// textForm is what two segments compare by when they must be the same
// text: white space collapsed (see collapse) and in Unicode NFC, so that a
// segment typed or stored decomposed ("e" and U+0301) is the same text as
// its composed form. The text stored and the offsets reported stay as
// given: only keys and comparisons use this form.
func textForm(s string) string { return norm.NFC.String(collapse(s)) }

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
