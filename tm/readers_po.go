package tm

import (
	"fmt"
	"iter"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/bitext/bitext/tm/po"
	"golang.org/x/text/language"
)

// Props that ReadPO gives a unit from its PO entry.
const (
	// PropPOContext is the entry's msgctxt (the message's context, as
	// "menu" or "verb"), when it has one.
	PropPOContext = "x-po-msgctxt"
	// PropPOReference is the entry's source references ("#: a.c:12
	// b.c:40"), space-separated.
	PropPOReference = "x-po-reference"
	// PropPOFlags is the entry's flags but fuzzy ("c-format,
	// no-wrap"), comma-separated.
	PropPOFlags = "x-po-flags"
	// PropPOPlural is "0" for the unit of a plural entry's msgid and
	// msgstr[0], "1" for the one of its msgid_plural and msgstr[1], "2"
	// and on for msgid_plural and msgstr[2], ... (the further forms of
	// Slavic languages, Arabic).
	PropPOPlural = "x-po-plural"
)

// ReadPO iterates over the translated entries of a gettext PO file as
// units, counting in skipped (when not nil) the entries it leaves out: an
// untranslated one (an empty msgstr, as all of a template's) as
// Untranslated, a fuzzy one (a translation nobody confirmed) as
// Unconfirmed, one with an empty msgid as EmptySource. The header entry
// is not a unit, nor are obsolete entries (#~). The source language is
// src, else English (gettext's sources are English by convention); the
// target the header's Language, else tgt, else nameTgt (the file's name:
// de.po, fr_CA.po), else the file is refused (ErrNeedLangs). A plural
// entry is a unit per form, two at least: msgid with msgstr[0], and
// msgid_plural with msgstr[1] and with each further form (msgstr[2] of
// Polish and Russian, up to msgstr[5] of Arabic), PropPOPlural giving the
// form's index. The msgctxt is a prop
// (PropPOContext), as are the references and flags; the translator and
// extracted comments are notes. Placeholders (%s, %(name)s, {0}) stay as
// they are written, as text.
func ReadPO(r *po.Reader, src, tgt, nameTgt language.Tag, skipped *Skipped) iter.Seq2[Unit, error] {
	if skipped == nil {
		skipped = new(Skipped)
	}
	return func(yield func(Unit, error) bool) {
		sl := src
		if sl == language.Und {
			sl = language.English
		}
		tl, err := poTargetLang(r.Header(), tgt, nameTgt, sl)
		if err != nil {
			yield(Unit{}, err)
			return
		}
		for e, err := range r.All() {
			if err != nil {
				yield(Unit{}, err)
				return
			}
			if tl == language.Und {
				yield(Unit{}, poNeedLang{&po.Error{Line: e.Line, Msg: "no target language (neither the header's Language nor the file's name gives one)"}})
				return
			}
			for _, p := range poPairs(&e) {
				switch {
				case strings.TrimSpace(p.src) == "":
					skipped.EmptySource++
					continue
				case strings.TrimSpace(p.tgt) == "":
					skipped.Untranslated++
					continue
				case e.Fuzzy():
					skipped.Unconfirmed++
					continue
				}
				if !yield(poUnit(&e, p, sl, tl), nil) {
					return
				}
			}
		}
	}
}

// poTargetLang is the target language of a PO file (see ReadPO): the
// header's Language, else tgt, else nameTgt unless it is the source
// language sl; language.Und when none gives one.
func poTargetLang(h po.Header, tgt, nameTgt, sl language.Tag) (language.Tag, error) {
	tl := tgt
	if h.Language != "" {
		t, err := parsePOLang(h.Language)
		if err != nil {
			return language.Und, &po.Error{Line: h.Line, Msg: fmt.Sprintf("Language %q of the header is not a language code", h.Language)}
		}
		tl = t
	}
	if tl == language.Und && nameTgt != sl {
		tl = nameTgt
	}
	return tl, nil
}

// poPair is the source and target text of one unit of a PO entry, and its
// PropPOPlural ("" for an entry without plural).
type poPair struct{ src, tgt, plural string }

// poPairs returns the units' texts of e: msgid with msgstr, or, for a
// plural entry, msgid with msgstr[0] and msgid_plural with each of
// msgstr[1], msgstr[2], ... (msgstr[1] "" when the entry has none), the
// form's index the pair's plural: Polish and Russian write three forms
// ("%d plik", "%d pliki", "%d plików"), Arabic six.
func poPairs(e *po.Entry) []poPair {
	if !e.Plural {
		return []poPair{{e.ID, e.Str[0], ""}}
	}
	out := []poPair{{e.ID, e.Str[0], "0"}, {e.IDPlural, "", "1"}}
	if len(e.Str) > 1 {
		out[1].tgt = e.Str[1]
	}
	for n := 2; n < len(e.Str); n++ {
		out = append(out, poPair{e.IDPlural, e.Str[n], strconv.Itoa(n)})
	}
	return out
}

// poUnit is the unit of p, a pair of entry e, from sl to tl: e's context,
// references, flags (but fuzzy) and p's plural as props, e's extracted and
// translator comments as notes.
func poUnit(e *po.Entry, p poPair, sl, tl language.Tag) Unit {
	u := Unit{SrcLang: sl, Variants: []Variant{{Lang: sl, Text: p.src}, {Lang: tl, Text: p.tgt}}}
	add := func(typ, text string) {
		if text != "" {
			u.Props = append(u.Props, Prop{Type: typ, Text: text})
		}
	}
	if e.HasContext {
		add(PropPOContext, e.Context)
	}
	add(PropPOReference, strings.Join(e.References, " "))
	var flags []string
	for _, f := range e.Flags {
		if f != "fuzzy" {
			flags = append(flags, f)
		}
	}
	add(PropPOFlags, strings.Join(flags, ", "))
	add(PropPOPlural, p.plural)
	for _, c := range append(append([]string(nil), e.Extracted...), e.Comments...) {
		if strings.TrimSpace(c) != "" {
			u.Notes = append(u.Notes, Note{Text: c})
		}
	}
	return u
}

// parsePOLang parses a gettext locale (de, pt_BR, sr@latin, de_DE.UTF-8).
func parsePOLang(s string) (language.Tag, error) {
	s, mod, _ := strings.Cut(strings.TrimSpace(s), "@")
	s, _, _ = strings.Cut(s, ".")
	s = strings.ReplaceAll(s, "_", "-")
	if mod == "latin" {
		s += "-Latn"
	} else if mod == "cyrillic" {
		s += "-Cyrl"
	}
	return language.Parse(s)
}

// poNeedLang is a PO file whose target language nothing gives: a
// *po.Error that is also ErrNeedLangs, so that the command line hints at
// --tgt.
type poNeedLang struct{ pe *po.Error }

func (e poNeedLang) Error() string   { return e.pe.Error() }
func (e poNeedLang) Unwrap() []error { return []error{e.pe, ErrNeedLangs} }

// poNameLang is the language a PO file's name gives: gettext names a
// translation by its locale alone (de.po, fr_CA.po, pt-BR.po), which
// textio.LangFromName does not take for a language (a stem); else
// textio's rules (messages.de.po) apply, which the caller tried first.
func poNameLang(name string) language.Tag {
	ext := strings.ToLower(filepath.Ext(name))
	if ext != ".po" {
		return language.Und
	}
	stem := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if base, _, _ := strings.Cut(strings.ReplaceAll(stem, "_", "-"), "-"); len(base) != 2 {
		return language.Und
	}
	t, err := parsePOLang(stem)
	if err != nil {
		return language.Und
	}
	return t
}
