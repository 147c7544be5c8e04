package tm

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Numbers as translators write them. A lookup compares the numbers of the
// query and of a stored segment by value, read in each one's language
// ("12,000" in English, "12 000" in French, "12.000" in German and "۱۲٬۰۰۰"
// in Persian are one value), and replaces a number of the stored
// translation by the query's written as the translation writes its numbers:
// the same digits (Latin, Persian, Arabic-Indic), grouping and decimal
// separators, taken from the number replaced, or from the target language's
// CLDR conventions (golang.org/x/text) where that number does not show them.
// A percent or currency sign around the number stays where the translation
// puts it: only the digits and their separators are replaced.

// numLocale is how a language writes numbers, by CLDR.
type numLocale struct {
	group    string // grouping separator ("," en, "\u00a0" fr, "." de, "٬" fa)
	decimal  string // decimal separator
	zero     rune   // the zero of its default digits ('0', '۰', '٠')
	minGroup int    // 2 when a four-digit number is written without a group (es, pl)
	// spaceGroups: the group separator is a space of some kind, so that a
	// plain space between digit groups also separates groups ("12 000").
	spaceGroups bool
}

var numLocales sync.Map // language.Tag -> *numLocale

// minGroup2 are languages whose CLDR minimumGroupingDigits is 2 ("1500" but
// "12.500"), which golang.org/x/text's formatting does not apply.
var minGroup2 = map[language.Tag]bool{
	language.Spanish: true, language.Polish: true, language.EuropeanPortuguese: true,
}

// baseOnly is tag's language alone ("es" for "es-MX").
func baseOnly(tag language.Tag) language.Tag {
	b, _ := tag.Base()
	t, _ := language.Compose(b)
	return t
}

// numbersOf returns how language tag writes numbers (by CLDR, through
// golang.org/x/text's number formatting).
func numbersOf(tag language.Tag) *numLocale {
	if v, ok := numLocales.Load(tag); ok {
		return v.(*numLocale)
	}
	p := message.NewPrinter(tag)
	nl := &numLocale{group: ",", decimal: ".", zero: '0', minGroup: 1}
	// 1234567.5 shows the group, the decimal separator and the digits.
	var seps []string
	var cur strings.Builder
	first := true
	for _, r := range p.Sprint(number.Decimal(1234567.5)) {
		if unicode.IsDigit(r) {
			if first {
				nl.zero, first = r-digitValue(r), false
			}
			if cur.Len() > 0 {
				seps = append(seps, cur.String())
				cur.Reset()
			}
			continue
		}
		if unicode.Is(unicode.Cf, r) {
			continue // bidi marks
		}
		cur.WriteRune(r)
	}
	if len(seps) >= 2 {
		nl.group, nl.decimal = seps[0], seps[len(seps)-1]
	}
	if out := p.Sprint(number.Decimal(1234)); !strings.Contains(out, nl.group) || minGroup2[tag] || minGroup2[baseOnly(tag)] {
		nl.minGroup = 2
	}
	r, _ := utf8.DecodeRuneInString(nl.group)
	nl.spaceGroups = unicode.IsSpace(r) || r == '\u202f'
	v, _ := numLocales.LoadOrStore(tag, nl)
	return v.(*numLocale)
}

// digitValue is the value of a decimal digit of any script: Unicode keeps
// each script's digits 0 to 9 in a row, the rows of consecutive scripts
// adjacent, each starting at a multiple of ten from the first.
func digitValue(r rune) rune {
	if r >= '0' && r <= '9' {
		return r - '0'
	}
	n := rune(0)
	for unicode.IsDigit(r - n - 1) {
		n++
	}
	return n % 10
}

// isGroupSep reports whether r separates digit groups and nothing else
// (spaces of any width, apostrophes, the Arabic thousands separator).
func isGroupSep(r rune, spaceGroups bool) bool {
	switch r {
	case '\u00a0', '\u202f', '\u2009', '\u066c', '\'', '\u2019':
		return true
	case ' ':
		return spaceGroups
	}
	return false
}

// digitRun returns the end of the run of decimal digits (of any script)
// starting at i in s and how many digits it holds.
func digitRun(s string, i int) (end, n int) {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDigit(r) {
			break
		}
		i, n = i+size, n+1
	}
	return i, n
}

// scanNumber returns the end of the number starting at i in s: digit runs
// joined by "." or "," (as tokenize joins them), by the Arabic decimal
// separator, or by a group separator followed by exactly three digits
// after a first group of at most three ("12 000", "1’234’567").
func scanNumber(s string, i int, spaceGroups bool) int {
	end, n := digitRun(s, i)
	grouped := n <= 3 // a group separator may follow
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		next, m := digitRun(s, end+size)
		if m == 0 {
			break
		}
		switch {
		case r == '.' || r == ',' || r == '\u066b':
			grouped = false
			if r == '.' || r == ',' {
				grouped = m == 3
			}
		case isGroupSep(r, spaceGroups) && grouped && m == 3:
		default:
			return end
		}
		end = next
	}
	return end
}

