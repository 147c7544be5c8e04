package segment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
)

// propertyProbe are characters of many scripts and classes that
// FuzzJavaProperty matches the translations against.
const propertyProbe = "aZ09_ .,;!?-\t\n\u00a0\u00e9\u00df\u0394\u03c9\u0416\u044f\u05d0\u0627\u0660\u0915\u093f\u0e01\u10d0\u3042\u30a2\u4e2d\uac00\u2028\u200d\u0301\U0001F600\U00010400\uFFFD"

// FuzzJavaProperty translates Java's \p{NAME} and \P{NAME} (Unicode
// blocks, scripts, binary properties, POSIX and java.lang.Character
// classes) outside and inside a class: whenever the translation succeeds
// it compiles, \p{NAME} and [\p{NAME}] match the same characters, \P{NAME}
// exactly the others, and [^\p{NAME}] the same as \P{NAME}; an error names
// the construct.
func FuzzJavaProperty(f *testing.F) {
	for _, n := range []string{"L", "Lu", "InGreek", "InBasic_Latin", "block=Cyrillic", "sc=Cyrl", "IsGrek", "IsAlphabetic",
		"IsWhite_Space", "javaLowerCase", "javaMirrored", "Punct", "Alpha", "IsLatin", "script=Han", "IsEmoji", "general_category=Lu", "Zs", "InCJK_Unified_Ideographs", "^L"} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if strings.ContainsAny(name, "{}") || !utf8.ValidString(name) {
			return
		}
		compile := func(p string) *regexp2.Regexp {
			tr, err := translateJava(p)
			if err != nil {
				if !strings.Contains(err.Error(), p) && !strings.Contains(err.Error(), `{`+name+`}`) {
					t.Fatalf("translateJava(%q): error %q does not name the construct", p, err)
				}
				return nil
			}
			re, err := regexp2.Compile(tr, regexp2.None)
			if err != nil {
				t.Fatalf("translateJava(%q) = %q, which does not compile: %v", p, tr, err)
			}
			return re
		}
		pos := compile(`\p{` + name + `}`)
		neg := compile(`\P{` + name + `}`)
		if (pos == nil) != (neg == nil) {
			t.Fatalf(`\p{%s} and \P{%s}: one translates, the other not`, name, name)
		}
		if pos == nil {
			return
		}
		in := compile(`[\p{` + name + `}]`)
		var notIn *regexp2.Regexp
		if _, err := translateJava(`[^\p{` + name + `}]`); err == nil {
			notIn = compile(`[^\p{` + name + `}]`)
		}
		for _, r := range propertyProbe {
			s := string(r)
			p, _ := pos.MatchString(s)
			n, _ := neg.MatchString(s)
			if p == n {
				t.Fatalf(`%+q: \p{%s} %v, \P{%s} %v`, s, name, p, name, n)
			}
			if in != nil {
				if m, _ := in.MatchString(s); m != p {
					t.Fatalf(`%+q: \p{%s} %v, [\p{%s}] %v`, s, name, p, name, m)
				}
			}
			if notIn != nil {
				if m, _ := notIn.MatchString(s); m != n {
					t.Fatalf(`%+q: \P{%s} %v, [^\p{%s}] %v`, s, name, n, name, m)
				}
			}
		}
	})
}
