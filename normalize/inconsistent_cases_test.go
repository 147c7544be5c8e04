package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestCaseForms: forms of one word that differ only in a case or number
// ending of the language (the declension tables of its reference
// grammars) are its cases, both orders; a spelling's change inside the
// word, or an ending the language has not, is none.
func TestCaseForms(t *testing.T) {
	for _, c := range []struct {
		lang  string
		forms []string // every two of them are case forms
	}{
		// Russian: the first declension (Москва), the second (Лондон),
		// the third (Казань), a surname in -ов, an adjectival surname.
		{"ru", []string{"Москва", "Москвы", "Москве", "Москву", "Москвой"}},
		{"ru", []string{"Лондон", "Лондона", "Лондону", "Лондоном", "Лондоне"}},
		{"ru", []string{"Казань", "Казани", "Казанью"}},
		{"ru", []string{"Владимир Путин", "Владимира Путина", "Владимиру Путину", "Владимиром Путиным"}},
		{"ru", []string{"Зеленский", "Зеленского", "Зеленскому", "Зеленским"}},
		// Ukrainian.
		{"uk", []string{"Одеса", "Одеси", "Одесі", "Одесу", "Одесою"}},
		{"uk", []string{"Берлін", "Берліна", "Берліну", "Берліном", "Берліні"}},
		// Czech: hard neuter (město), hard masculine inanimate (hrad)
		// and animate (pán).
		{"cs", []string{"Rusko", "Ruska", "Rusku", "Ruskem"}},
		{"cs", []string{"Londýn", "Londýna", "Londýnu", "Londýnem"}},
		{"cs", []string{"Novák", "Nováka", "Novákovi", "Novákem"}},
		// Polish.
		{"pl", []string{"Rosja", "Rosji", "Rosję", "Rosją"}},
		{"pl", []string{"Berlin", "Berlina", "Berlinie", "Berlinem"}},
		{"pl", []string{"Zełenski", "Zełenskiego", "Zełenskiemu", "Zełenskim"}},
		// German: the genitive -s, -es; the weak masculine -en, -n.
		{"de", []string{"Flughafen", "Flughafens"}},
		{"de", []string{"Bundestag", "Bundestages", "Bundestags"}},
		{"de", []string{"US-Präsident", "US-Präsidenten"}},
		{"de", []string{"Kollege", "Kollegen"}},
		{"de", []string{"Flughafen Berlin", "Flughafens Berlin"}},
		// Czech possessive adjectives (Czech grammars: -ův, -ova, -ovo
		// of a masculine noun, -in, -ina, -ino of a feminine one), with
		// the noun's cases.
		{"cs", []string{"Novák", "Novákem", "Novákův", "Novákova", "Novákovo", "Novákovu", "Novákovou", "Novákově", "Novákovi", "Novákových", "Novákovým"}},
		{"cs", []string{"Jana", "Janě", "Janin", "Janina", "Janino", "Janinu", "Janinou", "Janiných"}},
		// A stem's last consonant that changes before an ending: Czech
		// h/z, k/c, g/z, ch/š, r/ř before -e and -i; Polish k/c, g/dz,
		// ch/sz, r/rz before -e, t/c and d/dz before -ie.
		{"cs", []string{"Praha", "Prahy", "Praze", "Prahou"}},
		{"cs", []string{"Amerika", "Ameriky", "Americe"}},
		{"cs", []string{"Olga", "Olgy", "Olze"}},
		{"cs", []string{"Čech", "Čecha", "Češi"}},
		{"cs", []string{"Petr", "Petra", "Petře"}},
		{"pl", []string{"Polska", "Polski", "Polsce", "Polskę"}},
		{"pl", []string{"Praga", "Pragi", "Pradze"}},
		{"pl", []string{"Kair", "Kairu", "Kairze"}},
		{"pl", []string{"Kuwejt", "Kuwejtu", "Kuwejcie"}},
		// Ukrainian і/о and і/е (ї/є) of the last syllable, closed in
		// the nominative; Russian fleeting е, о of the last syllable.
		{"uk", []string{"Київ", "Києва", "Києві", "Києвом"}},
		{"uk", []string{"Львів", "Львова", "Львові", "Львовом"}},
		{"uk", []string{"Харків", "Харкова", "Харкові"}},
		{"ru", []string{"Египет", "Египта", "Египте", "Египтом"}},
		{"ru", []string{"Зеленец", "Зеленца", "Зеленцу"}},
	} {
		k := caseEndingsFor(language.Make(c.lang))
		if k == nil {
			t.Fatalf("no case endings for %s", c.lang)
		}
		for _, a := range c.forms {
			for _, b := range c.forms {
				if a != b && !k.caseForms(a, b) {
					t.Errorf("%s: caseForms(%q, %q) = false; want true", c.lang, a, b)
				}
			}
		}
	}
	for _, c := range []struct{ lang, a, b string }{
		{"ru", "Портланд", "Портленд"},        // two transliterations
		{"ru", "Афганистану", "Афгханистану"}, // a slip
		{"ru", "Путин", "Путен"},              // -ен is no Russian ending
		{"cs", "Afganistánu", "Afghánistánu"},
		{"cs", "Brazílie", "Brazilci"}, // a country and its people
		{"de", "Selenskyj", "Selenski"},
		{"de", "Kiew", "Kiev"},
		{"de", "Präsident", "Präsidentin"}, // a woman: another word
		{"pl", "Waszyngton", "Washyngton"},
		{"ru", "Владимир Путин", "Владимира Путина Сына"}, // not as many words
		{"ru", "Ивановы", "Ив"},                           // no stem left
		{"cs", "Novákova", "Nováková"},                    // his (possessive) and Mrs Novák
		{"cs", "Praha", "Praza"},                          // z only before -e, -i
		{"cs", "Amerika", "Amerise"},                      // k alternates with c, not s
		{"pl", "Polska", "Polsze"},                        // k alternates with c, not sz
		{"pl", "Kuwejt", "Kuwejce"},                       // t/c before -ie only
		{"uk", "Харків", "Харкав"},                        // two nominatives
		{"uk", "Львів", "Львава"},                         // а is no alternation of і
		{"uk", "Київа", "Кієва"},                          // the vowel changes only against the bare nominative
		{"ru", "Египет", "Египат"},                        // two nominatives
	} {
		k := caseEndingsFor(language.Make(c.lang))
		if k.caseForms(c.a, c.b) || k.caseForms(c.b, c.a) {
			t.Errorf("%s: caseForms(%q, %q) = true; want false", c.lang, c.a, c.b)
		}
	}
	for _, l := range []string{"en", "fr", "ja", "zh"} {
		if caseEndingsFor(language.Make(l)) != nil {
			t.Errorf("case endings for %s; want none", l)
		}
	}
}

