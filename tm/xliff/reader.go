package xliff

import (
	"encoding/base64"
	"encoding/xml"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/bitext/bitext/tm/internal/xmlin"
)

// Reader reads an XLIFF document one trans-unit at a time, in constant
// memory (a unit's segments at a time). It is not safe for concurrent use.
type Reader struct {
	// Repair makes the reader fix unpaired inline codes instead of
	// failing: an <ept> without its <bpt>, a <bpt> without its <ept> (by
	// rid, else id, in the segment) or a second <bpt> of the same key
	// before the first is closed becomes an isolated <it>. Each fix is
	// told to Warn, when set.
	Repair bool
	Warn   func(*Error)

	in      *xmlin.Decoder
	version string
	prefix  string // the prefix bound to the XLIFF namespace, "" for the default one
	file    *File
	// comments are the Trados comments of the document's <doc-info>
	// (see File.Comments).
	comments map[string][]Note
	groups   []string
	toks     []Token
	done     bool
	err      error

	v2           bool   // an XLIFF 2 document (see xliff2.go)
	v2src, v2tgt string // its srcLang and trgLang
	queue        []Unit // the segments of an XLIFF 2 unit not yet returned
	v2no         []bool // translate="no" of the file (XLIFF 2) and groups around, as inherited
}

// NewReader reads the prolog and the <xliff> start tag from r and returns a
// reader positioned before the first unit. It detects UTF-16 and UTF-8 with
// or without a byte order mark; other encodings named in the XML
// declaration are decoded.
func NewReader(r io.Reader) (*Reader, error) {
	in, err := xmlin.NewDecoder(r, xmlin.Options{NewError: newError, CopyText: true})
	if err != nil {
		return nil, err
	}
	rd := &Reader{in: in}
	if err := rd.readRoot(); err != nil {
		return nil, err
	}
	return rd, nil
}

// Version is the version attribute of the <xliff> element ("1.2").
func (r *Reader) Version() string { return r.version }

// newError makes the errors of the XML input layer *Error values.
func newError(line, col int, msg string) error { return &Error{Line: line, Col: col, Msg: msg} }

// errf and errAt are *Error values at the current line and at line
// (newError, by way of the decoder).
func (r *Reader) errf(format string, args ...any) error { return r.in.Errorf(format, args...) }

func (r *Reader) errAt(line int, format string, args ...any) error {
	return r.in.ErrorAt(line, format, args...)
}

func (r *Reader) here() place { return place{r.in.Line, r.in.Column(r.in.Line)} }

func (r *Reader) errIn(p place, format string, args ...any) error {
	return &Error{Line: p.line, Col: p.col, Msg: fmt.Sprintf(format, args...)}
}

func (r *Reader) xprefix() string { return r.prefix }

func (r *Reader) repair(p place, msg string) bool {
	if r.Repair && r.Warn != nil {
		r.Warn(&Error{Line: p.line, Col: p.col, Msg: msg})
	}
	return r.Repair
}

// tok returns the next token, checking that end tags match start tags.
// Its character data may be kept.
func (r *Reader) tok() (xml.Token, error) { return r.in.Tok() }

// bodyToken returns the next token between the elements next and next2
// parse, passing over what xmlin.Ignorable passes over; at the end of the
// input it sets r.done and returns io.EOF. Both versions walk the body so.
func (r *Reader) bodyToken() (xml.Token, error) {
	for {
		t, err := r.tok()
		if err == io.EOF {
			r.done = true
		}
		if err != nil || !xmlin.Ignorable(t) {
			return t, err
		}
	}
}

// isX reports whether n is the XLIFF element named local.
func (r *Reader) isX(n xml.Name, local string) bool {
	if n.Local != local {
		return false
	}
	if n.Space == r.prefix {
		return true
	}
	// XLIFF's namespace under another prefix: Translate Toolkit's po2xliff
	// with an XLIFF template writes <ns0:trans-unit xmlns:ns0="...1.1">.
	switch r.in.NS(n.Space) {
	case Namespace12, Namespace11:
		return true
	}
	return false
}

