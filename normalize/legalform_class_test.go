package normalize

import "testing"

// TestLegalFormClass: a legal form at the start or end of a company's
// name, in Latin or Cyrillic script, abbreviated or written out, is one
// class (ООО = OOO = LLC = Limited Liability Company), optional when one
// name has none; quotes round the name go; the rest carries the match.
func TestLegalFormClass(t *testing.T) {
	m := devMatcher()
	checkSameBoth(t, m.Similarity, []sameCase{
		{"Rosneft", "PJSC Rosneft", true},
		{"Sberbank", "PJSC Sberbank", true},
		{"Lukoil", "Lukoil PJSC", true},
		{"ООО \"Оазис\"", "Oazis LLC", true},
		{"АО \"Моспромстрой\"", "Mospromstroy JSC", true},
		{"ООО \"Вымпел\"", "Vympel LLC", true},
		{"ООО «Северный ветер»", "Severny Veter Limited Liability Company", true},
		{"ПАО «Камаз»", "Kamaz Public Joint Stock Company", true},
		{"Huawei Technologies Co., Ltd.", "Huawei Technologies Company Limited", true},
		{"‘Kamera Biai’ LLC", "Kamera Biai", true},
		{"OOO Zvezda", "Zvezda LLC", true},
		// a Cyrillic reading (Кейн) either way round: the form both names keep is
		// the Latin one (main kept ООО, 0.706 with the Latin name first)
		{"ООО \"Кейн\"", "Kane LLC", true},
		{"ООО \"Райт Трейд\"", "Wright Trade LLC", true},
		{"Vostok LLC", "Vostok JSC", true},                                             // two forms: a cost, not another company
		{"Harriman & Co.", "Harriman and Company", true},                               // an ampersand for "and"
		{"Brown Brothers Harriman & Co.", "Brown Brothers Harriman and Company", true}, // (capped as a word added before)
		// look-alikes: the rest of the name decides
		{"Gazprom", "Gazprom Neft", false},
		{"PJSC Gazprom", "Gazprom Neft PJSC", false},
		{"Rosneft PJSC", "Rosatom", false},
		{"Sberbank PJSC", "Sovcombank PJSC", false},
		{"Bank Melli", "Bank Mellat", false},
		{"Orion LLC", "Orion Trading LLC", false},
		{"Almaz LLC", "Almaz Invest LLC", false},
		{"Harriman & Co.", "Harriman and Sons Company", false}, // a word added after the "and"
		{"ООО \"Ди Энд Би\"", "‘D AND B’ LLC", true},           // no word of two letters but "and": nothing added
		{"ООО \"Альфа\"", "Alfa Trade LLC", false},
		{"Oracle Corporation", "Oracle", true},       // one word left: legal_form_written.go's
		{"Oracle Corporation", "Oracle Bank", false}, // a word added
		// a form whose last word is longer than 13 bytes (orgs54: the quick
		// test looked no further back, and these were never read)
		{"Siemens AG", "Siemens Aktiengesellschaft", true},
		{"EK-Company AG", "Ek-Company Aktiengesellschaft", true},
		{"Vympel Obshchestvo s Ogranichennoy Otvetstvennostyu", "Vympel LLC", true},
		{"Вымпел общество с ограниченной ответственностью", "Vympel LLC", true},
		{"Acme Besloten Vennootschap met beperkte aansprakelijkheid", "Acme BV", true},
		{"Siemens Aktiengesellschaft", "Siemens Energy AG", false},
		// letters spaced apart are their abbreviation (orgs54: F Z was not
		// counted and FZ was, a word added)
		{"Sun Middle East FZ Company", "Sun Middle East F Z Co", true},
		{"Almaz LLC", "Almaz I N LLC", false}, // two letters added are a word added
	})
}

// TestLegalFormSplit: what legalFormSplit reads off a name.
func TestLegalFormSplit(t *testing.T) {
	for _, c := range []struct{ name, core, class string }{
		{"PJSC Rosneft", "Rosneft", "pjsc"},
		{"ООО \"Оазис\"", "Оазис", "llc"},
		{"Huawei Technologies Co., Ltd.", "Huawei Technologies", "co ltd"},
		{"Severny Veter Limited Liability Company", "Severny Veter", "llc"},
		{"Siemens Aktiengesellschaft", "Siemens", "ag"}, // a last word of 18 bytes
		{"Вымпел общество с ограниченной ответственностью", "Вымпел", "llc"},
		{"Rosneft", "", ""},
		{"LLC", "", ""}, // nothing left
		{"Zhang Ao", "", ""},
		{"Mazal Tov", "", ""},
	} {
		core, class, _ := legalFormSplit(c.name)
		if core != c.core || class != c.class {
			t.Errorf("legalFormSplit(%q) = %q, %q, want %q, %q", c.name, core, class, c.core, c.class)
		}
	}
}

// TestLegalFormSharedTitleLeft: two companies of one word after a shared
// title (Emperor, sharedtitle.go) and forms of one class: dropSharedTitle
// leaves each name only the class's word that dropLegalForms added, with
// no space before it, and legalFormCostStage must not cut at a space that
// is not there (review37: it panicked, slice bounds out of range [:-1]).
func TestLegalFormSharedTitleLeft(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, p := range [][2]string{
		{"Emperor LLC", "Emperor Limited Liability Company"},
		{"Empress Ltd", "Empress Limited"},
	} {
		for _, q := range [][2]string{p, {p[1], p[0]}} {
			if s := m.Similarity(q[0], q[1]); s < 0 || s > 1 {
				t.Errorf("Similarity(%q, %q) = %v, want a score in [0, 1]", q[0], q[1], s)
			}
			if s := Similarity(q[0], q[1]); s < 0 || s > 1 {
				t.Errorf("package Similarity(%q, %q) = %v, want a score in [0, 1]", q[0], q[1], s)
			}
		}
	}
}

// TestLegalFormsAlone: two names that are each a legal form alone, of one
// class, are one form, 1 both ways, whether written alike or not (LLC and
// OOO were 0.000, LLC and Limited Liability Company 0.900 by its
// initials); forms of two classes, a form in small letters that is read
// in capitals only (ooo), and a form against a company's name stay under
// the threshold (left38).
func TestLegalFormsAlone(t *testing.T) {
	m := NewMatcher(DefaultGlossary())
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"LLC", "OOO", true},
		{"LLC", "Limited Liability Company", true},
		{"ПАО", "PJSC", true},
		{"Ltd.", "Limited", true},
		{"Public Joint Stock Company", "ПАО", true},
		{"GmbH", "LLC", false},
		{"llc", "ooo", false},
		{"LLC", "Acme LLC", false},
	} {
		for _, q := range [][2]string{{c.a, c.b}, {c.b, c.a}} {
			s, ps := m.Similarity(q[0], q[1]), Similarity(q[0], q[1])
			if c.same && (s != 1 || ps != 1) || !c.same && (s >= SameThreshold || ps >= SameThreshold) {
				t.Errorf("Similarity(%q, %q) = %v (package: %v), want same %v", q[0], q[1], s, ps, c.same)
			}
		}
	}
}
