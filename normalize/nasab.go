package normalize

// A nasab read in its order. "X bin Y" (ibn, ben; bint, bent, binti for a
// daughter; the Maghreb's and the Sahel's ould, wuld, walad) says X is the
// son or daughter of Y: "Ahmad bin Ali" and "Ali bin Ahmad" are a son and a
// father, or two strangers, never one name (Hamad bin Khalifa, Khalifa bin
// Hamad). The base score pairs words in any order, because lists write a
// family name first or last (rukin's variant-order class), and so scores
// the two 1. nasabSwapped reads the two words around each connector of
// both names: when a word pair of one name stands in the other the other
// way round, and not also in its own order, the names are capped under
// the threshold. The order of everything else stays free: "al-Ajmi, Hajjaj
// bin Fahd" is "Hajjaj bin Fahd al-Ajmi", and a name without a connector
// is not read (Ahmad Ali, Ali Ahmad).

// nasabScore is the score of two names whose words around a connector
// are swapped (nasabSwapped).
const nasabScore = 0.8

// nasabConnectorWords are the connectors of a nasab as written, in lower
// case, three to five letters: the one list that nasabConnector (through
// nasabConnectorSlots), connectorAfterWord (nasabConnectorFirst) and
// nasabLinks (nasabConnectorKeys) read.
var nasabConnectorWords = [...]string{"bin", "ibn", "ben", "bint", "bent", "binti", "ould", "wuld", "walad"}

var (
	// nasabConnectorSlots holds nasabConnectorWords packed (packWord),
	// each at slot packWord(w)*nasabConnectorMul>>60, which init makes
	// one slot a word: nasabConnector is a multiply and one compare, and
	// an empty slot holds ^0, which no word of 5 bytes or fewer packs to.
	nasabConnectorSlots [16]uint64
	nasabConnectorMul   uint64
	// nasabConnectorFirst has bit c-'a' set for each first letter c of a
	// connector (b, i, o, w).
	nasabConnectorFirst uint32
	// nasabConnectorKeys are the connectors' keys (keyBuilder.words folds
	// ibn and ben to bin, bent to bint, ould to uld, walad to valad).
	nasabConnectorKeys = map[string]bool{}
)

func init() {
	var kb keyBuilder
	for _, w := range nasabConnectorWords {
		nasabConnectorFirst |= 1 << (w[0] - 'a')
		for _, k := range kb.words(w) {
			nasabConnectorKeys[k] = true
		}
	}
	// The first multiplier of a sequence of odd ones (2^64/phi, then
	// Knuth's MMIX LCG) that puts the nine words in nine slots: about
	// one in 17 does (here the 27th).
	for m := uint64(0x9e3779b97f4a7c15); ; m = (m*6364136223846793005 + 1442695040888963407) | 1 {
		slots := [16]uint64{}
		for i := range slots {
			slots[i] = ^uint64(0)
		}
		ok := true
		for _, w := range nasabConnectorWords {
			v := packWord(w)
			if slot := &slots[v*m>>60]; *slot == ^uint64(0) {
				*slot = v
			} else {
				ok = false
				break
			}
		}
		if ok {
			nasabConnectorSlots, nasabConnectorMul = slots, m
			return
		}
	}
}

// packWord is w, of at most 5 bytes, ASCII letters in lower case, with its
// length, in one integer: two words pack alike only when they are alike
// but for the case of ASCII letters.
func packWord(w string) uint64 {
	v := uint64(len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c |= 0x20
		}
		v = v<<8 | uint64(c)
	}
	return v
}

// connectorAfterWord reports whether name has, after its first word, a
// word (spaces or a hyphen around it) that is a connector of a nasab as
// written (nasabConnectorWords), in any case. It is the cheap test
// nasabSwapped asks first: a word that begins with no connector's first
// letter is passed over at it.
func connectorAfterWord(name string) bool {
	for i := 1; i+4 < len(name); i++ {
		if c := name[i]; c != ' ' && c != '-' {
			continue
		}
		if c := name[i+1] | 0x20 - 'a'; c >= 26 || nasabConnectorFirst>>c&1 == 0 {
			continue
		}
		if _, ok := connectorAt(name, i+1); ok {
			return true
		}
	}
	return false
}

// connectorAt reports whether the word of name that begins at i is a
// connector with a word after it, and where that connector ends.
func connectorAt(name string, i int) (end int, ok bool) {
	j := i
	for j < len(name) && name[j] != ' ' && name[j] != '-' {
		j++
	}
	return j, j-i >= 3 && j-i <= 5 && j+1 < len(name) && nasabConnector(name[i:j])
}

