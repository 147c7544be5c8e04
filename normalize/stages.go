package normalize

import (
	"fmt"
	"strings"

	"github.com/bitext/bitext/tm/textio"
)

// The matcher in stages. Matcher.Similarity and similarityWith run the
// stages below, in order, on one pair; Matcher.similarities (names match -,
// WriteMatchesWith) runs each stage on every pair of a batch before the
// next stage. A pair the matcher finds different goes through every rule
// of every stage, some 600 functions and 170 KB of code, more than the
// instruction cache holds: pair by pair, each stage's code and branch
// history were gone by the time the next pair reached it. Over a batch
// they stay (BENCHMARKS.md, "names match stage by stage over a batch").
//
// Each pair goes through the same stages in the same order either way,
// and a stage reads nothing another pair left: of the shared simState it
// reads only what its own s.similarity call prepares (baseStage) and
// caches keyed by their input (editSim's s.saOf, conv's table,
// the prepared names of s.memo), and each
// stage sets s.g before it prepares names. So a pair scores the same
// alone or in a batch (TestStagesBatch, TestWriteMatchesBatches).
//
// A new rule goes into the stage of its kind, as a line of that stage's
// function (README.md lists what each holds) or, for an organisation's
// name, as a line of orgRules (names match only) and of checkOrgRules too
// when it reads a spelling that a check should report; it says what it did
// through r.note or r.moved (a reading in nameReadings by its what), so
// that Matcher.Explain can tell a person why a pair scored as it did. What a later stage needs
// from an earlier one goes in pairSim, not in simState, and a new stage
// goes in simStages or matcherStages at its place in the order.

// pairSim is one pair between the stages: its names, its score so far and
// what a stage leaves for a later one.
type pairSim struct {
	a, b  string
	score float64
	final bool // the glossary has a and b as forms of one entry: score 1, no stage after

	pa, pb   string // the names as read from Wade-Giles (okA, okB), for the caps
	okA, okB bool

	// wa and wb are the names as written when a and b are a reading of
	// them (reread, rereadAs): dropLegalForms took the legal forms out,
	// dropSharedTitle a title out of both, readHepburnMM wrote mm as nm,
	// readKunrei wrote a Kunrei-shiki name in Hepburn, or readPassportOh
	// wrote the passport's oh as ō.
	wa, wb string
	reread bool

	// postal: postalPair read one name as the other's postal spelling
	// (Kiangsu, Jiangsu), evidence the Japanese-morae and one-word
	// look-alike caps, made for names as written, do not weigh.
	postal bool

	// canto: cantoPair read one name's Cantonese or Hokkien spelling as the
	// other's Pinyin (Chow Yun-fat, Zhou Runfa): the Pinyin, Wade-Giles
	// and Japanese-morae caps, made for names as written, do not weigh
	// (Chan, Chen are a Pinyin minimal pair, and one name in Cantonese).
	canto bool

	// outA and outB are the one pair of words of a and b (prepared) that
	// the base score found under the threshold and the other words lifted
	// over it, or the one pair not the same (wordoutvoted.go), or "".
	outA, outB string
	outNear    bool // outA and outB alone are over the threshold: only slavicApart reads them (slavicapart.go)

	// legal: dropLegalForms took a company's legal form off a or b
	// (legalform_class.go); legalCost is what legalFormCostStage takes
	// off the score for it.
	legal     bool
	legalBoth bool // both names had a form
	legalCost float64
}

// oneEntry reports whether glossary g (nil: none) has p's names, as they
// stand, as forms of one entry: baseStage then gives them 1, and a reading
// of the names (rereadAs) is not wanted.
func (p *pairSim) oneEntry(g *Glossary) bool {
	if g == nil {
		return false
	}
	e := g.entryOfKey(Key(p.a))
	return e >= 0 && e == g.entryOfKey(Key(p.b))
}

// rereadAs puts a reading a, b of p's names in their place; wa and wb keep
// the names as written from the first reading on.
func (p *pairSim) rereadAs(a, b string) {
	if !p.reread {
		p.wa, p.wb, p.reread = p.a, p.b, true
	}
	p.a, p.b = a, b
}

// names returns the names of p as written.
func (p *pairSim) names() (a, b string) {
	if p.reread {
		return p.wa, p.wb
	}
	return p.a, p.b
}

// stageRun is what the stages of one batch share: the buffers, the
// glossary (nil: none) and the Matcher (nil: no table of aliases).
type stageRun struct {
	s *simState
	g *Glossary
	m *Matcher

	// trace, when not nil (Matcher.Explain), is told what moved a
	// pair's score: a reading that raised it, a cap that lowered it.
	trace func(why string)
}

// note tells r's trace, if any, why a stage moved the score.
func (r *stageRun) note(why string) {
	if r.trace != nil {
		r.trace(why)
	}
}

// noteNames tells r's trace, if any, why with the names a stage read:
// "why: a, b". The words are joined only for a trace, so that a stage
// that reads names (a Wade-Giles reading, legal forms dropped) costs
// nothing more outside Matcher.Explain.
func (r *stageRun) noteNames(why, a, b string) {
	if r.trace != nil {
		r.trace(why + ": " + a + ", " + b)
	}
}

// movedNames is moved with the names read joined to why as noteNames
// joins them, only for a trace.
func (r *stageRun) movedNames(before, after float64, why, a, b string) float64 {
	if after != before {
		r.noteNames(why, a, b)
	}
	return after
}

// moved returns after, a score a rule gave in place of before, and tells
// r's trace why when the two differ.
func (r *stageRun) moved(before, after float64, why string) float64 {
	if after != before && r.trace != nil {
		r.trace(why)
	}
	return after
}

// A stage moves p's score: it raises it by a reading or rule, or caps it.
type stage func(r *stageRun, p *pairSim)

// simStages are the stages of similarityWith.
var simStages = [...]stage{
	baseStage,          // the base score; Ukrainian places, glossary aliases inside a name, nicknames, given names
	wadeGilesStage,     // Wade-Giles and Chinese postal spellings against Pinyin
	readingsStage,      // the readings of whole names by a language's conventions (nameReadings)
	capsStage,          // the vetoes and caps that lower a score of one name to that of two
	legalFormCostStage, // legalform_class.go: the cost of the legal forms baseStage dropped
}

