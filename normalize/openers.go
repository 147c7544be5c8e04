package normalize

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Ordinary words before a name at a sentence start. Discovery reads a run
// of capitalized words as one name, and at a sentence start the first
// word's capital says nothing: "Later Thabit Mohammad Saeedreza said" is
// the name "Thabit Mohammad Saeedreza" after an adverb. withoutOpeners
// takes such a first word off when the text writes it in lower case
// elsewhere; a word the text never writes so ("later" in a short article)
// stayed, and the name with it was compared with its other spellings as
// a name of four words. openerWords are the closed classes of each
// language whose words open sentences and never begin a name: pronouns,
// determiners other than articles, prepositions, conjunctions and the
// sentence adverbs of time, sequence and connection ("Later",
// "Meanwhile", "Yesterday", "However"). Left out on purpose: articles and
// name particles (English "The", French "Le", "La", German "Die", "Von",
// Spanish "El", "Del": "Le Pen", "Die Zeit", "El Paso" are names), and
// words that are also given names or surnames (English "Will", "May",
// "Young", "Said"; French "Son", "Ma", "Elle"; German "Im", "Bei";
// Spanish "Su", "Sin").
var openerWords = map[string]map[string]bool{
	"en": wordSet(`about above across after afterwards again against already although always
		amid among another any anyway apparently as before behind below beneath besides between
		beyond both certainly clearly consequently despite each earlier either else elsewhere
		eventually ever every everyone everything few finally first firstly following for
		fortunately from further furthermore hence here hers herself him himself hitherto how
		however indeed initially inside instead into last lastly later lately likewise meanwhile
		moreover much my myself neither never nevertheless next nobody nonetheless none nor
		nothing now nowhere often once only otherwise our ours outside over overall perhaps
		previously recently reportedly secondly separately several similarly since sometimes
		still subsequently then thereafter therefore these though through throughout thus today
		together tomorrow tonight too toward towards ultimately unless unlike until upon
		usually we what whatever when whenever where whereas whether which while who whom whose
		why with within without yesterday yet you your yours`),
	"fr": wordSet(`ainsi alors après auparavant aucun aucune aujourd'hui auprès aussi autrefois
		avant avec car cependant ce ceci cela celle celles celui certains certaines ces cet cette
		chaque chez comme comment contre dans demain depuis dernièrement déjà désormais donc dont
		durant également elles encore enfin ensuite entre et finalement hier ici ils jamais leur
		leurs lors lorsque mais malgré mes néanmoins nous or où par parmi pendant peu plusieurs
		plutôt pour pourquoi pourtant puis puisque quand que quel quelle quelles quels quelques
		qui quoique récemment sans selon ses souvent sous surtout sur tandis toujours tous tout
		toute toutes toutefois très vers voici voilà vous`),
	"de": wordSet(`aber allerdings alle als also andererseits anschließend auch außerdem bereits
		bevor bis da dabei dadurch dafür daher damals damit danach dann darauf darum dass davor
		dennoch deshalb deswegen diese dieser dieses doch dort durch ebenfalls einerseits
		endlich er erst es etwa folglich für gegen gestern heute hier ihr ihre immer indem
		inzwischen jede jeder jedes jedoch jetzt kürzlich laut mit nachdem neben nie nun nur
		ob obwohl oder ohne schließlich schon seine seit seitdem sie sobald sodass sogar somit
		sondern später trotz trotzdem über um und unter vorher während weil wenn wie wir wo
		zudem zuerst zugleich zuletzt zunächst zuvor zwischen`),
	"es": wordSet(`además ahora antes anteriormente aquí así aunque ayer cada como con contra
		cuando desde después durante ella ellas ellos entonces entre esa esas ese esos esta estas
		este estos finalmente hasta hoy luego mientras nosotros nunca para pero por porque
		posteriormente recientemente según siempre sobre también todavía todos tras ustedes`),
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// openersFor returns the opener words of lang's language ([openerWords]),
// the English ones for a language with no list or none given (as
// sentenceStarters has always been read).
func openersFor(lang language.Tag) map[string]bool {
	base, _ := lang.Base()
	if m, ok := openerWords[base.String()]; ok {
		return m
	}
	return openerWords["en"]
}

// opener reports whether word, the first word of a name as written, is an
// ordinary word that may open a sentence before a name: one the text
// writes in lower case elsewhere, an English sentence starter, or an
// opener word of the Discoverer's language written with a capital only
// ("Later", not "LATER" nor "US": a word in capitals may be an acronym).
func (d *Discoverer) opener(word string) bool {
	w := strings.ToLower(word)
	if d.lower[w] || sentenceStarters[w] {
		return true
	}
	if utf8.RuneCountInString(word) > 1 && isAllCaps(word) {
		return false
	}
	if d.openers == nil {
		return openerWords["en"][w]
	}
	return d.openers[w]
}