// mergeNumbers joins, in toks (tokenize's tokens of s), the tokens of one
// number as nl writes it into one tokNumber token: "12 000" (two tokens),
// "۱۲۳" (tokenize makes a token of each non-ASCII digit), "۳٫۵".
func mergeNumbers(s string, toks []token, nl *numLocale) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tokNumber {
			out = append(out, t)
			continue
		}
		end := scanNumber(s, t.start, nl.spaceGroups)
		for i+1 < len(toks) && toks[i+1].start < end {
			i++
		}
		if end > t.end {
			t = token{s[t.start:end], t.start, end, tokNumber}
		}
		out = append(out, t)
	}
	return out
}

// numValue is the value of number text written in a language writing
// numbers as nl: its digits in ASCII, with a "." before the decimals
// ("12000", "44.2"); ok is false for text that is no single number in
// that writing ("1.2.3", "12.05.2020").
func numValue(text string, nl *numLocale) (v string, ok bool) {
	var runs []string
	var seps []rune
	var b strings.Builder
	for _, r := range text {
		if isDigit(r) {
			b.WriteRune('0' + digitValue(r))
			continue
		}
		runs = append(runs, b.String())
		b.Reset()
		seps = append(seps, r)
	}
	runs = append(runs, b.String())
	if len(seps) == 0 {
		return runs[0], true
	}
	// The decimal separator, if any, is the last separator, and it is
	// there once.
	last := seps[len(seps)-1]
	dec := false
	switch {
	case last == '\u066b':
		dec = true
	case isGroupSep(last, true):
	case last == '.' || last == ',':
		switch {
		case len(seps) > 1 && seps[0] != last:
			dec = true // "1,234.5", "1.234,5"
		case len(seps) > 1:
			dec = false // "1,234,567"
		case string(last) == nl.decimal:
			dec = true
		default:
			dec = len(runs[1]) != 3 // "1,5" is a decimal in any language
		}
	}
	intRuns := runs
	if dec {
		intRuns = runs[:len(runs)-1]
	}
	for i, r := range intRuns {
		if i > 0 && (len(r) != 3 || seps[i-1] != seps[0]) {
			return "", false
		}
	}
	v = strings.Join(intRuns, "")
	if dec {
		v += "." + runs[len(runs)-1]
	}
	return v, true
}

// numStyle is how one written number looks: its digits and separators.
type numStyle struct {
	zero           rune
	group, decimal string
	minGroup       int
}

// styleOf returns the style of number text (a number of a segment in a
// language writing numbers as nl): what it shows, the language's
// conventions for what it does not. A number of four digits or more
// written without a group ("2019") is ungrouped style.
func styleOf(text string, nl *numLocale) numStyle {
	st := numStyle{zero: nl.zero, group: nl.group, decimal: nl.decimal, minGroup: nl.minGroup}
	for _, r := range text {
		if isDigit(r) {
			st.zero = r - digitValue(r)
			break
		}
	}
	v, _ := numValue(text, nl)
	intLen := len(v)
	if i := strings.IndexByte(v, '.'); i >= 0 {
		intLen = i
	}
	seen := false
	for i, r := range text {
		if isDigit(r) {
			continue
		}
		if j := i + utf8.RuneLen(r); strings.IndexByte(v, '.') >= 0 && !strings.ContainsFunc(text[j:], func(r rune) bool { return !isDigit(r) }) {
			st.decimal = string(r) // the last separator, before the decimals
			break
		}
		st.group, seen = string(r), true
	}
	if !seen && intLen >= 3+st.minGroup {
		st.group = "" // "2019", "10000": written without groups
	}
	return st
}

// format writes value v (as numValue returns it) in style st.
func (st numStyle) format(v string) string {
	intPart, frac, hasFrac := strings.Cut(v, ".")
	var b strings.Builder
	digits := func(s string) {
		for _, c := range s {
			b.WriteRune(st.zero + (c - '0'))
		}
	}
	group := st.group != "" && len(intPart) >= 3+st.minGroup
	for i := 0; i < len(intPart); {
		n := len(intPart) - i
		if !group {
			digits(intPart[i:])
			break
		}
		k := n % 3
		if k == 0 {
			k = 3
		}
		digits(intPart[i : i+k])
		if i += k; i < len(intPart) {
			b.WriteString(st.group)
		}
	}
	if hasFrac {
		b.WriteString(st.decimal)
		digits(frac)
	}
	return b.String()
}
