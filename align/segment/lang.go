package segment

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// abbrKind says how an abbreviation followed by a period behaves.
type abbrKind uint8

const (
	abbrNone abbrKind = iota
	// abbrTitle precedes a name or a noun ("Mr.", "Gen.", "z.", "e.g."):
	// it never ends a sentence when a word follows.
	abbrTitle
	// abbrNumber precedes a number ("No. 5", "Fig. 3", "pp. 12"): no
	// sentence end before a digit; otherwise an ordinary word.
	abbrNumber
	// abbrFinal may stand at the end of a sentence ("etc.", "Inc.", "Jr.",
	// "U.S."): it ends one only when a sentence starter ("The", "He") follows.
	abbrFinal
	// abbrEtc closes an enumeration ("etc.", "itd.", "atď.", "и т.н.",
	// "т.б.", "κ.λπ.") or is a month or weekday ("Oct.", "janv."): what
	// follows it inside a sentence is a verb, a number or punctuation, so
	// outside languages that capitalize nouns it ends a sentence before
	// any capital, not only before a listed starter ("in Oct. Economists").
	abbrEtc
	// abbrTime is "a.m."/"p.m.": it ends a sentence before any capitalized
	// word, since a clock time is rarely followed by a proper noun.
	abbrTime
	// abbrUnit is a unit, currency or count after a number ("млн.", "руб.",
	// "tys.", "Mrd.", "лв.", and "г."/"r." for the year): after a number or
	// another unit ("5 млн. руб. Это") it ends a sentence before any
	// capital (before a starter where nouns are capitalized), unless the
	// sentence so far is only an opening date ("В 2020 г. Россия ...").
	// Without a number before it, it is a final abbreviation ("г. Москва").
	abbrUnit
)

// langData is the per-language knowledge of the rule-based segmenter.
type langData struct {
	tag  language.Tag
	abbr map[string]abbrKind // lower-cased, without the final period
	// abbrCase holds abbreviations matched with their case, looked up
	// before abbr: Greek "π.Χ." (BC) may end a sentence, "π.χ." (e.g.)
	// never does, and lower-casing would merge the two.
	abbrCase map[string]abbrKind
	starters map[string]bool // words that typically start a sentence, lower-cased
	months   map[string]bool // month names, lower-cased, for ordinals ("3. Oktober")
	// quotatives are words that carry a sentence on after a quotation
	// closed by a full stop (Burmese "” ဟု ပြောသည်", Amharic "» አሉ"):
	// scripts without case cannot tell them from a new sentence otherwise.
	quotatives map[string]bool
	// letterWords are lower-case one-letter words that may end a
	// sentence ("сделал я.", "così è.", "Dank u."): before a capital they
	// are words, not initials.
	letterWords map[string]bool
	// yearTitles are titles that end a sentence after a year, when the
	// sentence is more than an opening date and a starter follows.
	yearTitles map[string]bool
	// compounds are abbreviations that also end a compound word before a
	// number: "Goethestr. 5" (Straße).
	compounds map[string]bool
	// ordinals: a number followed by a period is an ordinal unless a
	// sentence starter follows ("am 2. Mai", "den 3. juni").
	ordinals bool
	// capNouns: nouns are capitalized (German), so a capital at the start of
	// a wrapped line says nothing; only a starter word begins a new sentence.
	capNouns bool
	// greekQuestion: ";" is the question mark (Greek).
	greekQuestion bool
	// colonStop: ":" ends a sentence before a capital or a digit (Armenian
	// typed without ։).
	colonStop bool
	// periodPause: a single "." is a pause, not a full stop (the Armenian
	// mijaket, typed as a period, introduces an explanation or a quotation:
	// "Պատասխանում եմ. սեր"); the full stop is "։". An ellipsis still
	// counts.
	periodPause bool
	// pipeStop: "|" is typed for the danda "।" (Hindi).
	pipeStop bool
	// commaQuotes: two commas open a quotation and two apostrophes close
	// it (",,Mijn basisniveau is omhoog gegaan.''"), as Dutch newspapers
	// type „ and ”.
	commaQuotes bool
	// lowerStarts: a sentence may start with a lower-case letter (Greek
	// texts do after a full stop), so only abbreviations and numbers keep a
	// period from ending one.
	lowerStarts bool
	// classPrefix: a noun-class prefix is written before a proper noun,
	// glued to its capital or joined by a hyphen ("uDkt.", "UNksk.",
	// "u-N."; Xhosa and Zulu): a word no list knows is looked up again
	// without it (nguniLang).
	classPrefix bool
}