// isSDL reports whether n, an element's name, is local in Trados Studio's
// namespace (SDLNamespace), whatever prefix the file binds to it.
func (r *Reader) isSDL(n xml.Name, local string) bool {
	return n.Local == local && r.in.NS(n.Space) == SDLNamespace
}

func (r *Reader) readRoot() error {
	se, err := r.in.Root("an XLIFF document", "xliff", nil)
	if err != nil {
		return err
	}
	r.prefix = se.Name.Space
	ns := xmlin.Attr(se.Attr, "", "xmlns")
	if r.prefix != "" {
		ns = xmlin.Attr(se.Attr, "xmlns", r.prefix)
	}
	r.version = xmlin.Attr(se.Attr, "", "version")
	if ns == "" && strings.HasPrefix(r.version, "2.") {
		// OpenTM2 (and translate5's t5memory) write XLIFF 2.0 without
		// its namespace: <xliff version="2.0" srcLang="en-US" ...>.
		ns = "urn:oasis:names:tc:xliff:document:" + r.version
	}
	switch ns {
	case Namespace12, Namespace11:
	case "":
		if r.version == "" {
			return r.errf("not an XLIFF document: <xliff> has neither the XLIFF namespace nor a version")
		}
	default:
		if isV2(ns) {
			r.v2 = true
			r.v2src, r.v2tgt = xmlin.Attr(se.Attr, "", "srcLang"), xmlin.Attr(se.Attr, "", "trgLang")
			if r.v2tgt == "" { // OpenTM2 names it tgtLang
				r.v2tgt = xmlin.Attr(se.Attr, "", "tgtLang")
			}
			if r.v2src == "" {
				return r.errf("XLIFF 2 <xliff> without srcLang")
			}
			return nil
		}
		return r.errf("not an XLIFF 1.2 document: <xliff> namespace %q, want %q", ns, Namespace12)
	}
	return nil
}

// skip reads up to the end of the element whose start tag was just read.
func (r *Reader) skip() error {
	depth := len(r.in.Stack)
	for len(r.in.Stack) >= depth {
		if _, err := r.tok(); err != nil {
			return err
		}
	}
	return nil
}

// Next returns the next trans-unit, or io.EOF after the last one. Errors
// are *Error values naming the line (or read errors).
func (r *Reader) Next() (Unit, error) {
	if r.err != nil {
		return Unit{}, r.err
	}
	u, err := r.next()
	if err != nil {
		r.err = err
	}
	return u, err
}

// All iterates over the remaining units; after an error it stops.
func (r *Reader) All() iter.Seq2[Unit, error] { return xmlin.All(r.Next) }

// next reads an XLIFF 1.2 document (XLIFF 2: next2) up to its next
// trans-unit and returns it (parseUnit), keeping on the way the file,
// the groups and the bin-units it is in (start, end).
func (r *Reader) next() (Unit, error) {
	if r.v2 {
		return r.next2()
	}
	if r.done {
		return Unit{}, io.EOF
	}
	for {
		t, err := r.bodyToken()
		if err != nil {
			return Unit{}, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			if r.isX(t.Name, "trans-unit") {
				if r.file == nil {
					return Unit{}, r.errf("<trans-unit> outside <file>")
				}
				return r.parseUnit(t)
			}
			if err := r.start(t); err != nil {
				return Unit{}, err
			}
		case xml.EndElement:
			r.end(t)
		default:
			return Unit{}, r.errf("unexpected text %q", clip(t))
		}
	}
}

