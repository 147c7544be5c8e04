package langwords

import "testing"

// TestReadShort: a text of 8 to 49 words is read when its own evidence is
// strong (several function words of one language and letters English does
// not use, and no English function word); an English text with a foreign
// name or quote in it, a headline in capitals, a list of names, stays
// unread.
func TestReadShort(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Les combattants de Daech ont attaqué. Le général Qassem Suleimani a été tué. Un responsable du Hezbollah a parlé à Kiev.", "fr"},
		{"Kämpfer der Terrormiliz Daesh haben in der Nacht einen Stützpunkt der irakischen Armee angegriffen.", "de"},
		{"Los combatientes del Daesh atacaron una posición del ejército iraquí en la noche del martes.", "es"},
		{"Власти заявили, что бои прекратились до рассвета, однако жители района слышали выстрелы всё утро.", "ru"},
		// Russian or Bulgarian: the same function words (в, на) and no
		// letter of one but not the other.
		{"Боевики группировки атаковали позиции иракской армии в ночь на вторник, говорится в заявлении министерства.", ""},
		{"Emmanuel Macron said 'c'est la vie' in Paris after the meeting with Olaf Scholz.", ""},
		{"DAESH CLAIMS KIEV BLAST AS GENERAL SULEIMANI'S ALLIES VOW REVENGE", ""},
		{"The Élysée said François Hollande would meet Angela Merkel in Berlin on Tuesday.", ""},
		{"José María Aznar, Felipe González, Mariano Rajoy, Pedro Sánchez, José Luis Rodríguez Zapatero", ""},
		{"Daech a attaqué à Kiev mardi soir.", ""}, // 7 words: too short
	} {
		if r := Read(tc.text); r.Lang != tc.want {
			t.Errorf("Read(%.50q) = %+v; want %q", tc.text, r, tc.want)
		}
	}
}
