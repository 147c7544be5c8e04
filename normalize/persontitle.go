package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// otherRoleTitle reports whether the person's name at text[start:end] is
// written with a title of the clergy before it ("Fr. Vladimir Zelensky",
// "Father", "Rev.", "Bishop") or such a role after it and "a" ("Vladimir
// Zelensky, a priest,"): the text names another person who shares the
// name, not the one of the entry e. A rewrite would give the priest the
// president's spelling ("Fr. Volodymyr Zelenskyy"), so the glossary leaves
// the name as written and --check does not report it. The titles are the
// Christian clergy's only: a news glossary's people are heads of state,
// ministers, commanders and also clerics of Islam (Ayatollah Ali Khamenei,
// Sheikh Hassan Nasrallah), so "Ayatollah", "Sheikh" or "Imam" names no
// other role; "Dr." neither (Dr. Ayman al-Zawahri was a physician). An
// entry whose own forms hold the title ("Patriarch Kirill") is that
// person.
func otherRoleTitle(text string, start, end int, e *Entry) bool {
	before := strings.TrimRight(text[:start], " ")
	if len(before) < start {
		i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) + 1
		// A capital: "his father Oleksandr Zelensky" is kin, no title.
		r, _ := utf8.DecodeRuneInString(before[i:])
		if t := strings.ToLower(before[i:]); unicode.IsUpper(r) && clergyTitles.get()[t] && !entryHasWord(e, t) {
			return true
		}
	}
	after := text[end:]
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return false
	}
	// An indefinite article: ", the bishop said" may follow a name the
	// bishop spoke of.
	if r, ok := strings.CutPrefix(rest, "a "); ok {
		rest = r
	} else if r, ok := strings.CutPrefix(rest, "an "); ok {
		rest = r
	} else {
		return false
	}
	i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(rest)
	}
	w := rest[:i]
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsLower(r) && clergyRoles.get()[w] && !entryHasWord(e, w)
}

// entryHasWord reports whether one of e's forms has the word w (any case,
// a final period ignored).
func entryHasWord(e *Entry, w string) bool {
	w = strings.TrimSuffix(w, ".")
	for _, f := range append([]string{e.Canonical}, e.Variants...) {
		for _, fw := range strings.Fields(f) {
			if strings.EqualFold(strings.TrimSuffix(fw, "."), w) {
				return true
			}
		}
	}
	return false
}

// clergyTitles are the titles (lower case) that stand before the name of
// a member of the Christian clergy.
var clergyTitles = newLazy(func() map[string]bool {
	return wordSet(`fr. fr father rev. rev reverend revd revd. bishop archbishop archpriest
	deacon pastor hieromonk abbot metropolitan patriarch cardinal priest monsignor msgr.`)
})

// clergyRoles are the roles (lower case) that, after a comma and "a" or
// "an", say the person named before is one of the Christian clergy
// ("Vladimir Zelensky, a priest,"); "cleric" and "preacher" are Islam's
// too, and "minister" a government's.
var clergyRoles = newLazy(func() map[string]bool {
	return wordSet(`priest archpriest deacon pastor vicar rector parson chaplain monk
	hieromonk abbot bishop archbishop clergyman`)
})
