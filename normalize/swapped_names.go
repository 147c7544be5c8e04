package normalize

import (
	"strings"
	"unicode/utf8"
)

// swappedNames reports whether a and b are one name of two or three words
// with two words next to each other in the other order, the rest as it is
// ("Shun Yamaguchi", "Yamaguchi Shun"; "Jeffrey Gunter Ross", "Jeffrey
// Ross Gunter"): news writes Japanese and Hungarian names in both orders,
// and a translator swaps a middle name and a surname. The two words are
// names to look at: four letters or more, a capital then small letters,
// not a month or a day of the week ("September Vogue"), and short words
// stay in their place ("Kia Sportage", "Sportage Kia": a model after a
// make; "Almighty God"). alignedWords keeps any other word out of place
// apart. Two names each written alone in the same text are two people
// side by side ("Leah Zilpah", "Zilpah Leah": twoNamesSwapped,
// discover_common.go, keeps them apart).
func swappedNames(a, b string) bool {
	_, _, ok := swappedWords(a, b)
	return ok
}

// swappedWords returns the two words swappedNames finds swapped.
func swappedWords(a, b string) (x, y string, ok bool) {
	if len(a) != len(b) || a == b || strings.Count(a, " ") != strings.Count(b, " ") {
		return "", "", false // words swapped keep the length: most pairs end here
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || len(wa) < 2 || len(wa) > 3 {
		return "", "", false
	}
	i := 0
	for i < len(wa) && wa[i] == wb[i] {
		i++
	}
	if i+1 >= len(wa) || wa[i] != wb[i+1] || wa[i+1] != wb[i] || wa[i] == wa[i+1] {
		return "", "", false
	}
	for j := i + 2; j < len(wa); j++ {
		if wa[j] != wb[j] {
			return "", "", false
		}
	}
	if !swappableWord(wa[i]) || !swappableWord(wa[i+1]) {
		return "", "", false
	}
	return wa[i], wa[i+1], true
}

// swappableWord reports whether w is a word swappedNames may move: four
// letters or more, a capital then small letters only, no month or day.
func swappableWord(w string) bool {
	return utf8.RuneCountInString(w) >= 4 && swappableName(w) && !calendarWords[strings.ToLower(w)]
}

// calendarWords are the English months and days of the week: no names to
// swap, nor spellings of a name in a check (calendarApart).
var calendarWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}
