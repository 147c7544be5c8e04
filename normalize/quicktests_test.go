package normalize

import (
	"os"
	"strings"
	"testing"
)

// The quick tests and byte-by-byte forms of the matcher and the protector
// (speed2) only skip work or copies: each must give what the code it
// stands before, or replaced, gives. The tests here compare the two: the
// quick tests before the readings (listed_slips.go, ukru.go, wadegiles.go,
// org_language.go) with the readings without them, on every name of the
// bench pairs and the development set and on names written for the cases
// each quick test turns down; the protector's (glossary.go: hasWWW,
// trimClosers, trimOpeners, taggedChunk, the test before wrappedAddress)
// with the strings functions they replaced; romajiMorae's lowering with
// strings.ToLower; editSim's reuse of its first word's symbols with a
// fresh simState.

// quickTestPairs are the pairs the quick tests are checked on.
func quickTestPairs(t *testing.T) [][2]string {
	pairs := append(readPairs(t, "testdata/variants.tsv"), readPairs(t, "testdata/lookalikes.tsv")...)
	for _, p := range readDevSet(t) {
		pairs = append(pairs, [2]string{p.a, p.b})
	}
	return append(pairs,
		[2]string{"Bhutto Dhillon", "Butto Dillon"}, [2]string{"ABHISHEK", "Abishek"},
		[2]string{"Tuwah Suwardi", "Tuah Suardi"}, [2]string{"TUWAH", "Tuah"},
		[2]string{"Bosco Ntaganda", "Taganda"}, [2]string{"MBEKI", "Beki"}, [2]string{"al-Nkosi", "Kosi"},
		[2]string{"Lavilla Nava", "Labilla"}, [2]string{"LAVILLA", "LABILLA"},
		[2]string{"Kryvyi Rih", "Krivoy Rog"}, [2]string{"Zaporizhzhia", "Zaporozhye"},
		[2]string{"Polissia", "Polesye"}, [2]string{"Horlivka", "Gorlovka"}, [2]string{"Podillia", "Podolye"},
		[2]string{"Hunan", "Henan"}, [2]string{"Chou En-lai", "Zhou Enlai"}, [2]string{"Hsü Chih-mo", "Xu Zhimo"},
		[2]string{"Central BANK of Iran", "Banca centrale"}, [2]string{"Party-Union", "Partido"},
	)
}

// TestQuickTestsKeepReadings compares aspirateReading, glideWReading,
// prenasalReading, ukRuWord, hasTableHead and wgSplit with their forms
// without the quick tests, on every name of quickTestPairs both ways.
func TestQuickTestsKeepReadings(t *testing.T) {
	slow := map[string]func(name, other string) string{
		"aspirateReading": func(name, _ string) string {
			return dropLetters(name, func(i int) bool { return aspirateAt(name, i) })
		},
		"glideWReading": func(name, _ string) string {
			return dropLetters(name, func(i int) bool { return glideWAt(name, i) })
		},
		"prenasalReading": func(name, other string) string {
			return dropLetters(name, func(i int) bool { return prenasalAt(name, other, i) })
		},
	}
	fast := map[string]func(name, other string) string{
		"aspirateReading": func(name, _ string) string { return aspirateReading(name) },
		"glideWReading":   func(name, _ string) string { return glideWReading(name) },
		"prenasalReading": prenasalReading,
	}
	read := map[string]int{}
	for _, p := range quickTestPairs(t) {
		for _, ab := range [][2]string{p, {p[1], p[0]}} {
			for f, want := range slow {
				got := fast[f](ab[0], ab[1])
				if w := want(ab[0], ab[1]); got != w {
					t.Errorf("%s(%q, %q) = %q; without the quick test %q", f, ab[0], ab[1], got, w)
				}
				if got != "" {
					read[f]++
				}
			}
			if got, want := ukRuWord(ab[0], ab[1]), ukRuWordSlow(ab[0], ab[1]); got != want {
				t.Errorf("ukRuWord(%q, %q) = %v; without the quick tests %v", ab[0], ab[1], got, want)
			} else if got {
				read["ukRuWord"]++
			}
			for w := range strings.FieldsSeq(ab[0]) {
				if got, want := ukRuWord(w, ab[1]), ukRuWordSlow(w, ab[1]); got != want {
					t.Errorf("ukRuWord(%q, %q) = %v; without the quick tests %v", w, ab[1], got, want)
				}
			}
			if got, want := hasTableHead(ab[0]), hasTableHeadSlow(ab[0]); got != want {
				t.Errorf("hasTableHead(%q) = %v; without the quick test %v", ab[0], got, want)
			} else if got {
				read["hasTableHead"]++
			}
			for w := range strings.FieldsSeq(strings.ToLower(wgReplacer.Replace(ab[0]))) {
				gotN, gotOK := wgSplit(w)
				wantN, wantOK := wgSplitSlow(w)
				if gotN != wantN || gotOK != wantOK {
					t.Errorf("wgSplit(%q) = %d, %v; without the quick test %d, %v", w, gotN, gotOK, wantN, wantOK)
				} else if gotOK {
					read["wgSplit"]++
				}
			}
		}
	}
	for _, w := range []string{"", "a", "erh", "ss", "tz", "tzu", "ssu", "ch'", "ch'ien", "hsv", "t'ang", "x", "ai'", "\xff"} {
		gotN, gotOK := wgSplit(w)
		if wantN, wantOK := wgSplitSlow(w); gotN != wantN || gotOK != wantOK {
			t.Errorf("wgSplit(%q) = %d, %v; trying every initial %d, %v", w, gotN, gotOK, wantN, wantOK)
		}
	}
	// Each reading rewrote some names: the comparison is not of "" alone.
	for _, f := range []string{"aspirateReading", "glideWReading", "prenasalReading", "ukRuWord", "hasTableHead", "wgSplit"} {
		if read[f] == 0 {
			t.Errorf("%s read no name of the pairs", f)
		}
	}
}

