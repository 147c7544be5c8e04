package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/normalize"
)

// matchedPairs are names the matcher takes for one name by different
// stages (a Wade-Giles reading, a Cantonese one, a cap on Roman numerals,
// the letters alone) and a pair only a user's glossary entry makes one.
var matchedPairs = [][2]string{
	{"Teng Hsiao-p'ing", "Deng Xiaoping"},
	{"Cheung Kwok-wing", "Zhang Guorong"},
	{"Louis XIV", "Louis XV"},
	{"Khamenei", "Khomeini"},
	{"Henan", "Hunan"},
	{"Abu Mahdi al-Muhandis", "Jamal Jaafar Ibrahim"},
	{"Джон Смит", "John Smith"},
}

// userEntries is a user's glossary of one alias: the names of the last
// matchedPairs share no letters.
var userEntries = []normalize.Entry{{Canonical: "Abu Mahdi al-Muhandis", Variants: []string{"Jamal Jaafar Ibrahim"}}}

// matchBody is the JSON body of POST /api/v1/names/match for pairs.
func matchBody(explain bool, pairs ...[2]string) string {
	type pair struct {
		A string `json:"a"`
		B string `json:"b"`
	}
	req := struct {
		Pairs   []pair `json:"pairs"`
		Explain bool   `json:"explain,omitempty"`
	}{Explain: explain}
	for _, p := range pairs {
		req.Pairs = append(req.Pairs, pair{p[0], p[1]})
	}
	b, _ := json.Marshal(req)
	return string(b)
}

// TestNamesMatch: POST /api/v1/names/match answers each pair, in order,
// with the score, the verdict and, with explain, the steps of
// normalize.Matcher.Explain over the glossary names match uses (the
// default and the user's entries); without explain, no steps.
func TestNamesMatch(t *testing.T) {
	ts, _ := testServer(t, Options{Glossary: func(context.Context) ([]normalize.Entry, error) { return userEntries, nil }})
	m := normalize.NewMatcher(normalize.BuildGlossary(userEntries, normalize.GlossaryOptions{}))
	for _, explain := range []bool{true, false} {
		var got namesMatchAnswer
		if st := call(t, "POST", ts.URL+"/api/v1/names/match", matchBody(explain, matchedPairs...), &got); st != 200 {
			t.Fatalf("explain %v: status %d", explain, st)
		}
		if got.Threshold != normalize.SameThreshold {
			t.Errorf("threshold = %v; want %v", got.Threshold, normalize.SameThreshold)
		}
		if len(got.Results) != len(matchedPairs) {
			t.Fatalf("explain %v: %d results; want %d", explain, len(got.Results), len(matchedPairs))
		}
		for i, p := range matchedPairs {
			r := got.Results[i]
			score, steps := m.Explain(p[0], p[1])
			if r.A != p[0] || r.B != p[1] || r.Score != round3(score) || r.Same != (score >= normalize.SameThreshold) {
				t.Errorf("match(%q, %q) = %+v; want score %.3f, same %v", p[0], p[1], r, score, score >= normalize.SameThreshold)
			}
			if m.Similarity(p[0], p[1]) != score {
				t.Errorf("Explain(%q, %q) = %v; Similarity %v", p[0], p[1], score, m.Similarity(p[0], p[1]))
			}
			if !explain {
				if r.Steps != nil {
					t.Errorf("match(%q, %q) without explain: steps %+v; want none", p[0], p[1], r.Steps)
				}
				continue
			}
			want := []matchStepJSON{}
			for _, st := range steps {
				want = append(want, matchStepJSON{st.Stage, round3(st.Score), append([]string{}, st.Why...)})
			}
			if !slices.EqualFunc(r.Steps, want, func(a, b matchStepJSON) bool {
				return a.Stage == b.Stage && a.Score == b.Score && slices.Equal(a.Why, b.Why)
			}) {
				t.Errorf("match(%q, %q) steps:\n%+v\nwant (Matcher.Explain):\n%+v", p[0], p[1], r.Steps, want)
			}
		}
	}
	// The alias is the user's: without it the pair is two names.
	if r := matchOne(t, ts.URL, "Abu Mahdi al-Muhandis", "Jamal Jaafar Ibrahim"); !r.Same {
		t.Errorf("the user's alias: %+v; want same", r)
	}
	plain, _ := testServer(t, Options{})
	if r := matchOne(t, plain.URL, "Abu Mahdi al-Muhandis", "Jamal Jaafar Ibrahim"); r.Same {
		t.Errorf("no user glossary: %+v; want different", r)
	}
	// The JSON names its fields as the openapi.json does.
	_, _, raw := send(t, "POST", ts.URL+"/api/v1/names/match", matchBody(true, matchedPairs[0]))
	for _, field := range []string{`"threshold":0.86`, `"results":[{"a":"Teng Hsiao-p'ing","b":"Deng Xiaoping","score":1,"same":true,"steps":[{"stage":"base","score":`, `{"stage":"chinese","score":1,"why":["Wade-Giles read as Pinyin`} {
		if !strings.Contains(string(raw), field) {
			t.Errorf("answer %s; want %s in it", raw, field)
		}
	}
}

