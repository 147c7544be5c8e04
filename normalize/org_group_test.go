package normalize

import "testing"

// TestCapitalsGroup checks capitalsGroup (org_group.go) each way round and
// through the matcher: a company's letters with and without "Group", and
// the names it leaves to other rules.
func TestCapitalsGroup(t *testing.T) {
	checkOrgRule(t, "capitalsGroup", capitalsGroup, []ruleCase{
		{"APA Group", "APA", true},
		{"BT", "BT Group", true},
		{"GS1 Group", "GS1", true},
		{"M81 Group", "M81", false},             // one letter
		{"Interview Group", "Interview", false}, // a word, not letters
		{"APA Energy Group", "APA", false},      // another word: another company
		{"APA Group", "APB", false},             // other letters
		{"A Group", "A", false},                 // one letter
		{"ABCDEFG Group", "ABCDEFG", false},     // seven: a word in capitals
		{"81 Group", "81", false},               // digits only
		{"APA Groups", "APA", false},            // not Group
		{"APA Group", "APA Group", false},       // one name
	})
}