// Shared word lists. Each list is space-separated; an abbreviation is written
// without its final period and may contain inner periods ("e.g", "u.s").
const (
	latinTitles = "mr mrs dr prof mt e.g i.e viz cf vs approx esp incl ibid id op.cit resp sc"
	// "al" ends "et al.", which may close a sentence ("Smith et al. The").
	latinFinal = "etc et.al al co inc ltd corp llc plc gmbh"
	// etcWords are the enumeration closers; each becomes abbrEtc in a
	// language that lists it as a final abbreviation.
	etcWords     = "etc itd itp atď atd apod jne yms tms т.д т.п и.т.д и.т.п и.т.н т.н т.б т.с.с κ.λπ κ.ο.κ κλπ κτλ κ.τ.λ enz ecc osv"
	latinNumbers = "rs no nos nr n° nº fig figs p pp vol vols art arts sec secs ch chap para eq eqs ref refs tel ca op cit"
)

var langSpecs = map[string]struct {
	titles, numbers, final, dates, units, time, starters, months string
	finalCase, titleCase                                         string // abbreviations matched with their case
	quotatives                                                   string
	// yearTitles are titles that, after a year, may close a date at a
	// sentence end: Russian "г." (год; before a name город).
	yearTitles                                                                       string
	letterWords                                                                      string // one-letter words that may end a sentence
	compounds                                                                        string // abbreviations that end compounds
	ordinals, capNouns, greekQuestion, colonStop, lowerStarts, periodPause, pipeStop bool
	commaQuotes                                                                      bool
}{
	"en": {
		titles:   "mr mrs ms mx dr prof rev hon gen maj lt col capt cpt cmdr cdr adm brig sgt cpl pvt pres sen rep gov supt insp det messrs mme mlle mt ft fr sra srta dept atty esq gen.maj brig.gen lt.col lt.gen maj.gen rt msgr amb spc ens",
		numbers:  "rs approx ext",
		final:    "inc ltd co corp jr sr bros llc plc st ave blvd rd sq hwy univ assn est govt ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo u.s u.k u.n e.u u.s.a ph.d m.d b.a m.a b.sc m.sc d.c assoc intl natl mfg pkwy ct ln pl twp cal civ crim proc stat supp",
		dates:    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat",
		time:     "a.m p.m",
		starters: "the a an i it he she we they you this that these those there here his her its our their my your but and or so if in on at as when while what where why how who which after before then yet also however although because since thus therefore finally meanwhile today yesterday tomorrow some many most all each every no not one let please do does did is are was were can could will would should may might must have has had however mr mrs ms dr millions thousands hundreds dozens several both few",
		months:   "january february march april may june july august september october november december",
	},
	"de": {
		titles:  "hr hrn fr frl dr prof med dipl ing mag gen maj brig adm hptm obstlt oberstlt kpt bzw z.b u.a d.h v.a s.o s.u o.ä u.ä z.t z.z u.u i.a ggf evtl inkl ca vgl sog bspw usw etc kath ev str nr st abs art bd hg hrsg jhd dt engl franz allg ugs gegr geb gest verh o.g i.d.r m.e z.zt lt gem einschl zzgl abzgl ehem stellv bzgl ziff dipl.-ing dr.-ing dipl.-kfm dipl.-kffr dipl.-psych dipl.-inform dipl.-phys",
		numbers: "s abs art nr bd kap tel",
		final:   "usw etc u.ä o.ä gmbh co kg ag e.v chr u.v.m hbf v.chr n.chr",
		dates:   "jan feb mär apr jun jul aug sep sept okt nov dez",
		units:   "mio mrd tsd jh min std sek",
		// "Goethestr. 5", "Hauptstr. 12".
		compounds: "str",
		// Capitalized, a German function word starts a sentence (nouns
		// are capitalized, pronouns, articles and adverbs are not).
		starters: "der die das ein eine einer er sie es wir ihr ich man dies diese dieser dieses aber und doch dann mein meine sein seine ihre unser unsere im am in auf mit nach bei wenn als da so auch nun heute es dort hier was wer wie warum wo jetzt schon noch nur sogar jeder jede jedes viele einige kein keine nicht zudem außerdem jedoch trotzdem deshalb daher dennoch gestern morgen " +
			"alle alles beide manche mehrere danach dabei darauf dazu damit davor seitdem bisher inzwischen zunächst später anschließend bereits erst zwar also denn sonst immer oft vielleicht insgesamt für über unter vor um zum zur durch gegen ohne bis seit während laut wegen trotz weil ob dass",
		months:   "januar februar märz april mai juni juli august september oktober november dezember jänner",
		ordinals: true, capNouns: true,
	},
	"da": {
		titles:   "hr fr dr prof pastor mag cand stud jf bl.a f.eks m.fl mht mv osv pga ca vs inkl evt ifm dvs nr st iflg vedr ang ekskl fhv adm dir t.o.m dr.phil dr.med dr.jur dr.theol cand.mag cand.polit cand.jur cand.scient cand.merc mag.art lic.phil",
		numbers:  "nr s stk kap kl",
		final:    "osv mv m.fl a/s aps o.l m.m",
		dates:    "jan feb mar apr jun jul aug sep sept okt nov dec",
		units:    "mio mia mrd kr pct",
		starters: "den det de en et han hun vi jeg du i man der dette disse men og så hvis når da nu i dag her de deres hans hendes vores efter før derfor desuden samtidig endelig ifølge under med for på til fra som allerede stadig kun selv hvor hvem hvad hvorfor hver mange nogle min din jeres ikke også",
		months:   "januar februar marts april maj juni juli august september oktober november december",
		ordinals: true,
	},
	"fr": {
		// "M." is Monsieur; "m." is a metre or a minute ("300 m. Il").
		titleCase: "M",
		titles:    "mm mme mmes mlle mlles dr pr prof me mgr st ste av bd boul fig p pp réf ex cf etc vol éd art chap p.ex c.-à-d c.à.d gén col cdt lt cne adj sgt vx apr av.j.-c dép tél ch rte imp fbg",
		numbers:   "n° no nº p pp art chap vol fig",
		final:     "etc cie sa sarl env arr",
		dates:     "janv févr avr juil sept oct nov déc",
		// "a" (has) ends sentences: "ce qu'il y a."
		letterWords: "a",
		units:       "mio mrd md mds hab",
		starters:    "le la les il elle ils elles nous vous je on ce cette ces un une mais et dans en au aux si quand alors puis c'est cela l'on selon après avant depuis pendant ensuite enfin cependant pourtant ainsi donc or leur leurs son sa ses mon ma mes notre nos votre vos des du pour par sur avec sans lors déjà encore seulement même maintenant ici là où qui que pourquoi chaque beaucoup certains aujourd'hui hier demain toutefois néanmoins",
		months:      "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
	},
	"es": {
		titles:  "sr sra srta srs sres dr dra lic ing arq prof d dña ud uds vd vds av avda pág págs p pp cap art núm fig vol etc ej aprox aprox. col gral excmo excma ilmo ilma sto sta dip mtro cnel tte sgto pbro fr pza hnos dpto depto admón atte",
		numbers: "n° núm no pág págs art cap vol fig tel párr párrf min cra ext núms",
		final:   "etc s.a s.l cía ee uu ee.uu dcha izq",
		dates:   "ene feb mar abr jun jul ago sep sept oct nov dic lun mié jue vie sáb dom",
		// "a. m."/"p. m.", as Spanish writes them, spaced.
		time:     "a.m p.m",
		starters: "el la los las un una él ella ellos ellas nosotros yo tú usted este esta esto estos estas pero y en si cuando entonces también hoy se unos unas su sus mi mis nuestro nuestra según tras después antes durante además sin embargo así por para con desde hasta al del lo ese esa eso ya aún sólo solo incluso ahora aquí allí donde quien qué cada muchos algunos no hay fue es era",
		months:   "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
	},
	"it": {
		titles:  "sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa ing avv arch geom rag on sen dr mons dir amm psicol gent egr spett pres p pp pag pagg art cap vol fig es ecc ca cfr col magg ten card c.d cd cosid d.l d.lgs p.za c.so v.le loc fraz prov gen",
		numbers: "n° n nr no pag pagg art cap vol fig tel",
		final:   "ecc etc s.p.a s.r.l ss segg",
		dates:   "feb mar apr mag giu lug ago set ott nov dic",
		// "è" (is) ends sentences: "così è."
		letterWords: "è",
		starters:    "il lo la i gli le un uno una lui lei egli noi voi io tu questo questa questi ma e in se quando poi anche oggi suo sua suoi sue mio mia nostro nostra secondo dopo prima durante inoltre tuttavia così per con da su nel nella del della al alla quello quella già ancora solo ora qui lì dove chi cosa perché ogni molti alcuni ci non si è era",
		months:      "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
	},
	"pt": {
		titles:  "sr sra srta dr dra prof profa eng arq av séc sécs pág págs p pp cap art fig vol ex etc aprox exmo exma exmos exmas ilmo ilma dep sen pres gen cel ten sgt maj dir coord adm pç",
		numbers: "n° nº núm no pág págs art cap vol fig tel",
		final:   "etc ltda s.a cia",
		// "é" (is) ends sentences: "do que ele já é."
		letterWords: "é",
		dates:       "jan fev mar abr jun jul ago set out nov dez",
		starters:    "o a os as um uma ele ela eles elas nós eu você este esta isto mas e em se quando então também hoje uns umas seu sua seus suas meu minha nosso nossa segundo após antes durante além porém assim por para com desde no na do da ao esse essa isso já ainda só até agora aqui ali onde quem que cada muitos alguns não há foi é era",
		months:      "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
	},
	// Swedish (Språkrådet, Svenska skrivregler): no ordinal period
	// ("1:a"), so a number before a period is a number. Without its own
	// data Swedish took English titles, and "sade hon." (she) and "är
	// det." (it) were "Hon." and "Det.".
	"sv": {
		titles:  "bl.a t.ex d.v.s dvs s.k p.g.a pga t.o.m fr.o.m f.d jfr enl inkl exkl ang resp ca kl dir doc prof dr fil.dr fil.kand med.dr tekn.dr ordf sekr gen adm kapt löjtn övers obs s.a.s d.ä d.y",
		numbers: "nr s sid kap tel fig art",
		final:   "osv o.s.v m.m m.fl o.d e.d etc o.dyl",
		// The era after a year ("700 f.Kr. Det"), as Polish "p.n.e.".
		units:    "kr mkr mdkr tkr milj md mn st proc f.kr e.kr f.v.t e.v.t",
		dates:    "jan febr feb apr jun jul aug sept sep okt nov dec",
		starters: "den det de en ett han hon vi jag du ni man detta denna dessa men och så om när då nu i här där deras hans hennes vår vårt våra efter före därför dessutom samtidigt enligt under med för på till från som redan bara även också vem vad varför hur varje många några min mitt din inte är var har kan ska skulle vid sedan alla ingen inget",
		months:   "januari februari mars april maj juni juli augusti september oktober november december",
	},
	// Finnish (Kielitoimiston ohjepankki): "mm." is muun muassa (the
	// millimetre has no period), "n." noin before a number. An ordinal is
	// written with a period ("15. tammikuuta"), but a lower-case word
	// follows it, and a number ending a sentence before a capital is far
	// more common ("vuonna 363. Uskotaan", "Kuolleita on 120.
	// Pelastustyöt"): without ordinals those end one.
	"fi": {
		titles:  "esim ks vrt ns ts tri prof toht dos maist kand ins rva nti hra tark huom os so ed kok",
		numbers: "nro s n v klo puh",
		final:   "jne yms ym tms mm",
		// The era after a year ("1600 eKr. Kanaanilaisten").
		units:    "mrd milj kpl snt as ekr jkr eaa jaa",
		starters: "se hän he me te minä sinä tämä tuo nämä ne mutta ja kun jos sitten myös nyt tänään eilen huomenna siksi lisäksi kuitenkin vaikka koska että joka mikä kuka missä miksi miten kaikki monet jotkut hänen heidän sen sitä niin siellä täällä vielä jo vain jopa ei en emme eivät on oli ovat olivat",
		months:   "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu",
	},
	// Czech (Internetová jazyková příručka): ordinals with a period ("15.
	// března", "4. ročník"); academic titles before a name.
	"cs": {
		titles:  "p pí sl ing mgr bc mudr judr phdr rndr mvdr paeddr thdr pharmdr doc prof gen plk pplk mjr kpt por npor např tj tzv tzn resp popř příp mj sv ul nám viz cca srov zejm zvl nar r roč",
		numbers: "č čp s str odst písm tel obr tab kap",
		final:   "atd apod aj s.r.o a.s spol",
		// The era and the century after a number ("700 př. n. l.
		// Prostřední", "19. st.").
		units:    "tis mil mld kč hod min st př.n.l n.l př.kr po.kr",
		starters: "to ten ta ti ty on ona ono oni my já vy ale a v na pokud když potom také dnes ve z ze po od do pro přes je byl byla bylo byli není tak však podle jeho její jejich náš naše tehdy včera zítra už ještě jen dokonce nyní tady tam kde kdo co proč každý mnoho někteří můj moje tento tato toto tyto",
		months:   "ledna února března dubna května června července srpna září října listopadu prosince leden únor březen duben květen červen červenec srpen říjen listopad prosinec",
		ordinals: true,
	},
	// Croatian (Hrvatski pravopis, Institut za hrvatski jezik): ordinals
	// and years with a period ("12. prosinca", "u 2007. godini", "4.
	// Romski festival").
	"hr": {
		titles:  "npr tj tzv dr prof doc mr ing dipl sv g gđa gđica ul odn usp akad pok",
		numbers: "br str tel čl",
		final:   "itd sl st",
		// "pr. Kr." and "pr. n. e." after a year; "god." after a number.
		units:    "mil mlrd tis kn god pr.kr po.kr n.e pr.n.e",
		starters: "to taj ta te on ona ono oni one mi ja ti vi ali i u na ako kad kada zatim također danas s sa po od do za kroz je bio bila bilo bili nije tako međutim prema njegov njezin njihov naš tada jučer sutra već još samo čak sada ovdje tamo gdje tko što zašto svaki mnogi neki moj ovaj ova ovo ovi da",
		months:   "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga studenog prosinca siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac",
		ordinals: true,
	},
	"nl": {
		// "Kerkstr. 12" (straat).
		compounds: "str",
		titles:    "dhr mevr mw dr prof ir ing mr drs bijv bv d.w.z m.a.w o.a i.p.v t.a.v z.g.a.n ca vs nr blz p pp art fig vol aanw vnw bnw zn ww lidw telw vz vw tw e.a zgn resp jl vlg adv afb afd alg ass bijz dir gem gebr geb ovl kol luit max min nl vert verg vgl zg a.s o.l.v m.b.t t.o.v i.v.m n.a.v incl excl kon burg weth mgr mgrs",
		units:     "mln mld mrd",
		numbers:   "nr blz art fig vol",
		final:     "enz etc bv nv z.s.m e.d",
		dates:     "jan feb mrt apr jun jul aug sep sept okt nov dec",
		// "u" (you) ends sentences: "Dank u."
		letterWords: "u",
		starters:    "de het een hij zij ze wij we ik jij u dit dat deze die maar en in als toen dan ook vandaag er zijn haar hun ons onze mijn volgens na voor tijdens bovendien echter daarom met op aan van uit bij al nog zelfs nu hier daar waar wie wat waarom elke iedereen veel sommige jouw zo dus toch",
		months:      "januari februari maart april mei juni juli augustus september oktober november december",
		commaQuotes: true,
	},
	"pl": {
		titles:  "p pp dr prof mgr inż hab lek płk gen ppłk mjr kpt por ks św ul al pl np tj tzn tzw m.in ok godz wg ww ds im bałt daw dyr gł jęz kard lic łac min nt pk pn pd prez pw red ros ryc rys sp st str śr tow ur wsch zach zm zob woj pow gm m.st bryg kmdr mł insp asp sierż dot pt cz ppor kpr szer wyd oprac tłum p.o śp ws",
		numbers: "nr s str art rozdz poz tel godz",
		final:   "itd itp jw sp",
		// The era closes a year as "r." does: "około 1600 r. p.n.e.
		// Kananejskie", but "W 44 r. p.n.e. Cezar" is an opening date.
		units:    "tys mln mld zł gr proc r st.c p.n.e n.e",
		starters: "to ten ta te on ona ono oni one my ja ty wy ale i w na jeśli gdy kiedy potem także dziś we z ze po od do dla przez jest był była było byli nie tak jednak natomiast następnie obecnie według jego jej ich nasz nasza wtedy również dzisiaj wczoraj jutro już jeszcze tylko nawet teraz tutaj tam gdzie kto co dlaczego każdy wiele niektórzy mój moja nasi ci tym tego",
		months:   "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu",
		ordinals: true,
	},
	"sk": {
		titles:   "p pán pani dr prof doc ing mudr judr mgr phdr rndr bc gen plk mjr kpt npr tzv tj resp atď príp al sv č s str ul arch csc drsc paeddr mvdr pharmdr thdr ing.arch akad doc.ing s.r.o a.s spol ods zb nám hl tr pplk npor por vz zn písm obr tab kap t.j a.i",
		numbers:  "č s str ods tel",
		final:    "atď a.s s.r.o zb a.pod atp",
		units:    "tis mil mld eur kč r hod min",
		starters: "to ten ta tie on ona ono oni my ja ty vy ale a v na ak keď potom tiež dnes vo z zo po od do pre cez je bol bola bolo boli nie tak však následne podľa jeho jej ich náš naša vtedy včera zajtra už ešte len dokonca teraz tu tam kde kto čo prečo každý mnohí niektorí môj moja naši títo tento táto toto",
		months:   "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra január február marec apríl máj jún júl august september október november december januári februári marci apríli máji júni júli auguste septembri októbri novembri decembri",
		ordinals: true,
	},
	"ru": {
		titles:  "г гр г-н г-жа ул пр просп пер д кв корп стр о оз п пос пгт с проф акад доц канд д-р им т.е т.к т.н т.д т.п см ср напр др пр ок англ нем франц лат рис табл гл пл наб ген полк св зам нач зав пред ред изд ст респ подп лейт серж тов т.ч",
		numbers: "№ с стр рис табл гл т п д кв тел",
		// "г." (год, город) is a title ("г. Москва"), and after a year a
		// unit: "в 1991 г. Страна", "3 декабря 2026 г. Он добавил" end a
		// sentence before a capital, not after an opening date ("В 1995
		// г. Ельцин", "Когда в 1991 г. Москва"; kindInContext).
		yearTitles: "г",
		// "гг." (years) closes a span of years, never a name before a
		// town as "г." may: "в 1904-1905 гг. Популяции".
		units: "тыс млн млрд трлн руб коп долл дол чел шт кв р вв кв.м гг",
		// Months as newspapers abbreviate them ("7 окт. 2023 г.", "КИЕВ,
		// 7 окт. (Reuters) -").
		dates: "янв фев февр мар апр авг сен сент окт ноя нояб дек",
		final: "т.д т.п и.т.д и.т.п др пр у.е н.э обл",
		// "я" (I) ends sentences: "Это сделал я."
		letterWords: "я",
		starters:    "я он она оно они мы вы ты это этот эта эти но и в на если когда потом тогда также сегодня вчера завтра его её их наш наша по с со для от до при после перед однако поэтому кроме согласно как что так не все к о об у из за без уже ещё только даже теперь затем сейчас здесь там где кто чем каждый многие один мне нам",
		months:      "января февраля марта апреля мая июня июля августа сентября октября ноября декабря январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
	},
	"uk": {
		// Standard Ukrainian abbreviations: street, avenue, square,
		// house, flat, region, district, village, town (смт), "named
		// after" (ім.), "see" (див.), "for example" (напр.), "so-called"
		// (т.зв.), titles and ranks; "м." is місто (city) before a name.
		titles:  "м вул просп пров пл буд кв обл р-н с смт ім див напр т.зв проф акад доц д-р канд ген полк св гр п ст зав заст гол ред пор нар пн пд сх зх",
		numbers: "№ с ст стор п рис табл т гл тел",
		// "р."/"рр." (рік, роки) close a date as "г." does in Bulgarian.
		units: "тис млн млрд трлн грн коп дол долл чол шт т р рр",
		final: "т.д т.п ін і.т.д",
		dates: "січ лют бер квіт трав черв лип серп вер верес жовт лист груд",
		// "я" (I) and "є" (is) end sentences: "Це зробив я.", "Попит є."
		letterWords: "я є",
		starters:    "я він вона воно вони ми ви ти це цей ця ці але і й в у на якщо коли потім тоді також сьогодні вчора завтра його її їх наш наша по з із зі для від до при після перед однак тому крім згідно як що так не всі о про за без вже ще тільки навіть тепер зараз тут там де хто чим кожен багато один мені нам а втім проте отже",
		months:      "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
	},
	"bg": {
		// Abbreviated first names: "Хр. Ботев", "Ив. Вазов".
		titles:  "хр ив ал вл св бл вх ет ап гр ул бул пл д-р проф доц акад инж арх т.е т.нар напр вж ср стр с ок н.е пр.н.е вм вкл др изд мин обл общ пак сл чл ген полк подп кап ст.н.с н.с чл.-кор зам",
		numbers: "№ с стр т чл ал",
		// "г." (година, year) and "т.г." close a date and often a
		// sentence ("през 2023 г. Това ..."); a town is "гр.".
		final: "и.т.н т.н т.г",
		units: "хил млн млрд трлн лв ст г",
		// "й"/"ѝ" (her) ends sentences: "пред голотата й."
		letterWords: "й ѝ",
		dates:       "ян яну февр фев апр авг септ сеп окт ноем дек",
		starters:    "аз той тя то те ние вие ти това този тази тези но и в на ако когато после също днес вчера утре неговия нейния по с със за от до при след преди обаче затова според как какво така не всички през около освен вече още само дори сега тук там където кой кога защо един една едно много някои",
		months:      "януари февруари март април май юни юли август септември октомври ноември декември",
	},
	"kk": {
		titles:   "т.б т.с.с проф акад доц ж жж б.з.б б.з.д көш ш с мыс қ обл ауд сағ",
		numbers:  "№ б бет",
		final:    "т.б т.с.с",
		units:    "млн млрд трлн мың долл тг ж жж ғ ғғ",
		dates:    "қаң ақп нау сәу мам мау шіл там қыр қаз қар жел",
		starters: "мен сен ол біз сіз олар бұл осы бірақ және егер кейін бүгін кеше ертең оның олардың сондықтан алайда сондай-ақ сонымен әрі енді қазір бір барлық көптеген кейбір онда мұнда оған оны біздің сіздің менің",
		months:   "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
	},
	"hy": {
		titles:    "պրն տկն դոկտ պրոֆ թ թթ մ.թ.ա մ.թ փ պ գ ք",
		units:     "մլն մլրդ հազ դր",
		final:     "ս.թ",
		numbers:   "էջ № հ",
		starters:  "նա ես դու մենք դուք նրանք այս այդ այն բայց և եթե երբ հետո այսօր սակայն նաև արդեն դեռ միայն այնտեղ այստեղ ինչ ով որտեղ ինչու երեկ վաղը մի բոլոր շատ որոշ նրա նրանց մեր ձեր իմ քո",
		colonStop: true, periodPause: true,
	},
	"el": {
		// Saint, street, avenue, square, and abbreviated first names
		// ("Ελ. Βενιζέλος", "Κων. Καραμανλής").
		titles:        "κ κα κκ δρ καθ π.χ δηλ βλ σελ κεφ αρ τηλ κ.λπ κ.ά κ.ο.κ αι αγ οδ λεωφ πλ ελ αλ κων χαρ ιω θεμ δημ χρ υπ στρατ αντιστρ ταξ υποστρ παρ άρθ σημ εκδ επιμ μτφρ ό.π εκπρ αντιπρ πρβλ σύγκρ περ εταιρ γεν διευθ υφυπ",
		numbers:       "αρ σελ κεφ τηλ",
		final:         "κ.λπ κ.ά κ.ο.κ κλπ κτλ κ.τ.λ",
		units:         "εκ εκατ χιλ δισ τρισ χλμ τ.μ",
		time:          "π.μ μ.μ",
		finalCase:     "π.Χ μ.Χ",
		starters:      "ο η το οι τα ένας μια ένα αυτός αυτή αυτό εγώ εσύ εμείς αλλά και σε αν όταν μετά σήμερα στο στη στην στον στα στις με για από κατά πριν ενώ όμως επίσης ήδη μόνο εκεί εδώ πού ποιος τι γιατί χθες αύριο κάθε όλοι πολλοί μερικοί του της των τον την τους",
		months:        "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου",
		greekQuestion: true, lowerStarts: true,
	},
	// Scripts without letter case: the starter test has nothing to work on,
	// so a period ends a sentence unless an abbreviation or a number stands
	// before it. Arabic-script languages rarely abbreviate with a period.
	// "م." and "هـ." mark the Gregorian and the Hijri year.
	"ar": {titles: "د م هـ ص ج ق.م"},
	"fa": {titles: "ق.م ه.ش ه.ق م دکتر"},
	"ur": {titles: "ڈاکٹر"},
	// "कि.मी." (km) is written with an inner period, so "कि" is listed.
	// Titles: Dr, Mr, Mrs, Miss, Prof (प्रो, Marathi प्रा), the late (स्व,
	// Marathi कै), Hon (मा), Adv (ॲड).
	// Pandit (पं), Chiranjeev (चि), rupees before or after an amount (रु),
	// and the era (ई.पू. BC, इ.स. AD), typed with inner periods.
	"hi": {titles: "डॉ श्री श्रीमती सुश्री कु प्रो पं स्व रु ई ई.पू कि कि.मी मो सं पृ क्र वि.सं दि", pipeStop: true},
	"mr": {titles: "डॉ श्री श्रीमती सौ कु चि प्रो प्रा स्व कै मा ॲड रु इ इ.स इ.स.पू कि कि.मी दि ता सं पृ क्र मो ले"},
	// Amharic: forms of "say" (አለ he, አለች she, አሉ they/he honorific,
	// ብሏል/ብለዋል has said) and ብሎ/ብለው "saying".
	"am": {quotatives: "አለ አለች አሉ ብሏል ብላለች ብለዋል ብሎ ብላ ብለው"},
	// Burmese: the quotative particles ဟု, ဟူ၍, ဟူသော and colloquial လို့.
	"my": {quotatives: "ဟု ဟူ၍ ဟူသော လို့"},
	"zh": {},
	"ja": {},
}

