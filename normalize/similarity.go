package normalize

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// SameThreshold is the [Similarity] at and above which [Same] calls two names
// the same. It was chosen on the package's lists of real variant spellings
// and look-alike different names (testdata/variants.tsv,
// testdata/lookalikes.tsv): it is the value that kept false merges of
// look-alikes at or under 2% while finding at least 90% of true variants.
// TestVariantRecall fails past 3% or under 90% and logs the measured
// figures.
const SameThreshold = 0.86

// Same reports whether a and b are probably spellings of one name:
// Similarity(a, b) >= SameThreshold.
func Same(a, b string) bool { return Similarity(a, b) >= SameThreshold }

// Tuning constants of Similarity; each is explained in the package
// documentation under "Similarity".
const (
	worstWordShare    = 0.30 // how much the mean of the words lifts the worst word
	unmatchedPenalty  = 0.08 // per word of the longer name left unmatched
	optionalPenalty   = 0.02 // per patronym ("bin Awad") left unmatched
	singleWordFactor  = 0.85 // one word against a name of several words
	initialScore      = 0.90 // an initial against a word it begins
	crossScriptCap    = 0.95 // skeleton comparisons never claim certainty
	maxTokensCompared = 8    // words past this are joined into the last (foldTail)
)

// Similarity returns how alike two names are, in [0, 1]: 1 for the same key,
// near 1 for transliteration variants ("Qasem Soleimani", "Qassim
// Suleimani"), lower for look-alikes ("Khamenei", "Khomeini"). It is
// token-aware: titles ("Maj. Gen.", "Haj", "Sheikh") are ignored, word order
// does not matter, an initial matches the word it begins, and a name written
// as one word matches the same name in two ("Saeedreza", "Saeed Reza").
// A name in a script that leaves short vowels unwritten (Arabic, Persian,
// Hebrew) is compared with a name in another script by consonant skeleton.
// It is safe for concurrent use.
func Similarity(a, b string) float64 { return similarityWith(a, b, nil) }

// nameReadings are the readings of whole names by a language's spelling
// conventions that similarityWith tries, in order, while a pair scores
// under the threshold and at conventionFloor or more. Each returns the
// score, raised when its reading of a or b brings them together (less a
// convention's cost). off is the reading's bit of conventionsOff
// (conventions.go), or -1 for a reading that has none.
var nameReadings = [...]struct {
	off  int
	sim  func(s *simState, a, b string, score float64) float64
	what string // Matcher.Explain's words for the reading
}{
	{convCentralEuropeanC, (*simState).centralEuropeanSim, "Central European c and sz (Szwarc, Schwarz)"},                                                                          // letter_c.go
	{convInitialCK, (*simState).initialCKSim, "an initial c for k (Cillian, Killian)"},                                                                                             // letter_c.go
	{-1, (*simState).cedillaSim, "ç read as s or ch (Idriça, Idrissa)"},                                                                                                            // cedilla.go
	{-1, (*simState).lostCedillaSim, "a c for a lost ç read as s (Faycal, Faysal)"},                                                                                                // cedilla_lost.go
	{-1, (*simState).feminineIeSim, "a feminine -ie for -ia (Amalie, Amalia)"},                                                                                                     // feminineie.go
	{-1, (*simState).frenchOtSim, "a French silent final t (Pinot, Pino)"},                                                                                                         // frenchot.go
	{-1, (*simState).nasalMSim, "a Portuguese final nasal m (Martim, Martín)"},                                                                                                     // nasalm.go
	{-1, (*simState).englishWSim, "an English w for a German or Dutch u or v (Brown, Braun)"},                                                                                      // englishw.go
	{-1, (*simState).englishSoundSim, "two English spellings of one sound (Burt, Bert; Wight, White)"},                                                                             // englishsound.go
	{-1, (*simState).englishSpellingSim, "an English spelling of one sound (Prewett, Pruett; Leighton, Layton; Rodgers, Rogers)"},                                                  // pivot_variants.go
	{-1, (*simState).pronouncedSim, "two spellings one pronunciation (Neal, Neil; Reilly, Riley)"},                                                                                 // pronounce.go
	{-1, (*simState).droppedGSim, "an English g written or dropped (Gosling, Goslin)"},                                                                                             // gdropped.go
	{-1, (*simState).slavicRomanSim, slavicRomanWhat},                                                                                                                              // ukru.go, beru.go
	{-1, (*simState).listedSlipsSim, "a letter a list's romanization adds or drops (Bhutvi, Butvi)"},                                                                               // listed_slips.go
	{-1, (*simState).kunyaCaseSim, "the kunya's Abu in its genitive Abi or accusative Aba (ibn Abi Talib, Abu Talib)"},                                                             // kunya_case.go
	{-1, (*simState).abdArticleSim, "the article of Abd al- assimilated and written once (Abdusalam, Abdul Salam)"},                                                                // arabic_abd.go
	{-1, (*simState).maghrebSim, "an Arabic name in French transcription (Hocine, Husayn)"},                                                                                        // maghreb.go
	{-1, (*simState).nationalSim, "a national spelling of a name (Xasan, Hassan; Cemal, Jamal; Ignatius, Ignacio)"},                                                                // national.go
	{-1, (*simState).ruRenderSim, "a Russian name in another language's transcription (Chroesjtsjov, Khrushchev)"},                                                                 // rurender.go
	{-1, (*simState).abjadVowelSim, "an unwritten Arabic short vowel (al-Masri, al-Misri)"},                                                                                        // abjadvowel.go
	{-1, (*simState).spellingReformSim, "Indonesian spelling before 1972 (Tjut, Cut; Joesoef, Yusuf)"},                                                                             // dutchch.go
	{-1, (*simState).pivotEndingSim, "a French silent final s or t; -land as Chinese -lan (Benois, Benoit; Boylan, Boyland)"},                                                      // pivot_endings.go
	{-1, (*simState).longVowelSim, "a long vowel spelled eigh or with a silent final ue (Keightley, Kiteley; Bogue, Boag)"},                                                        // longvowel_spellings.go
	{-1, (*simState).unsoundedSim, "an unsounded e of -ery, d of nds, s of -isle (Jeffery, Jeffrey; Lisle, Lyle)"},                                                                 // pivot_unsounded.go
	{-1, (*simState).liquidSim, "the liquids l and r, which katakana, hangul and Chinese write alike (Telly, Terry)"},                                                              // pivot_liquids.go
	{-1, (*simState).devanagariSim, "Hindi's spoken spelling of a Devanagari name, or an English name's sounds as Hindi writes them (राजदीप, Rajdeep; नजमा, Nazma; गिनी, Guinea)"}, // devanagari_read.go
}

