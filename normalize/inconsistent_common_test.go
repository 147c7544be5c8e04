package normalize

import (
	"testing"

	"golang.org/x/text/language"
)

// TestInconsistentCalendarWord: a day or a month is an English word that
// English writes with a capital, no name, and no spelling of a name a
// letter or two apart ("Sunday", "Sendai"); a slip of the name still is.
func TestInconsistentCalendarWord(t *testing.T) {
	in := "Two new cases were confirmed in Sendai on Friday.\nThe mayor of Sendai spoke.\n" +
		"Sendai will reopen its schools.\nOn the 26th (Sunday), heavy rain is expected.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 0 {
		t.Errorf("check of %q reported %q; want nothing", in, got)
	}
	in += "The office in Sandai closed.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 1 {
		t.Errorf("check of %q reported %q; want Sandai", in, got)
	}
}

// TestInconsistentAdjectiveIne: the adjective in -ine of a name in -ina is
// a word of its own ("Argentina", "the Argentine government"), no
// spelling of it; a slip of the name is still reported.
func TestInconsistentAdjectiveIne(t *testing.T) {
	in := "Argentina rejects the creditors' offer.\nThe Argentine government is sticking to its offer.\n" +
		"It would be the ninth default in Argentine history.\nArgentina has until Friday.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 0 {
		t.Errorf("check of %q reported %q; want nothing", in, got)
	}
	in += "In Argnetina bonds fell.\nArgentina said no.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 1 {
		t.Errorf("check of %q reported %q; want Argnetina", in, got)
	}
	// A country's English name in -ine is no adjective of its name in
	// another language: "Ukraina" is still a spelling of "Ukraine".
	in = "Ukraine said no.\nUkraine and Russia met.\nThe army of Ukraine moved.\nIn Ukraina the rain fell.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 1 {
		t.Errorf("check of %q reported %q; want Ukraina", in, got)
	}
}

// TestInconsistentLetterLabel: a name with a letter for its label ("Serie
// A") is no spelling of one word near its letters ("Syria"); a slip of the
// labelled name is still reported.
func TestInconsistentLetterLabel(t *testing.T) {
	in := "Juventus won the Serie A title.\nThe Serie A season ends.\nIn Serie A, Napoli lost.\nIn Syria, the army paraded.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 0 {
		t.Errorf("check of %q reported %q; want nothing", in, got)
	}
	in += "The Seria A table.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 1 {
		t.Errorf("check of %q reported %q; want Seria A", in, got)
	}
}

// TestInconsistentArticleNoun: in English, a word after "a" with no word
// in lower case after it is a noun ("The Lady Is a Tramp"), no spelling of
// a name a letter apart; the same slip elsewhere is still reported, and so
// is one that qualifies a noun ("a Tramp rally").
func TestInconsistentArticleNoun(t *testing.T) {
	base := "President Trump tweeted that morning.\nTrump said so.\nThen Trump left.\n"
	for _, c := range []struct {
		in   string
		want int
	}{
		{base + "They sang \"The Lady Is a Tramp,\" a standard.\n", 0},
		{base + "He is a Tramp.\n", 0},
		{base + "President Tramp said no.\n", 1},
		{base + "It was a Tramp rally.\n", 1},
	} {
		if _, got := collectRewrite(t, DefaultGlossary(), c.in, true); len(got) != c.want {
			t.Errorf("check of %q reported %q; want %d", c.in, got, c.want)
		}
	}
	// Not in a text of another language: Czech "a" is "and".
	g := BuildGlossary(nil, GlossaryOptions{Lang: language.Czech})
	in := "Prezident Trump to řekl.\nTrump odešel.\nPak Trump mlčel.\nPutin a Tramp, řekl.\n"
	if _, got := collectRewrite(t, g, in, true); len(got) != 1 {
		t.Errorf("Czech check of %q reported %q; want Tramp", in, got)
	}
}

// TestInconsistentLatinCanonicalPhrase: in a text of another script, a
// Latin name written only inside a Latin phrase ("Defense Express") is
// another language's name, which a word of the text's script
// ("Экспресс") does not spell; a Latin name written on its own still has
// its transliteration reported.
func TestInconsistentLatinCanonicalPhrase(t *testing.T) {
	g := BuildGlossary(nil, GlossaryOptions{Lang: language.Russian})
	in := "Ракета выведет на орбиту два спутника серии \"Экспресс\".\nТогда Defense Express назвало это геноцидом.\nИздание Defense Express сообщило.\n"
	if _, got := collectRewrite(t, g, in, true); len(got) != 0 {
		t.Errorf("check of %q reported %q; want nothing", in, got)
	}
	in = "Он написал в Твиттер.\nСообщение в Twitter удалили. Twitter ответил. Twitter молчит.\n"
	if _, got := collectRewrite(t, g, in, true); len(got) != 1 {
		t.Errorf("check of %q reported %q; want Твиттер", in, got)
	}
}

// TestInconsistentCalendarSpelling: a month spelt as another language
// spells it, in an English text, is still reported against the English
// month ("Novembre", "November").
func TestInconsistentCalendarSpelling(t *testing.T) {
	in := "He left in November 2013.\nIn November the town voted.\nBy November it was over.\nShe has been mayor since Novembre 2014.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 1 {
		t.Errorf("check of %q reported %q; want Novembre", in, got)
	}
}