// TestHasPairAndNasalStart checks the two quick tests of listed_slips.go
// on names written for them.
func TestHasPairAndNasalStart(t *testing.T) {
	for _, tc := range []struct {
		name string
		x, y byte
		want bool
	}{
		{"Bhutto", 'b', 'h', true},
		{"ABHISHEK", 'b', 'h', true},
		{"Habib", 'b', 'h', false}, // h then b
		{"b h", 'b', 'h', false},
		{"", 'b', 'h', false},
		{"Tuwah", 'u', 'w', true},
	} {
		if got := hasPair(tc.name, tc.x, tc.y); got != tc.want {
			t.Errorf("hasPair(%q, %q, %q) = %v; want %v", tc.name, tc.x, tc.y, got, tc.want)
		}
	}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Ntaganda", true}, {"Bosco mbeki", true}, {"al-Nkosi", true}, {"NDADAYE", true}, {"Mpofu", true},
		{"Bosco Taganda", false}, {"Anna", false}, {"Mohammad Nabil", false}, {"Hamid Nkurunziza", true}, {"", false}, {"N", false},
	} {
		if got := hasNasalStart(tc.name); got != tc.want {
			t.Errorf("hasNasalStart(%q) = %v; want %v", tc.name, got, tc.want)
		}
	}
}

// ukRuWordSlow is ukRuWord without its test of the first letters, and
// ukRuAlignSlow ukRuAlign without its tests of the length left.
func ukRuWordSlow(uk, ru string) bool {
	var bu, br [40]byte
	if len(uk) < 3 || len(ru) < 3 || len(uk) > len(bu) || len(ru) > len(br) {
		return false
	}
	u, ok := lowerASCII(bu[:0], uk)
	if !ok {
		return false
	}
	r, ok := lowerASCII(br[:0], ru)
	if !ok || ukHasG(u) || ruHasH(r) {
		return false
	}
	return ukRuAlignSlow(u, r, 0, 0, 0)
}

func ukRuAlignSlow(uk, ru []byte, i, j int, used int) bool {
	if i == len(uk) && j == len(ru) {
		return used >= 2
	}
	if i < len(uk) && j < len(ru) && uk[i] == ru[j] && ukRuAlignSlow(uk, ru, i+1, j+1, used) {
		return true
	}
	if i > 0 && (ukRuEndsAlike(uk[i:], ru[j:]) || ukRuDoubledAlike(uk[i:], ru[j:])) {
		return true
	}
	if n, cost := ukRuStep(uk, ru, i, j); n > 0 {
		return ukRuAlignSlow(uk, ru, i+n, j+1, used+cost)
	}
	return false
}

