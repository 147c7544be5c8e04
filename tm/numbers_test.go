package tm

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

func TestNumValue(t *testing.T) {
	tests := []struct {
		lang, text, want string
	}{
		{"en", "12,000", "12000"},
		{"en", "44.2", "44.2"},
		{"en", "1,234.5", "1234.5"},
		{"fr", "12\u00a0000", "12000"},
		{"fr", "12\u202f000", "12000"},
		{"fr", "12 000", "12000"},
		{"fr", "44,2", "44.2"},
		{"fr", "12,000", "12.000"}, // a French decimal
		{"de", "44.200", "44200"},
		{"de", "44,2", "44.2"},
		{"de", "1.234,5", "1234.5"},
		{"de", "3.5", "3.5"}, // not a group of three: a decimal in any language
		{"es", "44.200", "44200"},
		{"ru", "12\u00a0000,5", "12000.5"},
		{"fa", "۳٫۵", "3.5"},
		{"fa", "۱۲٬۰۰۰", "12000"},
		{"ar", "١٢", "12"},
		{"ar", "١٢٬٥٠٠٫٧٥", "12500.75"},
		{"de-CH", "1’234’567", "1234567"},
	}
	for _, tc := range tests {
		nl := numbersOf(language.MustParse(tc.lang))
		toks := mergeNumbers(tc.text, tokenize(tc.text, nil), nl)
		if len(toks) != 1 || toks[0].kind != tokNumber {
			t.Errorf("%s %q: tokens %v; want one number", tc.lang, tc.text, toks)
			continue
		}
		if v, ok := numValue(tc.text, nl); !ok || v != tc.want {
			t.Errorf("numValue(%q, %s) = %q, %v; want %q", tc.text, tc.lang, v, ok, tc.want)
		}
	}
	for _, bad := range []string{"1.2.3", "12.05.2020", "192.168.0.1"} {
		if v, ok := numValue(bad, numbersOf(language.English)); ok {
			t.Errorf("numValue(%q) = %q; want no number", bad, v)
		}
	}
	// A plain space joins groups only where the language groups with spaces,
	// and never after a first group of four digits.
	for _, tc := range []struct {
		lang, text string
		n          int
	}{{"en", "on May 5 200 people", 2}, {"fr", "le 5 200 personnes", 1}, {"fr", "en 2019 500 personnes", 2}} {
		nl := numbersOf(language.MustParse(tc.lang))
		n := 0
		for _, tk := range mergeNumbers(tc.text, tokenize(tc.text, nil), nl) {
			if tk.kind == tokNumber {
				n++
			}
		}
		if n != tc.n {
			t.Errorf("%s %q: %d numbers; want %d", tc.lang, tc.text, n, tc.n)
		}
	}
}

