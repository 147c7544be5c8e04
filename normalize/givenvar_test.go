package normalize

import "testing"

// TestGivenSpellingSim: English spellings of one name that differ by a
// letter English does not speak: a silent final e after nn (Lynn, Lynne),
// the p English writes between m and s (Simpson, Simson), and the Irish
// Sean, spoken as English writes Shaun and Shawn. A spoken letter keeps
// two names apart: Anna's final a and another vowel (Sean, Shane). A
// silent e after the y of a word of one vowel (Fry, Frye) and between ay
// and a final s (Hays, Hayes) is read too.
func TestGivenSpellingSim(t *testing.T) {
	kept := [][2]string{
		{"Ann", "Anne"},       // a silent final e after nn
		{"Lynn", "Lynne"},     // the same
		{"Dunn", "Dunne"},     // the same
		{"Wynn", "Wynne"},     // the same
		{"Glenn", "Glenne"},   // the same
		{"Simpson", "Simson"}, // a p between m and s
		{"Sampson", "Samson"}, // the same
		{"Dempsey", "Demsey"}, // the same
		{"SEAN", "shawn"},     // the Irish Sean; any case
		{"Sean", "Shaun"},     // the same
		{"Slye", "Sly"},       // a silent e after the y of a word of one vowel
		{"Frye", "Fry"},       // the same
		{"Mayes", "Mays"},     // a silent e between ay and a final s
		{"Hayes", "Hays"},     // the same
	}
	apart := [][2]string{
		{"Ann", "Anna"},          // Anna's final a is spoken
		{"Lynn", "Lynna"},        // the same
		{"Sean", "Shane"},        // another vowel
		{"Neal", "Noel"},         // another vowel
		{"Dean", "Dena"},         // another name
		{"Hampton", "Hamton"},    // only a p before s is read
		{"Simpson", "Stimson"},   // a letter more than the p
		{"Lynn Street", "Lynne"}, // names of one word only
		{"Sean Penn", "Shaun"},   // the same
		{"Hayes", "Hayen"},       // an n more, no e
	}
	checkApart(t, bothOrders(apart), bothOrders(kept))
}
