package langwords

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// fieldWindows cuts file into texts of size whitespace-separated fields
// each, as written (case and punctuation kept), starting at field offset,
// at most max texts; nil when the file is missing.
func fieldWindows(file string, size, offset, max int) []string {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	return textWindows(string(b), size, offset, max)
}

func textWindows(text string, size, offset, max int) []string {
	fs := strings.Fields(text)
	var out []string
	for i := offset; i+size <= len(fs) && len(out) < max; i += size {
		out = append(out, strings.Join(fs[i:i+size], " "))
	}
	return out
}

// englishShort are short English texts a newsroom runs through normalize
// with foreign words in them (names, places, quotes, titles), written for
// the short reading's dev measurement: each must stay unread.
var englishShort = []string{
	"Emmanuel Macron said 'c'est la vie' in Paris after the summit with Olaf Scholz.",
	"The Élysée said François Hollande would meet Angela Merkel in Berlin on Tuesday.",
	"Les Misérables returns to the West End with a new cast and a revised score.",
	"Pedro Sánchez and Mariano Rajoy clashed over Catalonia in a televised debate.",
	"Crowds chanted ¡No pasarán! outside the Congreso de los Diputados in Madrid.",
	"Recep Tayyip Erdoğan told reporters in Ankara that Türkiye would not back down.",
	"José Luis Rodríguez Zapatero, Felipe González and José María Aznar met in Seville.",
	"Gerhard Schröder's Nord Stream role drew criticism from the Bundestag's Grünen.",
	"Lech Wałęsa and Donald Tusk attended the ceremony at the Gdańsk shipyard.",
	"Andrej Babiš won the Czech election; Petr Fiala conceded in Prague on Saturday.",
	"Viktor Orbán's Fidesz party swept the vote in Győr, Pécs and Debrecen.",
	"Jens Stoltenberg visited Tromsø and Bodø before flying to København.",
	"Luiz Inácio Lula da Silva won São Paulo state by a narrow margin.",
	"Volodymyr Zelensky met Petro Poroshenko in Kyiv; both praised the Verkhovna Rada.",
	"Café de Flore, Saint-Germain-des-Prés: where Sartre and de Beauvoir wrote.",
	"Prime Minister Mette Frederiksen said Denmark's økonomi was in good shape.",
	"Von der Leyen says EU will back Ukraine 'so lange wie nötig'.",
	"The crowd in Piazza San Marco sang 'Bella ciao' as the polls closed.",
	"Coup d'état fears grow in Niamey as junta tightens grip.",
	"Nicolás Maduro accuses Iván Duque of plotting with Álvaro Uribe.",
	"Kämpfer in Köln: German police raid mosque in Düsseldorf and Münster.",
	"MACRON SAYS FRANCE WILL DEFEND L'ÉTAT DE DROIT",
	"ERDOĞAN VOWS TO RESPOND AS TÜRKIYE SHELLS KURDISH POSITIONS",
	"Père Lachaise, Montmartre, Notre-Dame de Paris: the city's most visited sites",
	"La Liga: Real Madrid beat Atlético de Madrid 2-1 at the Santiago Bernabéu",
	"Le Monde and Le Figaro led with the story; Libération called it a scandal.",
	"Sergio Mattarella, Giorgia Meloni, Matteo Salvini: Italy's leaders react",
	"Arrivederci Roma: Italian coach quits after defeat in Naples",
	"Mohammed bin Salman met Recep Tayyip Erdoğan and Ebrahim Raisi in Riyadh",
	"Hezbollah's Hassan Nasrallah said Qassem Soleimani's killing would be avenged",
	"Putin told Lavrov: «Мы не отступим» — 'We will not retreat'",
	"Ukraine's foreign ministry tweeted «Слава Україні!» after the vote",
	"Gaël Monfils beat Benoît Paire at Roland-Garros in five sets",
	"Zinédine Zidane, Thierry Henry and Didier Deschamps: France's 1998 heroes",
	"Bjørn Lomborg and Søren Kierkegaard: two Danes, two centuries apart",
	"Ahmet Davutoğlu, Abdullah Gül and Ali Babacan formed a new party",
	"Sebastián Piñera declared a state of emergency in Santiago de Chile",
	"Gdańsk, Kraków, Wrocław, Łódź, Poznań: Poland's largest cities",
	"Dvořák, Janáček, Smetana: Czech composers at the Proms",
	"Les Bleus beat La Roja; Kylian Mbappé scores twice at Stade de France",
}