// TestCaseTarget: a spelling of a name reported against another is
// reported against that name's form of the same case ending ("Портланда"
// -> "Портленда", where the text writes "Портленде"), the other name's
// stem with the spelling's ending; a case form of the other name itself
// is not reported; a form in another script whose ending that name's
// script cannot take (Latin "Instagram" has no Russian cases) is not
// reported, its bare form is ("Инстаграм" -> "Instagram").
func TestCaseTarget(t *testing.T) {
	written := map[string]bool{"Инстаграм": true, "Инстаграме": true, "Твиттере": true}
	for _, c := range []struct {
		lang, form, canonical string
		want                  string // "": no report
	}{
		{"ru", "Портланда", "Портленде", "Портленда"},
		{"ru", "Портланде", "Портленде", "Портленде"},
		{"ru", "Портланд", "Портленде", "Портленд"},
		{"ru", "Портленд", "Портленде", ""},
		{"ru", "Портленде", "Портланда", "Портланде"},
		{"ru", "Афгханистану", "Афганистан", "Афганистану"},
		{"ru", "Инстаграм", "Instagram", "Instagram"},
		{"ru", "Инстаграме", "Instagram", ""},
		{"ru", "Instagram", "Инстаграме", "Инстаграм"}, // the nominative, which the text writes
		{"ru", "Twitter", "Твиттере", ""},              // which it does not
		{"ru", "Украине", "Украины", ""},
		{"cs", "Afghánistánu", "Afganistán", "Afganistánu"},
		{"cs", "Španělsko", "Španělsku", ""},
		{"de", "Corona-Ausbruchs", "Corona-Ausbruch", ""},
		{"de", "Präsidenten Selenski", "Präsident Selenskyj", "Präsidenten Selenskyj"},
		{"pl", "Zelenskiego", "Zełenski", "Zełenskiego"},
		{"ru", "Сциндиа", "Сциндия", "Сциндия"},    // a hard and a soft ending: two spellings
		{"cs", "Brazílie", "Brazilci", "Brazilci"}, // no one stem: the canonical as written
	} {
		k := caseEndingsFor(language.Make(c.lang))
		got, ok := k.target(c.form, c.canonical, written)
		if !ok {
			got = ""
		}
		if got != c.want {
			t.Errorf("%s: target(%q, %q) = %q; want %q", c.lang, c.form, c.canonical, got, c.want)
		}
	}
}