// matchOne asks the server at url about one pair, with explain.
func matchOne(t *testing.T, url, a, b string) nameMatchJSON {
	t.Helper()
	var got namesMatchAnswer
	if st := call(t, "POST", url+"/api/v1/names/match", matchBody(true, [2]string{a, b}), &got); st != 200 || len(got.Results) != 1 {
		t.Fatalf("match(%q, %q): status %d, %+v", a, b, st, got)
	}
	return got.Results[0]
}

// TestNamesMatchBadInput: a body the route cannot answer is a 400 JSON
// error saying what is wrong and where (which pair, which name), never a
// 5xx: a name empty, without a letter, with a control character, too
// many pairs or none, fields of the wrong type or unknown.
func TestNamesMatchBadInput(t *testing.T) {
	ts, _ := testServer(t, Options{})
	many := make([][2]string, maxBatch+1)
	for i := range many {
		many[i] = [2]string{"Qasem Soleimani", fmt.Sprintf("Person %d", i)}
	}
	for _, c := range []struct{ body, want string }{
		{`{"pairs":[{"a":"","b":"Deng Xiaoping"}]}`, "an empty name a of pair 1"},
		{`{"pairs":[{"a":"Deng","b":"Deng"},{"a":"Deng","b":"   "}]}`, "an empty name b of pair 2"},
		{`{"pairs":[{"a":"Deng"}]}`, "an empty name b of pair 1"},
		{`{"pairs":[{"a":null,"b":"Deng"}]}`, "an empty name a of pair 1"},
		{`{"pairs":[null]}`, "an empty name a of pair 1"},
		{`{"pairs":[{"a":"—","b":"Deng"}]}`, `name a of pair 1 “—” has no letter or digit`},
		{`{"pairs":[{"a":"Deng","b":"..."}]}`, `name b of pair 1 “...” has no letter or digit`},
		{`{"pairs":[{"a":"Deng\tXiaoping","b":"Deng"}]}`, `name a of pair 1 "Deng\tXiaoping" holds a control character`},
		{`{"pairs":[{"a":"Deng\nXiaoping","b":"Deng"}]}`, "holds a control character"},
		{`{"pairs":[{"a":"Deng\u0000","b":"Deng"}]}`, "NUL byte"},
		{`{"pairs":[{"a":"Deng\u0007","b":"Deng"}]}`, "holds a control character"},
		{`{"pairs":[{"a":"` + strings.Repeat("Deng ", maxMatchName/5+1) + `","b":"Deng"}]}`, fmt.Sprintf("name a of pair 1: %d bytes, at most %d", (maxMatchName/5+1)*5, maxMatchName)},
		{`{"pairs":[]}`, "pairs: from 1 to 1000 pairs are wanted, not 0"},
		{`{}`, "pairs: from 1 to 1000 pairs are wanted, not 0"},
		{`{"pairs":null}`, "pairs: from 1 to 1000 pairs are wanted, not 0"},
		{matchBody(false, many...), "pairs: from 1 to 1000 pairs are wanted, not 1001"},
		{`{"pairs":[{"a":1,"b":"Deng"}]}`, `field "pairs.a": a string is wanted, not a number`},
		{`{"pairs":[["Deng","Teng"]]}`, `field "pairs": a JSON object is wanted, not an array`},
		{`{"pairs":{"a":"Deng","b":"Teng"}}`, `field "pairs": an array is wanted, not an object`},
		{`{"pairs":[{"a":"Deng","b":"Teng"}],"explain":"yes"}`, `field "explain": true or false is wanted, not a string`},
		{`{"pairs":[{"a":"Deng","b":"Teng","c":"Dang"}]}`, `unknown field "c"`},
		{`{"names":["Deng","Teng"]}`, `unknown field "names"; the fields are pairs, explain`},
		{`{"pairs":[{"a":"Deng","b":"Teng"}]`, "the JSON ends before its value is complete"},
		{`["Deng","Teng"]`, "a JSON object is wanted, not an array"},
		{``, "request body: empty"},
	} {
		var e errorBody
		st, _, raw := send(t, "POST", ts.URL+"/api/v1/names/match", c.body)
		json.Unmarshal(raw, &e)
		if st != http.StatusBadRequest || !strings.Contains(e.Error, c.want) {
			t.Errorf("%.80s: %d %s; want 400 with %q", c.body, st, raw, c.want)
		}
	}
}

