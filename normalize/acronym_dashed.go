package normalize

import "strings"

// An acronym in parts. A name in parts set off by a dash (Revolutionary
// Armed Forces of Colombia – People's Army; Sudan People's Liberation
// Movement – North) is abbreviated part by part, the parts' acronyms
// joined by hyphens (FARC-EP, SPLM-N). An acronym whose hyphens cut it
// into as many parts as the name's dashes cut the name stands for the
// name when each part stands for the name's part at its place, by any
// acronym reading of the matcher (initials, the name's own language,
// syllables). Each part must match: FARC-EP is not the name of FARC
// alone, nor of another army's part.

// nameDashes are the separators of a name's parts: a dash or a hyphen
// with a space on either side.
var nameDashes = []string{" – ", " — ", " - "}

// dashedAcronym reports whether acr, an acronym with hyphens, stands
// part by part for full, a name whose parts a dash sets off.
func dashedAcronym(acr, full string) bool {
	if len(acr) < 3 || len(acr) > 24 || acr[1] < 'A' || acr[1] > 'Z' || strings.IndexByte(acr, '-') < 0 ||
		strings.IndexByte(acr, ' ') >= 0 || strings.IndexByte(full, ' ') < 0 {
		return false
	}
	parts := strings.Split(acr, "-")
	var names []string
	for _, d := range nameDashes {
		if strings.Contains(full, d) {
			names = strings.Split(full, d)
			break
		}
	}
	if len(names) != len(parts) {
		return false
	}
	for i, p := range parts {
		n := strings.TrimSpace(names[i])
		if p == "" || n == "" {
			return false
		}
		if len(p) == 1 { // one word's initial: SPLM-N, North
			if strings.IndexByte(n, ' ') >= 0 || n[0] != p[0] {
				return false
			}
			continue
		}
		if !(isAcronymFor(p, n) || romanceAcronym(p, n) || ownAcronym(p, n) || syllabicAcronym(p, n)) {
			return false
		}
	}
	return true
}
