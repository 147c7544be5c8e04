package normalize

import "strings"

// A country's possessive and its adjective. An organisation of a country is
// named with the country in the possessive or with its adjective, by the
// writer's choice: Iran's Revolutionary Guards are the Iranian
// Revolutionary Guards, Pakistan's Inter-Services Intelligence the Pakistani
// one. English makes the adjective from the country's name with -ian, -an,
// -n, -i or -ese (Iran, Iranian; Syria, Syrian; Iraq, Iraqi; Sudan,
// Sudanese; Italy, Italian after a final -y). When one name begins with a
// possessive and the other with such an adjective of the same name, the
// possessive is read as the adjective; the rest must match as a whole.
// Against a name without either, the names12 rule stands (a national
// adjective makes a branch, a possessive does not).

// demonymSuffixes are the endings English adds to a country's name.
var demonymSuffixes = [...]string{"ian", "an", "n", "i", "ese"}

// adjectiveOf reports whether adj is an adjective made from name by a
// demonym suffix (name's final -a, -e or -y may give way).
func adjectiveOf(adj, name string) bool {
	adj, name = strings.ToLower(adj), strings.ToLower(name)
	if len(name) < 3 {
		return false
	}
	for _, stem := range [2]string{name, strings.TrimRight(name, "aey")} {
		if len(stem) < 3 || !strings.HasPrefix(adj, stem) {
			continue
		}
		rest := adj[len(stem):]
		for _, suf := range demonymSuffixes {
			if rest == suf {
				return true
			}
		}
	}
	return false
}

// possessiveAdjective reports whether a begins with a possessive whose
// adjective begins b (or the other way round) and they are one name so
// read.
func possessiveAdjective(a, b string, g *Glossary) bool {
	a, b, ok := possessiveOwned(a, b)
	if !ok {
		return false
	}
	fa := strings.Fields(a)
	fb := strings.Fields(b)
	if len(fa) < 2 || len(fb) < 2 {
		return false
	}
	if !adjectiveOf(fb[0], possessiveOwner(fa[0])) {
		return false
	}
	return similarityWith(strings.Join(fa[1:], " "), strings.Join(fb[1:], " "), g) >= SameThreshold
}

// possessiveOwned returns, of names a and b, the one that begins with a
// possessive (possessiveFirst; a if both do) and the other: the swap
// possessiveAdjective and countryPossessive begin with. ok is false if
// neither does.
func possessiveOwned(a, b string) (owned, other string, ok bool) {
	if possessiveFirst(a) {
		return a, b, true
	}
	if possessiveFirst(b) {
		return b, a, true
	}
	return a, b, false
}

// possessiveOwner returns the owner of possessive word w: w less its 's.
func possessiveOwner(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}
