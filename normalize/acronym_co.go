package normalize

import "strings"

// A company group's acronym ending in CO. A Chinese company registers its
// name as the group's name, Group and Co., Ltd. (Taiyuan Iron and Steel
// (Group) Co., Ltd.: 集团有限公司), and takes its acronym from the name and
// the Co. of Company, leaving out Group: a Huadong Iron and Steel Group
// is HISCO, as an English company's -co acronym ends in the Company of its
// name. So an acronym of four letters or more that ends in CO matches a
// name that ends in Group when the letters before CO are the acronym of
// the name (isAcronymFor, which may leave out the final Group).

// groupCoAcronym reports whether acr, ending in CO, is the acronym of the
// group full and its Company.
func groupCoAcronym(acr, full string) bool {
	if len(acr) < 4 || len(acr) > 12 || !strings.HasSuffix(acr, "CO") || !isASCIIUpper(acr[0]) {
		return false
	}
	i := strings.LastIndexByte(full, ' ')
	if i <= 0 || !strings.EqualFold(full[i+1:], "group") {
		return false
	}
	return isAcronymFor(acr[:len(acr)-2], full[:i])
}