// langTable holds the data of the languages used so far: each is built
// on first use (building all of them was a fifth of every bitext
// command's start-up).
var (
	langMu    sync.Mutex
	langTable = map[string]*langData{}
)

// langFor returns the data of the language code, building it on first
// use, or nil if langSpecs has none.
func langFor(code string) *langData {
	langMu.Lock()
	defer langMu.Unlock()
	if d := langTable[code]; d != nil {
		return d
	}
	sp, ok := langSpecs[code]
	if !ok {
		return nil
	}
	d := &langData{
		tag:           language.MustParse(code),
		abbr:          map[string]abbrKind{},
		abbrCase:      map[string]abbrKind{},
		starters:      words(sp.starters),
		quotatives:    words(sp.quotatives),
		letterWords:   words(sp.letterWords),
		yearTitles:    words(sp.yearTitles),
		compounds:     words(sp.compounds),
		months:        words(sp.months),
		ordinals:      sp.ordinals,
		capNouns:      sp.capNouns,
		greekQuestion: sp.greekQuestion,
		colonStop:     sp.colonStop,
		periodPause:   sp.periodPause,
		pipeStop:      sp.pipeStop,
		commaQuotes:   sp.commaQuotes,
		lowerStarts:   sp.lowerStarts,
	}
	// Later lists win: a word that is both a title and a final
	// abbreviation in one language is final there.
	for _, l := range []struct {
		list string
		kind abbrKind
	}{
		{latinTitles, abbrTitle}, {latinNumbers, abbrNumber}, {latinFinal, abbrFinal},
		{sp.titles, abbrTitle}, {sp.numbers, abbrNumber}, {sp.final, abbrFinal}, {sp.dates, abbrEtc}, {sp.units, abbrUnit}, {sp.time, abbrTime},
	} {
		for w := range words(l.list) {
			d.abbr[w] = l.kind
		}
	}
	for w := range words(etcWords) {
		if d.abbr[w] == abbrFinal {
			d.abbr[w] = abbrEtc
		}
	}
	for _, w := range strings.Fields(sp.finalCase) {
		d.abbrCase[w] = abbrFinal
	}
	for _, w := range strings.Fields(sp.titleCase) {
		d.abbrCase[w] = abbrTitle
	}
	langTable[code] = d
	return d
}