// start reads the element of XLIFF 1.2 whose start tag se was just
// read, other than a trans-unit: a <file> (openFile), its <header>
// (parseHeader) and <body>, a <group> (openGroup), a <bin-unit>, whose
// trans-units are read, SDLXLIFF's doc-info before the first <file>; it
// skips any other element whole (bin-source, bin-target, context-group,
// note, count-group, extensions).
func (r *Reader) start(se xml.StartElement) error {
	switch {
	case r.isX(se.Name, "file"):
		return r.openFile(se)
	case r.isX(se.Name, "header"):
		if r.file == nil {
			return r.errf("<header> outside <file>")
		}
		return r.parseHeader()
	case r.isX(se.Name, "body"):
		if r.file == nil {
			return r.errf("<body> outside <file>")
		}
	case r.isX(se.Name, "group"):
		r.openGroup(se)
	case r.isX(se.Name, "bin-unit"):
		// Its trans-units (the text of an image, say) are read;
		// its bin-source and bin-target are skipped.
		if r.file == nil {
			return r.errf("<bin-unit> outside <file>")
		}
		r.v2no = append(r.v2no, r.inheritNo(se))
	case r.isSDL(se.Name, "doc-info") && r.file == nil:
		return r.parseDocInfo()
	default:
		return r.skip()
	}
	return nil
}

// end closes what start opened, at the end tag ee: a group, a bin-unit
// or the file.
func (r *Reader) end(ee xml.EndElement) {
	switch {
	case r.isX(ee.Name, "group"):
		r.closeGroup()
	case r.isX(ee.Name, "bin-unit"):
		r.v2no = r.v2no[:len(r.v2no)-1]
	case r.isX(ee.Name, "file"):
		r.file = nil
	}
}

// openFile starts the <file> se of an XLIFF 1.2 document (r.file, with
// the comments before it and its attributes), which must be a child of
// <xliff> and name its source-language.
func (r *Reader) openFile(se xml.StartElement) error {
	if len(r.in.Stack) != 2 {
		return r.errf("<file> outside <xliff>")
	}
	r.file = &File{Line: r.in.Line, Comments: r.comments}
	r.v2no = r.v2no[:0]
	f := r.file
	for _, a := range se.Attr {
		switch n := xmlin.Name(a.Name); n {
		case "original":
			f.Original = a.Value
		case "source-language":
			f.SourceLang = a.Value
		case "target-language":
			f.TargetLang = a.Value
		case "datatype":
			f.Datatype = a.Value
		default:
			f.Attrs = append(f.Attrs, Attr{n, a.Value})
		}
	}
	if f.SourceLang == "" {
		return r.errf("<file> without source-language")
	}
	return nil
}

// openGroup and closeGroup keep the groups around the next unit (their
// ids, r.groups, and whether they say translate="no", r.v2no) as a
// <group> opens and closes, in XLIFF 1.2 and 2 alike: a group is pushed
// onto both stacks and popped from both.
func (r *Reader) openGroup(se xml.StartElement) {
	r.groups = append(r.groups, xmlin.Attr(se.Attr, "", "id"))
	r.v2no = append(r.v2no, r.inheritNo(se))
}

func (r *Reader) closeGroup() {
	r.groups = r.groups[:len(r.groups)-1]
	r.v2no = r.v2no[:len(r.v2no)-1]
}

func clip(t xml.Token) string {
	s, _ := t.(xml.CharData)
	x := strings.TrimSpace(string(s))
	if len(x) > 20 {
		x = x[:20] + "..."
	}
	return x
}

// children reads the child elements of the current element up to its end
// tag: f reads each one whole, or returns false to have it skipped. Text
// between them that is not white space is the error textErr makes from
// its start, or is ignored when textErr is nil.
func (r *Reader) children(textErr func(clip string) error, f func(se xml.StartElement) (bool, error)) error {
	var text func(xml.Token) error
	if textErr != nil {
		text = func(t xml.Token) error { return textErr(clip(t)) }
	}
	return r.childrenText(text, f)
}

// childrenText is children with the text between child elements that is
// not white space given whole to text (ignored when text is nil).
func (r *Reader) childrenText(text func(xml.Token) error, f func(se xml.StartElement) (bool, error)) error {
	for {
		t, err := r.tok()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			read, err := f(t)
			if err != nil {
				return err
			}
			if !read {
				if err := r.skip(); err != nil {
					return err
				}
			}
		default:
			if text != nil && !xmlin.Ignorable(t) {
				if err := text(t); err != nil {
					return err
				}
			}
		}
	}
}

