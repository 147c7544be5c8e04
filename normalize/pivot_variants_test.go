package normalize

import "testing"

// TestEnglishSpellingSim: English spellings of one sound read as the other
// name's (ew inside a word as u: Prewitt, Pruitt; Drew, Dru; eigh before t
// as ay, augh as aw, dg before e, i or y as g, sch before a vowel as sk),
// in both orders and any case. The reading asks the letters before the
// spelling to be the same, the other spelling where it is, and none of the
// first in the other name; then the rest decides: a letter more or another
// consonant keeps two names apart (Hewson, Hudson; Newman, Nunan). An
// initial ew is no vowel of English (Ewing), a final eigh or sch is
// another sound (Leigh, Rusch), and a Pinyin syllable is a Chinese surname
// (Chew, Chu).
func TestEnglishSpellingSim(t *testing.T) {
	kept := [][2]string{
		{"Prewitt", "Pruitt"},       // ew and u, /uː/
		{"Hewett", "Huett"},         // the same
		{"Blewett", "Bluett"},       // the same
		{"Jewell", "Juell"},         // the same
		{"Dewey", "Duey"},           // the same, before a y
		{"Drew", "Dru"},             // a final ew; three letters
		{"McKewen", "McKuen"},       // after Mc
		{"NEWELL", "nuell"},         // any case
		{"Hewitt", "Huett"},         // and an unstressed i against e
		{"Tewksbury", "Tuksbury"},   // before a consonant
		{"Leighton", "Layton"},      // eigh before t as ay
		{"Deighton", "Dayton"},      // the same
		{"Laughton", "Lawton"},      // augh as aw
		{"Straughn", "Strawn"},      // the same
		{"Rodgers", "Rogers"},       // dg before e as g
		{"Rodger", "Roger"},         // the same (Roger is Pinyin-shaped, but no one syllable)
		{"Hodgins", "Hogins"},       // dg before i
		{"Paschalis", "Paskalis"},   // sch before a vowel as sk
		{"Fischer", "Fisker"},       // the same
		{"Millais", "Millay"},       // a final French -ais as -ay
		{"Calais", "Calay"},         // the same
		{"Raoult", "Raoul"},         // a final French -oult as -oul
		{"Arnoult", "Arnoul"},       // the same
		{"Bamfield", "Banfield"},    // m before f as n
		{"Bamford", "Banford"},      // the same
		{"Montluc", "Monluc"},       // the French silent t of mont before a consonant
		{"Pontbriand", "Ponbriand"}, // of pont
	}
	apart := [][2]string{
		{"Hewson", "Hudson"},            // a d more than the ew
		{"Newman", "Nunan"},             // another consonant
		{"Drew", "Drue"},                // the e of Drue is a letter more
		{"Ewing", "Uing"},               // an initial ew is left
		{"Hewitt", "Hunt"},              // read Huitt: a letter less and another
		{"Chew", "Chu"},                 // the other a Pinyin syllable: two Chinese surnames
		{"Yew", "Yu"},                   // the same
		{"Leigh", "Lay"},                // a final eigh is left (Leigh is /liː/)
		{"Keighley", "Kayley"},          // eigh before l is left
		{"Hodgson", "Hogson"},           // dg before s is left
		{"Laughton", "Lawson"},          // aw read, another consonant
		{"Rodgers", "Rogerson"},         // dg read, a syllable more
		{"Rusch", "Rusk"},               // a final sch is left
		{"Schott", "Skott"},             // and an initial one
		{"Andrew Lewis", "Andrew Luis"}, // names of one word only
		{"Hewitt", "Hewett Huitt"},      // the same
		{"Gault", "Gaul"},               // -ault is left: Gault speaks its t
		{"Harvais", "Harvey"},           // -ais is read as -ay only
		{"Donagh", "Dona"},              // the Irish -agh is left (a man's name, a woman's)
		{"Raoult", "Raoulx"},            // -oul at the other's end only
		{"Ponty", "Pony"},               // ont before y is left
	}
	checkApart(t, bothOrders(apart), bothOrders(kept))
}

