package tm

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/bitext/bitext/tm/xliff"
	"golang.org/x/text/language"
)

// Props that ReadXLIFF gives a unit from its trans-unit: the id, resname,
// approved flag and the target's state, so that they are exported again
// (as TMX props) and a lookup can tell an approved translation.
const (
	PropXLIFFID       = "x-xliff-id"
	PropXLIFFResName  = "x-xliff-resname"
	PropXLIFFApproved = "x-xliff-approved"
	PropXLIFFState    = "x-xliff-state"
	PropXLIFFFile     = "x-xliff-original"
	// PropXLIFFMid is the mid of the <mrk mtype="seg"> a unit was cut
	// from, in a trans-unit segmented into sentences (see ReadXLIFF).
	PropXLIFFMid = "x-xliff-mid"
	// PropSDLConf is the Trados Studio confirmation level of the sentence
	// (SDLXLIFF <sdl:seg conf>); PropMQStatus memoQ's row status
	// (mq:status). See unconfirmed.
	PropSDLConf  = "x-sdl-conf"
	PropMQStatus = "x-mq-status"
	// PropSDLOrigin is where Trados Studio says the sentence's translation
	// came from (<sdl:seg origin>: "interactive" for a person's typing,
	// "tm", "mt", "nmt", "auto-propagated", ...), PropSDLPercent the
	// match value it came with (percent), PropSDLLocked "true" when the
	// sentence was locked: a sentence a translator confirmed after MT
	// keeps origin "mt", so that it is not taken for one typed by hand.
	PropSDLOrigin  = "x-sdl-origin"
	PropSDLPercent = "x-sdl-percent"
	PropSDLLocked  = "x-sdl-locked"
)

// ReadXLIFF iterates over the translated units of an XLIFF 1.2 document:
// those whose target has text (a target of inline codes only, an empty
// one, or none is not a translation, and a translate="no" unit is left
// out, as is a proposal nobody confirmed, by the target's state or by the
// status Trados Studio or memoQ record: see unconfirmed). Each becomes
// a Unit of two variants whose Markup holds the inline codes as TMX inline
// elements (XLIFFToTMX), with the trans-unit's id, resname, approved flag
// and state as props (PropXLIFFID, ...; PropSDLConf, PropMQStatus), its
// notes, and the source text of
// the units before and after it in the same file as its context (Prev,
// Next); a trans-unit segmented into sentences (see sentences) is a Unit
// per sentence, with its mid as PropXLIFFMid. The languages are the
// segments' xml:lang, else the file's source-language and
// target-language, else src and tgt; a unit without a target language is
// an *xliff.Error. A file of bitext's own export (ownExport) is read as
// the units it exported: a unit's context is its <context>s
// (x-bitext-prev, x-bitext-next), its resname its tuid, and the
// trans-unit's id, file and state are not props: Import updates the
// stored unit with a target the reviewer changed (see Import), reading the
// state and the target exported (x-bitext-target) that the Unit carries
// for it. The sequence ends with the first error.
func ReadXLIFF(r *xliff.Reader, src, tgt language.Tag) iter.Seq2[Unit, error] {
	return ReadXLIFFCounting(r, src, tgt, nil)
}

// ReadXLIFFCounting is ReadXLIFF counting in skipped (when not nil) the
// units it leaves out, by reason, as it goes (a trans-unit cut into
// sentences counts each sentence), so that the units read and those left
// out add up to the file's units; and in skipped.Candidates the
// translation candidates it does not read (<alt-trans>, XLIFF 2
// <mtc:match>).
func ReadXLIFFCounting(r *xliff.Reader, src, tgt language.Tag, skipped *Skipped) iter.Seq2[Unit, error] {
	return readXLIFF(r, src, tgt, language.Und, skipped)
}

