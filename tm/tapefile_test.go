package tm

import (
	"bytes"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// fullTapeUnit is a tapeUnit with every field set, its strings not UTF-8
// where they can be, its times in UTC and in a zone of their own.
func fullTapeUnit(i int) tapeUnit {
	bad := "\xff\xfe" + fmt.Sprint(i) // not UTF-8
	day := time.Date(2026, 12, 7, 4, 30, 15, 123456789, time.UTC)
	props := []Prop{{Type: "x-domain" + bad, Lang: "fr", Text: "actualités", Encoding: "iso-8859-1"}, {Type: "x-empty", Lang: "de", Text: bad, Encoding: "utf-8"}}
	notes := []Note{{Lang: "en", Text: "checked " + bad, Encoding: "iso-8859-1"}}
	attrs := []Attr{{Name: "creationtool", Value: "bitext" + bad}, {Name: "x", Value: "y"}}
	return tapeUnit{
		ID: "tu-" + bad, SrcLang: "en-GB",
		Variants: []tapeVariant{
			{Lang: "en-GB", Text: "Sentence " + bad, Markup: "<bpt i=\"1\">&lt;b&gt;</bpt>", Props: props, Notes: notes, Attrs: attrs},
			{Lang: "sr-Latn", Text: strings.Repeat("Réčenica ", 40), Markup: "m", Props: props[:1], Notes: notes, Attrs: attrs[:1]},
		},
		Props: props, Notes: notes, Attrs: attrs,
		Created: day, Changed: day.In(time.FixedZone("", 5*3600+30*60)).Add(time.Hour), LastUsed: day.Add(-1e9 * 86400 * 400),
		CreatedBy: "ana" + bad, ChangedBy: "bo", UsageCount: -7 - i,
		Origin: Origin{File: "a.tmx" + bad, SrcDoc: "doc-en", TgtDoc: "doc-fr", Score: -0.125},
		Prev:   "prev" + bad, Next: "next",
		Review: &reviewRecord{Line: 1 << 40, State: "signed-off", Approved: "yes", Exported: "Douze heures." + bad, HasExported: true},
		NoDoc:  true, CtxPrev: -1 << 62, CtxNext: int64(i) + 3,
		Langs: []string{"en-GB", bad, "sr-Latn"}, SrcLangText: "en-GB",
		Hash: -1 << 63, PrevHash: 1<<63 - 1, NextHash: int64(i) + 1,
		Bases: []string{"base" + bad, "b"},
	}
}

// checkAllSet fails t for each field of v (recursively) left zero, so
// that fullTapeUnit covers a field added to tapeUnit.
func checkAllSet(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	if v.Type() == reflect.TypeOf(time.Time{}) {
		if v.Interface().(time.Time).IsZero() {
			t.Errorf("%s is zero", path)
		}
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			checkAllSet(t, v.Field(i), path+"."+v.Type().Field(i).Name)
		}
	case reflect.Pointer:
		if v.IsNil() {
			t.Errorf("%s is nil", path)
			return
		}
		checkAllSet(t, v.Elem(), path)
	case reflect.Slice:
		if v.Len() == 0 {
			t.Errorf("%s is empty", path)
		}
		for i := range v.Len() {
			checkAllSet(t, v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
	default:
		if v.IsZero() {
			t.Errorf("%s is zero", path)
		}
	}
}

// sameTapeUnit reports how got differs from want, times compared as
// instants and zone offsets (a zone's name and pointer are not kept).
func sameTapeUnit(got, want tapeUnit) string {
	for _, tt := range [][2]time.Time{{got.Created, want.Created}, {got.Changed, want.Changed}, {got.LastUsed, want.LastUsed}} {
		_, og := tt[0].Zone()
		_, ow := tt[1].Zone()
		if !tt[0].Equal(tt[1]) || og != ow || tt[0].IsZero() != tt[1].IsZero() {
			return fmt.Sprintf("time %v; want %v", tt[0], tt[1])
		}
	}
	got.Created, got.Changed, got.LastUsed = want.Created, want.Changed, want.LastUsed
	if math.Float64bits(got.Origin.Score) != math.Float64bits(want.Origin.Score) {
		return fmt.Sprintf("score %v; want %v", got.Origin.Score, want.Origin.Score)
	}
	got.Origin.Score = want.Origin.Score
	if math.IsNaN(want.Origin.Score) {
		got.Origin.Score, want.Origin.Score = 0, 0
	}
	if !reflect.DeepEqual(got, want) {
		return fmt.Sprintf("%+v; want %+v", got, want)
	}
	return ""
}

// tapeFile encodes batches as a tape's file.
func tapeFile(batches ...[]tapeUnit) []byte {
	b := appendTapeHeader(nil)
	for _, tu := range batches {
		b = appendTapeBatch(b, tu)
	}
	return b
}

// TestTapeFileRoundTrip: every field of every record a tape's file holds
// comes back as it was written: set (strings not UTF-8 among them), and
// empty (empty strings, no slices, no review record, zero times).
func TestTapeFileRoundTrip(t *testing.T) {
	full := fullTapeUnit(0)
	checkAllSet(t, reflect.ValueOf(full), "tapeUnit")
	empty := tapeUnit{Variants: []tapeVariant{{}}}
	batches := [][]tapeUnit{{full, empty, fullTapeUnit(1)}, {empty}, nil, {fullTapeUnit(2)}}
	b := tapeFile(batches...)
	tr, err := newTapeReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range batches {
		got, err := tr.next()
		if err != nil {
			t.Fatalf("batch %d: %v", i+1, err)
		}
		if len(got) != len(want) {
			t.Fatalf("batch %d: %d units; want %d", i+1, len(got), len(want))
		}
		for j := range got {
			if d := sameTapeUnit(got[j], want[j]); d != "" {
				t.Errorf("batch %d, unit %d: %s", i+1, j+1, d)
			}
		}
	}
	if _, err := tr.next(); err == nil || !strings.Contains(err.Error(), "the file ends before it") {
		t.Errorf("a batch past the last: %v; want the file ends", err)
	}
}

// TestTapeFileBad: a tape's file cut anywhere, or with a byte changed
// where a length or a bool is, is an error that says what is wrong.
func TestTapeFileBad(t *testing.T) {
	good := tapeFile([]tapeUnit{fullTapeUnit(0), {}}, []tapeUnit{fullTapeUnit(1)})
	read := func(b []byte) error {
		tr, err := newTapeReader(bytes.NewReader(b), int64(len(b)))
		for range 2 {
			if err != nil {
				return err
			}
			_, err = tr.next()
		}
		return err
	}
	if err := read(good); err != nil {
		t.Fatal(err)
	}
	for n := range len(good) - 1 {
		if err := read(good[:n]); err == nil {
			t.Fatalf("cut at byte %d of %d: no error", n, len(good))
		}
	}
	h := len(tapeMagic) + 1
	for _, c := range []struct {
		name string
		b    []byte
		want string
	}{
		{"not a tape", append([]byte("bitext import tapf\n"), good[len(tapeMagic):]...), "does not start as a tape's file"},
		{"another version", append(append([]byte(tapeMagic), 2), good[h:]...), "version 2, not 1"},
		{"a batch longer than the file", append(good[:h:h], 0xff, 0xff, 0xff, 0xff, 0x0f), "past the end of the file"},
		{"a length past 64 bits", append(good[:h:h], bytes.Repeat([]byte{0xff}, 11)...), "overflow"},
		{"more units than bytes", append(good[:h:h], 3, 0xff, 0xff, 0x03), "cannot be in the 0 bytes left"},
		{"a string longer than the batch", append(append(good[:h:h], 62, 1, 0x7f), make([]byte, 60)...), "unit 1: ID: its length 127 is past the end of the batch (60 bytes left)"},
		{"bytes after the last unit", append(good[:h:h], 2, 0, 0), "1 bytes after its last unit"},
	} {
		err := read(c.b)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v; want %q", c.name, err, c.want)
		}
	}
	// NoDoc's byte set to 2.
	e := appendTapeBatch(nil, []tapeUnit{{}})
	e[len(e)-1-24-1-1-16-1] = 2 // NoDoc, before CtxPrev, CtxNext, Langs, SrcLangText, the hashes, Bases
	b := append(appendTapeHeader(nil), e...)
	if err := read(b); err == nil || !strings.Contains(err.Error(), "NoDoc: byte 2 is neither 0 nor 1") {
		t.Errorf("a bool of 2: %v", err)
	}
}

// FuzzTapeDecode: reading any bytes as a tape's file returns batches or
// an error, never panics, and what it reads is written back the same.
func FuzzTapeDecode(f *testing.F) {
	f.Add(tapeFile([]tapeUnit{fullTapeUnit(0), {Variants: []tapeVariant{{}}}}, nil))
	f.Add(tapeFile([]tapeUnit{{}}))
	f.Add([]byte(tapeMagic + "\x01\x05\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		tr, err := newTapeReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return
		}
		for {
			tu, err := tr.next()
			if err != nil {
				return
			}
			e := tapeFile(tu)
			again, err := newTapeReader(bytes.NewReader(e), int64(len(e)))
			if err != nil {
				t.Fatal(err)
			}
			got, err := again.next()
			if err != nil || len(got) != len(tu) {
				t.Fatalf("written back: %d units, %v; want %d", len(got), err, len(tu))
			}
			for i := range got {
				if d := sameTapeUnit(got[i], tu[i]); d != "" {
					t.Fatalf("written back, unit %d: %s", i+1, d)
				}
			}
		}
	})
}

