package normalize

import (
	"strings"
	"testing"
)

// TestCheckSpellingRefusesInvisibleMarks: a name with a bidirectional mark
// (U+200E, U+200F, U+061C, the embeddings and isolates), a zero-width
// space, a word joiner or a byte order mark inside it is refused, by names
// add, POST /api/v1/glossary (CheckSpelling) and a glossary file (names
// import), as a control character is. Such a mark comes with a name
// copied from right-to-left text and shows nowhere: "\u200fAli" was stored
// as the canonical form, and normalize then wrote the mark into every
// "Ali" it rewrote (trial38). The joiners Persian and Indic scripts spell
// with (ZWNJ, ZWJ) stay allowed.
func TestCheckSpellingRefusesInvisibleMarks(t *testing.T) {
	for _, s := range []string{"\u200fAli", "Ali\u200e", "Ali\u200b Khan", "\u202bعلی\u202c", "\u2067Ali\u2069", "Ali\u061c", "Al\ufeffi", "Ali\u2060Khan"} {
		if err := CheckSpelling(s); err == nil || !strings.Contains(err.Error(), "invisible") {
			t.Errorf("CheckSpelling(%+q) = %v; want an error naming the invisible mark", s, err)
		}
		if _, err := ReadEntries(strings.NewReader("Ali Khan\t\t"+s+"\t\n"), FormatTSV); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("ReadEntries of a variant %+q = %v; want an error at line 1", s, err)
		}
	}
	for _, s := range []string{"محمدرضا", "می\u200cخواهم", "क्\u200dष", "Ali Khan"} {
		if err := CheckSpelling(s); err != nil {
			t.Errorf("CheckSpelling(%+q) = %v; want no error", s, err)
		}
	}
}

// TestCheckSpellingRefusesStrayMarks: a combining mark with no letter
// before it, at the start of a name or of one of its words (a Devanagari
// vowel sign whose consonant was lost in a copy, "\u093fदानिलोव"), is
// refused by names add, the API and a glossary file, naming the mark:
// stored, normalize wrote it onto the space or letter before the name.
// Marks after their letters, decomposed accents, Arabic harakat, Indic
// vowel signs and viramas, stay allowed.
func TestCheckSpellingRefusesStrayMarks(t *testing.T) {
	for _, s := range []string{"\u093fदानिलोव", "\u0301Danilov", "Alexey \u0301Danilov", "मारिया \u093cज़खारोवा", "\u0651محمد"} {
		if err := CheckSpelling(s); err == nil || !strings.Contains(err.Error(), "combining mark") || !strings.Contains(err.Error(), "U+") {
			t.Errorf("CheckSpelling(%+q) = %v; want an error naming the combining mark", s, err)
		}
		if _, err := ReadEntries(strings.NewReader("Danilov\t\t"+s+"\t\n"), FormatTSV); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("ReadEntries of a variant %+q = %v; want an error at line 1", s, err)
		}
	}
	for _, s := range []string{"दानिलोव", "विक्टर त्सोय", "Hisse\u0300ne Habre\u0301", "مُحَمَّد", "שָׁלוֹם", "Đặng Thị"} {
		if err := CheckSpelling(s); err != nil {
			t.Errorf("CheckSpelling(%+q) = %v; want no error", s, err)
		}
	}
}