// readXLIFF is ReadXLIFFCounting with nameTgt, the language the file's
// name gives (ReadOptions.NameTgt), for a target language nothing else
// gives when it is not the unit's source language.
func readXLIFF(r *xliff.Reader, src, tgt, nameTgt language.Tag, skipped *Skipped) iter.Seq2[Unit, error] {
	if skipped == nil {
		skipped = new(Skipped)
	}
	return func(yield func(Unit, error) bool) {
		var langs langCache
		var pending *Unit // a unit waiting for its Next
		var prevKey, prevText string
		poFiles := map[string]bool{} // the <file>s po2xliff wrote (see poRules)
		for xu, err := range r.All() {
			if err != nil {
				yield(Unit{}, err)
				return
			}
			key := xu.File.Original + "\x00" + strconv.Itoa(xu.File.Line)
			if poHeader(&xu) {
				poFiles[key] = true
			}
			skipped.Candidates += len(xu.AltTrans) + xu.Matches
			for _, sp := range sentences(&xu) {
				text := strings.TrimSpace(sp.src.Text)
				if pending != nil {
					if key == prevKey {
						pending.Next = text
					}
					if !yield(*pending, nil) {
						return
					}
					pending = nil
				}
				if key != prevKey {
					prevText = ""
				}
				switch {
				case text == "":
					skipped.EmptySource++ // nothing to translate
				case !xu.Translate, poHeader(&xu):
					skipped.NotToTranslate++
				case sp.tgt == nil || strings.TrimSpace(sp.tgt.Text) == "":
					skipped.Untranslated++
				case poFiles[key] && xu.Approved == "no", unconfirmed(&xu, sp):
					skipped.Unconfirmed++
				default:
					u, err := langs.fromXLIFF(&xu, sp, src, tgt, nameTgt)
					if err != nil {
						yield(Unit{}, err)
						return
					}
					if !ownExport(&xu) {
						u.Prev = prevText
						pending = &u
					} else if !yield(u, nil) {
						return
					}
				}
				prevKey, prevText = key, text
			}
		}
		if pending != nil {
			yield(*pending, nil)
		}
	}
}

// poHeader reports whether the trans-unit is a PO file's header, which
// Translate Toolkit's po2xliff writes as a unit of restype
// "x-gettext-domain-header": the file's metadata ("Project-Id-Version:
// ..."), not text to translate.
func poHeader(xu *xliff.Unit) bool {
	return xliff.Get(xu.Attrs, "restype") == "x-gettext-domain-header"
}

// A <file> whose units begin with a PO file's header (poHeader) is one
// Translate Toolkit's po2xliff wrote, and its units are read by PO rules,
// as Translate Toolkit reads its own XLIFF back: a target marked
// approved="no" is a fuzzy entry's (po2xliff writes a fuzzy entry
// approved="no" state="needs-translation" with the fuzzy target, a
// translated one approved="yes"; xliff2po writes approved="no" back as
// fuzzy, which msgfmt leaves out) and is left out as unconfirmed, as
// ReadPO leaves the fuzzy entry out. unconfirmed kept such a target when
// it is neither the source nor an alt-trans: pot2po's fuzzy matches were
// stored as translations of sentences they do not translate (trial39). A
// translator's edit of it in OmegaT, which leaves the attributes as they
// were, is left out too, as the PO made again from the file leaves it
// (fuzzy). An untranslated entry (no approved attribute) that a
// translator filled in is read as before, and so is an XLIFF of other
// tools.

// ownExport reports whether the trans-unit comes from bitext's own XLIFF
// export (exportXLIFF): its <file original="bitext-tm"> whose header's
// tool is bitext. Such a file lists the units of a TM, not the sentences
// of a document: a unit's neighbours are not its context.
func ownExport(xu *xliff.Unit) bool {
	return xu.File.Original == ownExportOriginal && xu.File.Tool == "bitext"
}

// ownExportOriginal is the original attribute of the <file> that
// exportXLIFF writes.
const ownExportOriginal = "bitext-tm"

