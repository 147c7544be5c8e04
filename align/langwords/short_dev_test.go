package langwords

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
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
	sets := devSets()
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
			var sum tallies
			for _, l := range sortedLangs(texts[size]) {
				tl := newTally(l)
				for _, text := range texts[size][l] {
					got := Read(text).Lang
					if p != shortDefault {
						got = readShort(text, p)
						if got == "" && l == "en" {
							got = "en"
						}
					}
					if tl.add(got) && l == "en" && p == shortDefault {
						t.Logf("English read as %s: %q", got, text)
					}
				}
				sum.add(tl)
			}
			sumR, sumU, sumW, sumEnW = sumR+sum.right, sumU+sum.unknown, sumW+sum.wrong, sumEnW+sum.enWrong
			out = append(out, fmt.Sprintf("%3d fields: right %d unknown %d wrong %d; English read as another %d of %d\n\t%s", size, sum.right, sum.unknown, sum.wrong, sum.enWrong, sum.enTotal, strings.Join(sum.lines, "\n\t")))
		}
		if p == shortDefault {
			t.Logf("%+v\n%s", p, strings.Join(out, "\n"))
		}
		t.Logf("%+v: right %d unknown %d wrong %d English wrong %d", p, sumR, sumU, sumW, sumEnW)
	}
}

// TestReadShortHeldOut scores Read once, after the last change, on texts
// the short reading and the close pairs' words never saw: the segmenter's
// extra cases (align/segment/testdata/extra_<lang>.json: da de en es it
// ru, each language's texts joined; not used by normlang either), and the
// UD held-out texts cut at other places (windows starting half a window
// in; normlang scored them cut at 0). Fields of 8 to 49 (the short
// reading; English also in capitals) and words of 150 and 1,000. Run with
// BITEXT_HELDOUT=1.
func TestReadShortHeldOut(t *testing.T) {
	if os.Getenv("BITEXT_HELDOUT") == "" {
		t.Skip("BITEXT_HELDOUT not set")
	}
	extra := map[string]string{}
	files, _ := filepath.Glob("../../align/segment/testdata/extra_*.json")
	for _, f := range files {
		l := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "extra_"), ".json")
		if Index(l) < 0 {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cases []struct{ Text string }
		if err := json.Unmarshal(b, &cases); err != nil {
			t.Fatal(err)
		}
		var sb strings.Builder
		for _, c := range cases {
			sb.WriteString(c.Text + "\n")
		}
		extra[l] = sb.String()
	}
	ud := map[string]string{}
	uds, _ := filepath.Glob("../../align/segment/testdata/ud/*.heldout.txt")
	for _, f := range uds {
		if l := strings.TrimSuffix(filepath.Base(f), ".heldout.txt"); Index(l) >= 0 {
			b, _ := os.ReadFile(f)
			ud[l] = string(b)
		}
	}
	score := func(set string, texts map[string]string, size int, cut func(text string, size int) []string) {
		var sum tallies
		for _, l := range sortedLangs(texts) {
			tl := newTally(l)
			ws := cut(texts[l], size)
			if l == "en" {
				for _, x := range ws {
					ws = append(ws, strings.ToUpper(x))
				}
			}
			for _, text := range ws {
				if got := Read(text).Lang; tl.add(got) && l == "en" {
					t.Logf("English read as %s: %q", got, text)
				}
			}
			sum.add(tl)
		}
		t.Logf("%s, %d: right %d unknown %d wrong %d; English read as another %d of %d\n\t%s", set, size, sum.right, sum.unknown, sum.wrong, sum.enWrong, sum.enTotal, strings.Join(sum.lines, "\n\t"))
	}
	fields := func(offset bool) func(string, int) []string {
		return func(text string, size int) []string {
			o := 0
			if offset {
				o = size / 2
			}
			return textWindows(text, size, o, 400)
		}
	}
	words := func(text string, size int) []string { return wordWindows(text, size, size/2, 400) }
	for _, size := range []int{8, 10, 15, 20, 30, 40, 49} {
		score("extra, fields", extra, size, fields(false))
		score("UD held out cut at half a window, fields", ud, size, fields(true))
	}
	for _, size := range []int{150, 1000} {
		score("extra, words", extra, size, words)
		score("UD held out cut at half a window, words", ud, size, words)
	}
}