func TestNumberSubstitution(t *testing.T) {
	tests := []struct {
		name          string
		src, tgt      string // languages
		query, stored string
		target, want  string
		substituted   bool
	}{
		{"fr thousands with a no-break space", "en", "fr",
			"Police said 15,000 people marched.", "Police said 12,000 people marched.",
			"Selon la police, 12\u00a0000 personnes ont défilé.", "Selon la police, 15\u00a0000 personnes ont défilé.", true},
		{"fr no-break space by CLDR where the stored number shows no group", "en", "fr",
			"Police said 15,000 people marched.", "Police said 800 people marched.",
			"Selon la police, 800 personnes ont défilé.", "Selon la police, 15\u00a0000 personnes ont défilé.", true},
		{"fr percent after a space", "en", "fr",
			"Unemployment fell to 6.8%.", "Unemployment fell to 7.5%.",
			"Le chômage est tombé à 7,5\u00a0%.", "Le chômage est tombé à 6,8\u00a0%.", true},
		{"de decimal comma and dot thousands", "en", "de",
			"Turnout was 51.7 percent of 51,300 voters.", "Turnout was 44.2 percent of 44,200 voters.",
			"Die Beteiligung lag bei 44,2 Prozent von 44.200 Wählern.", "Die Beteiligung lag bei 51,7 Prozent von 51.300 Wählern.", true},
		{"de currency", "en", "de",
			"The deal is worth $3.4 billion.", "The deal is worth $1.2 billion.",
			"Das Geschäft ist 1,2 Milliarden Dollar wert.", "Das Geschäft ist 3,4 Milliarden Dollar wert.", true},
		{"es four digits without a group, five with", "en", "es",
			"The army sent 12,500 soldiers.", "The army sent 1,500 soldiers.",
			"El ejército envió 1500 soldados.", "El ejército envió 12.500 soldados.", true},
		{"es decimal comma", "en", "es",
			"Growth was 2.7 percent.", "Growth was 3.1 percent.",
			"El crecimiento fue del 3,1 por ciento.", "El crecimiento fue del 2,7 por ciento.", true},
		{"ru thousands with a space", "en", "ru",
			"About 15,000 people took part in the rally.", "About 12,000 people took part in the rally.",
			"В акции приняли участие около 12 000 человек.", "В акции приняли участие около 15 000 человек.", true},
		{"fa Persian digits and decimal separator", "en", "fa",
			"The fire destroyed 4.5 hectares and 20 houses.", "The fire destroyed 3.5 hectares and 12 houses.",
			"آتش ۳٫۵ هکتار و ۱۲ خانه را نابود کرد.", "آتش ۴٫۵ هکتار و ۲۰ خانه را نابود کرد.", true},
		{"fa percent", "en", "fa",
			"Inflation reached 41%.", "Inflation reached 38%.",
			"تورم به ۳۸٪ رسید.", "تورم به ۴۱٪ رسید.", true},
		{"fa query in Persian digits", "fa", "en",
			"۲۰ نفر کشته شدند.", "۱۲ نفر کشته شدند.",
			"12 people were killed.", "20 people were killed.", true},
		{"ar Arabic-Indic digits", "en", "ar",
			"15 people were killed.", "12 people were killed.",
			"قتل ١٢ شخصا.", "قتل ١٥ شخصا.", true},
		{"ar thousands separator by CLDR", "en", "ar",
			"The storm left 1,500 homeless.", "The storm left 12 homeless.",
			"خلفت العاصفة ١٢ مشردا.", "خلفت العاصفة ١٬٥٠٠ مشردا.", true},
		{"ar Latin digits stay Latin", "en", "ar",
			"15 people were killed.", "12 people were killed.",
			"قتل 12 شخصا.", "قتل 15 شخصا.", true},
		{"all or none: one number has no counterpart", "en", "fr",
			"The 4 ministers met 15 envoys.", "The 3 ministers met 12 envoys.",
			"Les trois ministres ont reçu 12 envoyés.", "Les trois ministres ont reçu 12 envoyés.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := newMatcher(tc.query, language.MustParse(tc.src))
			r := m.score(tc.stored, false, tc.target, numbersOf(language.MustParse(tc.tgt)))
			if r.target != tc.want || r.substituted != tc.substituted {
				t.Errorf("target %q (substituted %v); want %q (%v)", r.target, r.substituted, tc.want, tc.substituted)
			}
			if r.substituted != (r.note == "") {
				t.Errorf("note %q with substituted %v", r.note, r.substituted)
			}
			if r.score < 60 {
				t.Errorf("score %d", r.score)
			}
		})
	}
}

// A match whose numbers cannot all be replaced scores lower than one whose
// numbers all can: the stale numbers count as changed words.
func TestNumberPartialScoresLower(t *testing.T) {
	q := "The 4 ministers met 15 envoys in 2024."
	m := newMatcher(q, language.English)
	fr := numbersOf(language.French)
	all := m.score("The 3 ministers met 12 envoys in 2024.", false, "Les 3 ministres ont reçu 12 envoyés en 2024.", fr)
	part := m.score("The 3 ministers met 12 envoys in 2024.", false, "Les trois ministres ont reçu 12 envoyés en 2024.", fr)
	if !all.substituted || all.target != "Les 4 ministres ont reçu 15 envoyés en 2024." {
		t.Errorf("all: %+v", all)
	}
	if part.substituted || part.score >= all.score || !strings.Contains(part.note, "1 of 2") {
		t.Errorf("partial: %+v; want a lower score than %d, nothing replaced and a note", part, all.score)
	}
}

func TestNumberFormatsCompareByValue(t *testing.T) {
	// The same value written another way is the same number.
	m := newMatcher("Police said 12,000 people marched.", language.English)
	r := m.score("Police said 12000 people marched.", false, "x", numbersOf(language.French))
	if r.score < 98 || r.substituted {
		t.Errorf("score %d substituted %v; want 98 or more, nothing replaced", r.score, r.substituted)
	}
	// 1.5 and 15 are different numbers, and the same digits: a changed
	// word, not a number to replace (TestNumberKinds).
	m = newMatcher("It costs 1.5 euros.", language.English)
	if r := m.score("It costs 15 euros.", false, "Cela coûte 15 euros.", numbersOf(language.French)); r.target != "Cela coûte 15 euros." || r.score > 80 {
		t.Errorf("1.5 for 15: %+v", r)
	}
	m = newMatcher("It costs 1.6 euros.", language.English)
	if r := m.score("It costs 15 euros.", false, "Cela coûte 15 euros.", numbersOf(language.French)); r.target != "Cela coûte 1,6 euros." {
		t.Errorf("1.6 for 15: %+v", r)
	}
}