// unconfirmed reports whether the unit's target is a proposal that nobody
// has confirmed: its state says it awaits translation or review ("new",
// "needs-translation", "needs-review-translation", ...) and its text is
// still the source's (a tool's copy) or that of one of its alt-trans (the
// match a tool, bitext's pretranslate among them, filled in). Stored, a
// fuzzy match's translation would become the exact match of a sentence it
// does not translate. A target edited since (CAT tools such as OmegaT
// leave the state as it was) differs from both and is a translation, and
// an approved one (approved="yes") is confirmed. A target with no state
// that is the source is a copy too (Okapi writes untranslated targets so;
// Okapi's XLIFF filter for OmegaT reads them as untranslated unless a
// state or approved says otherwise; Translate Toolkit takes no unapproved
// target as translated): a name or number left as it is is kept when its
// state says translated (or later) or approved="yes".
//
// Where the file's tool records its own status, that status decides in
// place of the state (see toolStatus): Trados Studio's <sdl:seg conf> of
// the sentence (SDLXLIFF) or memoQ's mq:status of the unit. Confirmed
// (Trados Translated or Approved*, memoQ ManuallyConfirmed,
// Reviewer1Confirmed or Proofread) is kept; rejected, not confirmed in
// Trados (Draft or no conf, whatever its origin: Trados's own "Update
// Main Translation Memories" task takes Translated and the Approved
// levels only), or filled in by a tool and not edited since (memoQ
// Pretranslated, MachineTranslated, AssembledFromFragments), is left out;
// awaiting translation in memoQ (NotStarted or PartiallyEdited) is read as
// state new is.
func unconfirmed(xu *xliff.Unit, sp sentence) bool {
	if xu.Approved == "yes" {
		return false // approved="yes" confirms it whatever the state
	}
	switch toolStatus(xu, sp) {
	case toolConfirmed:
		return false
	case toolProposal:
		return true
	case toolNone:
		switch {
		case xu.State == "":
			// No state: a target equal to the source is a copy, as
			// Okapi's XLIFF filter for OmegaT reads it (and Translate
			// Toolkit takes no unapproved target as a translation).
			return textForm(sp.tgt.Text) == textForm(sp.src.Text)
		case xu.State != "new" && xu.State != "initial" && !strings.HasPrefix(xu.State, "needs-"): // initial: XLIFF 2's new
			return false
		}
	}
	t := textForm(sp.tgt.Text)
	if t == textForm(sp.src.Text) {
		return true
	}
	for i := range xu.AltTrans {
		if t == textForm(xu.AltTrans[i].Target.Text) {
			return true
		}
	}
	return false
}

// toolState is what a CAT tool's own status says of a sentence.
type toolState int

const (
	toolNone      toolState = iota // no status of the tool's: the XLIFF state decides
	toolProposal                   // rejected, or a tool's fill nobody edited
	toolAwaiting                   // awaits translation or confirmation
	toolConfirmed                  // confirmed by a translator or reviewer
)

// toolStatus reads the status Trados Studio (<sdl:seg> of the sentence's
// mid; of every sentence of a unit read whole, the least confirmed) or
// memoQ (mq:status) records; values it does not know are toolNone.
func toolStatus(xu *xliff.Unit, sp sentence) toolState {
	if st := mqStatus(xu.MQStatus()); st != toolNone {
		return st
	}
	st := toolNone
	for _, s := range xu.SDLSegs {
		if sp.mid != "" && s.ID != sp.mid {
			continue
		}
		if c := sdlStatus(s); c != toolNone && (st == toolNone || c < st) {
			st = c
		}
	}
	return st
}

// sdlStatus maps an <sdl:seg>'s conf (Sdl.Core.Globalization.
// ConfirmationLevel): Translated and the Approved levels are confirmed;
// Draft (typed or edited, not confirmed), Unspecified or none (not
// translated, or filled in by a TM or MT whatever its origin says) and
// the Rejected levels are not.
func sdlStatus(s xliff.SDLSeg) toolState {
	switch s.Conf {
	case "Translated", "ApprovedTranslation", "ApprovedSignOff":
		return toolConfirmed
	case "RejectedTranslation", "RejectedSignOff", "Draft", "", "Unspecified":
		return toolProposal
	}
	return toolNone
}