func (r *Reader) parseHeader() error {
	return r.children(nil, func(se xml.StartElement) (bool, error) {
		switch {
		case r.isX(se.Name, "tool"):
			if r.file.Tool == "" {
				r.file.Tool = xmlin.Attr(se.Attr, "", "tool-name")
			}
		case r.isX(se.Name, "skl"):
			return true, r.parseSkeleton()
		}
		return false, nil
	})
}

func (r *Reader) parseSkeleton() error {
	return r.children(nil, func(se xml.StartElement) (bool, error) {
		if !r.isX(se.Name, "internal-file") {
			return false, nil
		}
		line := r.in.Line
		s, err := r.in.Text("internal-file")
		if err != nil {
			return true, err
		}
		if xmlin.Attr(se.Attr, "", "form") == "base64" {
			b, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(s), ""))
			if err != nil {
				return true, r.errAt(line, "<internal-file form=\"base64\">: %v", err)
			}
			r.file.Skeleton = b
		} else {
			r.file.Skeleton = []byte(s)
		}
		return true, nil
	})
}

func (r *Reader) parseSegment(se xml.StartElement, in string) (Segment, error) {
	s := Segment{Lang: xmlin.Attr(se.Attr, "xml", "lang")}
	var err error
	s.Text, s.Markup, r.toks, err = parseContent(r, in, r.toks)
	return s, err
}

// segmentRef is parseSegment for an optional segment: nil when it fails.
func (r *Reader) segmentRef(se xml.StartElement, in string) (*Segment, error) {
	s, err := r.parseSegment(se, in)
	if err != nil {
		return nil, err
	}
	return &s, nil
}

// addNote reads the <note> se and appends it to notes.
func (r *Reader) addNote(se xml.StartElement, notes *[]Note) error {
	n := Note{From: xmlin.Attr(se.Attr, "", "from"), Lang: xmlin.Attr(se.Attr, "xml", "lang")}
	var err error
	if n.Text, err = r.in.Text("note"); err == nil {
		*notes = append(*notes, n)
	}
	return err
}

// parseMemoQComments adds the comments of memoQ's <mq:comments> (MQXLIFF:
// <mq:comment creatoruser="JF" deleted="false" appliesto="Target">text
// </mq:comment>, whose text may hold markup, <b>, read as text) to
// u.Notes, as XLIFF notes from their author; a comment marked deleted is
// not.
func (r *Reader) parseMemoQComments(u *Unit) error {
	return r.children(nil, func(c xml.StartElement) (bool, error) {
		if c.Name.Local != "comment" || r.in.NS(c.Name.Space) != MemoQNamespace || xmlin.Attr(c.Attr, "", "deleted") == "true" {
			return false, nil
		}
		n := Note{From: xmlin.Attr(c.Attr, "", "creatoruser")}
		var err error
		if n.Text, err = r.allText(); err == nil && strings.TrimSpace(n.Text) != "" {
			u.Notes = append(u.Notes, n)
		}
		return true, err
	})
}

// parseDocInfo reads the comments of SDLXLIFF's <doc-info> (<cmt-defs>
// <cmt-def id><Comments><Comment user="...">text</Comment>) into
// r.comments; the rest of it is skipped.
func (r *Reader) parseDocInfo() error {
	return r.children(nil, func(c xml.StartElement) (bool, error) {
		if !r.isSDL(c.Name, "cmt-defs") {
			return false, nil
		}
		return true, r.children(nil, func(d xml.StartElement) (bool, error) {
			id := xmlin.Attr(d.Attr, "", "id")
			if !r.isSDL(d.Name, "cmt-def") || id == "" {
				return false, nil
			}
			return true, r.children(nil, func(cs xml.StartElement) (bool, error) {
				if !r.isSDL(cs.Name, "Comments") {
					return false, nil
				}
				return true, r.children(nil, func(cm xml.StartElement) (bool, error) {
					if !r.isSDL(cm.Name, "Comment") {
						return false, nil
					}
					n := Note{From: xmlin.Attr(cm.Attr, "", "user")}
					var err error
					if n.Text, err = r.allText(); err == nil && strings.TrimSpace(n.Text) != "" {
						if r.comments == nil {
							r.comments = map[string][]Note{}
						}
						r.comments[id] = append(r.comments[id], n)
					}
					return true, err
				})
			})
		})
	})
}