// TestSpellingReading: what spellingReading rewrites, and the names it
// leaves ("").
func TestSpellingReading(t *testing.T) {
	for _, c := range []struct{ name, other, want string }{
		{"Prewett", "Pruett", "Pruett"},
		{"Drew", "Dru", "Dru"},
		{"Shewfelt", "Shufeldt", "Shufelt"},    // the reading only: the rest is the scorer's
		{"Hewson", "Hudson", "Huson"},          // the same
		{"DEWEY", "duey", "DuEY"},              // a lower-case u: the scorer folds case
		{"Blewhewett", "Bluhuett", "Bluhuett"}, // each ew the other reads
		{"Blewhewett", "Blehuett", ""},         // the letters before the second ew differ
		{"Blewhewett", "Bluhewett", ""},        // the other writes an ew
		{"Ewing", "Uing", ""},                  // an initial ew
		{"Lewis", "Lowis", ""},                 // no u where the ew is
		{"Drew", "Du", ""},                     // too short
		{"Chew", "Chu", ""},                    // the other a Pinyin syllable
		{"Andrew Lewis", "Andrew Luis", ""},    // one word each only
		{"Lewis", "Luís", ""},                  // ASCII letters only
		{"Leighton", "Layton", "Layton"},
		{"Leigh", "Lay", ""}, // eigh only before t
		{"Straughn", "Strawn", "Strawn"},
		{"Millais", "Millay", "Millay"},
		{"MILLAIS", "millay", "MILLay"},
		{"Millais", "Millays", ""}, // a final spelling against the other's end only
		{"Maisie", "Maysie", ""},   // -ais inside a word is spoken
		{"Raoult", "Raoul", "Raoul"},
		{"Raoult", "Raoulet", ""},     // the same
		{"Oonagh", "Oona", ""},        // -agh is left
		{"Straughn", "Straughan", ""}, // the other writes augh
		{"Rodgers", "Rogers", "Rogers"},
		{"Hodgson", "Hogson", ""}, // dg only before e, i, y
		{"Paschalis", "Paskalis", "Paskalis"},
		{"Rusch", "Rusk", ""},               // sch only before a vowel
		{"Schott", "Skott", ""},             // and not first
		{"Prewdgett", "Prugett", "Prugett"}, // two spellings in one word
	} {
		if got := spellingReading(c.name, c.other); got != c.want {
			t.Errorf("spellingReading(%q, %q) = %q; want %q", c.name, c.other, got, c.want)
		}
	}
}

// TestSpellingLetters: the quick test finds each spelling after a word's
// first letter, and nothing in a word without one.
func TestSpellingLetters(t *testing.T) {
	for w, want := range map[string]bool{
		"Drew": true, "Leighton": true, "Straughn": true, "Rodgers": true, "Paschalis": true,
		"Bamfield": true, "Montluc": true, "Lamontluc": false,
		"Ewing": false, "Schott": false, "Eight": false, "Smith": false, "Dagmar": false, "Wang": false,
	} {
		if got := spellingLetters(w); got != want {
			t.Errorf("spellingLetters(%q) = %v; want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{
		"Millais": true, "RAOULT": true, "Calais": true,
		"Ais": false, "Raoul": false, "Millay": false, "Smith": false, "Paris": false, "Oonagh": false,
	} {
		if got := finalSpellingLetters(w); got != want {
			t.Errorf("finalSpellingLetters(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestEnglishSpellingNotInText: names found in running text (a checkSim)
// are not read: dew and due, stew and Stu are two English words.
func TestEnglishSpellingNotInText(t *testing.T) {
	sim := newCheckSim()
	for _, p := range bothOrders([][2]string{{"Prewitt", "Pruitt"}, {"Newell", "Nuell"}, {"Leighton", "Layton"}}) {
		if s := sim.Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("checkSim.Similarity(%q, %q) = %.3f; want under %.2f (not read in running text)", p[0], p[1], s, SameThreshold)
		}
	}
}
