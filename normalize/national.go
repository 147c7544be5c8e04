package normalize

// nationalSim is the one reading in nameReadings for the national spelling conventions
// of somali.go, turkic.go, scotsch.go, latinti.go, hebrewtz.go,
// latinstem.go, germandt.go and arabic_aw.go. A pair that gets this
// far is read by none of them in most cases, so one pass over each name's
// bytes (nationalFeatures) finds the letters each reading needs in the
// name and in the other, and a reading is called only for the direction
// whose letters are there.
func (s *simState) nationalSim(a, b string, score float64) float64 {
	fa, fb := nationalFeatures(a), nationalFeatures(b)
	if (fa|fb)&natAny == 0 {
		return score
	}
	for _, r := range nationalReadings {
		if score >= SameThreshold {
			break
		}
		if r.wants(fa, fb) {
			if ra := r.read(a, b); ra != "" {
				score = max(score, s.similarity(ra, b)-conventionPenalty)
			}
		}
		if score < SameThreshold && r.wants(fb, fa) {
			if rb := r.read(b, a); rb != "" {
				score = max(score, s.similarity(a, rb)-conventionPenalty)
			}
		}
	}
	return score
}

// The letters nationalFeatures finds in a name, in either case.
const (
	natX     = 1 << iota // x
	natH                 // h
	natC                 // c
	natJ                 // j
	natSchwa             // ə, Ə
	natCh                // ch
	natGh                // gh
	natSc                // sc
	natUs                // us
	natTi                // ti
	natCiZi              // ci, zi or nz: a Romance c or z
	natTz                // tz
	natEndO              // a word ends in a consonant and o (Plato)
	natEndIs             // a word ends in -is (Vitalis)
	natEndDt             // a word ends in -dt (Schmidt)
	natAw                // aw (Fawz)

	// natAny is the letters some reading reads in a name.
	natAny = natX | natC | natSchwa | natCh | natUs | natTz | natEndO | natEndIs | natEndDt | natAw
)

// nationalReadings are the readings of nationalSim, each with the test of
// the name's and the other name's features that calls it.
var nationalReadings = [...]struct {
	wants func(name, other uint32) bool
	read  func(name, other string) string
}{
	{func(n, o uint32) bool { return n&natX != 0 && o&natH != 0 && o&natX == 0 }, somaliReading},
	{func(n, o uint32) bool {
		return n&natC != 0 && o&natJ != 0 && o&natC == 0 || n&natSchwa != 0 && o&natSchwa == 0
	}, turkicReading},
	{func(n, o uint32) bool { return n&natCh != 0 && n&natSc == 0 && o&natGh != 0 && o&natCh == 0 }, scotsChReading},
	{func(n, o uint32) bool { return n&(natUs|natTi) == natUs|natTi && o&natCiZi != 0 }, latinTiReading},
	{func(n, o uint32) bool { return n&o&natTz != 0 }, hebrewTzReading},
	{func(n, _ uint32) bool { return n&(natEndO|natEndIs) != 0 }, latinStemReading},
	{func(n, _ uint32) bool { return n&natEndDt != 0 }, germanDtReading},
	{func(n, o uint32) bool { return n&natAw != 0 && o&natAw == 0 }, levantOReading},
}

// natLetter gives the feature of a single lower-case ASCII letter, and
// marks with natPairs the letters that end a pair nationalFeatures looks
// for.
var natLetter = func() (t [256]uint32) {
	t['x'], t['h'], t['c'], t['j'] = natX, natH, natC, natJ
	for _, c := range "hcsizw" {
		t[c] |= natPairs
	}
	for c := range 0x80 {
		if c|0x20 < 'a' || c|0x20 > 'z' {
			t[c] |= natWordEnd
		}
	}
	return t
}()

// natPairs marks in natLetter a letter that may end a pair; natWordEnd
// marks an ASCII byte that is no letter, which ends a word.
const (
	natPairs   = 1 << 31
	natWordEnd = 1 << 30
)

// natEnding returns the features of a word whose last two bytes are p2
// and p (lower-case): natEndO for a consonant and o, natEndIs for -is,
// natEndDt for -dt.
func natEnding(p2, p byte) uint32 {
	switch {
	case p == 'o' && isASCIIConsonant(p2):
		return natEndO
	case p == 's' && p2 == 'i':
		return natEndIs
	case p == 't' && p2 == 'd':
		return natEndDt
	}
	return 0
}

// nationalFeatures returns the features of name: one pass over its bytes
// without allocating.
func nationalFeatures(name string) uint32 {
	var f uint32
	var prev, prev2 byte
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 0x80 {
			if prev == 0xC9 && c == 0x99 || prev == 0xC6 && c == 0x8F {
				f |= natSchwa
			}
			prev2, prev = prev, c
			continue
		}
		c |= 0x20
		t := natLetter[c]
		if t&natWordEnd != 0 {
			f |= natEnding(prev2, prev) // latinstem.go's -o and -is, germandt.go's -dt
		}
		if t&natPairs != 0 {
			switch c {
			case 'h':
				switch prev {
				case 'c':
					f |= natCh
				case 'g':
					f |= natGh
				}
			case 'c':
				if prev == 's' {
					f |= natSc
				}
			case 's':
				if prev == 'u' {
					f |= natUs
				}
			case 'i':
				switch prev {
				case 't':
					f |= natTi
				case 'c', 'z':
					f |= natCiZi
				}
			case 'z':
				switch prev {
				case 'n':
					f |= natCiZi
				case 't':
					f |= natTz
				}
			case 'w':
				if prev == 'a' {
					f |= natAw
				}
			}
		}
		f |= t &^ (natPairs | natWordEnd)
		prev2, prev = prev, c
	}
	return f | natEnding(prev2, prev)
}