// allText reads up to the end of the element whose start tag was just
// read and returns its character data, that of the elements inside too
// (a memoQ comment may hold <b>).
func (r *Reader) allText() (string, error) {
	var b strings.Builder
	depth := 0
	for {
		t, err := r.tok()
		if err != nil {
			return "", err
		}
		switch t := t.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			depth++
		case xml.EndElement:
			if depth == 0 {
				return b.String(), nil
			}
			depth--
		}
	}
}

// parseAcrossComments adds the comments Across keeps in a unit's
// <ax:named-properties> (<ax:named-property name="Comment"> whose
// <ax:named-value ax:name="Text"> is the comment, "Author" its author) to
// u.Notes; other named properties are not read.
func (r *Reader) parseAcrossComments(u *Unit) error {
	return r.children(nil, func(c xml.StartElement) (bool, error) {
		if c.Name.Local != "named-property" || xmlin.Attr(c.Attr, "", "name") != "Comment" {
			return false, nil
		}
		var n Note
		err := r.children(nil, func(v xml.StartElement) (bool, error) {
			if v.Name.Local != "named-value" {
				return false, nil
			}
			var name string
			for _, a := range v.Attr {
				if a.Name.Local == "name" {
					name = a.Value
				}
			}
			text, err := r.allText()
			switch name {
			case "Text":
				n.Text = text
			case "Author":
				n.From = text
			}
			return true, err
		})
		if err == nil && strings.TrimSpace(n.Text) != "" {
			u.Notes = append(u.Notes, n)
		}
		return true, err
	})
}

// parseContextGroup adds the <context>s of a <context-group> to
// u.Contexts.
func (r *Reader) parseContextGroup(u *Unit) error {
	return r.children(func(string) error {
		return nil // stray text between <context>s, which the reader skipped before
	}, func(c xml.StartElement) (bool, error) {
		if !r.isX(c.Name, "context") {
			return false, nil
		}
		x := Context{Type: xmlin.Attr(c.Attr, "", "context-type")}
		var err error
		if x.Text, err = r.in.Text("context"); err == nil {
			u.Contexts = append(u.Contexts, x)
		}
		return true, err
	})
}

func (r *Reader) parseUnit(se xml.StartElement) (Unit, error) {
	// translate is inherited from the groups around (XLIFF 1.2: "the
	// translate attribute of a <group> applies to its content").
	u := Unit{File: r.file, Line: r.in.Line, Col: r.in.Column(r.in.Line), Translate: !r.inheritNo(se)}
	if len(r.groups) > 0 {
		u.Groups = append([]string(nil), r.groups...)
	}
	for _, a := range se.Attr {
		switch n := xmlin.Name(a.Name); n {
		case "id":
			u.ID = a.Value
		case "resname":
			u.ResName = a.Value
		case "approved":
			if a.Value != "yes" && a.Value != "no" {
				return u, r.errf("<trans-unit> approved %q: want yes or no", a.Value)
			}
			u.Approved = a.Value
		case "translate": // read by inheritNo
		default:
			u.Attrs = append(u.Attrs, Attr{n, a.Value})
			if a.Name.Local == "status" && a.Name.Space != "" && r.in.NS(a.Name.Space) == MemoQNamespace {
				u.mqStatus = a.Value
			}
		}
	}
	seen := false
	err := r.children(func(clip string) error {
		return r.errf("unexpected text %q in %s", clip, u.tag())
	}, func(c xml.StartElement) (read bool, err error) {
		switch {
		case r.isX(c.Name, "source"):
			if seen {
				return true, r.errf("a second <source> in %s", u.tag())
			}
			seen = true
			u.Source, err = r.parseSegment(c, "source")
			return true, err
		case r.isX(c.Name, "seg-source"):
			u.SegSource, err = r.segmentRef(c, "seg-source")
			return true, err
		case r.isX(c.Name, "target"):
			if u.Target != nil {
				return true, r.errf("a second <target> in %s", u.tag())
			}
			u.State = xmlin.Attr(c.Attr, "", "state")
			u.StateQualifier = xmlin.Attr(c.Attr, "", "state-qualifier")
			u.Target, err = r.segmentRef(c, "target")
			return true, err
		case r.isX(c.Name, "alt-trans"):
			a, err := r.parseAltTrans(c)
			if err == nil {
				u.AltTrans = append(u.AltTrans, a)
			}
			return true, err
		case r.isX(c.Name, "note"):
			return true, r.addNote(c, &u.Notes)
		case r.isX(c.Name, "context-group"):
			return true, r.parseContextGroup(&u)
		case r.isSDL(c.Name, "seg-defs"):
			return true, r.parseSegDefs(&u)
		case c.Name.Local == "comments" && r.in.NS(c.Name.Space) == MemoQNamespace:
			return true, r.parseMemoQComments(&u)
		case c.Name.Local == "named-properties" && r.in.NS(c.Name.Space) == AcrossNamespace:
			return true, r.parseAcrossComments(&u)
		}
		return false, nil
	})
	if err == nil && !seen {
		err = r.errAt(u.Line, "%s without <source>", u.tag())
	}
	return u, err
}

