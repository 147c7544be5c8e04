package tm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Token kinds.
const (
	tokWord = iota
	tokNumber
	tokPunct
)

// token is a word, a number or a punctuation character of a segment, with
// its byte offsets.
type token struct {
	text       string
	start, end int
	kind       int
}

// isIdeo reports whether r is written without spaces between words (Han,
// kana, Thai, ...), so that each such character is a word of its own.
func isIdeo(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Thai, r))
}

// tokenize splits s into words (letters and marks, with inner apostrophes),
// numbers (digits with inner "." or "," between digits) and punctuation
// (any other character that is not white space), appending to buf.
func tokenize(s string, buf []token) []token {
	toks := buf[:0]
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || (r >= 0x80 && unicode.IsSpace(r)):
			i += size
		case isDigit(r):
			j := i + size
			for j < len(s) {
				c := s[j]
				if c >= '0' && c <= '9' {
					j++
				} else if (c == '.' || c == ',') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
					j += 2
				} else {
					break
				}
			}
			toks = append(toks, token{s[i:j], i, j, tokNumber})
			i = j
		case isLetter(r):
			if isIdeo(r) {
				toks = append(toks, token{s[i : i+size], i, i + size, tokWord})
				i += size
				continue
			}
			j := i + size
			for j < len(s) {
				r2, n2 := rune(s[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, n2 = utf8.DecodeRuneInString(s[j:])
				}
				if (isLetter(r2) && !isIdeo(r2)) || isDigit(r2) || unicode.Is(unicode.Mn, r2) || unicode.Is(unicode.Mc, r2) {
					j += n2
					continue
				}
				// An apostrophe between letters stays in the word: "don't".
				if r2 == '\'' || r2 == '\u2019' {
					if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); isLetter(r3) {
						j += n2
						continue
					}
				}
				break
			}
			toks = append(toks, token{s[i:j], i, j, tokWord})
			i = j
		default:
			toks = append(toks, token{s[i : i+size], i, i + size, tokPunct})
			i += size
		}
	}
	return toks
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return unicode.IsLetter(r)
}

// fold returns the index form of a word: lower case and without
// diacritics or apostrophes; ASCII words take a fast path.
func fold(w string) string {
	ascii, lower := true, true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			lower = false
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			ascii = false // apostrophes: let Key drop them
			break
		}
	}
	if ascii {
		if lower {
			return w
		}
		b := []byte(w)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 32
			}
		}
		return string(b)
	}
	if k, ok := foldLatin(w); ok {
		return k
	}
	// Decompose, drop combining marks and other non-word characters, lower
	// the case. This is deliberately independent of normalize.Key: the
	// index stored on disk must not change meaning when name keys improve.
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	if b.Len() == 0 {
		return w
	}
	return norm.NFC.String(b.String())
}

// hash64 is FNV-1a of the parts, separated by a 0 byte, as an int64 for
// SQLite. 0 is reserved for "none".
func hash64(parts ...string) int64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for i, p := range parts {
		if i > 0 {
			h *= prime // a 0 byte
		}
		for j := 0; j < len(p); j++ {
			h ^= uint64(p[j])
			h *= prime
		}
	}
	v := int64(h)
	if v == 0 {
		v = 1
	}
	return v
}

// textKey is the exact-lookup key of a segment in a language.
func textKey(base, text string) int64 { return hash64(base, textForm(text)) }

// ctxHash is the hash of a neighbouring segment, 0 for none.
func ctxHash(text string) int64 {
	text = textForm(text)
	if text == "" {
		return 0
	}
	return hash64("ctx", text)
}

// wordKey is the posting-list id of a folded word in a language.
func wordKey(base, folded string) int64 { return hash64(base, folded) }

// indexKeys appends the distinct posting-list ids of text's words and
// numbers.
func indexKeys(base, text string, toks []token, keys []int64) ([]token, []int64) {
	toks = tokenize(text, toks)
	keys = keys[:0]
	if keys == nil {
		keys = make([]int64, 0, len(toks))
	}
	for _, t := range toks {
		if t.kind == tokPunct {
			continue
		}
		k := wordKey(base, fold(t.text))
		dup := false
		for _, o := range keys {
			if o == k {
				dup = true
				break
			}
		}
		if !dup {
			keys = append(keys, k)
		}
	}
	return toks, keys
}

// latinFoldSize bounds latinFold (latinfold_table.go): the runes below it
// fold by table.
const latinFoldSize = 0x250

// foldLatin folds a word written in Latin letters (up to Latin Extended-B)
// by table; ok is false for other words.
func foldLatin(w string) (string, bool) {
	buf := make([]byte, 0, len(w))
	for _, r := range w {
		if r >= latinFoldSize {
			return "", false
		}
		f := latinFold[r]
		if f < 0 {
			return "", false
		}
		if f > 0 {
			buf = utf8.AppendRune(buf, f)
		}
	}
	if len(buf) == 0 {
		return w, true
	}
	return string(buf), true
}

// typoRune is the ASCII mark that typographic punctuation r stands for,
// else r: a curly or modifier apostrophe and single quotes are ', curly
// and low double quotes ", dashes and the minus sign -. A translator
// reads them as one mark (a word processor's "smart quotes" or a CMS
// wrote the other), and OmegaT scores them alike; guillemets are not
// folded (a language's own quotes, and French spaces them).
func typoRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', 'ʼ', '′':
		return '\''
	case '“', '”', '„', '‟', '″':
		return '"'
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	}
	return r
}

// typoEqual reports whether a and b are one text once typographic
// punctuation is read as its ASCII mark (typoRune). It allocates nothing.
func typoEqual(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if a[:na] != b[:nb] && (ra == utf8.RuneError || rb == utf8.RuneError || typoRune(ra) != typoRune(rb)) {
			// Bytes that are not UTF-8 all decode as U+FFFD: they are
			// the same text only byte for byte.
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == b
}

// typoFold is s with its typographic punctuation as the ASCII mark
// (typoRune): s itself when it has none.
func typoFold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.Map(typoRune, s)
		}
	}
	return s
}
