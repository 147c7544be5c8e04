package normalize

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Cluster is a set of spellings found in a corpus that are probably one
// name.
type Cluster struct {
	Canonical  string      // the most frequent spelling
	Variants   []FormCount // every spelling, the canonical first, by count
	Confidence float64     // the weakest similarity that links the cluster, 0..1
	// Related are other names of the same thing that are no spelling of
	// it, so that a glossary built from the cluster leaves them out (see
	// [RelatedForm]).
	Related []RelatedForm
}

// A RelatedForm is a name a corpus uses for what a [Cluster] names that is
// not one of its spellings: a short form (the surname "Salami" after
// "Hossein Salami", "al-Muhandis" after "Abu Mahdi al-Muhandis"), an
// acronym ("IRGC") or an alias the default glossary knows ("Daesh" for
// "ISIS"). Why says which.
type RelatedForm struct {
	FormCount
	Why string `json:"why"` // "short form", "acronym", "glossary" or "listed" (org_aliases.go)
}

// FormCount is a spelling, how often it occurs, and where it was first
// seen ("FILE:LINE") when its text came through [Discoverer.AddSource] or
// [Discoverer.AddFS].
type FormCount struct {
	Form  string `json:"form"`
	Count int    `json:"count"`
	Seen  string `json:"seen,omitempty"`
}

// A Discoverer collects candidate names from text and clusters their
// spellings, with no glossary: "Thabit Mohammad Saeed Reza" and "Thabit
// Mohammad Saeedreza" in one article become one cluster. Feed it text with
// Add (any number of times, in pieces cut between sentences) and read the
// clusters with Clusters. Memory grows with the number of distinct names
// (and of the sources each is in, up to maxFormSources), not with the
// text. A Discoverer is not safe for concurrent use.
type Discoverer struct {
	// MinWords is the fewest words a candidate name may have; set it to 2
	// for languages that capitalize every noun (German), where single
	// capitalized words are mostly not names.
	MinWords int
	// Skipped, if set, is told of each file [Discoverer.AddFS] leaves out
	// as binary (a photo, a database): its name and why.
	Skipped func(name, why string)
	// Caseless, if set, is told of each source [Discoverer.AddSource]
	// reads whose head (its first HeadSize bytes) is mostly letters of a
	// script without capitals (Devanagari, Arabic, Han, ...), with a line
	// that names the source and the script and says why it gives no
	// names: discovery finds names as runs of capitalized words and finds
	// none in such a text, which went without a word.
	Caseless func(note string)

	counts map[string]int  // candidate spelling -> occurrences
	lower  map[string]bool // words seen written in lower case
	// initial counts the occurrences of a spelling at the start of a
	// sentence, where its capital says nothing ("Al-Sudani" for "al-Sudani").
	initial map[string]int
	// modifier counts the occurrences of a spelling with a hyphen and a
	// lower-case word after it, the first part of a compound ("System-V"
	// of "System-V-like").
	modifier map[string]int
	kb       keyBuilder

	// seen holds where each spelling was first seen, while text comes
	// with a source name (src); line is the number of the line that the
	// text given to Add starts on.
	seen map[string]string
	src  string
	line int

	// sources holds the sources (numbered from 1 in the order met) each
	// spelling was seen in, at most maxFormSources of them; nsrc counts
	// the sources that gave a name, srcID is lastSrc's number.
	sources map[string][]int32
	srcID   int32
	nsrc    int
	lastSrc string

	// portfolio counts the occurrences of a spelling of three words or
	// more right after a title and "of" or "for" ("Secretary of State Mike
	// Pompeo"): a portfolio, then a name (see withoutOpeners).
	portfolio map[string]int

	// spans counts the occurrences of a spelling that run over a line
	// break in text written one paragraph a line (see unwrapped): there a
	// line break ends a paragraph, and a run over one is two names, or a
	// headline's source and the name that opens the story ("Yahoo! News"
	// then "Seibu's pride": "News Seibu"). Such a run is counted, as it
	// always was, but is no long form of a related short form.
	spans map[string]int

	// headline counts the occurrences of a spelling on a line written in
	// title case (headlineLine): there every word has a capital, so a run
	// of capitals may open with an ordinary word ("Support Amid COVID"),
	// and is no long form of a related short form unless the text also
	// writes it elsewhere.
	headline map[string]int

	// openers are the ordinary words of the corpus's language that open
	// sentences before names (openerWords); nil reads the English ones.
	openers map[string]bool

	// declines: how the corpus's language declines names (declinesNames):
	// forms that differ only in their words' endings (in German only
	// German's endings) are one name's cases ("України", "Україні"),
	// never two spellings.
	declines declension
	// nounClass: the corpus's language writes noun-class prefixes before
	// names (nounClassLang): a form with one is no spelling of another.
	nounClass bool

	// ReadLanguage, when set, makes AddSource read the language of each
	// source it is given (as normalize reads an undeclared text's:
	// langwords.Read of its first HeadSize bytes) and take that source's
	// names as NewDiscovererFor that language would (its openers, two
	// words at least in German, and, for the corpus, a language's declined
	// forms being no spellings when any source declines names); it is
	// called with the source's name and the language read (Lang and Name;
	// LeftOut is 0; language.Und: none read, the Discoverer's own settings
	// kept). Set it on a Discoverer of no language
	// (NewDiscovererFor(language.Und)), the corpus's language unknown.
	ReadLanguage func(source string, read LanguageRead)

	noRelated bool        // Clusters leaves related forms out (they are not looked for)
	typos     bool        // Clusters also joins a one-word typo of a frequent name (typoOf): one text's check
	lastCands []candidate // the candidates of the last Clusters, kept with typos for surnameSlips and initialSlips

	// capsNoName, for a text in capitals (inCapitals), makes Add take no
	// word in capitals for part of a name: there a capital says nothing.
	capsNoName bool

	// nouns holds the words a source in a language that capitalises
	// nouns (MinWords 2) writes after a lower-case determiner, the heads
	// of its common nouns; nounForms holds the spellings counted in such a
	// source (see discover_german.go).
	nouns     map[string]bool
	nounForms map[string]bool
	// soleNouns holds the nouns of nouns the source also writes after a
	// determiner as a word of their own ("der Innenminister."), not only
	// opening a longer run ("der Special Boat Service").
	soleNouns map[string]bool
	// words holds the capitalized words such a source writes alone, no
	// candidate there ("Cohren war langsamer"): the name a genitive
	// before a noun is of (genitiveNoun).
	words map[string]bool
	// saidWords holds those words with their counts and sources, and
	// whether a verb of saying stood before one (germanSaidSlips).
	saidWords map[string]*germanWord
}

// NewDiscoverer returns an empty Discoverer.
func NewDiscoverer() *Discoverer {
	return &Discoverer{counts: map[string]int{}, lower: map[string]bool{}, initial: map[string]int{}, modifier: map[string]int{}, portfolio: map[string]int{}, spans: map[string]int{}, headline: map[string]int{}}
}

