package normalize

import "strings"

// A company's legal form. The suffix that says a company's legal form
// (Ltd, Corp, Co, Inc, PLC, LLC, GmbH, PJSC...) is part of its registered
// name but not of the name it goes by: Arch Capital Group and Arch Capital
// Group Ltd, CRRC Group and CRRC Group Corporation are one company. Two
// names that are the same once a final legal form is taken off either are
// the same. The name left must keep two words (Oracle Corporation and
// Oracle are not this rule's) and must match the other as a whole, so
// that a different name with the same suffix stays apart (Astronics
// Corporation, Multibeam Corporation).

// legalForms are the legal-form suffixes, by lower-cased word without dots.
var legalForms = map[string]bool{
	"ltd": true, "limited": true, "co": true, "corp": true, "corporation": true, "inc": true,
	"incorporated": true, "plc": true, "llc": true, "gmbh": true, "ag": true, "sa": true,
	"spa": true, "srl": true, "bv": true, "nv": true, "pjsc": true, "ojsc": true, "jsc": true,
	"oao": true, "zao": true, "pty": true, "lp": true, "llp": true,
	// The abbreviations of other countries' legal forms, as ISO 20275's
	// list of entity legal forms gives them: Norway and Denmark AS, A/S,
	// ASA, ApS; Sweden AB; Finland Oy, Oyj; the Czech Republic and
	// Slovakia a.s., s.r.o.; former Yugoslavia d.o.o., d.d.; Hungary Kft.,
	// Zrt., Nyrt.; Spain S.L.; France SAS, SARL; Germany KG, OHG; Brazil
	// and Portugal Ltda., Lda.; Russia OOO, PAO,
	// AO; Japan K.K.
	"as": true, "a/s": true, "asa": true, "aps": true, "ab": true, "oy": true, "oyj": true,
	"sro": true, "doo": true, "dd": true, "kft": true, "zrt": true, "nyrt": true,
	"sl": true, "sas": true, "sarl": true, "kg": true, "ohg": true, "ltda": true, "lda": true,
	"ooo": true, "pao": true, "ao": true, "kk": true,
}

// trimLegalForm returns s without its final legal-form word (and a comma
// before it), and whether it had one; the rest must keep two words.
func trimLegalForm(s string) (string, bool) {
	s = strings.TrimRight(s, " .")
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 {
		return s, false
	}
	if !legalFormWord(s[i+1:]) {
		return s, false
	}
	rest := strings.TrimRight(s[:i], " ,")
	if !strings.Contains(rest, " ") {
		return s, false
	}
	return rest, true
}

// legalFormVariant reports whether a and b are the same name but for a
// final legal form of one or both (by the matcher without this rule).
func legalFormVariant(a, b string, g *Glossary) bool {
	ta, oka := trimLegalForm(a)
	tb, okb := trimLegalForm(b)
	if !oka && !okb {
		return false
	}
	return similarityWith(ta, tb, g) >= SameThreshold
}

// legalFormWord reports, without allocating, whether w less its dots is a
// legal form of legalForms (any case).
func legalFormWord(w string) bool {
	var buf [16]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == '.' {
			continue
		}
		if n == len(buf) || c >= 0x80 {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c |= 0x20
		}
		buf[n] = c
		n++
	}
	return legalForms[string(buf[:n])]
}
