package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestCheckNounClassPrefixes: in Xhosa and Zulu a name after a noun-class
// prefix ("USchneider", "U-Huhne", "E-France", "I India") is the name,
// not a spelling of it (WMT21's FLORES Xhosa: "Schneider" ->
// "USchneider", "Indiya" -> "I India" were reported).
func TestCheckNounClassPrefixes(t *testing.T) {
	xh := "Ugqirha uthe uSchneider uphilile. USchneider unentlungu. Kwakhona Schneider wathetha namhlanje. " +
		"U-Huhne urhoxile. UHuhne uthethile. Bahamba e-France. E-France kuyabanda. " +
		"Iqela lase Indiya liphumelele. Emva koko I India ifumene amanqaku.\n"
	for _, lang := range []language.Tag{language.MustParse("xh"), language.Zulu} {
		// "Indiya -> India" (the name itself, two spellings of it) may
		// stand; no report names a prefixed form.
		for _, r := range checkedForms(t, lang, xh) {
			form, repl, _ := strings.Cut(r, " -> ")
			if nounClassPrefixed(form) || nounClassPrefixed(repl) {
				t.Errorf("%v: reported %q; want no prefixed form", lang, r)
			}
		}
	}
	// In English the same forms are still compared.
	if got := checkedForms(t, language.English, xh); len(got) == 0 {
		t.Errorf("English: reported nothing; want the prefixed forms")
	}
	for form, want := range map[string]bool{
		"USchneider": true, "uSchneider": true, "U-Huhne": true, "e-France": true, "ngu-Ed Davey": true,
		"I India": true, "IFransi": true, "KwaZulu": true,
		"USA": false, "Uganda": false, "Schneider": false, "Inkulumbuso": false, "IBM": false, "Eastern Cape": false,
	} {
		if got := nounClassPrefixed(form); got != want {
			t.Errorf("nounClassPrefixed(%q) = %v; want %v", form, got, want)
		}
	}
}
