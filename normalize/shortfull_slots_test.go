package normalize

import "testing"

// Middle initials, and the given-name and surname slots of a person's
// name (shortfull2, issue 11). Names that write middle initials tell
// people apart by them: an initial one name adds while both write some
// (George H. W. Bush, the father; George W. Bush, the son), or another
// letter in its place, is another person; an initial against a spelled-out
// middle name is not (John F. Kennedy). A word in the given-name slot is a
// given name, not an assimilated Arabic article (Ann, Ed before a name
// that begins with n, d), and a title word that ends a name of two or more
// words is its surname (Stephen King, Adel Imam, Erik Prince): both
// orders of each pair.
func TestShortFullSlots(t *testing.T) {
	m := devMatcher()
	kept := [][2]string{
		{"John F. Kennedy", "John Fitzgerald Kennedy"},   // an initial against its name
		{"George H. Walker Bush", "George H. W. Bush"},   // the same
		{"Harry S. Truman", "Harry S Truman"},            // one initial, written two ways
		{"George W. Bush", "George W. Bush"},             // one name
		{"Martin Luther King", "Martin Luther King Jr."}, // Jr. left out by the press
		{"Ann Widdecombe", "Ann Noreen Widdecombe"},      // Ann is no article before Noreen
		{"Ed Smith", "Ed Dale Smith"},                    // nor Ed before Dale
		{"as Seii Taishogun", "Seii Taishogun"},          // small letters: no given name (running text)
		{"Stephen King", "Stephen Edwin King"},           // King, a surname
		{"Erik Prince", "Erik Dean Prince"},              // Prince, a surname
		{"Adel Imam", "Adel Emam"},                       // Imam, a surname
	}
	apart := [][2]string{
		{"George H. W. Bush", "George W. Bush"},       // father and son
		{"John Q. Adams", "John Q. R. Adams"},         // an initial added
		{"J. R. R. Tolkien", "J. R. Tolkien"},         // an initial added after the first
		{"Stephen King", "Stephen"},                   // King is a word of the name
		{"Adel Imam", "Adel"},                         // Imam too
		{"Hankyu Group", "Hankyu Hanshin Toho Group"}, // an organisation
	}
	checkApartBy(t, m.Similarity, bothOrders(apart), bothOrders(kept))
}
