package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Java regular-expression syntax that .NET (regexp2) lacks, rewritten
// before translateJavaRegex's other rewrites.

// possessiveToAtomic rewrites Java's possessive quantifiers, X*+ X++ X?+
// X{n,m}+, which regexp2 refuses ("nested quantifier"), as the atomic
// groups they abbreviate: (?>X*) and so on. X is the atom before the
// quantifier: an escape, a character class, a group or one character.
func possessiveToAtomic(p string) string {
	if !strings.Contains(p, "+") {
		return p
	}
	var b strings.Builder
	atom := -1     // where the last atom starts in b; -1: none to quantify
	var open []int // where each open group starts in b
	for i := 0; i < len(p); {
		c := p[i]
		j := i + 1
		switch {
		case c == '\\' && i+1 < len(p):
			j = javaEscapeEnd(p, i)
			atom = b.Len()
		case c == '[':
			j = javaClassEnd(p, i)
			atom = b.Len()
		case c == '(':
			open = append(open, b.Len())
			atom = -1
		case c == ')' && len(open) > 0:
			atom = open[len(open)-1]
			open = open[:len(open)-1]
			b.WriteByte(c)
			i = j
			continue
		case c == '*' || c == '+' || c == '?' || c == '{' && javaCount.MatchString(p[i:]):
			if c == '{' {
				j = i + strings.IndexByte(p[i:], '}') + 1
			}
			if atom >= 0 && j < len(p) && p[j] == '+' {
				s := b.String()
				b.Reset()
				b.WriteString(s[:atom] + "(?>" + s[atom:] + p[i:j] + ")")
				i, atom = j+1, -1
				continue
			}
			if j < len(p) && p[j] == '?' {
				j++ // lazy
			}
			atom = -1
		default:
			_, size := utf8.DecodeRuneInString(p[i:])
			j = i + size
			atom = b.Len()
		}
		b.WriteString(p[i:j])
		i = j
	}
	return b.String()
}

// javaCount matches a counted quantifier: {n}, {n,} or {n,m}.
var javaCount = regexp.MustCompile(`^\{\d+(,\d*)?\}`)

// javaEscapeEnd returns the index after the escape that starts at p[i]
// ('\'): \p{Lu}, \x{1F600}, \N{...}, \k<name>, \pL, \uFFFF, \xFF, \cX, an
// octal \0377, \Q...\E, or a backslash and one character.
func javaEscapeEnd(p string, i int) int {
	rest := p[i+1:]
	closing := func(c byte) int {
		if k := strings.IndexByte(rest, c); k >= 0 {
			return i + 1 + k + 1
		}
		return len(p)
	}
	switch n := rest[0]; {
	case (n == 'p' || n == 'P' || n == 'x' || n == 'N') && len(rest) > 1 && rest[1] == '{':
		return closing('}')
	case n == 'k' && len(rest) > 1 && rest[1] == '<':
		return closing('>')
	case (n == 'p' || n == 'P' || n == 'c') && len(rest) > 1:
		return i + 3
	case n == 'u' && len(rest) >= 5 && isHex(rest[1:5]):
		return i + 6
	case n == 'x' && len(rest) >= 3 && isHex(rest[1:3]):
		return i + 4
	case n == '0':
		return i + 2 + len(javaOctal(rest[1:]))
	case n == 'Q':
		if k := strings.Index(rest, `\E`); k >= 0 {
			return i + 1 + k + 2
		}
		return len(p)
	}
	_, size := utf8.DecodeRuneInString(rest)
	return i + 1 + size
}

// javaOctal returns the octal digits that follow Java's \0: up to three,
// the first of three at most 3 (\0377 is the largest).
func javaOctal(s string) string {
	n := 0
	for n < len(s) && n < 3 && s[n] >= '0' && s[n] <= '7' {
		n++
	}
	if n == 3 && s[0] > '3' {
		n = 2
	}
	return s[:n]
}

// javaClassEnd returns the index after the character class that opens at
// p[i], nested classes and escapes included; len(p) if it does not close.
func javaClassEnd(p string, i int) int {
	depth := 0
	for j := i; j < len(p); {
		switch p[j] {
		case '\\':
			if j+1 < len(p) {
				j = javaEscapeEnd(p, j)
				continue
			}
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
		j++
	}
	return len(p)
}

// javaPOSIX holds, as class contents, Java's POSIX character classes,
// which match ASCII only (without the UNICODE_CHARACTER_CLASS flag, which
// an SRX file cannot set).
var javaPOSIX = map[string]string{
	"Lower": `a-z`, "Upper": `A-Z`, "ASCII": `\x00-\x7F`, "Alpha": `a-zA-Z`,
	"Digit": `0-9`, "Alnum": `a-zA-Z0-9`, "Punct": `!-/:-@\[-` + "`" + `{-~`,
	"Graph": `!-~`, "Print": `\x20-\x7E`, "Blank": ` \t`, "Cntrl": `\x00-\x1F\x7F`,
	"XDigit": `0-9a-fA-F`, "Space": ` \t\n\x0B\f\r`,
}

// javaProperty translates the name in Java's \p{name}: to the name of a
// Unicode category or script that regexp2 knows (prop), or to class
// contents (body) for a POSIX class. Both are "" for a name to leave as it
// is: one regexp2 reads (Lu, L, Greek) or one it refuses (a block, InGreek).
func javaProperty(name string) (prop, body string) {
	if body, ok := javaPOSIX[name]; ok {
		return "", body
	}
	if name == "IsPunctuation" {
		return "P", "" // Unicode punctuation, not POSIX Punct
	}
	kind, v := "", name
	if k, val, ok := strings.Cut(name, "="); ok {
		kind, v = strings.ToLower(k), val
	} else if rest, ok := strings.CutPrefix(name, "Is"); ok {
		kind, v = "is", rest
	}
	switch kind {
	case "is", "gc", "general_category":
		if _, ok := unicode.Categories[v]; ok {
			return v, ""
		}
	}
	switch kind {
	case "is", "sc", "script":
		for s := range unicode.Scripts {
			if strings.EqualFold(s, v) {
				return s, ""
			}
		}
	}
	return "", ""
}