// connectors are lower-case words that may stand inside a name ("Abu Mahdi
// al-Muhandis", "Mohammed bin Salman").
var connectors = map[string]bool{
	"al": true, "el": true, "ul": true, "bin": true, "ibn": true, "bint": true, "ben": true,
	"abu": true, "abd": true, "ad": true, "ar": true, "as": true, "ash": true, "at": true, "az": true,
	"an": true, "ut": true, "e": true, "de": true, "van": true, "von": true, "der": true, "da": true,
}

// houseForm is 1 if form is written as a canonical of the default glossary
// ("Islamic Revolutionary Guard Corps"), else 0.
func houseForm(form string) int {
	if e, ok := DefaultGlossary().Lookup(form); ok && e.Canonical == form {
		return 1
	}
	return 0
}

// hyphenCapital reports whether a hyphen and a capital letter follow byte
// offset e of text.
func hyphenCapital(text string, e int) bool {
	if e+1 >= len(text) || text[e] != '-' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[e+1:])
	return unicode.IsUpper(r)
}

// hyphenLower reports whether a hyphen and a lower-case letter follow
// byte offset e of text ("System-V-like").
func hyphenLower(text string, e int) bool {
	if e >= len(text) || text[e] != '-' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[e+1:])
	return unicode.IsLower(r)
}

// sentenceStart reports whether byte offset at of text starts a sentence:
// only spaces, quotes and brackets stand between it and the start of the
// text, a line break or sentence punctuation.
func sentenceStart(text string, at int) bool {
	for i := at; i > 0; {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == '.' || r == '!' || r == '?' || r == '\n' || r == ':':
			return true
		case unicode.IsSpace(r) || strings.ContainsRune("\"'«»“”‘’([", r):
			i -= n
		default:
			return false
		}
	}
	return true
}

// placeLinks are the prepositions written in lower case between hyphens
// inside a town's name, before its river, sea or region: "Rostov-on-Don",
// "Stratford-upon-Avon", "Frankfurt-am-Main", "Boulogne-sur-Mer",
// "Châlons-en-Champagne". (Articles and "de" are connectors.)
var placeLinks = map[string]bool{"on": true, "upon": true, "am": true, "im": true, "sur": true, "en": true, "sous": true}

// descriptors are job titles that are not titles of address: they never
// belong to a name ("Prime Minister Mohammed Shia al-Sudani"): the offices,
// and adjectives and heads that also open the names of bodies.
var descriptors = newLazy(func() map[string]bool {
	m := maps.Clone(offices.get())
	for _, w := range strings.Fields(`prime premier chief commander leader head deputy foreign defense defence interior`) {
		m[Key(w)] = true
	}
	return m
})

// offices are the descriptors that are nouns of office, naming the post a
// person holds ("Director", "Coroner", "Speaker"): written first in a run
// before a name of two words or more ("Director James Cameron") they are
// no part of it. The other descriptors are adjectives or heads that also
// open the names of bodies ("Foreign Ministry", "Chief Rabbinate",
// "Defense Intelligence Agency") and are cut only inside a run (Add).
var offices = newLazy(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`chancellor secretary spokesman spokeswoman spokesperson ambassador
		envoy governor mayor chairman speaker senator founder director coroner sheriff prosecutor
		attorney commissioner`) {
		m[Key(w)] = true
	}
	return m
})

// positions are the abbreviated playing positions of football team
// sheets (goalkeeper, defender, midfielder, forward), which Japanese
// sports news writes before a player's name ("FW Ademilson"): in capitals
// first in a run, they are no part of the name.
var positions = map[string]bool{"GK": true, "DF": true, "MF": true, "FW": true}

// maxCandidateWords is the longest candidate name, in words.
const maxCandidateWords = 6

// maxBlock is the largest block of candidates compared pair by pair: a
// word shared by more candidates than this says little about which are one
// name, and comparing them all would be quadratic.
const maxBlock = 400

// blockPrefix is how many skeleton letters of a word make its second
// block, so that spellings differing at the end of a word meet.
const blockPrefix = 3

// maxCandidates bounds the candidate table: past it, spellings seen once
// are dropped (they cannot be the frequent half of a cluster), which keeps
// memory bounded on any corpus.
const maxCandidates = 1 << 20

// runWord is a word of a run of capitalised words that Add collects: its
// start and end in the text.
type runWord struct{ s, e int }

// trimRun returns the run of words run of text without what stands around
// a name: a leading descriptor that ends in a title ("Ukrainian
// President", "Iraqi Defence Minister"), then leading titles and
// connectors, a noun of office or a playing position that opens it, and
// trailing connectors and titles.
func (d *Discoverer) trimRun(text string, run []runWord) []runWord {
	for i := len(run) - 2; i > 0; i-- {
		if titles.get()[d.wordKey(text[run[i].s:run[i].e])] || descriptors.get()[d.wordKey(text[run[i].s:run[i].e])] {
			run = run[i+1:]
			break
		}
	}
	for len(run) > 0 && (titles.get()[d.wordKey(text[run[0].s:run[0].e])] || connectors[text[run[0].s:run[0].e]] && !hyphenCapital(text, run[0].e)) {
		run = run[1:]
	}
	// A noun of office or a playing position opening the run, before
	// a name ("Director James Cameron", "FW Ademilson"); an office
	// before one word may be the name the text uses ("Director Smith").
	if len(run) >= 3 && offices.get()[d.wordKey(text[run[0].s:run[0].e])] || len(run) >= 2 && positions[text[run[0].s:run[0].e]] {
		run = run[1:]
	}
	for len(run) > 0 && (connectors[text[run[len(run)-1].s:run[len(run)-1].e]] || titles.get()[d.wordKey(text[run[len(run)-1].s:run[len(run)-1].e])]) {
		run = run[:len(run)-1]
	}
	return run
}

// candidateText is a text Add reads, with what it carries from one
// candidate to the next.
type candidateText struct {
	text          string
	lineEnds      bool         // the text's lines end where its sentences do (unwrapped)
	heads         headlineScan // where its headlines are, read on as the candidates come
	nlPos, nlLine int          // lines before byte nlPos of text
}

// count counts the run of words run of ct's text as a candidate: its
// form, first place and source, and the tables of where it stands (across
// a line end, in a headline, at a sentence start, before a hyphenated
// lower-case word, after a title and its portfolio).
func (d *Discoverer) count(ct *candidateText, run []runWord) {
	if len(run) == 1 && d.MinWords >= 2 {
		d.noteWord(ct.text[run[0].s:run[0].e])
		d.noteSaid(ct, run[0].s, ct.text[run[0].s:run[0].e])
	}
	if len(run) == 0 || len(run) > maxCandidateWords || len(run) < d.MinWords {
		return
	}
	form := normSpaces(ct.text[run[0].s:run[len(run)-1].e])
	if d.src != "" {
		// Lines are counted once, up to each candidate in turn.
		ct.nlLine += strings.Count(ct.text[ct.nlPos:run[0].s], "\n")
		ct.nlPos = run[0].s
		if _, ok := d.seen[form]; !ok {
			d.seen[form] = d.src + ":" + strconv.Itoa(d.line+ct.nlLine)
		}
		d.noteSource(form)
	}
	d.counts[form]++
	if d.MinWords >= 2 {
		if d.nounForms == nil {
			d.nounForms = map[string]bool{}
		}
		d.nounForms[form] = true
	}
	if ct.lineEnds && d.spans != nil && strings.IndexByte(ct.text[run[0].s:run[len(run)-1].e], '\n') >= 0 {
		d.spans[form]++
	}
	if d.headline != nil && ct.heads.in(ct.text, run[0].s, run[len(run)-1].e, d.closedWords()) {
		d.headline[form]++
	}
	if sentenceStart(ct.text, run[0].s) {
		d.initial[form]++
	}
	if hyphenLower(ct.text, run[len(run)-1].e) {
		d.modifier[form]++
	}
	if len(run) >= 3 && d.afterPortfolioTitle(ct.text, run[0].s) && d.portfolio != nil {
		d.portfolio[form]++
	}
	if len(d.counts) > maxCandidates {
		d.prune()
	}
}

