package normalize

import "testing"

// TestDevaConsonantsApart: a Devanagari name and a Latin one are two
// names when a consonant one writes the other has not, or has another
// one; the Latin spellings of Indian names' consonants, the vowels, the
// glides and English spellings are one name (devanagari_consonants.go).
func TestDevaConsonantsApart(t *testing.T) {
	for _, tc := range []struct {
		deva, lat string
		apart     bool
	}{
		// a consonant with no counterpart, or another one
		{"रिजुता", "Rita", true},      // जु: a syllable
		{"अलीजा", "Alia", true},       // ज
		{"अंजूश्री", "Anushri", true}, // ज
		{"अनंत", "Anand", true},       // त, d: voicing
		{"आनंद", "Anant", true},       // द, t
		{"करालिका", "Kamalika", true}, // र, m
		{"शरान्य", "Sharani", true},   // a final य said ya
		{"इश्वार्य", "Ishwari", true}, // the same
		{"नरेंद्र", "Nagendra", true}, // र, g
		{"अचिरा", "Ashira", true},     // च, sh
		{"अक्षय", "Akshaj", true},     // य, j
		{"ताना", "Tania", true},       // the glide of ia Hindi writes िया
		{"राधा", "Radheya", true},     // a glide with no vowel before it
		{"अनु", "Anju", true},         // j
		{"कनाडा", "Ghana", true},      // क, gh
		// one name
		{"आनंद", "Anand", false},
		{"अनंत", "Anant", false},
		{"प्रीति", "Preethi", false},         // त th
		{"अरविंद", "Aravindh", false},        // द dh
		{"अरविंद", "Arvind", false},          // the anusvara n
		{"श्रीनिवास", "Srinivas", false},     // श s
		{"लक्ष्मी", "Laxmi", false},          // क्ष x
		{"ज्ञान", "Gyan", false},             // ज्ञ gy
		{"ज्ञानेश्वर", "Dnyaneshwar", false}, // ज्ञ dny, व w
		{"जय", "Jai", false},                 // a coda य as i
		{"राव", "Rao", false},                // a coda व as o
		{"रिया", "Riya", false},
		{"प्रिया", "Pria", false}, // the glide left out
		{"सोनिया", "Sonia", false},
		{"सईदा", "Sayeeda", false},       // a glide Hindi does not write
		{"ऐषा", "Ayesha", false},         // ay for ऐ
		{"अमर", "Ammar", false},          // a doubled letter: length
		{"अम्ला", "Amlah", false},        // a word's last h
		{"देबाशिस", "Devashish", false},  // Bengali b for v
		{"कृष्ण", "Krishna", false},      // ृ r
		{"समृद्ध", "Samrudh", false},     // द्ध dh
		{"गौरी", "Gowri", false},         // ow
		{"नजमा", "Nazma", false},         // ज z
		{"बेल्जियम", "Belgium", false},   // a soft g
		{"क्रोएशिया", "Croatia", false},  // ti said sh
		{"ट्यूनीशिया", "Tunisia", false}, // u said yu
		{"न्यू कैलेडोनिया", "New Caledonia", false},
		{"दानिलोव", "Danilov", false},
		{"जय गोपाल", "Jaigopal", false}, // words joined
		// not asked
		{"Anand", "Anant", false},      // two Latin names
		{"अनंत", "आनंद", false},        // two Devanagari names
		{"अनंत", "Ананд", false},       // Cyrillic
		{"अनंत", "Ānand", false},       // a Latin letter outside ASCII
		{"अनंत Anand", "Anant", false}, // Latin letters on both sides
	} {
		if got := devaConsonantsApart(tc.deva, tc.lat); got != tc.apart {
			t.Errorf("devaConsonantsApart(%q, %q) = %v; want %v", tc.deva, tc.lat, got, tc.apart)
		}
		if got := devaConsonantsApart(tc.lat, tc.deva); got != tc.apart {
			t.Errorf("devaConsonantsApart(%q, %q) = %v; want %v", tc.lat, tc.deva, got, tc.apart)
		}
	}
	// the cap in the matcher
	for _, p := range [][2]string{{"अनंत", "Anand"}, {"रिजुता", "Rita"}, {"शरान्य", "Sharani"}} {
		if s := Similarity(p[0], p[1]); s >= SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want < %.2f", p[0], p[1], s, SameThreshold)
		}
	}
	for _, p := range [][2]string{{"आनंद", "Anand"}, {"जय", "Jai"}, {"प्रीति", "Preethi"}} {
		if s := Similarity(p[0], p[1]); s < SameThreshold {
			t.Errorf("Similarity(%q, %q) = %.3f; want >= %.2f", p[0], p[1], s, SameThreshold)
		}
	}
}

// FuzzDevaConsonantsApart: any two texts, either way round, give one
// answer, and two texts without Devanagari are never apart.
func FuzzDevaConsonantsApart(f *testing.F) {
	for _, p := range [][2]string{{"अनंत", "Anand"}, {"ज्ञ", "gy"}, {"क्ष्", "x"}, {"य़ू", "ew"}, {"ं", ""}, {"ऐ", "ayy"}, {"ज़्य", "Gia"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ab, ba := devaConsonantsApart(a, b), devaConsonantsApart(b, a)
		if ab != ba {
			t.Errorf("devaConsonantsApart(%q, %q) = %v, the other way %v", a, b, ab, ba)
		}
		if ab && !HasDevanagari(a) && !HasDevanagari(b) {
			t.Errorf("devaConsonantsApart(%q, %q) with no Devanagari", a, b)
		}
	})
}

// BenchmarkDevaConsonantsApart: the cap's question of pairs a Devanagari
// name and a Latin one, apart and not.
func BenchmarkDevaConsonantsApart(b *testing.B) {
	pairs := [][2]string{
		{"अनंत", "Anand"}, {"प्रीति", "Preethi"}, {"ज्ञानेश्वर", "Dnyaneshwar"},
		{"क्रोएशिया", "Croatia"}, {"न्यू कैलेडोनिया", "New Caledonia"},
	}
	for b.Loop() {
		for _, p := range pairs {
			devaConsonantsApart(p[0], p[1])
		}
	}
}