// mqStatus maps memoQ's row status (mq:status; memoQ's documentation
// calls them Not started, Edited, Pre-translated, Machine translated,
// Assembled from fragments, Translator confirmed, Reviewer 1 confirmed,
// Reviewer 2 confirmed (Proofread) and Rejected).
func mqStatus(s string) toolState {
	switch strings.ToLower(s) {
	case "manuallyconfirmed", "reviewer1confirmed", "proofread":
		return toolConfirmed
	case "pretranslated", "machinetranslated", "assembledfromfragments", "rejected":
		return toolProposal
	case "notstarted", "partiallyedited":
		return toolAwaiting
	}
	return toolNone
}

// sentence is a source segment and its target: a whole trans-unit's, or
// one <mrk mtype="seg"> of a segmented one (mid says which).
type sentence struct {
	mid string
	src xliff.Segment
	tgt *xliff.Segment
}

// sentences returns the sentences of a trans-unit: one per mid that its
// <seg-source> marks with <mrk mtype="seg"> when its <target> marks them
// too (as Okapi, Trados and other tools segment a paragraph; Trados puts
// the marks inside the paragraph's <g>, see segMarks), in the
// source's order, a sentence the target lacks without a target (so that
// it is counted as untranslated); else the whole source and target. A
// target segmented unlike its source (a mid the source lacks), or marks
// cut inside a pair of codes, leave the unit whole.
func sentences(xu *xliff.Unit) []sentence {
	whole := []sentence{{src: xu.Source, tgt: xu.Target}}
	if xu.SegSource == nil || xu.Target == nil || !strings.Contains(xu.SegSource.Markup, "<mrk") || !strings.Contains(xu.Target.Markup, "<mrk") {
		return whole
	}
	srcs, ok := segMarks(xu.SegSource.Markup)
	if !ok {
		return whole
	}
	tgts, ok := segMarks(xu.Target.Markup)
	if !ok {
		return whole
	}
	for _, t := range tgts {
		if !slices.ContainsFunc(srcs, func(s segMark) bool { return s.mid == t.mid }) {
			return whole // a target sentence of no source sentence: merged, or cut otherwise
		}
	}
	var out []sentence
	matched := false
	for _, s := range srcs {
		sg := s.seg
		sg.Lang = xu.Source.Lang
		sp := sentence{mid: s.mid, src: sg} // no target: untranslated
		for _, t := range tgts {
			if t.mid == s.mid {
				tg := t.seg
				tg.Lang = xu.Target.Lang
				sp.tgt, matched = &tg, true
				break
			}
		}
		out = append(out, sp)
	}
	if !matched {
		return whole
	}
	return out
}

// segMark is the content of a <mrk mtype="seg" mid="...">.
type segMark struct {
	mid string
	seg xliff.Segment
}

// segMarks returns the <mrk mtype="seg"> of markup wherever they sit
// (Trados Studio writes them inside the <g> of a paragraph's formatting),
// each a segment that converts to TMX (XLIFFToTMX); ok is false when there
// is none or one does not convert. A sentence inside <g> or other <mrk>
// keeps them around its content, as a pair of codes in each sentence a
// <g> spans: exported, each sentence is a TMX segment whose <bpt> and
// <ept> pair within it, which TMX requires and a re-import reads as it
// was; isolated codes (<it>) would leave the middle sentences of the <g>
// without it and tell a reader nothing it can pair. A mark inside native
// code (<bpt>, <ph>, <sub>, ...) is not a sentence of the text: ok is
// false. What lies between the marks (spaces, codes) is in no sentence.
func segMarks(markup string) (out []segMark, ok bool) {
	_, toks, err := xliff.Parse(markup)
	if err != nil {
		return nil, false
	}
	var open []xliff.Token // the elements open around the token read
	start := -1            // the token after the open mark's start, -1 outside a mark
	var mid string
	var around []xliff.Token // the elements around the open mark
	for i, t := range toks {
		switch t.Kind {
		case xliff.Start:
			if start < 0 && t.Name == "mrk" && xliff.Get(t.Attrs, "mtype") == "seg" && xliff.Get(t.Attrs, "mid") != "" {
				for _, o := range open {
					if o.Name != "g" && o.Name != "mrk" {
						return nil, false // a mark inside native code
					}
				}
				start, mid = i+1, xliff.Get(t.Attrs, "mid")
				around = slices.Clone(open)
			}
			open = append(open, t)
		case xliff.End:
			open = open[:len(open)-1]
			if start >= 0 && len(open) == len(around) {
				body := toks[start:i]
				inner := make([]xliff.Token, 0, len(body)+2*len(around))
				inner = append(inner, around...)
				inner = append(inner, body...)
				for k := len(around) - 1; k >= 0; k-- {
					inner = append(inner, xliff.Token{Kind: xliff.End, Name: around[k].Name})
				}
				m := xliff.Serialize(inner)
				text, parsed, err := xliff.Parse(m)
				if err != nil {
					return nil, false
				}
				if _, err := XLIFFToTMX(m); err != nil {
					return nil, false
				}
				seg := xliff.Segment{Text: text}
				for _, it := range parsed {
					if it.Kind != xliff.Text {
						seg.Markup = m
						break
					}
				}
				out = append(out, segMark{mid: mid, seg: seg})
				start, around = -1, nil
			}
		}
	}
	return out, len(out) > 0
}

