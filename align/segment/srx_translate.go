package segment

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// translateJava rewrites the Java regular-expression syntax that .NET
// (regexp2) lacks or reads differently:
//   - \Q...\E quoting becomes escaped literals;
//   - the "u" (Unicode case) inline flag is dropped: regexp2 is always
//     Unicode-aware;
//   - class intersection [A&&[^B]] becomes .NET subtraction [A-[B]], and
//     [A&&[B]] becomes [A-[^B]]; a nested class [A[B]] (union) is flattened;
//   - Java's property names become regexp2's or class contents
//     (javaProperty): \p{IsLatin} \p{script=Greek} \p{sc=Grek} \p{IsLu}
//     \p{gc=Lu}; the POSIX classes \p{Punct} \p{Alpha} \p{Upper}... (ASCII
//     in Java) are spelled out, and so are Unicode blocks (\p{InGreek},
//     \p{block=Basic Latin}), binary properties (\p{IsAlphabetic},
//     \p{IsWhite_Space}) and java.lang.Character's (\p{javaLowerCase});
//   - \X, an extended grapheme cluster, becomes a character and the marks
//     and joiners after it, or CR LF (graphemeCluster);
//   - a union with a negated class [A[^B]] becomes (?:[A]|[^B]);
//   - an escaped non-ASCII letter (\ا) loses its needless backslash;
//   - possessive quantifiers (X*+ X++ X?+ X{n,m}+) become atomic groups
//     (possessiveToAtomic); [A&&B] with an unbracketed B becomes [A-[^B]];
//   - Java's octal \0101 becomes \x{41}; \v \h \V \H \R get Java's
//     meaning (.NET's \v is U+000B alone, and it has no \h or \R).
//
// A construct Java has and regexp2 cannot be made to express (a property
// Go's Unicode tables lack, such as \p{IsEmoji} or \p{javaMirrored}; one
// that is unknown; \X or a negated spelled-out property inside a class) is
// an error naming it. The translation is made in one pass, a step per
// construct (javaTranslator).
func translateJava(p string) (string, error) {
	t := javaTranslator{p: unionToAlternation(possessiveToAtomic(p))}
	for t.i < len(t.p) && t.err == nil {
		if !t.step() {
			t.b.WriteByte(t.p[t.i])
			t.i++
		}
	}
	return t.b.String(), t.err
}

// translateJavaRegex is translateJava's translation, made as far as it
// goes when there is an error (for the callers that read a rule
// compileJava has already accepted).
func translateJavaRegex(p string) string {
	s, _ := translateJava(p)
	return s
}

// unionToAlternation rewrites [A[^B]] (A or not B), which has no .NET class
// form, as an alternation (?:[A]|[^B]).
func unionToAlternation(p string) string {
	return unionWithNegated().ReplaceAllStringFunc(p, func(m string) string {
		sub := unionWithNegated().FindStringSubmatch(m)
		if strings.HasSuffix(sub[1], "&&") {
			return m // an intersection, handled by the class steps
		}
		return "(?:[" + sub[1] + "]|[^" + sub[2] + "])"
	})
}

// javaTranslator is translateJava's state: the pattern p, read up to i,
// the translation written to b, the character-class nesting depth, and the
// first error.
type javaTranslator struct {
	p     string
	i     int
	depth int
	b     strings.Builder
	err   error
}

// step translates the construct at t.i and moves past it; false when
// there is none there, and the byte is copied as it is.
func (t *javaTranslator) step() bool {
	p, i := t.p, t.i
	switch c := p[i]; {
	case c == '\\' && i+1 < len(p):
		t.escape()
		return true
	case c == '(' && strings.HasPrefix(p[i:], "(?") && i+2 < len(p) && !strings.ContainsRune("<=!:>", rune(p[i+2])):
		return t.inlineFlags()
	case c == '[':
		return t.openClass()
	case c == ']' && t.depth > 0:
		return t.closeClass()
	case c == '&' && t.depth == 1 && strings.HasPrefix(p[i:], "&&") && !strings.HasPrefix(p[i:], "&&["):
		return t.intersectBare()
	case c == '&' && t.depth > 0 && strings.HasPrefix(p[i:], "&&["):
		return t.intersectClass()
	}
	return false
}

// escape translates the escape at t.i (a backslash and what follows).
func (t *javaTranslator) escape() {
	p, i := t.p, t.i
	switch n := p[i+1]; {
	case n == 'Q':
		t.quote()
	case (n == 'p' || n == 'P') && strings.HasPrefix(p[i+2:], "{") && strings.Contains(p[i:], "}"):
		t.property(n == 'P')
	case n >= utf8.RuneSelf:
		t.i++ // drop the backslash
	case n == '0' && javaOctal(p[i+2:]) != "":
		// Java's octal \0101 ("A"); .NET reads \010 and a "1".
		oct := javaOctal(p[i+2:])
		v := 0
		for _, d := range oct {
			v = v*8 + int(d-'0')
		}
		fmt.Fprintf(&t.b, `\x{%X}`, v)
		t.i += 2 + len(oct)
	case javaSpaceClass[n] != "" && (t.depth == 0 || n == 'v' || n == 'h'):
		t.spaceClass(n)
	case n == 'X':
		if t.depth > 0 {
			t.err = fmt.Errorf(`\X (a grapheme cluster) inside a character class: Java refuses it too`)
		}
		t.b.WriteString(graphemeCluster)
		t.i += 2
	default:
		t.b.WriteString(p[i : i+2])
		t.i += 2
	}
}

