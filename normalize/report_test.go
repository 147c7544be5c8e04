package normalize

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestReportWriter(t *testing.T) {
	r := Replacement{Mention: Mention{Form: "Teheran", Canonical: "Tehran", Rule: RuleVariant},
		Replacement: "Tehran", Offset: 5, Line: 2, Col: 3}
	for _, tc := range []struct {
		format string
		want   string
	}{
		{"text", `<stdin>:2:3: "Teheran" -> "Tehran" (variant)` + "\n"},
		{"jsonl", `{"file":"<stdin>","line":2,"col":3,"offset":5,"form":"Teheran","replacement":"Tehran","canonical":"Tehran","rule":"variant"}` + "\n"},
	} {
		f, err := ParseReportFormat(tc.format)
		if err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		if err := NewReportWriter(&out, f).Write("<stdin>", r); err != nil {
			t.Fatal(err)
		}
		if out.String() != tc.want {
			t.Errorf("%s report = %s; want %s", tc.format, out.String(), tc.want)
		}
	}
	var rec ReplacementRecord
	if err := json.Unmarshal([]byte(`{"file":"a","line":2,"col":3,"offset":5,"form":"Teheran","replacement":"Tehran","canonical":"Tehran","rule":"variant"}`), &rec); err != nil || rec != r.Record("a") {
		t.Errorf("decoded record %+v, %v; want %+v", rec, err, r.Record("a"))
	}
	if _, err := ParseReportFormat("xml"); err == nil {
		t.Errorf(`ParseReportFormat("xml") = nil error`)
	}
}

func TestClusterRecord(t *testing.T) {
	c := Cluster{Canonical: "Saeed Reza", Variants: []FormCount{{"Saeed Reza", 2, ""}, {"Saeedreza", 1, ""}}, Confidence: 0.91666}
	b, err := json.Marshal(c.Record())
	want := `{"canonical":"Saeed Reza","variants":[{"form":"Saeed Reza","count":2},{"form":"Saeedreza","count":1}],"confidence":0.917}`
	if err != nil || string(b) != want {
		t.Errorf("json of Cluster.Record() = %s, %v; want %s", b, err, want)
	}
	entries, err := ReadEntries(strings.NewReader(string(b)+"\n"), FormatJSONL)
	if err != nil || len(entries) != 1 || entries[0].Canonical != "Saeed Reza" || len(entries[0].Variants) != 1 {
		t.Errorf("ReadEntries(cluster record) = %+v, %v; want Saeed Reza with one variant", entries, err)
	}
}
