package normalize

import "testing"

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
