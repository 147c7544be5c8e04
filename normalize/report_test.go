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
