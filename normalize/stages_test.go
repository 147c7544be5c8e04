package normalize

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// stagePairs are the pairs TestStagesBatch scores: the bench's variants and
// look-alikes, the development set, and pairs written for the stages (the
// glossary's aliases, Wade-Giles, Cyrillic, Korean, the caps, acronyms and
// organisations), each both ways.
func stagePairs(t *testing.T) [][2]string {
	t.Helper()
	pairs := append(readPairs(t, "testdata/variants.tsv"), readPairs(t, "testdata/lookalikes.tsv")...)
	for _, p := range readDevSet(t) {
		pairs = append(pairs, [2]string{p.a, p.b})
	}
	pairs = append(pairs, [][2]string{
		{"ISIS", "Daesh"}, {"ISIS-Sinai Province", "ISIL Sinai Province"}, {"Mykolaiv", "Nikolaev"},
		{"Mao Tse-tung", "Mao Zedong"}, {"Chang Tzu-chung", "Zhang Zhizhong"}, {"Li Ao", "Li Yü"},
		{"Гельмут", "Helmuth"}, {"Kryvyi Rih", "Krivoy Rog"}, {"Jang Bom Su", "Jang Pom Su"}, {"Xuseen", "Hussein"},
		{"Szwarc", "Schwarz"}, {"Idriça", "Idrissa"}, {"Brown", "Braun"}, {"Hocine", "Husayn"},
		{"Poyang", "Puyang"}, {"Shaanxi", "Shanxi"}, {"Henan", "Hunan"}, {"Katsue", "Katsuji"},
		{"Naseer", "Nasser"}, {"Silvestre", "Silvestri"}, {"Apollo 11", "Apollo 1"}, {"Louis XIV", "Louis XV"},
		{"IRGC", "Islamic Revolutionary Guard Corps"}, {"TISCO", "Tata Iron and Steel Company"},
		{"COA", "Comité Olímpico Argentino"}, {"Kenyan Army", "Army of Kenya"}, {"Banca d'Italia", "Bank of Italy"},
		{"FARC-EP", "FARC"}, {"UN Security Council", "United Nations Security Council"},
		{"Khamenei", "Khomeini"}, {"Saeed Reza", "Saeedreza"}, {"Qasem Soleimani", "Qasem Soleimani"},
		{"Cato", "Caton"}, {"Natalis", "Nataly"}, {"Untranslated Segment", "Translated Segment"},
		{"Burt", "Birt"}, {"Whyte", "Wight"}, {"Emperor Sutoku", "Emperor Kotoku"}, {"Tenji Emperor", "Emperor Tenmu"},
		{"Nikita Hrușciov", "Nikita Khrushchev"}, {"Vladimiras Putinas", "Vladimir Putin"},
		{"Chérif Kouachi", "Sharif Kouachi"}, {"Hachemi", "Hashemi"}, {"Chizuko", "Shizuko"},
		{"Ohyama", "Oyama"}, {"Kohrin", "Kourin"}, {"Numadu", "Numazu"}, {"Nisi Takeiti", "Nishi Takeichi"},
		{"Carlos", "Carly"}, {"Yevgeny Primakov", "Yevgenia Primakov"}, {"Huangho", "Huanghe"}, {"Daisuke", "Daisuko"},
		{"Frederick", "Fredericka"},
		{"Ahmad bin Ali", "Ali bin Ahmad"}, {"Hajjaj bin Fahd al Ajmi", "al-Ajmi, Hajjaj bin Fahd"},
		{"Guatemalan Reformer Party", "Guatemalan Reformist Party"}, {"Movement for Silesian Autonomy", "Silesian Autonomy Movement"},
		{"Social Democratic Party of Georgia", "Social Democratic Labour Party of Georgia"},
		{"NSRB", "Narodna stranka Radom za Boljitak"}, {"GE", "Génération Écologie"}, {"Smer-SD", "Smer – Sociálna Demokracia"},
		{"Dmitry Vladmirovich Balaba", "Dmitry Vladimirovich Balaba"}, {"Oleg Ivanovich Tarasov", "Oleg Ivanovich Taranov"},
		{"Viktor Alekseevich Ozerov", "Viktor Aleekseevich Ozerov"}, {"Ivan Petrovich Kazakov", "Ivan Petrovich Kazankov"},
		{"Islamic Revolutionary Guard Corps Quds Force IRGC-QF Unit 840", "Islamic Revolutionary Guard Corps Quds Force IRGC-QF Unit 190"},
	}...)
	for _, p := range pairs[:len(pairs):len(pairs)] {
		pairs = append(pairs, [2]string{p[1], p[0]})
	}
	return pairs
}