// TestNamesMatchReadOnly: matching names reads, so a read-only server
// answers it.
func TestNamesMatchReadOnly(t *testing.T) {
	ts, _ := testServer(t, Options{ReadOnly: true})
	if r := matchOne(t, ts.URL, "Khamenei", "Khomeini"); r.Same || r.Score == 0 {
		t.Errorf("read-only: %+v; want a score, different", r)
	}
}

// FuzzNamesMatch sends arbitrary pairs: every answer is a 200 with one
// result a pair, in order, whose score is in [0, 1], whose verdict is
// the threshold's and whose last step gave the score, or a 400 JSON
// error; never a 5xx.
func FuzzNamesMatch(f *testing.F) {
	s := newServer(f, Options{DB: newDB(f)})
	f.Add("Teng Hsiao-p'ing", "Deng Xiaoping", true)
	f.Add("Louis XIV", "Louis XV", false)
	f.Add("习近平", "Xi Jinping", true)
	f.Add("—", "", true)
	f.Add("a\tb", "c", false)
	f.Add("\xff", "x", true)
	f.Fuzz(func(t *testing.T, a, b string, explain bool) {
		body := matchBody(explain, [2]string{a, b}, [2]string{b, a})
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("POST", "/api/v1/names/match", strings.NewReader(body)))
		switch rec.Code {
		case http.StatusOK:
		case http.StatusBadRequest:
			var e errorBody
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error == "" {
				t.Fatalf("%q, %q: 400 without a JSON error: %q", a, b, rec.Body)
			}
			return
		default:
			t.Fatalf("%q, %q: status %d %s", a, b, rec.Code, rec.Body)
		}
		var got namesMatchAnswer
		if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || len(got.Results) != 2 {
			t.Fatalf("%q, %q: %v %s", a, b, err, rec.Body)
		}
		for _, r := range got.Results {
			if r.Score < 0 || r.Score > 1 || (r.Score >= normalize.SameThreshold+0.0005) && !r.Same || r.Score < normalize.SameThreshold-0.0005 && r.Same {
				t.Fatalf("%q, %q: %+v", a, b, r)
			}
			if explain && (len(r.Steps) == 0 || r.Steps[len(r.Steps)-1].Score != r.Score) {
				t.Fatalf("%q, %q: steps %+v do not end at the score %v", a, b, r.Steps, r.Score)
			}
			if !explain && r.Steps != nil {
				t.Fatalf("%q, %q: steps without explain", a, b)
			}
		}
	})
}

// TestNamesMatchLang: a user's entry limited to French that holds a
// spelling the default (English) entry has too takes it in a glossary of
// every language, so without a language names/match called "Daech" and
// "Islamic State" two names while a check of an English text rewrites
// one to the other (the page's "why?" contradicted its mark). With
// "lang" the pair is scored over the glossary the check of a text in that
// language uses: one name in English, "EIIL" and "Daech" one in French.
func TestNamesMatchLang(t *testing.T) {
	fr := []normalize.Entry{{Canonical: "Daech", Variants: []string{"EIIL"}, Langs: []language.Tag{language.French}}}
	ts, _ := testServer(t, Options{Glossary: func(context.Context) ([]normalize.Entry, error) { return fr, nil }})
	var checked struct {
		Replacements []struct{ Form, Canonical string } `json:"replacements"`
	}
	if st := call(t, "POST", ts.URL+"/api/v1/check", `{"text":"Daech struck again on Monday.","lang":"en"}`, &checked); st != 200 || len(checked.Replacements) != 1 || checked.Replacements[0].Canonical != "Islamic State" {
		t.Fatalf("check of an English text: %d, %+v; want Daech -> Islamic State", st, checked)
	}
	for _, c := range []struct {
		lang, a, b string
		same       bool
	}{
		{"en", "Daech", "Islamic State", true},
		{"fr", "EIIL", "Daech", true},
		{"fr", "Daech", "Islamic State", false}, // the French entry stands for Daech in French texts
		{"en", "EIIL", "Daech", false},          // EIIL is no English spelling
	} {
		var got namesMatchAnswer
		body := fmt.Sprintf(`{"pairs":[{"a":%q,"b":%q}],"explain":true,"lang":%q}`, c.a, c.b, c.lang)
		if st := call(t, "POST", ts.URL+"/api/v1/names/match", body, &got); st != 200 || len(got.Results) != 1 || got.Results[0].Same != c.same {
			t.Errorf("lang %s: match(%q, %q) = %d, %+v; want same %v", c.lang, c.a, c.b, st, got, c.same)
		}
	}
	var e errorBody
	if st, _, b := send(t, "POST", ts.URL+"/api/v1/names/match", `{"pairs":[{"a":"Joel","b":"Yul"}],"lang":"xx-!!"}`); st != 400 || json.Unmarshal(b, &e) != nil || !strings.Contains(e.Error, `lang "xx-!!"`) {
		t.Errorf("a bad lang: %d %s; want a 400 naming it", st, b)
	}
}