// Add collects the candidate names of text: runs of capitalized words (with
// connectors such as "al-" and "bin" inside), without leading titles
// (trimRun), each counted where it stands (count).
func (d *Discoverer) Add(text string) {
	var run []runWord
	ct := candidateText{text: text, lineEnds: unwrapped(text)}
	emit := func(run []runWord) { d.count(&ct, run) }
	// nounsCapital: the source capitalises every noun (German); there a
	// run after a determiner opens with a noun (discover_german.go).
	nounsCapital := d.MinWords >= 2
	afterDeterminer, prevTok := false, ""
	flush := func() {
		if nounsCapital && len(run) > 0 {
			if afterDeterminer {
				d.noteNoun(text, run)
			}
			run = d.germanOfCut(text, run, afterDeterminer)
		}
		// A place and its kind before an office ("Acting Khabarovsk Krai
		// Governor Degtyaryov", "Louna District Prosecutor"): the place
		// is a name of its own, as the office's holder after it is.
		if j, k, at := d.placeOfOffice(len(run), func(i int) string { return text[run[i].s:run[i].e] }); k > 0 {
			if at == len(run)-1 {
				run = run[j:k] // the holder comes after a break ("Prosecutor's Office")
			} else {
				emit(run[j:k])
			}
		}
		emit(d.trimRun(text, run))
		run = run[:0]
	}
	// A "!" with no space after it stays inside a name ("Yahoo!News",
	// "E!News"): it ends no sentence there.
	prevEnd := -1
	// Words of URLs and e-mail addresses are no candidates ("https://"
	// then "help.ubuntu.com/community/ThunarCustomActions"), as in the
	// rewrite; hashtags are.
	prot := protector{addressesOnly: true}
	for i := 0; i < len(text); {
		s, e := nextToken(text, i)
		if s < 0 {
			break
		}
		if prot.protected(text, s) {
			// Still a word written in lower case ("isolinux/isolinux.bin").
			if r, _ := utf8.DecodeRuneInString(text[s:e]); unicode.IsLower(r) && len(d.lower) < 1<<20 {
				d.lower[text[s:e]] = true
			}
			i = e
			flush()
			continue
		}
		e = dottedAcronymEnd(text, s, e)
		i = e
		word := text[s:e]
		if prevEnd >= 0 && len(run) > 0 && !joinable(text[prevEnd:s]) && text[prevEnd:s] != "!" && !middleInitial(text, run[len(run)-1].s, run[len(run)-1].e, len(run), text[s:e]) {
			flush()
		}
		hyphenBefore := prevEnd >= 0 && text[prevEnd:s] == "-"
		spaceBefore := prevEnd >= 0 && text[prevEnd:s] == " "
		prevEnd = e
		r, _ := utf8.DecodeRuneInString(word)
		switch {
		case unicode.IsUpper(r) && !(d.capsNoName && !hasLower(word)):
			if len(run) == 0 {
				// "den Tod", not "... ein.\nKovac" (a verb's particle)
				afterDeterminer = nounsCapital && spaceBefore && germanDeterminers[prevTok]
			}
			run = append(run, runWord{s, e})
		case connectors[word] && (len(run) > 0 || hyphenCapital(text, e)) && !(nounsCapital && word == "der" && prevTok != "von" && prevTok != "van") &&
			!(nounsCapital && word == "an" && !hyphenCapital(text, e)):
			// Inside a name, or an article starting one: "al-Sudani".
			// German "der" is the article of a genitive ("die Krise der
			// Regierung") but after "von" or "van" ("von der Leyen").
			// German "an" is a preposition ("Millionen an Opfern");
			// Arabic "an" is joined to its name ("an-Nasiriyah").
			run = append(run, runWord{s, e})
		case hyphenBefore && len(run) > 0 && placeLinks[word] && hyphenCapital(text, e):
			// A town on its river or by the sea: "Rostov-on-Don".
			run = append(run, runWord{s, e})
		default:
			if unicode.IsLower(r) && len(d.lower) < 1<<20 {
				d.lower[word] = true
			}
			flush()
		}
		prevTok = word
	}
	flush()
}

// fillColumn is a width no hard-wrapped line reaches before its last
// space: wrapping tools fill to 70-80 columns (RFC 5322 recommends 78),
// and only a word too long to wrap (a URL) runs past.
const fillColumn = 100

// unwrapped reports whether text is written one paragraph a line rather
// than hard-wrapped: some line has a space after fillColumn characters, so
// no tool wrapped it. A byte count passes over shorter lines cheaply.
func unwrapped(text string) bool {
	for len(text) > fillColumn {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if len(line) <= fillColumn {
			continue
		}
		if sp := strings.LastIndexByte(line, ' '); sp > fillColumn && utf8.RuneCountInString(line[:sp]) > fillColumn {
			return true
		}
	}
	return false
}

// headlineScan tells whether a run lies on a headline line; runs come in
// text order, so each line is read once (from is where the line holding
// the last run asked for starts, to where it ends, head whether it is a
// headline).
type headlineScan struct {
	from, to int
	head     bool
}

// in reports whether text[s:e] lies on one line that is a headline
// (headlineLine).
func (h *headlineScan) in(text string, s, e int, closed map[string]bool) bool {
	if s >= h.to || s < h.from || h.to == 0 {
		h.from = strings.LastIndexByte(text[:s], '\n') + 1
		h.to = len(text)
		if i := strings.IndexByte(text[s:], '\n'); i >= 0 {
			h.to = s + i
		}
		h.head = headlineLine(text[h.from:h.to], closed)
	}
	return h.head && e <= h.to
}

// closedWords are the words of the Discoverer's language that headline
// style capitalises and prose never does inside a sentence: its opener
// words ([openerWords]: prepositions, conjunctions, pronouns, adverbs).
func (d *Discoverer) closedWords() map[string]bool {
	if d.openers == nil {
		return openerWords()["en"]
	}
	return d.openers
}

