package normalize

import (
	"encoding/binary"
	"slices"
	"strconv"
	"strings"
)

// Numbers written as words. Style manuals write a number in a name either
// way (Chicago Manual of Style 9.2-9.7 spells out whole numbers from one
// to one hundred and ordinals; AP style writes figures from 10 up and
// "1st" to "9th" in military units): the First National Bank and the 1st
// National Bank, the Twelfth Army and the 12th Army, Twenty-First Century
// Fox and 21st Century Fox, Three Rivers Bank and 3 Rivers Bank are one
// name each. Two names of which one has a figure are compared again with
// every number written as a figure, an ordinal with its English suffix
// (1st, 2nd, 3rd, 4th, 11th...): a number word of one to ninety-nine,
// cardinal or ordinal, a compound of tens and units hyphenated or not
// (twenty-one, twenty first). The names must then match as wholes, so
// that two numbers stay two names (Group 1, Group 3; First Army, Second
// Army), and their figures must be the same figures.

var numberWordUnits = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}

var numberWordOrdinalUnits = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
}

var numberWordTeens = map[string]int{
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"tenth": -10, "eleventh": -11, "twelfth": -12, "thirteenth": -13, "fourteenth": -14, "fifteenth": -15,
	"sixteenth": -16, "seventeenth": -17, "eighteenth": -18, "nineteenth": -19,
}

var numberWordTens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"twentieth": -20, "thirtieth": -30, "fortieth": -40, "fiftieth": -50, "sixtieth": -60,
	"seventieth": -70, "eightieth": -80, "ninetieth": -90,
}

// numeralVariant reports whether a and b, one of which has a figure, are
// the same name once every number in words is written as a figure.
func numeralVariant(a, b string, g *Glossary) bool {
	if !hasASCIIDigit(a) && !hasASCIIDigit(b) {
		return false
	}
	fa, ca := figuresForNumbers(a)
	fb, cb := figuresForNumbers(b)
	if ca == 0 && cb == 0 {
		return false
	}
	return slices.Equal(figuresOf(fa), figuresOf(fb)) && similarityWith(fa, fb, g) >= SameThreshold
}

// figuresOf returns the runs of digits of s, sorted.
func figuresOf(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j > i {
			out = append(out, s[i:j])
			i = j
			continue
		}
		i++
	}
	slices.Sort(out)
	return out
}

// hasASCIIDigit reports whether s has a figure 0-9. It reads eight bytes
// at a time: a byte is a figure when, its bits 0x30 flipped, it is below
// 10 (the test of "a byte less than n" on a word, exact for n <= 128).
func hasASCIIDigit(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		v := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		t := v ^ 0x30*ones
		if (t-10*ones)&^t&highs != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// figuresForNumbers returns s with its numbers in words written as figures
// and its ordinal figures with a suffix in small letters (21St: 21st), and
// how many numbers in words it changed.
func figuresForNumbers(s string) (string, int) {
	words := strings.Fields(s)
	changed := 0
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		core := strings.TrimRight(w, ",.;:")
		trail := w[len(core):]
		// A number and what follows it after a hyphen (Seventh-day).
		head, tail, _ := strings.Cut(core, "-")
		lh := strings.ToLower(head)
		n, ord, ok := 0, false, false
		switch {
		case numberWordUnits[lh] > 0:
			n, ok = numberWordUnits[lh], true
		case numberWordOrdinalUnits[lh] > 0:
			n, ord, ok = numberWordOrdinalUnits[lh], true, true
		case numberWordTeens[lh] != 0:
			n, ok = numberWordTeens[lh], true
		case numberWordTens[lh] != 0:
			n, ok = numberWordTens[lh], true
			if n > 0 { // a unit after a hyphen or in the next word
				unit, rest, _ := strings.Cut(tail, "-")
				next := ""
				if tail == "" && i+1 < len(words) && words[i+1] == strings.TrimRight(words[i+1], ",.;:") {
					next = words[i+1]
				}
				lu := strings.ToLower(unit)
				if next != "" {
					lu = strings.ToLower(next)
				}
				switch {
				case numberWordUnits[lu] > 0:
					n += numberWordUnits[lu]
				case numberWordOrdinalUnits[lu] > 0:
					n, ord = n+numberWordOrdinalUnits[lu], true
				default:
					lu = ""
				}
				if lu != "" {
					if next != "" {
						i++
					} else {
						tail = rest
					}
				}
			}
		}
		if !ok {
			out = append(out, ordinalSuffixLower(w))
			continue
		}
		if n < 0 {
			n, ord = -n, true
		}
		f := strconv.Itoa(n)
		if ord {
			f += ordinalSuffix(n)
		}
		if tail != "" {
			f += "-" + tail
		}
		out = append(out, f+trail)
		changed++
	}
	return strings.Join(out, " "), changed
}

// ordinalSuffix is the English suffix of the ordinal n: st, nd, rd, th.
func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// ordinalSuffixLower writes an ordinal figure's suffix in small letters
// (21St, 21ST: 21st); other words are returned as they are.
func ordinalSuffixLower(w string) string {
	i := 0
	for i < len(w) && '0' <= w[i] && w[i] <= '9' {
		i++
	}
	if i == 0 || i+2 > len(w) {
		return w
	}
	suf := strings.ToLower(w[i : i+2])
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return w
	}
	return w[:i] + suf + w[i+2:]
}
