package align

// Orphan numbers. A number survives translation nearly always ("19.000",
// "75 Prozent", "26 июля"), so a sentence whose numbers are all absent
// from the other document was, more likely than not, added or dropped by
// an editor: on the news development set 78% of the sentences whose every
// number is missing on the other side are unmatched in ru-en edited (42 of
// 54; de-fr 34 of 45), against 30% of all sentences. Such a sentence costs
// orphanNumberSkip of its weight to leave unmatched, in a news-sized
// translation pair (as skipRunShare; a pair in one language has
// monoSkips, which weighs every word). News dev strict F1 at 1 / 0.5 /
// 0.25 / 0.1: ru-en edited 0.904 / 0.916 / 0.924 / 0.932, de-fr edited
// without marks 0.929 / 0.941 / 0.945 / 0.947, with marks 0.979 / 0.979 /
// 0.986 / 0.986; the seed, Text+Berg, MAC, dtm, Steinbeck and the Bible
// unchanged. A replacement in place, one sentence for another of its
// length that shares nothing, was paired at the full cost
// (TestOrphanNumberReplaced).

// orphanNumberSkip is the share of its skip weight an orphan-number
// sentence keeps.
const orphanNumberSkip = 0.25

// orphanNumbers says which sentences of each side have number features
// (kindNumber), none of them found on the other side. It reads the
// features before weigh prunes those the other side lacks.
func orphanNumbers(fs, ft [][]uint32, kinds []featKind) (os, ot []bool) {
	nums := func(side [][]uint32) map[uint32]bool {
		have := map[uint32]bool{}
		for _, f := range side {
			for _, id := range f {
				if kinds[id] == kindNumber {
					have[id] = true
				}
			}
		}
		return have
	}
	orphans := func(side [][]uint32, other map[uint32]bool) []bool {
		out := make([]bool, len(side))
		for i, f := range side {
			n, found := 0, false
			for _, id := range f {
				if kinds[id] == kindNumber {
					n++
					found = found || other[id]
				}
			}
			out[i] = n > 0 && !found
		}
		return out
	}
	return orphans(fs, nums(ft)), orphans(ft, nums(fs))
}

// orphanNumberSkips lowers the skip weight of the orphan units.
func orphanNumberSkips(us []unit, orphan []bool) {
	for i := range us {
		if orphan[i] {
			us[i].skip *= orphanNumberSkip
		}
	}
}