// headlineLine reports whether line is written in title case, as a
// headline is, and not merely full of names: at least three words of four
// letters or more, all but one in ten of them capitalised (style guides
// leave short function words in lower case, and some leave prepositions
// of any length), one of them a closed-class word (closed: "Amid",
// "After", "With", which AP style capitalises in a headline from four
// letters on and prose writes in lower case) after the line's first word,
// no sentence ending inside (a period, "?" or "!" and a space before a
// capital), and no period at its end. A line of names alone ("Nobuhiko
// HIGASHIKUNI (Nobuhiko HIGASHIKUNI)", "Built by Mitsunari ISHIDA,
// Yoshinaga ASANO") or a sentence full of titles ("Russian President
// Vladimir Putin spoke with the head of the Defense Ministry Sergei
// Shoigu.") is none.
func headlineLine(line string, closed map[string]bool) bool {
	if t := strings.TrimRight(line, " \t\r\"'”’)]"); strings.HasSuffix(t, ".") {
		return false
	}
	long, lower, first := 0, 0, true
	capClosed := false
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		if !unicode.IsLetter(r) {
			if (r == '.' || r == '?' || r == '!') && i+n+1 < len(line) && line[i+n] == ' ' {
				if c, _ := utf8.DecodeRuneInString(line[i+n+1:]); unicode.IsUpper(c) {
					return false
				}
			}
			i += n
			continue
		}
		j, letters := i, 0
		for j < len(line) {
			c, m := utf8.DecodeRuneInString(line[j:])
			if !unicode.IsLetter(c) && c != '\'' && c != '’' {
				break
			}
			j += m
			letters++
		}
		if letters >= 4 {
			long++
			if !unicode.IsUpper(r) {
				lower++
			} else if !first && !capClosed && closed[strings.ToLower(line[i:j])] {
				capClosed = true
			}
		}
		first = false
		i = j
	}
	return capClosed && long >= 3 && lower*10 <= long
}

// middleInitial reports whether the word text[s:e], the last of a run of
// n capitalized words, is a middle initial that next continues: a capital
// letter (not I, the pronoun or a numeral) after a word of the run, then
// a period, one space and next, capitalized and no sentence starter
// ("Robert S. Connan"; not "the Plan B. Then").
func middleInitial(text string, s, e, n int, next string) bool {
	if n < 2 || e != s+1 || text[s] < 'A' || text[s] > 'Z' || text[s] == 'I' || !strings.HasPrefix(text[e:], ". ") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) || len(text) < e+2+len(next) || text[e+2:e+2+len(next)] != next {
		return false
	}
	return !sentenceStarters.get()[strings.ToLower(withoutContraction(next))]
}

// afterPortfolioTitle reports whether the name at byte offset s of text
// follows a title and "of" or "for" ("Secretary of State", "Minister for
// Digital Affairs", "President of the"): the name's first words are then
// the portfolio.
func (d *Discoverer) afterPortfolioTitle(text string, s int) bool {
	head := strings.TrimRight(text[:s], " ")
	if h, ok := strings.CutSuffix(head, " the"); ok {
		head = h
	}
	h, ok := strings.CutSuffix(head, " of")
	if !ok {
		if h, ok = strings.CutSuffix(head, " for"); !ok {
			return false
		}
	}
	title := h[strings.LastIndexFunc(h, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
	if r, _ := utf8.DecodeRuneInString(title); !unicode.IsUpper(r) {
		return false
	}
	k := d.wordKey(title)
	return titles.get()[k] || descriptors.get()[k]
}

// dottedAcronymEnd returns the end of the abbreviation written with dots
// that starts with the word text[s:e] ("U.S.", "U.N."): single capitals
// each followed by a dot, two or more. For anything else it returns e.
func dottedAcronymEnd(text string, s, e int) int {
	upper := func(c byte) bool { return 'A' <= c && c <= 'Z' }
	if e != s+1 || !upper(text[s]) {
		return e
	}
	j, n := s, 0
	for j+1 < len(text) && upper(text[j]) && text[j+1] == '.' {
		j += 2
		n++
	}
	if n < 2 {
		return e
	}
	return j
}

// prune drops the candidates seen once.
func (d *Discoverer) prune() {
	for f, n := range d.counts {
		if n <= 1 {
			delete(d.counts, f)
			delete(d.initial, f)
			delete(d.modifier, f)
			delete(d.seen, f)
			delete(d.sources, f)
			delete(d.portfolio, f)
			delete(d.spans, f)
			delete(d.headline, f)
			delete(d.nounForms, f)
		}
	}
}

func (d *Discoverer) wordKey(w string) string {
	d.kb.lat = appendLatin(d.kb.lat[:0], w)
	d.kb.buf = foldToken(d.kb.buf[:0], d.kb.lat)
	return string(d.kb.buf)
}

// normSpaces writes every run of whitespace in s as one space.
func normSpaces(s string) string {
	if !strings.ContainsAny(s, "\n\t\r\u00A0") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// Clusters returns the clusters of two or more spellings whose confidence
// is at least minConfidence, most frequent first. Spellings with one key
// link with confidence 1; others link when [Same] holds, with their
// [Similarity]; a link through a form that is a spelling of neither never
// puts two forms the matcher calls different in one cluster (see
// linkSpellings). Candidates that are one common word (seen in lower case,
// as "Putting" is) are left out.
func (d *Discoverer) Clusters(minConfidence float64) []Cluster {
	cands, seen := d.candidates()
	sets := newUnionFind(len(cands))
	var typo func(a, b candidate) bool
	if d.typos {
		typo = typoOf
		d.lastCands = cands
	}
	sc := d.sourceContext()
	if typo == nil && sc != nil {
		// Two versions of one story: a letter apart is a slip, and a
		// street's kind is written in one.
		typo = func(a, b candidate) bool { return sc.versionSlip(a, b) || sc.versionKind(a, b) }
	}
	unrelated := sc.unrelated
	if k := d.declines; k != declinesNot {
		unrelated = func(a, b string) bool { return k.forms(a, b) || sc.unrelated(a, b) }
	}
	if d.nounClass {
		prev := unrelated
		unrelated = func(a, b string) bool { return nounClassLinks(a, b) || prev(a, b) }
	}
	linkSpellings(cands, sets, minConfidence, d.spellingTests(cands), typo, unrelated)
	groups := map[int][]int{}
	for i := range cands {
		r := sets.find(i)
		groups[r] = append(groups[r], i)
	}
	var related map[int][]relLink
	if !d.noRelated {
		forms := make([]candForm, len(cands))
		for i, c := range cands {
			forms[i] = candForm{c.form, c.count, c.words}
		}
		related = d.related(forms, groups, sets.find, sc)
	}
	var out []Cluster
	starts := d.cyrillicStarts(cands, groups)
	for r, ids := range groups {
		if related != nil {
			related[r] = d.withoutNounShortForms(cands, related[r])
		}
		if len(ids) < 2 && len(related[r]) == 0 || sets.weakest[r] < minConfidence || starts[r] {
			continue // starts: "Предъявите", "Передавайте", verbs opening sentences
		}
		if cl, ok := newCluster(cands, ids, related[r], sets.weakest[r], seen); ok {
			out = append(out, cl)
		}
	}
	if sc != nil && d.MinWords >= 2 {
		taken := map[string]bool{}
		for _, cl := range out {
			for _, v := range cl.Variants {
				taken[v.Form] = true
			}
		}
		out = append(out, d.germanSaidSlips(sc, taken)...)
	}
	slices.SortFunc(out, func(a, b Cluster) int {
		ta, tb := total(a), total(b)
		if ta != tb {
			return tb - ta
		}
		return cmp.Compare(a.Canonical, b.Canonical)
	})
	return out
}

// candidate is a spelling the Discoverer saw (its forms that differ only
// in case are one), with its count, key and blocks (see candidates).
type candidate struct {
	form   string
	count  int
	key    string
	blocks []string
	words  []string // folded word keys, for the related forms
}

// candidates are the spellings seen that may be names, in the order of
// their forms, and where each form was first seen. Spellings that differ
// only in case are one: the most frequent form, preferring one not in
// capitals. A capital at the start of a sentence is no evidence:
// "Al-Sudani" written there three times loses to "al-Sudani" written once
// inside a sentence (counts of forms seen only at sentence starts come
// last).
func (d *Discoverer) candidates() ([]candidate, map[string]string) {
	type caseGroup struct {
		form       string
		best, all  int
		bestIsCaps bool
	}
	counts, initial, seen := d.withoutOpeners()
	byFold := map[string]*caseGroup{}
	for form, n := range counts {
		f := strings.ToLower(form)
		cg := byFold[f]
		caps := isAllCaps(form)
		if mid := n - initial[form]; mid > 0 {
			n = mid << 20 // inside sentences first
		}
		if cg == nil {
			byFold[f] = &caseGroup{form: form, best: n, all: counts[form], bestIsCaps: caps}
			continue
		}
		cg.all += counts[form]
		if cg.bestIsCaps && !caps || cg.bestIsCaps == caps && (n > cg.best || n == cg.best && form < cg.form) {
			cg.form, cg.best, cg.bestIsCaps = form, n, caps
		}
	}
	var cands []candidate
	for f, cg := range byFold {
		form, n := cg.form, cg.all
		if !strings.ContainsAny(form, " -") && (d.lower[f] || cg.best < 1<<20 && (sentenceStarters.get()[withoutContraction(f)] || d.opener(form))) {
			continue // a common word, or one that starts sentences only ("Since", "They're")
		}
		if d.nounForms[form] && (d.germanNounForm(form, cg.best < 1<<20) || d.genitiveNoun(form)) {
			continue // a German common noun phrase ("Corona-Krise", "Quarantäne Maßnahmen", "Cohrens Pistolenhalter")
		}
		k := Key(form)
		if len(k) < 3 && !(len(k) == 2 && isAllCaps(form)) {
			continue // a two-letter acronym ("IP") may be a related form
		}
		// Blocks: the skeleton of the whole name and of each word of four
		// letters or more; only candidates sharing a block are compared.
		blocks := []string{"n:" + skeletonOf(k)}
		ws := d.kb.words(form)
		var words []string
		if !d.noRelated {
			words = slices.Clone(ws)
		}
		for _, w := range ws {
			if len(w) >= 4 {
				sk := skeletonOf(w)
				blocks = append(blocks, "w:"+sk)
				if len(sk) > blockPrefix {
					// Endings vary too ("Streitkräfte", "Streitkräften"),
					// and so do beginnings: a letter lost or changed early
					// ("Astrakhan", "Asrakhan"; "Tsirkon", "Zircon").
					blocks = append(blocks, "p:"+sk[:blockPrefix])
					if len(ws) == 1 {
						blocks = append(blocks, "s:"+sk[len(sk)-blockPrefix:])
					}
				}
			}
		}
		cands = append(cands, candidate{form, n, k, blocks, words})
	}
	slices.SortFunc(cands, func(a, b candidate) int { return cmp.Compare(a.form, b.form) })
	return cands, seen
}

// withoutContraction returns word (in lower case) without the English
// contraction it ends in ("they're" -> "they", "it’s" -> "it").
func withoutContraction(word string) string {
	for _, c := range []string{"'re", "'ve", "'ll", "'d", "'m", "'s", "’re", "’ve", "’ll", "’d", "’m", "’s"} {
		if w, ok := strings.CutSuffix(word, c); ok {
			return w
		}
	}
	return word
}

// unionFind is the sets of candidates found to be one name, each with the
// weakest link that joined it.
type unionFind struct {
	parent  []int
	weakest []float64 // of each root's set
}

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n), weakest: make([]float64, n)}
	for i := range u.parent {
		u.parent[i] = i
		u.weakest[i] = 1
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins the sets of a and b by a link of similarity s.
func (u *unionFind) union(a, b int, s float64) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		u.weakest[ra] = min(u.weakest[ra], s)
		return
	}
	u.parent[rb] = ra
	u.weakest[ra] = min(u.weakest[ra], u.weakest[rb], s)
}

