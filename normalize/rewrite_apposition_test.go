package normalize

import "testing"

// TestRewriteApposition: a name written beside another name of the same
// thing, joined by "or", a bracket, a comma pair or words such as "now" and
// "better known as" (not a bare comma, which lists do too), is the text
// naming it twice on purpose: the house
// spelling in both places would make it say "the Houthis, or Houthis". The
// mention stays when the name before it is the same thing's, or when the
// name after it is the house spelling itself; a lone alias elsewhere, and
// a name beside another thing's name, is rewritten as before.
func TestRewriteApposition(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The Houthis, or Ansar Allah, fired drones. Ansar Allah denied it.\n",
			"The Houthis, or Ansar Allah, fired drones. Houthis denied it.\n"},
		{"Islamic State, or ISIS, claimed it.\n",
			"Islamic State, or ISIS, claimed it.\n"},
		{"Ansar Allah, better known as the Houthis, fired drones.\n",
			"Ansar Allah, better known as the Houthis, fired drones.\n"},
		{"Burma, now Myanmar, voted. Burma (officially Myanmar) voted.\n",
			"Burma, now Myanmar, voted. Burma (officially Myanmar) voted.\n"},
		{"Mumbai, then called Bombay, grew.\n",
			"Mumbai, then called Bombay, grew.\n"},
		{"Islamic State (IS, also ISIS or ISIL) claimed it.\n",
			"Islamic State (IS, also ISIS or ISIL) claimed it.\n"},
		{"ISIS or Daesh claimed it; ISIS/ISIL fighters left.\n",
			"Islamic State or Daesh claimed it; Islamic State/ISIL fighters left.\n"},
		{"The Arabic acronym Daesh is an insult; the name Kiev is Russian.\n",
			"The Arabic acronym Daesh is an insult; the name Kiev is Russian.\n"},
		// The house spelling a few lower-case words away: a text about
		// the names.
		{"Bombay was renamed Mumbai in 1995; the change from Bombay to Mumbai.\n",
			"Bombay was renamed Mumbai in 1995; the change from Bombay to Mumbai.\n"},
		{"Burma changed its name to Myanmar. Kyiv, not Kiev. Kyiv rather than Kiev. Kiev and Kyiv are both used.\n",
			"Burma changed its name to Myanmar. Kyiv, not Kiev. Kyiv rather than Kiev. Kiev and Kyiv are both used.\n"},
		{"Kiev said that the people of the city of Kyiv voted. Kiev, Kyiv.\n",
			"Kyiv said that the people of the city of Kyiv voted. Kyiv, Kyiv.\n"},
		// No word between speaks of a name: a rewrite (canonicalNear kept
		// the variant).
		{"Kiev said the city of Kyiv voted. Kyiv troops held Kiev.\n",
			"Kyiv said the city of Kyiv voted. Kyiv troops held Kyiv.\n"},
		// Not a second name of the same thing: rewritten.
		{"In Kiev, Kyiv residents queued. In Kiev, Kiev's mayor spoke.\n",
			"In Kyiv, Kyiv residents queued. In Kyiv, Kyiv's mayor spoke.\n"},
		{"Kharkiv or Kiev, now the front, and Moscow or Daesh.\n",
			"Kharkiv or Kyiv, now the front, and Moscow or Islamic State.\n"},
		{"The Islamic State (ISIS) said so. Daesh (ISIS) left.\n",
			"The Islamic State (ISIS) said so. Islamic State (ISIS) left.\n"},
		{"He left Kyiv. Or Kiev, as he says.\n",
			"He left Kyiv. Or Kyiv, as he says.\n"},
	} {
		out, _ := collectRewrite(t, DefaultGlossary(), c.in, false)
		if out != c.want {
			t.Errorf("rewrite of %q = %q; want %q", c.in, out, c.want)
		}
	}
}
