package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Matcher compares names as [Similarity] does and also knows what no string
// method can see: the aliases of a glossary ("ISIS" and "Daesh" are one
// entry of the default glossary) and acronyms ("IRGC", "Islamic
// Revolutionary Guard Corps"). A nil *Matcher or one without a glossary
// knows acronyms only. It is safe for concurrent use.
type Matcher struct {
	g       *Glossary
	aliases *aliasTable // nil: the default table of org_aliases.go, read on first use
}

// NewMatcher returns a Matcher that consults g (nil: no glossary) and the
// reference table of organisation aliases (org_aliases.go). The CLI's
// 'names match' uses the default glossary overridden by the user's, as
// normalize does.
func NewMatcher(g *Glossary) *Matcher { return &Matcher{g: g} }

// acronymScore is the score of a name against its acronym.
const acronymScore = 0.9

// Similarity returns how alike a and b are, in [0, 1]: 1 when the glossary
// has both as forms of one entry, otherwise [Similarity], raised to
// acronymScore when one is the acronym of the other or of another form of
// the other's glossary entry, and to listedAliasScore when the table of
// organisation aliases lists both as one organisation's. Inside names of several words, a word that
// is on its own a form of an entry matches the entry's other forms
// ("ISIS-Sinai Province", "ISIL Sinai Province").
func (m *Matcher) Similarity(a, b string) float64 {
	s := simPool.Get().(*simState)
	defer simPool.Put(s)
	return s.onePair(a, b, m.stageRun(s), matcherStages[:])
}

// Same reports whether a and b probably name one entity:
// m.Similarity(a, b) >= SameThreshold.
func (m *Matcher) Same(a, b string) bool { return m.Similarity(a, b) >= SameThreshold }

// optionalOrgWords are words an acronym may leave out: function words of
// English, the Arabic article and the Persian and Urdu connectors.
var optionalOrgWords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "in": true, "on": true,
	"al": true, "el": true, "ul": true, "wal": true, "e": true, "i": true, "a": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "der": true,
}

// isAcronymFor reports whether acr is written as an acronym (capitals, with
// dots, hyphens or slashes: "IRGC", "FARC-EP", "DHKP/C") and spells the
// initials of the words of full, in order; function words may be left out
// and a word in capitals may give all its letters ("ISIS-GS", "ISIS in the
// Greater Sahara"); small letters stand for Persian and Urdu connectors
// ("LeT", Lashkar-e-Taiba) and an acronym of three letters or more may
// leave out a final generic head noun ("MEK", Mujahedin-e Khalq
// Organization): see acronym_forms.go.
func isAcronymFor(acr, full string) bool {
	mixed := false // small letters for connectors: "LeT" (acronym_forms.go)
	if len(acr) < 2 || len(acr) > 24 || 'a' <= acr[1] && acr[1] <= 'z' {
		if mixed = mixedCaseAcronym(acr); !mixed {
			return false // the common case, quickly: a capitalized word
		}
	}
	var buf [24]rune
	letters := buf[:0]
	for _, r := range acr {
		switch {
		case r == '.' || r == '-' || r == '/' || r == ' ' && len(letters) == 0:
		case unicode.IsUpper(r) || unicode.IsDigit(r) && len(letters) > 0 || mixed && 'a' <= r && r <= 'z':
			letters = append(letters, r)
		default:
			return false
		}
	}
	if len(letters) < 2 || len(letters) > 10 {
		return false
	}
	words, tail := acronymWords(full) // small-letter compound parts (acronym_compound.go)
	if len(words) < 2 || len(words) > 16 {
		return false
	}
	// ok[i][j]: letters[i:] can be spelled by words[j:].
	var ok [11][17]bool
	ok[len(letters)][len(words)] = true
	dropHead := droppableHead(words, len(letters)) // "MEK", "Mujahedin-e Khalq Organization"
	for j := len(words) - 1; j >= 0; j-- {
		ok[len(letters)][j] = ok[len(letters)][j+1] && (optionalOrgWords[strings.ToLower(words[j])] || compoundTail(words, tail, j)) ||
			dropHead && j == len(words)-1
	}
	for i := len(letters) - 1; i >= 0; i-- {
		for j := len(words) - 1; j >= 0; j-- {
			w := words[j]
			if (optionalOrgWords[strings.ToLower(w)] || compoundTail(words, tail, j)) && ok[i][j+1] {
				ok[i][j] = true
				continue
			}
			if 'a' <= letters[i] && letters[i] <= 'z' {
				ok[i][j] = spellsSmall(w, letters[i]) && ok[i+1][j+1]
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.ToUpper(r) == letters[i] && ok[i+1][j+1] {
				ok[i][j] = true
				continue
			}
			// A word in capitals gives all its letters.
			if n := utf8.RuneCountInString(w); n > 1 && isAllCaps(w) && i+n <= len(letters) && string(letters[i:i+n]) == w && ok[i+n][j+1] {
				ok[i][j] = true
			}
		}
	}
	return ok[0][0]
}

// MatchStep is one stage of the matcher that moved a pair's score
// (Matcher.Explain): the stage, the score it left and why it moved it.
type MatchStep struct {
	Stage string   // base, chinese, readings, caps, acronyms, organisations, legal forms
	Score float64  // the score after the stage
	Why   []string // what the stage read or capped, in its order
}

// matcherStageNames are the names of matcherStages, in their order.
var matcherStageNames = [len(matcherStages)]string{"base", "chinese", "readings", "caps", "acronyms", "organisations", "legal forms"}

// Explain returns m.Similarity(a, b) and the stages that gave it: the base
// score of the names' letters and sounds, then each stage that raised or
// capped it, with what it read (a Wade-Giles reading, a convention, a
// glossary alias) or why it capped it (two names a syllable or a mora
// apart). It is for a person who asks why two names are, or are not,
// one: the scores are those of Similarity, and it costs Similarity
// nothing when not called.
func (m *Matcher) Explain(a, b string) (float64, []MatchStep) {
	s := simPool.Get().(*simState)
	defer simPool.Put(s)
	var steps []MatchStep
	var why []string
	r := m.stageRun(s)
	r.trace = func(w string) { why = append(why, w) }
	s.run, s.pair[0] = r, pairSim{a: a, b: b}
	p := &s.pair[0]
	for i, st := range matcherStages {
		if p.final {
			break
		}
		before := p.score
		st(&s.run, p)
		if i == 0 || p.score != before || len(why) > 0 {
			steps = append(steps, MatchStep{Stage: matcherStageNames[i], Score: p.score, Why: why})
		}
		why = nil
	}
	score := p.score
	// A pooled state keeps neither the trace (its closure holds this
	// call's steps) nor the pair; its buffers (rawA, ta...) keep the last
	// names' words, as Similarity's do.
	s.pair[0], s.run = pairSim{}, stageRun{}
	return score, steps
}
