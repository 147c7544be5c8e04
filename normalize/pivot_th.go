package normalize

import "strings"

// Greek theta written th or t: the Latin spelling of Greek names, which
// German, English and Dutch keep, writes θ th (Katharina, Theodor,
// Mathilde); the Slavic languages, Italian, Spanish and the Nordic
// languages write t (Katarina, Teodor, Matilde). The key reads th as t
// already (Martha, Marta 0.920), but the look-alike cap of Slavic family
// names (stemConsonants in lookalike_slavic.go) took Katharina and
// Katarina, Kathrin and Katrin for two Slavic stems a consonant apart
// (Vankevich, Vashkevich). No romanization of Russian, Ukrainian or
// Belarusian writes т th (BGN/PCGN, ISO 9, ICAO and the national systems
// all write t), so a word with th against t is no pair of Slavic stems:
// thOnly lets that cap pass it (branch pivot64: the pivots' variants
// Katharina, Katarina; Kathrin, Katrin).

// thOnly reports whether a and b differ only in a th of one where the other
// has t, at one place or more, letters compared in any case.
func thOnly(a, b string) bool {
	if a == b || len(a) == len(b) || strings.IndexByte(a, 'h') < 0 && strings.IndexByte(b, 'h') < 0 &&
		strings.IndexByte(a, 'H') < 0 && strings.IndexByte(b, 'H') < 0 {
		return false
	}
	return strings.EqualFold(thAsT(a), thAsT(b))
}

// thAsT returns s with each th (any case) written t.
func thAsT(s string) string {
	var out []byte
	for i := 0; i < len(s); i++ {
		if i+1 < len(s) && s[i]|0x20 == 't' && s[i+1]|0x20 == 'h' {
			if out == nil {
				out = append(make([]byte, 0, len(s)), s[:i]...)
			}
			out = append(out, s[i])
			i++
			continue
		}
		if out != nil {
			out = append(out, s[i])
		}
	}
	if out == nil {
		return s
	}
	return string(out)
}
