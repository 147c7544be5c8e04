package normalize

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

func TestWriteMatches(t *testing.T) {
	var out strings.Builder
	err := WriteMatches(&out, strings.NewReader("Saeed Reza\tSaeedreza\tid1\n\nKhamenei\tKhomeini\n"), "pairs.tsv")
	if want := "1.000\tsame\tSaeed Reza\tSaeedreza\n0.757\tdifferent\tKhamenei\tKhomeini\n"; err != nil || out.String() != want {
		t.Errorf("WriteMatches wrote %q, %v; want %q", out.String(), err, want)
	}
	var pe *ParseError
	err = WriteMatches(&out, strings.NewReader("A\tB\nno tab\n"), "<stdin>")
	if !errors.As(err, &pe) || pe.Line != 2 || err.Error() != "read <stdin>: line 2: want A<TAB>B, found no tab" {
		t.Errorf("WriteMatches of a line without a tab: %v; want a ParseError of line 2", err)
	}
	out.Reset()
	var te *textio.Error
	err = WriteMatches(&out, strings.NewReader("A\tB\nC\t\xff\n"), "p.tsv")
	if !errors.As(err, &te) || err.Error() != "read p.tsv: line 2: invalid UTF-8 (byte 0xff)" || strings.Count(out.String(), "\n") != 1 {
		t.Errorf("WriteMatches of a line that is not UTF-8: wrote %q, %v; want the first pair, then a textio.Error", out.String(), err)
	}
}

// TestWriteMatchesControl: a name of names match - (with or without
// --explain) that holds a control character is refused, as a NAME argument
// and a name of POST names/match are: an escape sequence printed back
// ("\x1b[2J" clears the terminal) or a carriage return that hides a name
// is no name.
func TestWriteMatchesControl(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, name := range []string{"Jo\x1b[2Jel", "Jo\x01el", "Jo\rel", "Jo\x7fel", "Jo\u0085el"} {
		for _, explain := range []bool{false, true} {
			var out strings.Builder
			in := strings.NewReader("Saeed Reza\tSaeedreza\n" + name + "\tYul\n")
			var err error
			if explain {
				err = m.WriteExplained(&out, []string{"-"}, in, "<stdin>")
			} else {
				err = m.WriteMatches(&out, []string{"-"}, in, "<stdin>")
			}
			var pe *ParseError
			if want := fmt.Sprintf("read <stdin>: line 2: name %+q holds a control character", name); !errors.As(err, &pe) || err.Error() != want || !strings.HasPrefix(out.String(), "1.000\tsame\tSaeed Reza") || strings.Contains(out.String(), name) {
				t.Errorf("explain %v, %+q: wrote %q, %v; want the first pair, then %q", explain, name, out.String(), err, want)
			}
		}
	}
	// hasControl, reading bytes, agrees with unicode.IsControl on every
	// character of the Basic Multilingual Plane, alone and between letters.
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r) + "b"} {
			if got, want := hasControl(s), strings.ContainsFunc(s, unicode.IsControl); got != want {
				t.Fatalf("hasControl(%+q) = %v; want %v", s, got, want)
			}
		}
	}
	// Characters that are no control stay names: a no-break space, U+00A0
	// (its UTF-8 starts as a C1 control's does), and right-to-left marks.
	var out strings.Builder
	if err := m.WriteMatches(&out, []string{"-"}, strings.NewReader("Jo\u00a0el\tJoel\n\u200f\u0645\u062d\u0645\u062f\tMuhammad\n"), "<stdin>"); err != nil || strings.Count(out.String(), "\n") != 2 {
		t.Errorf("names with a no-break space and a right-to-left mark: wrote %q, %v", out.String(), err)
	}
}

func TestWriteKeys(t *testing.T) {
	var out strings.Builder
	if err := WriteKeys(&out, Key, "Saeed Reza", "SAEED-REZA"); err != nil || out.String() != "seidreza\nseidreza\n" {
		t.Errorf("WriteKeys(Key) wrote %q, %v", out.String(), err)
	}
	out.Reset()
	err := WriteKeyLines(&out, Skeleton, strings.NewReader("Soleimani\r\nbad \x00\n"), "<stdin>")
	if err == nil || !strings.HasPrefix(err.Error(), "read <stdin>: line 2: NUL byte") || out.String() != Skeleton("Soleimani")+"\n" {
		t.Errorf("WriteKeyLines(Skeleton) wrote %q, %v", out.String(), err)
	}
}

func TestWriteClustersAndEntries(t *testing.T) {
	clusters := []Cluster{{Canonical: "Qassem Soleimani", Confidence: 0.91234,
		Variants: []FormCount{{"Qassem Soleimani", 3, ""}, {"Qasem Suleimani", 1, ""}}}}
	var out strings.Builder
	if err := WriteClusters(&out, clusters); err != nil {
		t.Fatal(err)
	}
	want := `{"canonical":"Qassem Soleimani","variants":[{"form":"Qassem Soleimani","count":3},{"form":"Qasem Suleimani","count":1}],"confidence":0.912}` + "\n"
	if out.String() != want {
		t.Errorf("WriteClusters wrote %s; want %s", out.String(), want)
	}
	read, err := ReadEntries(strings.NewReader(out.String()), FormatJSONL)
	if err != nil || len(read) != 1 || read[0].Canonical != "Qassem Soleimani" {
		t.Errorf("ReadEntries of WriteClusters: %+v, %v", read, err)
	}
	got := ClusterEntries(clusters, KindPerson, language.English)
	wantE := []Entry{{Canonical: "Qassem Soleimani", Variants: []string{"Qasem Suleimani"}, Kind: KindPerson, Langs: []language.Tag{language.English}}}
	if !reflect.DeepEqual(got, wantE) {
		t.Errorf("ClusterEntries = %+v; want %+v", got, wantE)
	}
	if got := ClusterEntries(clusters, KindOther, language.Und); got[0].Langs != nil || got[0].Kind != KindOther {
		t.Errorf("ClusterEntries for any language = %+v; want no languages", got)
	}
}

