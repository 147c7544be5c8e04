package normalize

import "testing"

// Two honorifics of two genders before one surname are two people; one
// gender's honorifics, or one name without a title, stay one name. Each
// pair is asked in both orders.
func TestGenderTitlesApart(t *testing.T) {
	apart := [][2]string{
		{"Mr. Smith", "Mrs. Smith"}, {"Ms Smith", "Mr Smith"},
		{"Monsieur Dupont", "Madame Dupont"}, {"Frau Müller", "Herr Müller"},
		{"Prince Albert", "Princess Albert"}, {"Sheikha Mohammed", "Sheikh Mohammed"},
	}
	kept := [][2]string{
		{"Mr. Smith", "Mr Smith"}, {"Mrs Smith", "Mrs. Smith"},
		{"Mrs. Jane Smith", "Jane Smith"}, {"John Major", "Sir John Major"},
	}
	checkApart(t, bothOrders(apart), bothOrders(kept))
}
