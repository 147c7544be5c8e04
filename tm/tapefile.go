package tm

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"time"
)

// A tape's file (see tape) is written and read by the functions here, a
// small binary encoding of exactly what a tapeUnit holds, so that a
// process need not link encoding/gob (whose initialisation every process
// paid, whatever its command). The file is:
//
//	tapeMagic, then one byte: tapeVersion
//	batches, each: its length in bytes (uvarint), then that many bytes:
//	  the number of units (uvarint), then each unit's fields in
//	  tapeUnit's order
//
// A string is its length (uvarint) and its bytes, whatever they are (a
// unit's text need not be UTF-8 here); an int is a varint; an int64
// (a hash) and a float64 (its bits) are 8 bytes, little-endian; a bool is
// a byte, 0 or 1; a slice is its length (uvarint) and its elements, and
// an empty one reads back as nil (as gob's did); a time.Time is its
// length (uvarint), 0 for the zero Time, and its MarshalBinary form (the
// form gob kept: the instant and the zone's offset); the review record is
// a byte, 0 for none, 1 followed by its fields.
//
// The file is the process's own, written and read by it, but reading it
// trusts nothing: a length past what remains of the batch or the file, a
// byte that is not a bool or a batch left over is an error that says so,
// never a panic or an allocation larger than what remains to read.
const (
	tapeMagic   = "bitext import tape\n"
	tapeVersion = 1
)

// The fewest bytes an element of each kind takes in a batch: a count is
// bounded by what remains divided by them.
const (
	minTapeString  = 1                   // its length
	minTapeProp    = 4 * minTapeString   // Type, Lang, Text, Encoding
	minTapeNote    = 3 * minTapeString   // Lang, Text, Encoding
	minTapeAttr    = 2 * minTapeString   // Name, Value
	minTapeVariant = 3*minTapeString + 3 // Lang, Text, Markup; Props, Notes, Attrs
	// ID, SrcLang; Variants, Props, Notes, Attrs; Created, Changed,
	// LastUsed; CreatedBy, ChangedBy, UsageCount; Origin; Prev, Next;
	// Review, NoDoc; Langs, SrcLangText; the hashes; Bases.
	minTapeUnit = 2 + 4 + 3 + 3 + (3 + 8) + 2 + 2 + 2 + 24 + 1
)

// appendTapeHeader appends the file's header to b.
func appendTapeHeader(b []byte) []byte {
	return append(append(b, tapeMagic...), tapeVersion)
}

// appendTapeBatch appends the batch tu, with its length, to b.
func appendTapeBatch(b []byte, tu []tapeUnit) []byte {
	// The length comes first: the batch is appended after room for the
	// longest uvarint, and moved back over what its length leaves.
	start := len(b)
	b = append(b, make([]byte, binary.MaxVarintLen64)...)
	body := len(b)
	b = binary.AppendUvarint(b, uint64(len(tu)))
	for i := range tu {
		b = appendTapeUnit(b, &tu[i])
	}
	n := len(b) - body
	var lb [binary.MaxVarintLen64]byte
	l := binary.PutUvarint(lb[:], uint64(n))
	copy(b[start:], lb[:l])
	copy(b[start+l:], b[body:])
	return b[:start+l+n]
}

