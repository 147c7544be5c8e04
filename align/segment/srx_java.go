package segment

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
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
		case c == '*' || c == '+' || c == '?' || c == '{' && javaCount().MatchString(p[i:]):
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

// javaCount, compiled on first use, matches a counted quantifier: {n}, {n,} or {n,m}.
var javaCount = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\{\d+(,\d*)?\}`) })

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

// javaProp is what Java's \p{name} becomes: a Unicode category, script or
// property that regexp2 reads (prop, as \P{prop} when flip), or character
// class contents (body; the class is [^body] when negated), with the
// contents of the complement when they can be written (complement, for
// \P{name} inside a class).
type javaProp struct {
	prop, body, complement string
	flip, negated          bool
}

// javaProperty translates the name in Java's \p{name} as
// java.util.regex.Pattern resolves it: "In" and block= a Unicode block;
// "Is" a binary property (IsAlphabetic, IsWhite_Space), then a category or
// POSIX class, then a script (its name or ISO 15924 code: IsCyrl); sc= and
// script= a script, gc= and general_category= a category; a name without
// a prefix a category (Lu, LC, L1), a POSIX class (Alpha) or a
// java.lang.Character class (javaLowerCase). A script or Unicode property
// name regexp2 reads as it is (Greek, White_Space) is taken too, as
// before. A name Java does not know, or whose set Go's Unicode tables
// cannot give, is an error.
func javaProperty(name string) (javaProp, error) {
	if k, v, ok := strings.Cut(name, "="); ok {
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "sc", "script":
			if s := javaScript(v); s != "" {
				return javaProp{prop: s}, nil
			}
			return javaProp{}, fmt.Errorf("no Unicode script %q", v)
		case "blk", "block":
			return javaBlock(v)
		case "gc", "general_category":
			if _, ok := unicode.Categories[v]; ok {
				return javaProp{prop: v}, nil
			}
			return javaProp{}, fmt.Errorf("no Unicode general category %q", v)
		}
		return javaProp{}, fmt.Errorf("unknown property %q (Java knows script, block and general_category)", k)
	}
	if rest, ok := strings.CutPrefix(name, "In"); ok {
		return javaBlock(rest)
	}
	if rest, ok := strings.CutPrefix(name, "Is"); ok {
		if jp, ok, err := javaBinary(rest); ok {
			return jp, err
		}
		if jp, ok := javaCategory(rest); ok {
			return jp, nil
		}
		if s := javaScript(rest); s != "" {
			return javaProp{prop: s}, nil
		}
		return javaProp{}, fmt.Errorf("no binary property, category or script %q", rest)
	}
	if jp, ok := javaCategory(name); ok {
		return jp, nil
	}
	if jp, ok, err := javaCharacterClass(name); ok {
		return jp, err
	}
	if _, ok := unicode.Scripts[name]; ok {
		return javaProp{prop: name}, nil
	}
	if _, ok := unicode.Properties[name]; ok {
		return javaProp{prop: name}, nil
	}
	return javaProp{}, fmt.Errorf("no such character class")
}

// javaCategory returns a general category (Lu, L, Cn; LC, LD, L1 and all,
// which Java adds) or a POSIX class (Alpha, Punct...).
func javaCategory(name string) (javaProp, bool) {
	if body, ok := javaPOSIX[name]; ok {
		return javaProp{body: body, complement: asciiComplement(body)}, true
	}
	if _, ok := unicode.Categories[name]; ok {
		return javaProp{prop: name}, true
	}
	switch name {
	case "LD":
		return javaProp{body: `\p{L}\p{Nd}`}, true
	case "L1":
		return javaProp{body: `\x00-\xFF`, complement: `\x{100}-\x{10FFFF}`}, true
	case "all":
		return javaProp{body: `\s\S`}, true
	}
	return javaProp{}, false
}

// asciiComplement returns, as class contents, every character not in the
// ASCII class contents body (a POSIX class of javaPOSIX): Java's \P{Punct}
// inside a class is every character but ASCII punctuation.
func asciiComplement(body string) string {
	in := regexp.MustCompile("^[" + body + "]$")
	var b strings.Builder
	for lo := rune(0); lo < utf8.RuneSelf; {
		if in.MatchString(string(lo)) {
			lo++
			continue
		}
		hi := lo
		for hi+1 < utf8.RuneSelf && !in.MatchString(string(hi+1)) {
			hi++
		}
		if hi == utf8.RuneSelf-1 {
			hi = unicode.MaxRune // on past ASCII
		}
		fmt.Fprintf(&b, `\x{%X}`, lo)
		if hi > lo {
			fmt.Fprintf(&b, `-\x{%X}`, hi)
		}
		lo = hi + 1
	}
	if !strings.HasSuffix(b.String(), fmt.Sprintf(`\x{%X}`, unicode.MaxRune)) {
		fmt.Fprintf(&b, `\x{%X}-\x{%X}`, utf8.RuneSelf, unicode.MaxRune)
	}
	return b.String()
}

// javaAlphabetic is Java's Alphabetic (Character.isAlphabetic) as class
// contents.
const javaAlphabetic = `\p{L}\p{Nl}\p{Other_Alphabetic}`

// javaIgnorable is Character.isIdentifierIgnorable as class contents.
const javaIgnorable = `\x00-\x08\x0E-\x1B\x7F-\x9F\p{Cf}`

// javaBinary returns the binary property of Java's \p{IsName} (the name
// compared as Java does: in any case, with or without underscores), as
// java.util.regex defines it; ok is false for a name that is none. Those
// Go's Unicode tables lack (the emoji properties) are errors.
func javaBinary(name string) (_ javaProp, ok bool, err error) {
	switch strings.ToUpper(strings.ReplaceAll(name, "_", "")) {
	case "ALPHABETIC":
		return javaProp{body: javaAlphabetic}, true, nil
	case "IDEOGRAPHIC":
		return javaProp{prop: "Ideographic"}, true, nil
	case "LETTER":
		return javaProp{prop: "L"}, true, nil
	case "LOWERCASE":
		return javaProp{body: `\p{Ll}\p{Other_Lowercase}`}, true, nil
	case "UPPERCASE":
		return javaProp{body: `\p{Lu}\p{Other_Uppercase}`}, true, nil
	case "TITLECASE":
		return javaProp{prop: "Lt"}, true, nil
	case "PUNCTUATION":
		return javaProp{prop: "P"}, true, nil // Unicode punctuation, not POSIX Punct
	case "CONTROL":
		return javaProp{prop: "Cc"}, true, nil
	case "WHITESPACE":
		return javaProp{prop: "White_Space"}, true, nil
	case "DIGIT":
		return javaProp{prop: "Nd"}, true, nil
	case "HEXDIGIT":
		return javaProp{body: `\p{Nd}\p{Hex_Digit}`}, true, nil
	case "JOINCONTROL":
		return javaProp{prop: "Join_Control"}, true, nil
	case "NONCHARACTERCODEPOINT":
		return javaProp{prop: "Noncharacter_Code_Point"}, true, nil
	case "ASSIGNED":
		return javaProp{prop: "Cn", flip: true}, true, nil
	case "ALNUM":
		return javaProp{body: javaAlphabetic + `\p{Nd}`}, true, nil
	case "BLANK":
		return javaProp{body: `\p{Zs}\t`}, true, nil
	case "GRAPH": // not white space, a control, a surrogate or unassigned
		return javaProp{body: `\p{Z}\p{Cc}\p{Cs}\p{Cn}`, negated: true}, true, nil
	case "PRINT": // Graph or Blank, not a control
		return javaProp{body: `\p{Zl}\p{Zp}\p{Cc}\p{Cs}\p{Cn}`, negated: true}, true, nil
	case "WORD":
		return javaProp{body: javaAlphabetic + `\p{M}\p{Nd}\p{Pc}\p{Join_Control}`}, true, nil
	case "EMOJI", "EMOJIPRESENTATION", "EMOJIMODIFIER", "EMOJIMODIFIERBASE", "EMOJICOMPONENT", "EXTENDEDPICTOGRAPHIC":
		return javaProp{}, true, fmt.Errorf("the emoji properties are not in Go's Unicode tables")
	}
	return javaProp{}, false, nil
}

// javaCharacterClass returns Java's java.lang.Character classes
// (\p{javaLowerCase} is Character.isLowerCase, and so on); ok is false for
// a name that is none.
func javaCharacterClass(name string) (_ javaProp, ok bool, err error) {
	rest, ok := strings.CutPrefix(name, "java")
	if !ok {
		return javaProp{}, false, nil
	}
	switch rest {
	case "LowerCase":
		return javaProp{body: `\p{Ll}\p{Other_Lowercase}`}, true, nil
	case "UpperCase":
		return javaProp{body: `\p{Lu}\p{Other_Uppercase}`}, true, nil
	case "TitleCase":
		return javaProp{prop: "Lt"}, true, nil
	case "Digit":
		return javaProp{prop: "Nd"}, true, nil
	case "Letter":
		return javaProp{prop: "L"}, true, nil
	case "LetterOrDigit":
		return javaProp{body: `\p{L}\p{Nd}`}, true, nil
	case "Alphabetic":
		return javaProp{body: javaAlphabetic}, true, nil
	case "Ideographic":
		return javaProp{prop: "Ideographic"}, true, nil
	case "SpaceChar":
		return javaProp{prop: "Z"}, true, nil
	case "Whitespace": // separators but the no-break spaces, and ASCII controls
		return javaProp{body: javaWhitespace()}, true, nil
	case "ISOControl":
		return javaProp{body: `\x00-\x1F\x7F-\x9F`}, true, nil
	case "Defined":
		return javaProp{prop: "Cn", flip: true}, true, nil
	case "IdentifierIgnorable":
		return javaProp{body: javaIgnorable}, true, nil
	case "JavaIdentifierStart":
		return javaProp{body: `\p{L}\p{Nl}\p{Sc}\p{Pc}`}, true, nil
	case "JavaIdentifierPart":
		return javaProp{body: `\p{L}\p{Nl}\p{Sc}\p{Pc}\p{Nd}\p{Mc}\p{Mn}` + javaIgnorable}, true, nil
	case "UnicodeIdentifierStart":
		return javaProp{body: `\p{L}\p{Nl}\p{Other_ID_Start}`}, true, nil
	case "UnicodeIdentifierPart":
		return javaProp{body: `\p{L}\p{Nl}\p{Other_ID_Start}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\p{Other_ID_Continue}` + javaIgnorable}, true, nil
	case "Mirrored":
		return javaProp{}, true, fmt.Errorf("Bidi_Mirrored is not in Go's Unicode tables")
	}
	return javaProp{}, false, nil
}

// javaWhitespace is Character.isWhitespace as class contents: the space,
// line and paragraph separators but U+00A0, U+2007 and U+202F, and tab,
// LF, VT, FF, CR and U+001C to U+001F.
func javaWhitespace() string {
	var b strings.Builder
	b.WriteString(`\t\n\x0B\f\r\x1C-\x1F`)
	for _, t := range []*unicode.RangeTable{unicode.Zs, unicode.Zl, unicode.Zp} {
		for _, r := range t.R16 {
			for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
				if c != 0xA0 && c != 0x2007 && c != 0x202F {
					fmt.Fprintf(&b, `\x{%X}`, c)
				}
			}
		}
	}
	return b.String()
}