func FuzzNumValue(f *testing.F) {
	for _, s := range []string{"12 000", "۳٫۵", "1.234,5", "1’234", "١٢٬٥٠٠٫٧٥", "1,2,3"} {
		f.Add(s, "fr")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		tag, err := language.Parse(lang)
		if err != nil {
			return
		}
		nl := numbersOf(tag)
		last := 0
		for _, tk := range mergeNumbers(s, tokenize(s, nil), nl) {
			if tk.start < last || tk.end < tk.start || tk.end > len(s) {
				t.Fatalf("token %q at %d:%d: out of order (last ended at %d) or outside the input (%d bytes)", tk.text, tk.start, tk.end, last, len(s))
			}
			last = tk.end
			if s[tk.start:tk.end] != tk.text {
				t.Fatalf("token %q at %d:%d", tk.text, tk.start, tk.end)
			}
			if tk.kind != tokNumber {
				continue
			}
			v, ok := numValue(tk.text, nl)
			if !ok {
				continue
			}
			out := styleOf(tk.text, nl).format(v)
			if w, ok := numValue(out, nl); !ok || w != v {
				t.Fatalf("%q (%s) = %q, written %q, read back %q %v", tk.text, lang, v, out, w, ok)
			}
		}
	})
}

// A number against a version or section number ("265" against "2.6.5"),
// or one against its own digits with a separator dropped, added or read
// another way ("61" against "6.1", "1,000" against "1.000"), is another
// word, not a number to replace: the match is no near-exact one (trial26: "265" matched the
// stored "2.6.5." at 98% and pretranslate wrote "265.").
func TestNumberKinds(t *testing.T) {
	de := numbersOf(language.German)
	tests := []struct {
		name, query, stored, target string
		maxScore                    int    // the score is at most this
		minScore                    int    // and at least this
		want                        string // the proposed translation
	}{
		{"a number for a section number", "265", "2.6.5.", "2.6.5.", 50, 0, "2.6.5."},
		{"a section number for a number", "2.6.5", "265", "265", 50, 0, "265"},
		{"in a sentence: a changed word", "Version 265 is out.", "Version 2.6.5 is out.", "Version 2.6.5 ist da.", 80, 70, "Version 2.6.5 ist da."},
		{"2.65.1 is not 2.6.51, but of its shape", "Version 2.65.1 is out.", "Version 2.6.51 is out.", "Version 2.6.51 ist da.", 99, 98, "Version 2.65.1 ist da."},
		{"versions of one shape are replaced", "Version 2.6.6 is out.", "Version 2.6.5 is out.", "Version 2.6.5 ist da.", 99, 98, "Version 2.6.6 ist da."},
		{"1.000 against 1,000", "It weighs 1.000 kg.", "It weighs 1,000 kg.", "Es wiegt 1.000 kg.", 90, 70, "Es wiegt 1.000 kg."},
		{"a number for a section number with a value", "61", "6.1.", "6.1.", 50, 0, "6.1."},
		{"1,000.5 and 1.000,5 are one number", "It weighs 1,000.5 kg.", "It weighs 1.000,5 kg.", "Es wiegt 1.000,5 kg.", 99, 98, "Es wiegt 1.000,5 kg."},
		{"1,500 for 1,000 is still replaced", "It weighs 1,500 kg.", "It weighs 1,000 kg.", "Es wiegt 1.000 kg.", 99, 98, "Es wiegt 1.500 kg."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := newMatcher(tc.query, language.English)
			r := m.score(tc.stored, false, tc.target, de)
			if r.score > tc.maxScore || r.score < tc.minScore || r.target != tc.want {
				t.Errorf("%q against %q: score %d, target %q; want %d-%d, %q", tc.query, tc.stored, r.score, r.target, tc.minScore, tc.maxScore, tc.want)
			}
		})
	}
	// Mixed: one number replaceable, one of another kind: none is
	// replaced, and the note says why.
	m := newMatcher("Version 265 fixes 12 bugs.", language.English)
	r := m.score("Version 2.6.5 fixes 10 bugs.", false, "Version 2.6.5 behebt 10 Fehler.", de)
	if r.substituted || r.target != "Version 2.6.5 behebt 10 Fehler." || !strings.Contains(r.note, "another kind of number") {
		t.Errorf("mixed: %+v", r)
	}
}
