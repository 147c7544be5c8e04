package langwords

import (
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"
)

// markLetters are, for each language with a list, the letters its words
// use and English words do not: a word with one of them is a sign of the
// language that a text of a few words can give when its function words
// are too few to tell (é è à ç in French, ß ä ö ü in German, ñ in
// Spanish, ы э ё in Russian, і ї є ґ in Ukrainian...). Languages share
// letters (á in Spanish, Portuguese, Czech, Slovak, Hungarian); the
// function words tell them apart.
var markLetters = map[string]string{
	"ar": "ةىيكأإؤ",
	"bg": "ъщ",
	"cs": "ěščřžýáíéůúťďň",
	"da": "æøå",
	"de": "ßäöü",
	"es": "ñáíóúé",
	"fa": "پچژگکی",
	"fr": "éèàçùœêâîôûëï",
	"hu": "őűáéíóöúü",
	"it": "àèéìòù",
	"nb": "æøå",
	"nl": "ëïé",
	"pl": "ąćęłńóśźż",
	"pt": "ãõçáéíóúâêôà",
	"ro": "ăâîșțşţ",
	"ru": "ыэё",
	"sk": "äčďľĺňôŕšťžýáíéúó",
	"sv": "åäö",
	"tr": "şğıçöüâ",
	"uk": "іїєґ",
}

// englishMore are frequent English words the English list (drawn from
// one novel) lacks: in a short text any of them that is not a function
// word of the language read too ("an" is German, "over" Dutch) keeps it
// unread, as the English list's words do.
var englishMore = map[string]bool{}

func init() {
	for _, w := range strings.Fields("an from are has have which his their its after who will would been than also over more against before under between during our we he him them these those how why where new says") {
		englishMore[w] = true
	}
}

// theMarks maps each letter of markLetters to its languages' bits (1<<i
// for Codes()[i]), built on first use.
var theMarks = sync.OnceValue(func() map[rune]uint64 {
	m := map[rune]uint64{}
	for code, letters := range markLetters {
		if i := Index(code); i >= 0 {
			for _, r := range letters {
				m[r] |= 1 << i
			}
		}
	}
	return m
})

// Thresholds of the reading of a short text (ShortMinWords to
// ReadMinWords-1 words; measured in BENCHMARKS.md, "Short texts'
// language"): the leading language's evidence (its function words that
// are not English ones, and its words with one of its markLetters) is at
// least shortDefault.minEvidence words, of which at least minFunc
// function words, and at least minShare of the text's words; it is at
// least ratio times every other language's evidence but those [Close] to
// it, closeRatio times theirs; and the text has no English function word
// that is not also one of the language's.
const ShortMinWords = 8

// shortParams are the other thresholds, a struct so that the dev grid
// (short_dev_test.go) can try others.
type shortParams struct {
	minEvidence, minFunc        int
	minShare, ratio, closeRatio float64
}

var shortDefault = shortParams{minEvidence: 4, minFunc: 2, minShare: 0.2, ratio: 1.5, closeRatio: 1.5}

// readShort reads the language of a text of ShortMinWords to
// ReadMinWords-1 words by its evidence (see the thresholds above): ""
// when the evidence is weak, mixed, or any word is an English function
// word the language does not share. English is never read so: a short
// English text is rewritten with every entry, as before.
func readShort(text string, p shortParams) string {
	codes := Codes()
	en := Index("en")
	marks := theMarks()
	fn := make([]int, len(codes)) // function words of i that are not English ones
	ev := make([]int, len(codes)) // fn plus words with a mark letter of i
	var enOf []uint64             // for each English function word, its languages
	n := 0
	seen := map[string]bool{}
	EachWord(text, func(w []byte) bool {
		n++
		m := Langs(w)
		if englishMore[string(w)] {
			m |= 1 << en
		}
		if m&(1<<en) != 0 {
			enOf = append(enOf, m)
		} else if m != 0 && !seen[string(w)] {
			// Each function word counts once: a list that repeats
			// one ("Myoo-zo ... Honzo-zo": Dutch "zo") is no text.
			seen[string(w)] = true
			for b := m; b != 0; b &= b - 1 {
				i := bits.TrailingZeros64(b)
				if utf8.RuneCount(w) > 1 {
					fn[i]++ // "d", "l", "s", "a", "v": letters of initials and abbreviations too
				}
				ev[i]++
			}
		}
		var mk uint64
		for len(w) > 0 {
			r, size := utf8.DecodeRune(w)
			mk |= marks[r]
			w = w[size:]
		}
		for b := mk; b != 0; b &= b - 1 {
			ev[bits.TrailingZeros64(b)]++
		}
		return true
	})
	lead := -1
	for i, e := range ev {
		if i != en && e > 0 && (lead < 0 || e > ev[lead]) {
			lead = i
		}
	}
	if lead < 0 || ev[lead] < p.minEvidence || fn[lead] < p.minFunc || float64(ev[lead]) < p.minShare*float64(n) {
		return ""
	}
	for _, m := range enOf {
		if m&(1<<lead) == 0 {
			return ""
		}
	}
	for i, e := range ev {
		if i == lead || i == en {
			continue
		}
		ratio := p.ratio
		if Close(codes[lead], codes[i]) {
			ratio = p.closeRatio
		}
		if float64(ev[lead]) < ratio*float64(e) {
			return ""
		}
	}
	return codes[lead]
}

// exclusiveCounts counts, for each language, the words of text (its first
// ReadMaxWords) that are its function words and not those of a language
// [Close] to it.
func exclusiveCounts(text string) []int {
	codes := Codes()
	closeMask := make([]uint64, len(codes))
	for i := range codes {
		for j := range codes {
			if Close(codes[i], codes[j]) {
				closeMask[i] |= 1 << j
			}
		}
	}
	counts := make([]int, len(codes))
	n := 0
	EachWord(text, func(w []byte) bool {
		n++
		m := Langs(w)
		for b := m; b != 0; b &= b - 1 {
			i := bits.TrailingZeros64(b)
			if m&closeMask[i] == 0 {
				counts[i]++
			}
		}
		return n < ReadMaxWords
	})
	return counts
}

// closeByExclusive returns the one of r's Lead and Next, languages
// [Close] to each other, whose words that the other's list lacks
// (exclusiveCounts: Danish af, efter, havde, meget against Norwegian av,
// etter, blir, uten; Russian года, был, его, что against Bulgarian от, че,
// се, това) are at least 5 and twice the other's; "" when neither is or
// they are not close.
func closeByExclusive(r Reading, excl []int) string {
	if r.Lead == "" || r.Next == "" || !Close(r.Lead, r.Next) {
		return ""
	}
	a, b := excl[Index(r.Lead)], excl[Index(r.Next)]
	switch {
	case a >= 5 && a >= 2*b:
		return r.Lead
	case b >= 5 && b >= 2*a:
		return r.Next
	}
	return ""
}
