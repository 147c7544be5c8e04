package normalize_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/bitext/bitext/normalize"
	"golang.org/x/text/language"
)

func ExampleKey() {
	for _, name := range []string{"Saeed Reza", "Saeedreza", "Hossein", "Husayn", "Zelenskyy", "Зеленський"} {
		fmt.Println(normalize.Key(name))
	}
	// Output:
	// seidreza
	// seidreza
	// husein
	// husein
	// zelenski
	// zelenski
}

func ExampleSkeleton() {
	fmt.Println(normalize.Skeleton("سلیمانی"), normalize.Skeleton("Soleimani"), normalize.Skeleton("Сулеймани"))
	// Output: slmn slmn slmn
}

func ExampleSimilarity() {
	for _, p := range [][2]string{
		{"Qasem Soleimani", "Haj Qassim Suleimani"},
		{"Khamenei", "Khomeini"},
		{"Hassan Rouhani", "Hassan Nasrallah"},
	} {
		s := normalize.Similarity(p[0], p[1])
		fmt.Printf("%.2f %v\n", s, s >= normalize.SameThreshold)
	}
	// Output:
	// 0.95 true
	// 0.76 false
	// 0.32 false
}

func ExampleGlossary_Find() {
	g := normalize.DefaultGlossary()
	text := "The IRGC said Daesh killed Qasim Soleimani's aide."
	for m := range g.Find(text) {
		fmt.Printf("%d-%d %q -> %q (%s)\n", m.Start, m.End, m.Form, m.Canonical, m.Rule)
	}
	// Output:
	// 4-8 "IRGC" -> "Islamic Revolutionary Guard Corps" (acronym)
	// 14-19 "Daesh" -> "Islamic State" (alias)
	// 27-42 "Qasim Soleimani" -> "Qassem Soleimani" (variant)
}

func ExampleGlossary_Rewrite() {
	g := normalize.NewGlossary(normalize.MergeEntries(normalize.DefaultEntries(), []normalize.Entry{
		{Canonical: "Saeed Reza", Variants: []string{"Saeedreza"}, Kind: normalize.KindPerson},
	}))
	in := "Thabit Mohammad Saeedreza met Hossein Salami in Teheran.\n"
	var out strings.Builder
	g.Rewrite(&out, strings.NewReader(in), func(r normalize.Replacement) error {
		fmt.Printf("%d:%d: %q -> %q (%s)\n", r.Line, r.Col, r.Form, r.Replacement, r.Rule)
		return nil
	})
	fmt.Print(out.String())
	// Output:
	// 1:17: "Saeedreza" -> "Saeed Reza" (variant)
	// 1:49: "Teheran" -> "Tehran" (variant)
	// Thabit Mohammad Saeed Reza met Hossein Salami in Tehran.
}

func ExampleBuildGlossary() {
	user := []normalize.Entry{{Canonical: "Saeed Reza", Variants: []string{"Saeedreza"}, Kind: normalize.KindPerson}}
	g := normalize.BuildGlossary(user, normalize.GlossaryOptions{Lang: language.English})
	var out strings.Builder
	report := normalize.NewReportWriter(os.Stdout, normalize.ReportText)
	g.Rewrite(&out, strings.NewReader("Saeedreza met officials in Teheran.\n"), func(r normalize.Replacement) error {
		return report.Write("story.txt", r)
	})
	fmt.Print(out.String())
	// Output:
	// story.txt:1:1: "Saeedreza" -> "Saeed Reza" (variant)
	// story.txt:1:28: "Teheran" -> "Tehran" (variant)
	// Saeed Reza met officials in Tehran.
}

// A Matcher knows what no spelling rule reads: acronyms with or without a
// glossary (nil: none), and with the default glossary its aliases and
// listed variants. Columns: Similarity, a Matcher without a glossary, one
// with the default glossary.
func ExampleMatcher() {
	acronyms := normalize.NewMatcher(nil)
	glossary := normalize.NewMatcher(normalize.DefaultGlossary())
	for _, p := range [][2]string{
		{"TISCO", "Tata Iron and Steel Company"},
		{"ISIS", "Daesh"},
		{"Mykolaiv", "Nikolaev"},
	} {
		fmt.Printf("%.3f %.3f %.3f %s, %s\n", normalize.Similarity(p[0], p[1]),
			acronyms.Similarity(p[0], p[1]), glossary.Similarity(p[0], p[1]), p[0], p[1])
	}
	// Output:
	// 0.377 0.900 0.900 TISCO, Tata Iron and Steel Company
	// 0.312 0.312 1.000 ISIS, Daesh
	// 0.960 0.960 1.000 Mykolaiv, Nikolaev
}

// A Discoverer fed an article with no glossary: the spellings of one name
// become one cluster, its most frequent spelling first.
func ExampleDiscoverer() {
	d := normalize.NewDiscovererFor(language.English)
	d.Add(`Thabit Mohammad Saeed Reza spoke on Monday. Later Thabit Mohammad Saeedreza said
the talks would go on. Aides to Thabit Mohammad Saeed Reza declined to comment.`)
	for _, c := range d.Clusters(normalize.SameThreshold) {
		for _, v := range c.Variants {
			fmt.Printf("%s: %s %d\n", c.Canonical, v.Form, v.Count)
		}
	}
	// Output:
	// Thabit Mohammad Saeed Reza: Thabit Mohammad Saeed Reza 2
	// Thabit Mohammad Saeed Reza: Thabit Mohammad Saeedreza 1
}