// linkSpellings joins the candidates that are one name: those with one
// key, and those sharing a block that are as similar as SameThreshold
// and minConfidence ask (not inflections of one word), unless tests say
// the two are not spellings of one name, or unrelated that the corpus
// gives no sign of one (asked last, of the pairs that would join).
//
// Two candidates the matcher calls different never end in one set through
// a form that is a spelling of neither (see [linkSet.join]): "Mark
// Untranslated Segments" and "Mark Translated Segments" score 0.800 (a
// negating prefix), each 0.92 with "Mark Segments", and a set of every
// link held both opposites.
func linkSpellings(cands []candidate, sets *unionFind, minConfidence float64, tests *spellingTests, typo func(a, b candidate) bool, unrelated func(a, b string) bool) {
	ls := newLinkSet(cands, max(SameThreshold, minConfidence))
	byKey := map[string]int{}
	for i, c := range cands {
		if len(c.key) < 3 {
			continue // a two-letter acronym is only ever a related form
		}
		k := c.key
		if acronymLike(c.form) {
			k = "acronym:" + acronymLetters(c.form) // "Ctrl-C" and "Ctrl-Q" sound alike but are two keys
		}
		if j, ok := byKey[k]; ok {
			if !tests.apart(j, i) && !unrelated(cands[j].form, c.form) {
				ls.link(j, i, 1)
			} else {
				ls.notLinked(j, i, unscored)
			}
		} else {
			byKey[k] = i
		}
	}
	byBlock := map[string][]int{}
	for i, c := range cands {
		if len(c.key) < 3 {
			continue
		}
		for _, b := range c.blocks {
			byBlock[b] = append(byBlock[b], i)
		}
	}
	compared := map[[2]int]bool{}
	sim := ls.sim // each candidate prepared once, not once a pair
	for _, ids := range byBlock {
		if len(ids) > maxBlock {
			continue // a word too common to tell names apart ("Mohammad")
		}
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				i, j := ids[x], ids[y]
				a, b := cands[i], cands[j]
				if a.key == b.key || compared[[2]int{i, j}] {
					continue
				}
				compared[[2]int{i, j}] = true
				if isInflection(a.form, b.form) {
					continue // "Americans"/"American" are one word, not two spellings
				}
				if acronymLike(a.form) || acronymLike(b.form) {
					ls.notLinked(i, j, 0) // spelled letter by letter: "GPU" is no spelling of "CPU", nor "KiB" of "GiB"
					continue
				}
				if tests.apart(i, j) || tests.acronymWordLost(i, j) {
					ls.notLinked(i, j, unscored)
					continue
				}
				switch s := sim.Similarity(a.form, b.form); {
				case s >= SameThreshold && s >= minConfidence && !unrelated(a.form, b.form):
					ls.link(i, j, s)
				case s < SameThreshold && typo != nil && SameThreshold >= minConfidence && typo(a, b) && !unrelated(a.form, b.form):
					ls.link(i, j, SameThreshold)
				default:
					ls.notLinked(i, j, s)
				}
			}
		}
	}
	ls.join(sets)
}