// matcherStages are the stages of Matcher.Similarity: simStages, then
// the acronyms and the organisations' forms.
var matcherStages = [...]stage{
	simStages[0], simStages[1], simStages[2], simStages[3],
	acronymStage,       // one name the acronym of the other
	orgStage,           // organisations: adjectives, connectors, legal forms, translations, the table of aliases
	legalFormCostStage, // legalform_class.go: the cost of the legal forms baseStage dropped
}

// checkStages are the stages of a check's similarity (checkSim: normalize
// --check and names discover, names in running text): simStages, then
// checkOrgStage, the organisation rules that read two spellings of one
// name. acronymStage and the rest of orgStage are not run: a name beside
// its acronym, a short form or another wording of one body ("the Islamic
// Revolution Guards Corps (IRGC)", State Department, Department of State)
// is house style in one article, not a spelling to report.
var checkStages = [...]stage{
	simStages[0], simStages[1], simStages[2], simStages[3],
	checkOrgStage,
	legalFormCostStage, // legalform_class.go: the cost of the legal forms baseStage dropped
}

// runStages runs stages on ps, each stage on every pair before the next.
// A final pair skips the stages left.
func runStages(r *stageRun, ps []pairSim, stages []stage) {
	for _, st := range stages {
		for i := range ps {
			if !ps[i].final {
				st(r, &ps[i])
			}
		}
	}
}

// similarities sets the score of each pair of ps to m.Similarity(a, b),
// a stage at a time over the whole batch, on the buffers of s.
func (m *Matcher) similarities(s *simState, ps []pairSim) {
	s.run = m.stageRun(s)
	runStages(&s.run, ps, matcherStages[:])
}

// stageRun returns the stageRun of m's stages on the buffers of s.
func (m *Matcher) stageRun(s *simState) stageRun {
	r := stageRun{s: s, m: m}
	if m != nil {
		r.g = m.g
	}
	return r
}

// onePair runs stages with r on the one pair a, b and returns its score.
func (s *simState) onePair(a, b string, r stageRun, stages []stage) float64 {
	s.run, s.pair[0] = r, pairSim{a: a, b: b}
	runStages(&s.run, s.pair[:], stages)
	score := s.pair[0].score
	s.pair[0] = pairSim{} // a pooled state keeps no name
	return score
}

// baseStage: the base score (s.similarity) of the names less their legal
// forms (dropLegalForms) and less a title both carry (dropSharedTitle);
// under the threshold as written, of the names with mm read as nm when
// they are Hepburn (readHepburnMM), or of a Kunrei-shiki name read in
// Hepburn against a Hepburn one (readKunrei); from the conventions' floor
// to 1, of the passport's oh read as ō (readPassportOh); 1 when the
// glossary has both names in one entry, or the gazetteer as names of one place
// (place_gazetteer.go); while it is under the threshold, the readings
// that need the prepared words of s.similarity (Ukrainian places, glossary
// aliases inside a name, nicknames, given names' spellings).
func baseStage(r *stageRun, p *pairSim) {
	dropLegalForms(r, p) // legalform_class.go: PJSC Rosneft, Rosneft; ООО "Оазис", Oazis LLC
	if p.final {
		r.note("two legal forms of one class")
		return // two legal forms alone, of one class: LLC, OOO
	}
	if p.legal {
		r.noteNames("read without their legal forms", p.a, p.b)
	}
	if len(p.a) >= 9 && len(p.b) >= 9 && titleWordAt(p.a) >= 0 {
		a := p.a
		if dropSharedTitle(r, p); p.a != a {
			r.noteNames("read without the title both carry", p.a, p.b)
		}
	}
	s, g, a, b := r.s, r.g, p.a, p.b
	s.g = g
	s.outA, s.outB = "", "" // similarity leaves them as they were when it calls no tokenScore
	s.kunya, s.placeBranch = false, false
	score := s.similarity(a, b)
	if s.kunya && r.trace != nil {
		r.note("a kunya (Abu, Umm: father, mother of) against that name as the other's own: another person (Abu Bakr, Bakr)") // lookalike.go
	}
	if score >= SameThreshold && score < 1 && s.outA != "" && len(s.ta) == len(s.tb) {
		p.outA, p.outB, p.outNear = s.outA, s.outB, s.outNear
	}
	if r.trace != nil {
		r.trace(fmt.Sprintf("letters and sounds %.3f (keys %q, %q)", score, Key(a), Key(b)))
	}
	if s.placeBranch && r.trace != nil {
		r.note(fmt.Sprintf("an organisation and its regional branch, a place added to its name: two bodies, capped at %.3f (Islamic State, Islamic State Libya; Muslim Brotherhood, Syrian Muslim Brotherhood)", branchScore)) // org_branch_place.go
	}
	if score < 1 && bothInCapitals(a, b) {
		score = readCapitalsJapanese(r, p, score) // capitals_names.go: HOMMA, HONMA; OHYAMA, OYAMA
	}
	if score < SameThreshold && hepburnMMPair(p.a, p.b) && readHepburnMM(r, p) {
		score = r.movedNames(score, s.similarity(p.a, p.b), "Japanese mm read as nm (Hepburn)", p.a, p.b) // hepburnmm.go: Nimmyo, Ninmyo
	}
	if score < SameThreshold && kunreiPair(p.a, p.b) && readKunrei(r, p) {
		score = r.movedNames(score, s.similarity(p.a, p.b), "Kunrei-shiki read as Hepburn", p.a, p.b) // kunrei.go: Huzita, Fujita
	}
	if score >= conventionFloor && score < 1 && passportOhSign(p.a) != passportOhSign(p.b) {
		var read bool // passportoh.go: Ohyama, Oyama; over the threshold too, for the caps
		if score, read = readPassportOh(r, p, score); read {
			r.noteNames("the passport's oh read as a long o (Ohyama, Ōyama)", p.a, p.b)
		}
	}
	if g != nil && s.entA >= 0 && s.entA == s.entB {
		p.score, p.final = 1, true
		if r.trace != nil {
			r.trace("forms of one glossary entry, " + textio.QuoteText(g.entries[s.entA].Canonical))
		}
		return
	}
	if score = placeNames(r, p, score); p.final {
		p.score = score // place_gazetteer.go: names of one place, Canton, Guangzhou; Tiflis, Tbilisi
		return
	}
	if score < SameThreshold {
		score = r.moved(score, s.ukPlaceSim(score), "a Ukrainian place in its Ukrainian and its Russian form") // ukplaces.go: Mykolaiv, Nikolaev
	}
	if g != nil && score < SameThreshold && s.aliasWords(g) {
		score = r.moved(score, max(score, s.wordsScore()), "a word that is a glossary alias of the other's (ISIS, Daesh)")
	}
	if score < SameThreshold && len(s.ta) >= 2 && len(s.tb) >= 2 && s.ta[0] != s.tb[0] {
		score = r.moved(score, s.nicknameSim(score), "a nickname of the other's given name (Bill, William)") // nicknames.go: Bill Clinton, William Clinton
	}
	if score < SameThreshold {
		score = r.moved(score, s.givenSpellingSim(a, b, score), "two spellings of one given name or surname (Ann, Anne)") // givenvar.go: Ann, Anne; Thompson, Thomson; Sean, Shaun
	}
	p.score = score
}