// TestInconsistentCases: a check of a text in a language that declines
// names reports no case form of a name as a spelling of another, and
// --unify rewrites none; a real spelling slip is still reported, against
// the other spelling's form of the same case.
func TestInconsistentCases(t *testing.T) {
	for _, c := range []struct {
		lang language.Tag
		text string
		want []string // the reports, in order
	}{
		{language.Russian,
			"Встреча прошла в Лондоне. Мы ответили: Лондон готов. Выступил мэр Лондона. Нужно больше денег Лондону.\nВсе жители Лондона довольны.\n",
			nil},
		{language.Russian,
			"Мы живём в Кливленде. Погода в Кливленде хорошая. Команда играла в Кливленде.\nМэр города Кливленд выступил. Все жители Кливлэнда довольны. Вчера в Кливлэнде шёл дождь.\n",
			[]string{"Кливлэнда -> Кливленда", "Кливлэнде -> Кливленде"}},
		// A Latin name against a Cyrillic one whose most frequent form
		// is an oblique case: reported against its nominative when the
		// text writes it (the Latin name takes no case to match), not
		// when it does not.
		{language.Russian,
			"Фото выложили в Инстаграме. Он написал в Инстаграме. Много подписчиков в Инстаграме.\nИнстаграм ответил. Пост в Instagram удалили.\n",
			[]string{"Instagram -> Инстаграм"}},
		{language.Russian,
			"Фото выложили в Инстаграме. Он написал в Инстаграме. Много подписчиков в Инстаграме.\nПост в Instagram удалили.\n",
			nil},
		{language.Czech,
			"Rusko odpovědělo. Volilo se v Rusku. Promluvil prezident Ruska. Jednali s Ruskem. Rusko souhlasí.\n",
			nil},
		{language.Czech,
			"Válka v Afghánistánu skončila. Vojáci opustili Afghánistán. Mluvili o Afghánistánu.\nPomoc pro Afganistán pokračuje.\n",
			[]string{"Afganistán -> Afghánistán"}},
		{language.Polish,
			"Rosja odpowiedziała. Głosowano w Rosji. Przemówił prezydent Rosji. Poparto Rosję. Rosja się zgadza.\n",
			nil},
		{language.German,
			"Heute ist der Flughafen Frankfurt groß. Am Flughafen Frankfurt landen viele. Der Chef des Flughafens Frankfurt sprach. Wieder wächst der Flughafen Frankfurt.\n",
			nil},
		{language.German,
			"Präsident Selenskyj sprach. Dann sagte Präsident Selenskyj mehr. Präsident Selenskyj ging.\nDie Rede des Präsidenten Selenskyj war kurz. Später kam Präsident Selenski.\n",
			[]string{"Präsident Selenski -> Präsident Selenskyj"}},
	} {
		g := BuildGlossary(nil, GlossaryOptions{Lang: c.lang})
		_, got := collectRewrite(t, g, c.text, true)
		var reps []string
		for _, r := range got {
			reps = append(reps, r[strings.IndexByte(r, ' ')+1:])
		}
		if strings.Join(reps, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("check (%s) of %q: %q; want %q", c.lang, c.text, reps, c.want)
		}
		out, _ := collectRewrite(t, g.Unified(), c.text, false)
		if len(c.want) == 0 && out != c.text {
			t.Errorf("unify (%s) of %q rewrote it: %q", c.lang, c.text, out)
		}
	}
}

