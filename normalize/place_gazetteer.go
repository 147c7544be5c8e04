package normalize

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// A gazetteer of the world's places (issue 11): the countries, by their
// official, common, translated and former names (countries.tsv, from ISO
// 3166 as Debian's iso-codes ships it: Holland, the Netherlands' name in
// Danish; Zaire, the Democratic Republic of the Congo's until 1997; a
// former name only of a country renamed, never of a union or a part:
// not the USSR, Czechoslovakia, the German Democratic Republic), then the
// cities of 15,000 people or more and the first-level divisions, each with
// its names in other languages (places.tsv, from GeoNames; a city under 100,000 people
// with only its names in other scripts than Latin and Cyrillic, which are
// too often a declension that is a person's name too: Martina of Martin). It sees what no spelling
// rule can: an exonym (Canton, Guangzhou; Munich, München), a former name
// (Tiflis, Tbilisi; Danzig, Gdańsk) or a Russian form (Кишинев, Chișinău).
//
// placeNames reads the two whole names, not a word inside a longer name (a
// person named Paris Hilton is not the city), and decides only when both
// are names of one place in the table: they are the same, score 1 and no
// stage after, as two forms of one glossary entry are. Of names of two
// countries only (Anguila and Angola, Slovenia and Slovakia: each a name
// of one country and of no city or division) it says they are not the
// same, at most countryApart: the countries' table keeps every name and
// none that two countries share. Of other names of different places
// (Krasnodar, Krasnoyarsk) the places' table says nothing (two
// well-known places' own names are capped by knownPlacesCap, from
// another table: place_known.go): the places' table
// leaves out the names the matcher joins to a place's own (Praga for
// Prague), and a division shares its capital's names in some languages,
// so two places' names are often one place's (BENCHMARKS.md, branch
// places61). A name two places share (Victoria, Córdoba) is each place's;
// the rows are by population, largest first, so the trace names the
// largest place the two names share.
//
// # The index
//
// The binary embeds place_index.bin, which TestPlaceIndex writes from
// countries.tsv and places.tsv, in that order (go test ./normalize -run
// TestPlaceIndex -update-places) and
// checks against it: keying 64,000 names at start-up would cost more than
// a batch of 100,000 pairs spends on them (400 M instructions). It holds,
// little-endian:
//
//	u32 places, u32 keys, u32 forms, u32 countries (countries.tsv's rows, the first places)
//	the places' first names (a country's English, a place's GeoNames'), each ended by a 0 byte, by row
//	keys × u32: the FNV-1a hashes of the names' keys (s.prepare), sorted
//	forms × (u32 FNV-1a of a name's form (placeForm), u16 place), sorted
//
// A name is a place's when its key's hash is among the keys (one binary
// search turns away most names, a person's) and its form's hash is a
// form's of the place: a hash of 32 bits, where two of 62,000 forms or
// one a name with no form in the table could share one by chance (one in
// 69,000).

// placeIndexBin is the gazetteer's index; see TestPlaceIndex.
//
//go:embed place_index.bin
var placeIndexBin string

// placeIndex is place_index.bin's sections.
type placeIndex struct {
	names     string  // the places' first names, each ended by a 0 byte
	starts    []int32 // where each place's first name starts in names
	keys      string  // u32 hashes, sorted
	forms     string  // (u32 hash, u16 place) records, sorted
	countries int     // places 0 to countries-1 are countries.tsv's
}

// placeFormSize is the size of a record of placeIndex.forms.
const placeFormSize = 6

// places is placeIndexBin's sections, found on first use.
var places = sync.OnceValue(func() placeIndex { return readPlaceIndex(placeIndexBin) })

// readPlaceIndex slices b, an index in place_index.bin's format, into its
// sections.
func readPlaceIndex(b string) placeIndex {
	if len(b) < 16 {
		return placeIndex{}
	}
	np, nk, nf, nc := int(le32(b, 0)), int(le32(b, 4)), int(le32(b, 8)), int(le32(b, 12))
	b = b[16:]
	end, starts := 0, make([]int32, np)
	for i := range np {
		starts[i] = int32(end)
		end += strings.IndexByte(b[end:], 0) + 1
	}
	names, b := b[:end], b[end:]
	return placeIndex{names: names, starts: starts, keys: b[:4*nk], forms: b[4*nk : 4*nk+placeFormSize*nf], countries: nc}
}

func le32(b string, i int) uint32 {
	return uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24
}

