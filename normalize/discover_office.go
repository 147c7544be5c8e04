package normalize

import "strings"

// placeKinds are the English words for the kind of a place that news
// writes after a region's or town's name, and before the office of it:
// "Khabarovsk Krai Governor", "Louna District Prosecutor", "Richmond
// County Coroner".
var placeKinds = []string{"district", "county", "region", "province", "oblast", "krai", "raion"}

// isPlaceKind reports whether word is one of placeKinds, in any case.
func isPlaceKind(word string) bool {
	if len(word) < 4 || len(word) > 8 {
		return false // cheap: most words are no kind
	}
	switch word[0] | 0x20 { // the kinds' first letters, in either case
	case 'd', 'c', 'r', 'p', 'o', 'k':
	default:
		return false
	}
	for _, k := range placeKinds {
		if strings.EqualFold(word, k) {
			return true
		}
	}
	return false
}

// officeModifiers are the words that open an office's name before its
// place ("Acting Khabarovsk Krai Governor", "Former Tartu Mayor"): no
// part of the place.
var officeModifiers = map[string]bool{"acting": true, "interim": true, "former": true, "outgoing": true, "incoming": true, "then": true}

// placeOfOffice finds, in a run of n capitalized words (word(i) is the
// i-th), a place's name and its kind before an office ("Acting
// Khabarovsk Krai Governor Degtyaryov"): the place is words j to k (k
// excluded; "Khabarovsk Krai", a name and its kind at least), the office
// is words k to at (titles and descriptors: "Deputy Governor"). News
// English writes an official so, the place's office as one title before
// the holder; the place is a name the story uses, often written without
// the office elsewhere or in another version ("the acting governor of
// Khabarovsky Krai"). k is 0 when the run holds no such place.
func (d *Discoverer) placeOfOffice(n int, word func(i int) string) (j, k, at int) {
	office := func(i int) bool {
		key := d.wordKey(word(i))
		return descriptors.get()[key] || titles.get()[key]
	}
	for i := 1; i+1 < n; i++ {
		if !isPlaceKind(word(i)) || !office(i+1) {
			continue
		}
		k, at = i+1, i+1
		for at+1 < n && office(at+1) {
			at++
		}
		for j = i - 1; j > 0; j-- {
			if w := d.wordKey(word(j - 1)); officeModifiers[strings.ToLower(word(j-1))] || descriptors.get()[w] || titles.get()[w] {
				break
			}
		}
		return j, k, at
	}
	return 0, 0, 0
}
