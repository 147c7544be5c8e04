package normalize

import (
	"os"
	"testing"
)

// TestPostalCheckSet scores names match on testdata/postal/checkset.tsv:
// Chinese postal romanizations against their Pinyin (postal-same) and
// pairs of different provinces and cities whose postal or Pinyin forms
// are a letter or two apart (postal-lookalike), both orders of each pair
// (see testdata/postal/README.md). It logs the counts of its development
// part, or with BITEXT_HELDOUT=1 of its held-out part (scored once, at
// the end of a piece of work), and with BITEXT_DEVSET_MISSES=1 each pair
// scored wrong. It fails if fewer look-alikes than postalLookalikeFloor
// are kept apart. The design file atlas.tsv (no held-out part) is scored
// with the development part, against postalAtlasLookalikeFloor.
func TestPostalCheckSet(t *testing.T) {
	held := os.Getenv("BITEXT_HELDOUT") != ""
	right := postalCheckFile(t, "testdata/postal/checkset.tsv", held)
	if !held && right[1] < postalLookalikeFloor {
		t.Errorf("postal-lookalike: %d kept apart, want at least %d", right[1], postalLookalikeFloor)
	}
	if !held {
		// atlas.tsv: the postal atlas's provinces, alone and in longer
		// names, a design file (branch postal3) with no held-out part
		if right := postalCheckFile(t, "testdata/postal/atlas.tsv", false); right[1] < postalAtlasLookalikeFloor {
			t.Errorf("atlas postal-lookalike: %d kept apart, want at least %d", right[1], postalAtlasLookalikeFloor)
		}
	}
}

// postalCheckFile scores the part of check file path (held: the held-out
// one) in both orders of each pair, logs the counts, and returns how many
// pairs of each class were right: postal-same matched, postal-lookalike
// kept apart.
func postalCheckFile(t *testing.T, path string, held bool) (right [2]int) {
	pairs := readDevFile(t, path)
	m := devMatcher()
	var n [2]int // same, different
	for _, p := range pairs {
		if p.held != held {
			continue
		}
		k := 0
		if !p.same {
			k = 1
		}
		for _, ab := range [][2]string{{p.a, p.b}, {p.b, p.a}} {
			s := m.Similarity(ab[0], ab[1])
			n[k]++
			if (s >= SameThreshold) == p.same {
				right[k]++
			} else if os.Getenv("BITEXT_DEVSET_MISSES") != "" {
				t.Logf("wrong: %s\t%s\t%.3f\t%s", ab[0], ab[1], s, p.class)
			}
		}
	}
	t.Logf("%s, held-out %v: postal-same %d of %d matched, postal-lookalike %d of %d kept apart", path, held, right[0], n[0], right[1], n[1])
	return right
}

// postalLookalikeFloor is how many of the development part's look-alike
// pairs (both orders) names match keeps apart: 34 of 36 on main (Hupeh and
// Hopeh merged, key-equal), 34 on branch postal (Suchow and Suzhou merged:
// Suchow is the post office's Xuzhou, but Su-chou is Wade-Giles Suzhou,
// so the spelling is ambiguous, not misread).
const postalLookalikeFloor = 34

// postalAtlasLookalikeFloor is the same for atlas.tsv's look-alikes: 38
// of 38 on branch postal3 (18 on main, which merged Honan Province and
// Hunan Province, Hunan Province and Henan Province, Shansi Province and
// Shaanxi Province...).
const postalAtlasLookalikeFloor = 38
