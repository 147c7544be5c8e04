package main

import "math"

// The stochastic edit distance of Ristad and Yianilos ("Learning string
// edit distance", IEEE PAMI 20(5), 1998), memoryless: one probability for
// each edit of a letter pair (x,y), a letter deleted (x,-) or inserted
// (-,y), and for the end of the pair; p(a,b) sums over every alignment of
// a and b, and expectation-maximization fits the probabilities to a set of
// pairs. Two are fitted, to half A's variants and to its look-alikes; a
// pair's learned score is log p_variants(a,b) - log p_lookalikes(a,b).

const nSym = 27 // a-z and the empty letter (index 26)

type transducer struct {
	p   [nSym][nSym]float64 // p[x][y]; p[26][26] is the end
	end float64
}

func letter(c byte) int { return int(c - 'a') }

// emIters is the number of EM rounds; emPrior the pseudo-count every edit
// gets at each M-step (so that no edit is impossible).
const (
	emIters = 20
	emPrior = 0.1
)

func trainTransducer(ps []pair) *transducer {
	t := &transducer{}
	// Start: matches likelier than the rest.
	for x := range nSym {
		for y := range nSym {
			if x == nSym-1 && y == nSym-1 {
				continue
			}
			t.p[x][y] = 1
			if x == y {
				t.p[x][y] = 20
			}
		}
	}
	t.end = 20
	t.normalize()
	for range emIters {
		var c [nSym][nSym]float64
		cend := 0.0
		for _, p := range ps {
			t.expect(p.a, p.b, &c, &cend)
		}
		for x := range nSym {
			for y := range nSym {
				if x != nSym-1 || y != nSym-1 {
					t.p[x][y] = c[x][y] + emPrior
				}
			}
		}
		t.end = cend + emPrior
		t.normalize()
	}
	return t
}

func (t *transducer) normalize() {
	sum := t.end
	for x := range nSym {
		for y := range nSym {
			if x != nSym-1 || y != nSym-1 {
				sum += t.p[x][y]
			}
		}
	}
	for x := range nSym {
		for y := range nSym {
			t.p[x][y] /= sum
		}
	}
	t.end /= sum
}

// forward returns alpha[i][j], the probability of generating a[:i], b[:j].
func (t *transducer) forward(a, b string) [][]float64 {
	al := make([][]float64, len(a)+1)
	for i := range al {
		al[i] = make([]float64, len(b)+1)
	}
	al[0][0] = 1
	for i := 0; i <= len(a); i++ {
		for j := 0; j <= len(b); j++ {
			if i > 0 {
				al[i][j] += al[i-1][j] * t.p[letter(a[i-1])][nSym-1]
			}
			if j > 0 {
				al[i][j] += al[i][j-1] * t.p[nSym-1][letter(b[j-1])]
			}
			if i > 0 && j > 0 {
				al[i][j] += al[i-1][j-1] * t.p[letter(a[i-1])][letter(b[j-1])]
			}
		}
	}
	return al
}

// expect adds the expected counts of the edits of a and b to c.
func (t *transducer) expect(a, b string, c *[nSym][nSym]float64, cend *float64) {
	al := t.forward(a, b)
	n, m := len(a), len(b)
	be := make([][]float64, n+1)
	for i := range be {
		be[i] = make([]float64, m+1)
	}
	be[n][m] = t.end
	for i := n; i >= 0; i-- {
		for j := m; j >= 0; j-- {
			if i < n {
				be[i][j] += t.p[letter(a[i])][nSym-1] * be[i+1][j]
			}
			if j < m {
				be[i][j] += t.p[nSym-1][letter(b[j])] * be[i][j+1]
			}
			if i < n && j < m {
				be[i][j] += t.p[letter(a[i])][letter(b[j])] * be[i+1][j+1]
			}
		}
	}
	total := al[n][m] * t.end
	if total == 0 {
		return
	}
	*cend++
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			if i > 0 {
				c[letter(a[i-1])][nSym-1] += al[i-1][j] * t.p[letter(a[i-1])][nSym-1] * be[i][j] / total
			}
			if j > 0 {
				c[nSym-1][letter(b[j-1])] += al[i][j-1] * t.p[nSym-1][letter(b[j-1])] * be[i][j] / total
			}
			if i > 0 && j > 0 {
				c[letter(a[i-1])][letter(b[j-1])] += al[i-1][j-1] * t.p[letter(a[i-1])][letter(b[j-1])] * be[i][j] / total
			}
		}
	}
}

func (t *transducer) logp(a, b string) float64 {
	return math.Log(t.forward(a, b)[len(a)][len(b)] * t.end)
}

// emModel scores a pair by the two transducers' log-likelihood ratio.
type emModel struct{ pos, neg *transducer }

func learnEM(ps []pair) *emModel {
	var pos, neg []pair
	for _, p := range ps {
		if p.same {
			pos = append(pos, p, pair{a: p.b, b: p.a}) // both orders: the edits are unordered
		} else {
			neg = append(neg, p, pair{a: p.b, b: p.a})
		}
	}
	return &emModel{trainTransducer(pos), trainTransducer(neg)}
}

func (m *emModel) score(a, b string) float64 {
	return m.pos.logp(a, b) - m.neg.logp(a, b)
}