// wadeGilesStage: Wade-Giles against Pinyin, "Mao Tse-tung", "Mao Zedong",
// Cantonese and Hokkien spellings against Pinyin (canto.go: Chow Yun-Fat,
// Zhou Runfa), then Chinese postal spellings (postal.go, postal_words.go: Tientsin,
// Tianjin). It leaves the names it read, and whether the pair is postal,
// in p for capsStage.
func wadeGilesStage(r *stageRun, p *pairSim) {
	if p.score >= 1 {
		return
	}
	s, a, b := r.s, p.a, p.b
	plainA, plainB := wgPlainName(a), wgPlainName(b) // Chou Chi, Lao Tzu
	p.pa, p.okA = wadeGilesRead(a, plainA)
	p.pb, p.okB = wadeGilesRead(b, plainB)
	if !p.okA && !p.okB {
		p.pa, p.okA = wadeGilesAgainst(a, b, plainA) // Chang Chi, Zhang Ji
		if !p.okA {
			p.pb, p.okB = wadeGilesAgainst(b, a, plainB)
		}
	}
	if p.okA || p.okB {
		s.g = nil
		if wg := s.similarity(p.pa, p.pb); wg > p.score {
			r.noteNames("Wade-Giles read as Pinyin", p.pa, p.pb)
			if wg < 1 && wg >= SameThreshold && pinyinDistinct(p.pa, p.pb) {
				wg = max(p.score, pinyinMinimalPairScore) // Chang Tzu-chung, Zhang Zhizhong
				r.note("capped: two Pinyin names a syllable apart (Henan, Hunan)")
			}
			p.score = wg
		}
	}
	if p.score < SameThreshold {
		if wg, ok := wgBarePair(s, p, plainA, plainB); ok && wg > p.score {
			p.score = wg // wgbare.go: Tsao Hsueh-chin, Cao Xueqin
			r.note("Wade-Giles without its marks read as Pinyin")
		}
	}
	if p.score < 1-conventionPenalty { // over the threshold too: the caps would take a read pair down (Wong Fei-hung: Wade-Giles Wong Feihong)
		if sc, ok := cantoPair(s, p); ok && sc >= p.score {
			p.score, p.canto = sc, true // canto.go: Cheung Kwok-wing, Zhang Guorong
			r.note("a Cantonese or Hokkien spelling read as Pinyin")
		}
	}
	if p.score < SameThreshold && postalPair(p) {
		p.score, p.postal = postalScore, true // postal.go: Tientsin, Tianjin
		r.note("a Chinese postal spelling read as Pinyin")
	} else if p.score >= postalFloor && p.score < SameThreshold && (postalStart(p.a, p.b) || postalStart(p.b, p.a)) && postalWordPair(p.a, p.b) {
		p.score, p.postal = postalScore, true // postal_words.go: Szechwan Province, Sichuan Province
		r.note("a Chinese postal spelling read as Pinyin")
	}
}

// readingsStage: while the score is under the threshold, the Cyrillic,
// Ukrainian-Russian and Korean readings, the Somali and pronouncing
// dictionary's readings under the floor, then nameReadings in their
// order and, for two names in capitals, the readings in their case
// (readingsInCase); each can only raise the score.
func readingsStage(r *stageRun, p *pairSim) {
	if p.score >= SameThreshold {
		return
	}
	s, a, b, score := r.s, p.a, p.b, p.score
	s.g = nil
	score = r.moved(score, s.otherCyrillicReadings(a, b, score), "Cyrillic read by another transliteration") // "Гельмут", Helmuth
	if score < conventionFloor && strings.IndexByte(a, ' ') > 0 {
		// ukru.go, beru.go: a name of several words each read by the two
		// orthographies falls under the floor (Kryvyi Rih, Krivoy Rog)
		score = r.moved(score, s.slavicRomanSim(a, b, score), slavicRomanWhat)
	}
	if score < SameThreshold && koreanSame(a, b) && !pinyinAligned(a, b, func(string, string) {}) {
		score = r.moved(score, koreanScore, "Korean romanizations of one name (Jang Bom Su, Jang Pom Su)") // korean.go: Jang Bom Su, Jang Pom Su
	}
	if score < conventionFloor && score >= somaliFloor {
		score = r.moved(score, s.somaliSim(a, b, score), "Somali spelling (Xuseen, Hussein)") // somali.go: Xuseen, Hussein (under the floor)
	}
	if score < conventionFloor && score >= saidAlikeLowFloor {
		score = r.moved(score, s.saidAlikeLowSim(a, b, score), saidAlikeLowWhat) // pronounce_floor.go: Yates, Yeats (under the floor)
	}
	for _, rd := range nameReadings {
		if score < SameThreshold && score >= conventionFloor && (rd.off < 0 || conventionsOff&(1<<rd.off) == 0) {
			score = r.moved(score, rd.sim(s, a, b, score), rd.what)
		}
	}
	if score < SameThreshold && score >= conventionFloor && bothInCapitals(a, b) {
		score = readingsInCase(r, a, b, score) // capitals_names.go: EUGENIA, EUGENIE; BROUN, BROWN
	}
	p.score = score
}

