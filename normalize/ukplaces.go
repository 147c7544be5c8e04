package normalize

import (
	_ "embed"
	"strings"
	"sync"
)

// Ukraine's places in their Ukrainian and Russian forms (issue 11). The
// two languages name many of Ukraine's cities differently in more than
// spelling (Миколаїв/Николаев, Дніпро/Днепр, Рівне/Ровно, Біла Церква/
// Белая Церковь), and each form has its own romanizations: Ukraine's
// national system of 2010 and BGN/PCGN for the Ukrainian form (Mykolaiv,
// Mykolayiv), BGN/PCGN and the common English practice for the Russian
// (Nikolayev, Nikolaev). ukplaces.tsv lists the places, and ukPlaceSim
// scores two names as one place when each is a form of the same line:
// the whole name, not a word inside a longer one, so that a person named
// Nikolaev is not read as the city. A name with a generic word (Oblast,
// region, область) is an oblast: "Mykolaiv Oblast" and "Nikolaev region"
// are one, and so are "Mykolaiv Oblast" and "Николаевская область" (the
// oblast's adjective; the file's group links an oblast and its centre),
// but "Mykolaiv Oblast" is not the city "Nikolaev".

// ukPlacesTSV is Ukraine's cities and oblasts in their Ukrainian and
// Russian forms; see its header for the source and licence.
//
//go:embed ukplaces.tsv
var ukPlacesTSV string

// ukPlaceScore is the similarity of two forms of one place: the cost of a
// convention, as the other readings of two orthographies.
const ukPlaceScore = 1 - conventionPenalty

// ukPlaceTable indexes the keys of every form of every place.
type ukPlaceTable struct {
	byKey map[string][]int32 // a form's key: the places it may be
	group []int32            // each place's group: an oblast and its centre share one
	seen  [64]uint64         // a bit for each key's last two letters: most names have none
}

// ukGenericKeys are the keys of the words that make a place name an
// oblast's ("Mykolaiv Oblast", "Nikolaev region", "Николаевская область").
var ukGenericKeys = []string{"ublast", "ublasti", "regiun", "pruvince"}

// ukPlaces is built on first use.
var ukPlaces = sync.OnceValue(func() *ukPlaceTable {
	t := &ukPlaceTable{byKey: make(map[string][]int32, 1024)}
	s := new(simState)
	groups := map[string]int32{}
	var forms []string
	for line := range strings.Lines(ukPlacesTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if len(f) < 4 {
			continue
		}
		uk, ru, kind, grp := f[0], f[1], f[2], f[3]
		place := int32(len(t.group))
		g := place + 1<<20 // a group of its own
		if grp != "" {
			if id, ok := groups[grp]; ok {
				g = id
			} else {
				groups[grp] = g
			}
		}
		t.group = append(t.group, g)
		forms = append(forms[:0], ukRenderings(uk)...)
		forms = append(forms, ruRenderings(ru)...)
		if kind == "oblast" {
			// The adjective without its ending names the oblast too
			// (Dnipropetrovsk Oblast, Днепропетровская область).
			if stem, ok := strings.CutSuffix(uk, "а"); ok {
				forms = append(forms, ukRenderings(stem)...)
			}
			if stem, ok := strings.CutSuffix(ru, "ая"); ok {
				forms = append(forms, ruRenderings(stem)...)
			}
		}
		for _, form := range forms {
			_, _, full, _ := s.prepare(form, nil, nil, nil)
			k := string(full)
			if len(k) < 2 || containsPlace(t.byKey[k], place) {
				continue
			}
			t.byKey[k] = append(t.byKey[k], place)
			b := ukTailBit(full)
			t.seen[b/64] |= 1 << (b % 64)
		}
	}
	return t
})

func containsPlace(ps []int32, p int32) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// ukTailBit hashes the last two letters of a key into [0, 4096).
func ukTailBit(k []byte) uint32 {
	n := len(k)
	return (uint32(k[n-1])*31 + uint32(k[n-2])) % 4096
}

// ukPlaceSim returns max(score, ukPlaceScore) when the keys of the two
// names just compared (s.fullA, s.fullB) are forms of one place of
// ukplaces.tsv, both with a generic word (an oblast) or neither; otherwise
// score.
func (s *simState) ukPlaceSim(score float64) float64 {
	ka, kb := s.fullA, s.fullB
	if len(ka) < 2 || len(kb) < 2 {
		return score
	}
	ga, gb := ukGeneric(ka), ukGeneric(kb)
	if ga != gb {
		return score // an oblast against a city
	}
	if ga > 0 {
		ka, kb = ka[:len(ka)-ga], kb[:len(kb)-gb]
		if len(ka) < 2 || len(kb) < 2 {
			return score
		}
	}
	t := ukPlaces()
	for _, k := range [2][]byte{ka, kb} {
		if b := ukTailBit(k); t.seen[b/64]&(1<<(b%64)) == 0 {
			return score
		}
	}
	pa, pb := t.byKey[string(ka)], t.byKey[string(kb)]
	for _, p := range pa {
		for _, q := range pb {
			if p == q || ga > 0 && t.group[p] == t.group[q] {
				return max(score, ukPlaceScore)
			}
		}
	}
	return score
}

// ukGeneric returns the length of the generic word that key k ends with
// (ukGenericKeys), or 0.
func ukGeneric(k []byte) int {
	for _, g := range ukGenericKeys {
		if len(k) > len(g) && string(k[len(k)-len(g):]) == g {
			return len(g)
		}
	}
	return 0
}
