package xliff

import (
	"bufio"
	"encoding/base64"
	"errors"
	"io"
	"strings"

	"github.com/bitext/bitext/tm/internal/xmlin"
)

// Header is what a Writer writes in the <file> element and its <header>.
type Header struct {
	// Original names the source document (required by XLIFF; "" writes
	// "unknown").
	Original string
	// SourceLang and TargetLang are BCP 47 tags (SourceLang is required).
	SourceLang, TargetLang string
	// Datatype is the document's kind: "plaintext", "html", "xml", ... (""
	// writes "plaintext").
	Datatype string
	// ToolID, ToolName and ToolVersion describe the tool writing the file
	// (a <tool> in the header); alt-trans elements may refer to ToolID.
	ToolID, ToolName, ToolVersion string
	// Skeleton, if not nil, is written base64-encoded as the header's
	// <skl><internal-file>: what a tool needs to rebuild the document.
	Skeleton []byte
}

// Writer writes an XLIFF 1.2 document of one <file>. It is not safe for
// concurrent use.
type Writer struct {
	w   *bufio.Writer
	h   Header
	err error
}

// NewWriter writes the XML declaration, the <xliff> and <file> start tags
// and the header to w.
func NewWriter(w io.Writer, h Header) (*Writer, error) {
	if h.SourceLang == "" {
		return nil, errors.New("xliff: the source language is required")
	}
	if h.Original == "" {
		h.Original = "unknown"
	}
	if h.Datatype == "" {
		h.Datatype = "plaintext"
	}
	xw := &Writer{w: bufio.NewWriterSize(w, 64<<10), h: h}
	b := &strings.Builder{}
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<xliff version="1.2" xmlns="` + Namespace12 + `">` + "\n")
	b.WriteString("<file")
	writeAttr(b, "original", h.Original)
	writeAttr(b, "source-language", h.SourceLang)
	writeAttr(b, "target-language", h.TargetLang)
	writeAttr(b, "datatype", h.Datatype)
	b.WriteString(">\n")
	if h.Skeleton != nil || h.ToolID != "" {
		b.WriteString("<header>\n")
		if h.Skeleton != nil {
			b.WriteString(`<skl><internal-file form="base64">`)
			enc := base64.StdEncoding.EncodeToString(h.Skeleton)
			for len(enc) > 76 {
				b.WriteString(enc[:76])
				b.WriteByte('\n')
				enc = enc[76:]
			}
			b.WriteString(enc)
			b.WriteString("</internal-file></skl>\n")
		}
		if h.ToolID != "" {
			b.WriteString("<tool")
			writeAttr(b, "tool-id", h.ToolID)
			writeAttr(b, "tool-name", h.ToolName)
			writeAttr(b, "tool-version", h.ToolVersion)
			b.WriteString("/>\n")
		}
		b.WriteString("</header>\n")
	}
	b.WriteString("<body>\n")
	if _, err := xw.w.WriteString(b.String()); err != nil {
		return nil, err
	}
	return xw, nil
}

func writeAttr(b *strings.Builder, name, value string) {
	if value == "" {
		return
	}
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	xmlin.AttrEscaper.WriteString(b, value)
	b.WriteByte('"')
}

// unitAttrs are the trans-unit attributes of the strict schema that Unit
// does not hold in fields of its own; others in Unit.Attrs are not written.
var unitAttrs = map[string]bool{"restype": true, "xml:space": true, "datatype": true, "extradata": true,
	"help-id": true, "menu": true, "menu-option": true, "menu-name": true, "coord": true, "font": true,
	"css-style": true, "style": true, "exstyle": true, "extype": true, "maxbytes": true, "minbytes": true,
	"size-unit": true, "maxheight": true, "minheight": true, "maxwidth": true, "minwidth": true,
	"charclass": true, "phase-name": true, "reformat": true}

// checkMarkup reports whether markup is well-formed segment content.
func checkMarkup(what string, s Segment) error {
	if s.Markup == "" {
		return nil
	}
	if _, _, err := Parse(s.Markup); err != nil {
		return errors.New("xliff: " + what + " markup: " + err.Error())
	}
	return nil
}

func writeSegment(b *strings.Builder, name string, s Segment, extra ...Attr) {
	b.WriteString("<" + name)
	writeAttr(b, "xml:lang", s.Lang)
	for _, a := range extra {
		writeAttr(b, a.Name, a.Value)
	}
	b.WriteByte('>')
	b.WriteString(s.XML())
	b.WriteString("</" + name + ">\n")
}

func writeNotes(b *strings.Builder, notes []Note) {
	for _, n := range notes {
		b.WriteString("<note")
		writeAttr(b, "xml:lang", n.Lang)
		writeAttr(b, "from", n.From)
		b.WriteByte('>')
		xmlin.TextEscaper.WriteString(b, n.Text)
		b.WriteString("</note>\n")
	}
}

// Write writes one <trans-unit>. The unit needs an ID; File, Line, Groups
// and SegSource are not written, nor Attrs unknown to XLIFF 1.2. Markup
// that is not well-formed segment content is refused.
func (w *Writer) Write(u *Unit) error {
	if w.err != nil {
		return w.err
	}
	if u.ID == "" {
		return errors.New("xliff: a trans-unit needs an id")
	}
	if err := checkMarkup("source", u.Source); err != nil {
		return err
	}
	if u.Target != nil {
		if err := checkMarkup("target", *u.Target); err != nil {
			return err
		}
	}
	for _, a := range u.AltTrans {
		if err := checkMarkup("alt-trans target", a.Target); err != nil {
			return err
		}
	}
	b := &strings.Builder{}
	b.WriteString("<trans-unit")
	writeAttr(b, "id", u.ID)
	writeAttr(b, "resname", u.ResName)
	writeAttr(b, "approved", u.Approved)
	if !u.Translate {
		writeAttr(b, "translate", "no")
	}
	for _, a := range u.Attrs {
		if unitAttrs[a.Name] {
			writeAttr(b, a.Name, a.Value)
		}
	}
	b.WriteString(">\n")
	writeSegment(b, "source", u.Source)
	if u.Target != nil {
		writeSegment(b, "target", *u.Target, Attr{"state", u.State}, Attr{"state-qualifier", u.StateQualifier})
	}
	for _, a := range u.AltTrans {
		b.WriteString("<alt-trans")
		writeAttr(b, "match-quality", a.MatchQuality)
		writeAttr(b, "tool-id", a.ToolID)
		writeAttr(b, "origin", a.Origin)
		writeAttr(b, "extype", a.ExType)
		writeAttr(b, "alttranstype", a.Type)
		b.WriteString(">\n")
		if a.Source != nil {
			writeSegment(b, "source", *a.Source)
		}
		writeSegment(b, "target", a.Target)
		writeNotes(b, a.Notes)
		b.WriteString("</alt-trans>\n")
	}
	writeNotes(b, u.Notes)
	if len(u.Contexts) > 0 {
		b.WriteString("<context-group purpose=\"match\">\n")
		for _, c := range u.Contexts {
			b.WriteString("<context")
			writeAttr(b, "context-type", c.Type)
			b.WriteByte('>')
			xmlin.TextEscaper.WriteString(b, c.Text)
			b.WriteString("</context>\n")
		}
		b.WriteString("</context-group>\n")
	}
	b.WriteString("</trans-unit>\n")
	_, w.err = w.w.WriteString(b.String())
	return w.err
}

// Close ends the document and flushes it; it does not close the underlying
// writer.
func (w *Writer) Close() error {
	if w.err != nil {
		return w.err
	}
	if _, err := w.w.WriteString("</body>\n</file>\n</xliff>\n"); err != nil {
		w.err = err
		return err
	}
	w.err = w.w.Flush()
	if w.err == nil {
		w.err = errors.New("xliff: writer closed")
		return nil
	}
	return w.err
}

// StartGroup opens a <group> (with its id and restype, if not ""); the
// units written until EndGroup are in it. A group needs at least one unit.
func (w *Writer) StartGroup(id, restype string) error {
	if w.err != nil {
		return w.err
	}
	b := &strings.Builder{}
	b.WriteString("<group")
	writeAttr(b, "id", id)
	writeAttr(b, "restype", restype)
	b.WriteString(">\n")
	_, w.err = w.w.WriteString(b.String())
	return w.err
}

// EndGroup closes the group StartGroup opened.
func (w *Writer) EndGroup() error {
	if w.err != nil {
		return w.err
	}
	_, w.err = w.w.WriteString("</group>\n")
	return w.err
}