// needLangErr is an XLIFF unit whose language neither the file nor the
// caller (src, tgt) gives: an *xliff.Error that is also ErrNeedLangs, so
// that the command line hints at --src and --tgt (Translate Toolkit
// writes files without target-language).
type needLangErr struct{ xe *xliff.Error }

func (e needLangErr) Error() string   { return e.xe.Error() }
func (e needLangErr) Unwrap() []error { return []error{e.xe, ErrNeedLangs} }

// fromXLIFF makes the Unit of one sentence pair sp of the XLIFF unit xu:
// its languages (xliffLang), its markup as TMX, the unit's bookkeeping
// (xliffProps), its notes (xliffNotes), and its origin.
func (c *langCache) fromXLIFF(xu *xliff.Unit, sp sentence, src, tgt, nameTgt language.Tag) (Unit, error) {
	sl, err := c.xliffLang(xu, sp.src.Lang, xu.File.SourceLang, src, "source")
	if err != nil {
		return Unit{}, err
	}
	if tgt == language.Und && nameTgt != sl {
		tgt = nameTgt // messages.fr.xlf, as Symfony and Angular name them
	}
	tl, err := c.xliffLang(xu, sp.tgt.Lang, xu.File.TargetLang, tgt, "target")
	if err != nil {
		return Unit{}, err
	}
	sm, err := XLIFFToTMX(sp.src.Markup)
	if err != nil {
		return Unit{}, &xliff.Error{Line: xu.Line, Col: xu.Col, Msg: fmt.Sprintf("%s source: %v", xu.Name(), err)}
	}
	tm, err := XLIFFToTMX(sp.tgt.Markup)
	if err != nil {
		return Unit{}, &xliff.Error{Line: xu.Line, Col: xu.Col, Msg: fmt.Sprintf("%s target: %v", xu.Name(), err)}
	}
	u := Unit{SrcLang: sl, Variants: []Variant{
		{Lang: sl, Text: sp.src.Text, Markup: sm},
		{Lang: tl, Text: sp.tgt.Text, Markup: tm},
	}}
	xliffProps(&u, xu, sp)
	xliffNotes(&u, xu, sp)
	if AlignPenalty(u.Origin) > 0 && (xu.IsApproved() || xu.State != "" && xu.State != "new" && !strings.HasPrefix(xu.State, "needs-")) {
		// The export said needs-review-translation; a reviewer who
		// moved it on (translated, signed-off, approved) confirmed it.
		u.Origin.File = ReviewedFile
	}
	return u, nil
}

// xliffLang is the source or target language (what) of a sentence of xu:
// the segment's xml:lang seg, else the file's file, else def, the
// caller's; with none of them, a needLangErr.
func (c *langCache) xliffLang(xu *xliff.Unit, seg, file string, def language.Tag, what string) (language.Tag, error) {
	code := seg
	if code == "" {
		code = file
	}
	if code == "" {
		if def == language.Und {
			return def, needLangErr{&xliff.Error{Line: xu.Line, Col: xu.Col, Msg: fmt.Sprintf("%s: no %s language (neither xml:lang nor the file's %s-language)", xu.Name(), what, what)}}
		}
		return def, nil
	}
	t, err := c.parse(code)
	if err != nil {
		return t, &xliff.Error{Line: xu.Line, Col: xu.Col, Msg: fmt.Sprintf("%s: %s language: %v", xu.Name(), what, err)}
	}
	return t, nil
}

