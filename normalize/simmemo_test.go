package normalize

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestCheckSimAsSimilarity checks that a checkSim, which prepares each name
// once, scores every pair as the same stages (checkStages) on names
// prepared afresh do: the pairs of the variant and
// look-alike lists (titles, patronyms, Arabic and Cyrillic script, Wade-
// Giles, organisations with a direction word), and every pair of the test
// articles' candidates, each name met again many times and in both places, and the lists'
// names against each other.
func TestCheckSimAsSimilarity(t *testing.T) {
	var pairs [][2]string
	for _, f := range []string{"testdata/variants.tsv", "testdata/lookalikes.tsv"} {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			if a, b, ok := strings.Cut(sc.Text(), "\t"); ok && !strings.HasPrefix(a, "#") {
				pairs = append(pairs, [2]string{a, b})
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	if len(pairs) < 300 {
		t.Fatalf("%d list pairs, want 300 or more", len(pairs))
	}
	var text strings.Builder
	for _, f := range []string{"../testdata/irgc-iraq.en.txt", "../testdata/irgc-iraq.en2.txt", "../testdata/irgc-iraq.fr.txt", "../testdata/irgc-iraq.ar.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text.Write(b)
	}
	text.WriteString("THE DEMOCRATIC REPUBLIC OF CONGO, DR Congo, North Waziristan, NORTH WAZIRISTAN; Islamic Jihad Movement.\n")
	d := NewDiscoverer()
	d.Add(text.String())
	cands, _ := d.candidates()
	if len(cands) < 50 {
		t.Fatalf("%d candidates, want 50 or more", len(cands))
	}
	listed := len(pairs)
	for i := range listed { // the lists' names against others of the lists
		for j := i + 1; j < min(listed, i+20); j++ {
			pairs = append(pairs, [2]string{pairs[i][0], pairs[j][1]}, [2]string{pairs[j][0], pairs[i][0]})
		}
	}
	for _, a := range cands {
		for _, b := range cands {
			pairs = append(pairs, [2]string{a.form, b.form})
		}
	}
	want := make([]float64, len(pairs))
	for i, p := range pairs {
		fresh := &simState{inText: true} // no memo: every name prepared again
		want[i] = fresh.onePair(p[0], p[1], stageRun{s: fresh}, checkStages[:])
	}
	sim := newCheckSim()
	for pass := range 2 { // the second all from what the first prepared
		for i, p := range pairs {
			if got := sim.Similarity(p[0], p[1]); got != want[i] {
				t.Fatalf("pass %d: checkSim.Similarity(%q, %q) = %v, unprepared %v", pass, p[0], p[1], got, want[i])
			}
		}
	}
	if len(sim.s.memo) < len(cands) {
		t.Errorf("%d names prepared, want each of the %d candidates", len(sim.s.memo), len(cands))
	}
}
