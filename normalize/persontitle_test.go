package normalize

import "testing"

// TestOtherRoleTitle: a person's variant after a title of the clergy, or
// before ", a priest", names another person of that name (Fr. Vladimir
// Zelensky, a priest), and the glossary leaves it, surname too; a
// politician's title, an Islamic cleric's, kin in lower case and a
// definite "the bishop said" leave the rewrite as it was.
func TestOtherRoleTitle(t *testing.T) {
	g := DefaultGlossary()
	cases := map[string]string{
		"Fr. Vladimir Zelensky, a priest, led the service.": "Fr. Vladimir Zelensky, a priest, led the service.",
		"Father Vladimir Zelensky led it.":                  "Father Vladimir Zelensky led it.",
		"Rev. Zelensky spoke.":                              "Rev. Zelensky spoke.",
		"Archpriest Vladimir Zelensky":                      "Archpriest Vladimir Zelensky",
		"Vladimir Zelensky, a priest in Kirov, wrote it.":   "Vladimir Zelensky, a priest in Kirov, wrote it.",
		"President Vladimir Zelensky spoke.":                "President Volodymyr Zelenskyy spoke.",
		"Vladimir Zelensky, the bishop said, was wrong.":    "Volodymyr Zelenskyy, the bishop said, was wrong.",
		"Vladimir Zelensky, a former comedian, won.":        "Volodymyr Zelenskyy, a former comedian, won.",
		"his father Vladimir Zelensky":                      "his father Volodymyr Zelenskyy",
		"Dr. Ayman al-Zawahiri spoke.":                      "Dr. Ayman al-Zawahri spoke.",
		"Ayatollah Ali Khamenei and Sheikh Hasan Nasrallah": "Ayatollah Ali Khamenei and Sheikh Hassan Nasrallah",
	}
	checkRewrites(t, g, cases)
}

// TestOtherRoleTitleEntryForm: an entry whose own name holds the title is
// that person: "Patriarch Kiril" is rewritten to the entry "Patriarch
// Kirill".
func TestOtherRoleTitleEntryForm(t *testing.T) {
	e := Entry{Canonical: "Patriarch Kirill", Variants: []string{"Kiril"}, Kind: KindPerson}
	if otherRoleTitle("Patriarch Kiril spoke.", len("Patriarch "), len("Patriarch Kiril"), &e) {
		t.Errorf("otherRoleTitle(Patriarch Kiril) = true for entry %q; want false", e.Canonical)
	}
	e = Entry{Canonical: "Kirill", Variants: []string{"Kiril"}, Kind: KindPerson}
	if !otherRoleTitle("Patriarch Kiril spoke.", len("Patriarch "), len("Patriarch Kiril"), &e) {
		t.Errorf("otherRoleTitle(Patriarch Kiril) = false for entry %q; want true", e.Canonical)
	}
}
