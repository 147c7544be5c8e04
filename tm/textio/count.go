package textio

import "strconv"

// Count is n and the noun in the form n takes in a message: "1 unit",
// "2 units", "0 entries" (one and many are the noun's two forms).
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