// placeHash is the FNV-1a hash of b, a name's key or form.
func placeHash(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// hasKey reports whether key k's hash is a name's key's.
func (x placeIndex) hasKey(k []byte) bool {
	h, n := placeHash(k), len(x.keys)/4
	i := sort.Search(n, func(m int) bool { return le32(x.keys, 4*m) >= h })
	return i < n && le32(x.keys, 4*i) == h
}

// formRecords returns the records of the forms whose hash is form f's,
// sorted by place.
func (x placeIndex) formRecords(f []byte) string {
	h := placeHash(f)
	n := len(x.forms) / placeFormSize
	lo := sort.Search(n, func(m int) bool { return le32(x.forms, placeFormSize*m) >= h })
	end := lo
	for end < n && le32(x.forms, placeFormSize*end) == h {
		end++
	}
	return x.forms[placeFormSize*lo : placeFormSize*end]
}

// recordPlace is the place of the i-th record of rs.
func recordPlace(rs string, i int) int {
	o := placeFormSize*i + 4
	return int(rs[o]) | int(rs[o+1])<<8
}

// name returns the first name of place p.
func (x placeIndex) name(p int) string {
	s := x.names[x.starts[p]:]
	return s[:strings.IndexByte(s, 0)]
}

// placeForm appends to dst the form of name the table is indexed by: its
// letters in Latin (appendLatin), lower-case, without marks, spaces or
// hyphens (Alma-Ata, Алма-Ата: almaata). Two names are one place's only
// when each is a name of the table in this form, not a key of the matcher,
// which reads more names as one (Torin and Torí, a name of Turin, have
// one key). A name in a script other than Latin and Cyrillic has its form
// apart, after its script's tag byte (placeTag): its Latin reading is often
// another name in Latin (კანი, Cannes in Georgian, reads as Kani; დავიდი,
// David's, as Davidi), so a name in Latin is found only by the table's names
// in Latin and Cyrillic, never by a reading. A name in kana, which
// appendLatin leaves as it is, is found only as the table writes it
// (カンパラ, Kampala).
func placeForm(dst []byte, name string) []byte {
	if t := placeTag(name); t != tagNone {
		dst = append(dst, t)
	}
	return appendLatin(dst, name)
}

// The tag bytes of placeForm, one a script: a reading in one script's
// rules equal to a reading in another's is a coincidence, as a reading
// equal to a Latin name is. An abjad's (Arabic, Hebrew) is 0: written
// without most vowels, its readings are other names' too (شانسی reads as
// Shansi, a name of no place in Latin), and it is found only by a name
// in an abjad (placeOf).
const (
	tagAbjad byte = iota
	tagGreek
	tagHan // and kana: a Japanese name writes both
	tagGeorgian
	tagArmenian
	tagOther             // Hangul, Devanagari, Thai ...
	tagNone  byte = 0xFF // Latin and Cyrillic, and a name without letters
	tagLast       = tagOther
)

// placeTag is the tag of name's form: its script's, or tagNone for a
// name in Latin and Cyrillic letters. A name that mixes scripts ("Shanghai
// - 上海") has the tag of its last letter of another script than Latin and
// Cyrillic, an abjad's before any.
func placeTag(name string) byte {
	tag := tagNone
	for _, r := range name {
		switch {
		case r < 0x0370 || (r >= 0x0400 && r <= 0x052F) || !unicode.IsLetter(r):
		case r >= 0x0590 && isAbjad(r):
			return tagAbjad
		case r <= 0x03FF || (r >= 0x1F00 && r <= 0x1FFF):
			tag = tagGreek
		case (r >= 0x10A0 && r <= 0x10FF) || (r >= 0x1C90 && r <= 0x1CBF):
			tag = tagGeorgian
		case r >= 0x0530 && r <= 0x058F:
			tag = tagArmenian
		case isHan(r) || (r >= 0x3040 && r <= 0x30FF):
			tag = tagHan
		case !unicode.Is(unicode.Latin, r) && !unicode.Is(unicode.Cyrillic, r):
			tag = tagOther
		}
	}
	return tag
}

// sharedPlace returns the first place of the records ra and rb share.
func sharedPlace(ra, rb string) (int, bool) {
	for i, j := 0, 0; i < len(ra)/placeFormSize && j < len(rb)/placeFormSize; {
		switch pa, pb := recordPlace(ra, i), recordPlace(rb, j); {
		case pa == pb:
			return pa, true
		case pa < pb:
			i++
		default:
			j++
		}
	}
	return -1, false
}

// placeOf returns the place names a and b, whose keys are s.fullA and
// s.fullB, are names of, the largest when several, and whether they are
// names of one place. When they are not, and each is a name of countries
// only (of no city or division), it returns twoCountries: two countries'
// names (countryApart).
func (s *simState) placeOf(a, b string) (int, bool) {
	x := places()
	if !x.hasKey(s.fullA) || !x.hasKey(s.fullB) {
		return -1, false
	}
	ras := s.placeRecords(x, a)
	if ras[0] == "" && ras[1] == "" {
		return -1, false
	}
	rbs := s.placeRecords(x, b)
	best, ok := -1, false
	for _, ra := range ras {
		for _, rb := range rbs {
			if p, found := sharedPlace(ra, rb); found && (!ok || p < best) {
				best, ok = p, true
			}
		}
	}
	if !ok && countriesOnly(x, ras) && countriesOnly(x, rbs) {
		return twoCountries, false
	}
	return best, ok
}

// twoCountries is placeOf's answer for two names of two countries only.
const twoCountries = -2

// countriesOnly reports whether the records rs of a name are some and
// all of countries.
func countriesOnly(x placeIndex, rs [2]string) bool {
	n := 0
	for _, r := range rs {
		for i := range len(r) / placeFormSize {
			if recordPlace(r, i) >= x.countries {
				return false
			}
			n++
		}
	}
	return n > 0
}

// placeRecords returns the records of name's form and, for a name in a
// script with a tag other than an abjad's, of its Latin reading without
// the tag: such a name is found by the table's names in its script and,
// as a Latin name is, by its names in Latin and Cyrillic (Վյենտյան reads
// as Vyentyan, a name of Vientiane in Latin and in Ukrainian).
func (s *simState) placeRecords(x placeIndex, name string) [2]string {
	var rs [2]string
	s.formBuf = placeForm(s.formBuf[:0], name)
	rs[0] = x.formRecords(s.formBuf)
	if len(s.formBuf) > 0 && s.formBuf[0] > tagAbjad && s.formBuf[0] <= tagLast {
		rs[1] = x.formRecords(s.formBuf[1:])
	}
	return rs
}

// countryApart is the most a pair of two countries' names scores
// (placeNames): under the threshold, as the look-alike caps of capsStage
// (Niger, Nigeria; Anguilla, Angola; Slovenia, Slovakia).
const countryApart = 0.8

// placeNames is the gazetteer's part of baseStage: when the pair's two
// names are names of one place, its score is 1 and p is final, as for two
// forms of one glossary entry; when they are names of two countries and
// of no city or division, neither a name both countries share (the table
// has none: countries_gazetteer.py leaves such a name out), its score is
// at most countryApart and p is final; otherwise score is left as it is.
// Of a city's or a division's names it says nothing of the kind: their
// table leaves out the names the matcher already joins, and a division
// shares its capital's names (BENCHMARKS.md, branch places61, Tried);
// knownPlacesCap does, from a table that leaves out none.
func placeNames(r *stageRun, p *pairSim, score float64) float64 {
	s := r.s
	if len(s.fullA) < 3 || len(s.fullB) < 3 {
		return score
	}
	if score >= 1 {
		return knownPlacesCap(r, p, score) // two names of one key: Samara, Samarra
	}
	place, ok := s.placeOf(p.a, p.b)
	if place == twoCountries {
		p.final = true
		if r.trace != nil {
			r.trace("names of two countries in the gazetteer")
		}
		return min(score, countryApart)
	}
	if !ok {
		return knownPlacesCap(r, p, score)
	}
	if givenNotPlace(p.a, p.b, place) { // given_sexes.go: Mila, Milano; Milan, Milana
		if r.trace != nil {
			r.trace("names of one place in the gazetteer, \u201c" + places().name(place) + "\u201d, but given names too: not read as the place")
		}
		return score
	}
	p.final = true
	if r.trace != nil {
		r.trace("names of one place in the gazetteer, \u201c" + places().name(place) + "\u201d")
	}
	return 1
}

// knownPlacesCap is placeNames' look-alike cap (place_known.go): when the
// pair's names score over placesApart and are names of two different
// well-known places, and of no one place of the places' table either, its
// score is placesApart and p is final; otherwise score is left as it is.
func knownPlacesCap(r *stageRun, p *pairSim, score float64) float64 {
	if score <= placesApart {
		return score
	}
	na, nb, apart := r.s.knownApart(p.a, p.b)
	if !apart {
		return score
	}
	if score >= 1 { // placeNames has not asked the places' table
		if _, one := r.s.placeOf(p.a, p.b); one {
			return score
		}
	}
	p.final = true
	if r.trace != nil {
		r.trace("names of two different places in the gazetteer, \u201c" + na + "\u201d and \u201c" + nb + "\u201d")
	}
	return placesApart
}
