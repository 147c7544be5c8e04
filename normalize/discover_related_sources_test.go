package normalize

import (
	"context"
	"strings"
	"testing"
)

// relatedOf runs discovery over texts, each a source of its own, and
// returns the related forms of each cluster as "form <- related".
func relatedOf(t *testing.T, texts ...string) map[string]bool {
	t.Helper()
	d := NewDiscoverer()
	for i, text := range texts {
		if err := d.AddSource(context.Background(), strings.NewReader(text), "t"+string(rune('a'+i))+".txt"); err != nil {
			t.Fatal(err)
		}
	}
	out := map[string]bool{}
	for _, c := range d.Clusters(SameThreshold) {
		for _, r := range c.Related {
			out[c.Canonical+" <- "+r.Form] = true
		}
	}
	return out
}

// TestDiscoverRelatedSources: over a folder, an acronym of three letters
// or a short form in one article is not related to a longer name of
// another article that shares no context with it (MNP the phone-number
// rule, the Main Naval Parade; Cruz the senator, Dela Cruz the
// researcher); in one article, or in two articles of one story, it is,
// and so is an acronym of four letters in any article.
func TestDiscoverRelatedSources(t *testing.T) {
	navy := "The Main Naval Parade was held in Kronstadt. Putin watched the Main Naval Parade with Shoigu.\n"
	phones := "The ministry will revise the MNP rules. Docomo and KDDI said MNP fees would fall.\n"
	senate := "Senator Cruz spoke in Austin. Cruz later met Pelosi in Washington.\n"
	health := "Charles Dela Cruz of Yale studies the virus. Dela Cruz said masks help in Boston.\n"
	filler := "Rain fell on Oslo. Bergen stayed dry.\n"
	got := relatedOf(t, navy, phones, senate, health, filler)
	for _, not := range []string{"Main Naval Parade <- MNP", "Charles Dela Cruz <- Cruz", "Dela Cruz <- Cruz"} {
		if got[not] {
			t.Errorf("related %q across unrelated articles (all: %v)", not, got)
		}
	}
	if got := relatedOf(t, navy+"The MNP ended at noon.\n", phones, filler); !got["Main Naval Parade <- MNP"] {
		t.Errorf("one article: want MNP related to Main Naval Parade, got %v", got)
	}
	// Four letters or more spell unrelated names seldom: the North Korean
	// agency named in full in one article is KCNA in another.
	pyongyang := "North Korea fired a missile, the Korean Central News Agency said in Pyongyang.\n"
	launch := "KCNA reported the launch. Kim Jong Un watched near Wonsan.\n"
	if got := relatedOf(t, pyongyang, launch, phones, filler); !got["Korean Central News Agency <- KCNA"] {
		t.Errorf("an acronym of four letters: want KCNA related to Korean Central News Agency, got %v", got)
	}
	story := "Putin watched the parade in Kronstadt with Shoigu and Yevmenov on the Neva.\n" +
		"The MNP in Kronstadt was watched by Putin, Shoigu and Yevmenov on the Neva.\n"
	if got := relatedOf(t, navy+"Yevmenov was on the Neva.\n", story, phones, filler); !got["Main Naval Parade <- MNP"] {
		t.Errorf("two articles of one story: want MNP related to Main Naval Parade, got %v", got)
	}
}
