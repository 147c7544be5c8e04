package normalize

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/tm/textio"
)

func TestCheckInconsistent(t *testing.T) {
	text := "\ufeffAhmed Mirzaei met the press.\nAhmed Mirzaei spoke.\nThe talks ended, and Ahmad Mirzaei left.\n"
	var got []Replacement
	err := DefaultGlossary().Rewrite(nil, strings.NewReader(text), func(r Replacement) error { got = append(got, r); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("check reported %d replacements, want 1: %+v", len(got), got)
	}
	r := got[0]
	if r.Rule != RuleInconsistent || r.Form != "Ahmad Mirzaei" || r.Replacement != "Ahmed Mirzaei" || r.Line != 3 || r.Col != 22 || r.OtherLine != 1 || r.OtherCol != 1 {
		t.Errorf("check: %+v; want Ahmad Mirzaei at 3:22, inconsistent with 1:1", r)
	}
	// A rewrite (not a check) reports and changes nothing of the kind.
	var out strings.Builder
	got = got[:0]
	if err := DefaultGlossary().Rewrite(&out, strings.NewReader(text), func(r Replacement) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if out.String() != text || len(got) != 0 {
		t.Errorf("rewrite: %q, %d reports; want the text unchanged and none", out.String(), len(got))
	}
}

// TestRewriteUnified: with Unified, Rewrite rewrites the rarer spelling of
// a name the input spells two ways (rule "inconsistent"); without it, only
// a check reports them.
func TestRewriteUnified(t *testing.T) {
	in := "Thabit Mohammad Saeedreza spoke. Thabit Mohammad Saeedreza left. Then talks: Thabit Mohammad Saeed Reza and Daesh met.\n"
	want := "Thabit Mohammad Saeedreza spoke. Thabit Mohammad Saeedreza left. Then talks: Thabit Mohammad Saeedreza and Islamic State met.\n"
	var out strings.Builder
	var rules []string
	err := DefaultGlossary().Unified().Rewrite(&out, strings.NewReader(in), func(r Replacement) error {
		rules = append(rules, r.Form+":"+r.Rule)
		return nil
	})
	if err != nil || out.String() != want {
		t.Errorf("Unified Rewrite = %q, %v; want %q", out.String(), err, want)
	}
	if wantRules := []string{"Thabit Mohammad Saeed Reza:inconsistent", "Daesh:alias"}; !slices.Equal(rules, wantRules) {
		t.Errorf("reports %q; want %q", rules, wantRules)
	}
	out.Reset()
	if err := DefaultGlossary().Rewrite(&out, strings.NewReader(in), nil); err != nil || strings.Contains(out.String(), "talks: Thabit Mohammad Saeedreza") {
		t.Errorf("Rewrite without Unified = %q, %v; want the spellings as written", out.String(), err)
	}
	// Nothing inconsistent: the same as Rewrite.
	out.Reset()
	if err := DefaultGlossary().Unified().Rewrite(&out, strings.NewReader("A Daesh cell."), nil); err != nil || out.String() != "An Islamic State cell." {
		t.Errorf("Unified Rewrite = %q, %v", out.String(), err)
	}
	if err := DefaultGlossary().Unified().Rewrite(io.Discard, io.MultiReader(strings.NewReader(strings.Repeat("x ", 32<<20)), strings.NewReader("yz")), nil); !errors.Is(err, ErrUnifyTooLong) {
		t.Errorf("Unified Rewrite of 64 MiB + 2 = %v; want ErrUnifyTooLong", err)
	}
}

// collectRewrite runs g.Rewrite over in (a check when check is true) and
// returns the output and the replacements of rule inconsistent, as
// "LINE:COL FORM -> REPLACEMENT" with the offset checked against in.
func collectRewrite(t *testing.T, g *Glossary, in string, check bool) (string, []string) {
	t.Helper()
	var out strings.Builder
	var dst io.Writer = &out
	if check {
		dst = nil
	}
	var got []string
	err := g.Rewrite(dst, strings.NewReader(in), func(r Replacement) error {
		if in[r.Offset:r.Offset+int64(len(r.Form))] != r.Form {
			t.Errorf("report of %q at offset %d: the input has %q there", r.Form, r.Offset, in[r.Offset:r.Offset+int64(len(r.Form))])
		}
		if r.Rule == RuleInconsistent {
			got = append(got, fmt.Sprintf("%d:%d %s -> %s", r.Line, r.Col, r.Form, r.Replacement))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), got
}

// TestInconsistentGermanNouns: German capitalizes every noun, so one
// capitalized word is no name: "Streitkräften" (dative) and "Kommandeure"
// (plural) are no misspellings of "Streitkräfte" and "Kommandeur", which
// --unify wrote over them in the seed article.
func TestInconsistentGermanNouns(t *testing.T) {
	b, err := os.ReadFile("../testdata/irgc-iraq.de.txt")
	if err != nil {
		t.Fatal(err)
	}
	in := string(b)
	g := BuildGlossary(nil, GlossaryOptions{Lang: language.German})
	for _, check := range []bool{true, false} {
		gg := g
		if !check {
			gg = g.Unified()
		}
		out, got := collectRewrite(t, gg, in, check)
		for _, r := range got {
			if strings.Contains(r, "Streitkr") || strings.Contains(r, "Kommandeur") {
				t.Errorf("check %v of the German seed article: %s; want no German noun reported", check, r)
			}
		}
		if !check && (!strings.Contains(out, "zwischen den Streitkräften unserer") || !strings.Contains(out, "der beiden Kommandeure aus Iran")) {
			t.Errorf("unify rewrote German nouns: %q", out)
		}
	}
}

// TestInconsistentLongerForm: a name written with a word more (a title the
// Discoverer does not know, "Verteidigungsminister") is no other spelling
// of it: --unify wrote the title in front of the bare name.
func TestInconsistentLongerForm(t *testing.T) {
	in := "Verteidigungsminister Thabet Mohammed Said Reza kam. Verteidigungsminister Thabet Mohammed Said Reza sprach. Dann sagte Thabet Mohammed Said Reza mehr.\n"
	for _, g := range []*Glossary{DefaultGlossary(), BuildGlossary(nil, GlossaryOptions{Lang: language.German})} {
		if _, got := collectRewrite(t, g, in, true); len(got) != 0 {
			t.Errorf("check reported %q; want nothing", got)
		}
		if out, got := collectRewrite(t, g.Unified(), in, false); out != in || len(got) != 0 {
			t.Errorf("unify = %q, %q; want the text unchanged", out, got)
		}
	}
}

// TestCheckAgreesWithUnify: a check reports under rule inconsistent what
// --unify rewrites, at the same places: a name broken over two lines and
// one in capitals too (the check missed the first, and --unify wrote the
// second in small letters).
func TestCheckAgreesWithUnify(t *testing.T) {
	in := "\ufeffThabit Mohammad Saeedreza arrived. Thabit Mohammad Saeedreza met officials. Thabit Mohammad Saeedreza left.\r\n" +
		"Then Thabit Mohammad Saeed\r\nReza returned, and THABIT MOHAMMAD SAEED REZA said no.\r\n"
	want := "\ufeffThabit Mohammad Saeedreza arrived. Thabit Mohammad Saeedreza met officials. Thabit Mohammad Saeedreza left.\r\n" +
		"Then Thabit Mohammad Saeedreza returned, and THABIT MOHAMMAD SAEEDREZA said no.\r\n"
	_, checked := collectRewrite(t, DefaultGlossary(), in, true)
	out, unified := collectRewrite(t, DefaultGlossary().Unified(), in, false)
	if out != want {
		t.Errorf("unify = %q; want %q", out, want)
	}
	wantReports := []string{
		"2:6 Thabit Mohammad Saeed\r\nReza -> Thabit Mohammad Saeedreza",
		"3:20 THABIT MOHAMMAD SAEED REZA -> THABIT MOHAMMAD SAEEDREZA",
	}
	if !slices.Equal(checked, wantReports) || !slices.Equal(unified, wantReports) {
		t.Errorf("check reported %q, unify %q; want both %q", checked, unified, wantReports)
	}
}

// TestUnifyKeepsSentenceOpener: "Then Thabit Mohammad Saeed Reza came",
// with "then" nowhere else in lower case, was a spelling of "Thabit Mohammad
// Saeedreza", and --unify deleted the "Then". An English word that opens
// sentences is taken off the name as one seen in lower case is.
func TestUnifyKeepsSentenceOpener(t *testing.T) {
	in := "\ufeffThabit Mohammad Saeedreza spoke.\r\nThabit Mohammad Saeedreza left.\r\nThen Thabit Mohammad Saeed Reza came.\r\n"
	want := "\ufeffThabit Mohammad Saeedreza spoke.\r\nThabit Mohammad Saeedreza left.\r\nThen Thabit Mohammad Saeedreza came.\r\n"
	out, unified := collectRewrite(t, DefaultGlossary().Unified(), in, false)
	_, checked := collectRewrite(t, DefaultGlossary(), in, true)
	wantReports := []string{"3:6 Thabit Mohammad Saeed Reza -> Thabit Mohammad Saeedreza"}
	if out != want || !slices.Equal(unified, wantReports) || !slices.Equal(checked, wantReports) {
		t.Errorf("unify = %q, %q; check %q; want %q, %q", out, unified, checked, want, wantReports)
	}
}

// TestInconsistentNotReordered: --unify on the King James Bible wrote "Am
// I" over "I am" 115 times and "Am I the God Almighty" over "I am the
// Almighty God"; on a Steinbeck novel "Henry Morgan" over "Sir Henry".
// Forms that share a word in another place, or one whose words are the
// other's with words left out, are no spellings of each other.
func TestInconsistentNotReordered(t *testing.T) {
	in := "He said, I am the Almighty God. Am I a liar? Am I not? Am I mad? Then God Almighty spoke. The God Almighty came. And God Almighty left.\n" +
		"Henry Morgan sailed. Henry Morgan fought. Sir Henry laughed.\n" +
		"Jose Luis Martinez Hernandez spoke. Hungary José Martinez Hernandez said. Hungary José Martinez Hernandez left.\n" +
		"Thabit Mohammad Saeedreza spoke. Thabit Mohammad Saeedreza left. Then talks: Thabit Mohammad Saeed Reza came.\n"
	want := strings.Replace(in, "Thabit Mohammad Saeed Reza came", "Thabit Mohammad Saeedreza came", 1)
	_, checked := collectRewrite(t, DefaultGlossary(), in, true)
	out, unified := collectRewrite(t, DefaultGlossary().Unified(), in, false)
	wantReports := []string{"4:78 Thabit Mohammad Saeed Reza -> Thabit Mohammad Saeedreza"}
	if out != want || !slices.Equal(checked, wantReports) || !slices.Equal(unified, wantReports) {
		t.Errorf("unify = %q, %q; check %q; want %q, %q", out, unified, checked, want, wantReports)
	}
}

// TestInconsistentNotDerived: on a tourism text --unify wrote "Hungary"
// over "Hungarian" 61 times; on a novel "Elizabeth" over "Elizabeth-Ysobel"
// (deleting "-Ysobel"). A word and its derivative (demonym, adjective) and
// a hyphenated name and its first part are no spellings of each other;
// "Abu Mahdi Muhandis" still is one of "Abu Mahdi al-Muhandis".
func TestInconsistentNotDerived(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Hungarian", "Hungary", false}, {"Hungarians", "Hungary", false}, {"Frenchman", "Frenchmen", false},
		{"Macedonians", "Macedonia", false}, {"Cambrian", "Cambria", false}, {"Israelites", "Israelitish", false},
		{"Netherlanders", "Netherlands", false}, {"Swedes", "Swedish", false}, {"Sudani", "Sudan", false},
		{"Elizabeth-Ysobel", "Elizabeth", false}, {"Elizabeth-I", "Elizabeth", false},
		{"Zelenski", "Zelensky", true}, {"Dmitri", "Dmitriy", true}, {"Hezbolla", "Hezbollah", true},
		{"Abu Mahdi Muhandis", "Abu Mahdi al-Muhandis", true}, {"Thabit Mohammad Saeed-Reza", "Thabit Mohammad Saeedreza", true},
		// A word more and another spelling: --unify wrote "Ahmed Mirzaei Kiev"
		// over "Ahmad Mirzaei" where the text had "Ahmed Mirzaei Kiev-backed".
		{"Ahmad Mirzaei", "Ahmed Mirzaei Kiev", false}, {"Thabet Mohammed Saïd Reza", "Thabit Mohammad Saeedreza", true},
		// Another word in one place: "Kiev" became "Hizbollah".
		{"Kiev Thabit Mohammad Saeed Reza", "Hizbollah THABIT MOHAMMAD SAEED REZA", false},
		{"Thabit Mohammad Saeedreza They", "Kiev Thabit Mohammad Saeed Reza", false},
		{"Mohammed S. al-Sudani", "Mohammed Shia al-Sudani", true}, {"Ghasem Sulaymani", "Qassem Soleimani", true},
	} {
		c := Cluster{Canonical: tc.b, Variants: []FormCount{{Form: tc.b, Count: 2}, {Form: tc.a, Count: 1}}}
		if got := len(c.spellings()) == 1; got != tc.same {
			t.Errorf("%q a spelling of %q: %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

// TestInconsistentShortWords: a one-word form shorter than spellingMinLen
// is no inconsistent spelling, as it is no spelling of a glossary name: on
// a Steinbeck novel --unify wrote "I'VE" over a chapter number and the
// next line's first word ("IV\nA yellow dawn"), and "Eger" over "Ger".
func TestInconsistentShortWords(t *testing.T) {
	in := "Why, I've been out. I've been there. I've seen it. I've said so.\n1.4.4 IV\nA yellow dawn crept out.\n" +
		"Eger is a town. Eger has a castle. Ger is near.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 0 {
		t.Errorf("check reported %q; want nothing", got)
	}
	if out, got := collectRewrite(t, DefaultGlossary().Unified(), in, false); out != in {
		t.Errorf("unify = %q, %q; want the text unchanged", out, got)
	}
}

// TestInconsistentTypo: within one text, a one-word name written once
// with one letter replaced (or two swapped) inside it, beside a spelling
// written three times or more, is reported; the last letter ("Maria",
// "Mario"), two letters ("Monday", "Sunday") and a pair seen as often are
// not, nor does discover join such pairs across a corpus.
func TestInconsistentTypo(t *testing.T) {
	in := "The lawmaker Zotov denied it. Zotov was fine, Zotov said.\nI calmly exited, Zatov stated.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); !slices.Equal(got, []string{"2:18 Zatov -> Zotov"}) {
		t.Errorf("check of %q reported %q; want Zatov -> Zotov", in, got)
	}
	in = "Kovalev met Kovalev. Kovalev and Kovlaev.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); !slices.Equal(got, []string{"1:34 Kovlaev -> Kovalev"}) {
		t.Errorf("check of %q reported %q; want Kovlaev -> Kovalev (two letters swapped)", in, got)
	}
	for _, in := range []string{
		"Mario met Mario, and Mario left. Maria stayed.\n",
		"Monday came, and Monday, and Monday went. Sunday too.\n",
		"Zotov spoke. Zatov spoke.\n",
	} {
		if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 0 {
			t.Errorf("check of %q reported %q; want nothing", in, got)
		}
	}
	d := NewDiscoverer()
	d.Add("The lawmaker Zotov denied it. Zotov was fine, Zotov said.\nI calmly exited, Zatov stated.\n")
	for _, c := range d.Clusters(SameThreshold) {
		if len(c.Variants) > 1 {
			t.Errorf("discover clustered %+v; want the typo rule in a check only", c.Variants)
		}
	}
}

// TestInconsistentOtherLanguage: a check of a French or German text found
// no inconsistent spelling at all: every default entry is English, so the
// glossary for those languages has none, and the first entry made from the
// input's spellings, at index 0, was read as "no entry made from the
// input" (discovered > 0).
func TestInconsistentOtherLanguage(t *testing.T) {
	for _, c := range []struct {
		opt  GlossaryOptions
		in   string
		want string
	}{
		{GlossaryOptions{Lang: language.French}, "Les responsables ont rencontré Thabet Mohammed Saïd Reza à Bagdad.\nLe ministre Thabet Mohammed Saïdreza a parlé.\n",
			"2:13 Thabet Mohammed Saïdreza -> Thabet Mohammed Saïd Reza"},
		{GlossaryOptions{Lang: language.German}, "Die Minister trafen Thabet Mohammed Said Reza in Bagdad.\nDann sagte Thabet Mohammed Saidreza mehr.\n",
			"2:12 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		{GlossaryOptions{NoDefault: true}, "Officials met Thabit Mohammad Saeed Reza in Baghdad.\nThe minister Thabit Mohammad Saeedreza spoke.\n",
			"2:14 Thabit Mohammad Saeedreza -> Thabit Mohammad Saeed Reza"},
	} {
		g := BuildGlossary(nil, c.opt)
		if _, got := collectRewrite(t, g, c.in, true); !slices.Equal(got, []string{c.want}) {
			t.Errorf("check (%+v) of %q = %q; want %q", c.opt, c.in, got, c.want)
		}
	}
}

// TestInconsistentAfterOpenerWord: "Later Thabit Mohammad Saeedreza said",
// with "later" nowhere in lower case, was read as a name of four words, and
// the check missed the inconsistency with "Thabit Mohammad Saeed Reza"
// (issue 11's own example). An ordinary word of the text's language at a
// sentence start (an adverb, conjunction, preposition, pronoun) is no
// part of a name, in English and in the other languages with a list.
func TestInconsistentAfterOpenerWord(t *testing.T) {
	for _, c := range []struct {
		lang language.Tag
		in   string
		want string
	}{
		{language.Und, "Officials met Thabit Mohammad Saeed Reza in Baghdad.\nLater Thabit Mohammad Saeedreza said the talks went well.\n",
			"2:7 Thabit Mohammad Saeedreza -> Thabit Mohammad Saeed Reza"},
		{language.English, "Officials met Thabit Mohammad Saeed Reza in Baghdad.\nYesterday Thabit Mohammad Saeedreza said the talks went well.\n",
			"2:11 Thabit Mohammad Saeedreza -> Thabit Mohammad Saeed Reza"},
		{language.English, "Officials met Thabit Mohammad Saeed Reza in Baghdad.\nAfterwards Thabit Mohammad Saeedreza said the talks went well.\n",
			"2:12 Thabit Mohammad Saeedreza -> Thabit Mohammad Saeed Reza"},
		{language.French, "Les responsables ont rencontré Thabet Mohammed Saïd Reza à Bagdad.\nEnsuite Thabet Mohammed Saïdreza a parlé aux journalistes.\n",
			"2:9 Thabet Mohammed Saïdreza -> Thabet Mohammed Saïd Reza"},
		{language.French, "Les responsables ont rencontré Thabet Mohammed Saïd Reza à Bagdad.\nHier Thabet Mohammed Saïdreza a parlé aux journalistes.\n",
			"2:6 Thabet Mohammed Saïdreza -> Thabet Mohammed Saïd Reza"},
		{language.German, "Die Minister trafen Thabet Mohammed Said Reza in Bagdad.\nLaut Thabet Mohammed Saidreza ist die Lage ruhig.\n",
			"2:6 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		{language.German, "Die Minister trafen Thabet Mohammed Said Reza in Bagdad.\nDanach Thabet Mohammed Saidreza und die Generäle.\n",
			"2:8 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
	} {
		g := BuildGlossary(nil, GlossaryOptions{Lang: c.lang})
		if _, got := collectRewrite(t, g, c.in, true); !slices.Contains(got, c.want) {
			t.Errorf("check (%v) of %q = %q; want %q among them", c.lang, c.in, got, c.want)
		}
	}
	// Not an opener: a given name at a sentence start stays part of the
	// name, and a word in capitals may be an acronym.
	for _, in := range []string{
		"Officials met Reza Saeedreza in Baghdad.\nThabit Reza Saeed Reza said the talks went well.\n",
		"Officials met the US Army Corps in Baghdad.\nUS Army Corps staff said so. Army Corps staff left.\n",
	} {
		if _, got := collectRewrite(t, BuildGlossary(nil, GlossaryOptions{}), in, true); len(got) != 0 {
			t.Errorf("check of %q = %q; want nothing", in, got)
		}
	}
}

// TestInconsistentCyrillicSentenceStarts: Cyrillic text capitalises names
// and sentence starts only, so two alike verbs that each open a sentence
// ("Предъявите паспорт", "Передавайте багаж", Russian news and notices;
// "Перевіряйте", "Перевірте", Ukrainian) are no name spelt two ways, in a
// check or in discover. A name comes back inside sentences, declined
// ("Встреча Шмыгаля"), and a spelling written inside a sentence
// ("Зотов", "Затов") is compared as before.
func TestInconsistentCyrillicSentenceStarts(t *testing.T) {
	for _, c := range []struct {
		lang language.Tag
		in   string
	}{
		{language.Russian, "Пассажиров просят заранее подготовить документы. Предъявите паспорт и посадочный талон на контроле. Передавайте багаж только сотрудникам аэропорта.\n"},
		{language.Russian, "Сообщается, что переговоры продолжатся. Проверьте счета, советует банк. Проверяйте документы заранее.\n"},
		{language.Ukrainian, "Митниця нагадує правила перетину кордону. Перевіряйте документи заздалегідь. Перевірте квитки перед виїздом.\n"},
	} {
		if _, got := collectRewrite(t, BuildGlossary(nil, GlossaryOptions{Lang: c.lang}), c.in, true); len(got) != 0 {
			t.Errorf("check (%v) of %q = %q; want nothing", c.lang, c.in, got)
		}
		d := NewDiscovererFor(c.lang)
		d.Add(c.in)
		if cl := d.Clusters(SameThreshold); len(cl) != 0 {
			t.Errorf("discover (%v) of %q = %+v; want no cluster", c.lang, c.in, cl)
		}
	}
	for _, c := range []struct {
		lang     language.Tag
		in, want string
	}{
		{language.Russian, "Шмыгаль прибыл в Брюссель. Шмигаль заявил, что переговоры продолжатся. Встреча Шмыгаля с комиссаром прошла в среду.\n",
			"1:1 Шмыгаль -> Шмигаль"},
		{language.Ukrainian, "Шмигаль прибув до Брюсселя. Шмыгаль заявив, що переговори тривають. Зустріч Шмигаля з комісаром відбулася в середу.\n",
			"1:29 Шмыгаль -> Шмигаль"},
		{language.Russian, "Депутат Зотов отверг обвинения. Позже Зотов сказал, что Зотов готов к диалогу. Как заявил Затов, решение примут в среду.\n",
			"1:91 Затов -> Зотов"},
	} {
		if _, got := collectRewrite(t, BuildGlossary(nil, GlossaryOptions{Lang: c.lang}), c.in, true); !slices.Equal(got, []string{c.want}) {
			t.Errorf("check (%v) of %q = %q; want %q", c.lang, c.in, got, c.want)
		}
	}
}

// TestUnifyTooLongNamesInput: a file over the 64 MiB a unified rewrite
// holds was refused with "input too long to unify spellings (over 64 MiB)",
// naming no file (normalize --unify a.txt b.txt: which one?) and exiting 1,
// a runtime failure, for input it will never take. The error is a
// *textio.Error naming the input (exit 2), and still ErrUnifyTooLong.
func TestUnifyTooLongNamesInput(t *testing.T) {
	big := strings.Repeat("x ", 32<<20) + "yz"
	g := DefaultGlossary().Unified()
	err := RewriteStreams(t.Context(), io.Discard, []string{"-"}, strings.NewReader(big), func(string) *Glossary { return g }, func(string, Replacement) error { return nil })
	var te *textio.Error
	if !errors.Is(err, ErrUnifyTooLong) || !errors.As(err, &te) || !strings.HasPrefix(err.Error(), "read <stdin>: ") {
		t.Errorf("RewriteStreams --unify of 64 MiB + 2 on stdin = %v; want a *textio.Error naming <stdin> that is ErrUnifyTooLong", err)
	}
	name := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(name, []byte(big), 0o644); err != nil {
		t.Fatal(err)
	}
	err = RewriteFiles(t.Context(), []string{name}, func(string) *Glossary { return g }, func(string, Replacement) error { return nil })
	if !errors.Is(err, ErrUnifyTooLong) || !errors.As(err, &te) || !strings.HasPrefix(err.Error(), "read "+name+": ") {
		t.Errorf("RewriteFiles --unify of a 64 MiB + 2 file = %v; want a *textio.Error naming it that is ErrUnifyTooLong", err)
	}
}
