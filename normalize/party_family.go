package normalize

// A party named by its family alone. Comparative politics sorts Europe's
// parties into families by the ideology their names carry (K. von Beyme,
// Political Parties in Western Democracies, 1985: liberal and radical,
// conservative, socialist and social democratic, Christian democratic,
// communist, agrarian, regional, the extreme right, ecologist or green;
// the Labour, Republican, Democratic, Progressive and Pirate parties of
// the English-speaking world and after 2006 named the same way). A party
// whose name is such a word and "Party" is called by the word alone or
// its members' plural (the style manuals of org_party.go: Labour, the
// Greens, the Liberals, the Pirates), with or without its country. A name
// of one other word is not a family's: "X Party" of a man's or a place's
// name (the Watanabe Party, the Mito Party) is a faction, and X is the
// man or the place, so org_party.go reads a one-word X without a country
// only when X is in this closed list. National is not in it: it is a word
// of many families' names (British National Party, National Liberal
// Party) and alone names none; Social and Christian name a family only
// with Democratic, and "Social Democratic Party" has two words, which
// org_party.go reads already.

// partyFamilyWords are the words, lower case, that name a party family
// alone.
var partyFamilyWords = map[string]bool{
	// von Beyme's families
	"liberal": true, "radical": true, "conservative": true, "socialist": true,
	"communist": true, "agrarian": true, "green": true, "ecologist": true,
	// the English-speaking world's party names
	"labour": true, "labor": true, "democratic": true, "democrat": true,
	"republican": true, "progressive": true, "pirate": true,
}