// westernSpellingOnly reports whether names a and b differ only where a
// Western spelling convention writes one name two ways, which the Pinyin
// and Japanese minimal-pair caps must not read as two syllables: a French
// mute h or e (hmuet.go: Amadou, Hamadou; Hassan, Hassane), feminineie.go's
// -ie for -ia (Amalie, Amalia), the French ch for the sh of Arabic
// (maghreb.go: Hachemi, Hashemi), the -ia and -ya of Russian я (finalya.go:
// Sonia, Sonya; Tania, Tanya), the Irish Sean against Shaun or Shawn
// (givenvar.go: Shaun reads as Japanese morae).
func westernSpellingOnly(a, b string) bool {
	return frenchMuteOnly(a, b) || feminineIeOnly(a, b) || maghrebChOnly(a, b) || finalYaOnly(a, b) || irishSeanPair(a, b)
}

// spellingOnly reports whether a and b are two spellings of one name that
// the Pinyin and Japanese minimal-pair caps must leave: a Western spelling
// convention (westernSpellingOnly) or, for names given as names, two words
// the pronouncing dictionary says alike (pronounce.go: Sousa, Souza; Hagan,
// Hagen; Patten, Patton: saidAlikeSpelling). Names found in running text
// (r.s.inText) are left to the caps, as pronouncedSim leaves them (Plain,
// Plane), and so are Chinese surnames' spellings (pronouncedAlike: Lam,
// Lamb; Chew, Chu) and words marked as Pinyin or Japanese (Zeng, Zheng;
// Suda, Tsuda). Two names in capitals are read in their case for the
// Western conventions, which look at small letters (AMALIA, AMALIE). An
// unwritten Arabic short vowel of a word whose letters show Arabic
// (abjadvowel.go: Jahani, Juhani, جهني) is no Japanese mora nor Pinyin
// syllable either: abjadShaped asks for kh, dh, gh, q, a j before a, e or
// o, or the nisba, which Japanese and Pinyin words one vowel apart do not
// show (Katsue, Katsuji; Henan, Hunan).
func (r *stageRun) spellingOnly(a, b string) bool {
	return westernSpellingOnly(a, b) || abjadVowelOnly(a, b) || !r.s.inText && saidAlikeSpelling(a, b) ||
		bothInCapitals(a, b) && westernSpellingOnly(nameCase(a), nameCase(b)) || // capitals_names.go: AMALIA, AMALIE
		patronymNames(a, b) || // beru_names.go: Julia Mikhailovna, Yulia Mikhailovna
		slavicSurnamed(a, b) || // slavic_surnamed.go: Yuri Gagarin, Juri Gagarin
		kunyaCaseOnly(a, b) // kunya_case.go: Aba Bakr, Abu Bakr
}