func appendTapeUnit(b []byte, t *tapeUnit) []byte {
	b = appendTapeString(b, t.ID)
	b = appendTapeString(b, t.SrcLang)
	b = binary.AppendUvarint(b, uint64(len(t.Variants)))
	for i := range t.Variants {
		v := &t.Variants[i]
		b = appendTapeString(b, v.Lang)
		b = appendTapeString(b, v.Text)
		b = appendTapeString(b, v.Markup)
		b = appendTapeProps(b, v.Props)
		b = appendTapeNotes(b, v.Notes)
		b = appendTapeAttrs(b, v.Attrs)
	}
	b = appendTapeProps(b, t.Props)
	b = appendTapeNotes(b, t.Notes)
	b = appendTapeAttrs(b, t.Attrs)
	b = appendTapeTime(b, t.Created)
	b = appendTapeTime(b, t.Changed)
	b = appendTapeTime(b, t.LastUsed)
	b = appendTapeString(b, t.CreatedBy)
	b = appendTapeString(b, t.ChangedBy)
	b = binary.AppendVarint(b, int64(t.UsageCount))
	b = appendTapeString(b, t.Origin.File)
	b = appendTapeString(b, t.Origin.SrcDoc)
	b = appendTapeString(b, t.Origin.TgtDoc)
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(t.Origin.Score))
	b = appendTapeString(b, t.Prev)
	b = appendTapeString(b, t.Next)
	if r := t.Review; r == nil {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = binary.AppendVarint(b, int64(r.Line))
		b = appendTapeString(b, r.State)
		b = appendTapeString(b, r.Approved)
		b = appendTapeString(b, r.Exported)
		b = appendTapeBool(b, r.HasExported)
	}
	b = appendTapeBool(b, t.NoDoc)
	b = binary.LittleEndian.AppendUint64(b, uint64(t.CtxPrev))
	b = binary.LittleEndian.AppendUint64(b, uint64(t.CtxNext))
	b = appendTapeStrings(b, t.Langs)
	b = appendTapeString(b, t.SrcLangText)
	b = binary.LittleEndian.AppendUint64(b, uint64(t.Hash))
	b = binary.LittleEndian.AppendUint64(b, uint64(t.PrevHash))
	b = binary.LittleEndian.AppendUint64(b, uint64(t.NextHash))
	return appendTapeStrings(b, t.Bases)
}

func appendTapeString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func appendTapeStrings(b []byte, ss []string) []byte {
	return appendTapeSlice(b, ss, func(b []byte, s *string) []byte { return appendTapeString(b, *s) })
}

func appendTapeBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

func appendTapeTime(b []byte, t time.Time) []byte {
	if t == (time.Time{}) {
		return append(b, 0)
	}
	at := len(b)
	b = append(b, 0) // the length, one byte: the form is 15 or 16 bytes
	b, err := t.AppendBinary(b)
	if err != nil {
		// A zone offset that is not a whole minute, or out of range:
		// none that time.Now, a TMX date or the store gives. gob failed
		// on it too; the tape keeps the instant in UTC.
		b, _ = t.UTC().AppendBinary(b[:at+1])
	}
	b[at] = byte(len(b) - at - 1)
	return b
}

// appendTapeSlice appends the length of es and each element, by add.
func appendTapeSlice[E any](b []byte, es []E, add func([]byte, *E) []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(es)))
	for i := range es {
		b = add(b, &es[i])
	}
	return b
}

func appendTapeProps(b []byte, ps []Prop) []byte {
	return appendTapeSlice(b, ps, func(b []byte, p *Prop) []byte {
		return appendTapeString(appendTapeString(appendTapeString(appendTapeString(b, p.Type), p.Lang), p.Text), p.Encoding)
	})
}

func appendTapeNotes(b []byte, ns []Note) []byte {
	return appendTapeSlice(b, ns, func(b []byte, n *Note) []byte {
		return appendTapeString(appendTapeString(appendTapeString(b, n.Lang), n.Text), n.Encoding)
	})
}

func appendTapeAttrs(b []byte, as []Attr) []byte {
	return appendTapeSlice(b, as, func(b []byte, a *Attr) []byte {
		return appendTapeString(appendTapeString(b, a.Name), a.Value)
	})
}

// tapeReader reads the batches of a tape's file.
type tapeReader struct {
	r     *bufio.Reader
	left  int64 // bytes of the file not read yet
	batch int   // batches read
	buf   []byte
}

// newTapeReader reads the header of a tape's file of size bytes from r.
func newTapeReader(r io.Reader, size int64) (*tapeReader, error) {
	tr := &tapeReader{r: bufio.NewReaderSize(r, 1<<16), left: size}
	var h [len(tapeMagic) + 1]byte
	if size < int64(len(h)) {
		return nil, fmt.Errorf("the file of %d bytes is shorter than a tape's header", size)
	}
	if _, err := io.ReadFull(tr.r, h[:]); err != nil {
		return nil, fmt.Errorf("its header: %w", err)
	}
	tr.left -= int64(len(h))
	if string(h[:len(tapeMagic)]) != tapeMagic {
		return nil, errors.New("it does not start as a tape's file")
	}
	if v := h[len(tapeMagic)]; v != tapeVersion {
		return nil, fmt.Errorf("a tape's file of version %d, not %d", v, tapeVersion)
	}
	return tr, nil
}

