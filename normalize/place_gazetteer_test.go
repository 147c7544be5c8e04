package normalize

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"flag"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
)

var updatePlaces = flag.Bool("update-places", false, "rewrite place_index.bin from places.tsv")

// placeIndexOf is place_index.bin as the gazetteer reads it (see
// place_gazetteer.go), written from tsv, places.tsv's text: each name of
// a row is a name of the row's place, and so is a Latin name with marks
// without them (Chisinau, Gdansk as English writes them).
func placeIndexOf(tsv string) []byte {
	type form struct {
		h     uint32
		place uint16
	}
	var first []string
	keys := map[uint32]bool{}
	forms := map[form]bool{}
	s := new(simState)
	var f []byte
	add := func(n string, place int) {
		_, _, full, _ := s.prepare(n, nil, nil, nil)
		keys[placeHash(full)] = true
		if f = placeForm(f[:0], n); len(f) >= 3 {
			forms[form{placeHash(f), uint16(place)}] = true
		}
	}
	for line := range strings.Lines(tsv) {
		cols := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if strings.HasPrefix(line, "#") || len(cols) < 3 {
			continue
		}
		place := len(first)
		names := strings.Split(cols[2], "|")
		first = append(first, names[0])
		for _, n := range names {
			add(n, place)
			if bare := withoutMarks(n); bare != n && latinOnly(n) {
				add(bare, place)
			}
		}
	}
	var b bytes.Buffer
	for _, n := range []int{len(first), len(keys), len(forms)} {
		b.Write(binary.LittleEndian.AppendUint32(nil, uint32(n)))
	}
	for _, n := range first {
		b.WriteString(n)
		b.WriteByte(0)
	}
	for _, k := range slices.Sorted(func(yield func(uint32) bool) {
		for k := range keys {
			if !yield(k) {
				return
			}
		}
	}) {
		b.Write(binary.LittleEndian.AppendUint32(nil, k))
	}
	fs := make([]form, 0, len(forms))
	for r := range forms {
		fs = append(fs, r)
	}
	slices.SortFunc(fs, func(x, y form) int { return cmp.Or(cmp.Compare(x.h, y.h), cmp.Compare(x.place, y.place)) })
	for _, r := range fs {
		b.Write(binary.LittleEndian.AppendUint32(nil, r.h))
		b.Write(binary.LittleEndian.AppendUint16(nil, r.place))
	}
	return b.Bytes()
}

// latinOnly reports whether every letter of n is of the Latin script.
func latinOnly(n string) bool {
	for _, r := range n {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// TestPlaceIndex: the embedded place_index.bin is places.tsv's index as
// placeIndexOf writes it, with the keys and forms of the matcher of this
// tree (-update-places rewrites it after a change to either or to the
// table), and it holds every place and name of the table.
func TestPlaceIndex(t *testing.T) {
	tsv, err := os.ReadFile("places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	want := placeIndexOf(string(tsv))
	if *updatePlaces {
		if err := os.WriteFile("place_index.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(want) != placeIndexBin {
		t.Fatalf("place_index.bin (%d bytes) is not places.tsv's index (%d bytes): run go test ./normalize -run TestPlaceIndex -update-places", len(placeIndexBin), len(want))
	}
	x := places()
	rows := 0
	for line := range strings.Lines(string(tsv)) {
		cols := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if strings.HasPrefix(line, "#") || len(cols) < 3 {
			continue
		}
		names := strings.Split(cols[2], "|")
		if got := x.name(rows); got != names[0] {
			t.Errorf("place %d is named %q; want %q", rows, got, names[0])
		}
		for _, n := range names {
			f := placeForm(nil, n)
			if len(f) < 3 {
				continue
			}
			rs := x.formRecords(f)
			found := false
			for i := range len(rs) / placeFormSize {
				found = found || recordPlace(rs, i) == rows
			}
			if !found {
				t.Errorf("%q is not a name of place %d (%s)", n, rows, cols[0])
			}
		}
		rows++
	}
	if rows < 3000 {
		t.Errorf("places.tsv has %d places; want 3,000 or more", rows)
	}
}

// TestPlaceNames: two names of one place of the gazetteer are the same,
// whatever their spelling (each pair of the first list scores under the
// threshold without it), and the trace says so; names of no place, or of
// two places, or a place's name in a longer name score as without it.
func TestPlaceNames(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	same := [][2]string{
		{"Canton", "Guangzhou"},
		{"Munich", "München"},
		{"Tbilisi", "Tiflis"},
		{"Tbilisi", "تفلیس"},
		{"Vilnius", "Vilna"},
		{"Gdansk", "Danzig"},
		{"Gdańsk", "Danzig"},
		{"Chisinau", "Kishinev"},
		{"Chișinău", "Кишинев"},
		{"Almaty", "Alma-Ata"},
		{"Ashgabat", "Ashkhabad"},
		{"Florence", "Firenze"},
		{"Dnipro", "Dnepropetrovsk"}, // a former name, which ukplaces.tsv has not
		{"CANTON", "GUANGZHOU"},
	}
	// A name in another script than Latin and Cyrillic is still found by
	// its own form (Georgian, Armenian) as one in Latin is by its.
	for _, p := range [][2]string{{"Tbilisi", "თბილისი"}, {"Yerevan", "Երևան"}, {"Munich", "München"}, {"Munich", "Μόναχο"}} {
		if got := m.Similarity(p[0], p[1]); got < SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want %.2f or more", p[0], p[1], got, SameThreshold)
		}
	}
	for _, p := range same {
		got, steps := m.Explain(p[0], p[1])
		if got != 1 {
			t.Errorf("Explain(%q, %q) = %.3f; want 1", p[0], p[1], got)
			continue
		}
		if why := steps[len(steps)-1].Why; len(why) == 0 || !strings.HasPrefix(why[len(why)-1], "names of one place in the gazetteer") {
			t.Errorf("Explain(%q, %q): the last step says %q; want the gazetteer's place", p[0], p[1], why)
		}
	}
	different := [][2]string{
		{"Krasnodar", "Krasnoyarsk"}, // two places
		{"Austria", "Australia"},
		{"Paris", "Paris Hilton"}, // a name in a longer name
		{"Canton", "Guangzhou Evergrande"},
		{"Torin", "Tori"},     // Torí is Turin's (Catalan), Torin no place's
		{"Keir", "Keira"},     // one key as Kaira, Cairo's, not its form
		{"Shansi", "Shaanxi"}, // شانسی, Shaanxi's in Persian, is read apart
		// Latin readings of a place's names in other scripts are kept
		// apart: Kani is Cannes' in Georgian (კანი), Davidi David's in
		// Georgian, Velesa Veles' in Greek (Βελεσά), no Latin name of them.
		{"Cannes", "Kani"},
		{"David", "Davidi"},
		{"Veles", "Velesa"},
	}
	for _, p := range different {
		if got := m.Similarity(p[0], p[1]); got >= SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want under %.2f", p[0], p[1], got, SameThreshold)
		}
	}
}
