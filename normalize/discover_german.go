package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// German capitalises every noun, so a run of capitalised words in German
// text is a name only when something says so. Discovery in a language
// that capitalises nouns (MinWords 2) reads three signs that a run is a
// common noun phrase, not a name:
//
//   - A capitalised word right after a lower-case determiner ("die
//     Krise", "den Tod", "im Großraum") is a noun: its head (the last part
//     of a hyphenated compound) goes into Discoverer.nouns. A compound
//     whose head is such a noun is a noun ("Corona-Krise", "US-Regierung":
//     German compounds take the gender and meaning of their last part),
//     and so is a run of nouns alone ("Quarantäne Maßnahmen"), or one that
//     only opens sentences with an inflected adjective before its nouns
//     ("Nähere Angaben", "Durstiger Einbrecher"). See germanNounForm.
//   - "von" inside a run is a nobiliary particle ("Ursula von der Leyen",
//     "Florian von Brunn") only after a given name; after a noun it is the
//     preposition "of" ("Tod von Breonna Taylor"), and the name is what
//     follows it, when that is two words or more (MinWords: "Vorort von
//     Denver" stays as it is). See germanOfCut.
//   - An opener cut off a run at a sentence start ("Die Bauern", "Die
//     Innenministerin") leaves one word, which a German text capitalises
//     for being a noun: no candidate (openersOff).
//
// Names after a determiner stay ("der Europäischen Union": "Union" is
// a noun only if the text also writes it after a determiner alone, and
// then "Europäischen" must be one too); nothing changes for a source in a
// language that does not capitalise nouns.

// germanDeterminers are the lower-case words after which German writes a
// noun (or an adjective and a noun): articles, the prepositions
// contracted with one, possessives and demonstratives.
var germanDeterminers = wordSet(`der die das den dem des ein eine einen einem einer eines
	kein keine keinen keinem keiner keines am im vom zum zur beim ins ans aufs
	sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres
	unser unsere unseren unserem unserer dieser diese diesen diesem dieses
	jeder jede jeden jedem jedes jener jene jenen jenem welche welcher welchen`)

// maxNouns bounds Discoverer.nouns, as maxCandidates bounds the counts.
const maxNouns = 1 << 18

// nounHead returns the head of the compound that opens run in text: the
// word after the last hyphen that joins the run's first words
// ("Corona-Krise" -> "Krise"; "Tod" -> "Tod").
func nounHead(text string, run []runWord) string {
	k := 0
	for k+1 < len(run) && text[run[k].e:run[k+1].s] == "-" {
		k++
	}
	return text[run[k].s:run[k].e]
}

// noteNoun records the head of the compound opening run, which follows a
// determiner, as a noun of the text.
func (d *Discoverer) noteNoun(text string, run []runWord) {
	if d.nouns == nil {
		d.nouns = map[string]bool{}
	}
	// An acronym is no common noun ("der TTP Mitglieder").
	if h := nounHead(text, run); len(d.nouns) < maxNouns && !isAllCaps(h) {
		d.nouns[h] = true
		if len(run) == 1 {
			if d.soleNouns == nil {
				d.soleNouns = map[string]bool{}
			}
			d.soleNouns[h] = true
		}
	}
}

// isGivenName reports whether word is listed as a given name (by
// given_gender.txt or given_gender_en.txt).
func (d *Discoverer) isGivenName(word string) bool {
	d.kb.lat = appendLatin(d.kb.lat[:0], word) // the lists' spelling: lower case, no marks ("rene")
	if _, ok := givenGenders.get()[string(d.kb.lat)]; ok {
		return true
	}
	_, ok := englishGivenSexes.get()[string(d.kb.lat)]
	return ok
}

