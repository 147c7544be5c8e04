package align

import (
	"bytes"
	"context"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// textFile is a File of text; closed counts its closings.
func textFile(name, text string, closed *int) File {
	return File{Name: name, Open: func() (io.ReadCloser, error) {
		return closer{strings.NewReader(text), closed}, nil
	}}
}

type closer struct {
	io.Reader
	n *int
}

func (c closer) Close() error {
	if c.n != nil {
		*c.n++
	}
	return nil
}

// failingReader fails with err after its text.
type failingReader struct{ err error }

func (f failingReader) Read([]byte) (int, error) { return 0, f.err }

func TestReadPair(t *testing.T) {
	ctx := context.Background()
	closed := 0
	src := Input{File: textFile("a.en.txt", "One.\nTwo.\n\nThree.\n", &closed), Lang: language.English}
	tgt := Input{File: textFile("a.fr.txt", "Un.\nDeux.\n", &closed), Lang: language.French}
	p, err := ReadPair(ctx, src, tgt, PairOptions{Doc: DocumentOptions{Presegmented: true}})
	if err != nil {
		t.Fatal(err)
	}
	want := &Pair{
		Src:     Document{Sentences: []string{"One.", "Two.", "Three."}, Paragraphs: []int{0, 0, 1}, Starts: []Pos{{1, 0}, {2, 0}, {4, 0}}},
		Tgt:     Document{Sentences: []string{"Un.", "Deux."}, Paragraphs: []int{0, 0}, Starts: []Pos{{1, 0}, {2, 0}}},
		SrcName: "a.en.txt", TgtName: "a.fr.txt", SrcLang: language.English, TgtLang: language.French,
	}
	if !reflect.DeepEqual(p, want) || closed != 2 {
		t.Errorf("ReadPair = %+v, closed %d times; want %+v, closed twice", p, closed, want)
	}

	// Errors of Open and of the reader are returned as they are.
	errOpen, errRead := errors.New("open failed"), errors.New("line 2: invalid UTF-8")
	badOpen := Input{File: File{Name: "x", Open: func() (io.ReadCloser, error) { return nil, errOpen }}}
	badRead := Input{File: File{Name: "y", Open: func() (io.ReadCloser, error) { return io.NopCloser(failingReader{errRead}), nil }}}
	for _, tc := range []struct {
		src, tgt Input
		want     error
	}{{badOpen, tgt, errOpen}, {src, badRead, errRead}} {
		if _, err := ReadPair(ctx, tc.src, tc.tgt, PairOptions{}); err != tc.want {
			t.Errorf("ReadPair(%s, %s) error %v; want %v as it is", tc.src.Name, tc.tgt.Name, err, tc.want)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := ReadPair(cancelled, src, tgt, PairOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("ReadPair(cancelled) error %v; want context.Canceled", err)
	}
}

func TestPairAlign(t *testing.T) {
	ctx := context.Background()
	src := Input{File: textFile("a.en.txt", "The minister arrived in Baghdad on Monday.\nHe met Qassem Soleimani in 2019.\nRead more: www.example.com/news\n", nil), Lang: language.English}
	tgt := Input{File: textFile("a.fr.txt", "Le ministre est arrivé lundi à Bagdad.\nIl a rencontré Qassem Soleimani en 2019.\n", nil), Lang: language.French}
	for _, min := range []float64{0, 0.1} {
		opt := PairOptions{Doc: DocumentOptions{Presegmented: true}, MinScore: min}
		p, err := ReadPair(ctx, src, tgt, opt)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Align(ctx, opt); err != nil {
			t.Fatal(err)
		}
		res, err := Align(ctx, p.Src, p.Tgt, opt.Align)
		if err != nil {
			t.Fatal(err)
		}
		var kept []Bead
		for _, b := range res.Beads {
			if b.Score >= min {
				kept = append(kept, b)
			}
		}
		if !reflect.DeepEqual(p.Beads, kept) || !reflect.DeepEqual(p.Review, res.Review) || p.Learned != res.Learned {
			t.Errorf("MinScore %v: Pair.Align beads %v, review %v, learned %d; want %v, %v, %d",
				min, p.Beads, p.Review, p.Learned, kept, res.Review, res.Learned)
		}
		if min > 0 && len(p.Beads) != 2 {
			t.Errorf("MinScore %v: beads %v; want the unmatched sentence dropped", min, p.Beads)
		}
	}
}

func TestPairWriteReview(t *testing.T) {
	p := &Pair{SrcName: "a.en.txt", TgtName: "<stdin>", Review: []Region{
		{Src: Span{3, 8}, Tgt: Span{4, 10}, Score: 0.4213},
		{Src: Span{12, 13}, Tgt: Span{15, 15}},
	}}
	var b bytes.Buffer
	if err := p.WriteReview(&b, "bitext: "); err != nil {
		t.Fatal(err)
	}
	want := "bitext: review: a.en.txt [3-7] <-> <stdin> [4-9]: score 0.42\n" +
		"bitext: review: a.en.txt [12] <-> <stdin> []: score 0.00\n"
	if b.String() != want {
		t.Errorf("WriteReview wrote\n%s\nwant\n%s", b.String(), want)
	}
}

// TestPairWriteReviewText: a review line shows why and the first
// sentence of each side, shortened.
func TestPairWriteReviewText(t *testing.T) {
	long := strings.Repeat("word ", 20) + "end."
	p := &Pair{SrcName: "a.en.txt", TgtName: "a.fr.txt",
		Src: Document{Sentences: []string{"One.", long, "Three\tlines\n \"here\"."}},
		Tgt: Document{Sentences: []string{"Un.", "Deux."}},
		Review: []Region{
			{Src: Span{1, 3}, Tgt: Span{1, 2}, Score: 0.2, Reason: reasonLow},
			{Src: Span{2, 3}, Tgt: Span{2, 2}, Reason: reasonUnmatched},
		}}
	var b bytes.Buffer
	if err := p.WriteReview(&b, ""); err != nil {
		t.Fatal(err)
	}
	want := `review: a.en.txt [1-2] <-> a.fr.txt [1]: score 0.20 (low score): "word word word word word word word word word word word word…" +1 <-> "Deux."` + "\n" +
		`review: a.en.txt [2] <-> a.fr.txt []: score 0.00 (unmatched): "Three lines "here"." <-> -` + "\n"
	if b.String() != want {
		t.Errorf("WriteReview wrote\n%s\nwant\n%s", b.String(), want)
	}
}

func TestScoreFiles(t *testing.T) {
	files := func(nameText ...string) []File {
		var fs []File
		for i := 0; i < len(nameText); i += 2 {
			fs = append(fs, textFile(nameText[i], nameText[i+1], nil))
		}
		return fs
	}
	gold, hyp := "[0]:[0]\n[1,2]:[1]\n", "[0]:[0]\n[1]:[1]\n[2]:[]\n"
	got, err := ScoreFiles(files("g1", gold, "h1", hyp, "g2", gold, "h2", gold), ScoreFilesOptions{})
	gl, _ := ReadLinks(strings.NewReader(gold))
	hl, _ := ReadLinks(strings.NewReader(hyp))
	if want := Evaluate(gl, hl).Add(Evaluate(gl, gl)); err != nil || got != want {
		t.Errorf("ScoreFiles = %+v, %v; want %+v", got, err, want)
	}
	groups := ScoreFilesOptions{SrcGroups: textFile("sv.txt", "v1\nv2\nv2\n", nil), TgtGroups: textFile("tv.txt", "v1\nv2\n", nil)}
	if got, err := ScoreFiles(files("g", gold, "h", hyp), groups); err != nil || got.Strict.F1 != 1 {
		t.Errorf("ScoreFiles(groups) = %+v, %v; want strict F1 1", got, err)
	}

	errRead := errors.New("line 1: NUL byte")
	for _, tc := range []struct {
		files []File
		opt   ScoreFilesOptions
		want  string
	}{
		{files("g", "[0]:[0]\n[1:[1]\n", "h", hyp), ScoreFilesOptions{}, "read g: line 2: "},
		{files("g", gold, "h", "[5,6]:[0]\n"), ScoreFilesOptions{}, "score h against g: "},
		{files("g", gold, "h", hyp), ScoreFilesOptions{SrcGroups: textFile("sv.txt", "v1\n", nil), TgtGroups: groups.TgtGroups},
			"sv.txt: 1 labels, but h aligns source sentence 1"},
		{files("g", gold, "h", hyp), ScoreFilesOptions{SrcGroups: groups.SrcGroups, TgtGroups: textFile("tv.txt", "v1\n", nil)},
			"tv.txt: 1 labels, but h aligns target sentence 1"},
		{files("g", gold, "h", hyp), ScoreFilesOptions{SrcGroups: groups.SrcGroups}, "go together"},
		{files("g", gold, "h", hyp, "g2", gold, "h2", hyp), groups, "one gold and hypothesis pair"},
		{files("g", gold, "h", hyp, "g2", gold), ScoreFilesOptions{}, "pairs"},
		// Nothing to score: an empty gold gave 0.000 everywhere, exit 0.
		{files("g", "", "h", ""), ScoreFilesOptions{}, "g has no beads"},
		{files("g", "", "h", "", "g2", "\n", "h2", ""), ScoreFilesOptions{}, "the gold files have no beads"},
		{append(files("g", gold), File{Name: "h", Open: func() (io.ReadCloser, error) { return io.NopCloser(failingReader{errRead}), nil }}),
			ScoreFilesOptions{}, errRead.Error()},
	} {
		_, err := ScoreFiles(tc.files, tc.opt)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ScoreFiles(%s...) error %v; want one containing %q", tc.files[0].Name, err, tc.want)
		}
		var ge *GroupsError
		if strings.Contains(tc.want, "labels") && !errors.As(err, &ge) {
			t.Errorf("ScoreFiles error %v; want a *GroupsError", err)
		}
		if tc.want == errRead.Error() && err != errRead {
			t.Errorf("ScoreFiles error %v; want the read error as it is", err)
		}
	}
}

func TestScoresWrite(t *testing.T) {
	s := Scores{Strict: PRF{Precision: 1.0 / 3, Recall: 0.5, F1: 0.4}, Lax: PRF{Precision: 2.0 / 3, Recall: 1, F1: 0.8}}
	var text, jsonl bytes.Buffer
	if err := s.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteJSONL(&jsonl); err != nil {
		t.Fatal(err)
	}
	if want := "strict\tP 0.333\tR 0.500\tF1 0.400\nlax\tP 0.667\tR 1.000\tF1 0.800\n"; text.String() != want {
		t.Errorf("WriteText wrote %q; want %q", text.String(), want)
	}
	if want := `{"f1":0.4,"measure":"strict","precision":0.333,"recall":0.5}` + "\n" +
		`{"f1":0.8,"measure":"lax","precision":0.667,"recall":1}` + "\n"; jsonl.String() != want {
		t.Errorf("WriteJSONL wrote %q; want %q", jsonl.String(), want)
	}
}

// TestPairWriteReviewHardText: a review line never cuts a character from
// its accent or a joined emoji, lets no control character of the text
// reach the terminal, and isolates right-to-left text (with a stray
// override of its own dropped) so that the rest of the line keeps its
// order.
func TestPairWriteReviewHardText(t *testing.T) {
	a58 := strings.Repeat("a", 58)
	family := "\U0001F469\u200D\U0001F467" // woman ZWJ girl: one emoji
	p := &Pair{SrcName: "a.en.txt", TgtName: "a.ar.txt",
		Src: Document{Sentences: []string{
			a58 + "e\u0301 and more words to cut.", // é as e + combining acute at the cut
			a58 + family + " more.",                // ZWJ sequence at the cut
			"Bad \x1b[31mred\x1b[0m text\u009b.",   // ESC and C1 CSI
		}},
		Tgt: Document{Sentences: []string{"قال \u202Eالوزير إن 44 عاما.", "Plain."}},
		Review: []Region{
			{Src: Span{0, 1}, Tgt: Span{0, 2}, Reason: reasonLow},
			{Src: Span{1, 2}, Tgt: Span{1, 2}, Reason: reasonLow},
			{Src: Span{2, 3}, Tgt: Span{2, 2}, Reason: reasonUnmatched},
		}}
	var b bytes.Buffer
	if err := p.WriteReview(&b, ""); err != nil {
		t.Fatal(err)
	}
	want := `review: a.en.txt [0] <-> a.ar.txt [0-1]: score 0.00 (low score): "` + a58 + `…" <-> "` + "\u2068قال الوزير إن 44 عاما.\u2069" + `" +1` + "\n" +
		`review: a.en.txt [1] <-> a.ar.txt [1]: score 0.00 (low score): "` + a58 + `…" <-> "Plain."` + "\n" +
		`review: a.en.txt [2] <-> a.ar.txt []: score 0.00 (unmatched): "Bad \x1b[31mred\x1b[0m text\x9b." <-> -` + "\n"
	if b.String() != want {
		t.Errorf("WriteReview wrote\n%q\nwant\n%q", b.String(), want)
	}
	if !utf8.Valid(b.Bytes()) {
		t.Errorf("WriteReview wrote invalid UTF-8: %q", b.String())
	}
}

// TestPairInterrupted: reading or aligning a pair that is interrupted
// says what was interrupted, in words, not "context canceled", and the
// error still wraps context.Canceled (the command exits 130).
func TestPairInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	in := func(name string) Input { return Input{File: textFile(name, "One.\nTwo.\n", nil)} }
	_, err := ReadPair(ctx, in("a.en.txt"), in("a.fr.txt"), PairOptions{})
	if want := "read a.en.txt: interrupted"; err == nil || err.Error() != want || !errors.Is(err, context.Canceled) {
		t.Errorf("interrupted ReadPair: %v; want %q, wrapping context.Canceled", err, want)
	}
	p, err := ReadPair(context.Background(), in("a.en.txt"), in("a.fr.txt"), PairOptions{})
	if err != nil {
		t.Fatal(err)
	}
	err = p.Align(ctx, PairOptions{})
	if want := "align a.en.txt with a.fr.txt: interrupted"; err == nil || err.Error() != want || !errors.Is(err, context.Canceled) {
		t.Errorf("interrupted Pair.Align: %v; want %q, wrapping context.Canceled", err, want)
	}
	if err := Interrupted(io.EOF, "never %s", "shown"); err != io.EOF {
		t.Errorf("Interrupted(io.EOF) = %v; want io.EOF as it is", err)
	}
}

// TestPairWriteReviewEmpty: an empty (or blank) document is said to be
// empty in words, not only by a region of unmatched sentences, since it
// is most often the wrong file.
func TestPairWriteReviewEmpty(t *testing.T) {
	for _, tc := range []struct {
		src, tgt string
		want     string
	}{
		{"One.\nTwo.\n", "\n \n", "review: a.fr.txt has no text: nothing of it is aligned (the wrong file?)\n" +
			`review: a.en.txt [0-1] (line 1:1) <-> a.fr.txt []: score 0.00 (unmatched): "One." +1 <-> -` + "\n"},
		{"", "", "review: a.en.txt has no text: nothing of it is aligned (the wrong file?)\n" +
			"review: a.fr.txt has no text: nothing of it is aligned (the wrong file?)\n"},
	} {
		p, err := ReadPair(context.Background(), Input{File: textFile("a.en.txt", tc.src, nil)}, Input{File: textFile("a.fr.txt", tc.tgt, nil)}, PairOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Align(context.Background(), PairOptions{}); err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := p.WriteReview(&b, ""); err != nil {
			t.Fatal(err)
		}
		if b.String() != tc.want {
			t.Errorf("WriteReview of %q and %q wrote\n%s\nwant\n%s", tc.src, tc.tgt, b.String(), tc.want)
		}
	}
}

// TestReviewNone: ReviewBelow ReviewNone (`--review-below 0`) reports no
// bead for its score alone, but still the unmatched sentences; 0 is the
// default, 0.4, which reports the seed's low-scoring French bead.
func TestReviewNone(t *testing.T) {
	p, err := ReadPair(context.Background(), Input{File: NamedFile("../testdata/irgc-iraq.en.txt", nil), Lang: language.English},
		Input{File: NamedFile("../testdata/irgc-iraq.fr.txt", nil), Lang: language.French}, PairOptions{})
	if err != nil {
		t.Fatal(err)
	}
	reasons := func(below float64) (low, unmatched int) {
		if err := p.Align(context.Background(), PairOptions{Align: Options{ReviewBelow: below, NoLearn: true}}); err != nil {
			t.Fatal(err)
		}
		for _, r := range p.Review {
			if strings.Contains(r.Reason, reasonLow) {
				low++
			}
			if strings.Contains(r.Reason, reasonUnmatched) {
				unmatched++
			}
		}
		return low, unmatched
	}
	if low, unmatched := reasons(0); low == 0 || unmatched == 0 {
		t.Fatalf("ReviewBelow 0 (the default): %d low-score and %d unmatched regions; want some of each", low, unmatched)
	}
	if low, unmatched := reasons(ReviewNone); low != 0 || unmatched == 0 {
		t.Errorf("ReviewBelow ReviewNone: %d low-score and %d unmatched regions; want none low-score, some unmatched", low, unmatched)
	}
}

// TestPairWriteReviewRTLName: a file name in Arabic script is isolated in
// the review line as an Arabic excerpt is, so that the indexes after it
// stay in place; a Latin name is written as it is.
func TestPairWriteReviewRTLName(t *testing.T) {
	p := &Pair{SrcName: "story.en.txt", TgtName: "خبر.ar.txt",
		Src: Document{Sentences: []string{"One."}}, Tgt: Document{Sentences: []string{"واحد."}},
		Review: []Region{{Src: Span{0, 1}, Tgt: Span{0, 1}, Score: 0.1, Reason: reasonLow}}}
	var b bytes.Buffer
	if err := p.WriteReview(&b, ""); err != nil {
		t.Fatal(err)
	}
	want := "review: story.en.txt [0] <-> \u2068خبر.ar.txt\u2069 [0]: score 0.10 (low score): \"One.\" <-> \"\u2068واحد.\u2069\"\n"
	if b.String() != want {
		t.Errorf("WriteReview wrote\n%q\nwant\n%q", b.String(), want)
	}
}

// TestReviewWhere: a review line says where each side of its region
// starts in the file, beside the 0-based sentence indexes, for a
// reviewer with the file open: the line, or lines, of sentences one a
// line; the line and column (in characters) in running text.
func TestReviewWhere(t *testing.T) {
	for _, tc := range []struct {
		doc  Document
		s    Span
		want string
	}{
		{PresegmentedDocument("One.\n\nTwo.\nThree.\n"), Span{1, 3}, " (lines 3-4)"},
		{PresegmentedDocument("One.\n\nTwo.\nThree.\n"), Span{1, 2}, " (line 3)"},
		{PresegmentedDocument("One.\n"), Span{1, 1}, ""},
		{mustSegment(t, "Première phrase, été. Deuxième.\n\nTroisième.\n"), Span{1, 3}, " (line 1:23)"},
		{mustSegment(t, "Première phrase, été. Deuxième.\n\nTroisième.\n"), Span{2, 3}, " (line 3:1)"},
		{Document{Sentences: []string{"By hand."}}, Span{0, 1}, ""},
	} {
		if got := where(tc.doc, tc.s); got != tc.want {
			t.Errorf("where(%q, %v) = %q; want %q", tc.doc.Sentences, tc.s, got, tc.want)
		}
	}
}

func mustSegment(t *testing.T, text string) Document {
	t.Helper()
	d, err := SegmentText(text, DocumentOptions{Lang: language.French})
	if err != nil {
		t.Fatal(err)
	}
	return d
}