// A linkSet is the links linkSpellings found between candidates, each with
// its similarity, and the pairs it compared and did not link that may be
// spellings of each other (see mayBeSpellings).
type linkSet struct {
	cands  []candidate
	links  []spellLink
	apart  [][]apartPair // of each candidate, those compared and not linked
	cutoff float64       // the least similarity of a link
	sim    *checkSim
	shapes []wordShape // of each candidate, once read
}

func newLinkSet(cands []candidate, cutoff float64) *linkSet {
	return &linkSet{cands: cands, apart: make([][]apartPair, len(cands)), cutoff: cutoff, sim: newCheckSim(), shapes: make([]wordShape, len(cands))}
}

type spellLink struct {
	i, j int32
	s    float64
}

// An apartPair is a candidate compared with another and not linked, and
// their similarity, or unscored when a test left them apart before it was
// asked.
type apartPair struct {
	j int32
	s float32
}

const unscored = -1

// wordShape is what mayBeSpellings reads of a form: how many name words
// it has (nameWords) and how many letters their keys have in all.
type wordShape struct {
	ready          bool
	words, letters int
}

func (l *linkSet) link(i, j int, s float64) {
	l.links = append(l.links, spellLink{int32(i), int32(j), s})
}

// notLinked keeps candidates i and j, compared and not linked with
// similarity s, if they may be a spellingPair.
func (l *linkSet) notLinked(i, j int, s float64) {
	if !l.mayBeSpellings(i, j) {
		return
	}
	l.apart[i] = append(l.apart[i], apartPair{int32(j), float32(s)})
	l.apart[j] = append(l.apart[j], apartPair{int32(i), float32(s)})
}

// mayBeSpellings is false for candidates i and j that are no spellingPair
// by their shapes alone: they have not as many name words, not both one,
// and the letters of their word keys differ by more than two (see
// alignedWords; swapped words are as many): "Kyoto Station", "Kyoto
// Prefectural Route". Keeping every pair compared and not linked took a
// third more memory on a text of many names (the Kyoto Wikipedia corpus).
func (l *linkSet) mayBeSpellings(i, j int) bool {
	a, b := l.shape(i), l.shape(j)
	return a.words == b.words || a.words < 2 && b.words < 2 || a.letters-b.letters <= 2 && b.letters-a.letters <= 2
}

func (l *linkSet) shape(i int) wordShape {
	sh := &l.shapes[i]
	if !sh.ready {
		sh.ready = true
		for _, w := range nameWords(l.cands[i].form) {
			sh.words++
			sh.letters += len(Key(w))
		}
	}
	return *sh
}

// join makes sets of the links, strongest first (then in candidate
// order). A link between two forms that are no spellings of each other (a
// shorter form, a word more: not a spellingPair) is left out when it would
// put in one set two candidates the matcher calls different (similarity
// below the cutoff) that a cluster could list as two spellings of one
// name, so that a shorter form linked to two such names joins the one it
// is closer to, the other staying a set of its own ("Mark Segments" and
// "Mark Translated Segments" or "Mark Untranslated Segments"). Links
// between spellings join as before: a chain of spellings whose ends score
// just below SameThreshold is one name more often than not ("Hizbollah",
// "Hezbollah", "Hezballah"; the ends 0.843). A set's weakest is the
// weakest link inside it, the links left out not counted. Checking a join
// reads the pairs not linked of the smaller set's members (each member is
// on the smaller side at most log2(n) times), so the work grows with the
// pairs compared, not with the square of a set.
func (l *linkSet) join(sets *unionFind) {
	cands := l.cands
	slices.SortFunc(l.links, func(a, b spellLink) int {
		if c := cmp.Compare(b.s, a.s); c != 0 {
			return c
		}
		if c := cmp.Compare(a.i, b.i); c != 0 {
			return c
		}
		return cmp.Compare(a.j, b.j)
	})
	members := map[int][]int32{} // of each root of two or more
	of := func(r int) []int32 {
		if m, ok := members[r]; ok {
			return m
		}
		return []int32{int32(r)}
	}
	refused := map[[2]int]bool{} // root pairs found to hold a different pair
	for _, k := range l.links {
		ra, rb := sets.find(int(k.i)), sets.find(int(k.j))
		if ra == rb {
			sets.union(ra, rb, k.s)
			continue
		}
		ma, mb := of(ra), of(rb)
		if !spellingPair(cands[k.i].form, cands[k.j].form) {
			key := [2]int{min(ra, rb), max(ra, rb)}
			if refused[key] {
				continue
			}
			small, other := ma, rb
			if len(mb) < len(ma) {
				small, other = mb, ra
			}
			if l.holdsDifferent(sets, small, other) {
				refused[key] = true
				continue
			}
		}
		sets.union(ra, rb, k.s)
		delete(members, ra)
		delete(members, rb)
		if len(ma) < len(mb) {
			ma, mb = mb, ma
		}
		members[sets.find(ra)] = append(ma, mb...) // ma is the merged sets' own: no copy
	}
}

// holdsDifferent reports whether a candidate of small and one in the set of
// root other were compared and not linked, score below the cutoff (a pair
// a test left apart is scored now), and are a spellingPair.
func (l *linkSet) holdsDifferent(sets *unionFind, small []int32, other int) bool {
	cands := l.cands
	for _, x := range small {
		for n, p := range l.apart[x] {
			if sets.find(int(p.j)) != other || !spellingPair(cands[x].form, cands[p.j].form) {
				continue
			}
			if p.s == unscored {
				p.s = float32(l.sim.Similarity(cands[x].form, cands[p.j].form))
				l.apart[x][n] = p
			}
			if float64(p.s) < l.cutoff {
				return true
			}
		}
	}
	return false
}

// spellingPair reports whether a cluster could list forms a and b as two
// spellings of one name, were they in one (see [Cluster.spellings]): word
// for word alike, or two words swapped; neither with a word more than the
// other, nor a derived word ("Mark Untranslated Segments", "Mark
// Translated Segments"; not "Yakushi Ruriko Nyorai", "Yakushi Nyorai",
// nor "Hungary", "Hungarian"). Only such a pair keeps two sets apart: a
// long and a short form of one name may score below SameThreshold, and a
// cluster never lists them as two spellings.
func spellingPair(a, b string) bool {
	return !extendsWords(a, b) && !extendsWords(b, a) && (alignedWords(a, b) || swappedNames(a, b)) && !derivedWord(a, b)
}

// maxAcronymLetters is the most letters of a form acronymLike takes.
const maxAcronymLetters = 5

