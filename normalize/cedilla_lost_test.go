package normalize

import "testing"

// TestLostCedillaSim: a c between a diphthong's ay, ey, oy, ai, ei, oi and
// a, o or u read as the ç French writes there, against a name with an s,
// in both orders, any case and any word of the name; a c after a single
// vowel or a consonant, or at a word's start, keeps two names apart.
func TestLostCedillaSim(t *testing.T) {
	kept := [][2]string{
		{"Faycal", "Faysal"},                         // Fayçal
		{"Faycal", "Faisal"},                         // the same
		{"FEYCAL", "feysal"},                         // any case
		{"Faycal Boughanemi", "Faysal al-Bughanimi"}, // in a name of more words
		{"Faycal Ben Ahmed", "Faisal bin Ahmed"},     // the same
		{"Ahmed Faycal", "Ahmed Faysal"},             // not the first word
	}
	apart := [][2]string{
		{"Roca", "Rosa"},     // a c after one vowel: Spanish k
		{"Macon", "Mason"},   // the same: English and French k
		{"Paco", "Paso"},     // the same
		{"Lucas", "Lusas"},   // the same
		{"Caysal", "Saysal"}, // a word's first c
		{"Nicola", "Nisola"}, // i after a consonant is no diphthong
	}
	checkApart(t, bothOrders(apart), bothOrders(kept))
}

// TestLostCedillaReading: what lostCedillaReading rewrites, and the names
// it leaves ("").
func TestLostCedillaReading(t *testing.T) {
	for _, c := range []struct{ name, other, want string }{
		{"Faycal", "Faysal", "Faysal"},
		{"FAYCAL", "faysal", "FAYSAL"}, // the case kept
		{"Faycal Boughanemi", "Faisal", "Faysal Boughanemi"},
		{"Aicao Feyco", "s", "Aisao Feyso"}, // each such c
		{"Faycal", "Faykal", ""},            // no s in other
		{"Faysal", "Faycal", ""},            // no c to read
		{"Roca", "Rosa", ""},                // one vowel before c
		{"Faycel", "Faysel", ""},            // c before e
		{"Fayc", "Fays", ""},                // c at the end
		{"Ycao", "Ysao", ""},                // too near the start
	} {
		if got := lostCedillaReading(c.name, c.other); got != c.want {
			t.Errorf("lostCedillaReading(%q, %q) = %q; want %q", c.name, c.other, got, c.want)
		}
	}
}
