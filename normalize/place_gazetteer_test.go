package normalize

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"flag"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

var updatePlaces = flag.Bool("update-places", false, "rewrite place_index.bin and place_known.bin from countries.tsv, places.tsv and places_known.tsv")

// gazetteerTables is the text of the gazetteer's two tables in the order
// of its places: countries.tsv's countries, then places.tsv's cities and
// divisions (a country's name outranks a city's or a state's of the same
// name: Georgia, Mexico).
func gazetteerTables() (string, error) {
	var b strings.Builder
	for _, f := range []string{"countries.tsv", "places.tsv"} {
		tsv, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		b.Write(tsv)
	}
	return b.String(), nil
}

// placeIndexOf is place_index.bin as the gazetteer reads it (see
// place_gazetteer.go), written from tsv, gazetteerTables' text: each name of
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
	countries := 0 // the first rows, a country's code of two letters each
	for line := range strings.Lines(tsv) {
		cols := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if strings.HasPrefix(line, "#") || len(cols) < 3 {
			continue
		}
		place := len(first)
		if countries == place && len(cols[0]) == 2 {
			countries++
		}
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
	for _, n := range []int{len(first), len(keys), len(forms), countries} {
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

// TestPlaceIndex: the embedded place_index.bin is gazetteerTables' index as
// placeIndexOf writes it, with the keys and forms of the matcher of this
// tree (-update-places rewrites it after a change to either or to the
// table), and it holds every place and name of the table.
func TestPlaceIndex(t *testing.T) {
	tsv, err := gazetteerTables()
	if err != nil {
		t.Fatal(err)
	}
	want := placeIndexOf(tsv)
	if *updatePlaces {
		if err := os.WriteFile("place_index.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(want) != placeIndexBin {
		t.Fatalf("place_index.bin (%d bytes) is not the index of countries.tsv and places.tsv (%d bytes): run go test ./normalize -run TestPlaceIndex -update-places", len(placeIndexBin), len(want))
	}
	x := places()
	rows := 0
	for line := range strings.Lines(tsv) {
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
	wantSimilar(t, m, [][2]string{{"Tbilisi", "თბილისი"}, {"Yerevan", "Երևան"}, {"Munich", "München"}, {"Munich", "Μόναχο"}}, true)
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
	wantSimilar(t, m, different, false)
}

// TestCountryNames: a country's other names (countries.tsv, from ISO 3166
// and its translations) are one place's: its official and common names,
// its names in other languages (Deutschland; Holland, the Netherlands'
// name in Danish) and its former names when ISO 3166-3 gives the former
// country the same numeric code (Zaire, Upper Volta). Countries whose
// names look alike, a union and its parts, and a country and the country
// it joined stay apart (each pair of the second list scored under the
// threshold before the table, and must still).
func TestCountryNames(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	same := [][2]string{
		{"Zaire", "Democratic Republic of the Congo"},
		{"Upper Volta", "Burkina Faso"},
		{"Dahomey", "Benin"},
		{"Southern Rhodesia", "Zimbabwe"},
		{"New Hebrides", "Vanuatu"},
		{"Holland", "Netherlands"},
		{"Deutschland", "Germany"},
		{"Bundesrepublik Deutschland", "Germany"},
		{"Republic of Korea", "South Korea"},
		{"Congo", "Republic of the Congo"},
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
		{"Niger", "Nigeria"},
		{"Нигер", "Нигерия"},
		{"Niger", "Nigéria"},
		{"Austria", "Australia"},
		{"Guinea", "Guinea-Bissau"},
		{"Guinea", "Equatorial Guinea"},
		{"Sudan", "South Sudan"},
		{"Congo", "Democratic Republic of the Congo"}, // two countries
		{"Korea", "North Korea"},
		{"Korea", "South Korea"},
		{"Republic of Korea", "Democratic People's Republic of Korea"},
		{"Dominica", "Dominican Republic"},
		{"Macedonia", "North Macedonia"}, // the Greek region's name too
		{"Serbia", "Serbia and Montenegro"},
		{"Czechoslovakia", "Czechia"}, // a union is not its part (ISO 3166-3: divided)
		{"USSR", "Russia"},
		{"Soviet Union", "Russian Federation"},
		{"Yugoslavia", "Serbia"},
		{"German Democratic Republic", "Germany"}, // joined Germany, another number
		{"Sikkim", "India"},
		{"Zambia", "Gambia"},
		{"Slovenia", "Slovakia"},
		// A people's adjective, a language's English name, is not its
		// country, though a catalogue's name reads so: Герман (Germany
		// in Mongolian), Словак, Somali.
		{"German", "Germany"},
		{"Slovak", "Slovakia"},
		{"Somali", "Somalia"},
	}
	wantSimilar(t, m, different, false)
}

// TestCountriesApart: two names of two countries, of no city or
// division, are not the same, however alike their letters (each pair
// scored the same before), and the trace says why; a country's name
// against a name of no country, or of a city too, is scored as before.
func TestCountriesApart(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, p := range [][2]string{
		{"Anguila", "Angola"}, // Anguilla in Spanish
		{"Anguilla", "Angola"},
		{"Iceland", "Ireland"},
		{"Nigēra", "Nigeria"}, // Niger in Latvian
		{"United Mexican States", "United States"},
	} {
		got, steps := m.Explain(p[0], p[1])
		if got > countryApart {
			t.Errorf("Explain(%q, %q) = %.3f; want %.1f or less", p[0], p[1], got, countryApart)
			continue
		}
		if why := steps[len(steps)-1].Why; len(why) == 0 || why[len(why)-1] != "names of two countries in the gazetteer" {
			t.Errorf("Explain(%q, %q): the last step says %q; want two countries", p[0], p[1], why)
		}
	}
	wantSimilar(t, m, [][2]string{
		{"Nigeria", "Nigerija"},            // one country
		{"Georgia", "Georgia"},             // a state of the United States too
		{"Angola", "Angolaa"},              // a name of no place
		{"Guinea-Bissau", "Guinea Bissau"}, // one country
	}, true)
}

// TestCountriesTable: countries.tsv names each country once, before the
// places (the index counts them), and no name of one country is another
// country's: a name two countries shared after folding or by key was left
// out (but in the country whose English name it is), so no form of the
// index is two countries'; no former name of a union, a part or a
// country that joined another is a country's.
func TestCountriesTable(t *testing.T) {
	tsv, err := os.ReadFile("countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	x := places()
	codes, rows := map[string]bool{}, 0
	forms := map[string]int{}
	for line := range strings.Lines(string(tsv)) {
		cols := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if strings.HasPrefix(line, "#") || len(cols) < 3 {
			continue
		}
		if len(cols[0]) != 2 || codes[cols[0]] {
			t.Errorf("countries.tsv row %d: place %q; want a code of two letters, once", rows, cols[0])
		}
		codes[cols[0]] = true
		names := strings.Split(cols[2], "|")
		if got := x.name(rows); got != names[0] {
			t.Errorf("place %d is named %q; want the country %q", rows, got, names[0])
		}
		for _, n := range names {
			f := string(placeForm(nil, n))
			if r, ok := forms[f]; ok && r != rows {
				t.Errorf("%q (%s) has the form of a name of country row %d", n, cols[0], r)
			}
			forms[f] = rows
		}
		rows++
	}
	if rows < 240 || x.countries != rows {
		t.Errorf("countries.tsv has %d countries, the index %d; want 240 or more, the same", rows, x.countries)
	}
	for _, n := range []string{"Czechoslovakia", "USSR", "Yugoslavia", "German Democratic Republic", "Sikkim", "Korea", "Macedonia"} {
		if rs := x.formRecords(placeForm(nil, n)); len(rs) > 0 && recordPlace(rs, 0) < rows {
			t.Errorf("%q is a name of country %q; want none", n, x.name(recordPlace(rs, 0)))
		}
	}
}

// wantSimilar checks that m scores each pair at SameThreshold or more
// (same) or under it (!same).
func wantSimilar(t *testing.T, m *Matcher, pairs [][2]string, same bool) {
	t.Helper()
	for _, p := range pairs {
		if got := m.Similarity(p[0], p[1]); (got >= SameThreshold) != same {
			want := "under"
			if same {
				want = "at least"
			}
			t.Errorf("Similarity(%q, %q) = %.3f; want %s %.2f", p[0], p[1], got, want, SameThreshold)
		}
	}
}

// TestPlaceKnownIndex: the embedded place_known.bin is the index of
// countries.tsv and places_known.tsv as placeIndexOf writes it
// (-update-places rewrites it), and every row's first name is a name of
// its place.
func TestPlaceKnownIndex(t *testing.T) {
	var b strings.Builder
	for _, f := range []string{"countries.tsv", "places_known.tsv"} {
		tsv, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(tsv)
	}
	tsv := b.String()
	want := placeIndexOf(tsv)
	if *updatePlaces {
		if err := os.WriteFile("place_known.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(want) != placeKnownBin {
		t.Fatalf("place_known.bin (%d bytes) is not the index of countries.tsv and places_known.tsv (%d bytes): run go test ./normalize -run TestPlaceKnownIndex -update-places", len(placeKnownBin), len(want))
	}
	x := knownPlaces()
	rows := 0
	for line := range strings.Lines(tsv) {
		cols := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if strings.HasPrefix(line, "#") || len(cols) < 3 {
			continue
		}
		first := strings.Split(cols[2], "|")[0]
		if got := x.name(rows); got != first {
			t.Errorf("place %d is named %q; want %q", rows, got, first)
		}
		pop, err := strconv.Atoi(cols[1])
		switch country := rows < x.countries; {
		case country:
		case err != nil:
			t.Errorf("place %s (%s): population %q: %v", cols[0], first, cols[1], err)
		case !strings.Contains(cols[0], ".") && pop < placeKnownPop:
			t.Errorf("city %s (%s) has %d people; places_known.tsv's least is placeKnownPop, %d", cols[0], first, pop, placeKnownPop)
		case (rows < placeKnownBig) != (pop >= placeKnownBigPop):
			t.Errorf("place %d, %s (%s), of %d people: big is %v; placeKnownBig %d is not the first place under placeKnownBigPop, %d", rows, cols[0], first, pop, rows < placeKnownBig, placeKnownBig, placeKnownBigPop)
		}
		rows++
	}
	if rows < 5000 {
		t.Errorf("countries.tsv and places_known.tsv have %d places; want 5,000 or more", rows)
	}
}