// graphemeCluster stands for Java's \X, an extended grapheme cluster
// (Unicode's UAX #29): CR LF, or any character and the marks, ZWNJ and ZWJ
// after it. That is Java's cluster for text of letters, digits,
// punctuation and combining marks in any script; it differs on Hangul
// syllables written with conjoining jamo, emoji sequences joined by ZWJ
// (the emoji after the joiner starts a cluster of its own here), pairs of
// regional indicators (flags) and prepended concatenation marks, which
// Java keeps in one cluster.
const graphemeCluster = `(?>\r\n|[\s\S][\p{M}\x{200C}\x{200D}]*)`

// quote translates \Q...\E (to the end when there is no \E): the
// characters between become literals.
func (t *javaTranslator) quote() {
	p, i := t.p, t.i
	end := strings.Index(p[i+2:], `\E`)
	lit := p[i+2:]
	if end >= 0 {
		lit = p[i+2 : i+2+end]
		t.i = i + 2 + end + 2
	} else {
		t.i = len(p)
	}
	for _, r := range lit {
		if strings.ContainsRune(`\.+*?()|[]{}^$#-& `, r) {
			t.b.WriteByte('\\')
		}
		t.b.WriteRune(r)
	}
}

// property translates \p{name} or, negated, \P{name} (see javaProperty).
func (t *javaTranslator) property(negated bool) {
	p, i := t.p, t.i
	end := i + strings.IndexByte(p[i:], '}') + 1
	t.i = end
	jp, err := javaProperty(p[i+3 : end-1])
	if err != nil {
		t.err = fmt.Errorf("%s: %w", p[i:end], err)
		return
	}
	if jp.prop != "" {
		letter := "p"
		if negated != jp.flip {
			letter = "P"
		}
		t.b.WriteString(`\` + letter + "{" + jp.prop + "}")
		return
	}
	neg := negated != jp.negated
	switch {
	case t.depth == 0 && neg:
		t.b.WriteString("[^" + jp.body + "]")
	case t.depth == 0:
		t.b.WriteString("[" + jp.body + "]")
	case !neg:
		t.b.WriteString(jp.body)
	case jp.complement != "":
		t.b.WriteString(jp.complement)
	default:
		t.err = fmt.Errorf(`%s inside a character class: its complement cannot be written there (put it outside the class, in an alternation)`, p[i:end])
	}
}

// spaceClass translates Java's \v \h \V \H \R (.NET's \v is only U+000B).
func (t *javaTranslator) spaceClass(n byte) {
	cls := javaSpaceClass[n]
	switch {
	case n == 'R':
		t.b.WriteString(`(?:\r\n|[` + cls + `])`)
	case t.depth > 0:
		t.b.WriteString(cls)
	case n == 'V' || n == 'H':
		t.b.WriteString("[^" + cls + "]")
	default:
		t.b.WriteString("[" + cls + "]")
	}
	t.i += 2
}

// inlineFlags translates inline flags, (?iu) (?u) (?iu:...): u and U
// dropped (regexp2 is always Unicode-aware), nothing left of (?u).
func (t *javaTranslator) inlineFlags() bool {
	p, i := t.p, t.i
	j := i + 2
	for j < len(p) && (p[j] >= 'a' && p[j] <= 'z' || p[j] == '-') {
		j++
	}
	if j >= len(p) || p[j] != ')' && p[j] != ':' {
		return false
	}
	flags := strings.ReplaceAll(strings.ReplaceAll(p[i+2:j], "u", ""), "U", "")
	switch {
	case flags == "" && p[j] == ')':
	case flags == "":
		t.b.WriteString("(?:")
	default:
		t.b.WriteString("(?" + flags + string(p[j]))
	}
	t.i = j + 1
	return true
}

// openClass opens a character class; a nested class (a union) is
// flattened into the outer one.
func (t *javaTranslator) openClass() bool {
	if t.depth == 0 {
		t.depth++
		return false // the bracket is written
	}
	if t.i+1 < len(t.p) && t.p[t.i+1] == '^' {
		// A negated nested class outside && cannot be flattened; .NET
		// subtraction is the nearest.
		t.b.WriteString("-[")
		t.i++
	}
	t.depth++
	t.i++
	return true
}

// closeClass closes a character class: only the outermost's bracket is
// written.
func (t *javaTranslator) closeClass() bool {
	t.depth--
	if t.depth > 0 {
		t.i++
		return true
	}
	return false
}

// intersectBare translates [A&&B], B without brackets (\p{Lu}, a-z): B
// runs to the class's end, so [A-[^B]].
func (t *javaTranslator) intersectBare() bool {
	p, i := t.p, t.i
	j := i + 2
	for j < len(p) && p[j] != ']' && p[j] != '[' {
		if p[j] == '\\' && j+1 < len(p) {
			j = javaEscapeEnd(p, j)
			continue
		}
		j++
	}
	if j >= len(p) || p[j] != ']' || j <= i+2 {
		return false
	}
	inner, err := translateJava(p[i+2 : j])
	if err != nil && t.err == nil {
		t.err = err
	}
	t.b.WriteString("-[^" + inner + "]")
	t.i = j
	return true
}

// intersectClass translates [A&&[^B]] to [A-[B]] and [A&&[B]] to [A-[^B]].
func (t *javaTranslator) intersectClass() bool {
	p := t.p
	j := t.i + 3
	neg := j < len(p) && p[j] == '^'
	if neg {
		j++
	}
	end := strings.IndexByte(p[j:], ']')
	if end < 0 {
		return false
	}
	inner := p[j : j+end]
	if neg {
		t.b.WriteString("-[" + inner + "]")
	} else {
		t.b.WriteString("-[^" + inner + "]")
	}
	t.i = j + end + 1
	return true
}
