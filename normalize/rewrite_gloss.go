package normalize

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// glossTail matches the end of a text that introduces the names after it
// as other names of what it has just named: "the Islamic State, also known
// as" (then "ISIS"), "also known as ISIS or" (then "ISIL"), "a.k.a.",
// "dubbed", "calling itself".
var glossTail = regexp.MustCompile(`(?:^|[^\p{L}])(?i:also known as|known as|better known as|a\.?k\.?a\.?|also called|otherwise called|formerly|dubbed|calls itself|called itself|calling itself|referred to as)\s+` +
	`(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*)*\s*(?:,|\bor\b|\band\b)\s*)*["“']?$`)

// glossTailBytes is how much of the text before a mention glossTail reads.
const glossTailBytes = 160

// glossedAlias reports whether the mention between before and after is
// written as another name of what the text has just named: after a
// phrase that introduces one ("also known as ISIS or ISIL"), or in
// brackets right after a name that sameName says is the mention's ("the
// Islamic State (ISIS)"; not "Juha Sipilä (Centre)"). The text explains
// the other name there; house spelling would make it say "the Islamic
// State, also known as Islamic State", so the mention is neither
// rewritten nor reported.
func glossedAlias(before, after string, sameName func(string) bool) bool {
	if len(before) > glossTailBytes {
		cut := len(before) - glossTailBytes
		for cut < len(before) && !utf8.RuneStart(before[cut]) {
			cut++
		}
		before = before[cut:]
	}
	if strings.HasPrefix(after, ")") {
		if rest, ok := strings.CutSuffix(strings.TrimRight(before, " "), "("); ok {
			rest = strings.TrimRight(rest, " ")
			// The name before the bracket: its last one to four words.
			for n, i := 0, len(rest); n < 4 && i > 0; n++ {
				i = strings.LastIndexByte(rest[:i], ' ') + 1
				if sameName(rest[i:]) {
					return true
				}
				i--
			}
		}
	}
	for _, w := range glossWords {
		if strings.Contains(before, w) {
			return glossTail.MatchString(before)
		}
	}
	return false
}

// glossWords are words one of which glossTail needs, as a text writes
// them (in lower case, first letter up where the phrase starts a sentence,
// in capitals), for a quick test before the expression's.
var glossWords = []string{"known", "Known", "KNOWN", "aka", "AKA", "Aka", "a.k.a", "A.k.a", "A.K.A", "called", "Called", "CALLED",
	"ormerly", "ORMERLY", "dubbed", "Dubbed", "DUBBED", "itself", "ITSELF", "referred", "REFERRED"}
