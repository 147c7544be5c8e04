package textio

import "strconv"

// LoneSurrogate returns the first escape \uD800-\uDFFF of the valid JSON
// text b that is not half of a pair (a high one followed at once by a
// low one), or "". encoding/json decodes such an escape as U+FFFD, which
// would be stored in place of the text's character (in an API body or a
// JSONL line of beads: a string cut in the middle of an emoji); a
// backslash escaped by another is text.
func LoneSurrogate(b []byte) string {
	hex4 := func(i int) (rune, bool) { // the escape \uXXXX at b[i], if any
		if i+6 > len(b) || b[i] != '\\' || b[i+1] != 'u' {
			return 0, false
		}
		n, err := strconv.ParseUint(string(b[i+2:i+6]), 16, 16)
		return rune(n), err == nil
	}
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' || i+1 >= len(b) {
			continue
		}
		r, ok := hex4(i)
		switch {
		case !ok:
			i++ // the escaped character
		case r >= 0xD800 && r < 0xDC00:
			if lo, ok := hex4(i + 6); ok && lo >= 0xDC00 && lo < 0xE000 {
				i += 11 // the pair
				continue
			}
			return string(b[i : i+6])
		case r >= 0xDC00 && r < 0xE000:
			return string(b[i : i+6])
		default:
			i += 5
		}
	}
	return ""
}