// acronymLike reports whether form is one token read letter by letter: at
// most maxAcronymLetters letters, two or more of them capitals ("CPU",
// "DRAM", "GiB", "Ctrl-C"). Two such forms are two names unless they have
// the same letters (in another case or with dots: acronymLetters), a
// letter apart or not, and whatever their sound-alike keys say.
func acronymLike(form string) bool {
	letters, caps := 0, 0
	for _, r := range form {
		switch {
		case unicode.IsSpace(r):
			return false
		case unicode.IsUpper(r):
			caps++
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return caps >= 2 && letters <= maxAcronymLetters
}

// acronymLetters returns the letters and digits of form in upper case:
// "U.S." and "US" are one acronym.
func acronymLetters(form string) string { return lettersIn(form, unicode.ToUpper) }

// lettersIn returns the letters and digits of form, each in the case
// toCase gives, without the characters between them.
func lettersIn(form string, toCase func(rune) rune) string {
	var b strings.Builder
	for _, r := range form {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(toCase(r))
		}
	}
	return b.String()
}

// newCluster is the cluster of the candidates ids and their related forms:
// the variants most frequent first (a tie to the default glossary's house
// style, then to more words), the first the canonical; ok is false when
// fewer than two forms an entry would take are left and nothing related.
func newCluster(cands []candidate, ids []int, related []relLink, confidence float64, seen map[string]string) (Cluster, bool) {
	cl := Cluster{Confidence: confidence}
	for _, i := range related {
		cl.Related = append(cl.Related, RelatedForm{FormCount{cands[i.id].form, cands[i.id].count, seen[cands[i.id].form]}, i.why})
	}
	for _, i := range ids {
		cl.Variants = append(cl.Variants, FormCount{cands[i].form, cands[i].count, seen[cands[i].form]})
	}
	slices.SortFunc(cl.Variants, func(a, b FormCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		if c := cmp.Compare(houseForm(b.Form), houseForm(a.Form)); c != 0 {
			return c
		}
		if c := cmp.Compare(strings.Count(b.Form, " "), strings.Count(a.Form, " ")); c != 0 {
			return c
		}
		return cmp.Compare(a.Form, b.Form)
	})
	cl.Canonical = cl.Variants[0].Form
	// Only the forms an entry would take (Cluster.spellings): a form with
	// words around the name ("Selon Thabet Mohammed Saïd Reza", French
	// "according to") is not proposed, which names import of the report
	// took as a variant, deleting the word.
	keep := cl.spellings()
	cl.Variants = slices.DeleteFunc(cl.Variants, func(v FormCount) bool { return v.Form != cl.Canonical && !slices.Contains(keep, v.Form) })
	return cl, len(cl.Variants) >= 2 || len(cl.Related) > 0
}

// withoutOpeners returns the candidate counts, sentence-start counts and
// first places with an ordinary word that opens a sentence taken off the
// name it stands before: "Again Thabit Mohammad Saeedreza", seen only at the
// start of sentences, is "Thabit Mohammad Saeedreza" when "again" is seen
// in lower case elsewhere, or is an ordinary word that starts sentences
// and not names even when it is not: an English sentence starter ("Then",
// sentenceStarters) or an opener word of the language ("Later",
// "Ensuite", "Später": openerWords; openersOff), and a name after a title
// and its portfolio taken out of the portfolio ("Secretary of State Mike
// Pompeo": portfolioNamesOff). The Discoverer's own tables are left as
// they are.
func (d *Discoverer) withoutOpeners() (counts, initial map[string]int, seen map[string]string) {
	t := candidateTables{counts: d.counts, initial: d.initial, seen: d.seen}
	d.openersOff(&t)
	d.nounTitlesOff(&t)
	d.portfolioNamesOff(&t)
	return t.counts, t.initial, t.seen
}

// candidateTables are a Discoverer's candidate counts, sentence-start
// counts and first places as withoutOpeners moves forms in them: the
// Discoverer's own maps until the first move, then copies (own).
type candidateTables struct {
	counts, initial map[string]int
	seen            map[string]string
	copied          bool
}

// own makes t's maps copies of the Discoverer's, once, before t changes.
func (t *candidateTables) own() {
	if !t.copied {
		t.counts, t.initial, t.seen = maps.Clone(t.counts), maps.Clone(t.initial), maps.Clone(t.seen)
		t.copied = true
	}
}

// openersOff moves each form seen only at sentence starts whose first word
// is an opener (d.opener) to the form without that word.
func (d *Discoverer) openersOff(t *candidateTables) {
	// Longer forms first, each read with what the longer ones moved to it:
	// "És La Santa Rojáról" at sentence starts makes "La Santa Rojáról" a
	// name seen inside a sentence, which keeps its "La". (In the order of
	// the map, the result changed from one run to the next.)
	var forms []string
	for form := range d.counts {
		if strings.IndexByte(form, ' ') >= 0 {
			forms = append(forms, form)
		}
	}
	slices.SortFunc(forms, func(a, b string) int {
		if c := cmp.Compare(strings.Count(b, " "), strings.Count(a, " ")); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	for _, form := range forms {
		sp := strings.IndexByte(form, ' ')
		n := t.counts[form]
		if t.initial[form] != n || !d.opener(form[:sp]) {
			continue
		}
		t.own()
		rest := form[sp+1:]
		if d.nounForms[form] && (germanDeterminers[strings.ToLower(form[:sp])] || d.germanAdjective(form[:sp])) && !strings.ContainsAny(rest, " -") && !isAllCaps(rest) {
			// One word after an article or an adjective where every
			// noun has a capital ("Die Bauern", "Schwierige Ehefrau"):
			// a noun, no name (MinWords). After another opener it may
			// be a name ("Bei Ronaldo"), and so may an acronym ("Die
			// TTP").
			delete(t.counts, form)
			delete(t.initial, form)
			continue
		}
		if d.nounForms[form] {
			d.nounForms[rest] = true // "Die Corona-Krise": still German
		}
		t.counts[rest] += n
		if _, ok := t.seen[rest]; !ok && t.seen != nil {
			t.seen[rest] = t.seen[form]
		}
		delete(t.counts, form)
		delete(t.initial, form)
	}
}

// portfolioNamesOff moves a name after a title and "of" or "for" to its
// last two words when the text writes the last alone, or the portfolio is
// one descriptor ("Defense"), and never in lower case (a surname:
// "Secretary of State Mike Pompeo", "Pompeo said"), the rest the
// portfolio. Not otherwise: "President of the International Olympic
// Committee" is one name.
func (d *Discoverer) portfolioNamesOff(t *candidateTables) {
	var ports []string
	for form := range d.portfolio {
		ports = append(ports, form)
	}
	slices.Sort(ports)
	for _, form := range ports {
		ws := strings.Fields(form)
		last := ws[len(ws)-1]
		n := min(d.portfolio[form], t.counts[form])
		if n == 0 || d.lower[strings.ToLower(last)] {
			continue
		}
		// A one-word portfolio that is a descriptor ("Minister of Defense
		// Sergei Shoygu") leaves a name of two words even when the text
		// never writes the surname alone.
		if t.counts[last] == 0 && !(len(ws) == 3 && descriptors.get()[d.wordKey(ws[0])]) {
			continue
		}
		t.own()
		name := ws[len(ws)-2] + " " + last
		t.counts[name] += n
		if _, ok := t.seen[name]; !ok && t.seen != nil {
			t.seen[name] = t.seen[form]
		}
		if t.counts[form] -= n; t.counts[form] == 0 {
			delete(t.counts, form)
			delete(t.initial, form)
		}
	}
}

// isInflection reports whether a and b differ only by an English plural or
// possessive ending on the last word.
func isInflection(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	rest, ok := strings.CutPrefix(b, a)
	if !ok {
		return false
	}
	switch rest {
	case "s", "es", "'s", "’s", "'", "’":
		return true
	}
	return false
}

func total(c Cluster) int {
	n := 0
	for _, v := range c.Variants {
		n += v.Count
	}
	return n
}

// Entry returns the cluster as a glossary entry: its canonical form and the
// other spellings as variants (see [Cluster.spellings]).
func (c Cluster) Entry() Entry {
	return Entry{Canonical: c.Canonical, Variants: c.spellings()}
}

// spellings returns the forms of c other than its canonical that are
// spellings of it: not a form of c with words before or after it
// ("Selon Thabet Mohammed Saïd Reza", French "according to"), nor one the
// canonical is with such words ("Verteidigungsminister Thabet Mohammed
// Said Reza"): rewriting those would add or delete the words.
func (c Cluster) spellings() []string {
	var out []string
	for _, v := range c.Variants {
		if v.Form == c.Canonical || extendsWords(c.Canonical, v.Form) || !alignedWords(v.Form, c.Canonical) && !swappedNames(v.Form, c.Canonical) && !kindAligned(v.Form, c.Canonical) || derivedWord(v.Form, c.Canonical) {
			continue
		}
		longer := false
		for _, w := range c.Variants {
			// (A form the canonical itself extends says nothing.)
			if w.Form != v.Form && extendsWords(v.Form, w.Form) && !extendsWords(c.Canonical, w.Form) {
				longer = true
				break
			}
		}
		if !longer {
			out = append(out, v.Form)
		}
	}
	return out
}

// alignedWords reports whether forms a and b can be spellings of one name
// word for word: false when a word (by key) of both stands in another
// place in each, counted from the start and from the end ("I am", "Am I";
// "Almighty God", "God Almighty"; "Sir Henry", "Henry Morgan"), or when
// the words of the shorter are the longer's with words left out
// ("Mohammed al-Sudani", "Mohammed Shia al-Sudani": a short form), or
// when they have a word more or less and more than two letters of keys
// differ in all.
func alignedWords(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	ka, kb := keysOf(wa), keysOf(wb)
	if len(ka) < 2 && len(kb) < 2 {
		return true
	}
	for i, k := range ka {
		if j := slices.Index(kb, k); k != "" && j >= 0 && i != j && len(ka)-i != len(kb)-j {
			return false
		}
	}
	alike := func(i, j int) bool {
		initial := (len(ka[i]) == 1 || len(kb[j]) == 1) && ka[i][0] == kb[j][0] // "S.", "Shia"
		return ka[i] == kb[j] || initial || Similarity(wa[i], wb[j]) >= minWordSimilarity
	}
	if len(ka) == len(kb) {
		// Word for word, each pair alike or an initial of the other:
		// "Kiev Thabit Mohammad Saeed Reza" is no spelling of "Hizbollah
		// Thabit Mohammad Saeed Reza".
		for i := range ka {
			if !alike(i, i) {
				return false
			}
		}
		return true
	}
	// With words joined or split, the first words or the last are alike:
	// "Thabit Mohammad Saeedreza They" is no spelling of "Kiev Thabit
	// Mohammad Saeed Reza".
	if len(ka) == 0 || len(kb) == 0 || !alike(0, 0) && !alike(len(ka)-1, len(kb)-1) {
		return false
	}
	// Words joined or split ("Saeed Reza", "Saeedreza") leave the letters
	// much as they were; a word more or less does not ("Ahmad Mirzaei",
	// "Ahmed Mirzaei Kiev").
	if d := len(strings.Join(ka, "")) - len(strings.Join(kb, "")); d > 2 || d < -2 {
		return false
	}
	short, long := ka, kb
	if len(short) > len(long) {
		short, long = long, short
	}
	j := 0
	for _, k := range long {
		if j < len(short) && k == short[j] {
			j++
		}
	}
	return j < len(short)
}

// minWordSimilarity is the least Similarity of two words in one place of
// two spellings of a name, when their keys start differently ("Qassem",
// "Ghasem" 0.94; "Kiev", "Hizbollah" 0.23).
const minWordSimilarity = 0.5

// nameWordKeys returns the keys of the words of name, cut at spaces and
// hyphens ("Elizabeth-Ysobel").
func nameWordKeys(name string) []string { return keysOf(splitName(name)) }

// keysOf returns the key of each word.
func keysOf(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = Key(w)
	}
	return out
}

// splitName returns the words of name that have a key, cut at spaces and
// hyphens.
func splitName(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '‐' || r == '–' }) {
		if Key(w) != "" {
			out = append(out, w)
		}
	}
	return out
}

