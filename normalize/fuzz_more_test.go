package normalize

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadGlossary reads arbitrary text in each glossary format, TBX-Min
// (2013 and v3 DCT), multilingual TBX and CSV with semicolons among the
// seeds: an error is a *ParseError on a line of the input; what is read
// writes as JSONL, TBX, TBX 2 and CSV and reads back to the same entries
// (canonical form, kind, variants and languages), and as TSV, where it can
// be written, too; white space inside a name stays as written ("A  B").
func FuzzReadGlossary(f *testing.F) {
	for _, s := range []struct{ format, in string }{
		{"tbx", `<TBX dialect="TBX-Min" xml:lang="en"><body><conceptEntry id="c1"><langGroup xml:lang="en"><termGroup><term>Kiev</term><termStatus>notRecommended</termStatus></termGroup><termGroup><term>Kyiv</term><termStatus>preferred</termStatus></termGroup></langGroup><langGroup xml:lang="de"><termGroup><term>Kyjiw</term></termGroup></langGroup></conceptEntry></body></TBX>`},
		{"tbx", `<tbx type="TBX-Min" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0" xmlns:min="http://www.tbxinfo.net/ns/dct/min"><text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>Odessa</term><min:administrativeStatus>deprecated</min:administrativeStatus></termSec><termSec><term>Odesa</term></termSec></langSec></conceptEntry></body></text></tbx>`},
		{"tbx", `<martif type="TBX"><text><body><termEntry><langSet xml:lang="en"><tig><term>Tehran</term></tig></langSet><langSet xml:lang="fr"><ntig><termGrp><term>Téhéran</term></termGrp></ntig></langSet></termEntry></body></text></martif>`},
		{"csv", "canonical;kind;variants\n\"Tehran\";place;\"Teheran|\r\nTahran\";\r\n"},
		{"csv", "Tehran,place,Teheran|Tahran,en fr\n"},
		{"tsv", "Qassem Soleimani\tperson\tQasim Soleimani|Ghasem Soleimani\ten\n"},
		{"jsonl", `{"canonical":"Kyiv","kind":"place","variants":["Kiev"],"langs":["en","de"]}`},
		{"auto", "canonical;kind\nTehran;place\n"},
		{"tsv", "Abu  Sabiriya\tperson\tAbu\u00a0Sabiriya\n"},
	} {
		f.Add(s.format, s.in)
	}
	f.Fuzz(func(t *testing.T, name, in string) {
		format := Format(name)
		switch format {
		case FormatTSV, FormatCSV, FormatJSONL, FormatTBX, FormatAuto:
		default:
			return
		}
		es, err := ReadEntries(strings.NewReader(in), format)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				if strings.Contains(err.Error(), "line") {
					return // a reader's own error (bufio.ErrTooLong...) naming the line
				}
				t.Fatalf("%s %+q: error %v (%T) is no *ParseError", format, in, err, err)
			}
			if lines := strings.Count(in, "\n") + strings.Count(in, "\r") + 1; pe.Line < 1 || pe.Line > lines+1 {
				t.Fatalf("%s %+q: error on line %d of %d: %v", format, in, pe.Line, lines, err)
			}
			return
		}
		for _, e := range es {
			if !utf8.ValidString(e.Canonical) {
				t.Fatalf("%s %+q: canonical %+q is not UTF-8", format, in, e.Canonical)
			}
		}
		for _, f2 := range []Format{FormatJSONL, FormatTBX, FormatTBX2, FormatTSV, FormatCSV} {
			var b bytes.Buffer
			if err := WriteEntries(&b, es, f2); err != nil {
				if f2 == FormatTSV {
					continue // a name with a tab or a line break has no TSV form
				}
				t.Fatalf("write %s: %v", f2, err)
			}
			back, err := ReadEntries(bytes.NewReader(b.Bytes()), f2)
			if err != nil {
				t.Fatalf("%s %+q: re-read %s: %v\n%s", format, in, f2, err, b.String())
			}
			if !sameEntries(es, back) {
				t.Fatalf("%s %+q: %s round trip:\n%+v\nwant\n%+v\n%s", format, in, f2, back, es, b.String())
			}
		}
	})
}

