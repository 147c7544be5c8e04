package align

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestReadLinks(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Link
		err  string
	}{
		{"[0,1]:[0]\n[]:[1]\n[2]:[]\n", []Link{{[]int{0, 1}, []int{0}}, {[]int{}, []int{1}}, {[]int{2}, []int{}}}, ""},
		{"[ 0 , 1 ] : [ 2 ]\n\n", []Link{{[]int{0, 1}, []int{2}}}, ""},
		{`{"src":[0],"tgt":[0,1],"score":0.5,"src_text":"a"}` + "\n", []Link{{[]int{0}, []int{0, 1}}}, ""},
		{"[0]:[0]\n[1]-[1]\n", nil, "line 2"},
		{"[a]:[0]\n", nil, "not a sentence index"},
		{"[0]:[-1]\n", nil, "negative"},
		{"{}\n", nil, "line 1"},
		{"[0:[1]\n", nil, "bracketed"},
		{"[0]:[0]\n[0]:[1]\n", nil, "line 2: source sentence 0 is already aligned on line 1"},
		{"[0]:[0]\n\n[1]:[1,0]\n", nil, "line 3: target sentence 0 is already aligned on line 1"},
		// A byte-order mark (a gold file saved by Notepad) is no part of the first bead.
		{"\ufeff[0]:[0]\r\n[1]:[1]\r\n", []Link{{[]int{0}, []int{0}}, {[]int{1}, []int{1}}}, ""},
		{"\ufeff" + `{"src":[0],"tgt":[0],"src_text":"a","tgt_text":"b"}` + "\n", []Link{{[]int{0}, []int{0}}}, ""},
	} {
		got, err := ReadLinks(strings.NewReader(tc.in))
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ReadLinks(%q) error = %v; want one containing %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ReadLinks(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestCheckSameDocument(t *testing.T) {
	for _, tc := range []struct {
		gold, hyp string
		err       string
	}{
		{"[0]:[0]\n[1]:[1]\n", "[0]:[0]\n[1]:[1]\n", ""},
		{"[0]:[0]\n[1]:[1]\n", "[0,1]:[0]\n", ""}, // hyp may leave sentences out
		{"", "", ""},
		{"[0]:[0]\n[1]:[1]\n", "[5,6]:[0]\n", "source sentence 6"},
		{"[0]:[0]\n[1]:[1]\n", "[0]:[9]\n", "target sentence 9"},
		{"", "[0]:[0]\n", "gold alignment is empty"},
		{"[]:[]\n", "[0]:[0]\n", "source sentence 0 but the gold aligns no source sentence"}, // not "ends at -1" (faults62)
		{"[0]:[]\n", "[0]:[0]\n", "target sentence 0 but the gold aligns no target sentence"},
	} {
		err := CheckSameDocument(links(t, tc.gold), links(t, tc.hyp))
		if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("CheckSameDocument(%q, %q) = %v; want an error containing %q", tc.gold, tc.hyp, err, tc.err)
		}
	}
}

func links(t *testing.T, s string) []Link {
	t.Helper()
	ls, err := ReadLinks(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return ls
}

func TestEvaluate(t *testing.T) {
	gold := "[0]:[0]\n[1,2]:[1]\n[]:[2]\n[3]:[3,4]\n"
	for _, tc := range []struct {
		hyp                          string
		strictP, strictR, laxP, laxR float64
	}{
		// Perfect: 4/4 precision (the insertion counts), 3/3 recall.
		{gold, 1, 1, 1, 1},
		// [1,2]:[1] split into [1]:[1] [2]:[] — both wrong strictly;
		// [1]:[1] is a lax hit, [2]:[] (no targets) is not.
		{"[0]:[0]\n[1]:[1]\n[2]:[]\n[]:[2]\n[3]:[3,4]\n", 3.0 / 5, 2.0 / 3, 4.0 / 5, 1},
		// Everything shifted.
		{"[0]:[1]\n[1,2]:[2]\n[3]:[0]\n[]:[3,4]\n", 0, 0, 0, 0},
	} {
		s := Evaluate(links(t, gold), links(t, tc.hyp))
		got := []float64{s.Strict.Precision, s.Strict.Recall, s.Lax.Precision, s.Lax.Recall}
		want := []float64{tc.strictP, tc.strictR, tc.laxP, tc.laxR}
		for k := range got {
			if math.Abs(got[k]-want[k]) > 1e-9 {
				t.Errorf("Evaluate(hyp %q) = P/R strict %.3f/%.3f lax %.3f/%.3f; want %.3f/%.3f %.3f/%.3f",
					tc.hyp, got[0], got[1], got[2], got[3], want[0], want[1], want[2], want[3])
				break
			}
		}
	}
}

// FuzzReadLinks: the parser never panics, and what it accepts it reads
// again the same after printing in the gold format.
func FuzzReadLinks(f *testing.F) {
	for _, s := range []string{"[0,1]:[0]\n[]:[1]\n", `{"src":[1],"tgt":[]}`, "[0]:[0]\r\n[ 1 ]:[ 2 , 3 ]", "[", "{\"src\":null}", "[99999999999999999999]:[1]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		ls, err := ReadLinks(strings.NewReader(in))
		if err != nil {
			return
		}
		var b strings.Builder
		for _, l := range ls {
			b.WriteString(formatList(l.Src) + ":" + formatList(l.Tgt) + "\n")
		}
		again, err := ReadLinks(strings.NewReader(b.String()))
		if err != nil {
			t.Fatalf("ReadLinks(%q) re-reading %q: %v", in, b.String(), err)
		}
		if len(again) != len(ls) {
			t.Fatalf("ReadLinks(%q): %d links, %d after a round trip", in, len(ls), len(again))
		}
		for k := range ls {
			if !reflect.DeepEqual(orEmpty(ls[k].Src), orEmpty(again[k].Src)) || !reflect.DeepEqual(orEmpty(ls[k].Tgt), orEmpty(again[k].Tgt)) {
				t.Fatalf("ReadLinks(%q): link %d %v became %v", in, k, ls[k], again[k])
			}
		}
		Evaluate(ls, again)
	})
}

func orEmpty(x []int) []int {
	if x == nil {
		return []int{}
	}
	return x
}

func formatList(x []int) string {
	var parts []string
	for _, i := range x {
		parts = append(parts, strings.TrimSpace(strings.Repeat(" ", 0)+itoa(i)))
	}
	return "[" + strings.Join(parts, ",") + "]"
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var d []byte
	for ; i > 0; i /= 10 {
		d = append([]byte{byte('0' + i%10)}, d...)
	}
	return string(d)
}

func TestMergeGroups(t *testing.T) {
	hyp := links(t, "[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[3]\n")
	got := MergeGroups(hyp, []string{"v1", "v2", "v2"}, []string{"v1", "v2", "v2", "v2"})
	want := links(t, "[0]:[0]\n[1,2]:[1,2,3]\n")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("MergeGroups = %v; want %v", got, want)
	}
}