func TestWriteGlossary(t *testing.T) {
	user := []Entry{{Canonical: "Saeed Reza", Variants: []string{"Saeedreza", "Said Reza"}, Kind: KindPerson, Langs: []language.Tag{language.English}}}
	var out strings.Builder
	if err := WriteGlossary(&out, user, GlossaryOptions{NoDefault: true}, FormatText); err != nil || out.String() != "Saeed Reza (person, user, only en): Saeedreza, Said Reza\n" {
		t.Errorf("WriteGlossary text, user only: %q, %v", out.String(), err)
	}
	// An entry left with no variant (names remove --variant): no ": " with
	// nothing after it.
	out.Reset()
	bare := []Entry{{Canonical: "Tehran", Kind: KindPlace}}
	if err := WriteGlossary(&out, bare, GlossaryOptions{NoDefault: true}, FormatText); err != nil || out.String() != "Tehran (place, user)\n" {
		t.Errorf("WriteGlossary text, an entry with no variant: %q, %v", out.String(), err)
	}
	out.Reset()
	if err := WriteGlossary(&out, user, GlossaryOptions{Lang: language.English}, FormatText); err != nil ||
		!strings.Contains(out.String(), "Saeed Reza (person, user, only en): ") || !strings.Contains(out.String(), "Qassem Soleimani (person, default, only en): ") {
		t.Errorf("WriteGlossary text with the default glossary: %.300q, %v", out.String(), err)
	}
	out.Reset()
	if err := WriteGlossary(&out, user, GlossaryOptions{NoDefault: true, Lang: language.French}, FormatTSV); err != nil || out.String() != "canonical\tkind\tvariants\tlangs\n" {
		t.Errorf("WriteGlossary tsv, user only, French: %q, %v; want the header only", out.String(), err)
	}
	out.Reset()
	if err := WriteGlossary(&out, user, GlossaryOptions{NoDefault: true}, FormatTSV); err != nil || !strings.HasSuffix(out.String(), "\nSaeed Reza\tperson\tSaeedreza|Said Reza\ten\n") {
		t.Errorf("WriteGlossary tsv: %q, %v", out.String(), err)
	}
	if err := WriteGlossary(&out, nil, GlossaryOptions{}, "xml"); err == nil {
		t.Error("WriteGlossary in an unknown format: no error")
	}
}

// TestSurelyKeyed: CheckName's shortcut never passes a name that has no
// key: every name it calls keyed has one (the possessive "'s" has none,
// so an s alone does not count), over ASCII names of one and two
// characters with the apostrophes and marks names carry, and the names
// of the test lists.
func TestSurelyKeyed(t *testing.T) {
	chars := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	var names []string
	for _, a := range chars {
		names = append(names, string(a))
		for _, b := range chars {
			names = append(names, string(a)+string(b))
		}
		for _, p := range []string{"'", "’", "-", ".", "`", "ʼ", "‘", "ـ", "\u0651"} {
			names = append(names, p+string(a), string(a)+p, p+string(a)+p, "'s"+p+string(a))
		}
	}
	names = append(names, "'s", "’S", "s", "S.", "٣", "①", "ǃ", "Qasem Soleimani", "Ali's", "ال", "ع", "ـعـ", "ъь", "אע", "ĳ")
	// Every letter of the scripts keyedRune knows, alone, and random
	// short names of them with marks and punctuation.
	for c := rune(0xC0); c <= 0xD7A3; c++ {
		if keyedRune(c) && (c < 0x4E00 || c%97 == 0) {
			names = append(names, string(c))
		}
	}
	pool := []rune("abcdeszSXyé ñßøÆŁłŒœąęžščćΑβγδΩωабвгдежзийклмнопрстуфхцчшщъыьэюяЁёאבגדהוזחטיכלמנסעפצקרשתءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىي我中国한국'’-. ً\u0651\u064e")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		rs := make([]rune, 1+rng.IntN(4))
		for i := range rs {
			rs[i] = pool[rng.IntN(len(pool))]
		}
		names = append(names, string(rs))
	}
	keyed := 0
	for _, n := range names {
		if surelyKeyed(n) {
			keyed++
			if Key(n) == "" {
				t.Errorf("surelyKeyed(%q) but its key is empty", n)
			}
		}
	}
	if keyed < len(names)/3 {
		t.Errorf("surelyKeyed passed %d of %d names; want most", keyed, len(names))
	}
	for _, n := range []string{"'s", "’S", "—", "ǃ"} {
		if err := CheckName("name", n); err == nil {
			t.Errorf("CheckName(%q) = nil; want an error (no key)", n)
		}
	}
}

// BenchmarkWriteMatches is `names match -` in process, on the pairs of
// variants.tsv and lookalikes.tsv (as testdata/bench/normalize.sh): the
// reading and checking of each pair, not the match alone, which
// BenchmarkMatch covers. A check of every name's key doubled its time
// unseen (3 December, 4f2d24d, until this benchmark).
func BenchmarkWriteMatches(b *testing.B) {
	var in strings.Builder
	for _, f := range []string{"testdata/variants.tsv", "testdata/lookalikes.tsv"} {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if line != "" && !strings.HasPrefix(line, "#") {
				in.WriteString(line + "\n")
			}
		}
	}
	text := in.String()
	m := NewMatcher(DefaultGlossary())
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if err := WriteMatchesWith(io.Discard, m, strings.NewReader(text), "pairs"); err != nil {
			b.Fatal(err)
		}
	}
}