// sameEntries compares entries as written (white space inside a name
// too: "A  B" stays so in every format): nil and empty lists alike.
func sameEntries(a, b []Entry) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Canonical != y.Canonical || x.Kind != y.Kind || len(x.Variants) != len(y.Variants) || len(x.Langs) != len(y.Langs) {
			return false
		}
		if len(x.Variants) > 0 && !reflect.DeepEqual(x.Variants, y.Variants) {
			return false
		}
		for j := range x.Langs {
			if x.Langs[j] != y.Langs[j] {
				return false
			}
		}
	}
	return true
}

// FuzzKoreanReading: a name's Korean reading is ASCII, one '.'-ended
// syllable for each of at most five; it does not depend on the letters'
// case (an ASCII name), and koreanSame is symmetric and, for a name that
// has a reading, reflexive.
func FuzzKoreanReading(f *testing.F) {
	for _, p := range [][2]string{
		{"Jang Bom Su", "Jang Pom Su"}, {"Kim Jong Sik", "Kim Cho’ng-sik"}, {"Jon Myong Guk", "Cho’n Myo’ng-kuk"},
		{"Ri Jae Il", "RI Chae-Il"}, {"Kim Jong Un", "Kim Jong Il"}, {"Abu Hamza", "Qasim Rimi"}, {"Pak -- Ŏn", "Pak Ŭn"},
	} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		r, ok := koreanReading(nil, a)
		if ok {
			n := bytes.Count(r, []byte("."))
			if n < 2 || n > 5 || r[len(r)-1] != '.' {
				t.Fatalf("koreanReading(%q) = %q: %d syllables", a, r, n)
			}
			for _, c := range r {
				if c >= utf8.RuneSelf {
					t.Fatalf("koreanReading(%q) = %q: not ASCII", a, r)
				}
			}
			if !koreanSame(a, a) {
				t.Fatalf("koreanSame(%q, itself) = false", a)
			}
		}
		if isASCII(a) {
			up, uok := koreanReading(nil, strings.ToUpper(a))
			if uok != ok || string(up) != string(r) {
				t.Fatalf("koreanReading(%q) = %q, %v; of its upper case %q, %v", a, r, ok, up, uok)
			}
		}
		if koreanSame(a, b) != koreanSame(b, a) {
			t.Fatalf("koreanSame(%q, %q) is not symmetric", a, b)
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// FuzzVowelRules: the long-vowel and short-vowel rules are symmetric and
// tell no name from itself; two words that differ only in short vowels
// have the same consonants in the same places.
func FuzzVowelRules(f *testing.F) {
	for _, p := range [][2]string{
		{"Naseer Ahmad", "Nasser Ahmad"}, {"Rasheed Khan", "Rashed Khan"}, {"Kellee", "Kelle"},
		{"rimi", "rami"}, {"khalaf", "khalif"}, {"hasan", "husein"}, {"maria", "mario"}, {"jahani", "juhani"},
	} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if longVowelDistinct(a, b) != longVowelDistinct(b, a) {
			t.Fatalf("longVowelDistinct(%q, %q) is not symmetric", a, b)
		}
		if longVowelDistinct(a, a) {
			t.Fatalf("longVowelDistinct(%q, itself)", a)
		}
		if shortVowelsOnly(a, b) != shortVowelsOnly(b, a) {
			t.Fatalf("shortVowelsOnly(%q, %q) is not symmetric", a, b)
		}
		if shortVowelsOnly(a, b) {
			for i := 0; i < len(a); i++ {
				if !isVowel(a[i]) && a[i] != b[i] {
					t.Fatalf("shortVowelsOnly(%q, %q): consonant %q differs", a, b, a[i])
				}
			}
		}
	})
}