// xliffProps gives u what xu says of itself besides its text: for
// bitext's own export, its tuid, review record and context; for any
// other file, its ids and states as props; then Trados's and memoQ's
// confirmation and origin of the sentence sp.
func xliffProps(u *Unit, xu *xliff.Unit, sp sentence) {
	add := func(typ, text string) {
		if text != "" {
			u.Props = append(u.Props, Prop{Type: typ, Text: text})
		}
	}
	if ownExport(xu) {
		// bitext's own export: its file name, ids and states are the
		// export's bookkeeping, not the unit's; its resname is the
		// unit's tuid. Kept as props they would make the unit a new
		// one when it comes back to the TM it left.
		u.ID = xu.ResName
		u.review = &reviewRecord{Line: xu.Line, State: xu.State, Approved: xu.Approved}
		for _, c := range xu.Contexts {
			switch c.Type {
			case ctxTypePrev:
				u.Prev = c.Text
			case ctxTypeNext:
				u.Next = c.Text
			case ctxTypeTarget:
				u.review.Exported, u.review.HasExported = c.Text, true
			}
		}
	} else {
		add(PropXLIFFFile, xu.File.Original)
		add(PropXLIFFID, xu.ID)
		add(PropXLIFFMid, sp.mid)
		add(PropXLIFFResName, xu.ResName)
		add(PropXLIFFApproved, xu.Approved)
		add(PropXLIFFState, xu.State)
	}
	for _, s := range xu.SDLSegs {
		if s.ID == sp.mid || sp.mid == "" && len(xu.SDLSegs) == 1 {
			add(PropSDLConf, s.Conf)
			add(PropSDLOrigin, s.Origin)
			add(PropSDLPercent, s.Percent)
			if s.Locked {
				add(PropSDLLocked, "true")
			}
		}
	}
	add(PropMQStatus, xu.MQStatus())
}

// xliffNotes gives u xu's notes, but for bitext's note of an aligned
// pair, read into u's origin instead (readAlignNote), and Trados's
// comments on the sentence sp's text (its source or target), each once.
func xliffNotes(u *Unit, xu *xliff.Unit, sp sentence) {
	for _, n := range xu.Notes {
		if n.From == "bitext" && readAlignNote(&u.Origin, n.Text) {
			continue // the unit's origin, as TMX's x-bitext-score is
		}
		u.Notes = append(u.Notes, Note{Lang: n.Lang, Text: n.Text})
	}
	if xu.File.Comments == nil {
		return
	}
	ids := xliff.CommentIDs(sp.src.Markup)
	for _, id := range xliff.CommentIDs(sp.tgt.Markup) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, id := range ids {
		for _, n := range xu.File.Comments[id] {
			u.Notes = append(u.Notes, Note{Text: n.Text})
		}
	}
}

// readAlignNote reads into o the note bitext's XLIFF export gives an
// aligned pair (xliffUnit): "aligned pair scored S (SRC / TGT)" or
// "aligned pair scored S, confirmed by a reviewer". Without it a pair the
// aligner doubted would come back from a round trip through a CAT tool
// as a translation nobody doubts, an exact match at 100. It reports
// whether text is such a note.
func readAlignNote(o *Origin, text string) bool {
	rest, ok := strings.CutPrefix(text, alignNotePrefix)
	if !ok {
		return false
	}
	num, docs, _ := strings.Cut(rest, " ")
	num, reviewed := strings.CutSuffix(num, ",")
	s, err := strconv.ParseFloat(num, 64)
	if err != nil || !(s > 0 && s <= 1) {
		return false
	}
	switch {
	case reviewed && docs == "confirmed by a reviewer":
		o.File = ReviewedFile
	case !reviewed && docs == "":
	case !reviewed && strings.HasPrefix(docs, "(") && strings.HasSuffix(docs, ")"):
		src, tgt, ok := strings.Cut(docs[1:len(docs)-1], " / ")
		if !ok {
			return false
		}
		o.SrcDoc, o.TgtDoc = src, tgt
	default:
		return false
	}
	o.Score = s
	return true
}