// capsStage: the vetoes and caps that lower a score of one name to that of
// two, in order: for a score of 1, Pinyin finals and a Pinyin double a; for
// a score over the threshold, a syllable two names mark with two tones
// (toneMarksCap); for a score over the threshold and under 1, the first
// look-alike rule that holds (lookalikeCap: Pinyin, Japanese, long vowels,
// endings, a word apart, numbers); then, each taking the score down, a
// Pinyin word, postal and Japanese names the key writes alike, acronyms,
// gender titles, Go-, Roman numerals, Slavic family names, a party's word
// more, an outvoted word and, in running text, a nickname.
func capsStage(r *stageRun, p *pairSim) {
	a, b, score := p.a, p.b, p.score
	if score == 1 && a != b && pinyinFinalsDistinct(a, b) && Key(a) == Key(b) {
		score = pinyinMinimalPairScore // Poyang, Puyang
		r.note("two Pinyin names a final apart (Poyang, Puyang)")
	}
	if score == 1 && len(a) != len(b) && pinyinDoubleA(a, b) {
		score = entityFormScore // entity_forms.go: Shaanxi, Shanxi
		r.note("Shaanxi and Shanxi, two provinces")
	}
	if score == 1 && a != b && !p.postal && keyEqualSexes(&r.s.apart, a, b) {
		score = endingScore // given_sexes.go: Jerri, Jerry; Colin, Coleen
		r.note("a man's and a woman's given name of one key, as the lists of given names by sex have them (Colin, Coleen)")
	}
	score = toneMarksCap(r, a, b, score) // tone_marks.go: Duke Shēn, Duke Shèn; Lễ, Lệ
	if score >= SameThreshold && score < 1 {
		score = lookalikeCap(r, p, a, b, score)
	}
	if score >= SameThreshold && score < 1 && !p.postal {
		if why := nativeGenderRule(a, b); why != "" { // native_reading.go: Данилов, Danilova; إيفانوفا, Ivanov
			score = min(score, endingScore)
			r.note("a word that makes another name, read in Latin letters: " + why)
		}
	}
	if score >= SameThreshold && devaConsonantsApart(a, b) {
		score = min(score, devaConsonantsApartScore) // devanagari_consonants.go: अनंत, Anand; रिजुता, Rita
		r.note("a consonant the Devanagari name writes and the Latin one has not, or another one: two names (अनंत, Anand; रिजुता, Rita)")
	}
	if score >= SameThreshold && score < 1 && !p.postal && !p.canto && indianLatinApart(a, b) && !r.spellingOnly(a, b) && !kunreiOnly(a, b) {
		score = min(score, indianLatinApartScore) // indian_latin.go: Arjun, Arun; Narendra, Nagendra
		r.note("Indian given names whose consonants no one name spells: two names (Arjun, Arun; Anand, Anant)")
	}
	if score >= SameThreshold && score < 1 && !p.canto && pinyinWordDistinct(a, b) && !r.spellingOnly(a, b) && !kunreiOnly(a, b) {
		score = min(score, pinyinMinimalPairScore) // postal_words.go: Hunan Province, Henan Province
		r.note("two Pinyin words of different places (Hunan Province, Henan Province)")
	}
	if score == 1 && a != b && (postalKeyDistinct(a, b) || len(a) == len(b) && keyWordDistinct(a, b)) {
		score = min(score, pinyinMinimalPairScore) // postal.go: Hupeh, Hopeh; Honan, Hunan; postal_words.go: Honan Province, Hunan Province
		r.note("two Chinese postal names of different places (Hupeh, Hopeh)")
	}
	if score == 1 && a != b && !p.postal && !p.canto && !p.okA && !p.okB && romajiKeyDistinct(a, b) && !r.spellingOnly(a, b) {
		score = romajiMinimalPairScore // romaji.go: Ryūtoku, Ryōtoku (the key writes o as u)
		r.note("two Japanese names a vowel apart that the key writes alike (Ryūji, Ryōji)")
	}
	if score >= SameThreshold && a != b && acronymsApart(a, b) {
		score = min(score, acronymApartScore) // acronym_apart.go: GIS, KIS; M&S, Morgan Stanley
		r.note("two acronyms a letter apart, or an ampersand acronym and a name without \"and\": two bodies (GIS, KIS; M&S, Morgan Stanley)")
	}
	if score >= SameThreshold && genderTitlesApart(a, b) {
		score = min(score, initialsApartScore) // gendertitle.go: Mr. Smith, Mrs. Smith
		r.note("titles of different genders (Mr. Smith, Mrs. Smith)")
	}
	if score >= SameThreshold && goPrefixDistinct(a, b) {
		score = min(score, goPrefixScore) // goprefix.go: Go-Daigo, Daigo
		r.note("Go- names a later emperor (Go-Daigo, Daigo)")
	}
	if score >= SameThreshold && romanDistinct(a, b) {
		score = min(score, entityFormScore) // roman_numeral.go: Louis XIV, Louis XV; Henry VII, Henry VIII
		r.note("different Roman numerals (Louis XIV, Louis XV)")
	}
	if score >= SameThreshold && a != b && slavicApart(a, b) && !slavicSpellingApart(a, b) && !arabicWawOnly(a, b) { // beru_names.go: Paulovich, Pavlovich; arabic_waw.go: Dodin, Doudin
		score = min(score, endingScore) // slavicapart.go: Kudin, Kuzin; Krotov, Krutov
		r.note("Slavic family names a letter apart (Krotov, Krutov)")
	}
	if score == 1 && a != b && slavicTwinWords(a, b) && !arabicWawOnly(a, b) { // arabic_waw.go: Musa Muhammad Salim Dodin, Doudin
		score = endingScore // slavicapart.go: Ivan Krotov, Ivan Krutov
		r.note("Slavic family names a letter apart (Krotov, Krutov)")
	}
	if score >= SameThreshold && score < 1 && len(a) != len(b) && orgWordAdded(a, b) {
		score = min(score, branchScore) // org_wordstems.go: Social Democratic Party of Georgia, Social Democratic Labour Party of Georgia
		r.note("an organisation with a word more: another one (Revolutionary Party, Revolutionary Action Party)")
	}
	if score >= SameThreshold && r.s.nasabSwapped(a, b) {
		score = min(score, nasabScore) // nasab.go: Ahmad bin Ali, Ali bin Ahmad
		r.note("the names on either side of bin (ibn, bint, ould) are swapped: a son and his father, not one name (Ahmad bin Ali, Ali bin Ahmad)")
	}
	if score >= SameThreshold && p.outA != "" && !patronymSpelling(a, b) { // patronym_spelling.go: Aleksandrovich, Alekandrovich
		score = r.moved(score, outvotedScore(p, score), "one word of the two names is another name (Oleg Tarasov, Oleg Taranov)") // wordoutvoted.go
	}
	if score >= SameThreshold && score < 1 && r.s.inText && nicknameStyle(a, b) {
		score = min(score, endingScore) // nicknames.go: Steve Mnuchin, Steven Mnuchin in running text
		r.note("in running text, a short form of the other's given name is a style (Steve, Steven)")
	}
	if score < SameThreshold && score >= conventionFloor && listSlip(a, b) {
		score = listSlipScore // list_slip.go: Viktor Alekseevich Ozerov, Viktor Aleekseevich Ozerov
		r.note("a slip of a letter inside a long word of a full name that agrees otherwise (Alekseevich, Aleekseevich)")
	}
	p.score = score
}

// lookalikeCap caps score, of a pair over the threshold and under 1, by the
// first look-alike rule of capsStage's chain that holds: Pinyin and
// Wade-Giles minimal pairs, Japanese morae, a long vowel, a nisba, an
// ending, one word apart (wordApartRule), numbers. Each rule's cap and
// Explain's words are beside it; a score no rule holds for is returned as
// it was.
func lookalikeCap(r *stageRun, p *pairSim, a, b string, score float64) float64 {
	if !p.canto && (pinyinDistinct(a, b) || (p.okA || p.okB) && wadeGilesDistinct(p.pa, p.pb)) {
		if !r.spellingOnly(a, b) && !kunreiOnly(a, b) && (r.s.inText || !frenchShaOnly(a, b) && !fathaEOnly(a, b)) { // kunrei.go: Numadu, Numazu; pivot_frcha.go: Natacha, Natasha; pivot_fatha.go: Samiha, Semiha
			score = min(score, pinyinMinimalPairScore) // Henan, Hunan; Li Ao, Li Yü
			r.note("two Pinyin names a syllable apart (Henan, Hunan)")
		}
	} else if !p.postal && !p.canto && romajiDistinct(a, b) && !postalWordPair(a, b) {
		if !r.spellingOnly(a, b) && !r.s.frenchRuPair(a, b) && !iaYaOnly(a, b) && (r.s.inText || !jyOnly(a, b) && !frenchShaOnly(a, b) && !fathaEOnly(a, b)) { // rurender.go: Gagarine, Gagarin; ruglide.go: Ariuna, Aryuna; pivot_jy.go: Johan, Yohan; pivot_frcha.go; pivot_fatha.go: Makki, Mekki
			score = min(score, romajiMinimalPairScore) // Katsue, Katsuji
			r.note("two Japanese names a mora apart (Katsue, Katsuji)")
		}
	} else if regnalDistinct(a, b) {
		score = min(score, regnalScore) // regnal.go: Duke Xiang of Qi, Duke Xian of Qi
		r.note("two rulers of one realm a syllable apart (Jeongjo of Joseon, Yeongjo of Joseon)")
	} else if longVowelDistinct(a, b) {
		score = min(score, longVowelScore) // Naseer, Nasser
		r.note("a long vowel that makes another name (Naseer, Nasser)")
	} else if nisbaDistinct(a, b) {
		score = min(score, entityFormScore) // entity_forms.go: Rafsanjan, Rafsanjani
		r.note("a place and the name made from it (Rafsanjan, Rafsanjani)")
	} else if endingDistinct(a, b) {
		score = min(score, endingScore) // lookalike.go: Silvestre, Silvestri
		r.note("an ending that makes another name (Silvestre, Silvestri)")
	} else if !p.postal && wordApartDistinct(&r.s.apart, a, b) && !postalWordPair(a, b) && !patronymSpelling(a, b) && !slavicSpellingApart(a, b) && !thOnly(a, b) { // pivot_th.go: Katharina, Katarina; postal_words.go: Kiangsu Province, Jiangsu Province; patronym_spelling.go; beru_names.go: Paulavich, Pavlovich
		score = min(score, endingScore) // lookalike_word.go: Michaels, Michael; Batesville, Gatesville
		// the rule that held, found again only for a trace
		if r.trace != nil {
			r.trace("a word that makes another name: " + wordApartRule(a, b))
		}
	} else if numbersDistinct(a, b) {
		score = min(score, entityFormScore) // entity_forms.go: Apollo 11, Apollo 1
		r.note("different numbers (Apollo 11, Apollo 1)")
	}
	return score
}

