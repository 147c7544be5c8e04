package align

// Brackets cut by the segmenter. A parenthesis holds an abbreviation or a
// reference more often than a sentence does ("( Sherpa-Liste Nr.57 )",
// "( Nov . 1956 )"), so the sentence splitter (the corpus's or ours) cuts
// inside it: one sentence ends with the bracket still open, the next
// begins by closing a bracket it never opened. The two are one sentence,
// and a bead border between them cuts it: such a border costs
// bracketCutCost, on either side, in scorer.cost. The refinement's region
// search, groupedSearch and the scores' margins price every bead with
// scorer.cost; the first search's dp inlines the cost of a bead with both
// sides without it, so there only an unmatched sentence pays it (the
// figures below were measured so). In Text+Berg dev 17 of the 18 borders between such a pair of
// sentences lie inside a gold bead; the 18th is OCR debris (a ")" carried
// over to the next line). The other development sets have none but one
// in MAC (a Chinese parenthesis over two sentences that the gold splits),
// which the cost leaves as it was.
//
// Text+Berg dev strict F1, whole / cut into documents of about 40 / 70 /
// 100 / 150 source sentences (TestDevHalves -alignsplit N), at a cost of
// 0 / 1 / 3 / 4 / 4.5-5.5 / 6 / 8: 0.933 / 0.933 / 0.933 / 0.919 / 0.929;
// 0.934 / 0.940 / 0.935 / 0.925 / 0.930; 0.934 / 0.940 / 0.935 / 0.925 /
// 0.935; the same at 4; 0.939 / 0.940 / 0.935 / 0.925 / 0.935; 0.939 /
// 0.936 / 0.935 / 0.925 / 0.935 (the debris border at ~40); 0.939 / 0.936
// / 0.931 / 0.921 / 0.932. MAC, dtm, Steinbeck, the seed versions and the
// news sets as before at every cost up to 6 (MAC -0.001 at 8).
const bracketCutCost = 5.0

// bracketEnds says whether sentence s ends inside a bracket it opened and
// whether it closes a bracket it did not open. Round and square brackets,
// ASCII and full-width.
func bracketEnds(s string) (open, close bool) {
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[', '（', '［':
			depth++
		case ')', ']', '）', '］':
			if depth == 0 {
				close = true
			} else {
				depth--
			}
		}
	}
	return depth > 0, close
}

// bracketCut is what bead s pays for ending, on a side, between a
// sentence that leaves a bracket open and the next, which closes one.
func (sc *scorer) bracketCut(s span) float64 {
	var c float64
	if s.s1 > s.s0 && s.s1 < len(sc.src) && sc.src[s.s1-1].openB && sc.src[s.s1].closeB {
		c += bracketCutCost
	}
	if s.t1 > s.t0 && s.t1 < len(sc.tgt) && sc.tgt[s.t1-1].openB && sc.tgt[s.t1].closeB {
		c += bracketCutCost
	}
	return c
}