// XLIFFToTMX converts XLIFF 1.2 segment markup to TMX 1.4 segment markup
// with the same plain text: <g> becomes a <bpt>/<ept> pair, <x> a <ph>,
// <bx>/<ex> and <it> isolated <it>s (pos begin/end), <bpt>/<ept>/<ph> stay
// with their native code (paired by a new i), <mrk> becomes <hi> typed by
// its mtype, <sub> stays. The XLIFF id is kept as TMX's x. "" stays "".
//
// The XLIFF elements that hold no native code (g, x, bx, ex) have
// themselves, as written, for the TMX element's native code, as Okapi
// writes them: <x id="INTERPOLATION" equiv-text="{{ n }}"/> becomes <ph
// x="INTERPOLATION">&lt;x id="INTERPOLATION" equiv-text="{{ n }}"/&gt;</ph>.
// An empty TMX code would lose what the placeholder was (Angular's and
// Xcode's equiv-text), and tools that read TMX name a code by its content:
// OmegaT shows it as <x0/>, like its XLIFF filter shows the <x/>, where an
// empty <ph> is <f0/>, and Okapi compares codes by their data.
func XLIFFToTMX(markup string) (string, error) {
	if markup == "" {
		return "", nil
	}
	_, toks, err := xliff.Parse(markup)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	var stack []xliffOpen
	p := codePairs{pairs: map[string]string{}, opened: map[string]int{}}
	for k, t := range toks {
		switch t.Kind {
		case xliff.Text:
			b.WriteString(xliff.EscapeText(t.Text))
		case xliff.Start:
			empty := k+1 < len(toks) && toks[k+1].Kind == xliff.End
			if o, ok := tmxStart(&b, t, k, empty, &p); ok {
				stack = append(stack, o)
			}
		case xliff.End:
			switch t.Name {
			case "x", "bx", "ex":
				continue // written whole at their start
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			tmxEnd(&b, o, k > 0 && toks[k-1].Kind == xliff.Start)
		}
	}
	return b.String(), nil
}

// xliffOpen is an XLIFF element open in XLIFFToTMX: the TMX element it
// became, and for a <g> the i of the <bpt> its end must close.
type xliffOpen struct{ name, i string }

// codePairs is the TMX i XLIFFToTMX gives each paired code: the last i
// given, and the pairs whose end is still to come.
type codePairs struct {
	next   int               // the last TMX i given
	pairs  map[string]string // XLIFF bpt key -> TMX i
	opened map[string]int    // XLIFF bpt key -> place, for an ept without id
}

// newI gives the next TMX i, counting from 1 in each segment.
func (p *codePairs) newI() string { p.next++; return strconv.Itoa(p.next) }

// closePair finds the <bpt> the XLIFF <ept> t (its id id) closes and
// gives its TMX i ("" when none is open), the pair then closed: by rid or
// id, or without either the last one opened.
func (p *codePairs) closePair(t xliff.Token, id string) string {
	key, alt := xliff.PairKeys(t.Attrs)
	if id == "" && xliff.Get(t.Attrs, "rid") == "" {
		key = xliff.LastOpen(p.opened, func(k int) int { return k })
	}
	if _, ok := p.pairs[key]; !ok {
		key = alt
	}
	i := p.pairs[key]
	delete(p.pairs, key)
	delete(p.opened, key)
	return i
}

// tmxStart writes to b the TMX of the XLIFF element t opening at token k,
// empty when its end is the next token (it is written <name/> then), a
// paired code's i from p. It gives the element left open, if any: <x>,
// <bx> and <ex> are written whole (tmxCoded).
func tmxStart(b *strings.Builder, t xliff.Token, k int, empty bool, p *codePairs) (xliffOpen, bool) {
	id := xliff.Get(t.Attrs, "id")
	switch t.Name {
	case "g":
		i := p.newI()
		tmxCoded(b, "bpt", t, false, "i", i, "x", id, "type", xliff.Get(t.Attrs, "ctype"))
		return xliffOpen{"g", i}, true
	case "x":
		tmxCoded(b, "ph", t, true, "x", id, "type", xliff.Get(t.Attrs, "ctype"))
	case "bx":
		tmxCoded(b, "it", t, true, "pos", "begin", "x", id, "type", xliff.Get(t.Attrs, "ctype"))
	case "ex":
		tmxCoded(b, "it", t, true, "pos", "end", "x", id)
	case "bpt":
		i := p.newI()
		key, _ := xliff.PairKeys(t.Attrs)
		p.pairs[key], p.opened[key] = i, k
		tmxTag(b, "bpt", empty, "i", i, "x", id, "type", xliff.Get(t.Attrs, "ctype"))
		return xliffOpen{"bpt", ""}, true
	case "ept":
		tmxTag(b, "ept", empty, "i", p.closePair(t, id))
		return xliffOpen{"ept", ""}, true
	case "ph":
		tmxTag(b, "ph", empty, "x", id, "type", xliff.Get(t.Attrs, "ctype"))
		return xliffOpen{"ph", ""}, true
	case "it":
		pos := "begin"
		if xliff.Get(t.Attrs, "pos") == "close" {
			pos = "end"
		}
		tmxTag(b, "it", empty, "pos", pos, "x", id, "type", xliff.Get(t.Attrs, "ctype"))
		return xliffOpen{"it", ""}, true
	case "mrk":
		tmxTag(b, "hi", empty, "type", xliff.Get(t.Attrs, "mtype"))
		return xliffOpen{"hi", ""}, true
	case "sub":
		tmxTag(b, "sub", empty, "datatype", xliff.Get(t.Attrs, "datatype"), "type", xliff.Get(t.Attrs, "ctype"))
		return xliffOpen{"sub", ""}, true
	}
	return xliffOpen{}, false
}

// tmxEnd writes to b the end of the element o: the <ept> of a <g>,
// nothing for an element written empty, else the TMX element's end tag.
func tmxEnd(b *strings.Builder, o xliffOpen, empty bool) {
	switch {
	case o.name == "g":
		tmxTag(b, "ept", false, "i", o.i)
		b.WriteString(xliff.EscapeText("</g>") + "</ept>")
	case empty: // written as an empty element
	default:
		b.WriteString("</" + o.name + ">")
	}
}

// tmxTag writes to b the start of the TMX element name, <name/> if empty,
// with attrs as name-value pairs, those with an empty value left out.
func tmxTag(b *strings.Builder, name string, empty bool, attrs ...string) {
	b.WriteString("<" + name)
	for k := 0; k+1 < len(attrs); k += 2 {
		if attrs[k+1] == "" {
			continue
		}
		b.WriteString(" " + attrs[k] + `="`)
		b.WriteString(xliff.EscapeAttr(attrs[k+1]))
		b.WriteString(`"`)
	}
	if empty {
		b.WriteString("/>")
	} else {
		b.WriteString(">")
	}
}

// tmxNative writes to b the XLIFF element t itself as TMX native code.
func tmxNative(b *strings.Builder, t xliff.Token, empty bool) {
	var n strings.Builder
	n.WriteString("<" + t.Name)
	for _, a := range t.Attrs {
		n.WriteString(" " + a.Name + `="` + xliff.EscapeAttr(a.Value) + `"`)
	}
	if empty {
		n.WriteString("/>")
	} else {
		n.WriteString(">")
	}
	b.WriteString(xliff.EscapeText(n.String()))
}

// tmxCoded writes to b the TMX element name (attrs as tmxTag takes them)
// with the XLIFF element t as its native code.
func tmxCoded(b *strings.Builder, name string, t xliff.Token, empty bool, attrs ...string) {
	tmxTag(b, name, false, attrs...)
	tmxNative(b, t, empty)
	b.WriteString("</" + name + ">")
}