// benchTapeBatch is a batch of n units as an import of a TMX keeps them:
// two variants, a prop, a note, dates and an origin.
func benchTapeBatch(b *testing.B, n int) []UnitRecord {
	var p preparer
	day := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	units := make([]UnitRecord, n)
	for i := range units {
		u := Unit{SrcLang: language.English, Variants: []Variant{
			{Lang: language.English, Text: fmt.Sprintf("Sentence %d of the tape, of some ten words or so.", i)},
			{Lang: language.Hungarian, Text: fmt.Sprintf("A szalag %d. mondata, nagyjából tíz szóval.", i), Notes: []Note{{Text: "checked"}}}},
			Created: day.Add(time.Duration(i) * time.Minute), CreatedBy: "ana", UsageCount: i % 7,
			Props:  []Prop{{Type: "x-domain", Text: "news"}},
			Origin: Origin{File: "tape.tmx", SrcDoc: fmt.Sprintf("doc%d", i%10), Score: 0.5}}
		r, err := p.prepare(u)
		if err != nil {
			b.Fatal(err)
		}
		units[i] = r
	}
	return units
}

// BenchmarkTapeFile: a file of 16 batches of 256 units (an import's
// batch) written (toTape and the encoding) and read back (the decoding;
// the index keys, made again by fromTape, aside).
func BenchmarkTapeFile(b *testing.B) {
	units := benchTapeBatch(b, batchSize)
	const batches = 16
	var file []byte
	encode := func(buf []byte) []byte {
		buf = appendTapeHeader(buf[:0])
		for range batches {
			buf = appendTapeBatch(buf, toTape(units))
		}
		return buf
	}
	file = encode(nil)
	b.Run("encode", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(file)))
		var buf []byte
		for b.Loop() {
			buf = encode(buf)
		}
	})
	b.Run("decode", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(file)))
		for b.Loop() {
			tr, err := newTapeReader(bytes.NewReader(file), int64(len(file)))
			if err != nil {
				b.Fatal(err)
			}
			for range batches {
				if _, err := tr.next(); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