// next reads the next batch.
func (tr *tapeReader) next() ([]tapeUnit, error) {
	tr.batch++
	if tr.left == 0 {
		return nil, fmt.Errorf("batch %d: the file ends before it", tr.batch)
	}
	n, err := binary.ReadUvarint(&countingByteReader{tr})
	if err != nil {
		return nil, fmt.Errorf("batch %d: its length: %w", tr.batch, noEOF(err))
	}
	if n > uint64(tr.left) {
		return nil, fmt.Errorf("batch %d: its length %d is past the end of the file (%d bytes left)", tr.batch, n, tr.left)
	}
	if uint64(cap(tr.buf)) < n {
		tr.buf = make([]byte, n)
	}
	b := tr.buf[:n]
	if _, err := io.ReadFull(tr.r, b); err != nil {
		return nil, fmt.Errorf("batch %d: %w", tr.batch, noEOF(err))
	}
	tr.left -= int64(n)
	tu, err := decodeTapeBatch(b)
	if err != nil {
		return nil, fmt.Errorf("batch %d: %w", tr.batch, err)
	}
	return tu, nil
}

// noEOF makes an end of the file met in the middle of something an
// unexpected one.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// countingByteReader reads a byte of a tapeReader's file, counting it.
type countingByteReader struct{ tr *tapeReader }

func (c *countingByteReader) ReadByte() (byte, error) {
	if c.tr.left == 0 {
		return 0, io.ErrUnexpectedEOF
	}
	b, err := c.tr.r.ReadByte()
	if err == nil {
		c.tr.left--
	}
	return b, err
}

// tapeDecoder decodes a batch's bytes; the first error stops it, and
// what follows reads zero values.
type tapeDecoder struct {
	b    []byte
	unit int // the unit decoded, for errors
	err  error
}

// decodeTapeBatch decodes a batch's bytes (without its length).
func decodeTapeBatch(b []byte) ([]tapeUnit, error) {
	d := &tapeDecoder{b: b}
	n := d.count("units", minTapeUnit)
	if d.err != nil {
		return nil, d.err
	}
	tu := make([]tapeUnit, n)
	for i := range tu {
		d.unit = i + 1
		d.decodeUnit(&tu[i])
		if d.err != nil {
			return nil, d.err
		}
	}
	if len(d.b) > 0 {
		return nil, fmt.Errorf("%d bytes after its last unit", len(d.b))
	}
	return tu, nil
}

func (d *tapeDecoder) decodeUnit(t *tapeUnit) {
	t.ID = d.str("ID")
	t.SrcLang = d.str("SrcLang")
	if n := d.count("Variants", minTapeVariant); n > 0 {
		t.Variants = make([]tapeVariant, n)
		for i := range t.Variants {
			v := &t.Variants[i]
			v.Lang = d.str("variant's Lang")
			v.Text = d.str("variant's Text")
			v.Markup = d.str("variant's Markup")
			v.Props = d.props()
			v.Notes = d.notes()
			v.Attrs = d.attrs()
		}
	}
	t.Props = d.props()
	t.Notes = d.notes()
	t.Attrs = d.attrs()
	t.Created = d.time("Created")
	t.Changed = d.time("Changed")
	t.LastUsed = d.time("LastUsed")
	t.CreatedBy = d.str("CreatedBy")
	t.ChangedBy = d.str("ChangedBy")
	t.UsageCount = d.int("UsageCount")
	t.Origin.File = d.str("Origin.File")
	t.Origin.SrcDoc = d.str("Origin.SrcDoc")
	t.Origin.TgtDoc = d.str("Origin.TgtDoc")
	t.Origin.Score = math.Float64frombits(d.uint64("Origin.Score"))
	t.Prev = d.str("Prev")
	t.Next = d.str("Next")
	if d.bool("Review") {
		t.Review = &reviewRecord{
			Line:     d.int("Review.Line"),
			State:    d.str("Review.State"),
			Approved: d.str("Review.Approved"),
			Exported: d.str("Review.Exported"),
		}
		t.Review.HasExported = d.bool("Review.HasExported")
	}
	t.NoDoc = d.bool("NoDoc")
	t.CtxPrev = int64(d.uint64("CtxPrev"))
	t.CtxNext = int64(d.uint64("CtxNext"))
	t.Langs = d.strs("Langs")
	t.SrcLangText = d.str("SrcLangText")
	t.Hash = int64(d.uint64("Hash"))
	t.PrevHash = int64(d.uint64("PrevHash"))
	t.NextHash = int64(d.uint64("NextHash"))
	t.Bases = d.strs("Bases")
}