// germanOfCut returns run without the words up to a "von" that is the
// preposition "of", not a particle of a person's name: the run opens
// after a determiner ("den Tod von Breonna Taylor"), or the word before
// "von" is no listed given name ("Vorort von Denver"). The name, if any,
// is what follows, when it is two words or more (MinWords): "Flughafen
// von Frankfurt" stays whole, so that a check still reports "Flughafen
// von Frankfort" beside it (TestInconsistentVon). Other runs come back as
// they are.
func (d *Discoverer) germanOfCut(text string, run []runWord, afterDeterminer bool) []runWord {
	for v := 1; v < len(run)-2; v++ { // two words at least after "von"
		if text[run[v].s:run[v].e] != "von" {
			continue
		}
		if afterDeterminer || !d.isGivenName(text[run[v-1].s:run[v-1].e]) {
			return run[v+1:]
		}
		return run
	}
	return run
}

// adjectiveEnding reports whether word ends as a German adjective before a
// noun does: -e, -er, -en, -es, -em ("Nähere", "Durstiger").
func adjectiveEnding(word string) bool {
	for _, s := range []string{"e", "er", "en", "es", "em"} {
		if strings.HasSuffix(word, s) && utf8.RuneCountInString(word) > len(s)+2 {
			return true
		}
	}
	return false
}

// germanNounForm reports whether form, seen in a language that
// capitalises nouns, is a common noun phrase by the text's nouns: each of
// its words (each compound by its head) is a noun the text writes after a
// determiner, but for a first word with an adjective's ending when the
// form only opens sentences (onlyInitial).
func (d *Discoverer) germanNounForm(form string, onlyInitial bool) bool {
	if len(d.nouns) == 0 {
		return false
	}
	words := strings.Fields(form)
	for i, w := range words {
		if lowerPart(w) || acronymPart(w) {
			// A name's connector ("Tehreek-e-Taliban"), or an acronym
			// before the head, which names as often as it describes
			// ("DFB-Pokal" as "US-Regierung").
			return false
		}
		head := w[strings.LastIndexByte(w, '-')+1:]
		if d.nouns[head] {
			continue
		}
		if i == 0 && onlyInitial && len(words) > 1 && !strings.Contains(w, "-") && adjectiveEnding(w) {
			continue
		}
		return false
	}
	return true
}

// germanPrepositions are German's prepositions that end as an adjective
// does (adjectiveEnding) and are not among its opener words: "Außer
// Ronaldo" is a name after a preposition.
var germanPrepositions = wordSet(`außer hinter wegen binnen entgegen gegenüber gemäß
	oberhalb unterhalb innerhalb außerhalb anstelle zugunsten`)

// germanAdjective reports whether word, opening a sentence, is an
// adjective before a noun ("Schwierige Ehefrau", "Weniger Kochzeit"): the
// text writes it in lower case elsewhere, it ends as an adjective does
// before a noun (adjectiveEnding), and it is no closed-class opener of
// German (openerWords: "Unter", "Heute") nor a preposition
// (germanPrepositions) nor a weak verb's past (-te, -ten: "Fragte
// Aquilo" after direct speech, where the verb comes first). German puts
// the verb second, so an adverb opening a sentence is followed by the
// verb, not by a name.
func (d *Discoverer) germanAdjective(word string) bool {
	w := strings.ToLower(word)
	return d.lower[w] && adjectiveEnding(word) && !openerWords()["de"][w] && !germanPrepositions[w] &&
		!strings.HasSuffix(w, "te") && !strings.HasSuffix(w, "ten")
}

// noteWord records word, a capitalized word a source that capitalises
// nouns writes alone, in d.words (maxNouns of them at most).
func (d *Discoverer) noteWord(word string) {
	if d.words == nil {
		d.words = map[string]bool{}
	}
	if len(d.words) < maxNouns {
		d.words[word] = true
	}
}

