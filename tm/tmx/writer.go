package tmx

import (
	"bufio"
	"io"
	"strings"
)

// tuAttrs and tuvAttrs are the attributes the TMX 1.4 DTD allows on <tu>
// and <tuv> (besides xml:lang); the Writer drops others.
var (
	tuAttrs = set("tuid", "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool",
		"creationtoolversion", "creationdate", "creationid", "changedate", "segtype", "changeid",
		"o-tmf", "srclang")
	tuvAttrs = set("o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool",
		"creationtoolversion", "creationdate", "creationid", "changedate", "o-tmf", "changeid")
	headerAttrs = set("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang",
		"srclang", "datatype", "o-encoding", "creationdate", "creationid", "changedate", "changeid")
)

func set(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

// headerDefaults are the required header attributes (TMX 1.4 DTD) and the
// values written when the Header lacks them.
var headerDefaults = []Attr{
	{"creationtool", "bitext"},
	{"creationtoolversion", "1"},
	{"segtype", "sentence"},
	{"o-tmf", "bitext"},
	{"adminlang", "en"},
	{"srclang", "*all*"},
	{"datatype", "plaintext"},
}

// Writer writes a TMX 1.4b document, one unit at a time. What it writes is
// valid against the TMX 1.4 DTD. It is not safe for concurrent use.
type Writer struct {
	w   *bufio.Writer
	b   strings.Builder
	err error
}

// NewWriter writes the prolog and the header h to w and returns a Writer
// for the units. Missing required header attributes get defaults.
func NewWriter(w io.Writer, h Header) (*Writer, error) {
	wr := &Writer{w: bufio.NewWriterSize(w, 64<<10)}
	b := &wr.b
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n  <header")
	attrs := append([]Attr(nil), h.Attrs...)
	for _, d := range headerDefaults {
		if Get(attrs, d.Name) == "" {
			attrs = Set(attrs, d.Name, d.Value)
		}
	}
	if !validSegtype(Get(attrs, "segtype")) {
		attrs = Set(attrs, "segtype", "sentence")
	}
	writeAttrs(b, attrs, headerAttrs)
	if len(h.Props) == 0 && len(h.Notes) == 0 && len(h.UDEs) == 0 {
		b.WriteString("/>\n")
	} else {
		b.WriteString(">\n")
		writeNotesProps(b, "    ", h.Notes, h.Props)
		for _, u := range h.UDEs {
			if len(u.Maps) == 0 {
				continue // the DTD wants at least one map
			}
			b.WriteString(`    <ude name="`)
			escapeAttr(b, u.Name)
			b.WriteByte('"')
			if u.Base != "" {
				b.WriteString(` base="`)
				escapeAttr(b, u.Base)
				b.WriteByte('"')
			}
			b.WriteString(">\n")
			for _, m := range u.Maps {
				b.WriteString("      <map")
				writeAttrs(b, []Attr{{"unicode", m.Unicode}, {"code", m.Code}, {"ent", m.Ent}, {"subst", m.Subst}}, nil)
				b.WriteString("/>\n")
			}
			b.WriteString("    </ude>\n")
		}
		b.WriteString("  </header>\n")
	}
	b.WriteString("  <body>\n")
	return wr, wr.flush()
}

func validSegtype(s string) bool {
	return s == "block" || s == "paragraph" || s == "sentence" || s == "phrase"
}

func writeAttrs(b *strings.Builder, attrs []Attr, allowed map[string]bool) {
	for _, a := range attrs {
		if a.Value == "" || (allowed != nil && !allowed[a.Name]) {
			continue
		}
		if a.Name == "segtype" && !validSegtype(a.Value) {
			continue
		}
		b.WriteByte(' ')
		b.WriteString(a.Name)
		b.WriteString(`="`)
		escapeAttr(b, a.Value)
		b.WriteByte('"')
	}
}

func writeNotesProps(b *strings.Builder, indent string, notes []Note, props []Prop) {
	for _, n := range notes {
		b.WriteString(indent)
		b.WriteString("<note")
		writeAttrs(b, []Attr{{"xml:lang", n.Lang}, {"o-encoding", n.Encoding}}, nil)
		b.WriteByte('>')
		escapeText(b, n.Text)
		b.WriteString("</note>\n")
	}
	for _, p := range props {
		typ := p.Type
		if typ == "" {
			typ = "x-unknown" // type is required
		}
		b.WriteString(indent)
		b.WriteString("<prop")
		writeAttrs(b, []Attr{{"type", typ}, {"xml:lang", p.Lang}, {"o-encoding", p.Encoding}}, nil)
		b.WriteByte('>')
		escapeText(b, p.Text)
		b.WriteString("</prop>\n")
	}
}

// Write writes one translation unit. A variant's Markup is written as is
// when set (it must be the content of a <seg>, as the Reader returns it);
// otherwise its Text is escaped.
func (w *Writer) Write(tu *TU) error {
	if w.err != nil {
		return w.err
	}
	b := &w.b
	b.WriteString("    <tu")
	writeAttrs(b, tu.Attrs, tuAttrs)
	b.WriteString(">\n")
	writeNotesProps(b, "      ", tu.Notes, tu.Props)
	for i := range tu.Variants {
		v := &tu.Variants[i]
		b.WriteString(`      <tuv xml:lang="`)
		escapeAttr(b, v.Lang)
		b.WriteByte('"')
		writeAttrs(b, v.Attrs, tuvAttrs)
		b.WriteString(">\n")
		writeNotesProps(b, "        ", v.Notes, v.Props)
		b.WriteString("        <seg>")
		if v.Markup != "" {
			b.WriteString(v.Markup)
		} else {
			escapeText(b, v.Text)
		}
		b.WriteString("</seg>\n      </tuv>\n")
	}
	b.WriteString("    </tu>\n")
	if b.Len() > 32<<10 {
		return w.flush()
	}
	return nil
}

func (w *Writer) flush() error {
	if w.err != nil {
		return w.err
	}
	if _, err := w.w.WriteString(w.b.String()); err != nil {
		w.err = err
	}
	w.b.Reset()
	return w.err
}

// Close ends the document and flushes it. It does not close the underlying
// writer.
func (w *Writer) Close() error {
	w.b.WriteString("  </body>\n</tmx>\n")
	if err := w.flush(); err != nil {
		return err
	}
	w.err = w.w.Flush()
	return w.err
}