// defaultLang is the default for languages without their own data:
// English knowledge (English names, titles and abbreviations turn up in
// every language's news) under the tag "und".
var defaultLang = sync.OnceValue(func() *langData {
	en := *langFor("en")
	en.tag = language.Und
	return &en
})

func words(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[strings.ToLower(w)] = true
	}
	return m
}

// nguniTitles are the abbreviated titles of Xhosa and Zulu news, each
// written after a noun-class prefix ("UGqr. Tony Moll", "uDkt. Moll"), as
// far as a source shows them: FLORES's Xhosa writes UNksk. (Nkosikazi,
// Mrs) and UGqr. (Gqirha, Dr), its Zulu UNkk. (Nkosikazi), UDkt. and uDkt.
// (Dokotela, Dr) (florestest2021 xh-zu); the isiZulu style guide of the
// University of Zululand's Language Unit (Isiqondiso Solimi, 2012) writes
// kuMnu and Umnu (Mnumzane, Mr).
var nguniTitles = map[string]string{
	"xh": "nksk gqr",
	"zu": "nkk dkt mnu",
}

// nguniLang is the default data (English's) with a Nguni language's
// titles and its class prefixes: Xhosa and Zulu have no rules of their
// own, and their news quotes English titles ("Dr. Moll") beside theirs.
var nguniLang = sync.OnceValue(func() map[string]*langData {
	m := map[string]*langData{}
	for code, titles := range nguniTitles {
		d := *defaultLang()
		d.abbr = maps.Clone(d.abbr)
		for w := range words(titles) {
			d.abbr[w] = abbrTitle
		}
		d.classPrefix = true
		m[code] = &d
	}
	return m
})

// lookupLang returns the data for tag's base language, or the default and
// false (for Xhosa and Zulu the default with their titles, nguniLang).
func lookupLang(tag language.Tag) (*langData, bool) {
	base, conf := tag.Base()
	if conf == language.No {
		return defaultLang(), false
	}
	if d := langFor(base.String()); d != nil {
		return d, true
	}
	if d := nguniLang()[base.String()]; d != nil {
		return d, false
	}
	return defaultLang(), false
}

// Languages lists the languages with their own segmentation data, sorted
// by tag.
func Languages() []language.Tag {
	codes := make([]string, 0, len(langSpecs))
	for code := range langSpecs {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	tags := make([]language.Tag, len(codes))
	for i, code := range codes {
		tags[i] = language.MustParse(code)
	}
	return tags
}
