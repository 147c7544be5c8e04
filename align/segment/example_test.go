package segment_test

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/bitext/bitext/align/segment"
	"golang.org/x/text/language"
)

func ExampleSegmenter_SplitString() {
	seg, _ := segment.New(language.English)
	text := "Maj. Gen. Salami met the minister. He said: \"We are ready.\"\n\nRead more:"
	for _, s := range seg.SplitString(text) {
		fmt.Printf("%d [%d:%d] %s\n", s.Para, s.Start, s.End, s.Text)
	}
	// Output:
	// 0 [0:34] Maj. Gen. Salami met the minister.
	// 0 [35:59] He said: "We are ready."
	// 1 [61:71] Read more:
}

func ExampleSegmenter_Sentences() {
	seg, _ := segment.New(language.German)
	r := strings.NewReader("Am 3. Oktober ist\nFeiertag. Wir haben frei.")
	for s, err := range seg.Sentences(r) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(s.Text)
	}
	// Output:
	// Am 3. Oktober ist Feiertag.
	// Wir haben frei.
}

func ExampleSegmenter_SplitFunc() {
	seg, _ := segment.New(language.Japanese)
	sc := bufio.NewScanner(strings.NewReader("これはペンです。それはマーカーです。"))
	sc.Split(seg.SplitFunc())
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	// Output:
	// これはペンです。
	// それはマーカーです。
}

func ExampleLoadSRX() {
	const rules = `<srx version="2.0"><header cascade="no"/><body>
<languagerules><languagerule languagerulename="Default">
<rule break="no"><beforebreak>\bDr\.</beforebreak><afterbreak>\s</afterbreak></rule>
<rule break="yes"><beforebreak>[.!?]</beforebreak><afterbreak>\s</afterbreak></rule>
</languagerule></languagerules>
<maprules><languagemap languagepattern=".*" languagerulename="Default"/></maprules>
</body></srx>`
	srx, err := segment.LoadSRX(strings.NewReader(rules), "example.srx")
	if err != nil {
		fmt.Println(err)
		return
	}
	seg, _ := segment.New(language.English, segment.WithRules(srx))
	for _, s := range seg.SplitString("Dr. Watson came. He sat down!") {
		fmt.Println(s.Text)
	}
	// Output:
	// Dr. Watson came.
	// He sat down!
}

func ExampleJSONLWriter() {
	seg, _ := segment.New(language.English)
	w := segment.NewJSONLWriter(os.Stdout)
	w.File = "story.en.txt"
	for s, err := range seg.Sentences(strings.NewReader("One. Two.")) {
		if err != nil {
			return
		}
		w.Write(s)
	}
	// Output:
	// {"file":"story.en.txt","text":"One.","start":0,"end":4,"para":0}
	// {"file":"story.en.txt","text":"Two.","start":5,"end":9,"para":0}
}
