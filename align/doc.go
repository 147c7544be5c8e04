// Package align aligns the sentences of a text with those of its
// translation: it pairs groups of source sentences with groups of target
// sentences ("beads"), scores each pair, and flags the regions a person
// should review.
//
// It needs no model: evidence comes from sentence lengths, anchors that
// survive translation, and word translations from a dictionary, from the
// document pair itself, and from pairs aligned before.
//
// # Beads
//
// A bead pairs a source sentences with b target sentences: 1-1, 1-2/2-1,
// 2-2, 1-3/3-1, 2-3/3-2, 1-4/4-1, and 1-0/0-1 for a sentence with no
// counterpart. hunalign's 1-1/1-2/2-1 cover 96% of the Text+Berg beads
// and 87% of a Chinese-English set; these shapes cover about 99%.
//
// # Features
//
// Every sentence becomes a sorted list of feature IDs in one space shared
// by both languages (features.go):
//   - numbers, any script's digits read as ASCII ("1956", "۱۳۹۸");
//   - URLs and e-mail addresses;
//   - punctuation classes translators keep: ? ! quotes ( : %;
//   - names: the consonant skeleton (normalize.Skeleton) of capitalized
//     words and of words in caseless scripts, so "Soleimani" and
//     "سلیمانی" meet once normalize transliterates;
//   - identical words and cognates: a word's key, and its first four
//     letters when it has at least four (Simard et al. 1992);
//   - lexical links: a source word contributes the six-letter stems of
//     its translations, a target word its own stem.
//
// A feature's weight is its inverse document frequency over both sides,
// ln(N/df), times a per-kind factor (kindWeight); features absent from
// either side are dropped, since they can never be shared.
//
// # The cost
//
// The cost of a bead of a source and b target sentences is
//
//	prior[a][b] + lenW·L(ls, lt) − matchW·M
//
// where L is Gale and Church's length cost, −ln P(|δ|) for
// δ = (lt/r − ls)/√(s²·(ls+lt/r)/2), with ls, lt the lengths in
// characters (spaces excluded), r the document pair's own ratio of
// target to source characters (so Chinese, counted in characters, does
// not collapse against English) and s² = 10 (Gale and Church
// measured 6.8 on European pairs; 10 was better on every development
// set, Chinese-English most); M is the weight of the
// features the two groups share, each counted once. A 0-1 or 1-0 bead
// costs skip per sentence. Because every path covers every sentence, the
// search in effect maximizes the shared anchor weight among length-
// plausible paths. prior holds −ln of how rare each shape is.
//
// # Search
//
// Dynamic programming over (source position, target position) finds
// the cheapest path of beads. Up to fullLimit cells it searches the whole
// table; beyond, it merges runs of coarsen sentences into blocks,
// aligns the blocks (recursively), and searches a band of ±widen
// positions around the projected path. Wherever the best path comes
// within edgeMargin of the band's edge the band grows there (doubling)
// and the search reruns: the coarse level may drift, the fine level
// pulls back. Time and memory are linear in the number of sentences for
// documents of similar length (bandCap bounds the band's growth).
//
// When both documents have paragraphs, paragraphs are aligned first as
// units, then the sentences inside each paragraph bead: no sentence bead
// crosses a paragraph bead's border.
//
// # Learning passes
//
// The first pass uses the given Lexicon (if any) and, when there are
// Options.Examples (pairs from a translation memory), a table learned from
// them. Then, learnPasses times: train IBM Model 1 in both directions on
// the last pass's confident beads (score at least learnMinScore) plus the
// Examples, keep the word pairs both directions rate at least
// model1MinProb, re-estimate the character ratio from the confident
// beads, and realign with the learned links as features.
//
// # Scores
//
// A bead's score in [0,1] combines the length tail probability P(|δ|)
// and the share of its sentences' feature weight that the two sides
// share; beads with nothing to share are judged on length alone and score
// at most 0.55; rare shapes are discounted. Runs of beads under
// Options.ReviewBelow are returned as Regions to review.
//
// # Evaluation
//
// ReadLinks reads gold alignments ("[0,1]:[0]") and JSON Lines; Evaluate
// computes strict and lax precision, recall and F1 as Vecalign and
// Bertalign report them.
package align