// genitiveNoun reports whether form, of two words, is a name's genitive
// before a noun: its first word is a word the text also writes alone
// (d.words) with German's genitive -s ("Cohrens Pistolenhalter" where the
// text writes "Cohren"; "Thassalins Rücken"), and its second no name of
// its own (no -s of a genitive, no hyphen). The noun is the owned thing,
// which another translator names otherwise ("Pistolenholster",
// "Rachen"), not a part of the name; the name alone is no candidate in
// German (MinWords 2). A name of two words whose first ends in s
// ("Andreas Scheuer") is kept unless the text writes the first without
// its s ("Andrea") as a word of its own.
func (d *Discoverer) genitiveNoun(form string) bool {
	first, second, ok := strings.Cut(form, " ")
	if !ok || strings.ContainsAny(second, " -") || len(d.words) == 0 {
		return false
	}
	stem, ok := strings.CutSuffix(first, "s")
	if !ok || strings.HasSuffix(stem, "s") || utf8.RuneCountInString(stem) < 3 || isAllCaps(first) {
		return false
	}
	return d.words[stem]
}

// nounTitlesOff moves each form of three words or more counted where
// every noun has a capital whose first word is a noun the text also
// writes alone after a determiner (by its head: "Innenminister Hichem
// Mechichi", "US-Präsident Donald Trump"), or
// no given name before a form the text also writes ("Trainer Maurizio
// Sarri" and "Maurizio Sarri"), to the form without it, as trimRun drops an English title: the name is
// what follows. A form of two words keeps its noun ("Stadt Ayodhya"): one
// word is no candidate there.
func (d *Discoverer) nounTitlesOff(t *candidateTables) {
	if len(d.nounForms) == 0 {
		return
	}
	var forms []string
	for form := range t.counts {
		if d.nounForms[form] && strings.Count(form, " ") >= 2 {
			forms = append(forms, form)
		}
	}
	slices.Sort(forms)
	for _, form := range forms {
		sp := strings.IndexByte(form, ' ')
		first, rest := form[:sp], form[sp+1:]
		// The noun written alone after a determiner too: "der
		// Innenminister." and "Innenminister Hichem Mechichi"; not
		// "Special" of "der Special Boat Service", an English name after a
		// German article, which is no noun and a "Boat Service".
		noun := d.soleNouns[first[strings.LastIndexByte(first, '-')+1:]] ||
			t.counts[rest] > 0 && !d.isGivenName(first) // "Trainer Maurizio Sarri" where the text writes "Maurizio Sarri"
		if r, _ := utf8.DecodeRuneInString(rest); !noun || isAllCaps(first) || !unicode.IsUpper(r) { // "Flughafen von Frankfurt" stays
			continue
		}
		t.own()
		d.nounForms[rest] = true
		t.counts[rest] += t.counts[form]
		t.initial[rest] += t.initial[form]
		if _, ok := t.seen[rest]; !ok && t.seen != nil {
			t.seen[rest] = t.seen[form]
		}
		delete(t.counts, form)
		delete(t.initial, form)
	}
}

// lowerPart reports whether a part of the hyphenated word w before its
// last opens with a lower-case letter ("Tehreek-e-Taliban", "al-Sudani"):
// a German compound joins no lower-case part before its head.
func lowerPart(w string) bool {
	parts := strings.Split(w, "-")
	for _, p := range parts[:len(parts)-1] {
		if r, _ := utf8.DecodeRuneInString(p); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// withoutNounShortForms returns rel without the short forms that are one
// word a language capitalising nouns writes after a determiner ("Firmen"
// of "Lieferkette-Firmen", "Beamte" of "US-Beamte"): a common noun, no
// short name.
func (d *Discoverer) withoutNounShortForms(cands []candidate, rel []relLink) []relLink {
	if len(d.nouns) == 0 {
		return rel
	}
	return slices.DeleteFunc(rel, func(l relLink) bool {
		f := cands[l.id].form
		return l.why == "short form" && d.nouns[f]
	})
}

// acronymPart reports whether a part of the hyphenated word w before its
// last is an acronym in capitals ("DFB-Pokal", "US-Regierung").
func acronymPart(w string) bool {
	parts := strings.Split(w, "-")
	for _, p := range parts[:len(parts)-1] {
		if utf8.RuneCountInString(p) > 1 && isAllCaps(p) {
			return true
		}
	}
	return false
}