// readEach returns max(score, the similarity of names a and b each read
// by read, less a convention's cost) when read rewrites a or b (it returns
// "" for a name it leaves as written).
func (s *simState) readEach(a, b string, score float64, read func(name string) string) float64 {
	ra, rb := read(a), read(b)
	if ra == "" && rb == "" {
		return score
	}
	if ra == "" {
		ra = a
	}
	if rb == "" {
		rb = b
	}
	return max(score, s.similarity(ra, rb)-conventionPenalty)
}

// readAgainst returns max(score, the similarity of one name read by read
// against the other as written, less a convention's cost), trying a read
// against b and b against a. read(name, other) returns "" when name has
// nothing it rewrites or other lacks what calls for the reading.
func (s *simState) readAgainst(a, b string, score float64, read func(name, other string) string) float64 {
	if ra := read(a, b); ra != "" {
		score = max(score, s.similarity(ra, b)-conventionPenalty)
	}
	if rb := read(b, a); rb != "" {
		score = max(score, s.similarity(a, rb)-conventionPenalty)
	}
	return score
}

// similarityWith is Similarity, or 1 when glossary g (if not nil) has a and
// b as forms of one entry. It is the whole matcher but Matcher's acronyms
// and aliases, in the stages of simStages (stages.go; README.md maps them
// to files): the base score (s.similarity); while that is under the
// threshold, readings of the whole names (Ukrainian places, glossary
// aliases inside a name, Wade-Giles, Cyrillic and Korean readings,
// nameReadings), each of which can only raise it; then the vetoes and
// caps that lower a score of one name to that of two (Pinyin, Japanese,
// long vowels, endings...).
func similarityWith(a, b string, g *Glossary) float64 { return similarityOn(nil, a, b, g) }

// similarityOn is similarityWith on the buffers of s (a checkSim's, with
// its prepared names), or of one from simPool when s is nil: simStages
// (stages.go) run on the one pair.
func similarityOn(s *simState, a, b string, g *Glossary) float64 {
	if s == nil {
		s = simPool.Get().(*simState)
		defer simPool.Put(s)
	}
	return s.onePair(a, b, stageRun{s: s, g: g}, simStages[:])
}

var simPool = sync.Pool{New: func() any { return new(simState) }}

// simState holds the buffers of one Similarity call.
type simState struct {
	kb                   keyBuilder
	formBuf              []byte // a name's form in the gazetteer (placeForm)
	ta, tb               []string
	oa, ob               []bool // the word follows "bin": a patronym, optional
	abjA                 bool
	abjB                 bool
	fullA                []byte // joined keys of all words but titles (buffers reused)
	fullB                []byte
	sa, sb               []rune
	saOf                 string // the word whose editSim symbols s.sa holds, or ""
	row, pre             []float64
	db                   []float64 // editSim: the cost of deleting each letter of its second word
	g                    *Glossary // when not nil, prepare looks names up in it
	entA                 int32     // the glossary entry of each name, or -1
	entB                 int32
	entry                int32 // set by prepare
	dir                  bool  // set by prepare: the name has a direction word
	org                  bool  // set by prepare: the name has an organisation head noun
	dirA                 bool
	dirB                 bool
	orgA                 bool
	orgB                 bool
	rawA                 string // the names as given (possessiveFirst)
	rawB                 string
	branch               bool // set by markShorter: one name is the other's branch
	placeBranch          bool // set by markShorter: the branch is a place added (placeBranch)
	kunya                bool // set by markShorter: a kunya against a name (kunyaAgainstName)
	nasabKB              keyBuilder
	nasabLinks           [2][][2]string // nasabSwapped's buffers
	nasabInitials        [2][][2]byte
	initials             bool   // set by markShorter: middle initials that differ (initialsApart)
	outNear              bool   // set with outA and outB: their words alone are over the threshold (slavicapart.go)
	outA, outB           string // set by tokenScore: the one pair of words under the threshold that the others lifted over it, or the one pair not the same (wordoutvoted.go), or ""
	conv                 convState
	memo                 map[string]preparedName // a checkSim's prepared names, or nil
	memoCap              int                     // the most names memo keeps (0: maxPrepared)
	memoHits, memoMisses int                     // names match's look-ups in memo, found and not
	inText               bool                    // a checkSim's: the names were found in running text (englishsound.go)
	pair                 [1]pairSim              // onePair's batch and stages (here, not on the stack, where they would escape)
	batch                []pairSim               // WriteMatchesWith's batch, kept for the next call (no names left in it)
	run                  stageRun
	apart                wordApart // lookalikeCap's scratch for wordApartDistinct (here, not on the stack, where it would escape)
}

// similarity is the base score of names a and b, before similarityWith's
// readings and caps: 1 for one key, the consonant skeletons when exactly
// one name is in an abjad (crossScriptSim), else the word pairs
// (wordsScore). It leaves in s the prepared words and what prepare found,
// with each name's entry of s.g (s.entA, s.entB), for similarityWith.
func (s *simState) similarity(a, b string) float64 {
	g := s.g
	if s.memo == nil { // prepare called here: names match pays no call more
		s.ta, s.oa, s.fullA, s.abjA = s.prepare(a, s.ta[:0], s.oa[:0], s.fullA[:0])
	} else {
		s.ta, s.oa, s.fullA, s.abjA = s.prepareMemo(a, s.ta[:0], s.oa[:0], s.fullA[:0])
	}
	s.entA, s.dirA, s.orgA = s.entry, s.dir, s.org
	s.rawA = a
	if s.entA < 0 {
		s.g = nil // a is in no entry: b's entry cannot make them one
	}
	if s.memo == nil {
		s.tb, s.ob, s.fullB, s.abjB = s.prepare(b, s.tb[:0], s.ob[:0], s.fullB[:0])
	} else {
		s.tb, s.ob, s.fullB, s.abjB = s.prepareMemo(b, s.tb[:0], s.ob[:0], s.fullB[:0])
	}
	s.entB, s.dirB, s.orgB = s.entry, s.dir, s.org
	s.rawB = b
	s.g = g
	if len(s.fullA) > 0 && string(s.fullA) == string(s.fullB) {
		return 1 // the same key
	}
	if len(s.ta) == 0 || len(s.tb) == 0 {
		if len(s.ta) == 0 && len(s.tb) == 0 {
			return 1
		}
		return 0
	}
	if joinedEqual(s.ta, s.tb) {
		return 1
	}
	if s.abjA != s.abjB {
		// One side has no written short vowels: compare consonant skeletons
		// of the whole names (articles kept: "الأسد" is one word).
		return s.crossScriptSim(a, b, s.abjA)
	}
	return s.wordsScore()
}

