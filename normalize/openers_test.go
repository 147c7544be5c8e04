package normalize

import (
	"slices"
	"testing"

	"golang.org/x/text/language"
)

// TestInconsistentAfterOpenerWordMoreLanguages: Italian, Portuguese, Dutch,
// Russian, Polish and Ukrainian texts that spell one name two ways, the
// second time after a sentence-initial adverb, preposition or conjunction
// of the text's language that the text never writes in lower case: the
// name is reported without the opener, as in
// TestInconsistentAfterOpenerWord. A name that begins with a particle of
// the language ("Di", "Da", "Van") at a sentence start keeps its particle.
func TestInconsistentAfterOpenerWordMoreLanguages(t *testing.T) {
	for _, c := range []struct {
		lang language.Tag
		in   string
		want string
	}{
		// Italian: "Ieri" (yesterday), "Secondo" (according to), "Tuttavia" (however).
		{language.Italian, "I ministri hanno incontrato Thabet Mohammed Said Reza a Baghdad.\nIeri Thabet Mohammed Saidreza ha parlato ai giornalisti.\n",
			"2:6 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		{language.Italian, "I ministri hanno incontrato Thabet Mohammed Said Reza a Baghdad.\nSecondo Thabet Mohammed Saidreza la situazione è calma.\n",
			"2:9 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		{language.Italian, "I ministri hanno incontrato Thabet Mohammed Said Reza a Baghdad.\nTuttavia Thabet Mohammed Saidreza non ha risposto.\n",
			"2:10 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		// Portuguese: "Ontem" (yesterday), "Segundo" (according to), "Depois" (afterwards).
		{language.Portuguese, "Os ministros receberam Thabet Mohammed Said Reza em Bagdá.\nOntem Thabet Mohammed Saidreza falou aos jornalistas.\n",
			"2:7 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		{language.Portuguese, "Os ministros receberam Thabet Mohammed Said Reza em Bagdá.\nSegundo Thabet Mohammed Saidreza a situação é calma.\n",
			"2:9 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		{language.Portuguese, "Os ministros receberam Thabet Mohammed Said Reza em Bagdá.\nDepois Thabet Mohammed Saidreza deixou a sala.\n",
			"2:8 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		// Dutch: "Gisteren" (yesterday), "Volgens" (according to), "Daarna" (afterwards).
		{language.Dutch, "De ministers ontmoetten Thabet Mohammed Said Reza in Bagdad.\nGisteren Thabet Mohammed Saidreza sprak met journalisten.\n",
			"2:10 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		{language.Dutch, "De ministers ontmoetten Thabet Mohammed Said Reza in Bagdad.\nVolgens Thabet Mohammed Saidreza is het rustig.\n",
			"2:9 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		{language.Dutch, "De ministers ontmoetten Thabet Mohammed Said Reza in Bagdad.\nDaarna Thabet Mohammed Saidreza en de generaals.\n",
			"2:8 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		// Russian: "Вчера" (yesterday), "Однако" (however), "Затем" (then).
		{language.Russian, "Министры встретились с Сабит Мохаммад Саид Реза в Багдаде.\nВчера Сабит Мохаммад Саидреза выступил перед журналистами.\n",
			"2:7 Сабит Мохаммад Саидреза -> Сабит Мохаммад Саид Реза"},
		{language.Russian, "Министры встретились с Сабит Мохаммад Саид Реза в Багдаде.\nОднако Сабит Мохаммад Саидреза не ответил.\n",
			"2:8 Сабит Мохаммад Саидреза -> Сабит Мохаммад Саид Реза"},
		{language.Russian, "Министры встретились с Сабит Мохаммад Саид Реза в Багдаде.\nЗатем Сабит Мохаммад Саидреза покинул зал.\n",
			"2:7 Сабит Мохаммад Саидреза -> Сабит Мохаммад Саид Реза"},
		// Polish: "Wczoraj" (yesterday), "Według" (according to), "Następnie" (then).
		{language.Polish, "Thabet Mohammed Said Reza przybył do Bagdadu.\nWczoraj Thabet Mohammed Saidreza rozmawiał z dziennikarzami.\n",
			"2:9 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		{language.Polish, "Thabet Mohammed Said Reza przybył do Bagdadu.\nWedług Thabet Mohammed Saidreza sytuacja jest spokojna.\n",
			"2:8 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		{language.Polish, "Thabet Mohammed Said Reza przybył do Bagdadu.\nNastępnie Thabet Mohammed Saidreza opuścił salę.\n",
			"2:11 Thabet Mohammed Saidreza -> Thabet Mohammed Said Reza"},
		// Ukrainian: "Вчора" (yesterday), "Однак" (however), "Потім" (then).
		{language.Ukrainian, "Сабіт Мохаммад Саїд Реза прибув до Багдада.\nВчора Сабіт Мохаммад Саїдреза розмовляв з журналістами.\n",
			"2:7 Сабіт Мохаммад Саїдреза -> Сабіт Мохаммад Саїд Реза"},
		{language.Ukrainian, "Сабіт Мохаммад Саїд Реза прибув до Багдада.\nОднак Сабіт Мохаммад Саїдреза не відповів.\n",
			"2:7 Сабіт Мохаммад Саїдреза -> Сабіт Мохаммад Саїд Реза"},
		{language.Ukrainian, "Сабіт Мохаммад Саїд Реза прибув до Багдада.\nПотім Сабіт Мохаммад Саїдреза залишив зал.\n",
			"2:7 Сабіт Мохаммад Саїдреза -> Сабіт Мохаммад Саїд Реза"},
	} {
		g := BuildGlossary(nil, GlossaryOptions{Lang: c.lang})
		if _, got := collectRewrite(t, g, c.in, true); !slices.Contains(got, c.want) {
			t.Errorf("check (%v) of %q = %q; want %q among them", c.lang, c.in, got, c.want)
		}
	}
	// A particle at a sentence start is the name's own: "Di Stefano",
	// "Da Costa", "Van Dijk" stay whole.
	for _, c := range []struct {
		lang language.Tag
		in   string
		want string
	}{
		{language.Italian, "I ministri hanno incontrato Di Stefano Said Reza a Roma.\nDi Stefano Saidreza ha parlato ai giornalisti.\n",
			"2:1 Di Stefano Saidreza -> Di Stefano Said Reza"},
		{language.Portuguese, "Os ministros receberam Da Costa Said Reza em Lisboa.\nDa Costa Saidreza falou aos jornalistas.\n",
			"2:1 Da Costa Saidreza -> Da Costa Said Reza"},
		{language.Dutch, "De ministers ontmoetten Van Dijk Said Reza in Den Haag.\nVan Dijk Saidreza sprak met journalisten.\n",
			"2:1 Van Dijk Saidreza -> Van Dijk Said Reza"},
	} {
		g := BuildGlossary(nil, GlossaryOptions{Lang: c.lang})
		if _, got := collectRewrite(t, g, c.in, true); !slices.Contains(got, c.want) {
			t.Errorf("check (%v) of %q = %q; want %q among them", c.lang, c.in, got, c.want)
		}
	}
}
