package normalize

// Places named by a Russian adjective (issue 11, branch look59): the
// adjective takes the gender of the noun it stands for, so its endings
// name other places.

// neuterEnds and masculineEnds are the neuter and the masculine or
// feminine endings of a Russian or Ukrainian adjective as the
// romanisations write them (-ое: oye, oe, oje; -ее, Ukrainian -є: eye,
// eje, ye; -ой, -ый, -ий: oy, oi, yy, y, iy, yi, ij; -ая: aya, aja, aia;
// -я: ya), neuterEnds longest first. Ukrainian -є and -я are left out
// as ie and ia, the French -ie and the Latin -ia of one given name
// (Eugenie, Eugenia).
var (
	neuterEnds    = [...]string{"oye", "oje", "eye", "eje", "ye", "oe"}
	masculineEnds = [...]string{"oy", "oi", "yy", "iy", "yi", "ij", "y", "aya", "aja", "aia", "ya"}
)

// adjectiveNeuter reports whether the word in which two names differ ends
// in a Russian adjective's neuter ending in one name (Donskoye, Lugovoye;
// Ukrainian Horodnye, Городнє) and in its masculine or feminine ending in
// the other (Donskoy, Lugovoy; Horodnya, Городня),
// after the same stem of four letters or more, i against y aside. A place
// named by an adjective agrees with the noun it stands for: a town (город)
// or a settlement (посёлок) is masculine, a village (село) neuter, a
// hamlet (деревня) or a station (станция) feminine; Donskoy and Donskoye
// are two places, and every romanisation writes the ending it has. A
// person's family name is masculine or feminine, never neuter, so no
// spelling of one person's name holds -oye (the gender of persons is
// russianGender's).
func (w *wordApart) adjectiveNeuter() bool {
	x, y := w.words()
	if x[len(x)-1] != 'e' && y[len(y)-1] != 'e' {
		return false // every neuter ending ends in e
	}
	for range 2 {
		for _, n := range neuterEnds {
			if !suffixBytes(y, n) {
				continue
			}
			stem := y[:len(y)-len(n)]
			if len(stem) < 4 {
				break
			}
			for _, m := range masculineEnds {
				if suffixBytes(x, m) && sameIY(x[:len(x)-len(m)], stem) {
					return true
				}
			}
			break
		}
		x, y = y, x
	}
	return false
}