// TestReadShortDev measures the short reading on texts of 8 to 49 words
// of a known language: UD development texts, and English ones: the seed
// articles, $BITEXT_CSCAT's texts, englishShort, and every English window
// again in capitals. right / unknown / wrong per length, and the English
// windows read as another language (must be 0). With BITEXT_SHORTGRID=1 it
// tries other thresholds too. Run with BITEXT_READDEV=1.
func TestReadShortDev(t *testing.T) {
	if os.Getenv("BITEXT_READDEV") == "" {
		t.Skip("BITEXT_READDEV not set")
	}
	sets := map[string][]string{}
	ud, _ := filepath.Glob("../../align/segment/testdata/ud/*.dev.txt")
	for _, f := range ud {
		lang := strings.TrimSuffix(filepath.Base(f), ".dev.txt")
		if Index(lang) >= 0 && lang != "en" {
			sets[lang] = append(sets[lang], f)
		}
	}
	en := []string{"../../testdata/irgc-iraq.en.txt", "../../testdata/irgc-iraq.en2.txt"}
	if d := os.Getenv("BITEXT_CSCAT"); d != "" {
		cs, _ := filepath.Glob(filepath.Join(d, "*.txt"))
		en = append(en, cs...)
	}
	sets["en"] = en
	params := []shortParams{shortDefault}
	if os.Getenv("BITEXT_SHORTGRID") != "" {
		for _, me := range []int{3, 4, 5} {
			for _, mf := range []int{1, 2} {
				for _, sh := range []float64{0.15, 0.2, 0.25} {
					for _, r := range []float64{1.3, 1.5, 2.0} {
						for _, cr := range []float64{1.5} {
							params = append(params, shortParams{me, mf, sh, r, cr})
						}
					}
				}
			}
		}
	}
	texts := map[int]map[string][]string{}
	sizes := []int{8, 10, 15, 20, 30, 40, 49}
	for _, size := range sizes {
		texts[size] = map[string][]string{}
		for l, files := range sets {
			for _, f := range files {
				max := 400
				if l == "en" {
					max = 1000
				}
				ws := fieldWindows(f, size, 0, max)
				texts[size][l] = append(texts[size][l], ws...)
				if l == "en" {
					for _, w := range ws {
						texts[size][l] = append(texts[size][l], strings.ToUpper(w))
					}
				}
			}
		}
	}
	texts[0] = map[string][]string{"en": englishShort}
	for _, s := range englishShort {
		texts[0]["en"] = append(texts[0]["en"], strings.ToUpper(s))
	}
	sizes = append([]int{0}, sizes...)
	for _, p := range params {
		var sumR, sumU, sumW, sumEnW int
		var out []string
		for _, size := range sizes {
			var langs []string
			for l := range texts[size] {
				langs = append(langs, l)
			}
			sort.Strings(langs)
			var right, unknown, wrong, enWrong, enTotal int
			var lines []string
			for _, l := range langs {
				var r, u, w int
				wrongAs := map[string]int{}
				for _, text := range texts[size][l] {
					switch got := Read(text).Lang; {
					case p != shortDefault:
						got = readShort(text, p)
						if got == "" && l == "en" {
							got = "en"
						}
						fallthrough
					default:
						switch {
						case got == l:
							r++
						case got == "":
							u++
						default:
							w++
							wrongAs[got]++
							if l == "en" && p == shortDefault {
								t.Logf("English read as %s: %q", got, text)
							}
						}
					}
				}
				right, unknown, wrong = right+r, unknown+u, wrong+w
				if l == "en" {
					enWrong, enTotal = w, r+u+w
				}
				lines = append(lines, fmt.Sprintf("%s %d/%d/%d %v", l, r, u, w, wrongAs))
			}
			sumR, sumU, sumW, sumEnW = sumR+right, sumU+unknown, sumW+wrong, sumEnW+enWrong
			out = append(out, fmt.Sprintf("%3d fields: right %d unknown %d wrong %d; English read as another %d of %d\n\t%s", size, right, unknown, wrong, enWrong, enTotal, strings.Join(lines, "\n\t")))
		}
		if p == shortDefault {
			t.Logf("%+v\n%s", p, strings.Join(out, "\n"))
		}
		t.Logf("%+v: right %d unknown %d wrong %d English wrong %d", p, sumR, sumU, sumW, sumEnW)
	}
}

var _ = json.Unmarshal
