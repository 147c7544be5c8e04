package segment

import (
	"unicode"
	"unicode/utf8"
)

// isCloser reports whether r may follow a sentence's final punctuation and
// still belong to the sentence: closing quotes and brackets (“ and ‘ close
// German and Polish quotations).
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '“', '‘', '»', '›', '«', ')', ']', '}', '」', '』', '）', '〉', '》', '】', '〕', '｝', '］', '`', '´':
		return true
	}
	return false
}

// isOpener reports whether r may stand before the first letter of a
// sentence: opening quotes and brackets, inverted marks, dashes, bullets.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '„', '‚', '«', '‹', '»', '(', '[', '{', '¿', '¡', '「', '『', '（', '—', '–', '-', '*', '•', '`', '_', '…':
		return true
	}
	return false
}

func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '▪', '●', '‣', '⁃', '∙', '·', '■', '□', '○', '➢', '►', '-', '*', '–', '—':
		return true
	}
	return false
}

// isCJK reports whether r is a Han, Hiragana, Katakana or Hangul letter:
// scripts written without spaces between sentences.
func isCJK(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r))
}

// joinsWithoutSpace reports whether r belongs to writing that puts no space
// between words: Han, kana (with the prolonged sound mark, which is of no
// script), CJK punctuation and full-width forms. Hangul is written with
// spaces, so a line break next to it is one.
func joinsWithoutSpace(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r <= 0x303F, r >= 0x3040 && r <= 0x30FF, r >= 0x31F0 && r <= 0x31FF,
		r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6:
		return true
	}
	return unicode.Is(unicode.Han, r)
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\ufeff' // a byte-order mark is invisible
}

// isLineBreak reports whether r ends a line.
func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == '\u0085' || r == '\u2028' || r == '\u2029'
}

func decode(p []byte, i int) (rune, int) {
	if i >= len(p) {
		return -1, 0
	}
	if c := p[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(p[i:])
}

func decodeLast(p []byte, i int) (rune, int) {
	if i <= 0 {
		return -1, 0
	}
	if c := p[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRune(p[:i])
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}
