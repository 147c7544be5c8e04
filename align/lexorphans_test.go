package align

import (
	"context"
	"slices"
	"testing"
)

// lexStory is an English story and its Chinese version; lexInserted is a
// sentence of another story, with neither names nor numbers (monkeys of
// a safari park that break cars' wipers and mirrors), and lexInsertedEn
// one in English (a comet photographed by astronomers).
var (
	lexStoryEn = []string{
		"The city council approved a new budget for public schools on Monday.",
		"The plan gives more money to teachers and builds new libraries.",
		"Parents welcomed the decision after months of protests.",
		"The mayor said the budget would help children in poor neighbourhoods.",
		"Some council members warned that taxes might rise next year.",
		"The schools will receive the money in the autumn.",
	}
	lexStoryZh = []string{
		"市议会周一批准了公立学校的新预算。",
		"该计划给教师更多的钱，并建造新的图书馆。",
		"经过几个月的抗议，家长们欢迎这一决定。",
		"市长说，预算将帮助贫困社区的儿童。",
		"一些议员警告说，明年税收可能会上涨。",
		"学校将在秋天收到这笔钱。",
	}
	lexInsertedZh = "野生动物园的猴子经常扑向汽车，掰下雨刮器和后视镜，游客感到非常害怕。"
	lexInsertedEn = "Astronomers photographed a distant comet whose glowing tail stretched across the northern sky."
)

// lexOrphansOf runs lexOrphans on src and tgt as Align reads them (the
// built-in dictionary, the Han side cut by its words).
func lexOrphansOf(src, tgt []string) (os, ot []bool) {
	var opt Options
	d := opt.pairDict(src, tgt)
	return lexOrphans(src, tgt, d, hanCutters(d, src, tgt), newWordCache())
}

// TestLexOrphans: a Chinese sentence of another story, inserted into the
// Chinese version, is an orphan on the Chinese side, an English one on
// the English side, either way round; the story's own sentences are
// none.
func TestLexOrphans(t *testing.T) {
	zh := slices.Insert(slices.Clone(lexStoryZh), 3, lexInsertedZh)
	en := slices.Insert(slices.Clone(lexStoryEn), 2, lexInsertedEn)
	os, ot := lexOrphansOf(en, zh)
	wantEn := []bool{false, false, true, false, false, false, false}
	wantZh := []bool{false, false, false, true, false, false, false}
	if !slices.Equal(os, wantEn) || !slices.Equal(ot, wantZh) {
		t.Errorf("lexOrphans(en, zh) = %v, %v; want %v, %v", os, ot, wantEn, wantZh)
	}
	os, ot = lexOrphansOf(zh, en)
	if !slices.Equal(os, wantZh) || !slices.Equal(ot, wantEn) {
		t.Errorf("lexOrphans(zh, en) = %v, %v; want %v, %v", os, ot, wantZh, wantEn)
	}
	// Without the inserted sentences, none.
	if os, ot := lexOrphansOf(lexStoryEn, lexStoryZh); os != nil || ot != nil {
		t.Errorf("lexOrphans of the story = %v, %v; want none", os, ot)
	}
}

// TestLexOrphansNone: no rule without a Han side read through a
// dictionary, and none on a side where too many sentences find too few
// words (a document that is not the other's translation).
func TestLexOrphansNone(t *testing.T) {
	var opt Options
	d := opt.pairDict(lexStoryEn, lexStoryZh)
	if os, ot := lexOrphans(lexStoryEn, lexStoryZh, nil, hanCutters(d, lexStoryEn, lexStoryZh), newWordCache()); os != nil || ot != nil {
		t.Errorf("without a dictionary: %v, %v; want none", os, ot)
	}
	if os, ot := lexOrphansOf(lexStoryEn, lexStoryEn); os != nil || ot != nil {
		t.Errorf("English against English: %v, %v; want none", os, ot)
	}
	zh := slices.Clone(lexStoryZh)
	for range 7 {
		zh = append(zh, lexInsertedZh)
	}
	if _, ot := lexOrphansOf(lexStoryEn, zh); ot != nil {
		t.Errorf("a Chinese side of 13 sentences, 7 of another story: %v; want none (over lexFalse)", ot)
	}
}

// TestLexOrphansAlign: Align leaves the sentences of another story
// unmatched where, without the rule, it shifted the pairs 1-1 (an English
// sentence dropped, the Chinese one of another story two places on) or
// left the wrong English sentence out.
func TestLexOrphansAlign(t *testing.T) {
	l := func(s, t []int) Link { return Link{Src: s, Tgt: t} }
	for _, c := range []struct {
		name     string
		src, tgt []string
		want     []Link
	}{
		{"English 2 dropped, Chinese inserted after 3",
			lexStoryEn,
			[]string{lexStoryZh[0], lexStoryZh[1], lexStoryZh[3], lexInsertedZh, lexStoryZh[4], lexStoryZh[5]},
			[]Link{l([]int{0}, []int{0}), l([]int{1}, []int{1}), l([]int{2}, nil), l([]int{3}, []int{2}),
				l(nil, []int{3}), l([]int{4}, []int{4}), l([]int{5}, []int{5})}},
		{"English inserted at 3",
			slices.Insert(slices.Clone(lexStoryEn), 3, lexInsertedEn),
			lexStoryZh,
			[]Link{l([]int{0}, []int{0}), l([]int{1}, []int{1}), l([]int{2}, []int{2}), l([]int{3}, nil),
				l([]int{4}, []int{3}), l([]int{5}, []int{4}), l([]int{6}, []int{5})}},
	} {
		res, err := Align(context.Background(), Document{Sentences: c.src}, Document{Sentences: c.tgt}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []Link
		for _, b := range res.Beads {
			got = append(got, LinkOf(b))
		}
		same := len(got) == len(c.want)
		for k := 0; same && k < len(got); k++ {
			same = slices.Equal(got[k].Src, c.want[k].Src) && slices.Equal(got[k].Tgt, c.want[k].Tgt)
		}
		if !same {
			t.Errorf("%s: Align = %v; want %v", c.name, got, c.want)
		}
	}
}
