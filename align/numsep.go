package align

import "strings"

// Thousands separators across languages. English writes a thousand and a
// half "1,500", German and Icelandic "1.500", French, Czech and Russian
// "1 500" (a space, U+00A0 or U+202F), Swiss German "1'500", Indian
// English a lakh and a half "1,50,000"; Spanish, Polish, Czech and German
// also write four digits without one ("1500": CLDR's
// minimumGroupingDigits 2, or the writer's habit). tokenize reads every
// such separator the same (groupSep), so that the separated forms meet
// digit run by digit run, and reads each three-digit group after one with
// the number before it (numberGroup): "1,500", "1.500", "1 500" and
// "1500" all give "1500" ("1,000" gave "1000" since news48b; "1,500"
// gave "1" and "500", and met "1500" nowhere).
//
// The shape alone decides, not the side's language: "1.500" is a
// thousand and a half in German and one and a half in English, but an
// English text writes that decimal "1.5" (three decimals are rare in
// news), and the reading is the same on both sides, so "1.500" and
// "1,500" still meet whatever they mean.

// numberGroup reads the digit run key (ASCII digits) of a sentence, sep
// being what stands between it and the digit run before it, whose value
// so far (its groups included, no leading zeros) is val ("" for none, or
// no number before it), lakh telling whether that number can go on as an
// Indian one ("2,06,737": its groups so far of two digits after one or two).
// It returns the number's value with this run, the run's group key (its
// value, "1500", when it is a three-digit group after one separator; ""
// when it is a number of its own, whose digits are its key), and whether
// it can go on as an Indian number.
func numberGroup(val string, lakh bool, sep, key string) (newVal, group string, newLakh bool) {
	switch {
	case val != "" && len(key) == 3 && groupSep(sep):
		v := val + key
		return v, v, false
	case val != "" && lakh && len(key) == 2 && sep == ",":
		// "2,06": a lakh group, read on with the number; the
		// three-digit group that ends it ("737") gives the value.
		return val + key, "", true
	}
	v := strings.TrimLeft(key, "0")
	return v, "", v != "" && len(key) <= 2
}