// acronymRules are the rules of acronymStage, in the order they are
// asked: the first that holds scores the pair acronymScore. A score under
// acronymScore is asked them all but the last syllableAcronymRules, the
// abbreviations by syllables, which are asked only of a score under
// SameThreshold.
var acronymRules = [...]orgRule{
	// matcher.go, acronym_*.go (acronym_forms.go: the glossary's other
	// forms): IRGC, Islamic Revolutionary Guard Corps
	{func(a, b string, g *Glossary) bool {
		return isAcronymFor(a, b) || isAcronymFor(b, a) || glossaryAcronym(g, a, b) || glossaryAcronym(g, b, a)
	}, "one name the acronym of the other (IRGC)"},
	// acronym_co.go: HISCO, Huadong Iron and Steel Group
	{eitherWay(withoutGlossary(groupCoAcronym)), "the acronym of a group company (TISCO)"},
	// acronym_romance.go: COA, Comité Olímpico Argentino; COM, Mexican Olympic Committee
	{eitherWay(withoutGlossary(romanceAcronym)), "an acronym of a Romance-language name (COA, Comité Olímpico Argentino)"},
	// org_language.go: CGT, General Confederation of Labour (Confédération générale du travail)
	{eitherWay(withoutGlossary(ownAcronym)), "the acronym of the name in its own language (OSBIH)"},
	// acronym_folded.go: NSRB, Narodna stranka Radom za Boljitak (foldedAcronym);
	// Smer-SD, Smer – Sociálna Demokracia (partsAcronym); acronym_bilingual.go:
	// BWP-POB, Belgian Workers' Party (bilingualAcronym, which asks acronym_glued.go's
	// gluedPartsAcronym: BSPPSB, Parti socialiste belge-Belgische socialistische partij)
	{func(a, b string, _ *Glossary) bool {
		return foldedAcronym(a, b) || foldedAcronym(b, a) || partsAcronym(a, b) || partsAcronym(b, a) ||
			bilingualAcronym(a, b) || bilingualAcronym(b, a)
	}, "the acronym of a name in sentence case, its connectors and diacritics left out, of a dashed name part by part, or in two languages (NSRB, Narodna stranka Radom za Boljitak; Smer-SD; BWP-POB; BSPPSB)"},
	// acronym_headadded.go: BPF Party, Belarusian People's Front
	{acronymWithHead, "an acronym with Party after it (BPF Party, Belarusian People's Front)"},
	// acronym_inname.go: NAP, Bangladesh National Awami Party - Bangladesh NAP;
	// EUSTOP, EU-STOP – ...; acronym_cyrillic.go: ER, Yedinaya Rossiya; SDA,
	// Sociálnodemokratická alternatíva; acronym_dashpart.go: PNV, Partido
	// Nacionalista Vasco — Euzko Alderdi Jeltzalea; FAP, Fijian Association;
	// acronym_region.go: CSU; acronym_country_first.go: CCP, Communist Party of China
	{acronymsOneByOne, "an acronym written inside its name or without its hyphen, romanised from Cyrillic, of a Slavic compound, of one part of a dashed name, with the P of its Party, leaving out a region, or with its country first (NAP, Bangladesh NAP; EUSTOP, EU-STOP; ER, Yedinaya Rossiya; SDA, Sociálnodemokratická; PNV; ORaH; FAP, Fijian Association; CSU, Christian Social Union in Bavaria; CCP, Communist Party of China)"},
	// acronym_camel.go: AhAv, Ahdut HaAvoda
	{eitherWay(withoutGlossary(camelAcronym)), "an abbreviation by syllables in camel case (AhAv, Ahdut HaAvoda)"},
	// syllabic_acronym.go: the beginnings of the words
	{eitherWay(withoutGlossary(syllabicAcronym)), "an abbreviation by the beginnings of the words"},
	// acronym_prefix.go: SYN, Synaspismos tis Aristeras; Enh, Enhedslisten
	{abbreviationByPrefix, "an abbreviation by the first three letters of a long first word (SYN, Synaspismos)"},
}

// syllableAcronymRules is how many of acronymRules, at their end, are
// asked only of a score under SameThreshold.
const syllableAcronymRules = 3

// acronymStage: one name the acronym of the other, or of another form of
// the other's glossary entry (acronymRules).
func acronymStage(r *stageRun, p *pairSim) {
	rules := acronymRules[:]
	switch {
	case p.score >= acronymScore:
		return
	case p.score >= SameThreshold:
		rules = rules[:len(rules)-syllableAcronymRules]
	}
	if rule := firstOrgRule(rules, p.a, p.b, r.g); rule != nil {
		p.score = acronymScore
		r.note(rule.note)
	}
}

