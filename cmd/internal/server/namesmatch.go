package server

import (
	"fmt"
	"math"
	"net/http"

	"github.com/bitext/bitext/normalize"
)

// maxMatchName is the longest name, in bytes, that POST names/match
// takes: the longest a glossary takes (normalize's names of 1 KiB), so
// that no pair's work grows with a text pasted by mistake.
const maxMatchName = 1 << 10

// namesMatchRequest is the body of POST /api/v1/names/match: pairs of
// names, as `names match -` reads A<TAB>B lines, and whether to say why
// (`--explain`).
type namesMatchRequest struct {
	Pairs []struct {
		A string `json:"a"`
		B string `json:"b"`
	} `json:"pairs"`
	Explain bool `json:"explain"`
	// Lang, when given, scores the pairs over the glossary a check of a
	// text in that language uses (entries limited to other languages left
	// out), so that the page's "why?" answers about the glossary that
	// marked the variant: a user's French entry with the spelling "Daech"
	// takes it from the default English entry in a glossary of every
	// language, and "Daech" / "Islamic State" were two names there.
	Lang string `json:"lang"`
}

// namesMatchAnswer is the answer of POST /api/v1/names/match: a result a
// pair, in the order given, and the threshold of "same".
type namesMatchAnswer struct {
	Results   []nameMatchJSON `json:"results"`
	Threshold float64         `json:"threshold"`
}

// nameMatchJSON is what `names match` prints of a pair: the names, their
// score (three decimals, as the command prints it) and whether they are
// one name (the unrounded score at least normalize.SameThreshold, as the
// command decides); with explain, the steps of `names match --explain`.
type nameMatchJSON struct {
	A     string          `json:"a"`
	B     string          `json:"b"`
	Score float64         `json:"score"`
	Same  bool            `json:"same"`
	Steps []matchStepJSON `json:"steps,omitempty"`
}

// matchStepJSON is a normalize.MatchStep: a stage of the matcher that
// moved the score, the score it left (three decimals) and why.
type matchStepJSON struct {
	Stage string   `json:"stage"`
	Score float64  `json:"score"`
	Why   []string `json:"why"`
}

// namesMatch answers how alike the names of each pair are, with the
// matcher `names match` uses: the glossary in use (the default one, unless
// the server leaves it out, and the user's entries: their aliases), for
// names of any language, or of lang when the request gives one. With
// explain each result has the stages that gave its score
// (normalize.Matcher.Explain), which costs more; without, the score is
// Similarity's, which Explain's equals.
func (s *Server) namesMatch(w http.ResponseWriter, r *http.Request) error {
	var req namesMatchRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	if len(req.Pairs) == 0 || len(req.Pairs) > maxBatch {
		return badRequest("pairs: from 1 to %d pairs are wanted, not %d", maxBatch, len(req.Pairs))
	}
	for i, p := range req.Pairs {
		if err := checkMatchName(fmt.Sprintf("name a of pair %d", i+1), p.A); err != nil {
			return err
		}
		if err := checkMatchName(fmt.Sprintf("name b of pair %d", i+1), p.B); err != nil {
			return err
		}
	}
	lang, err := optLang("lang", req.Lang)
	if err != nil {
		return err
	}
	user, err := s.opt.Glossary(r.Context())
	if err != nil {
		return err
	}
	m := normalize.NewMatcher(s.glossaries.Set(user, s.opt.NoDefaultGlossary).For(lang))
	out := namesMatchAnswer{Results: make([]nameMatchJSON, 0, len(req.Pairs)), Threshold: normalize.SameThreshold}
	for _, p := range req.Pairs {
		if err := r.Context().Err(); err != nil {
			return err
		}
		res := nameMatchJSON{A: p.A, B: p.B}
		var score float64
		if req.Explain {
			var steps []normalize.MatchStep
			score, steps = m.Explain(p.A, p.B)
			res.Steps = make([]matchStepJSON, 0, len(steps))
			for _, st := range steps {
				why := st.Why
				if why == nil {
					why = []string{}
				}
				res.Steps = append(res.Steps, matchStepJSON{st.Stage, round3(st.Score), why})
			}
		} else {
			score = m.Similarity(p.A, p.B)
		}
		res.Score, res.Same = round3(score), score >= normalize.SameThreshold
		out.Results = append(out.Results, res)
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// checkMatchName refuses a name of a pair as `names match` refuses a
// NAME argument (normalize.CheckName: blank, a control character, no
// letter or digit), and one that is not text or longer than maxMatchName.
func checkMatchName(what, name string) error {
	if err := checkChars(what, name); err != nil {
		return err
	}
	if len(name) > maxMatchName {
		return badRequest("%s: %d bytes, at most %d are taken (a name, not a text)", what, len(name), maxMatchName)
	}
	if err := normalize.CheckName(what, name); err != nil {
		return badRequest("%v", err)
	}
	return nil
}

// round3 is x with three decimals, as `names match` prints a score.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
