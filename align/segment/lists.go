package segment

import "slices"

// List detection. A list marker is a short token at the start of a line or
// after a space: "1." "2.)" "3)" "a." "b)" "(c)" "(iv)" "ii)", possibly after
// a bullet. Inline markers make a list only when at least two of the same
// kind count up by one ("1. The first item 2. The second item"); then each
// starts a sentence and its period ends none. A marker at the start of a line
// is taken on its own.

type markerKind uint8

const (
	mkNumDot      markerKind = iota // 1.
	mkNumDotParen                   // 1.)
	mkNumParen                      // 1)
	mkParenNum                      // (1)
	mkLetDot                        // a.
	mkLetDotParen                   // a.)
	mkLetParen                      // a)
	mkParenLet                      // (a)
	mkRomanParen                    // iv)
	mkParenRoman                    // (iv)
	mkUpperDot                      // A.  (only at line starts: initials otherwise)
	mkUpperParen                    // A)
	mkParenUpper                    // (A)
	mkKinds
)

type marker struct {
	start int // where the item starts (its bullet, if any)
	dot   int // the period inside the marker, or -1
	kind  markerKind
	val   int
	line  bool // at the start of a line or of the paragraph
}

// findLists records list-marker periods in ps.listDot and the starts of
// list items in ps.cuts.
func (ps *paraSplitter) findLists() {
	p := ps.p
	var ms []marker
	lineStart := true
	for i := 0; i < len(p); {
		r, size := decode(p, i)
		if r == '\n' {
			lineStart = true
			i += size
			continue
		}
		if isSpace(r) {
			i += size
			continue
		}
		// A token starts at i.
		start := i
		j := i
		bullet := false
		if isBullet(r) && (lineStart || inlineBullet(r)) {
			bullet = true
			j += size
			for j < len(p) && (p[j] == ' ' || p[j] == '\t') {
				j++
			}
			if start > 0 || !lineStart {
				ps.cuts = append(ps.cuts, start)
			}
		}
		if found, ok := ps.parseMarker(j); ok {
			for _, m := range found {
				m.start = start
				m.line = lineStart || bullet
				ms = append(ms, m)
			}
		}
		lineStart = false
		// Skip to the next space.
		i = j
		for i < len(p) {
			r, size := decode(p, i)
			if isSpace(r) {
				break
			}
			i += size
		}
	}
	if len(ms) == 0 {
		return
	}
	// Inline lists: runs of the same kind counting up by one.
	var last [mkKinds]int
	for k := range last {
		last[k] = -1
	}
	inList := make([]bool, len(ms))
	for idx, m := range ms {
		if prev := last[m.kind]; prev >= 0 && ms[prev].val+1 == m.val {
			inList[prev], inList[idx] = true, true
		}
		last[m.kind] = idx
	}
	for idx, m := range ms {
		if !inList[idx] && !m.line {
			continue
		}
		if m.kind == mkUpperDot && !m.line {
			continue
		}
		if m.dot >= 0 {
			ps.listDot = append(ps.listDot, m.dot)
		}
		if m.start > 0 && (inList[idx] || m.line) {
			ps.cuts = append(ps.cuts, m.start)
		}
	}
}

// parseMarker parses a list marker at i followed by a space. A token may
// read two ways ("(i)" is a letter and a roman numeral); both are returned.
func (ps *paraSplitter) parseMarker(i int) ([]marker, bool) {
	p := ps.p
	paren := i < len(p) && p[i] == '('
	j := i
	if paren {
		j++
	}
	s := j
	for j < len(p) && j-s < 5 && ('0' <= p[j] && p[j] <= '9' || 'a' <= p[j] && p[j] <= 'z' || 'A' <= p[j] && p[j] <= 'Z') {
		j++
	}
	body := p[s:j]
	if len(body) == 0 {
		return nil, false
	}
	dot := -1
	closeParen := false
	if j < len(p) && p[j] == '.' && !paren {
		dot = j
		j++
	}
	if j < len(p) && p[j] == ')' {
		closeParen = true
		j++
	}
	if paren && !closeParen || dot < 0 && !closeParen {
		return nil, false
	}
	// The marker must be followed by a space and some text.
	if j >= len(p) || (p[j] != ' ' && p[j] != '\t') {
		return nil, false
	}
	var out []marker
	add := func(k markerKind, v int) { out = append(out, marker{dot: dot, kind: k, val: v}) }
	switch {
	case allDigits(body):
		if len(body) > 2 {
			return nil, false
		}
		v := 0
		for _, c := range body {
			v = v*10 + int(c-'0')
		}
		switch {
		case paren:
			add(mkParenNum, v)
		case dot >= 0 && closeParen:
			add(mkNumDotParen, v)
		case dot >= 0:
			// "1. above": an inline numbered item needs a capital after it.
			if f, _ := ps.firstLetter(j); !isLower(f) {
				add(mkNumDot, v)
			}
		default:
			add(mkNumParen, v)
		}
	default:
		if v := roman(body); v > 0 {
			switch {
			case paren:
				add(mkParenRoman, v)
			case closeParen && dot < 0:
				add(mkRomanParen, v)
			}
		}
		if len(body) == 1 {
			c := body[0]
			switch {
			case 'a' <= c && c <= 'z':
				v := int(c-'a') + 1
				switch {
				case paren:
					add(mkParenLet, v)
				case dot >= 0 && closeParen:
					add(mkLetDotParen, v)
				case dot >= 0:
					add(mkLetDot, v)
				default:
					add(mkLetParen, v)
				}
			case 'A' <= c && c <= 'Z':
				v := int(c-'A') + 1
				switch {
				case paren:
					add(mkParenUpper, v)
				case dot >= 0 && !closeParen:
					add(mkUpperDot, v)
				case !closeParen:
				default:
					add(mkUpperParen, v)
				}
			}
		}
	}
	return out, len(out) > 0
}

func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// roman parses a lower-case roman numeral up to 39, or returns 0.
func roman(b []byte) int {
	total, prev := 0, 0
	for k := len(b) - 1; k >= 0; k-- {
		var v int
		switch b[k] {
		case 'i':
			v = 1
		case 'v':
			v = 5
		case 'x':
			v = 10
		default:
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	return total
}

func (ps *paraSplitter) isListDot(i int) bool {
	_, found := slices.BinarySearch(ps.listDot, i)
	return found
}

// listMarkerAt reports whether a list marker starts at m (a line start).
func (ps *paraSplitter) listMarkerAt(m int) bool {
	_, ok := ps.parseMarker(m)
	return ok
}

// inlineBullet reports whether bullet r starts a list item even in the
// middle of a line; dashes, asterisks and middle dots do so only at a line
// start.
func inlineBullet(r rune) bool {
	switch r {
	case '-', '*', '–', '—', '·', '∙':
		return false
	}
	return true
}
