package normalize

// orgWordTableMore adds to orgWordTable, written the same way (from the
// languages' grammars and common dictionary knowledge, no file copied):
//
//   - seven English words of organisation names the first table lacked
//     (authority, command, land, port, reserve, supreme, high), in all of
//     its languages: the Bangladesh Land Port Authority is the Bangladesh
//     Sthal Bandar Kartripakkha (BSBK), the Reserve of the Supreme High
//     Command the Rezerv Verkhovnogo Glavnogo Komandovaniya (RVGK);
//   - the Scandinavian languages (Norwegian Bokmål "no", Danish "da",
//     Swedish "sv"), the noun with and without its suffixed definite
//     article (-en, -et, -a; Swedish -n, -t: partiet, banken, rådet,
//     politiet), adjectives with their -e/-a forms; Romanian ("ro"), the
//     noun with its suffixed article (-ul, -a: partidul, banca, armata)
//     and ț written t or ts; Bengali ("bn") and Hindi ("hi") romanized as
//     names are in the press (dal, jatiya, rashtriya, sangh, parishad);
//     Chinese Pinyin ("zh": yinhang, renmin, gongsi, daxue, jun, dang),
//     each word of a name one table entry.
//
// Letters outside ASCII are written folded (æ ae, ø o, å a, ă a, ș s, ț t),
// as Key folds them: an acronym takes a word's first letter only.
var orgWordTableMore = map[string]string{
	// The new English words, in the first table's languages and the new ones.
	"authority": "fr autorite|es autoridad|it autorita|pt autoridade|ca autoritat|de behorde|nl autoriteit|sh uprava|sh vlast|pl urzad|cs urad|ru upravlenie|id otoritas|tr otoritesi|no myndighet|no tilsyn|no tilsynet|da myndighed|da tilsyn|da tilsynet|sv myndighet|sv myndigheten|ro autoritate|ro autoritatea|bn kartripakkha|bn kartripakhya|bn kartipakkha|hi pradhikaran|hi pradhikarana",
	"command":   "fr commandement|es mando|es comando|it comando|pt comando|ca comandament|de kommando|nl commando|sh komanda|pl dowodztwo|cs velitelstvi|ru komandovanie|ru komandovaniya|id komando|tr komutanligi|no kommando|no kommandoen|da kommando|da kommandoen|sv kommando|sv kommandot|ro comandament|ro comandamentul",
	"land":      "fr terrestre|es terrestre|it terrestre|pt terrestre|ca terrestre|de land|nl land|sh kopnena|sh kopneni|pl ladowe|pl ladowy|cs pozemni|ru sukhoputnye|ru sukhoputny|id darat|tr kara|no land|da land|sv land|ro terestru|ro terestra|bn sthal|bn sthol|hi sthal|hi thal",
	"port":      "fr port|es puerto|it porto|pt porto|ca port|de hafen|nl haven|sh luka|pl port|cs pristav|ru port|id pelabuhan|tr liman|tr limani|no havn|no havna|da havn|da havnen|sv hamn|sv hamnen|ro port|ro portul|bn bandar|bn bondor|hi bandargah|zh gang|zh gangkou",
	"reserve":   "fr reserve|es reserva|it riserva|pt reserva|ca reserva|de reserve|nl reserve|sh rezerva|pl rezerwa|cs zaloha|ru rezerv|ru rezerva|id cadangan|tr yedek|no reserve|da reserve|sv reserv|ro rezerva",
	"supreme":   "fr supreme|es supremo|es suprema|it supremo|it suprema|pt supremo|pt suprema|ca suprem|ca suprema|de oberste|de oberster|nl opperste|nl hoogste|sh vrhovni|sh vrhovna|pl najwyzszy|pl naczelne|cs nejvyssi|ru verkhovny|ru verkhovnogo|ru verkhovnoe|ru verkhovnaya|id agung|id tertinggi|tr yuksek|tr yuce|no hoyeste|da hojeste|sv hogsta|ro suprem|ro suprema|bn sarbochcho|hi sarvochch",
	"high":      "fr haut|fr haute|es alto|es alta|it alto|it alta|pt alto|pt alta|ca alt|ca alta|de hohe|de hoher|nl hoge|sh visoki|sh visoka|pl wysoki|pl wysoka|cs vysoky|cs vysoka|ru vysshy|ru vysshaya|ru glavny|ru glavnogo|ru glavnoe|id tinggi|tr yuksek|no hoy|no hoye|da hoj|da hoje|sv hog|sv hoga|ro inalt|ro inalta",

	// The first table's words in the new languages.
	"bank":          "no bank|no banken|da bank|da banken|sv bank|sv banken|ro banca|ro banci|bn bank|bn byank|hi bank|zh yinhang",
	"party":         "no parti|no partiet|da parti|da partiet|sv parti|sv partiet|ro partid|ro partidul|bn dal|bn party|hi dal|hi party|zh dang",
	"front":         "no front|no fronten|da front|da fronten|sv front|sv fronten|ro front|ro frontul|bn front|bn morcha|hi morcha|zh zhenxian",
	"union":         "no union|no unionen|no forbund|no forbundet|da union|da unionen|da forbund|da forbundet|sv union|sv unionen|sv forbund|sv forbundet|ro uniune|ro uniunea|bn sangha|bn sangh|hi sangh|zh lianmeng",
	"trade union":   "no fagforbund|no fagforening|no fagforeningen|da fagforbund|da fagforening|da fagforeningen|sv fackforbund|sv fackforbundet|sv fackforening|ro sindicat|ro sindicatul|ro sindicatelor|bn sramik|hi mazdoor sangh|hi shramik|zh gonghui",
	"army":          "no haer|no haeren|da haer|da haeren|sv arme|sv armen|ro armata|ro armatei|bn senabahini|bn sena|hi sena|zh jun|zh jundui",
	"armed":         "no vaepnede|da vaebnede|sv vapnade|ro armate|bn sashastra|hi sashastra|zh wuzhuang",
	"forces":        "no styrker|no forsvaret|da styrker|da forsvaret|sv styrkor|sv forsvarsmakten|ro forte|ro fortele|ro fortsele|ro fortse|bn bahini|hi bal|hi sena|zh budui|zh liliang",
	"police":        "no politi|no politiet|da politi|da politiet|sv polis|sv polisen|ro politie|ro politia|ro politsie|ro politsia|bn police|bn pulish|hi police|hi pulis|zh jingcha|zh gongan",
	"ministry":      "no departement|no departementet|no ministerium|da ministerium|da ministeriet|sv departement|sv departementet|ro minister|ro ministerul|bn mantranalay|bn montronaloy|hi mantralaya|hi mantralay|zh bu",
	"committee":     "no komite|no komiteen|no utvalg|no utvalget|da komite|da komiteen|da udvalg|da udvalget|sv kommitte|sv kommitten|sv utskott|sv utskottet|ro comitet|ro comitetul|bn committee|bn samiti|hi samiti|zh weiyuanhui",
	"council":       "no rad|no radet|da rad|da radet|sv rad|sv radet|ro consiliu|ro consiliul|bn parishad|bn porishod|hi parishad|zh lishihui|zh yihui",
	"federation":    "no forbund|no forbundet|no foderasjon|da forbund|da forbundet|da foderation|sv forbund|sv forbundet|sv federation|ro federatie|ro federatia|ro federatsie|ro federatsia|bn federation|bn sangha|hi mahasangh|zh lianhehui",
	"confederation": "no konfoderasjon|no landsorganisasjon|da konfoderation|da landsorganisation|sv konfederation|sv landsorganisation|ro confederatie|ro confederatia|ro confederatsie|ro confederatsia|hi mahasangh",
	"association":   "no forening|no foreningen|no forbund|da forening|da foreningen|sv forening|sv foreningen|ro asociatie|ro asociatia|ro asociatsie|ro asociatsia|bn samiti|bn samity|hi sangh|hi samiti|zh xiehui",
	"league":        "no liga|no ligaen|no forbund|da liga|da ligaen|sv liga|sv ligan|sv forbund|ro liga|bn league|bn lig|hi league|zh lianmeng",
	"movement":      "no bevegelse|no bevegelsen|da bevaegelse|da bevaegelsen|sv rorelse|sv rorelsen|ro miscare|ro miscarea|bn andolan|hi andolan|zh yundong",
	"institute":     "no institutt|no instituttet|da institut|da instituttet|sv institut|sv institutet|ro institut|ro institutul|bn institute|bn protishthan|hi sansthan|zh yanjiusuo|zh xueyuan",
	"university":    "no universitet|no universitetet|da universitet|da universitetet|sv universitet|sv universitetet|ro universitate|ro universitatea|bn bishwabidyalay|bn bishwabidyalaya|bn biswabidyalay|hi vishwavidyalaya|hi vishwavidyalay|zh daxue",
	"company":       "no selskap|no selskapet|da selskab|da selskabet|sv bolag|sv bolaget|ro companie|ro compania|ro societate|ro societatea|bn company|hi company|zh gongsi",
	"agency":        "no etat|no etaten|no direktorat|no direktoratet|no byra|no byraet|da styrelse|da styrelsen|da agentur|sv verk|sv verket|sv myndighet|sv byra|ro agentie|ro agentia|ro agentsie|ro agentsia|bn sangstha|hi abhikaran|zh ju|zh shu",
	"office":        "no kontor|no kontoret|no byra|da kontor|da kontoret|sv kontor|sv kontoret|sv ambete|ro oficiu|ro oficiul|ro birou|ro biroul|bn daftar|bn karyalay|hi karyalay|hi daftar|zh bangongshi|zh shu",
	"service":       "no tjeneste|no tjenesten|da tjeneste|da tjenesten|sv tjanst|sv tjansten|ro serviciu|ro serviciul|bn seba|bn sheba|hi seva|zh fuwu",
	"guard":         "no garde|no garden|da garde|da garden|sv garde|sv gardet|ro garda|bn rakkhi|hi rakshak|zh weidui",
	"brigade":       "no brigade|no brigaden|da brigade|da brigaden|sv brigad|sv brigaden|ro brigada|bn brigade|hi brigade|zh lu",
	"corps":         "no korps|no korpset|da korps|da korpset|sv kar|sv karen|ro corp|ro corpul|bn kor|hi kor|zh jun|zh bingtuan",
	"republic":      "no republikk|no republikken|da republik|da republikken|sv republik|sv republiken|ro republica|ro republicii|bn prajatantri|bn projatontro|hi ganarajya|hi ganatantra|zh gongheguo",
	"corporation":   "no selskap|no selskapet|no konsern|da selskab|da koncern|sv bolag|sv koncern|ro corporatie|ro corporatia|ro corporatsie|ro corporatsia|bn corporation|bn sangstha|hi nigam|zh gongsi|zh jituan",
	"alliance":      "no allianse|no alliansen|da alliance|da alliancen|sv allians|sv alliansen|ro alianta|ro aliantsa|bn jote|bn jot|hi gathbandhan|zh tongmeng|zh lianmeng",
	"national":      "no nasjonal|no nasjonale|da national|da nationale|sv nationell|sv nationella|ro national|ro nationala|ro natsional|ro natsionala|ro natsionale|ro nationale|bn jatiya|bn jatiyo|bn jatio|hi rashtriya|zh guojia|zh quanguo",
	"central":       "no sentral|no sentrale|da central|da centrale|sv central|sv centrala|ro central|ro centrala|bn kendriya|bn kendriyo|hi kendriya|zh zhongyang",
	"democratic":    "no demokratiske|da demokratiske|sv demokratiska|ro democrat|ro democrata|ro democratic|ro democratica|bn gonotantrik|bn ganatantrik|hi loktantrik|zh minzhu",
	"socialist":     "no sosialistiske|no sosialistisk|da socialistiske|da socialistisk|sv socialistiska|sv socialistisk|ro socialist|ro socialista|bn samajtantrik|bn somajtantrik|hi samajwadi|zh shehuizhuyi",
	"people's":      "no folkets|da folkets|sv folkets|ro popular|ro populara|ro poporului|bn gana|bn gono|bn jana|bn janata|hi jan|hi jana|hi janata|hi lok|zh renmin",
	"popular":       "no folkelig|da folkelig|sv folklig|ro popular|ro populara|bn gana|hi jan|hi lok|zh renmin",
	"liberation":    "no frigjoring|no frigjoringen|da befrielse|da befrielsen|sv befrielse|sv befrielsen|ro eliberare|ro eliberarii|bn mukti|hi mukti|zh jiefang",
	"united":        "no forente|da forenede|sv forenade|sv forenta|ro unite|ro unit|ro unita|bn sammilito|bn oikya|hi sanyukt|zh lianhe",
	"federal":       "no foderal|no foderale|da foderal|da foderale|sv federal|sv federala|ro federal|ro federala|bn federal|hi sangheey|zh lianbang",
	"state":         "no stat|no statens|no statlig|da stat|da statens|da statslig|sv stat|sv statens|sv statlig|ro stat|ro statului|bn rashtriya|bn rashtro|hi rajya|zh guojia",
	"international": "no internasjonal|no internasjonale|da international|da internationale|sv internationell|sv internationella|ro international|ro internationala|ro internatsional|ro internatsionala|bn antorjatik|bn antarjatik|hi antarrashtriya|zh guoji",
	"liberal":       "no liberale|da liberale|sv liberala|ro liberal|ro liberala|bn udarpanthi|hi udarvadi|zh ziyou",
	"communist":     "no kommunistiske|no kommunistisk|da kommunistiske|da kommunistisk|sv kommunistiska|sv kommunistisk|ro comunist|ro comunista|bn communist|bn samyabadi|hi samyavadi|zh gongchan",
	"workers'":      "no arbeidernes|no arbeider|da arbejdernes|da arbejder|sv arbetarnas|sv arbetar|ro muncitoresc|ro muncitoreasca|ro muncitorilor|bn sramik|bn shromik|hi shramik|hi mazdoor|zh gongren",
	"labour":        "no arbeid|no arbeids|da arbejde|da arbejds|sv arbete|sv arbets|ro munca|ro muncii|bn sram|hi shram|zh laodong",
	"revolutionary": "no revolusjonaere|da revolutionaere|sv revolutionara|ro revolutionar|ro revolutionara|bn biplobi|bn biplabi|hi krantikari|zh geming",
	"social":        "no sosial|no sosiale|da social|da sociale|sv social|sv sociala|ro social|ro sociala|bn samajik|hi samajik|zh shehui",
	"security":      "no sikkerhet|no sikkerhets|da sikkerhed|da sikkerheds|sv sakerhet|sv sakerhets|ro securitate|ro securitatii|bn nirapatta|hi suraksha|zh anquan",
	"defence":       "no forsvar|no forsvaret|no forsvars|da forsvar|da forsvaret|da forsvars|sv forsvar|sv forsvaret|sv forsvars|ro aparare|ro apararii|bn pratiraksha|bn protiroksha|hi raksha|zh guofang",
	"olympic":       "no olympiske|da olympiske|sv olympiska|ro olimpic|ro olimpica|bn olympic|hi olympic|zh aolinpike",
	"media":         "no medier|no mediene|da medier|da medierne|sv medier|sv medierna|ro media|ro presa|bn gonomadhyam|hi media|zh meiti",
	"left":          "sv vanster|ro stanga|bn bam|hi vam|zh zuoyi",
	"right":         "ro dreapta|bn dakshin|hi dakshin|zh youyi",
}