// TestInconsistentVon: in German a name's genitive or apposition and its
// phrase with "von" (Duden: "von" for the genitive) are one name, no two
// spellings: "des Flughafens Frankfurt", "der Flughafen von Frankfurt";
// "im Großraum Delhi", "im Großraum von Delhi". A spelling slip beside
// "von" is still reported.
func TestInconsistentVon(t *testing.T) {
	g := BuildGlossary(nil, GlossaryOptions{Lang: language.German})
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Heute ist der Flughafen von Frankfurt voll. Am Flughafen von Frankfurt landen viele. Wieder wächst der Flughafen von Frankfurt.\nDer Chef des Flughafens Frankfurt sprach.\n", nil},
		{"Heute regnet es im Großraum von Delhi. Im Großraum von Delhi leben viele. Morgen regnet es im Großraum von Delhi.\nDie Luft im Großraum Delhi ist schlecht.\n", nil},
		{"Heute ist der Flughafen von Frankfurt voll. Am Flughafen von Frankfurt landen viele. Wieder wächst der Flughafen von Frankfurt.\nDer Chef des Flughafen von Frankfort sprach.\n", []string{"Flughafen von Frankfort -> Flughafen von Frankfurt"}},
	} {
		_, got := collectRewrite(t, g, c.text, true)
		var reps []string
		for _, r := range got {
			reps = append(reps, r[strings.IndexByte(r, ' ')+1:])
		}
		if strings.Join(reps, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("check of %q: %q; want %q", c.text, reps, c.want)
		}
	}
	k := caseEndingsFor(language.German)
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Flughafens Frankfurt", "Flughafen von Frankfurt", true},
		{"Großraum Delhi", "Großraum von Delhi", true},
		{"Flughafen Frankfort", "Flughafen von Frankfurt", false},
		{"Flughafen Frankfurt", "Flughafen bei Frankfurt", false},
	} {
		if got := k.oneName(c.a, c.b); got != c.want || k.oneName(c.b, c.a) != c.want {
			t.Errorf("oneName(%q, %q) = %v; want %v both ways", c.a, c.b, got, c.want)
		}
	}
	if caseEndingsFor(language.Russian).oneName("Москва", "von Москва") {
		t.Error("a Russian text's von is no preposition")
	}
}

// TestInconsistentLatinPhrase: in a text written in another script than
// Latin, a Latin name next to another Latin word is part of a phrase of
// another language, a title or a name the text quotes ("Press Trust of
// India", "State of the Union"), no spelling of the name in the text's
// script; the Latin name on its own is still reported.
func TestInconsistentLatinPhrase(t *testing.T) {
	const head = "Вчера Индия ответила. Премьер сказал, что Индия готова. Потом Индия согласилась.\n"
	for _, c := range []struct {
		lang language.Tag
		text string
		want string
	}{
		{language.Russian, head + "Об этом сообщает агентство Press Trust of India.\n", ""},
		{language.Russian, head + "Об этом сообщает India сегодня.\n", "India -> Индия"},
		{language.Russian, head + "Об этом сообщает агентство India, Press Trust.\n", "India -> Индия"},
	} {
		_, got := collectRewrite(t, BuildGlossary(nil, GlossaryOptions{Lang: c.lang}), c.text, true)
		var reps []string
		for _, r := range got {
			reps = append(reps, r[strings.IndexByte(r, ' ')+1:])
		}
		if strings.Join(reps, "; ") != c.want {
			t.Errorf("check of %q: %q; want %q", c.text, reps, c.want)
		}
	}
}