func (d *tapeDecoder) fail(what, format string, a ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("unit %d: %s: %s", d.unit, what, fmt.Sprintf(format, a...))
	}
}

func (d *tapeDecoder) uvarint(what string) uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if !d.varintRead(what, n) {
		return 0
	}
	return v
}

// varintRead checks what binary.Uvarint or Varint said of the varint
// what, n its length, and moves past it.
func (d *tapeDecoder) varintRead(what string, n int) bool {
	switch {
	case n == 0:
		d.fail(what, "the batch ends in it")
	case n < 0:
		d.fail(what, "a number past 64 bits")
	default:
		d.b = d.b[n:]
	}
	return n > 0
}

func (d *tapeDecoder) int(what string) int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if !d.varintRead(what, n) {
		return 0
	}
	if int64(int(v)) != v {
		d.fail(what, "%d is past an int", v)
		return 0
	}
	return int(v)
}

// count reads the length of a slice whose elements take at least min
// bytes each: one past what remains is an error.
func (d *tapeDecoder) count(what string, min int) int {
	n := d.uvarint(what)
	if d.err == nil && n > uint64(len(d.b)/min) {
		d.fail(what, "%d of them cannot be in the %d bytes left of the batch", n, len(d.b))
		return 0
	}
	return int(n)
}

// bytes reads a length and as many bytes.
func (d *tapeDecoder) bytes(what string) []byte {
	n := d.uvarint(what)
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)) {
		d.fail(what, "its length %d is past the end of the batch (%d bytes left)", n, len(d.b))
		return nil
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *tapeDecoder) str(what string) string {
	return string(d.bytes(what))
}

func (d *tapeDecoder) strs(what string) []string {
	return tapeSlice(d, what, minTapeString, func(d *tapeDecoder) string { return d.str(what) })
}

func (d *tapeDecoder) uint64(what string) uint64 {
	if d.err != nil {
		return 0
	}
	if len(d.b) < 8 {
		d.fail(what, "the batch ends in it")
		return 0
	}
	v := binary.LittleEndian.Uint64(d.b)
	d.b = d.b[8:]
	return v
}

func (d *tapeDecoder) bool(what string) bool {
	if d.err != nil {
		return false
	}
	if len(d.b) == 0 {
		d.fail(what, "the batch ends in it")
		return false
	}
	v := d.b[0]
	if v > 1 {
		d.fail(what, "byte %d is neither 0 nor 1", v)
		return false
	}
	d.b = d.b[1:]
	return v == 1
}

func (d *tapeDecoder) time(what string) time.Time {
	b := d.bytes(what)
	if len(b) == 0 {
		return time.Time{}
	}
	var t time.Time
	if err := t.UnmarshalBinary(b); err != nil {
		d.fail(what, "%v", err)
	}
	return t
}

// tapeSlice reads a slice of elements of at least min bytes each, each
// by read; nil when it is empty.
func tapeSlice[E any](d *tapeDecoder, what string, min int, read func(*tapeDecoder) E) []E {
	n := d.count(what, min)
	if n == 0 {
		return nil
	}
	es := make([]E, n)
	for i := range es {
		es[i] = read(d)
	}
	return es
}

func (d *tapeDecoder) props() []Prop {
	return tapeSlice(d, "Props", minTapeProp, func(d *tapeDecoder) Prop {
		return Prop{Type: d.str("Prop.Type"), Lang: d.str("Prop.Lang"), Text: d.str("Prop.Text"), Encoding: d.str("Prop.Encoding")}
	})
}

func (d *tapeDecoder) notes() []Note {
	return tapeSlice(d, "Notes", minTapeNote, func(d *tapeDecoder) Note {
		return Note{Lang: d.str("Note.Lang"), Text: d.str("Note.Text"), Encoding: d.str("Note.Encoding")}
	})
}

func (d *tapeDecoder) attrs() []Attr {
	return tapeSlice(d, "Attrs", minTapeAttr, func(d *tapeDecoder) Attr {
		return Attr{Name: d.str("Attr.Name"), Value: d.str("Attr.Value")}
	})
}
