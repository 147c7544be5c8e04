package xliff

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bitext/bitext/tm/textio"
)

// Namespaces of the XLIFF versions the reader takes.
const (
	// Namespace12 is the namespace of XLIFF 1.2, which the Writer writes.
	Namespace12 = "urn:oasis:names:tc:xliff:document:1.2"
	// Namespace11 is the namespace of XLIFF 1.1, which the reader also takes.
	Namespace11 = "urn:oasis:names:tc:xliff:document:1.1"
)

// Error is a problem in an XLIFF document, with the line where it is.
type Error struct {
	Line int
	// Col is the column on a long line (a file written without line
	// breaks; see xmlin.Decoder.Column), 0 on any other.
	Col int
	Msg string
	// Repairable is true when Reader.Repair would have fixed the problem
	// (an unpaired <bpt> or <ept>).
	Repairable bool
}

func (e *Error) Error() string { return textio.Where(e.Line, e.Col) + ": " + e.Msg }

// Attr is an attribute of an element, by its name as written ("resname",
// "xml:space", "okp:engine").
type Attr struct {
	Name, Value string
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

// File is a <file> element: the document a run of units comes from.
type File struct {
	// Line is the line of the <file> start tag.
	Line int
	// Original, SourceLang, TargetLang and Datatype are the attributes of
	// those names (source-language, target-language). The languages are as
	// written.
	Original, SourceLang, TargetLang, Datatype string
	// Attrs are the other attributes, in document order.
	Attrs []Attr
	// Skeleton is the content of <header><skl><internal-file>, decoded
	// from base64 when its form says so; nil when there is none.
	Skeleton []byte
	// Tool is the tool-name of the header's first <tool>, "" if none.
	Tool string
	// Comments are Trados Studio's comments (SDLXLIFF: <doc-info>'s
	// <cmt-def id>), by id; text marked <mrk mtype="x-sdl-comment"
	// sdl:cid="id"> in a segment carries the comments of that id (see
	// CommentIDs). Nil when the document has none. Do not modify.
	Comments map[string][]Note
}

// CommentIDs returns the ids (sdl:cid) of the Trados comments whose marks
// (<mrk mtype="x-sdl-comment">) are in markup, in order, each once; their
// text is in the File's Comments.
func CommentIDs(markup string) []string {
	if !strings.Contains(markup, "x-sdl-comment") {
		return nil
	}
	_, toks, err := Parse(markup)
	if err != nil {
		return nil
	}
	var ids []string
	for _, t := range toks {
		if t.Kind != Start || t.Name != "mrk" || Get(t.Attrs, "mtype") != "x-sdl-comment" {
			continue
		}
		for _, a := range t.Attrs {
			if (a.Name == "cid" || strings.HasSuffix(a.Name, ":cid")) && a.Value != "" && !slices.Contains(ids, a.Value) {
				ids = append(ids, a.Value)
			}
		}
	}
	return ids
}

// Segment is the content of a <source>, <target> or <seg-source>.
type Segment struct {
	// Lang is the element's xml:lang as written, "" if none.
	Lang string
	// Text is the plain text: character data outside native code (see the
	// package documentation).
	Text string
	// Markup is the content as XML with its inline elements, "" when it has
	// none (then Text is the whole content).
	Markup string
}

// XML returns the segment's content as XML: Markup, or Text escaped.
func (s Segment) XML() string {
	if s.Markup != "" {
		return s.Markup
	}
	return EscapeText(s.Text)
}

// AltTrans is an <alt-trans>: a proposed translation, as from a TM.
type AltTrans struct {
	// MatchQuality is the match-quality attribute as written ("100", "87%").
	MatchQuality string
	// Origin is the origin attribute: where the proposal comes from.
	Origin string
	// ToolID, Type (alttranstype) and ExType (extype) are the attributes
	// of those names.
	ToolID, Type, ExType string
	// Source is the proposal's source, nil when absent.
	Source *Segment
	Target Segment
	Notes  []Note
}

// Note is a <note>.
type Note struct {
	From, Lang string
	Text       string
}

// Unit is a <trans-unit> (of XLIFF 2: a <segment> of a <unit>, see xliff2.go).
type Unit struct {
	// File is the <file> the unit is in (shared by its units; do not modify).
	File *File
	// Line is the line of the <trans-unit> start tag; Col its column on a
	// long line (as Error.Col, for the errors of a reader of units), 0 on
	// any other.
	Line, Col int
	// ID is the id attribute (unique within the file); ResName the resname.
	// ID is "" when the unit has none: XLIFF requires it, but files that
	// OmegaT's tests and older tools write leave it out, and OmegaT and
	// Translate Toolkit read them; a reader that needs it checks it.
	ID, ResName string
	// Approved is the approved attribute: "yes", "no" or "" (absent).
	Approved string
	// Translate is false when translate="no".
	Translate bool
	// Attrs are the other attributes (restype, xml:space, extensions, ...),
	// in document order.
	Attrs  []Attr
	Source Segment
	// SegSource is the <seg-source>, nil when absent.
	SegSource *Segment
	// Target is the <target>, nil when absent.
	Target *Segment
	// State and StateQualifier are the target's state and state-qualifier.
	State, StateQualifier string
	AltTrans              []AltTrans
	// Matches is the number of <mtc:match> of an XLIFF 2 unit's
	// <mtc:matches> (the matches module: translation candidates from a TM
	// or MT), which are not read; set on the unit's first segment only.
	Matches int
	Notes   []Note
	// Contexts are the <context> elements of the unit's <context-group>s,
	// in document order.
	Contexts []Context
	// Groups are the ids of the <group>s around the unit, outermost first.
	Groups []string
	// SDLSegs are the <sdl:seg> of the unit's <sdl:seg-defs>: Trados
	// Studio's record of each sentence (SDLXLIFF), nil when it has none.
	// The elements are known by their namespace (SDLNamespace).
	SDLSegs []SDLSeg

	mqStatus string // see MQStatus
	v2       bool   // read from XLIFF 2: a <unit>'s <segment>
}

// Context is a <context> of a <context-group>: its context-type (such as
// "x-bitext-prev") and its text. The Writer writes a unit's Contexts as
// one <context-group purpose="match">.
type Context struct {
	Type, Text string
}

// SDLSeg is an <sdl:seg>, which Trados Studio writes in a trans-unit's
// <sdl:seg-defs> for each sentence (<mrk mtype="seg">) of its target. Its
// attributes are documented with the Trados Studio API
// (Sdl.Core.Globalization.ConfirmationLevel, DefaultTranslationOrigin).
type SDLSeg struct {
	// ID is the mid of the sentence it describes.
	ID string
	// Conf is the confirmation level as written: "Draft", "Translated",
	// "RejectedTranslation", "ApprovedTranslation", "RejectedSignOff",
	// "ApprovedSignOff"; "" (Unspecified) when the sentence is not
	// translated.
	Conf string
	// Origin is where the translation comes from: "interactive" (typed or
	// edited by a person), "tm", "mt", "nmt", "auto-propagated",
	// "document-match", "source" (a copy), ...; "" if unknown.
	Origin string
	// Percent is the percent attribute as written: the match value of the
	// translation's origin (a TM match's 0 to 100), "" if none.
	Percent string
	// Locked is true when locked="true": the sentence may not be edited.
	Locked bool
}

// The namespaces of the CAT tools' extensions that the Reader reads, by
// URI, whatever prefix a file binds to them (Trados and memoQ write sdl and
// mq; another tool may write another, or use sdl for something else).
const (
	// SDLNamespace is Trados Studio's (SDLXLIFF: <sdl:seg-defs>).
	SDLNamespace = "http://sdl.com/FileTypes/SdlXliff/1.0"
	// MemoQNamespace is memoQ's (MQXLIFF: the mq:status attribute, the
	// mq:comments of a unit).
	MemoQNamespace = "MQXliff"
	// AcrossNamespace is Across Language Server's (its XLIFF: comments in
	// a unit's ax:named-properties).
	AcrossNamespace = "AcrossXliff"
	// MatchesNamespace is XLIFF 2's matches module (<mtc:matches>), whose
	// candidates the reader counts (Unit.Matches) and does not read.
	MatchesNamespace = "urn:oasis:names:tc:xliff:matches:2.0"
)

// MQStatus returns the unit's mq:status as the Reader read it: the
// status attribute in memoQ's namespace (MemoQNamespace), memoQ's row
// status ("NotStarted", "PartiallyEdited", "Pretranslated",
// "MachineTranslated", "AssembledFromFragments", "ManuallyConfirmed",
// "Reviewer1Confirmed", "Proofread", "Rejected"), or "" when it has none.
// The attribute is in Attrs too, under the prefix the file gives it.
func (u *Unit) MQStatus() string { return u.mqStatus }

// IsApproved reports whether the unit's translation is approved: approved
// is "yes", or the target's state is final or signed-off.
func (u *Unit) IsApproved() bool {
	return u.Approved == "yes" || u.State == "final" || u.State == "signed-off"
}

// tag is the unit's start tag as messages name it: <trans-unit id="7">,
// or <trans-unit> when it has no id.
func (u *Unit) tag() string {
	if u.ID == "" {
		return "<trans-unit>"
	}
	return fmt.Sprintf("<trans-unit id=%q>", u.ID)
}

// element is the name of the element the unit was read from.
func (u *Unit) element() string {
	if u.v2 {
		return "unit"
	}
	return "trans-unit"
}

// Name is the unit as messages name it: trans-unit "7", or "trans-unit
// (no id)" (the message's line says which).
func (u *Unit) Name() string {
	if u.ID == "" {
		return u.element() + " (no id)"
	}
	return fmt.Sprintf("%s %q", u.element(), u.ID)
}
