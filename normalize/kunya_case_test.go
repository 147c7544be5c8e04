package normalize

import "testing"

// TestKunyaCase: the kunya's Abu in its genitive Abi and accusative Aba is
// one name with Abu, as a word or joined to the name (the two UK Sanctions
// List design pairs, 0.800 on main: the kunya cap); Abi as a given name,
// Abi or Aba joined to a name that is no kunya, and a kunya of another
// name stay apart.
func TestKunyaCase(t *testing.T) {
	checkSameBoth(t, Similarity, []sameCase{
		{"Mansour Osman Abahuseyin", "Mansour Osman Abu Hussein", true},
		{"Hussein Mansour Othman Aba Abahussein", "Hussein Mansour Othman Aba Abu Hussein", true},
		{"Ali ibn Abi Talib", "Ali ibn Abu Talib", true},
		{"Ali bin Abi Talib", "Ali bin Abou Talib", true},
		{"Abu Bakr", "Aba Bakr", true}, // a-ba, a-bu: two Pinyin syllables, which the Pinyin cap must leave
		{"Nicolas Abi Nader", "Nicolas Abou Nader", true},
		{"Abi Morgan", "Abu Morgan", false},           // Abi first: a given name
		{"Zainal Abidin", "Zainal Abu Din", false},    // Abi joined: a name of its own
		{"Abakar Abakarov", "Abakar Abukarov", false}, // no Abu before a word: nothing to read against
		{"Aba Bakr", "Bakr", false},                   // the kunya against the name: another person
		{"Aba Bakr", "Abu Umar", false},
		{"Ahmad Abi", "Ahmad Abu", false}, // no word after it
	})
}

// TestKunyaCaseReading checks the reading alone: what it reads and the
// names it leaves.
func TestKunyaCaseReading(t *testing.T) {
	for _, c := range []struct{ name, other, want string }{
		{"Ali ibn Abi Talib", "Ali ibn Abu Talib", "ali ibn abu talib"},
		{"Aba Abahussein", "Abu Hussein", "abu abuhussein"},
		{"Mansour Abahuseyin", "Mansour Abouhussein", "mansour abuhuseyin"},
		{"Abi Talib", "Abu Talib", ""},          // Abi first
		{"Ahmad Abi", "Abu Ahmad", ""},          // Abi last
		{"Ali ibn Abi Talib", "Ali Talib", ""},  // the other writes no Abu
		{"Ali ibn Abi Talib", "Abu", ""},        // Abu alone is no kunya
		{"Ali ibn Abi Talib", "Ali Abodi", ""},  // Abo joined: not read as Abu
		{"Zainal Abidin", "Zainal Abu Din", ""}, // Abi joined
	} {
		if got := kunyaCaseReading(c.name, c.other); got != c.want {
			t.Errorf("kunyaCaseReading(%q, %q) = %q; want %q", c.name, c.other, got, c.want)
		}
	}
	if kunyaCaseOnly("Aba Bakr", "Abu Umar") || kunyaCaseOnly("Abi Bakr", "Abu Bakr") || !kunyaCaseOnly("Ali Abi Talib", "Ali Abu Talib") {
		t.Error("kunyaCaseOnly: want only the kunya's case apart, Abi not first")
	}
}
