package normalize

import (
	"os"
	"strings"
	"testing"
)

// TestNicknames: a person's name of several words with a hypocoristic of
// the given name (nicknames.tsv) is the name with the full given name, and
// two short forms of one full name are one name, in both orders; the
// surnames must still be one. A given name alone, two different full
// names, and a short form against a name it does not stand for stay apart.
func TestNicknames(t *testing.T) {
	same := [][2]string{
		{"Bill Clinton", "William Clinton"},
		{"Joe Biden", "Joseph Biden"},
		{"Mike Pence", "Michael Pence"},
		{"Bob Dole", "Robert Dole"},
		{"Peggy Lee", "Margaret Lee"},
		{"Bill Gates", "Billy Gates"},     // two short forms of William
		{"Jim Baker", "James Baker"},      // the table's convention: full name, short form
		{"Dick Cheney", "Richard Cheney"}, // rhyming forms (Rick, Dick)
		{"Betsy Ross", "Elizabeth Ross"},
		{"Bill Clinton", "William Jefferson Clinton"}, // a middle name one name leaves out
		{"Drew Brees", "Andrew Brees"},                // front clippings (filter.py's frontclip)
		{"Gene Hackman", "Eugene Allen Hackman"},      //
		{"Becca Smith", "Rebecca Smith"},              //
		{"Dave Grohl", "David Eric Grohl"},            // a clipped start with a diminutive ending (diminutive)
		{"Jamie Foxx", "James Foxx"},                  //
		{"Charlie Sheen", "Charles Irwin Sheen"},      //
		{"Frank Smith", "William Francis Smith"},      // known by a middle name's short form
		{"Mike Jones", "Peter Michael Jones"},         //
	}
	apart := [][2]string{
		{"Bill", "William"},                    // a given name alone
		{"Joe", "Joseph"},                      //
		{"Bill Clinton", "Hillary Clinton"},    // two different full names
		{"Joe Biden", "Jill Biden"},            //
		{"William Clinton", "Hillary Clinton"}, //
		{"Bill Clinton", "William Clifton"},    // another surname
		{"Bob Dole", "Robert Dale"},            //
		{"Mike Pence", "Margaret Pence"},       // a short form of another name
		{"Peggy Lee", "Michael Lee"},           //
		{"Bob Smith", "Bill Smith"},            // Bill is William's, not Robert's (filter.py's OTHER)
		{"Robert Smith", "Bill Smith"},         //
		{"Clinton Bill", "Clinton William"},    // the given name first only
		{"Drew Brees", "Andrea Brees"},         // a front clipping of another name
		{"Gene Hackman", "Eugenia Hackman"},    //
		{"Dave Grohl", "Daniel Grohl"},         // a diminutive of another name
		{"Jamie Foxx", "Jane Foxx"},            //
		{"Bill Smith", "Charles Robert Smith"}, // a middle name the short form is not of
		{"Tom Smith", "Henry Thomas Jones"},    // another surname
	}
	checkApart(t, bothOrders(apart), bothOrders(same))
}

// TestClippedNicknames: a short form the table leaves out as ambiguous
// (Fred, Chris, Sam, Ken: four full names or more) is the full name it
// begins, clipped, when the other name is that full name; it stays apart
// from a full name it does not begin (Alfred), from a name one or two
// letters longer (a diminutive or a name of its own: Johnny, Samir), from
// a Japanese name it begins (Kentarō) and as a given name alone.
func TestClippedNicknames(t *testing.T) {
	f := clippedShortForms()
	for _, w := range []string{"Fred", "Chris", "Sam", "Ken", "Al"} {
		if !f[Key(w)] {
			t.Errorf("clippedShortForms lacks %s; the header of nicknames.tsv lists it", w)
		}
	}
	if f[Key("Bill")] || len(f) < 50 {
		t.Errorf("clippedShortForms: %d keys, Bill %v; want the header's list (61 forms), not Bill", len(f), f[Key("Bill")])
	}
	same := [][2]string{
		{"Fred Perry", "Frederick Perry"},
		{"Chris Patten", "Christopher Patten"},
		{"Sam Houston", "Samuel Houston"},
		{"Ken Livingstone", "Kenneth Livingstone"},
		{"Chris Patten", "Christopher Francis Patten"}, // a middle name one name leaves out
	}
	apart := [][2]string{
		{"Fred Perry", "Alfred Perry"},        // Fred does not begin Alfred
		{"Chris Patten", "Christopher Payne"}, // another surname
		{"Sam Haddad", "Samir Haddad"},        // two letters more: a name of its own
		{"Ken Tanaka", "Kentaro Tanaka"},      // a Japanese compound name
		{"Fred", "Frederick"},                 // a given name alone
		{"Jo Morgan", "Julian Morgan"},        // Jo's key, ju, begins too many names
	}
	checkApart(t, bothOrders(apart), bothOrders(same))
}

