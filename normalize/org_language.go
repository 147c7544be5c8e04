package normalize

import (
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Organisations named in their own language. A body abroad is known in
// English by a translation of its name and at home by its name, or the
// acronym of its name, in its own language: the Bank of Italy is the Banca
// d'Italia, the Armed Forces of Bosnia and Herzegovina the Oružane snage
// Bosne i Hercegovine (OSBiH), the Trade Union Confederation of Burundi the
// Confédération syndicale du Burundi (CSB). orgWordTable, written here
// from the languages' grammars and common dictionary knowledge (no file
// copied), gives the words that make up organisation names — head nouns
// and their common modifiers — in French, Spanish, Italian, Portuguese,
// Catalan, German, Dutch, Serbo-Croatian/Bosnian, Polish, Czech, Russian
// (romanized), Indonesian/Malay and Turkish, with feminine and plural
// forms; orgWordTableWorld (org_language_world.go) adds Organization and
// the words of international bodies; orgWordTableMore (org_language_more.go) adds seven words and the
// Scandinavian languages, Romanian, Bengali, Hindi and Pinyin;
// org_party_words.tsv (org_party_words.go) adds the words party names are
// made of, their head nouns (Coalition, Bloc, List) and fourteen more
// languages. Two rules read them:
//
//   - translatedName: every word of the foreign name is a word of the
//     table (one English word's translation in one language), a connector
//     of that language (de, di, du, der, i, e, y...; an elided d' or l'
//     taken off) or a country's name as CLDR writes it in some language
//     (regions.txt; the foreign name's country and the English one agree
//     when one key is the other with at most two letters added: Italia,
//     Italy; or country_names.go: one country's names in any language, a
//     case ending, an adjective of it, Lietuvą, Österreichische, Magyar,
//     Spanish), and the English words (Peoples read as people's) and the
//     foreign words' English meanings are the same words, each as many
//     times. A foreign word the tables lack is read again without its
//     marks (socijalistička, as the tables write it: socijalisticka) and
//     as two words of the tables (compoundWords: Freiheitspartei,
//     Reformierakond), or as a name the English name writes alike
//     (sharedWord: Partido Colorado, Colorado Party). One word at least must be
//     truly translated (its key not the English word's), and the name must
//     have a head noun. A word added or left out on either side (a branch,
//     "Bank of Italy Lombardy"; "National Bank of Serbia", "Serbian Bank")
//     keeps them apart.
//   - ownAcronym: an acronym in capitals (one small letter allowed, not
//     the last: OSBiH) spells the initials of the
//     English name's words translated into one language, in that
//     language's order: the head noun of each run of words between
//     connectors first in the Romance languages and Indonesian, its
//     modifiers after it in the English order or turned around (Frente
//     Democrático de Izquierda; Comité Olímpico Argentino), the English
//     order elsewhere (Slavic, Germanic, Turkish). A connector may give
//     its letter or none (the i of OSBiH, the de of Romance names); a
//     word the table lacks keeps its English initial if written with a
//     capital (a proper name: Bosnia, Burundi); a word in small letters
//     the table lacks rejects the language. One letter at least must come
//     from a translation whose initial is not the English word's, so the
//     rule adds nothing that isAcronymFor or romanceAcronym read.

// orgWordTable: an English word (or two, joined by a space) and its
// translations, "lang word" separated by "|"; a translation of several
// words gives the initials of its words of 3 letters or more.
var orgWordTable = map[string]string{
	"bank":          "fr banque|es banco|it banca|pt banco|ca banc|de bank|nl bank|sh banka|pl bank|cs banka|ru bank|id bank|tr banka|tr bankasi",
	"party":         "fr parti|es partido|it partito|pt partido|ca partit|de partei|nl partij|sh stranka|sh partija|pl partia|pl stronnictwo|cs strana|ru partiya|id partai|tr partisi|tr parti",
	"front":         "fr front|es frente|it fronte|pt frente|ca front|de front|nl front|sh front|pl front|cs fronta|ru front|id front|tr cephesi",
	"union":         "fr union|es union|it unione|pt uniao|ca unio|de union|nl unie|sh savez|sh unija|pl unia|pl zwiazek|cs svaz|cs unie|ru soyuz|id serikat|tr birligi",
	"trade union":   "fr syndicat|fr syndicale|fr syndical|es sindicato|es sindical|it sindacato|it sindacale|pt sindicato|pt sindical|ca sindicat|ca sindical|de gewerkschaft|de gewerkschaftsbund|nl vakbond|sh sindikat|sh sindikalni|pl zwiazek zawodowy|pl zwiazkowy|cs odborovy|cs odbory|ru profsoyuz|id serikat buruh|tr sendika|tr sendikalari",
	"army":          "fr armee|es ejercito|it esercito|pt exercito|ca exercit|de armee|de heer|nl leger|sh vojska|sh armija|pl armia|pl wojsko|cs armada|ru armiya|id tentara|id angkatan darat|tr ordu|tr ordusu",
	"armed":         "fr armees|es armadas|it armate|pt armadas|ca armades|sh oruzane|sh oruzana|pl zbrojne|cs ozbrojene|ru vooruzhennye|id bersenjata|tr silahli",
	"forces":        "fr forces|es fuerzas|it forze|pt forcas|ca forces|de streitkrafte|nl strijdkrachten|sh snage|pl sily|cs sily|ru sily|id angkatan|tr kuvvetleri",
	"police":        "fr police|es policia|it polizia|pt policia|ca policia|de polizei|nl politie|sh policija|pl policja|cs policie|ru politsiya|id polisi|tr polis|tr polisi",
	"ministry":      "fr ministere|es ministerio|it ministero|pt ministerio|ca ministeri|de ministerium|nl ministerie|sh ministarstvo|pl ministerstwo|cs ministerstvo|ru ministerstvo|id kementerian|tr bakanligi",
	"committee":     "fr comite|es comite|it comitato|pt comite|ca comite|de komitee|de ausschuss|nl comite|sh odbor|sh komitet|pl komitet|cs vybor|ru komitet|id komite|tr komitesi",
	"council":       "fr conseil|es consejo|it consiglio|pt conselho|ca consell|de rat|nl raad|sh vijece|sh savet|pl rada|cs rada|ru sovet|id dewan|tr konseyi|tr kurulu",
	"federation":    "fr federation|es federacion|it federazione|pt federacao|ca federacio|de verband|de bund|nl federatie|nl bond|sh savez|sh federacija|pl federacja|pl zwiazek|cs svaz|ru federatsiya|id federasi|tr federasyonu",
	"confederation": "fr confederation|es confederacion|it confederazione|pt confederacao|ca confederacio|de bund|nl confederatie|sh konfederacija|pl konfederacja|cs konfederace|ru konfederatsiya|id konfederasi|tr konfederasyonu",
	"association":   "fr association|es asociacion|it associazione|pt associacao|ca associacio|de verein|de verband|nl vereniging|sh udruzenje|sh udruga|pl stowarzyszenie|cs sdruzeni|ru assotsiatsiya|id asosiasi|id persatuan|tr dernegi",
	"league":        "fr ligue|es liga|it lega|pt liga|ca lliga|de liga|de bund|nl liga|nl bond|sh liga|pl liga|cs liga|ru liga|id liga|tr ligi",
	"movement":      "fr mouvement|es movimiento|it movimento|pt movimento|ca moviment|de bewegung|nl beweging|sh pokret|pl ruch|cs hnuti|ru dvizhenie|id gerakan|tr hareketi",
	"institute":     "fr institut|es instituto|it istituto|pt instituto|ca institut|de institut|nl instituut|sh institut|sh zavod|pl instytut|cs ustav|cs institut|ru institut|id institut|tr enstitusu",
	"university":    "fr universite|es universidad|it universita|pt universidade|ca universitat|de universitat|nl universiteit|sh univerzitet|sh sveuciliste|pl uniwersytet|cs univerzita|ru universitet|id universitas|tr universitesi",
	"company":       "fr compagnie|fr societe|es compania|es empresa|it compagnia|it societa|pt companhia|pt empresa|ca companyia|de gesellschaft|nl maatschappij|sh preduzece|sh poduzece|pl spolka|cs spolecnost|ru kompaniya|id perusahaan|tr sirketi",
	"agency":        "fr agence|es agencia|it agenzia|pt agencia|ca agencia|de agentur|nl agentschap|sh agencija|pl agencja|cs agentura|ru agentstvo|id badan|tr ajansi",
	"office":        "fr office|fr bureau|es oficina|it ufficio|pt escritorio|ca oficina|de amt|nl bureau|sh ured|sh zavod|pl urzad|cs urad|ru upravlenie|id kantor|tr ofisi",
	"service":       "fr service|es servicio|it servizio|pt servico|ca servei|de dienst|nl dienst|sh sluzba|pl sluzba|cs sluzba|ru sluzhba|id layanan|tr hizmeti",
	"guard":         "fr garde|es guardia|it guardia|pt guarda|ca guardia|de garde|de wache|nl garde|sh garda|pl gwardia|cs garda|ru gvardiya|id pengawal|tr muhafiz",
	"brigade":       "fr brigade|es brigada|it brigata|pt brigada|ca brigada|de brigade|nl brigade|sh brigada|pl brygada|cs brigada|ru brigada|id brigade|tr tugayi",
	"corps":         "fr corps|es cuerpo|it corpo|pt corpo|ca cos|de korps|nl korps|sh korpus|pl korpus|cs sbor|ru korpus|id korps|tr kolordusu",
	"republic":      "fr republique|es republica|it repubblica|pt republica|ca republica|de republik|nl republiek|sh republika|pl republika|pl rzeczpospolita|cs republika|ru respublika|id republik|tr cumhuriyeti",
	"national":      "fr national|fr nationale|es nacional|it nazionale|pt nacional|ca nacional|de national|nl nationaal|nl nationale|sh narodna|sh narodni|sh nacionalni|pl narodowy|pl narodowa|cs narodni|ru natsionalny|ru natsionalnaya|id nasional|tr ulusal|tr milli",
	"central":       "fr central|fr centrale|es central|it centrale|pt central|ca central|de zentral|nl centraal|nl centrale|sh centralna|sh centralni|pl centralny|cs centralni|ru tsentralny|id sentral|tr merkez",
	"democratic":    "fr democratique|es democratico|es democratica|it democratico|it democratica|pt democratico|pt democratica|ca democratic|ca democratica|de demokratisch|de demokratische|nl democratisch|nl democratische|sh demokratska|sh demokratski|pl demokratyczny|pl demokratyczna|cs demokraticka|ru demokraticheskaya|id demokrat|id demokratik|tr demokratik",
	"socialist":     "fr socialiste|es socialista|it socialista|pt socialista|ca socialista|de sozialistisch|de sozialistische|nl socialistisch|nl socialistische|sh socijalisticka|pl socjalistyczny|pl socjalistyczna|cs socialisticka|ru sotsialisticheskaya|id sosialis|tr sosyalist",
	"people's":      "fr populaire|es popular|it popolare|pt popular|ca popular|de volks|nl volks|sh narodna|sh narodni|pl ludowy|pl ludowa|cs lidova|ru narodnaya|id rakyat|tr halk",
	"popular":       "fr populaire|es popular|it popolare|pt popular|ca popular|sh narodna|pl ludowy|cs lidova|ru narodnaya|id rakyat|tr halk",
	"liberation":    "fr liberation|es liberacion|it liberazione|pt libertacao|ca alliberament|de befreiung|nl bevrijding|sh oslobodenje|pl wyzwolenia|cs osvobozeni|ru osvobozhdeniya|id pembebasan|tr kurtulus",
	"united":        "fr unis|fr unie|es unidos|es unida|it unite|it uniti|pt unidos|ca units|de vereinigte|nl verenigde|sh ujedinjena|pl zjednoczona|cs sjednocena|ru obedinennaya|id bersatu|tr birlesik",
	"federal":       "fr federal|fr federale|es federal|it federale|pt federal|ca federal|de bundes|nl federaal|nl federale|sh federalna|pl federalny|cs federalni|ru federalny|id federal|tr federal",
	"state":         "fr etat|es estado|es estatal|it stato|it statale|pt estado|pt estadual|ca estat|de staat|de staatliche|nl staat|sh drzavna|sh drzavni|pl panstwowy|cs statni|ru gosudarstvenny|id negara|tr devlet",
	"international": "fr international|fr internationale|es internacional|it internazionale|pt internacional|ca internacional|de international|nl internationaal|nl internationale|sh medunarodna|pl miedzynarodowy|cs mezinarodni|ru mezhdunarodny|id internasional|tr uluslararasi",
	"left":          "fr gauche|es izquierda|it sinistra|pt esquerda|ca esquerra|de linke|nl links|sh ljevica|pl lewica|cs levice|ru levy|id kiri|tr sol",
	"right":         "fr droite|es derecha|it destra|pt direita|ca dreta|de rechte|nl rechts|sh desnica|pl prawica|cs pravice|ru pravy|id kanan|tr sag",
	"liberal":       "fr liberal|es liberal|it liberale|pt liberal|ca liberal|de liberale|nl liberale|sh liberalna|pl liberalna|cs liberalni|ru liberalnaya|id liberal|tr liberal",
	"communist":     "fr communiste|es comunista|it comunista|pt comunista|ca comunista|de kommunistische|nl communistische|sh komunisticka|pl komunistyczna|cs komunisticka|ru kommunisticheskaya|id komunis|tr komunist",
	"workers'":      "fr travailleurs|fr ouvrier|es trabajadores|it lavoratori|pt trabalhadores|ca treballadors|de arbeiter|nl arbeiders|sh radnicka|pl robotnicza|cs delnicka|ru rabochaya|id buruh|tr isci",
	"labour":        "fr travail|es trabajo|it lavoro|pt trabalho|ca treball|de arbeit|nl arbeid|sh rada|pl pracy|cs prace|ru truda|id buruh|tr emek",
	"revolutionary": "fr revolutionnaire|es revolucionario|es revolucionaria|it rivoluzionario|pt revolucionario|ca revolucionari|de revolutionare|nl revolutionaire|sh revolucionarna|pl rewolucyjna|cs revolucni|ru revolyutsionnaya|id revolusioner|tr devrimci",
	"media":         "fr medias|es medios de comunicacion|it mezzi di comunicazione|pt meios de comunicacao|ca mitjans de comunicacio|de medien|nl media|sh mediji|pl media|cs media|ru smi|id media|tr medya",
	"corporation":   "fr societe|es corporacion|it corporazione|pt corporacao|ca corporacio|de gesellschaft|nl maatschappij|sh korporacija|pl korporacja|cs korporace|ru korporatsiya|id korporasi|tr kurumu",
	"social":        "fr social|fr sociale|es social|it sociale|pt social|ca social|de sozial|de soziale|nl sociaal|nl sociale|sh socijalna|pl spoleczny|cs socialni|ru sotsialnaya|id sosial|tr sosyal",
	"security":      "fr securite|es seguridad|it sicurezza|pt seguranca|ca seguretat|de sicherheit|nl veiligheid|sh sigurnost|pl bezpieczenstwo|cs bezpecnost|ru bezopasnost|id keamanan|tr guvenlik",
	"defence":       "fr defense|es defensa|it difesa|pt defesa|ca defensa|de verteidigung|nl defensie|sh odbrana|sh obrana|pl obrony|cs obrana|ru oborona|id pertahanan|tr savunma",
	"olympic":       "fr olympique|es olimpico|it olimpico|pt olimpico|ca olimpic|de olympisches|nl olympisch|sh olimpijski|pl olimpijski|cs olympijsky|ru olimpiysky|id olimpiade|tr olimpiyat",
	"alliance":      "fr alliance|es alianza|it alleanza|pt alianca|ca alianca|de allianz|de bundnis|nl alliantie|nl verbond|sh savez|pl sojusz|cs aliance|ru soyuz|id aliansi|tr ittifaki",
}

// orgTableHeads are the head nouns of orgWordTable.
var orgTableHeads = map[string]bool{
	"bank": true, "party": true, "front": true, "union": true, "army": true, "forces": true,
	"police": true, "ministry": true, "committee": true, "council": true, "federation": true,
	"confederation": true, "association": true, "league": true, "movement": true,
	"institute": true, "university": true, "company": true, "agency": true, "office": true,
	"service": true, "guard": true, "brigade": true, "corps": true, "republic": true,
	"corporation": true, "alliance": true, "authority": true, "command": true,
	"organization": true, "organisation": true, // org_language_world.go
}

// orgTableHeadEnds has bit l&31 of element f&31 set for each head of
// orgTableHeads that begins with letter f and ends with l: of a name's
// words, few pass it to the map look-up.
var orgTableHeadEnds = func() (ends [32]uint32) {
	for h := range orgTableHeads {
		ends[h[0]&31] |= 1 << (h[len(h)-1] & 31)
	}
	return ends
}()

// hasTableHead reports, without allocating, whether a word of s, in small
// letters, is one of orgTableHeads: a quick test before the rules read
// the table.
func hasTableHead(s string) bool { return hasWordOf(s, orgTableHeads, &orgTableHeadEnds) }

// hasWordOf reports, without allocating, whether a word of s (between
// spaces and hyphens, sixteen letters at most), in small letters, is in
// set. ends, when not nil, has bit l&31 of element f&31 set for each word
// of set that begins with letter f and ends with l: of a name's words,
// few pass it to the map look-up.
func hasWordOf(s string, set map[string]bool, ends *[32]uint32) bool {
	var buf [16]byte
	for start := 0; start < len(s); {
		end := start
		for end < len(s) && s[end] != ' ' && s[end] != '-' {
			end++
		}
		if n := end - start; n >= 1 && n <= len(buf) {
			for i := range n {
				c := s[start+i]
				if 'A' <= c && c <= 'Z' {
					c |= 0x20
				}
				buf[i] = c
			}
			if (ends == nil || ends[buf[0]&31]&(1<<(buf[n-1]&31)) != 0) && set[string(buf[:n])] {
				return true
			}
		}
		start = end + 1
	}
	return false
}

// orgLangs: the languages of orgWordTable and the order of their names
// (true: the head noun first), their "and" and the connectors a name in
// them has between its words.
var orgLangs = map[string]struct {
	headFirst  bool
	and        string
	connectors string
}{
	"fr": {true, "et", "de|du|des|d|la|le|les|l|pour|et|en"},
	"es": {true, "y", "de|del|la|el|los|las|para|y|e|en|al|a"},
	"it": {true, "e", "di|del|della|dell|dei|degli|delle|d|la|il|lo|l|per|e|ed|in"},
	"pt": {true, "e", "de|do|da|dos|das|d|o|a|os|as|para|e|em"},
	"ca": {true, "i", "de|del|dels|d|la|el|l|per|i|en"},
	"de": {false, "u", "der|des|die|das|von|fur|und|im|in"},
	"nl": {false, "e", "van|de|het|der|voor|en|in"},
	"sh": {false, "i", "i|za|u|na"},
	"pl": {false, "i", "i|w|na|dla"},
	"cs": {false, "a", "a|v|na|pro"},
	"ru": {false, "i", "i|v|na|po"},
	"id": {true, "d", "dan|di|untuk|se"},
	"tr": {false, "v", "ve"},
	// org_language_more.go's languages
	"no": {false, "og", "den|det|de|og|for|av|i|pa|til"},
	"da": {false, "og", "den|det|de|og|for|af|i|pa|til"},
	"sv": {false, "och", "den|det|de|och|for|av|i|pa|till"},
	"ro": {true, "si", "de|din|a|al|ai|ale|si|pentru|la|in"},
	"bn": {false, "o", "o|er"},
	"hi": {false, "aur", "aur|ka|ki|ke"},
	"zh": {false, "he", "he"},
	// org_party_words.tsv's languages (party names)
	"lt": {false, "ir", "ir|uz|už"},
	"lv": {false, "un", "un|par"},
	"et": {false, "ja", "ja"},
	"fi": {false, "ja", "ja"},
	"hu": {false, "es", "es|és|a|az"},
	"sk": {false, "a", "a|v|na|pre|za"},
	"sl": {false, "in", "in|za|v|na"},
	"bg": {false, "i", "i|za|na"},
	"uk": {false, "i", "i|za|na"},
	"sq": {true, "dhe", "e|i|te|të|se|së|per|për|dhe"},
	"el": {false, "kai", "kai|tis|tou|ton|i|o"},
	"ms": {true, "dan", "dan|di|untuk|se"},
	"he": {true, "ve", "ve|shel"},
	"fa": {true, "va", "va|e|i"},
	// Luxembourgish: its connectors alone (Partei fir Integral Demokratie)
	"lb": {false, "an", "fir|vu|vun"},
}

type orgWordEntry struct {
	english    string
	englishKey string
	lang       string
	initial    string // initials of the translation's words of 3+ letters
}

type orgWords struct {
	byForeign map[string][]orgWordEntry // key of a foreign word (first word of a translation)
	byEnglish map[string][]orgWordEntry // English words, lower case
	// initials: an English word's translations' distinct initials by
	// language, read by ownAcronym without scanning every entry.
	initials map[string]map[string][]string
	// byBare: the English words with an apostrophe, by the word without
	// it (peoples: people's), read by englishTableWord.
	byBare map[string]string
	// rawForms: the translations of one word as the tables write them
	// (small letters, no marks), read by compoundWords.
	rawForms map[string]bool
	langs    []string // orgLangs' keys, sorted
	conn     map[string]map[string]bool
	anyConn  map[string]bool // the connectors of every language
}

var orgWordIndex = sync.OnceValue(func() *orgWords {
	ow := &orgWords{byForeign: map[string][]orgWordEntry{}, byEnglish: map[string][]orgWordEntry{}, initials: map[string]map[string][]string{}, conn: map[string]map[string]bool{}, anyConn: map[string]bool{}, byBare: map[string]string{}, rawForms: map[string]bool{}}
	partyWords := orgPartyWords().words
	for _, table := range []map[string]string{orgWordTable, orgWordTableMore, orgWordTableWorld, partyWords} {
		for en, tr := range table {
			for _, t := range strings.Split(tr, "|") {
				lang, words, _ := strings.Cut(t, " ")
				ow.add(en, lang, words)
			}
		}
	}
	for lang, l := range orgLangs {
		ow.langs = append(ow.langs, lang)
		ow.conn[lang] = map[string]bool{}
		for _, c := range strings.Split(l.connectors, "|") {
			ow.conn[lang][c] = true
			ow.anyConn[c] = true
		}
	}
	slices.Sort(ow.langs)
	for en := range ow.byEnglish {
		if strings.Contains(en, "'") {
			ow.byBare[strings.ReplaceAll(en, "'", "")] = en
		}
	}
	return ow
})

// add indexes one translation: the English word en is words in lang.
func (ow *orgWords) add(en, lang, words string) {
	var ini []byte
	for _, w := range strings.Fields(words) {
		if len(w) >= 3 {
			ini = append(ini, byte(unicode.ToUpper(rune(w[0]))))
		}
	}
	e := orgWordEntry{english: en, englishKey: Key(en), lang: lang, initial: string(ini)}
	ow.byEnglish[en] = append(ow.byEnglish[en], e)
	if e.initial != "" {
		if ow.initials[en] == nil {
			ow.initials[en] = map[string][]string{}
		}
		if !slices.Contains(ow.initials[en][lang], e.initial) {
			ow.initials[en][lang] = append(ow.initials[en][lang], e.initial)
		}
	}
	if !strings.Contains(words, " ") {
		ow.rawForms[words] = true
		k := Key(words)
		ow.byForeign[k] = append(ow.byForeign[k], e)
	}
}

// orgNameWords splits a name into its words in small letters, an
// apostrophe's elided article (d', l', dell') set apart as a word of its
// own and a possessive 's kept ("people's").
func orgNameWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '(' || r == ')' || r == '–' }) {
		w = strings.ToLower(strings.Trim(w, ".:;\"“”"))
		w = strings.ReplaceAll(w, "’", "'")
		if i := strings.IndexByte(w, '\''); i > 0 && i <= 4 && i < len(w)-1 && !strings.HasSuffix(w, "'s") {
			out = append(out, w[:i], w[i+1:])
			continue
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// sameRegionKey reports whether two region keys name one country in two
// languages: equal, one letter another (Brasil, Brazil), or one the
// other with at most two letters added (Italia, Italy).
func sameRegionKey(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 4 {
		return false
	}
	if len(a) == len(b) { // one letter another: Brasil, Brazil
		d := 0
		for i := range len(a) {
			if a[i] != b[i] {
				d++
			}
		}
		return d <= 1
	}
	return strings.HasPrefix(b, a) && len(b)-len(a) <= 2
}

// translatedName reports whether foreign, read word by word through
// orgWordTable in one language, is the English name en.
func translatedName(en, foreign string) bool {
	if !strings.Contains(foreign, " ") && !strings.Contains(foreign, "'") || !hasNameHead(en) {
		return false
	}
	fw := orgNameWords(foreign)
	if len(fw) < 2 || len(fw) > 10 {
		return false
	}
	ow := orgWordIndex()
	fk := make([]string, len(fw))
	for i := 0; i < len(fw); i++ { // every word a connector, a word of the table or a country
		if ow.anyConn[fw[i]] {
			continue
		}
		fk[i] = Key(fw[i])
		if _, ok := ow.byForeign[fk[i]]; ok || isRegionKey(fk[i:i+1]) || countryWordCodes(fk[i]) != nil {
			continue
		}
		// The tables write č, ş, ő... without their marks (socijalisticka),
		// which Key reads otherwise (ch, sh).
		bare := withoutMarks(fw[i])
		if plain := Key(bare); ow.byForeign[plain] != nil {
			fk[i] = plain
			continue
		}
		k1, k2, ok := compoundWords(bare, ow)
		if !ok {
			if len(fk[i]) >= 4 && sharedWord(fk[i], en) {
				fk[i] = sharedMark + fk[i] // a name both write alike (Colorado)
				continue
			}
			return false
		}
		// Two words of the table in one (Freiheitspartei, Folkpartiet).
		fw = slices.Insert(fw, i+1, k2)
		fw[i] = k1
		fk = slices.Insert(fk, i+1, k2)
		fk[i] = k1
		i++
	}
	var want, regions []string // the English content words; its countries' keys
	head := false
	for _, w := range orgNameWords(en) {
		if optionalOrgWord(w) {
			continue
		}
		w = englishTableWord(w, ow)
		if _, known := ow.byEnglish[w]; !known {
			if k := Key(w); isRegionKey([]string{k}) || englishCountryCodes(k) != nil {
				regions = append(regions, k) // a country, or its adjective (Malaysian)
				continue
			}
		}
		want = append(want, w)
		head = head || nameHeads().set[w]
	}
	if !head {
		return false
	}
	for lang := range orgLangs {
		if translatedIn(lang, slices.Clone(want), slices.Clone(regions), fw, fk, ow) {
			return true
		}
	}
	return false
}

func translatedIn(lang string, want, regions, fw, fk []string, ow *orgWords) bool {
	translated := false
	for j, w := range fw {
		if ow.conn[lang][w] {
			continue
		}
		k := fk[j]
		if k == "" {
			return false // another language's connector
		}
		if shared, ok := strings.CutPrefix(k, sharedMark); ok {
			i := slices.IndexFunc(want, func(w string) bool { return Key(w) == shared })
			if i < 0 {
				return false
			}
			want = append(want[:i:i], want[i+1:]...)
			continue
		}
		found := false
		for _, e := range ow.byForeign[k] {
			if e.lang != lang {
				continue
			}
			if i := slices.Index(want, e.english); i >= 0 {
				want = append(want[:i:i], want[i+1:]...)
				found = true
				translated = translated || k != e.englishKey
				break
			}
		}
		if found {
			continue
		}
		if isRegionKey(fk[j:j+1]) || countryWordCodes(k) != nil {
			i := 0
			for i < len(regions) && !sameRegionKey(regions[i], k) && !sameCountryKey(k, regions[i]) {
				i++
			}
			if i == len(regions) {
				return false
			}
			regions = append(regions[:i:i], regions[i+1:]...)
			continue
		}
		return false
	}
	return translated && len(want) == 0 && len(regions) == 0
}

// ownAcronym reports whether acr, in capitals, spells the initials of the
// English name en translated through orgWordTable into one language, in
// that language's order: the acronym's letters (ownAcronymLetters), the
// English name read once into units with their initials in every
// language, then each language in turn (spellsInLanguage).
func ownAcronym(acr, en string) bool {
	if len(acr) < 2 || len(acr) > 10 || !isASCIIUpper(acr[0]) || !isASCIIUpper(acr[1]) || !strings.Contains(en, " ") {
		return false
	}
	if !hasTableHead(en) {
		return false
	}
	acr, ok := ownAcronymLetters(acr)
	if !ok {
		return false
	}
	ow := orgWordIndex()
	// The English name's units (ownUnit), once.
	var ub [12]ownUnit
	units := ub[:0]
	heads := false
	var engb [12]byte
	eng := engb[:0]
	nKnown, nOwn := 0, 0 // content words the tables know; others, not places
	for start := 0; start < len(en); {
		end := start
		for end < len(en) && en[end] != ' ' && en[end] != '-' {
			end++
		}
		raw := strings.Trim(en[start:end], ".,:;()")
		start = end + 1
		if raw == "" {
			continue
		}
		if len(units) == len(ub) {
			return false
		}
		w := strings.ToLower(raw)
		if optionalOrgWord(w) {
			units = append(units, ownUnit{conn: w})
			continue
		}
		tw := w
		if w == "trade" && start < len(en) && strings.HasPrefix(strings.ToLower(en[start:]), "union") {
			tw = "trade union"
			start += len("union") + 1
		}
		tw = englishTableWord(tw, ow) // Workers, workers'
		_, known := ow.byEnglish[tw]
		var country []string
		switch {
		case known:
			nKnown++
		case !isPlaceWord(w):
			nOwn++
		default:
			country = englishCountryCodes(Key(w)) // its letter at home too: country_initials.go
		}
		heads = heads || orgTableHeads[w] || infoOf(Key(w)).orgHead
		c := raw[0]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		eng = append(eng, c)
		units = append(units, ownUnit{known: known, tr: ow.initials[tw], initial: c, capital: isASCIIUpper(raw[0]), country: country})
	}
	if string(eng) == acr || len(acr) < 4 && !heads || len(eng) < 2 {
		return false
	}
	// The name must be in the tables' words: its words the tables lack
	// keep their English letter, and a name mostly of such words is an
	// English name whose own initials are its acronym (Philippine Bowling
	// Federation, PBF, not the PBS of Savez; Federation of Small
	// Businesses, FSB, not SSB). Places keep their letter in every
	// language (Armed Forces of Bosnia and Herzegovina, OSBiH).
	if nOwn >= nKnown {
		return false
	}
	for _, lang := range ow.langs {
		if spellsInLanguage(acr, units, lang) {
			return true
		}
	}
	return false
}

// ownAcronymLetters returns acr in capitals when it is capitals with a
// connector's letter perhaps small (OSBiH): one small letter at most, not
// the last. acr has 10 letters at most.
func ownAcronymLetters(acr string) (string, bool) {
	var ab [10]byte
	small := 0
	for i := 0; i < len(acr); i++ {
		switch c := acr[i]; {
		case isASCIIUpper(c):
			ab[i] = c
		case 'a' <= c && c <= 'z' && i < len(acr)-1 && small == 0:
			ab[i] = c - ('a' - 'A')
			small++
		default:
			return "", false
		}
	}
	return string(ab[:len(acr)]), true
}

// ownUnit is one unit of the English name ownAcronym reads: a connector
// ("and", "of") or a content word (two for "trade union") with its table
// entries.
type ownUnit struct {
	conn    string
	known   bool                // the table has the word
	tr      map[string][]string // its initials by language
	initial byte                // the English initial
	capital bool
	country []string // a country's codes, when the word names one or makes its adjective
}

// spellsInLanguage reports whether acr spells the initials of the name's
// units (ownAcronym) translated into lang, in lang's order: a word the
// tables lack keeps its English initial when it is capitalised, "and"
// gives lang's and's letter or none, and in a language that puts the head
// noun first "of" may give a D and each run of words between connectors
// is read head first.
func spellsInLanguage(acr string, units []ownUnit, lang string) bool {
	var sb [24]acrSlot
	var rb [24][]acrSlot
	l := orgLangs[lang]
	slots, runs := sb[:0], rb[:0]
	translated := false
	from := 0 // the first slot of the current run
	for _, u := range units {
		if u.conn != "" {
			if len(slots) > from {
				runs = append(runs, slots[from:len(slots):len(slots)])
			}
			switch {
			case u.conn == "and":
				slots = append(slots, acrSlot{letters: []string{strings.ToUpper(l.and[:1])}, optional: true})
				runs = append(runs, slots[len(slots)-1:len(slots):len(slots)])
			case u.conn == "of" && l.headFirst:
				slots = append(slots, acrSlot{letters: []string{"D"}, optional: true})
				runs = append(runs, slots[len(slots)-1:len(slots):len(slots)])
			}
			from = len(slots)
			continue
		}
		sl := acrSlot{letters: u.tr[lang]}
		for _, ini := range sl.letters {
			translated = translated || ini != string(u.initial)
		}
		if sl.letters == nil {
			if u.known || !u.capital {
				return false // the table has the word, not in this language; or a common word it lacks
			}
			sl.letters = []string{string(u.initial)}
			// The country by its name at home (Deutschlands, Hrvatske):
			// a translation when the acronym lacks its English letter
			// (RDC is no translation of the Congo).
			for _, c := range []byte(countryInitials(u.country, lang)) {
				sl.letters = append(sl.letters, string(c))
				translated = translated || strings.IndexByte(acr, u.initial) < 0
			}
		}
		slots = append(slots, sl)
	}
	if !translated || len(slots) > len(sb) {
		return false
	}
	if len(slots) > from {
		runs = append(runs, slots[from:])
	}
	if !l.headFirst {
		return spellsSlots(acr, slots)
	}
	// Head first: each run's last word first, then the others in the
	// English order or turned around (the two orders of every run
	// taken together, to keep the search small).
	for _, turned := range []bool{false, true} {
		var ob [24]acrSlot
		order := ob[:0]
		for _, r := range runs {
			n := len(r)
			order = append(order, r[n-1])
			for j := range n - 1 {
				if turned {
					order = append(order, r[n-2-j])
				} else {
					order = append(order, r[j])
				}
			}
		}
		if spellsSlots(acr, order) {
			return true
		}
	}
	return false
}

// An acronym slot: the letters one unit may give; optional units may give
// none.
type acrSlot struct {
	letters  []string
	optional bool
}

// spellsSlots reports whether acr is the slots' letters in order, each
// optional slot giving its letters or none.
func spellsSlots(acr string, slots []acrSlot) bool {
	if len(slots) == 0 {
		return acr == ""
	}
	s := slots[0]
	if s.optional && spellsSlots(acr, slots[1:]) {
		return true
	}
	for _, l := range s.letters {
		if strings.HasPrefix(acr, l) && spellsSlots(acr[len(l):], slots[1:]) {
			return true
		}
	}
	return false
}

// compoundWords splits w, a word the tables lack in small letters without
// marks, into two words of orgWordIndex and returns their keys: a compound
// of the Germanic, Baltic and Finnic languages (Freiheitspartei,
// Folkpartiet, Kansanpuolue, Reformierakond, Sozialdemokratische). The
// first part may end in a linking s (Freiheits-). Each part four letters
// or more.
func compoundWords(w string, ow *orgWords) (string, string, bool) {
	for i := 4; i+4 <= len(w); i++ {
		if !ow.rawForms[w[i:]] {
			continue
		}
		first := w[:i]
		if !ow.rawForms[first] {
			s, ok := strings.CutSuffix(first, "s")
			if !ok || len(s) < 4 || !ow.rawForms[s] {
				continue
			}
			first = s
		}
		return Key(first), Key(w[i:]), true
	}
	return "", "", false
}

// sharedMark marks a foreign word's key in translatedName as a word the
// English name writes alike, untranslated: a proper name (Partido
// Colorado, Colorado Party; Partido Aprista Peruano, Peruvian Aprista
// Party).
const sharedMark = "="

// sharedWord reports whether a word of en, not a word of the tables, has
// key k.
func sharedWord(k, en string) bool {
	ow := orgWordIndex()
	for _, w := range orgNameWords(en) {
		if Key(w) == k && ow.byEnglish[englishTableWord(w, ow)] == nil {
			return true
		}
	}
	return false
}

// isPlaceWord reports whether w, a word of a name in small letters, names
// a country or a region or makes an adjective of a country's name
// (Philippine, Serbia, Bosnia).
func isPlaceWord(w string) bool {
	k := Key(w)
	return countryWordCodes(k) != nil || isRegionKey([]string{k})
}