// wordsScore compares the prepared words of two names in the same script.
func (s *simState) wordsScore() float64 {
	s.branch, s.placeBranch, s.kunya, s.initials = false, false, false, false
	score := s.tokenScore()
	if len(s.ta) != len(s.tb) {
		// Joined or split words ("Saeedreza"/"Saeed Reza", "Almuhandis").
		score = max(score, s.editSim(strings.Join(s.ta, ""), strings.Join(s.tb, "")))
		score = s.particleJoinedSim(score) // particle_joined.go: Abdelmalek, Abd al-Malik
	}
	if s.branch {
		score = min(score, branchScore)
	}
	if s.kunya {
		score = min(score, kunyaScore)
	}
	if s.initials {
		score = min(score, initialsApartScore)
	}
	return max(0, min(1, score))
}

// aliasWords replaces each word of the prepared names that is on its own a
// form of an entry of g by a word that stands for the entry, and reports
// whether both names had one: "ISIS-Sinai Province" and "ISIL Sinai
// Province" are then one name, since ISIS and ISIL are forms of one entry.
// When a has none, b's words are not looked up (nor replaced).
func (s *simState) aliasWords(g *Glossary) bool {
	if len(s.ta) < 2 || len(s.tb) < 2 || s.abjA || s.abjB {
		return false
	}
	alias := func(toks []string) bool {
		found := false
		for i, w := range toks {
			if e := g.entryOfKey(w); e >= 0 {
				toks[i] = "\x00" + strconv.Itoa(int(e)) // no folded word starts with NUL
				found = true
			}
		}
		return found
	}
	return alias(s.ta) && alias(s.tb)
}

// titleText lists the words that are dropped before comparing names, and
// trimmed from names found in running text (discover.go): ranks,
// honorifics and religious titles common in Middle East news.
const titleText = `maj major gen general brig brigadier col colonel lt lieutenant
		capt captain cmdr commander adm admiral sgt
		haj hajj haji hajji hajj shahid martyr sheikh shaikh shaykh sheik shaik
		ayatollah ayatullah grand hojatoleslam hujjat hojjatoleslam mullah mulla imam
		sayyed sayyid seyed seyyed sayed syed
		mr mrs ms dr prof president minister king prince emir the`

// honorificText lists the British honorifics of a knight and a dame, which
// a press form leaves out (Sir John Major, Dame Judi Dench; titles2):
// titles when names are compared (wordInfos), not in discover's trimming
// of running text, which is left as it was (the Kyoto sweep: trimming
// "by Sir Tokitsugu" changed a cluster of another name). The peers'
// titles (Lord, Lady, Baron, Baroness, Viscount) were measured and left
// out: no pair of the check set gained, and a name that translates the
// title (Abigail Masham, Baroness Masham, in Hebrew) lost.
const honorificText = `sir dame`

// titles are the keys of titleText's words.
var titles = newLazy(func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(titleText) {
		m[Key(t)] = true
	}
	return m
})

// titleSpellings are titleText's words as written (lower case): a word
// written in Latin letters is a title when it is spelled as one, not when
// it only has a title's key (titles2): Hai, a Chinese given name, has the
// key of Haj; Kuol, a Dinka surname, that of Col.
var titleSpellings = newLazy(func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(titleText + " " + honorificText) {
		m[t] = true
	}
	return m
})

// titleSpelled reports whether the written word w, whose key is a title's,
// is spelled as a title (titleSpellings, a full stop after it allowed).
// A word with letters of an alphabet written in two UTF-8 bytes (Latin
// diacritics, Greek, Cyrillic, Hebrew, Arabic: scripts that write a title
// letter for letter, الحاج) is read by its key, as before; a word with a
// character of three bytes or more (Chinese, Japanese, Korean, Indic
// scripts) is no title: its key is a syllable's romanisation, and 梅 (Mei)
// or 海 (Hai) only sounds like Maj or Haj.
func titleSpelled(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0xE0 {
			return false
		}
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	w = strings.TrimSuffix(w, ".")
	var buf [16]byte // longer than any title's spelling
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = w[i]
		if 'A' <= w[i] && w[i] <= 'Z' {
			buf[i] |= 0x20
		}
	}
	return titleSpellings.get()[string(buf[:len(w)])]
}

// particles are words a name may carry or drop without becoming another name:
// the Arabic article, and "bin"/"bint" (son/daughter of), whose following
// word is a patronym that a shorter form of the name may leave out ("Osama
// bin Muhammad bin Awad bin Laden" is "Osama bin Laden").
var particles = map[string]bool{"al": true, "bin": true, "bint": true}

// orgWordForms folds the words of organisation names whose forms differ
// between renderings of one name (by key): adjective and noun ("Revolution
// Guards", "Revolutionary Guard"), singular and plural, and the Arabic head
// words that English renderings translate ("Jabhat al-Nusra", "al-Nusra
// Front"), also as Persian vocalises them (the BGN/PCGN and UN systems for
// Persian write kasra e, fatha a: hezb for hizb, harekat for harakat).
var orgWordForms = newLazy(func() map[string]string {
	m := map[string]string{}
	for _, p := range [][2]string{
		{"revolutionary", "revolution"}, {"guards", "guard"}, {"brigades", "brigade"},
		{"battalions", "battalion"}, {"forces", "force"}, {"martyrs", "martyr"},
		{"jabhat", "front"}, {"jabha", "front"}, {"jabhet", "front"}, {"jebhe", "front"},
		{"kataib", "brigade"}, {"katibat", "battalion"}, {"katiba", "battalion"},
		{"liwa", "brigade"}, {"jaysh", "army"}, {"jaish", "army"}, {"jeish", "army"},
		{"harakat", "movement"}, {"haraka", "movement"}, {"hizb", "party"},
		{"harkat", "movement"},                   // Urdu and Pashto spelling (schwa dropped): Harkat-ul-Mujahideen
		{"hizbut", "party"}, {"hizbul", "party"}, // the article joined: Hizbut Tahrir, Hizbul Mujahideen
		{"hezb", "party"}, {"harekat", "movement"}, // Persian vowels (kasra e): Hezb-e Islami
		{"committees", "committee"}, {"councils", "council"}, {"groups", "group"},
	} {
		m[Key(p[0])] = Key(p[1])
	}
	return m
})

// wordInfo is what prepare knows of a word (by key).
type wordInfo struct {
	title, particle bool
	form            string // its orgWordForms form, or ""
	direction       bool   // a compass point (directions)
	orgHead         bool   // a head noun of organisation names (orgHeads)
	scope           bool   // a word that changes an entity's kind (scopeWords)
}

