package server

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestNormalizeReadsLanguage: POST normalize and check of a French text
// with no lang read it as French: the English default glossary is left
// out (it rewrote "Daech" to "Islamic State" in a French sentence) and
// "language_read" says so; an English text, and one with lang, have none.
func TestNormalizeReadsLanguage(t *testing.T) {
	ts, _ := testServer(t, Options{})
	fr := "Les combattants de Daech ont attaqué une position de l'armée irakienne dans la nuit de mardi, selon un communiqué du ministère de la Défense. " +
		"Un responsable du parti a parlé à Kiev avec des diplomates européens, mais il n'a pas voulu dire ce qui avait été décidé. " +
		"Les autorités ont déclaré que la situation était sous contrôle et que les combats avaient cessé avant l'aube."
	body := func(text, lang string) string {
		b, _ := json.Marshal(map[string]string{"text": text, "lang": lang})
		return strings.Replace(string(b), `,"lang":""`, "", 1)
	}
	type lang struct {
		Lang     string
		Language string
		LeftOut  int `json:"left_out"`
	}
	var norm struct {
		Text         string
		LanguageRead *lang `json:"language_read"`
	}
	if st := call(t, "POST", ts.URL+"/api/v1/normalize", body(fr, ""), &norm); st != 200 {
		t.Fatalf("normalize: status %d", st)
	}
	if norm.Text != fr || norm.LanguageRead == nil || norm.LanguageRead.Lang != "fr" || norm.LanguageRead.Language != "French" || norm.LanguageRead.LeftOut == 0 {
		t.Errorf("French: text changed %v, language_read %+v; want the text as it was, read as French", norm.Text != fr, norm.LanguageRead)
	}
	var check struct {
		Clean        bool
		LanguageRead *lang `json:"language_read"`
	}
	if st := call(t, "POST", ts.URL+"/api/v1/check", body(fr, ""), &check); st != 200 || !check.Clean || check.LanguageRead == nil {
		t.Errorf("check French: status %d, clean %v, language_read %+v", st, check.Clean, check.LanguageRead)
	}
	check.LanguageRead = nil
	if st := call(t, "POST", ts.URL+"/api/v1/check", body(fr, "en"), &check); st != 200 || check.Clean || check.LanguageRead != nil {
		t.Errorf("check French as lang en: status %d, clean %v, language_read %+v; want Daech reported, nothing read", st, check.Clean, check.LanguageRead)
	}
	norm.LanguageRead = nil
	if st := call(t, "POST", ts.URL+"/api/v1/normalize", body("Daech claims Kiev blast", ""), &norm); st != 200 || norm.Text != "Islamic State claims Kyiv blast" || norm.LanguageRead != nil {
		t.Errorf("headline: %q, language_read %+v", norm.Text, norm.LanguageRead)
	}
}