// hasTableHeadSlow is hasTableHead by strings.FieldsFunc and the map alone.
func hasTableHeadSlow(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		if orgTableHeads[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// wgSplitSlow is wgSplit trying every initial of wgInitials.
func wgSplitSlow(s string) (int, bool) {
	for _, ini := range wgInitials {
		if !strings.HasPrefix(s, ini) {
			continue
		}
		fin := s[len(ini):]
		if wgTables.get().finals[fin] || fin == "" && (ini == "ss" || ini == "tz") {
			return len(ini), true
		}
	}
	return 0, false
}

// BenchmarkMatchDifferent is BenchmarkMatch on the pairs of the bench that
// the matcher finds different: the pairs that try every reading and rule,
// and cost the most.
func BenchmarkMatchDifferent(b *testing.B) {
	m := NewMatcher(DefaultGlossary())
	var pairs [][2]string
	for _, p := range append(readPairs(b, "testdata/variants.tsv"), readPairs(b, "testdata/lookalikes.tsv")...) {
		if m.Similarity(p[0], p[1]) < SameThreshold {
			pairs = append(pairs, p)
		}
	}
	if len(pairs) == 0 {
		b.Fatal("no pair of the bench is different")
	}
	n := 0
	for b.Loop() {
		p := pairs[n%len(pairs)]
		m.Similarity(p[0], p[1])
		n++
	}
}

// TestURLMarksByteByByte compares hasWWW and trimClosers with the strings
// functions isURLOrEmail called before them.
func TestURLMarksByteByByte(t *testing.T) {
	chunks := []string{
		"", "w", "www", "www.", "WWW.EXAMPLE.COM", "(www.example.com)", "<[\"'Www.x.org", "\"(www", "wwW.",
		"Iraq.", "Iraq.”", "example.com’", "example.com.”)", "a’’", "”", "’.", "\xe2\x80", "x\xe2\x80\x9d",
		"Kiev,", "Mr.", "help.ubuntu.com/community/X", "http://x.org/a).", "e@mail.com;", "\xffwww.", "www.\xff",
		"“Quoted.”", "end...", "(Reuters)", "ÅWWW.", "x\u201D\u2019\u201D",
	}
	for w := range strings.FieldsSeq(strings.ReplaceAll(string(mustRead(t, "../testdata/irgc-iraq.en.txt")), "\n", " ")) {
		chunks = append(chunks, w)
	}
	for _, c := range chunks {
		if got, want := hasWWW(c), strings.HasPrefix(strings.ToLower(strings.TrimLeft(c, "(<[\"'")), "www."); got != want {
			t.Errorf("hasWWW(%q) = %v; want %v", c, got, want)
		}
		if got, want := trimClosers(c), strings.TrimRight(c, ".,;:!?)]}>\"'\u201D\u2019"); got != want {
			t.Errorf("trimClosers(%q) = %q; want %q", c, got, want)
		}
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestProtectorQuickTests checks, at the start of every chunk of texts with
// URLs broken over lines and with hashtags and handles, that protected's
// test before wrappedAddress lets through each chunk wrappedAddress
// reports, that trimOpeners is strings.TrimLeft of its marks, and that the
// test of the first byte and taggedChunk find the hashtags and handles
// that TrimLeft and HasPrefix find.
func TestProtectorQuickTests(t *testing.T) {
	texts := []string{
		string(mustRead(t, "../testdata/irgc-iraq.en.txt")),
		"see https://\nhelp.ubuntu.com/community/X and \n www.example.com/a/\n  b.html, “(‘quoted’)” ‘x “\xe2\x80",
		"a/\nb", "\nb", " b", "x.org/ \n\n y", "“", "‘‘a", "((“a",
		"#Daesh (@Kiev) “#Tag” x#y ‘@ \"(#", "@", "#",
	}
	wrapped, tagged := 0, 0
	for _, text := range texts {
		for start := 0; start < len(text); start++ {
			if spaceByte(text[start]) || start > 0 && !spaceByte(text[start-1]) {
				continue // protected asks at the start of a chunk
			}
			// protected's test before wrappedAddress
			quick := start >= 2 && (text[start-1] != ' ' || spaceByte(text[start-2]))
			if want := wrappedAddress(text, start); want && !quick {
				t.Errorf("wrappedAddress(%q, %d) = true, and protected does not call it", text, start)
			} else if want {
				wrapped++
			}
			if got, want := trimOpeners(text[start:]), strings.TrimLeft(text[start:], "(\"'“‘"); got != want {
				t.Errorf("trimOpeners(%q) = %q; want %q", text[start:], got, want)
			}
			end := start
			for end < len(text) && !spaceByte(text[end]) {
				end++
			}
			chunk := strings.TrimLeft(text[start:end], "(\"'“‘")
			if got, want := tagOrOpener[text[start]] && taggedChunk(text[start:end]), strings.HasPrefix(chunk, "#") || strings.HasPrefix(chunk, "@"); got != want {
				t.Errorf("taggedChunk(%q) = %v; want %v", text[start:end], got, want)
			} else if got {
				tagged++
			}
		}
	}
	if wrapped != 2 {
		t.Errorf("%d wrapped addresses; want 2 (help.ubuntu.com..., b.html)", wrapped)
	}
	if tagged != 7 {
		t.Errorf("%d hashtags and handles; want 7", tagged)
	}
}

// TestRomajiMoraeLowersInPlace checks that romajiMorae reads a word as it
// reads the word in small letters (it lowers each rune itself, where it
// called strings.ToLower), and that romajiDistinct no longer allocates.
func TestRomajiMoraeLowersInPlace(t *testing.T) {
	words := []string{"Katsue", "KATSUJI", "Ōkōchi", "ŌKŌCHI", "Okouchi", "OHKOCHI", "Shinpei", "SHIMPEI", "Kazuyuki",
		"Kimihito", "Yūko", "YŪKO", "\u212Aatsue", "İto", "Maria", "x\xffy", "Tōkyō", "NAMBU", "Kiyoshi"}
	for _, p := range quickTestPairs(t) {
		words = append(words, strings.Fields(p[0])...)
	}
	read := 0
	for _, w := range words {
		got, okGot := romajiMorae(nil, w)
		want, okWant := romajiMorae(nil, strings.ToLower(w))
		if okGot != okWant || strings.Join(got, ".") != strings.Join(want, ".") {
			t.Errorf("romajiMorae(%q) = %q, %v; of %q: %q, %v", w, got, okGot, strings.ToLower(w), want, okWant)
		}
		if okGot {
			read++
		}
		if got, want := hasPair(w, 'o', 'u'), strings.Contains(strings.ToLower(w), "ou"); got != want {
			t.Errorf("hasPair(%q, 'o', 'u') = %v; want %v", w, got, want)
		}
	}
	if read < 10 {
		t.Errorf("%d words read as morae; want 10 or more", read)
	}
	if n := testing.AllocsPerRun(100, func() { romajiDistinct("Katsue Tanaka", "Katsuji Tanaka") }); n != 0 {
		t.Errorf("romajiDistinct allocates %.0f times; want 0", n)
	}
}

// TestEditSimReusesSymbols checks that editSim, which keeps the symbols of
// its first word from the call before (s.saOf), scores every pair as a
// fresh simState does, also after crossSim and thApartSim wrote s.sa.
func TestEditSimReusesSymbols(t *testing.T) {
	var words []string
	for _, p := range quickTestPairs(t)[:600] {
		for _, n := range p {
			words = append(words, strings.Fields(Key(n))...)
		}
	}
	words = append(words, "fath", "fateh", "smith", "smit", "")
	s := new(simState)
	for i, x := range words {
		for j, y := range words[max(0, i-3):min(len(words), i+4)] {
			if got, want := s.editSim(x, y), new(simState).editSim(x, y); got != want {
				t.Fatalf("editSim(%q, %q) = %v after other pairs; fresh %v", x, y, got, want)
			}
			switch j % 3 {
			case 1:
				s.crossSim("سعيد", y, false)
			case 2:
				s.thApartSim(y, x, 0)
			}
		}
	}
}