// directions are the compass points and positions that name the parts of
// a region (GeoNames: "Ennedi-Est"/"Ennedi-Ouest", "Upper East"/"Upper
// West"): two names that pair two different ones are different places,
// however alike the rest.
// French, Spanish and Portuguese ones are read as their English word, so
// that "Nord-Kivu" is still "North Kivu".
var directions = map[string]string{
	"north": "", "south": "", "east": "", "west": "",
	"northeast": "", "northwest": "", "southeast": "", "southwest": "",
	"northern": "", "southern": "", "eastern": "", "western": "",
	"central": "", "centre": "central", "centro": "central", "center": "central",
	"upper": "", "lower": "",
	"nord": "north", "norte": "north", "sud": "south", "sur": "south",
	"est": "east", "este": "east", "ouest": "west", "oeste": "west",
	"nordest": "northeast", "nordeste": "northeast", "noreste": "northeast",
	"nordouest": "northwest", "noroeste": "northwest",
	"sudest": "southeast", "sudeste": "southeast", "sureste": "southeast",
	"sudouest": "southwest", "sudoeste": "southwest", "suroeste": "southwest",
}

// scopeWords (by key) change the kind of entity a name names when another
// name has all its other words: "Democratic Republic of the Congo" is not
// "Republic of the Congo", nor "Equatorial Guinea" Guinea. A compass point
// added to a name does the same (South Sudan, North Korea); see
// tokenScore. Other languages' words of both kinds come from CLDR's
// region names (region_scope.txt: Guinée équatoriale, Zuid-Soedan).
var scopeWords = []string{"democratic", "equatorial", "people's", "peoples"}

// orgHeads are the head nouns of organisation names (by key, after
// orgWordForms). A name with one of them that another name contains whole,
// with words added before or after it, names the organisation's branch or
// a splinter ("Irish Republican Army", "Continuity Irish Republican Army";
// "Popular Front for the Liberation of Palestine-General Command"); see
// branchScore.
var orgHeads = strings.Fields(`army front party movement brigade battalion group organization
	organisation council committee force guard corps league union network association
	alliance federation commission society jihad
	ansar jamaat jamaah jemaah jamiat tanzim tehrik tehreek tahrik lashkar sipah sepah majlis ittihad jund saraya faylaq`)

// The second line of orgHeads (names20) has the Arabic, Urdu and Persian
// head nouns of organisation names that orgWordForms does not read as an
// English one: ansar (partisans: Ansar al-Islam, Ansar al-Sharia), jamaat,
// jamaah, jemaah, jamiat (group, society), tanzim (organisation), tehrik,
// tahrik (movement), lashkar, sipah, sepah, jund (army, soldiers), majlis
// (council), ittihad (union), saraya (companies), faylaq (corps). With
// them a place added to such a name is a branch, as with an English head
// noun: "Ansar al-Sharia Benghazi", "Lashkar-e-Taiba Kashmir".

// branchScore caps the similarity of an organisation name and a longer name
// that contains it with words added at its start or end: its branch.
const branchScore = 0.8

// infoOf returns what prepare knows of the folded word w: wordInfos[w],
// without the map look-up for most words of names, which are in no list.
func infoOf(w string) wordInfo {
	if h := wordInfoHash(w); wordInfoBits.get()[h/64]&(1<<(h%64)) == 0 {
		return wordInfo{}
	}
	return wordInfos.get()[w]
}

// wordInfoBits has the wordInfoHash of every word of wordInfos: 256 bytes
// that stay in the data cache, where a look-up in the map (13 KB) missed
// it for a word in two.
var wordInfoBits = newLazy(func() *[2048 / 64]uint64 {
	var b [2048 / 64]uint64
	for w := range wordInfos.get() {
		h := wordInfoHash(w)
		b[h/64] |= 1 << (h % 64)
	}
	return &b
})

// wordInfoHash hashes the length and the first two and last two bytes of w
// into [0, 2048).
func wordInfoHash(w string) uint32 {
	x := uint64(len(w))
	if n := len(w); n >= 2 {
		x |= uint64(w[0])<<8 | uint64(w[1])<<16 | uint64(w[n-2])<<24 | uint64(w[n-1])<<32
	} else if n == 1 {
		x |= uint64(w[0]) << 8
	}
	return uint32(x * 0x9E3779B97F4A7C15 >> (64 - 11))
}

// wordInfos merges titles, the honorifics, particles and orgWordForms
// into one map.
var wordInfos = newLazy(func() map[string]wordInfo {
	m := map[string]wordInfo{}
	for w := range titles.get() {
		i := m[w]
		i.title = true
		m[w] = i
	}
	for _, t := range strings.Fields(honorificText) {
		i := m[Key(t)]
		i.title = true
		m[Key(t)] = i
	}
	for w := range particles {
		i := m[w]
		i.particle = true
		m[w] = i
	}
	for w, f := range orgWordForms.get() {
		i := m[w]
		i.form = f
		m[w] = i
	}
	for w, f := range directions {
		i := m[Key(w)]
		i.direction = true
		if f != "" {
			i.form = Key(f)
		}
		m[Key(w)] = i
	}
	for _, w := range orgHeads {
		i := m[Key(w)]
		i.orgHead = true
		m[Key(w)] = i
	}
	for _, w := range scopeWords {
		i := m[Key(w)]
		i.scope = true
		m[Key(w)] = i
	}
	for _, w := range strings.Fields(regionScopeText) { // keys already
		i := m[w]
		i.scope = true
		m[w] = i
	}
	return m
})

// prepare returns the folded words of name without titles and particles
// (unless the name is nothing but those; a "bin" or "bint" that opens a
// name of more words is kept: it is part of that name; a title word that
// ends a name after other words is its surname, surnameSlot) and whether it is
// written in an abjad, and the joined keys of all its words but titles.
func (s *simState) prepare(name string, out []string, opt []bool, full []byte) (toks []string, optional []bool, _ []byte, abjad bool) {
	for _, r := range name {
		if r >= 0x0590 && isAbjad(r) {
			abjad = true
			break
		}
	}
	words := s.kb.words(name)
	src := s.kb.src // the words as written (titleSpelled)
	s.entry = -1
	if s.g != nil {
		s.entry = s.g.entryOfWords(words)
	}
	afterBin := false
	s.dir, s.org = false, false
	if len(name) > 3 && name[0] == 'D' && (name[1] == 'R' || name[1] == '.') {
		if dr := democraticAbbrev(name, words); dr > 0 {
			// DR Congo: Democratic Republic, not the title Dr.
			full = append(full, democraticKey...)
			out, opt = append(out, democraticKey), append(opt, false)
			words, src = words[dr:], src[dr:]
		}
	}
	opening := true // no word but titles yet
	for k, w := range words {
		info := infoOf(w) // one look-up for titles, particles and forms
		s.dir = s.dir || info.direction
		s.org = s.org || info.orgHead || info.form != "" && infoOf(info.form).orgHead
		title := info.title && titleSpelled(src[k])
		if !title || surnameSlot(k, words, len(out)) {
			full = append(full, w...)
			if !info.particle {
				if info.form != "" {
					w = info.form
				}
				out = append(out, w)
				opt = append(opt, afterBin)
			} else if opening && k+1 < len(words) && (w == "bin" || w == "bint") {
				// "Ben Affleck", "Ben Gurion", "Ibn Khaldun": a "son of"
				// that opens the name is part of it, never left out, so
				// it is a word and the next is no optional patronym.
				out = append(out, w)
				opt = append(opt, false)
				opening = false
				continue
			}
			opening = false
		}
		afterBin = w == "bin" || w == "bint"
	}
	if len(out) == 0 {
		out = append(out, words...)
		for range words {
			opt = append(opt, false)
		}
	}
	if len(out) > maxTokensCompared {
		out, opt = foldTail(out, opt)
	}
	return out, opt, full, abjad
}