// TestStagesBatch checks that scoring pairs a stage at a time over a
// batch (Matcher.similarities, what names match - does) gives each pair
// the score Matcher.Similarity and Similarity give it alone, with and
// without a glossary, in batches of several sizes on one simState.
func TestStagesBatch(t *testing.T) {
	pairs := stagePairs(t)
	for _, m := range []*Matcher{nil, NewMatcher(nil), NewMatcher(DefaultGlossary())} {
		want := make([]float64, len(pairs))
		for i, p := range pairs {
			want[i] = m.Similarity(p[0], p[1])
		}
		for _, size := range []int{1, 7, matchBatch, len(pairs)} {
			s := new(simState)
			differ := 0
			for lo := 0; lo < len(pairs); lo += size {
				batch := make([]pairSim, 0, size)
				for _, p := range pairs[lo:min(lo+size, len(pairs))] {
					batch = append(batch, pairSim{a: p[0], b: p[1]})
				}
				m.similarities(s, batch)
				for i, p := range batch {
					if got := p.score; got != want[lo+i] && differ < 10 {
						differ++
						t.Errorf("glossary %v, batch of %d: %q, %q scored %v; alone %v", m != nil && m.g != nil, size, p.a, p.b, got, want[lo+i])
					}
				}
			}
		}
	}
	// similarityWith's stages alone, as Similarity and checkSim run them.
	s := new(simState)
	batch := make([]pairSim, len(pairs))
	for i, p := range pairs {
		batch[i] = pairSim{a: p[0], b: p[1]}
	}
	runStages(&stageRun{s: s}, batch, simStages[:])
	for i, p := range batch {
		if want := Similarity(pairs[i][0], pairs[i][1]); p.score != want {
			t.Fatalf("simStages over a batch: %q, %q scored %v; Similarity %v", p.a, p.b, p.score, want)
		}
	}
}

// TestStagesMemo checks that the stages score each pair as alone when
// the names are prepared once (s.memo, as WriteMatchesWith keeps them):
// one memo through the matchers with no glossary, the default glossary
// and one of a single entry (Mykolaiv, Nikolaev, Khamenei), so a name prepared with one glossary is asked again
// with another, or with none (the stages that read names alone).
func TestStagesMemo(t *testing.T) {
	pairs := stagePairs(t)
	s := &simState{memo: map[string]preparedName{}}
	for _, m := range []*Matcher{NewMatcher(nil), NewMatcher(DefaultGlossary()), NewMatcher(NewGlossary([]Entry{{Canonical: "Mykolaiv", Variants: []string{"Nikolaev", "Khamenei"}}})), NewMatcher(DefaultGlossary())} {
		batch := make([]pairSim, len(pairs))
		for i, p := range pairs {
			batch[i] = pairSim{a: p[0], b: p[1]}
		}
		m.similarities(s, batch)
		differ := 0
		for i, p := range batch {
			if want := m.Similarity(pairs[i][0], pairs[i][1]); p.score != want && differ < 10 {
				differ++
				t.Errorf("glossary %v, names prepared once: %q, %q scored %v; alone %v", m.g != nil, p.a, p.b, p.score, want)
			}
		}
	}
}

// TestWriteMatchesBatches checks WriteMatchesWith, which scores its pairs
// in batches of matchBatch, against WriteMatchWith of each pair, on more
// pairs than a batch holds, and that a bad line after a batch boundary is
// reported after the lines of every pair before it.
func TestWriteMatchesBatches(t *testing.T) {
	pairs := stagePairs(t)
	if len(pairs) <= 2*matchBatch {
		t.Fatalf("%d pairs: want more than two batches of %d", len(pairs), matchBatch)
	}
	m := NewMatcher(DefaultGlossary())
	var in, want strings.Builder
	for _, p := range pairs {
		in.WriteString(p[0] + "\t" + p[1] + "\n")
		if err := WriteMatchWith(&want, m, p[0], p[1]); err != nil {
			t.Fatal(err)
		}
	}
	var got strings.Builder
	if err := WriteMatchesWith(&got, m, strings.NewReader(in.String()), "pairs"); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Fatalf("WriteMatchesWith of %d pairs differs from WriteMatchWith of each", len(pairs))
	}
	n := matchBatch + 3
	bad := strings.Join(strings.SplitAfter(in.String(), "\n")[:n], "") + "no tab\n" + "A\tB\n"
	got.Reset()
	err := WriteMatchesWith(&got, m, strings.NewReader(bad), "pairs")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != n+1 {
		t.Errorf("a line without a tab after %d pairs: %v; want a ParseError of line %d", n, err, n+1)
	}
	if w := strings.Join(strings.SplitAfter(want.String(), "\n")[:n], ""); got.String() != w {
		t.Errorf("before the bad line, WriteMatchesWith wrote %d lines; want the %d of the pairs before it", strings.Count(got.String(), "\n"), n)
	}
}

// TestMatchMemoBounded: names match's memo of prepared names stops
// keeping names once most have come only once (10,000 names never
// repeated: no more than memoTrial kept, where a map of every name cost
// 40% more time and eight times the memory), and keeps finding the names
// it holds.
func TestMatchMemoBounded(t *testing.T) {
	s := simPool.Get().(*simState)
	defer func() { s.memo, s.memoCap, s.memoHits, s.memoMisses = nil, 0, 0, 0; simPool.Put(s) }()
	s.memo, s.memoCap = map[string]preparedName{}, maxPreparedMatch
	s.g = nil
	for i := range 10000 {
		s.ta, s.oa, s.fullA, _ = s.prepareMemo(fmt.Sprintf("Name%d Surname%d", i, i), s.ta[:0], s.oa[:0], s.fullA[:0])
	}
	if n := len(s.memo); n > memoTrial {
		t.Errorf("after 10,000 names never repeated the memo holds %d; want <= %d", n, memoTrial)
	}
	hits := s.memoHits
	s.ta, s.oa, s.fullA, _ = s.prepareMemo("Name7 Surname7", s.ta[:0], s.oa[:0], s.fullA[:0])
	if s.memoHits != hits+1 || len(s.ta) != 2 {
		t.Errorf("a kept name looked up again: hits %d -> %d, words %q; want one hit and two words", hits, s.memoHits, s.ta)
	}
}