// TestNicknamesNotInText: in running text a short form against the full
// name is a style choice, not a misspelling: a check does not report it,
// nor does a checkSim (names discover) join the two.
func TestNicknamesNotInText(t *testing.T) {
	if s := Similarity("Bill Clinton", "William Clinton"); s < SameThreshold {
		t.Fatalf("Similarity(Bill Clinton, William Clinton) = %.3f; want %.2f or more", s, SameThreshold)
	}
	if s := newCheckSim().Similarity("Bill Clinton", "William Clinton"); s >= SameThreshold {
		t.Errorf("checkSim.Similarity(Bill Clinton, William Clinton) = %.3f; want under %.2f", s, SameThreshold)
	}
	text := strings.Repeat("President Bill Clinton spoke on Monday. Robert Dole answered.\n", 3) +
		"William Clinton was born in Hope. Bob Dole was born in Russell.\n"
	if got := checkInconsistent(t, text); len(got) != 0 {
		t.Errorf("check: %q; want no inconsistent spelling", got)
	}
}

// TestNicknamesTable: the table reads; its short forms are shorter than
// their full names, and the examples of the tests are in it.
func TestNicknamesTable(t *testing.T) {
	if n := len(nicknameGroups()); n < 500 {
		t.Fatalf("nicknameGroups has %d names; want the table's (500 or more)", n)
	}
	for _, p := range [][2]string{{"william", "bill"}, {"robert", "bob"}, {"margaret", "peggy"}} {
		if !nicknamesOf(Key(p[0]), Key(p[1])) {
			t.Errorf("nicknamesOf(%q, %q) = false; want true", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"william", "robert"}, {"hillary", "hilary"}, {"chris", "christopher"}} {
		if nicknamesOf(Key(p[0]), Key(p[1])) {
			t.Errorf("nicknamesOf(%q, %q) = true; want false (two full names, a spelling, an ambiguous short form)", p[0], p[1])
		}
	}
}

// TestNicknamesKeys: each line of nicknames.tsv has the keys of its two
// names as Key computes them now (nicknameGroups reads them). With
// BITEXT_GEN_NICKNAMES=1 it writes them: after filter.py, or when Key
// changes.
func TestNicknamesKeys(t *testing.T) {
	var b strings.Builder
	stale := 0
	for line := range strings.Lines(nicknamesTSV) {
		if strings.HasPrefix(line, "#") {
			b.WriteString(line)
			continue
		}
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		want := f[0] + "\t" + f[1] + "\t" + Key(f[0]) + "\t" + Key(f[1])
		if strings.TrimSuffix(line, "\n") != want {
			stale++
			if stale <= 5 {
				t.Errorf("nicknames.tsv line %q; want %q", strings.TrimSuffix(line, "\n"), want)
			}
		}
		b.WriteString(want + "\n")
	}
	if os.Getenv("BITEXT_GEN_NICKNAMES") != "" {
		if err := os.WriteFile("nicknames.tsv", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("nicknames.tsv written (%d lines had stale keys)", stale)
	}
}

// TestNicknamesNotInTextByLetters: a short form whose letters are close
// enough to the full name's to be the same on them alone (Steve, Steven)
// is a style in running text as much as Bill is: on WMT21's
// English news, normalize --check reported "Steven Mnuchin" -> "Steve
// Mnuchin" (inconsistent), which the README says a check never does. Two
// spellings of one name that no table pairs as a short form (Steven,
// Stephen) are still reported.
func TestNicknamesNotInTextByLetters(t *testing.T) {
	if s := Similarity("Steven Mnuchin", "Steve Mnuchin"); s < SameThreshold {
		t.Errorf("Similarity(Steven Mnuchin, Steve Mnuchin) = %.3f; want %.2f or more", s, SameThreshold)
	}
	if s := newCheckSim().Similarity("Steven Mnuchin", "Steve Mnuchin"); s >= SameThreshold {
		t.Errorf("checkSim.Similarity(Steven Mnuchin, Steve Mnuchin) = %.3f; want under %.2f", s, SameThreshold)
	}
	text := "Treasury Secretary Steven Mnuchin spoke on Monday. Later Steve Mnuchin left.\n"
	if got := checkInconsistent(t, text); len(got) != 0 {
		t.Errorf("check: %q; want no inconsistent spelling", got)
	}
	text = "Treasury Secretary Steven Mnuchin spoke on Monday. Later Stephen Mnuchin left.\n"
	if got := checkInconsistent(t, text); len(got) != 1 {
		t.Errorf("check: %q; want Steven and Stephen Mnuchin reported", got)
	}
	// Keys join more than the table's names: "Loice" has the key of
	// Louise and "Luis" that of Lois, but a name the table does not write
	// is a slip (the Kyoto sweep's Luis Frois, a missionary).
	if s := newCheckSim().Similarity("Luis Frois", "Loice Frois"); s < SameThreshold {
		t.Errorf("checkSim.Similarity(Luis Frois, Loice Frois) = %.3f; want %.2f or more", s, SameThreshold)
	}
}
