package normalize

import "testing"

// TestRewriteNumberClash: a singular name whose house name is plural
// ("Ansar Allah" -> "Houthis") stays as written where the plural would
// break the sentence: before a verb in -s, after "a"/"an", before a noun it
// modifies. Before a past-tense verb, a modal or punctuation it is
// rewritten as before.
func TestRewriteNumberClash(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ansar Allah says it fired drones. Ansar Allah is a movement. Ansar Allah also has a say.\n",
			"Ansar Allah says it fired drones. Ansar Allah is a movement. Ansar Allah also has a say.\n"},
		{"An Ansar Allah spokesman said so; Ansar Allah fighters left; an Ansar Allah drone fell.\n",
			"An Ansar Allah spokesman said so; Ansar Allah fighters left; an Ansar Allah drone fell.\n"},
		{"Ansar Allah fired drones. Ansar Allah will talk. Ansar Allah's leader. Yemen's Ansar Allah.\n",
			"Houthis fired drones. Houthis will talk. Houthis' leader. Yemen's Houthis.\n"},
		{"The Huthis says it.\n", "The Houthis says it.\n"},
		{"Ansar Allah Says Drones Hit Ship\nANSAR ALLAH SAYS IT\nAnsar Allah Fired Drones\n",
			"Ansar Allah Says Drones Hit Ship\nANSAR ALLAH SAYS IT\nHouthis Fired Drones\n"},
		{"Daesh says it fired; a Daesh cell.\n", "Islamic State says it fired; an Islamic State cell.\n"},
		// A plural form whose house name is singular: before a plural verb
		// it stays.
		{"The Qods Forces are here. The Qods Forces' commander. The Qods Forces have left; Qods Forces said.\n",
			"The Qods Forces are here. The Quds Force's commander. The Qods Forces have left; Quds Force said.\n"},
	} {
		out, _ := collectRewrite(t, DefaultGlossary(), c.in, false)
		if out != c.want {
			t.Errorf("rewrite of %q = %q; want %q", c.in, out, c.want)
		}
	}
}
