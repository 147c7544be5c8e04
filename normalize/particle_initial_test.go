package normalize

import "testing"

// A particle that opens a name is a word of it (prepare, in
// similarity.go): the English given name Ben, Hebrew surnames (Ben Gurion,
// Ben Ami) and Arabic names known by their nasab (Ibn Khaldun, Ibn
// Battuta) are never written without it, so the name without it is
// another name. Between names ("Mohammed bin Salman") the particle stays
// optional, as before.
func TestParticleInitial(t *testing.T) {
	apart := [][2]string{
		{"Ben Affleck", "Affleck"},
		{"Ben Carson", "Carson"},
		{"Dr. Ben Carson", "Carson"}, // a title before it: still the first word
		{"Ben Gurion", "Gurion"},
		{"Ben-Gurion", "Gurion"},
		{"Ben Ami", "Ami"},
		{"Ibn Khaldun", "Khaldun"},
		{"Ibn Battuta", "Battuta"},
		{"bin Laden", "Laden"},
		{"Ben Affleck", "Ben"}, // the particle alone is not the name either
	}
	same := [][2]string{
		{"Ibn Khaldun", "Ibn Khaldoun"},
		{"Ben-Gurion", "Ben Gurion"},
		{"Ibn Battuta", "Ibn Batuta"},
		{"Ben Carson", "Benjamin Carson"}, // the nickname rule sees Ben now
		// Between names the particle stays optional (as main has it).
		{"Mohammed bin Salman", "Mohammed Salman"},
		{"Osama bin Laden", "Osama Laden"},
		{"David Ben-Gurion", "David Gurion"},
		{"Shlomo Ben-Ami", "Shlomo Ami"},
		{"Osama bin Muhammad bin Awad bin Laden", "Osama bin Laden"},
	}
	checkApart(t, bothOrders(apart), bothOrders(same))
}
