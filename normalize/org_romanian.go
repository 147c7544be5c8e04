package normalize

import "strings"

// Romanian's s and t with a comma below (ș, ț; older fonts and the
// datasets write a cedilla: ş, ţ) in organisation names. Key reads them
// as Romanian says them, sh and ts, which is right for a name heard; but
// the datasets Party Facts links write a Romanian party's name with its
// marks in one and without them in the other (Alianța Liberalilor și
// Democraților, Partidul Alianta Liberalilor si Democratilor), and
// without the marks the letters are plain s and t. So the words of an
// organisation's name (orgKeyWords) read them as s and t before they are
// keyed and before connectors are left out: și is then the connector
// si, Alianța the key of Alianta. People's names keep Key's reading.

// romanianPlain returns w with ș, ş, ț, ţ (either case) as s and t; w
// itself when it has none (the common case, without allocating).
func romanianPlain(w string) string {
	if !strings.ContainsAny(w, "șşțţȘŞȚŢ") {
		return w
	}
	return romanianMarks.Replace(w)
}

var romanianMarks = strings.NewReplacer("ș", "s", "ş", "s", "ț", "t", "ţ", "t", "Ș", "S", "Ş", "S", "Ț", "T", "Ţ", "T")