// nasabInitials appends to links, for each connector of name after a word,
// the classes of the first letters of the word before it and the word
// after it ("al" passed over: bin al-Husayn), as written: vowels one
// class, c, g, k and q one, v and w one, a letter outside ASCII or a mark
// 0, which every class matches. nasabSwapped reads the keys of two names
// only when a link of one may stand swapped in the other by these.
func nasabInitials(name string, links [][2]byte) [][2]byte {
	for i := 1; i+4 < len(name); i++ {
		if c := name[i]; c != ' ' && c != '-' {
			continue
		}
		j, ok := connectorAt(name, i+1)
		if !ok {
			continue
		}
		b := i // the word before: from after the separator before it to i
		for b > 0 && name[b-1] != ' ' && name[b-1] != '-' {
			b--
		}
		k := j + 1
		if k+3 < len(name) && name[k]|0x20 == 'a' && name[k+1]|0x20 == 'l' && (name[k+2] == ' ' || name[k+2] == '-') {
			k += 3
		}
		links = append(links, [2]byte{initialClass(name[b]), initialClass(name[k])})
		i = j - 1
	}
	return links
}

// initialClass is the class of a name's first byte (nasabInitials).
func initialClass(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c |= 0x20
	}
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return 'a'
	case 'c', 'g', 'k', 'q':
		return 'k'
	case 'v', 'w':
		return 'v'
	}
	if c < 'a' || c > 'z' {
		return 0
	}
	return c
}

// initialsSwapped reports whether a link of la may stand swapped in lb
// by the classes of their first letters (nasabInitials).
func initialsSwapped(la, lb [][2]byte) bool {
	like := func(x, y byte) bool { return x == y || x == 0 || y == 0 }
	for _, x := range la {
		for _, y := range lb {
			if like(x[0], y[1]) && like(x[1], y[0]) {
				return true
			}
		}
	}
	return false
}

// nasabConnector reports whether w, as written, is a connector of a
// nasab (nasabConnectorWords); w has at most 5 bytes.
func nasabConnector(w string) bool {
	v := packWord(w)
	return nasabConnectorSlots[v*nasabConnectorMul>>60] == v
}

// nasabLinks appends to links the pairs of keys of the words on either
// side of each connector of name (articles skipped: "bin al-Husayn" links
// husayn), a son's or daughter's name and the father's, in order. It cuts
// the name with kb, whose words it leaves to the next call.
func nasabLinks(kb *keyBuilder, name string, links [][2]string) [][2]string {
	ws := kb.words(name)
	prev, conn := "", false // the word before the connector, a connector just read
	for _, w := range ws {
		switch {
		case w == "al" || w == "el":
			continue
		case nasabConnectorKeys[w]:
			conn = prev != "" && !conn
			if !conn {
				prev = ""
			}
			continue
		case conn:
			links = append(links, [2]string{prev, w})
		}
		prev, conn = w, false
	}
	return links
}

// nasabSwapped reports whether a link of one name (nasabLinks: X bin Y)
// stands swapped in the other (Y bin X), its words alike by wordSim, and
// the other has no link of the same words in their order: "Ahmad bin Ali"
// and "Ali bin Ahmad", "Muqallid ibn Kamil" and "Kamil ibn Muqallid ibn
// Mirdas". A name whose two words are one (Sa'd bin Sa'd) swaps into
// itself and is left.
func (s *simState) nasabSwapped(a, b string) bool {
	if !connectorAfterWord(a) || !connectorAfterWord(b) {
		return false
	}
	ia := nasabInitials(a, s.nasabInitials[0][:0])
	ib := nasabInitials(b, s.nasabInitials[1][:0])
	s.nasabInitials[0], s.nasabInitials[1] = ia, ib
	if !initialsSwapped(ia, ib) {
		return false // most pairs of names with a nasab: each in its order
	}
	la := nasabLinks(&s.nasabKB, a, s.nasabLinks[0][:0])
	lb := nasabLinks(&s.nasabKB, b, s.nasabLinks[1][:0])
	s.nasabLinks[0], s.nasabLinks[1] = la, lb
	return len(la) > 0 && len(lb) > 0 && s.linkSwapped(la, lb) && s.linkSwapped(lb, la)
}

// linkSwapped reports whether a link of la stands swapped in lb and not in
// its order. nasabSwapped asks it both ways, so that a name and the same
// name with its father's name before it (Ali bin Ahmad, Ahmad bin Ali bin
// Ahmad) are left as the base score has them, in either order.
func (s *simState) linkSwapped(la, lb [][2]string) bool {
	alike := func(x, y string) bool { return x == y || s.wordSim(x, y) >= SameThreshold }
	for _, x := range la {
		inOrder := false
		for _, y := range lb {
			if inOrder = alike(x[0], y[0]) && alike(x[1], y[1]); inOrder {
				break
			}
		}
		if inOrder {
			continue
		}
		for _, y := range lb {
			if alike(x[0], y[1]) && alike(x[1], y[0]) {
				return true
			}
		}
	}
	return false
}