// An orgRule is one rule of acronymRules, orgRules or checkOrgRules: same
// reports whether a and b are one organisation's name by the rule (g: the
// glossary, nil: none), and note is what Matcher.Explain says when it
// held.
type orgRule struct {
	same func(a, b string, g *Glossary) bool
	note string
}

// orgRules are the organisation rules of orgStage (names match,
// Matcher.Similarity), in the order they are asked: the first that holds
// scores the pair SameThreshold and the rest are not asked. After them
// orgStage asks orgFormsScore (org_forms.go: the readings behind cheap
// marks, which returns a score) and then the table of aliases
// (org_aliases.go). A new rule is a line here, at its place, with the
// file that holds it and an example, and its row in README.md's
// "organisation rules at a glance" (TestReadmeOrgRules). Before them
// orgStage asks orgDoctrineApart: a pair apart only in Social against
// Socialist is two bodies, and no rule nor orgFormsScore raises it.
var orgRules = [...]orgRule{
	// possessive_adjective.go: Iran's Revolutionary Guards, Iranian Revolutionary Guards
	{possessiveAdjective, "a possessive read as an adjective (Iran's army, Iranian Army)"},
	// possessive_country.go: Israel's Mossad, Mossad
	{countryPossessive, "a country's possessive left out (Israel's Mossad, Mossad)"},
	// org_country.go: Kenyan Army, Army of Kenya
	{countryAdjective, "a country's adjective for \"of\" the country (Kenyan Army, Army of Kenya)"},
	// kataib.go: Kataib Hezbollah, Hezbollah Battalions
	{kataibVariant, "Brigades, Battalions or Kataib"},
	// ezafe.go: Jaish-e-Mohammed, Jaish-i-Muhammad
	{ezafeVariant, "Persian and Urdu connectors written alike (-e, -i, ul)"},
	// org_preposition.go: Office of Latino Affairs, Office on Latino Affairs
	{prepositionVariant, "one name but for of, for or on"},
	// org_wordstems.go: Guatemalan Reformer Party, Guatemalan Reformist
	// Party; Movement for Silesian Autonomy, Silesian Autonomy Movement
	{withoutGlossary(orgStemVariant), "an organisation's words in other forms of their stems, or its head noun at the other end"},
	// org_leader.go: We are family — Boris Kollar, We Are Family
	{leaderSubtitle, "a party's name with its leader's name after a dash (We are family — Boris Kollar)"},
	// org_oneword.go: SMER – Social Democracy, Smer
	{withoutGlossary(ownWordSubtitle), "a party's own word with a subtitle after a dash (SMER – Social Democracy)"},
	// org_leader.go: The Other Europe with Tsipras, The Other Europe
	{withoutGlossary(leaderWith), "a list's name with its leader's after \"with\" (The Other Europe with Tsipras)"},
	// org_oneword.go: BESA, Besa Movement; FUNCINPEC, Funcinpec Party
	{withoutGlossary(oneWordParty), "a party's one word with and without its head noun (BESA, Besa Movement)"},
	// org_headadded.go: Estonian Christian Democrats, Party of Estonian Christian Democrats
	{withoutGlossary(partyHeadAdded), "a party's name with its head noun and a connector added (Party of Estonian Christian Democrats)"},
	// org_slip.go: Militant Socialist Movement, Militiant Socialist Movement
	{withoutGlossary(orgSlip), orgSlipNote},
	// legal_form.go: Arch Capital Group, Arch Capital Group Ltd
	{legalFormVariant, "one name but for a legal form"},
	// acronym_partial.go: UN Security Council, United Nations Security Council
	{eitherWay(partialAcronym), "some words written as their acronym (UN Security Council)"},
	// acronym_titlecase.go: Opec Fund for International Development, Organization
	// of the Petroleum Exporting Countries Fund for International Development
	{eitherWay(titleCaseAcronym), "some words written as a title-cased acronym"},
	// org_language.go: Central Bank of Brazil, Banco Central do Brasil
	{eitherWay(withoutGlossary(translatedName)), "the name translated word by word"},
	// org_countryword.go: Norges Kommunistiske Parti, Norske kommunistiske parti
	{withoutGlossary(countryWordVariant), "a party's native name with its country in another form (Norges, Norske)"},
	// org_leader.go: Úsvit přímé demokracie, Úsvit přímé demokracie Tomia Okamury
	{leaderAppended, "a native name in sentence case with its leader's name after it, no dash (Úsvit přímé demokracie Tomia Okamury)"},
	// org_bilingual.go: Ruotsalainen kansanpuolue, Ruotsalainen kansanpuolue-Svenska Folkspartiet
	{bilingualName, "a party's name with the same name in another language beside it (Ruotsalainen kansanpuolue-Svenska Folkspartiet)"},
	// org_leaderlist.go: Positive Slovenia, Zoran Janković's List — Positive Slovenia
	{leaderList, "a party's name with a list named for its leader beside it after a dash (Zoran Janković's List — Positive Slovenia)"},
	// org_typo.go: Deutsche Freiheits und Ordnungspartei, ... Ordungspartei; Union pour la Démocratie, Union pout la Démocratie
	{withoutGlossary(orgTypo), "a slip of one letter in a compound's first part or in a connector (Ordungspartei, pout)"},
	// org_dash_subtitle.go: Slovak Democratic and Christian Union, Slovak Democratic and Christian Union – Democratic Party;
	// FIDESZ-Hungarian Civic Union, Fidesz – Hungarian Civic Alliance
	{dashSubtitle, "a party's subtitle after a dash that restates its name (– Democratic Party, – Electoral Coalition) or is the other's but for a head noun (Hungarian Civic Union, Alliance)"},
	// org_group.go: APA Group, APA
	{withoutGlossary(capitalsGroup), "a company's name in capitals with and without Group (APA Group, APA)"},
	// org_quoted.go: Freedom League, Liberal State Party "The Freedom League"
	{quotedName, "a party's name in quotes after its kind (Liberal State Party \"The Freedom League\")"},
	// org_united_nations.go: Food and Agriculture Organization (of the United Nations)
	{unitedNationsLeftOut, "a body of the United Nations with and without its name (Food and Agriculture Organization of the United Nations)"},
	// org_wing.go: Leftwing Revolutionary Nationalist Movement, Revolutionary Nationalist Movement of the Left
	{withoutGlossary(wingOfTheName), "a name after Leftwing and with \"of the Left\" after it (Leftwing Revolutionary Nationalist Movement)"},
	// org_doctrine_followers.go: Rexism, Rexists
	{withoutGlossary(doctrineFollowers), "a movement's doctrine and its followers (Rexism, Rexists)"},
	// org_doctrine_followers.go: Trudoviks, Trudovaya gruppa; Grütlianer, Grütliverein
	{withoutGlossary(groupMembers), "a group and its members' name (Trudoviks, Trudovaya gruppa; Grütlianer, Grütliverein)"},
	// org_nonpartisan.go: Non-Party List, Nonpartisan List
	{withoutGlossary(nonPartisanNames), "one name but for Non-Party and Nonpartisan (Non-Party List, Nonpartisan List)"},
	// org_pan.go: Malaysian Islamic Party, Pan-Malaysian Islamic Party
	{withoutGlossary(panAdjective), "a country's adjective with and without Pan- (Pan-Malaysian Islamic Party)"},
	// org_soviet_republic.go: Communist Party of Kirghiz Soviet Socialist Republic, Communist Party of Kirghizia
	{withoutGlossary(sovietRepublicNamed), "a Soviet republic for its country (Communist Party of Kirghiz Soviet Socialist Republic, of Kirghizia)"},
	// org_name_kind.go: Siong Leng Musical Association, Siong Leng
	{withoutGlossary(nameBeforeKind), "a body's own words with and without its kind after them (Siong Leng Musical Association, Siong Leng)"},
	// org_name_kind.go: Samsung Electronics, Samsung
	{withoutGlossary(nameBeforeTrade), "a company's own word with and without its trade after it (Samsung Electronics, Samsung)"},
	// org_word_forms.go: Gachsaran Oil and Gas Producing Company, ... Production Company
	{withoutGlossary(companyWordForms), "a company's or a body's word in another form of the word (Producing, Production Company; Optical, Optics Industries)"},
}

