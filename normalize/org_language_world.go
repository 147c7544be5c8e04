package normalize

// orgWordTableWorld adds to orgWordTable, written the same way (from the
// languages' grammars and common dictionary knowledge, no file copied),
// the head noun Organization (both spellings) and the words of the names
// of international and intergovernmental bodies that the first tables
// lacked: world, health, development, trade, economic, cooperation,
// energy, atomic, education, agriculture, food, meteorological, maritime,
// tourism, intellectual, property. The World Health Organization is the
// Organisation mondiale de la santé (OMS), the International Labour
// Organization the Organización Internacional del Trabajo (OIT), the
// World Trade Organization the Organisation mondiale du commerce (OMC):
// ownAcronym reads them with the head noun first, as org5 set out.
var orgWordTableWorld = map[string]string{
	"organization":   "fr organisation|es organizacion|it organizzazione|pt organizacao|ca organitzacio|de organisation|nl organisatie|sh organizacija|pl organizacja|cs organizace|ru organizatsiya|id organisasi|tr orgutu|tr teskilati|no organisasjon|da organisation|sv organisation|ro organizatie|ro organizatia",
	"organisation":   "fr organisation|es organizacion|it organizzazione|pt organizacao|ca organitzacio|de organisation|nl organisatie|sh organizacija|pl organizacja|cs organizace|ru organizatsiya|id organisasi|tr orgutu|tr teskilati|no organisasjon|da organisation|sv organisation|ro organizatie|ro organizatia",
	"world":          "fr mondial|fr mondiale|es mundial|it mondiale|pt mundial|ca mundial|de welt|nl wereld|sh svjetska|sh svetska|pl swiatowa|pl swiatowy|cs svetova|ru vsemirnaya|ru mirovoy|id dunia|tr dunya|no verdens|da verdens|sv varlds|ro mondial|ro mondiala",
	"health":         "fr sante|es salud|it sanita|pt saude|ca salut|de gesundheit|nl gezondheid|sh zdravlja|sh zdravstvena|pl zdrowia|cs zdravotnicka|ru zdravookhraneniya|id kesehatan|tr saglik|no helse|da sundhed|sv halsa|ro sanatate|ro sanatatii",
	"development":    "fr developpement|es desarrollo|it sviluppo|pt desenvolvimento|ca desenvolupament|de entwicklung|nl ontwikkeling|sh razvoj|pl rozwoju|cs rozvoj|ru razvitiya|id pembangunan|tr kalkinma|no utvikling|da udvikling|sv utveckling|ro dezvoltare",
	"trade":          "fr commerce|es comercio|it commercio|pt comercio|ca comerc|de handel|de handels|nl handel|sh trgovinska|pl handlu|cs obchodni|ru torgovli|id perdagangan|tr ticaret|no handel|da handel|sv handel|ro comert|ro comertului",
	"economic":       "fr economique|es economico|es economica|it economico|it economica|pt economico|pt economica|ca economic|ca economica|de wirtschaft|de wirtschaftliche|nl economische|sh ekonomska|pl gospodarcza|cs hospodarska|ru ekonomicheskoe|ru ekonomicheskaya|id ekonomi|tr ekonomik|no okonomisk|da okonomisk|sv ekonomisk|ro economica|ro economic",
	"cooperation":    "fr cooperation|es cooperacion|it cooperazione|pt cooperacao|ca cooperacio|de zusammenarbeit|nl samenwerking|sh saradnju|sh suradnju|pl wspolpracy|cs spolupraci|ru sotrudnichestva|id kerja sama|tr isbirligi|no samarbeid|da samarbejde|sv samarbete|ro cooperare",
	"energy":         "fr energie|es energia|it energia|pt energia|ca energia|de energie|nl energie|sh energiju|pl energii|cs energii|ru energii|id energi|tr enerji|no energi|da energi|sv energi|ro energie|ro energiei",
	"atomic":         "fr atomique|es atomica|it atomica|pt atomica|ca atomica|de atomenergie|nl atoomenergie|sh atomsku|pl atomowej|cs atomovou|ru atomnoy|id atom|tr atom|no atomenergi|da atomenergi|sv atomenergi|ro atomica",
	"education":      "fr education|es educacion|it educazione|it istruzione|pt educacao|ca educacio|de bildung|nl onderwijs|sh obrazovanje|pl edukacji|cs vzdelavani|ru obrazovaniya|id pendidikan|tr egitim|no utdanning|da uddannelse|sv utbildning|ro educatie|ro educatiei",
	"agriculture":    "fr agriculture|es agricultura|it agricoltura|pt agricultura|ca agricultura|de landwirtschaft|nl landbouw|sh poljoprivredu|pl rolnictwa|cs zemedelstvi|ru selskogo khozyaystva|id pertanian|tr tarim|no landbruk|da landbrug|sv jordbruk|ro agricultura",
	"food":           "fr alimentation|es alimentacion|it alimentazione|pt alimentacao|ca alimentacio|de ernahrung|nl voedsel|sh hranu|pl wyzywienia|cs vyzivu|ru prodovolstviya|id pangan|tr gida|no mat|da fodevarer|sv livsmedel|ro alimentatie",
	"meteorological": "fr meteorologique|es meteorologica|it meteorologica|pt meteorologica|ca meteorologica|de meteorologische|nl meteorologische|sh meteoroloska|pl meteorologiczna|cs meteorologicka|ru meteorologicheskaya|id meteorologi|tr meteoroloji|no meteorologiske|da meteorologiske|sv meteorologiska|ro meteorologica",
	"maritime":       "fr maritime|es maritima|it marittima|pt maritima|ca maritima|de seeschifffahrts|nl maritieme|sh pomorska|pl morska|cs namorni|ru morskaya|id maritim|tr denizcilik|no maritime|da maritime|sv sjofarts|ro maritima",
	"tourism":        "fr tourisme|es turismo|it turismo|pt turismo|ca turisme|de tourismus|nl toerisme|sh turizam|pl turystyki|cs cestovniho ruchu|ru turizma|id pariwisata|tr turizm|no turisme|da turisme|sv turism|ro turism|ro turismului",
	"intellectual":   "fr intellectuelle|es intelectual|it intellettuale|pt intelectual|ca intellectual|de geistigen|nl intellectuele|sh intelektualno|pl intelektualnej|cs dusevniho|ru intellektualnoy|id intelektual|tr fikri|no immaterielle|da intellektuel|sv immaterialratt|ro intelectuala",
	"property":       "fr propriete|es propiedad|it proprieta|pt propriedade|ca propietat|de eigentum|nl eigendom|sh vlasnistvo|pl wlasnosci|cs vlastnictvi|ru sobstvennosti|id kekayaan|tr mulkiyet|no eiendom|da ejendomsret|sv egendom|ro proprietate|ro proprietatii",
}