// nameWords returns the words of name without connectors ("al-", "bin"),
// cut at spaces and hyphens as splitName cuts them.
func nameWords(name string) []string {
	return slices.DeleteFunc(splitName(name), func(w string) bool { return connectors[strings.ToLower(w)] })
}

// derivationEndings are English endings that make a word of another: a
// demonym or adjective of a place ("Hungary", "Hungarian"), a plural
// ("Frenchman", "Frenchmen"), an Arabic nisba ("Sudan", "Sudani").
var derivationEndings = map[string]bool{
	"": true, "s": true, "es": true, "n": true, "ns": true, "an": true, "ans": true, "ian": true,
	"ians": true, "ish": true, "itish": true, "ite": true, "ites": true, "ese": true, "er": true,
	"ers": true, "man": true, "men": true, "ic": true, "y": true, "i": true,
}

// derivedWord reports whether one-word forms a and b are one stem of four
// letters or more with two derivationEndings ("Hungary", "Hungarian";
// "Swedes", "Swedish"): other words, no spellings. Endings of one letter
// each are spellings ("Zelenski", "Zelensky"; "Dmitri", "Dmitriy"), except
// the nisba and the demonym in -n ("Sudani", "Cambrian").
func derivedWord(a, b string) bool {
	if strings.ContainsAny(a, " -") || strings.ContainsAny(b, " -") {
		return false
	}
	a, b = strings.ToLower(a), strings.ToLower(b)
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for p := n; p >= 4; p-- {
		ra, rb := a[p:], b[p:]
		if ra == rb || !derivationEndings[ra] || !derivationEndings[rb] {
			continue
		}
		if len(ra) <= 1 && len(rb) <= 1 && ra+rb != "n" && ra+rb != "i" {
			continue
		}
		return true
	}
	return false
}

// extendsWords reports whether long is short with whole words before or
// after it, the words compared by key ("Selon Thabet Mohammed Saïd Reza",
// "Thabet Mohammed Said Reza"; "Saeed Reza" is "Saeedreza" there).
func extendsWords(long, short string) bool {
	wl, ws := nameWordKeys(long), nameWordKeys(short)
	if len(wl) <= len(ws) {
		return false
	}
	k := strings.Join(ws, "")
	if k == "" {
		return false
	}
	for i := range wl {
		joined := ""
		for j := i; j < len(wl) && len(joined) < len(k); j++ {
			joined += wl[j]
			if joined == k && (i > 0 || j < len(wl)-1) {
				return true
			}
		}
	}
	return false
}