func TestScoresAdd(t *testing.T) {
	g1, h1 := links(t, "[0]:[0]\n[1]:[1]\n"), links(t, "[0]:[0]\n[1]:[1]\n")
	g2, h2 := links(t, "[0]:[0]\n[1]:[1]\n"), links(t, "[0,1]:[0,1]\n")
	s := Evaluate(g1, h1).Add(Evaluate(g2, h2))
	if s.Strict.Precision != 2.0/3 || s.Strict.Recall != 2.0/4 {
		t.Errorf("summed strict P/R = %.3f/%.3f; want 0.667/0.500", s.Strict.Precision, s.Strict.Recall)
	}
}

func TestCheckGroups(t *testing.T) {
	hyp := []Link{{Src: []int{0}, Tgt: []int{0}}, {Src: []int{1, 2}, Tgt: []int{1}}}
	for _, tc := range []struct {
		sg, tg []string
		want   *GroupsError
	}{
		{[]string{"a", "b", "b"}, []string{"a", "b"}, nil},
		{[]string{"a", "b"}, []string{"a", "b"}, &GroupsError{Labels: 2, Sentence: 2}},
		{[]string{"a", "b", "c"}, []string{"a"}, &GroupsError{Target: true, Labels: 1, Sentence: 1}},
	} {
		err := CheckGroups(hyp, tc.sg, tc.tg)
		var ge *GroupsError
		if tc.want == nil && err != nil || tc.want != nil && (!errors.As(err, &ge) || *ge != *tc.want) {
			t.Errorf("CheckGroups(%q, %q) = %v; want %v", tc.sg, tc.tg, err, tc.want)
		}
	}
}

func TestReadGroups(t *testing.T) {
	got, err := ReadGroups(strings.NewReader("\ufeffGen:1:1\r\nGen:1:2\n\nGen:1:3"))
	want := []string{"Gen:1:1", "Gen:1:2", "", "Gen:1:3"}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ReadGroups = %q, %v; want %q", got, err, want)
	}
}

func TestSpanString(t *testing.T) {
	for _, tc := range []struct {
		s    Span
		want string
	}{{Span{3, 3}, "[]"}, {Span{3, 4}, "[3]"}, {Span{3, 8}, "[3-7]"}} {
		if got := tc.s.String(); got != tc.want {
			t.Errorf("%#v.String() = %q; want %q", tc.s, got, tc.want)
		}
	}
}

