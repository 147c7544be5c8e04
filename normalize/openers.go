package normalize

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// Ordinary words before a name at a sentence start. Discovery reads a run
// of capitalized words as one name, and at a sentence start the first
// word's capital says nothing: "Later Thabit Mohammad Saeedreza said" is
// the name "Thabit Mohammad Saeedreza" after an adverb. withoutOpeners
// takes such a first word off when the text writes it in lower case
// elsewhere; a word the text never writes so ("later" in a short article)
// stayed, and the name with it was compared with its other spellings as a
// name of four words. openerWords are the closed classes of each language
// whose words open sentences and never begin a name: pronouns, determiners
// other than articles, prepositions, conjunctions and the sentence adverbs
// of time, sequence and connection ("Later", "Meanwhile", "Yesterday",
// "However"). Left out on purpose: articles and name particles (English
// "The", French "Le", "La", German "Die", "Von", Spanish "El", "Del":
// "Le Pen", "Die Zeit", "El Paso" are names), and words that are also given
// names or surnames (English "Will", "May", "Young", "Said"; French "Son",
// "Ma", "Elle"; German "Im", "Bei"; Spanish "Su", "Sin"). Italian,
// Portuguese, Dutch, Russian, Polish and Ukrainian leave out likewise the
// particles and the prepositions fused with an article (Italian "Di", "Da",
// "Del", "Della", "Dalla", "Nel"; Portuguese "Da", "Do", "Dos", "Das",
// "Na", "No"; Dutch "Van", "Ten", "Ter", "In", "Op", "Aan", "Uit", "Die")
// and the words that are names somewhere in the news (Italian "Durante",
// "Salvo", "Mia", "Sue", "Sia", "Mai", "Chi", "Ma", "Lei", "Su", "Ella",
// "Per", "Fra"; Portuguese "Ela", "Durante"; Dutch "Dan", "Al", "Hun",
// "Om", "Na"; Polish "Bo", "To", "Tu", "Tam", "Na", "Po", "Do", "Ta"). Kept
// although a rare given name: Italian "Secondo" and Portuguese "Segundo"
// ("according to", the word most often before a name at a sentence start).
//
// The lists are built the first time discovery asks for them, not when the
// program starts: every other command has no use for them.
var openerWords = sync.OnceValue(func() map[string]map[string]bool {
	return map[string]map[string]bool{
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
		"it": wordSet(`alcune alcuni allora altre altri anche ancora anzi appena attraverso benché
		ciascuno circa ciò come comunque contro così cui dapprima domani dopo dove dunque ecco
		egli entro eppure esse essi esso finalmente fino frattanto già ieri infatti infine
		inizialmente inoltre insieme intanto invece io loro malgrado mentre molti nemmeno
		neppure nessuno niente noi nonché nonostante nostra nostri nostro oggi ogni ognuno oltre
		oppure ora ovvero parecchi perché perciò però pertanto poi poiché precedentemente presso
		prima qualche qualcuno quale quali quando quanto quasi quella quelle quelli quello
		questa queste questi questo qui recentemente sebbene secondo sempre senza siccome
		soltanto sopra sotto spesso subito successivamente suo tramite tranne tuttavia tutti
		tutto verso voi`),
		"pt": wordSet(`afinal agora ainda além algumas alguns alguém aliás amanhã anteriormente
		antes apenas apesar após aquela aquelas aquele aqueles aqui aquilo assim até cada com
		como conforme consequentemente contra contudo desde depois ele eles elas em embora
		enfim enquanto entre então entretanto essa essas esse esses esta estas este estes eu
		finalmente hoje igualmente inclusive inicialmente isso isto já mas mediante meu minha
		muitos nem nenhum nenhuma ninguém nossa nosso nunca nós ontem onde outros para perante
		pois porque porém portanto posteriormente quando quem recentemente segundo sem sempre
		seu sob sobre sobretudo somente também talvez todavia todos ultimamente vários você
		vocês`),
		"nl": wordSet(`aangezien achter alle alleen altijd andere beide bij binnen blijkbaar boven
		bovendien buiten daar daarna daarnaast daarom daardoor dat deze desondanks dit door
		dus echter eerder eerst eindelijk elke en enkele gedurende gisteren hier hij hoe hoewel
		iedereen ieder iedere iets ik immers indien inmiddels intussen jullie kennelijk langs
		later maar met misschien morgen naar nadat naast namelijk namens niemand niets
		niettemin nog nooit nu of omdat onder ondanks ondertussen onlangs ons onze ook over
		overigens rond sinds slechts soms steeds tegen tenzij terwijl tevens tijdens toch toen
		tot trouwens tussen vaak vandaag vanaf vanwege vervolgens via volgens voor voordat
		vroeger waar waarom wanneer want wat we welke wie wij zij zo zodat zodra zonder`),
		"ru": wordSet(`без благодаря более вдобавок вероятно вместо вокруг возможно вопреки впоследствии
		впрочем все всё всегда вскоре вчера где давно даже для до его ее её если ещё еще затем
		зато здесь зачем иногда итак их каждый как когда конечно который которые кроме кстати
		лишь между мы наконец наш недавно несмотря никогда никто но однако он она они оно
		очевидно перед по поэтому позднее позже после потом потому почему почти при про против
		прежде раньше ранее сегодня сейчас сначала следовательно согласно среди так также
		там теперь тогда тоже только тут хотя через чтобы эта эти это этот`),
		"pl": wordSet(`aby albo ale ani bez bowiem chociaż choć czasami czasem często czy
		dlaczego dlatego dla dodatkowo dotąd dzięki dzisiaj dziś gdy gdzie ich jednak jednakże
		jednocześnie jedynie jego jej jeśli jeżeli jeszcze jutro każda każdy kiedy kto który
		która które lecz lub między mimo może nadal najpierw następnie natomiast nawet nic nigdy
		niedawno niektórzy nikt obok około ona oni oprócz oraz ostatecznie ostatnio początkowo
		podczas pomimo ponadto ponieważ potem później poza prawdopodobnie prawie przecież
		przed przez przeciwko przy również także też teraz tutaj tylko tymczasem
		według więc wkrótce właśnie wobec wówczas wreszcie wszyscy wszystko wśród wtedy
		wcześniej wciąż wczoraj zamiast zatem zawsze zaś zresztą żeby`),
		"uk": wordSet(`або але без біля бо вже вона вони воно водночас вчора всі втім він де для
		до досі дуже завдяки завжди завтра замість зараз зате згідно згодом зокрема його
		навіть навколо натомість нарешті незабаром нещодавно ніколи ніхто однак отже перед
		після пізніше поки потім при про проте проти раніше серед спочатку сьогодні також
		тепер теж тоді тому тут усі хоча через чи щоб щодо це ці цей ця її їх якщо який які`),
	}
})

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
	if m, ok := openerWords()[base.String()]; ok {
		return m
	}
	return openerWords()["en"]
}

// opener reports whether word, the first word of a name as written, is an
// ordinary word that may open a sentence before a name: one the text
// writes in lower case elsewhere, an English sentence starter, or an
// opener word of the Discoverer's language written with a capital only
// ("Later", not "LATER" nor "US": a word in capitals may be an acronym).
func (d *Discoverer) opener(word string) bool {
	w := strings.ToLower(word)
	if d.lower[w] || sentenceStarters.get()[w] {
		return true
	}
	if utf8.RuneCountInString(word) > 1 && isAllCaps(word) {
		return false
	}
	if d.openers == nil {
		return openerWords()["en"][w]
	}
	return d.openers[w]
}
