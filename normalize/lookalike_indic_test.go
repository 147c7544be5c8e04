package normalize

import "testing"

// TestIndicVoicing: an Indian or Pakistani place name, known by its head
// (-pur, -nagar, -gaon, -abad...), whose first stop is voiced in one name
// and voiceless in the other is another place: the scripts of India write
// k and g, t and d, p and b with two letters, and every romanisation keeps
// them apart. The same letters in a Chinese or Korean name stay the
// voicing of Wade-Giles or McCune-Reischauer (Pak, Bak).
func TestIndicVoicing(t *testing.T) {
	checkApart(t,
		[][2]string{{"Gopalpur", "Kopalpur"}, {"Daulatabad", "Taulatabad"}, {"Badgaon", "Padgaon"}},
		[][2]string{{"Balrampur", "Balarampur"}, {"Pak Chol", "Bak Chol"}})
	checkRule(t, "indicVoicing", apartRule((*wordApart).indicVoicing), []ruleCase{
		{"Gopalpur", "Kopalpur", true},     // क, ग
		{"Kopalpur", "Gopalpur", true},     // both orders
		{"Daulatabad", "Taulatabad", true}, // द, त
		{"Badgaon", "Padgaon", true},       // ब, प
		{"Ghanpur", "Khanpur", true},       // घ, ख
		{"Dhanpura", "Thanpura", true},     // -pura
		{"Bijnagar", "Pijnagar", true},     // -nagar
		{"Pakchon", "Bakchon", false},      // no Indic head: left to initialAlternates
		{"Kapur", "Gapur", false},          // the head alone, no first part
		{"Gopalpur", "Jopalpur", false},    // not a voicing pair
		{"Gopalpur", "Kopalpor", false},    // another letter besides
		{"Gopalpur", "Gopalpur", false},    // the same
	})
}