func TestScore(t *testing.T) {
	gold := []Link{{Src: []int{0}, Tgt: []int{0}}, {Src: []int{1, 2}, Tgt: []int{1}}}
	hyp := []Link{{Src: []int{0}, Tgt: []int{0}}, {Src: []int{1}, Tgt: []int{1}}, {Src: []int{2}, Tgt: []int{}}}
	s, err := Score(gold, hyp, ScoreOptions{})
	if err != nil || s != Evaluate(gold, hyp) {
		t.Errorf("Score = %+v, %v; want Evaluate's %+v", s, err, Evaluate(gold, hyp))
	}
	// Groups merge [1] and [2] into the gold bead.
	s, err = Score(gold, hyp, ScoreOptions{SrcGroups: []string{"a", "b", "b"}, TgtGroups: []string{"a", "b"}})
	if err != nil || s.Strict.F1 != 1 {
		t.Errorf("Score(groups) = %+v, %v; want strict F1 1", s, err)
	}
	var ge *GroupsError
	if _, err := Score(gold, hyp, ScoreOptions{SrcGroups: []string{"a"}, TgtGroups: []string{"a", "b"}}); !errors.As(err, &ge) {
		t.Errorf("Score(short groups) error %v; want a *GroupsError", err)
	}
	if _, err := Score(gold[:1], hyp, ScoreOptions{}); err == nil {
		t.Errorf("Score(hyp past gold's end) = nil error")
	}
	m := Scores{Strict: PRF{Precision: 1.0 / 3, Recall: 0.5, F1: 0.4}, Lax: PRF{Precision: 2.0 / 3, Recall: 1, F1: 0.8}}.Measures()
	want := []Measure{{F1: 0.4, Measure: "strict", Precision: 0.333, Recall: 0.5}, {F1: 0.8, Measure: "lax", Precision: 0.667, Recall: 1}}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("Measures = %+v; want %+v", m, want)
	}
}

// TestReadLinksLongLine: the error about a line that is no bead quotes its
// start, not all of it: a text file given as the gold, one 10 MB line, put
// 10 MB on standard error.
func TestReadLinksLongLine(t *testing.T) {
	for _, in := range []string{
		strings.Repeat("word ", 2<<20) + "\n",
		"[" + strings.Repeat("x", 1<<20) + "]:[0]\n",
		"[0]:[0" + strings.Repeat(" ", 1<<20) + "\n",
		strings.Repeat("é", 100) + "\n",
	} {
		_, err := ReadLinks(strings.NewReader(in))
		if err == nil || len(err.Error()) > 200 || !strings.Contains(err.Error(), "line 1") || !utf8.ValidString(err.Error()) {
			t.Errorf("ReadLinks of a %d-byte line: error of %d bytes (%.80v...); want line 1 and at most 200 bytes of valid UTF-8", len(in), len(fmt.Sprint(err)), err)
		}
	}
}

// TestReadLinksAlignOutput: the tsv or tmx output of `bitext align`,
// given to align score, is refused with a message that says which output
// it reads (it only said "want [SRC,...]:[TGT,...]").
func TestReadLinksAlignOutput(t *testing.T) {
	for _, in := range []string{"He left.\tIl est parti.\t0.912\n", "Iran news: he left.\tIl est parti.\t0.912\n", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx>\n"} {
		_, err := ReadLinks(strings.NewReader(in))
		if err == nil || !strings.Contains(err.Error(), "line 1") || !strings.Contains(err.Error(), "--format jsonl") {
			t.Errorf("ReadLinks(%q) = %v; want an error at line 1 naming --format jsonl", in, err)
		}
	}
}

// TestReadLinksJSONTypes: a bead line whose field has the wrong type says
// which field wants what; it said "json: cannot unmarshal bool into Go
// struct field BeadRecord.src of type []int" (trial33).
func TestReadLinksJSONTypes(t *testing.T) {
	_, err := ReadLinks(strings.NewReader("{\"src\":[0],\"tgt\":[0]}\n{\"src\":true,\"tgt\":[1]}\n"))
	want := `line 2: "src" must be a list of sentence numbers ([0, 1]), not a JSON bool`
	if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "Go ") {
		t.Errorf("ReadLinks = %v; want %q", err, want)
	}
}

// TestReadLinksOverLimit: a line over ReadLinks' bound (MaxLinkLine, 16
// MiB; 64 MiB before tmfix62) says so with its number; it said "line 1:
// bufio.Scanner: token too long" (trial33).
func TestReadLinksOverLimit(t *testing.T) {
	_, err := ReadLinks(strings.NewReader("[0]:[0]\n" + strings.Repeat("x", MaxLinkLine+1) + "\n"))
	if want := "line 2: a line longer than 16 MiB (not an alignment?)"; err == nil || err.Error() != want {
		t.Errorf("ReadLinks of a line of MaxLinkLine+1 bytes = %v; want %q", err, want)
	}
	if _, err := ReadLinks(strings.NewReader("[0]:[0]\n" + strings.Repeat(" ", MaxLinkLine-7) + "[1]:[1]\n")); err != nil {
		t.Errorf("ReadLinks of a line of MaxLinkLine bytes = %v; want it read", err)
	}
}