func (r *Reader) parseAltTrans(se xml.StartElement) (AltTrans, error) {
	line := r.in.Line
	a := AltTrans{
		MatchQuality: xmlin.Attr(se.Attr, "", "match-quality"), Origin: xmlin.Attr(se.Attr, "", "origin"),
		ToolID: xmlin.Attr(se.Attr, "", "tool-id"), Type: xmlin.Attr(se.Attr, "", "alttranstype"),
		ExType: xmlin.Attr(se.Attr, "", "extype"),
	}
	seen := false
	// Text straight in the <alt-trans>, without a <target> around it, is
	// the proposal itself: Xcode's localization exports, once edited, hold
	// previous versions so (<alt-trans alttranstype="previous-version">
	// text</alt-trans>), and Translate Toolkit reads the file.
	var bare strings.Builder
	err := r.childrenText(func(t xml.Token) error {
		if s, ok := t.(xml.CharData); ok {
			bare.Write(s)
			return nil
		}
		return r.errf("unexpected text %q in <alt-trans>", clip(t))
	}, func(c xml.StartElement) (read bool, err error) {
		switch {
		case r.isX(c.Name, "source"):
			a.Source, err = r.segmentRef(c, "source")
			return true, err
		case r.isX(c.Name, "target"):
			if seen { // the transitional schema allows several; the first is kept
				return false, nil
			}
			seen = true
			a.Target, err = r.parseSegment(c, "target")
			return true, err
		case r.isX(c.Name, "note"):
			return true, r.addNote(c, &a.Notes)
		}
		return false, nil
	})
	if err == nil && !seen {
		if t := strings.TrimSpace(bare.String()); t != "" {
			a.Target = Segment{Text: t}
		} else {
			err = r.errAt(line, "<alt-trans> without <target>")
		}
	}
	return a, err
}

// parseSegDefs reads the <sdl:seg> of an <sdl:seg-defs> into u.SDLSegs
// (their content, Trados's values and revisions, is skipped).
func (r *Reader) parseSegDefs(u *Unit) error {
	return r.children(nil, func(se xml.StartElement) (bool, error) {
		if r.isSDL(se.Name, "seg") {
			s := SDLSeg{ID: xmlin.Attr(se.Attr, "", "id"), Conf: xmlin.Attr(se.Attr, "", "conf"),
				Origin: xmlin.Attr(se.Attr, "", "origin"), Percent: xmlin.Attr(se.Attr, "", "percent"),
				Locked: xmlin.Attr(se.Attr, "", "locked") == "true"}
			u.SDLSegs = append(u.SDLSegs, s)
		}
		return false, nil
	})
}
