package normalize

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// checkInconsistent returns the inconsistent reports of a check of text,
// each as "FORM -> REPLACEMENT LINE:COL".
func checkInconsistent(t *testing.T, text string) []string {
	t.Helper()
	var got []string
	err := DefaultGlossary().Rewrite(nil, strings.NewReader(text), func(r Replacement) error {
		if r.Rule == RuleInconsistent {
			got = append(got, fmt.Sprintf("%s -> %s %d:%d", r.Form, r.Replacement, r.Line, r.Col))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestCheckTextInCapitals: in a text written in capitals every word is
// capitalised, so a check takes none for a name by its capital: it used
// to report "SPECIFIES" as a spelling of "SPECIFY" and "LOOKED" of
// "LOCKED" (and took minutes on a long text). A headline in capitals in a
// text in mixed case is still checked against the text's spelling.
func TestCheckTextInCapitals(t *testing.T) {
	body := "The file specifies the format. It was locked.\nThe option specifies a path. The door was locked.\n" +
		"The flag specifies a name. It looked fine.\nNotes specify nothing.\n" +
		"Ahmed Mirzaei met the press. Ahmed Mirzaei spoke. Ahmed Mirzaei left.\n"
	caps := strings.ToUpper(body) + "SPECIFIES, SPECIFIES, SPECIFY. LOOKED, LOCKED, LOCKED.\n"
	if got := checkInconsistent(t, caps); len(got) != 0 {
		t.Errorf("check of a text in capitals: %q, want no inconsistent spelling", got)
	}
	mixed := "AHMAD MIRZAEI: TALKS END\n" + body
	want := []string{"AHMAD MIRZAEI -> AHMED MIRZAEI 1:1"}
	if got := checkInconsistent(t, mixed); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("check of a headline in capitals: %q, want %q", got, want)
	}
}

// TestInCapitals: a text is in capitals when fewer than one in twenty of
// its cased letters are in lower case, an address or a "McDONALD" aside.
func TestInCapitals(t *testing.T) {
	for text, want := range map[string]bool{
		"":                    false,
		"1234, 5678.":         false,
		"THE PRESIDENT SAID.": true,
		"ПРЕЗИДЕНТ СКАЗАЛ.":   true,
		"The president said.": false,
		"MCDONALD'S AND McDONALD'S OPENED A NEW RESTAURANT IN THE CITY CENTRE TODAY.": true,
		"SEE https://example.org/news": false,
		"A HEADLINE IN CAPITALS\nand a story below it, in lower case as stories are.": false,
	} {
		if got := inCapitals(text); got != want {
			t.Errorf("inCapitals(%q) = %v, want %v", text, got, want)
		}
	}
}

// manyNamesText returns about size bytes of news-like text in mixed case
// with many names, on lines of about 80 characters: the sentences of the
// test articles with invented two-word names put in, each name written a
// few times and now and then with one letter changed, so that a check has
// thousands of candidates to compare.
func manyNamesText(tb testing.TB, size int) string {
	var words []string
	for _, f := range []string{"../testdata/irgc-iraq.en.txt", "../testdata/irgc-iraq.en2.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Skipf("test data: %v", err)
		}
		words = append(words, strings.Fields(string(b))...)
	}
	rng := rand.New(rand.NewPCG(31, 4))
	name := func() string {
		var b strings.Builder
		for range 2 + rng.IntN(2) {
			b.WriteByte("bcdfghjklmnprstvwxz"[rng.IntN(19)])
			b.WriteByte("aeiou"[rng.IntN(5)])
			b.WriteByte("lmnrst"[rng.IntN(6)])
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	names := make([]string, 3000)
	for i := range names {
		names[i] = name() + " " + name()
	}
	var out strings.Builder
	line := 0
	for out.Len() < size {
		w := words[rng.IntN(len(words))]
		if rng.IntN(6) == 0 {
			w = names[rng.IntN(len(names))]
			if rng.IntN(12) == 0 { // a slip: one letter doubled
				i := 1 + rng.IntN(len(w)-2)
				w = w[:i] + w[i:i+1] + w[i:]
			}
		}
		out.WriteString(w)
		line += len(w) + 1
		if line > 80 {
			out.WriteByte('\n')
			line = 0
		} else {
			out.WriteByte(' ')
		}
	}
	return out.String()
}

// BenchmarkCheckCapitals is a check of 512 KB of news with many names, as
// written, in capitals and on one line. In capitals, each phrase was a
// candidate name, compared with hundreds of others: 172 s of CPU and more
// for 31 MB of Debian text and news (BENCHMARKS.md, branch left31a). On
// one line, each name's line and column were counted from the start.
func BenchmarkCheckCapitals(b *testing.B) {
	text := manyNamesText(b, 512<<10)
	g := DefaultGlossary()
	for _, c := range []struct{ name, text string }{
		{"mixed", text},
		{"capitals", strings.ToUpper(text)},
		{"oneline", strings.ReplaceAll(text, "\n", " ")},
		{"capitals-oneline", strings.ToUpper(strings.ReplaceAll(text, "\n", " "))},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				if err := g.Rewrite(nil, strings.NewReader(c.text), func(Replacement) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