// foldTail returns the words of a name of more than maxTokensCompared
// words with the last ones joined into the last word compared: the words
// past it still count ("... Quds Force IRGC-QF Unit 340" and "... Palestine
// Branch" are two units, not one name cut short), as one word, whose
// spelling the edit distance reads.
func foldTail(out []string, opt []bool) ([]string, []bool) {
	last := maxTokensCompared - 1
	out[last] = strings.Join(out[last:], "")
	opt[last] = false
	return out[:maxTokensCompared], opt[:maxTokensCompared]
}

// possessiveFirst reports whether the first word of name ends in 's or ’s
// ("Iran's Revolutionary Guards"): a country named as the owner, not an
// adjective that names another organisation.
func possessiveFirst(name string) bool {
	sp := strings.IndexByte(name, ' ')
	if sp < 0 {
		return false
	}
	w := name[:sp]
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// joinedEqual reports whether the words of a, joined, equal those of b
// (strings.Join(a, "") == strings.Join(b, "") without building either).
func joinedEqual(a, b []string) bool {
	i, j := 0, 0 // the word of a and b
	var x, y string
	for {
		for x == "" && i < len(a) {
			x, i = a[i], i+1
		}
		for y == "" && j < len(b) {
			y, j = b[j], j+1
		}
		if x == "" || y == "" {
			return x == "" && y == ""
		}
		n := min(len(x), len(y))
		if x[:n] != y[:n] {
			return false
		}
		x, y = x[n:], y[n:]
	}
}

// tokenScore pairs the words of the two names greedily, best pair first, and
// combines the pair scores (see "Similarity" in the package documentation).
// Its steps: wordSims scores every word of the shorter name against every
// word of the longer; pairWords pairs them, best pair first, and scores the
// pairing (the worst pair decides most); leftOutPenalties takes off for each
// word of the longer name left unpaired; markShorter records what the
// pairing says the shorter name is (other initials, a kunya, a branch).
func (s *simState) tokenScore() float64 {
	a, b, optB, orgShort, rawA, rawB := s.ta, s.tb, s.ob, s.orgA, s.rawA, s.rawB
	if len(a) > len(b) {
		a, b, optB, orgShort, rawA, rawB = b, a, s.oa, s.orgB, s.rawB, s.rawA
	}
	var sims [maxTokensCompared][maxTokensCompared]float64
	s.wordSims(a, b, rawA, rawB, &sims)
	usedB, pairOf, score, worst := pairWords(a, b, &sims)
	s.outA, s.outB, s.outNear = "", "", false
	if score >= SameThreshold && worst < 1 && len(a) == len(b) && len(a) > 1 {
		s.outvoted(a, b, &sims, pairOf[:len(a)]) // wordoutvoted.go: Oleg Tarasov, Oleg Taranov
	}
	score = s.leftOutPenalties(score, worst, a, b, optB, rawA, rawB, usedB[:len(b)])
	if len(a) == 1 && len(b) > 1 {
		score *= singleWordFactor
	}
	s.markShorter(a, b, optB, orgShort, rawA, rawB, usedB[:len(b)], pairOf[:len(a)])
	return score
}

// wordSims sets sims[i][j] to the score of word i of a against word j of b
// (wordSim), raised or lowered by the rules for words apart from their
// spelling: an article joined to the word (articles.go, articleletter.go),
// points of the compass, short vowels, Dutch ch and kaf or kha (dutchch.go,
// kafkha.go). a is the shorter name; rawA and rawB are the names as given.
func (s *simState) wordSims(a, b []string, rawA, rawB string, sims *[maxTokensCompared][maxTokensCompared]float64) {
	dirs := s.dirA && s.dirB
	var stemA, stemB [maxTokensCompared]string // articles.go
	stems := false
	for i := range a {
		stemA[i] = articleStem(a[i], nextWord(a, i), i == 0)
		stems = stems || stemA[i] != ""
	}
	for j := range b {
		stemB[j] = articleStem(b[j], nextWord(b, j), j == 0)
		stems = stems || stemB[j] != ""
	}
	letters := len(a) > 1 && (articleLetterAny(a) || articleLetterAny(b)) // articleletter.go
	for i := range a {
		for j := range b {
			sims[i][j] = s.wordSim(a[i], b[j])
			if stems && sims[i][j] < SameThreshold && (stemA[i] != "" || stemB[j] != "") {
				sims[i][j] = max(sims[i][j], s.stemSim(a[i], b[j], stemA[i], stemB[j])) // Matiur Rahman, Mati ur Rehman
			}
			if dirs && sims[i][j] < 1 && infoOf(a[i]).direction && infoOf(b[j]).direction {
				sims[i][j] = 0 // Centre-Est, Centre-Ouest
			}
			if sims[i][j] < shortVowelScore && len(a) > 1 && (shortVowelsOnly(a[i], b[j]) || shortVowelInserted(a[i], b[j])) {
				sims[i][j] = shortVowelScore // Qasim al-Rimi, Qasim al-Rami; al-Hasri, Husari
			}
			if letters && sims[i][j] < SameThreshold {
				sims[i][j] = max(sims[i][j], s.articleLetterSim(a, b, i, j, rawA, rawB)) // articleletter.go: Zakir Rehman, Zaki Ur-Rehman
			}
			if sims[i][j] < shortVowelScore-conventionPenalty && len(a) > 1 && conventionsOff&(1<<convDutchCh) == 0 {
				sims[i][j] = max(sims[i][j], dutchChShortVowels(a[i], b[j])) // dutchch.go: Abdul Rochim, Abdul Rahim
			}
			if sims[i][j] < shortVowelScore-conventionPenalty && len(a) > 1 && kafKhaShaped(a[i], b[j]) {
				sims[i][j] = max(sims[i][j], khaAsKShortVowels(a[i], b[j]), finalChAsH(a[i], b[j])) // kafkha.go: Fuad Mohammed Kalaf, Khalif; Mullah Naim Barech, Bareh
			}
		}
	}
}

// pairWords pairs each word of a, the shorter name, with a word of b, the
// best-scoring pair of words left first. It returns which words of b are
// paired (usedB), the word of b paired with each word of a (pairOf), the
// pairing's score and its worst pair's.
func pairWords(a, b []string, sims *[maxTokensCompared][maxTokensCompared]float64) (usedB [maxTokensCompared]bool, pairOf [maxTokensCompared]int8, score, worst float64) {
	usedA := [maxTokensCompared]bool{}
	sum, weight := 0.0, 0.0
	worst = 1.0
	for range a {
		bi, bj, best := -1, -1, -1.0
		for i := range a {
			if usedA[i] {
				continue
			}
			for j := range b {
				if !usedB[j] && sims[i][j] > best {
					bi, bj, best = i, j, sims[i][j]
				}
			}
		}
		usedA[bi], usedB[bj] = true, true
		pairOf[bi] = int8(bj)
		w := float64(max(len(a[bi]), len(b[bj])))
		sum += w * best
		weight += w
		worst = min(worst, best)
	}
	// The worst word decides most: names that share a given name but not a
	// surname are different people.
	return usedB, pairOf, worst + worstWordShare*(sum/weight-worst), worst
}

// leftOutPenalties takes from score a penalty for each word of b, the
// longer name, that no word of a is paired with (usedB): optionalPenalty
// for a patronym, a word inside an Arabic name chain, or a further word
// left out of a full name; unmatchedPenalty for any other.
func (s *simState) leftOutPenalties(score, worst float64, a, b []string, optB []bool, rawA, rawB string, usedB []bool) float64 {
	// tail: the shorter name is the first words of a longer one that ends
	// in an Arabic family name or nisba (shortfull.go).
	// person: the rule is for persons' names in lists, not for names in
	// running text nor organisations (shortfull.go).
	// Every word of the shorter name must be one with its word of the
	// longer (worst): a press form writes the given name and surname as
	// the full name does.
	person := !s.inText && !s.orgA && !s.orgB && worst >= SameThreshold
	tail := person && len(a) >= 2 && len(b) > len(a) && usedB[0] && usedB[len(a)-1] && !usedB[len(b)-1] && familyArticleLast(rawB)
	// head: the shorter name is the last words of a longer one, a
	// person's given name in use and surname after given names the
	// shorter leaves out (shortfull.go).
	head := person && len(a) >= 2 && len(b) > len(a)+1 && !usedB[0] && usedLast(usedB, len(a)) && givenNamesBefore(rawB, rawA)
	left := 0 // words left out of the middle (or the tail, or the head) so far
	for j := range b {
		inner := j > 0 && j < len(b)-1 && usedB[0] && usedB[len(b)-1]
		switch {
		case usedB[j]:
		case optB[j] || len(a) >= 3 && len(b) >= 4 && inner:
			// A patronym, or a word inside a chain of four or more whose
			// first and last words are matched: the Arabic name chain
			// (nasab) gives the father's and grandfather's names, which a
			// shorter form leaves out ("Abd-al-Latif Abdallah Salih
			// al-Kuwari", "Abd-al-Latif Abdallah al-Kawari").
			score -= optionalPenalty
		case left > 0 && (person && inner || tail && j >= len(a) || head && j < len(b)-len(a)):
			// A further word of the middle, of an Arabic chain's tail or
			// of the given names before the one in use (shortfull.go):
			// the first one left out says the longer name is a full name
			// ("Georg Wilhelm Friedrich Hegel", "Georg Hegel"); more of
			// them say no more.
			score -= optionalPenalty
		default:
			score -= unmatchedPenalty
			if inner || tail && j >= len(a) || head && j < len(b)-len(a) {
				left++
			}
		}
	}
	return score
}

// markShorter records what the pairing of a, the shorter name, with b says
// a is: a person's name with other initials (s.initials), a name beside its
// kunya (s.kunya), or an organisation's branch or a place's part
// (s.branch).
func (s *simState) markShorter(a, b []string, optB []bool, orgShort bool, rawA, rawB string, usedB []bool, pairOf []int8) {
	if !orgShort && len(a) >= 3 && initialsApart(a, b, usedB, pairOf) {
		s.initials = true // shortfull.go: George H. W. Bush, George W. Bush
	}
	if kunyaAgainstName(a, b, pairOf) {
		s.kunya = true // lookalike.go: Abu Muhammad al-Julani, Muhammad al-Julani
	}
	if orgShort && len(a) >= 2 && len(b) > len(a) && (!usedB[0] && !optB[0] && !possessiveFirst(rawB) || !usedB[len(b)-1] && !optB[len(b)-1]) {
		s.branch = true // an organisation and its branch; not "Iran's Revolutionary Guards"
	}
	if orgShort && !s.branch && len(a) >= 2 && len(b) > len(a) && innerHeadAdded(b, usedB, optB, rawB) {
		s.branch = true // lookalike.go: Islamic Group, Islamic Jihad Group
	}
	for j := 0; len(b) > len(a) && j < len(b); j++ {
		if !usedB[j] && !optB[j] && (infoOf(b[j]).scope || infoOf(b[j]).direction) {
			s.branch = true // Republic of the Congo, Democratic Republic of the Congo
		}
	}
	if !s.branch && len(b) > len(a) && len(a) >= 2 && !usedB[len(b)-1] && regionAdded(b, usedB, rawB) {
		s.branch = true // Islamic State in Iraq and the Levant - Libya
	}
	if !s.branch && len(b) > len(a) && len(a) >= 2 && (!usedB[0] || !usedB[len(b)-1]) && regionQualified(b, usedB) {
		s.branch = true // Virgin Islands, Virgin Islands, U.S.
	}
	if !s.branch && len(b) > len(a) && (!usedB[0] || !usedB[len(b)-1]) && placeBranch(a, b, usedB, rawA, rawB, s.g) {
		s.branch, s.placeBranch = true, true // org_branch_place.go: Islamic State, Islamic State Libya
	}
}

// wordSim compares two folded words: the same word is 1; an initial
// against a word it begins (or one whose first consonant is near)
// initialScore, as is a Malay abbreviation of Muhammad against the name;
// other words their edit similarity (editSim), raised, when under the
// threshold, by what their spelling says they sound like (spellingSim).
func (s *simState) wordSim(x, y string) float64 {
	if x == y {
		return 1
	}
	if len(x) == 1 || len(y) == 1 {
		// An initial: "Q. Soleimani".
		if x[0] == y[0] || consonantCost(rune(x[0]), rune(y[0])) < 0.5 {
			return initialScore
		}
		return 0
	}
	if x[0] == 'm' && y[0] == 'm' && (len(x) <= 4 && muhammadAbbrev(x) && muhammadForm(y) || len(y) <= 4 && muhammadAbbrev(y) && muhammadForm(x)) {
		return initialScore // malay.go: Muh Sholeh Ibrahim
	}
	sim := s.editSim(x, y)
	if sim < SameThreshold {
		sim = s.spellingSim(x, y, sim)
	}
	return sim
}

// spellingSim raises sim, the edit similarity of x and y under the
// threshold, by readings of their spelling, tried in order: a Latin stem
// (latinStem), French au, a glide y, English ea, th, and the conventions
// of conventions.go.
func (s *simState) spellingSim(x, y string, sim float64) float64 {
	if st, ok := latinStem(x, y); ok {
		sim = max(sim, s.latinSim(st, trimVowels(y)))
	} else if st, ok := latinStem(y, x); ok {
		sim = max(sim, s.latinSim(st, trimVowels(x)))
	}
	if sim >= SameThreshold {
		return sim
	}
	marks := spellingMarks(x) | spellingMarks(y)
	if marks&markAu != 0 {
		sim = max(sim, s.editSim(frenchSpoken(x), frenchSpoken(y))-frenchSpellingPenalty)
	}
	if sim < SameThreshold && marks&markY != 0 {
		if gx, gy := glideSpoken(x), glideSpoken(y); gx != x || gy != y {
			sim = max(sim, s.editSim(gx, gy)-glideSpellingPenalty)
		}
	}
	if sim < SameThreshold && marks&markEa != 0 {
		if ex, ey := englishSpoken(x), englishSpoken(y); ex != x || ey != y {
			sim = max(sim, s.editSim(ex, ey)-englishSpellingPenalty)
		}
	}
	if marks&markTh != 0 {
		sim = s.thApartSim(x, y, sim) // "Fath", "Fateh"
	}
	if sim < SameThreshold && sim >= conventionFloor {
		sim = s.conventionSim(x, y, sim) // conventions.go
	}
	return sim
}

// editSim is 1 - (weighted edit distance / length of the longer string), on
// folded keys with the digraphs kh, sh, ch, zh, th read as one letter each.
//
// tokenScore compares each word of one name with every word of the other,
// so x is often the word of the call before: its symbols are then still in
// s.sa (s.saOf), and only y's are read again. Whatever else writes s.sa
// sets s.saOf to "".
func (s *simState) editSim(x, y string) float64 {
	if x != s.saOf || x == "" {
		s.sa = symbolsWith(s.sa[:0], x, true)
		s.saOf = x
	}
	s.sb = symbolsWith(s.sb[:0], y, true)
	return s.editSyms()
}

// editSyms is editSim on the symbols in s.sa and s.sb.
func (s *simState) editSyms() float64 {
	a, b := s.sa, s.sb
	if sim, empty := emptySim(a, b); empty {
		return sim
	}
	n := len(b)
	pre, row := s.editRows(n)
	if cap(s.db) < n {
		s.db = make([]float64, n) // crossSim grows row and pre without it
	}
	db := s.db[:n]
	m := len(a)
	tab := subTable()
	pre[0] = 0
	for j := 1; j <= n; j++ {
		db[j-1] = indelAt(b, j-1)
		pre[j] = pre[j-1] + db[j-1]
	}
	for i := 1; i <= m; i++ {
		da := indelAt(a, i-1)
		ai := a[i-1]
		// n before a labial is m in Hepburn: "Shimpei"/"Shinpei", "Nambu"/"Nanbu".
		nasal := (ai == 'm' || ai == 'n') && i < m && (a[i] == 'p' || a[i] == 'b')
		// row[j] = min(pre[j-1]+sc, pre[j]+da, row[j-1]+db[j-1]), with
		// the row before and this row's last cell in registers. min stays:
		// it compiles to MINSD, without branches; comparisons written out
		// ran fewer instructions but mispredicted 10% more branches of
		// names match (cachegrind's branch model).
		diag, left := pre[0], pre[0]+da
		row[0] = left
		p, r, d := pre[1:][:len(b)], row[1:][:len(b)], db[:len(b)]
		for j, bj := range b {
			var sc float64 // the cost of writing ai for bj
			if uint32(ai)|uint32(bj) < 128 {
				sc = tab.at(ai, bj)
			} else {
				sc = subCostSlow(ai, bj)
			}
			if nasal && (bj == 'm' || bj == 'n') && bj != ai {
				sc = 0.2
			}
			up := p[j]
			v := min(diag+sc, up+da, left+d[j])
			r[j] = v
			diag, left = up, v
		}
		pre, row = row, pre
	}
	cost := pre[n]
	s.pre, s.row = pre, row
	return max(0, 1-cost/float64(max(len(a), len(b))))
}

// emptySim is the similarity of two symbol strings one of which is empty,
// which the edit distance of editSyms and crossSim cannot give (it would
// divide by no letters): 1 when both are, 0 when one is. empty is false,
// and sim 0, when neither is.
func emptySim(a, b []rune) (sim float64, empty bool) {
	switch {
	case len(a) > 0 && len(b) > 0:
		return 0, false
	case len(a) == len(b):
		return 1, true
	}
	return 0, true
}

// editRows returns the two rows, of n+1 cells, of an edit-distance table
// against n letters, grown when they are shorter: editSyms and crossSim
// fill them in turn and put them back swapped (s.pre, s.row = pre, row).
func (s *simState) editRows(n int) (pre, row []float64) {
	if cap(s.row) < n+1 {
		s.row = make([]float64, n+1)
		s.pre = make([]float64, n+1)
	}
	return s.pre[:n+1], s.row[:n+1]
}

// Internal one-letter symbols for the digraphs of folded keys.
const (
	symKh      = 'X'
	symSh      = 'S'
	symCh      = 'C'
	symZh      = 'Z'
	symTh      = 'T'
	symTsLatin = 'Q' // ts: Cyrillic ц, German z and tz after the key's folding (crossSim has its own symTs)
)

// symbols splits a folded key into letters, reading kh, sh, ch, zh and th as
// one letter each.
func symbols(out []rune, k string) []rune { return symbolsWith(out, k, false) }

// symbolsWith is symbols, reading ts as one letter too when ts is set
// (editSim; the cross-script comparison reads ts its own way).
func symbolsWith(out []rune, k string, ts bool) []rune {
	for i := 0; i < len(k); {
		c := k[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(k[i:])
			if r != 'ʹ' && r != 'ʺ' { // ISO 9 and scholarly ь and ъ are not letters: "Lûbanʹskij"
				out = append(out, r)
			}
			i += n
			continue
		}
		if i+1 < len(k) && k[i+1] == 'h' {
			var d rune
			switch c {
			case 'k':
				d = symKh
			case 's':
				d = symSh
			case 'c':
				d = symCh
			case 'z':
				d = symZh
			case 't':
				d = symTh
			}
			if d != 0 {
				out = append(out, d)
				i += 2
				continue
			}
		}
		if ts && c == 't' && i+1 < len(k) && k[i+1] == 's' && (i+2 == len(k) || k[i+2] != 'h') {
			out = append(out, symTsLatin)
			i += 2
			continue
		}
		out = append(out, rune(c))
		i++
	}
	return out
}

func isVowelSym(r rune) bool { return uint32(r) < 256 && vowels[r&255] }

// finalSCost is the cost of a final s after a consonant.
const finalSCost = 0.5

// indelAt is the cost of inserting or deleting w[i]: a vowel at the end of a
// word is a suffix, not a spelling ("Abbas"/"Abbasi", "Niger"/"Nigeria"), and
// costs as much as a consonant.
func indelAt(w []rune, i int) float64 {
	if i == 0 && w[i] == 'j' && len(w) > 1 && w[1] == 'e' {
		return 0.3 // the glide of Russian е in German and Polish spellings: "Jewgeni"/"Evgeni", "Jelena"/"Elena"
	}
	if i == len(w)-1 && w[i] == 's' && i > 1 && !isVowelSym(w[i-1]) && w[i-1] != 's' {
		return finalSCost // the nominative -s of Latvian and Lithuanian, a French silent -s: "Gustavs", "Poitiers"
	}
	if i == len(w)-1 && isVowelSym(w[i]) {
		if w[i] == 'e' && i > 0 && !isVowelSym(w[i-1]) {
			return 0.5 // a silent final e: "Doan"/"Doane", "Pascal"/"Pascale"
		}
		return 1
	}
	return indelCost(w[i])
}

// indelCost is the cost of inserting or deleting one letter: vowels are
// cheap (short vowels come and go between transliterations), h and y
// cheaper than other consonants.
func indelCost(r rune) float64 {
	if uint32(r) < 128 {
		return indelCosts[r] // a load: the switch's tests were branches on the letters
	}
	return indelCostOf(r)
}

// indelCosts is indelCostOf of the ASCII symbols.
var indelCosts = func() (t [128]float64) {
	for r := range t {
		t[r] = indelCostOf(rune(r))
	}
	return t
}()

// indelCostOf is indelCost.
func indelCostOf(r rune) float64 {
	switch {
	case isVowelSym(r):
		return 0.45
	case r == 'y':
		return 0.3
	case r == 'h':
		return 0.5
	}
	return 1
}

// subTable caches subCostSlow for ASCII symbols, which all folded keys use.
// It is built on first use: built at start-up, it was a tenth of every
// bitext command's start-up time.
var subTable = sync.OnceValue(func() *subCosts {
	t := new(subCosts)
	n := 0
	for a := range rune(128) {
		for b := range rune(128) {
			c := subCostSlow(a, b)
			i := 0
			for i < n && t.val[i] != c {
				i++
			}
			if i == n {
				if n == len(t.val) {
					panic("normalize: subTable: more distinct costs than subCosts.val holds")
				}
				t.val[i] = c
				n++
			}
			t.idx[a][b] = uint8(i)
		}
	}
	return t
})

// subCosts holds subCostSlow of every pair of ASCII symbols as an index into
// its few distinct values: 16 KB that the data cache keeps, where a table of
// the values themselves (128 KB) missed it on most look-ups of editSyms.
type subCosts struct {
	idx [128][128]uint8
	val [32]float64
}

// at is subCostSlow(a, b) for ASCII a and b.
func (t *subCosts) at(a, b rune) float64 { return t.val[t.idx[a&127][b&127]&31] }

// subCostSlow is the cost of substituting symbol b for a in the weighted
// edit distance: vowelCost between two vowels, consonantCost between two
// consonants, 1.1 between a vowel and a consonant but for the glides (y, j
// against i, v against u). The distance reads it from subTable for ASCII
// symbols, which all folded keys use.
func subCostSlow(a, b rune) float64 {
	if a == b {
		return 0
	}
	va, vb := isVowelSym(a), isVowelSym(b)
	switch {
	case va && vb:
		return vowelCost(a, b)
	case va != vb:
		if a == 'y' || b == 'y' {
			return 0.3 // y and a vowel: "Yusuf"/"Iusuf"
		}
		if a == 'j' && b == 'i' || a == 'i' && b == 'j' {
			return 0.3 // j is a glide in German and Slavic spellings: "Jakow"/"Iakov", "Vitalij"
		}
		if a == 'v' && b == 'u' || a == 'u' && b == 'v' {
			return 0.4 // waw: "Mawlawi"/"Moulavi"
		}
		return 1.1
	}
	return consonantCost(a, b)
}

// vowelCost: e stands between a and i (Persian e is Arabic i or a:
// "Hezbollah"/"Hizbollah", "Mohammed"/"Mohammad"), so it is near both; a, i
// and u are far from each other, which is what keeps "Salami" from "Salim"
// and "Hasan" from "Husayn".
func vowelCost(a, b rune) float64 {
	if a > b {
		a, b = b, a
	}
	switch string([]rune{a, b}) {
	case "ae", "ei":
		return 0.3
	case "eu":
		return 0.6
	case "au":
		return 0.8
	case "iu":
		return 0.9
	}
	return 1
}

// consonantCost gives the near consonant pairs that transliterations of one
// letter produce their costs; any other pair costs 1.
func consonantCost(a, b rune) float64 {
	if a > b {
		a, b = b, a
	}
	switch string([]rune{a, b}) {
	case "gk": // qaf: "Qasem"/"Ghasem"/"Kassem"
		return 0.3
	case "Xh": // kha: "Khasan"/"Hasan"
		return 0.4
	case "Xk", "Xg": // qaf and ghayn written kh: "Khadafy"
		return 0.5
	case "Tt", "Ts", "Zj", "Zz", "jz", "sz", "Ss": // tha, zhe, jim, zayin
		return 0.4
	case "dz", "Td": // dad, dhal: "Ramadan"/"Ramazan"
		return 0.5
	case "CX": // German ch is kh: "Michail"
		return 0.5
	case "fv", "bp", "CS", "jy", "dt":
		return 0.6
	case "Ck", "Ch": // ch is k in Greek and German names, h in Czech and Croatian: "Nicholas"/"Nikolas", "Michail"/"Mihail"
		return 0.5
	case "Qz": // German z is ts: "Stolz"/"Stoltz", "Franz"/"Frantz"
		return 0.3
	case "Qs", "Qt", "CQ":
		return 0.6
	case "gh": // Ukrainian, Belarusian, Czech h for Russian g: "Bohumil"/"Bogumil", "Ibrahim"/"Ibragim"
		return 0.6
	case "gj":
		return 0.7
	}
	return 1
}