// checkOrgRules are the organisation rules of checkOrgStage (normalize
// --check, names discover: names in running text), in the order they are
// asked: of orgRules, those that read two spellings of one
// organisation's name. A letter added or left out of a word (orgSlip:
// Militant, Militiant Socialist Movement), the words in other forms of
// their stems in their places (orgStemSpelling, orgStemVariant's words in
// their places: Guatemalan Reformer Party, Guatemalan Reformist Party).
// ezafeVariant is a spelling too, but discovery splits the names it reads
// at a lower-case connector ("Jaish-i-Mohammed" is "Jaish" and
// "Mohammed"), and -ul, -al are one key already: it found nothing. The
// other rules read a name beside its acronym, a short form or another
// wording of one body: house style in one article, not a spelling to
// report.
var checkOrgRules = [...]orgRule{
	{withoutGlossary(orgSlip), orgSlipNote},                                                     // org_slip.go
	{withoutGlossary(orgStemSpelling), "an organisation's words in other forms of their stems"}, // org_wordstems.go
}

// orgApartNote is what Matcher.Explain says of orgDoctrineApart.
const orgApartNote = "organisations apart in a doctrine: two bodies (Social, Socialist Democratic Party)"

// orgSlipNote is what Matcher.Explain says of orgSlip in both lists.
const orgSlipNote = "an organisation's name with one letter added or left out of a word (Militiant)"

// withoutGlossary makes rule, which reads no glossary, an orgRule's same.
func withoutGlossary(rule func(a, b string) bool) func(a, b string, g *Glossary) bool {
	return func(a, b string, _ *Glossary) bool { return rule(a, b) }
}

// eitherWay makes rule, which reads its names one way round (a short
// form, then the long one), a rule that tries both.
func eitherWay(rule func(a, b string, g *Glossary) bool) func(a, b string, g *Glossary) bool {
	return func(a, b string, g *Glossary) bool { return rule(a, b, g) || rule(b, a, g) }
}

// firstOrgRule returns the first rule of rules that holds for a and b,
// or nil.
func firstOrgRule(rules []orgRule, a, b string, g *Glossary) *orgRule {
	for i := range rules {
		if rules[i].same(a, b, g) {
			return &rules[i]
		}
	}
	return nil
}

// checkOrgStage: checkOrgRules, for a check (checkStages).
func checkOrgStage(r *stageRun, p *pairSim) {
	if p.score >= SameThreshold {
		return
	}
	if rule := firstOrgRule(checkOrgRules[:], p.a, p.b, r.g); rule != nil {
		p.score = SameThreshold
		r.note(rule.note)
	}
}

// orgStage: the forms of one organisation's name (orgRules, then
// orgFormsScore), and the table of organisation aliases (org_aliases.go).
func orgStage(r *stageRun, p *pairSim) {
	a, b, g, s := p.a, p.b, r.g, p.score
	if s >= SameThreshold {
		return
	}
	if wa, wb := p.names(); wa != "" && wb != "" && (wa[len(wa)-1] == ')' || wb[len(wb)-1] == ')') || len(wa) <= 12 && strings.IndexByte(wa, '&') > 0 || len(wb) <= 12 && strings.IndexByte(wb, '&') > 0 {
		// org_bracket.go: International Business Machines (IBM), IBM; M&S, Marks and Spencer
		if t, why := r.m.secondNameScore(wa, wb); t >= SameThreshold {
			p.score = r.moved(s, max(s, t), why)
			return
		}
	}
	if orgDoctrineApart(a, b) {
		// org_wordstems.go: no rule reads Social as Socialist
		// (orgStemVariant); the table of aliases may still know them
		r.note(orgApartNote)
	} else {
		if rule := firstOrgRule(orgRules[:], a, b, g); rule != nil {
			p.score = SameThreshold
			r.note(rule.note)
			return
		}
		s = r.moved(s, orgFormsScore(a, b, g, s), "an organisation's other form (a dashed acronym; Military of, Ministry of; Dept.)") // org_forms.go: FARC-EP; Military of Ecuador; Dept., Department
	}
	if s < SameThreshold && r.m.listedAliases(a, b) {
		s = listedAliasScore
		r.note("aliases of one organisation in the table of UN and EU listings")
	}
	p.score = s
}
