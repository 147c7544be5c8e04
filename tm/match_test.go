package tm

import (
	"reflect"
	"testing"

	"golang.org/x/text/language"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Don't pay $1,000.50 now!", []string{"Don't", "pay", "$", "1,000.50", "now", "!"}},
		{"l'accord, 3.", []string{"l'accord", ",", "3", "."}},
		{"北京欢迎你", []string{"北", "京", "欢", "迎", "你"}},
		{"سلیمانی گفت.", []string{"سلیمانی", "گفت", "."}},
	}
	for _, tc := range tests {
		var got []string
		for _, tk := range tokenize(tc.in, nil) {
			got = append(got, tk.text)
			if tc.in[tk.start:tk.end] != tk.text {
				t.Errorf("tokenize(%q): token %q has offsets %d:%d", tc.in, tk.text, tk.start, tk.end)
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("tokenize(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzScore(f *testing.F) {
	f.Add("The minister arrived in Tehran.", "The Minister arrived in Baghdad!", "Le ministre.")
	f.Add("12 3", "13 3", "12 x 3")
	f.Fuzz(func(t *testing.T, q, src, tgt string) {
		m := newMatcher(q, language.English)
		r := m.score(src, false, tgt, numbersOf(language.French))
		if r.score < 0 || r.score > 100 {
			t.Fatalf("score(%q, %q) = %d; want 0..100", q, src, r.score)
		}
		if collapse(q) == collapse(src) && r.score != 100 {
			t.Fatalf("score(%q, itself) = %d; want 100", q, r.score)
		}
		if collapse(q) != collapse(src) && r.score == 100 {
			t.Fatalf("score(%q, %q) = 100 for different texts", q, src)
		}
		_ = m.diff(src)
	})
}

func BenchmarkScore(b *testing.B) {
	m := newMatcher("The minister arrived in Baghdad on Monday for talks with 3 officials.", language.English)
	for b.Loop() {
		m.score("The minister arrived in Tehran on Monday for talks with 4 officials.", false, "Le ministre est arrivé à Téhéran lundi avec 4 responsables.", numbersOf(language.French))
	}
}

// A word that costs points because it is written otherwise (case,
// accents) shows in the diff: a 98 with nothing marked tells the
// translator nothing.
func TestDiffShowsWhatCostsPoints(t *testing.T) {
	tests := []struct{ query, src, want string }{
		{"mr smith thanked the committee.", "Mr Smith thanked the committee.", "[-Mr Smith-]{+mr smith+} thanked the committee."},
		{"open the file.", "Open the file.", "[-Open-]{+open+} the file."},
		{"The cafe opened today.", "The café opened today.", "The [-café-]{+cafe+} opened today."},
		{"Close the window.", "Close the window.", "Close the window."},
		// Composed or not, one word: nothing to show.
		{"The caf\u00e9 opened.", "The cafe\u0301 opened.", "The cafe\u0301 opened."},
		{"Close the door.", "Close the window.", "Close the [-window-]{+door+}."},
	}
	for _, tc := range tests {
		m := newMatcher(tc.query, language.English)
		if got := m.diff(tc.src); got != tc.want {
			t.Errorf("diff(%q) of query %q = %q; want %q", tc.src, tc.query, got, tc.want)
		}
	}
}

// Bytes that are not UTF-8 each decode as U+FFFD; typoEqual must not take
// two different ones, or one and a written U+FFFD, as one text (a score of
// 100 for a segment that is not the query's text).
func TestTypoEqualInvalidUTF8(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"\x90", "\xc2", false},
		{"a\x90b", "a\xffb", false},
		{"\x90", "\ufffd", false},
		{"\x90", "\x90", true},
		{"Don’t \x90", "Don't \x90", true},
		{"a–b", "a-b", true},
	} {
		if got := typoEqual(tc.a, tc.b); got != tc.want {
			t.Errorf("typoEqual(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
	m := newMatcher("\x90", language.English)
	if r := m.score("\xc2", false, "x", numbersOf(language.French)); r.score == 100 {
		t.Errorf("score(%q, %q) = 100 for different texts", "\x90", "\xc2")
	}
}
