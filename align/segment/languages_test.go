package segment

import (
	"slices"
	"testing"
)

// languageCases test the golden-rule phenomena as they appear in the news of
// the fifteen languages without external test data: each language's common
// titles and abbreviations, its sentence marks, numbers, ordinals, quotes,
// ellipses and lists.
var languageCases = []struct {
	lang, text string
	want       []string
}{
	// French.
	{"fr", "M. Dupont a rencontré Mme Martin hier. Ils ont parlé du budget.", []string{"M. Dupont a rencontré Mme Martin hier.", "Ils ont parlé du budget."}},
	{"fr", "La ville a été fondée vers 50 av. J.-C. par les Romains. Elle compte aujourd'hui 30 000 habitants.", []string{"La ville a été fondée vers 50 av. J.-C. par les Romains.", "Elle compte aujourd'hui 30 000 habitants."}},
	{"fr", "Le taux est passé à 3,5 % en mars. C'est un record.", []string{"Le taux est passé à 3,5 % en mars.", "C'est un record."}},
	{"fr", "Le ministre a dit : « Nous ne céderons pas. » Puis il est parti.", []string{"Le ministre a dit : « Nous ne céderons pas. »", "Puis il est parti."}},
	{"fr", "Pourquoi maintenant ? Le gouvernement n'a pas répondu !", []string{"Pourquoi maintenant ?", "Le gouvernement n'a pas répondu !"}},
	{"fr", "Le 1er janvier, la loi entrera en vigueur. Les syndicats protestent.", []string{"Le 1er janvier, la loi entrera en vigueur.", "Les syndicats protestent."}},
	{"fr", "Il hésita... Puis il signa le texte.", []string{"Il hésita...", "Puis il signa le texte."}},
	{"fr", "Voir l'art. 12 du Code civil, p. ex. pour les contrats. La règle est claire.", []string{"Voir l'art. 12 du Code civil, p. ex. pour les contrats.", "La règle est claire."}},
	{"fr", "Le plan prévoit trois mesures :\n1. la hausse des salaires ;\n2. la baisse des impôts ;\n3. la réforme des retraites.", []string{"Le plan prévoit trois mesures :", "1. la hausse des salaires ;", "2. la baisse des impôts ;", "3. la réforme des retraites."}},
	{"fr", "Louis XIV est né le 5 septembre 1638. Il régna 72 ans.", []string{"Louis XIV est né le 5 septembre 1638.", "Il régna 72 ans."}},
	{"fr", "Les ventes ont progressé en Europe, en Asie, etc. Les analystes restent prudents.", []string{"Les ventes ont progressé en Europe, en Asie, etc.", "Les analystes restent prudents."}},
	{"fr", "Le coureur est arrivé 2e. C'était une surprise.", []string{"Le coureur est arrivé 2e.", "C'était une surprise."}},
	{"fr", "M. et Mme Dupont sont arrivés à 14 h. Ils repartiront demain.", []string{"M. et Mme Dupont sont arrivés à 14 h.", "Ils repartiront demain."}},
	{"fr", "Le train part à 14 h. précises de Lyon. Il arrive à Paris à 16 h.", []string{"Le train part à 14 h. précises de Lyon.", "Il arrive à Paris à 16 h."}},
	// Portuguese.
	{"pt", "O Sr. Silva e a Dra. Costa chegaram a Lisboa. A reunião começou às 10h.", []string{"O Sr. Silva e a Dra. Costa chegaram a Lisboa.", "A reunião começou às 10h."}},
	{"pt", "Há várias opções, p. ex. o metrô e o ônibus. Todas são caras.", []string{"Há várias opções, p. ex. o metrô e o ônibus.", "Todas são caras."}},
	{"pt", "A inflação subiu 4,2% em maio. O governo reagiu.", []string{"A inflação subiu 4,2% em maio.", "O governo reagiu."}},
	{"pt", "Onde está o dinheiro? Ninguém sabe!", []string{"Onde está o dinheiro?", "Ninguém sabe!"}},
	{"pt", "O ministro disse: \"Não vamos recuar.\" Depois saiu.", []string{"O ministro disse: \"Não vamos recuar.\"", "Depois saiu."}},
	{"pt", "Ele mora na Av. Paulista, nº 1000. É um prédio antigo.", []string{"Ele mora na Av. Paulista, nº 1000.", "É um prédio antigo."}},
	{"pt", "O Prof. Santos publicou o estudo. Ele foi elogiado.", []string{"O Prof. Santos publicou o estudo.", "Ele foi elogiado."}},
	{"pt", "Ele esperou... Mas ninguém veio.", []string{"Ele esperou...", "Mas ninguém veio."}},
	{"pt", "O plano tem três pontos:\n1. salários;\n2. impostos;\n3. pensões.", []string{"O plano tem três pontos:", "1. salários;", "2. impostos;", "3. pensões."}},
	{"pt", "Ele terminou em 2º lugar. O vencedor foi o brasileiro.", []string{"Ele terminou em 2º lugar.", "O vencedor foi o brasileiro."}},
	{"pt", "O acordo envolve EUA, China etc. Os mercados reagiram bem.", []string{"O acordo envolve EUA, China etc.", "Os mercados reagiram bem."}},
	{"pt", "O Exmo. Sr. Presidente chegou às 10h30. Ele foi recebido pelo prefeito.", []string{"O Exmo. Sr. Presidente chegou às 10h30.", "Ele foi recebido pelo prefeito."}},
	// Dutch.
	{"nl", "Dhr. Jansen en mevr. De Vries waren aanwezig. Zij stemden tegen.", []string{"Dhr. Jansen en mevr. De Vries waren aanwezig.", "Zij stemden tegen."}},
	{"nl", "Er zijn alternatieven, bijv. de trein. Die is goedkoper.", []string{"Er zijn alternatieven, bijv. de trein.", "Die is goedkoper."}},
	{"nl", "De werkloosheid daalde tot 3,6 procent. Dat meldt het CBS.", []string{"De werkloosheid daalde tot 3,6 procent.", "Dat meldt het CBS."}},
	{"nl", "Waarom nu? De minister wilde niet reageren!", []string{"Waarom nu?", "De minister wilde niet reageren!"}},
	{"nl", "Prof. dr. Bakker leidt het onderzoek. Het duurt drie jaar.", []string{"Prof. dr. Bakker leidt het onderzoek.", "Het duurt drie jaar."}},
	{"nl", "De premier zei: \"We gaan door.\" Daarna vertrok hij.", []string{"De premier zei: \"We gaan door.\"", "Daarna vertrok hij."}},
	{"nl", "Zie art. 5 van de wet, d.w.z. de nieuwe regeling. Die geldt vanaf januari.", []string{"Zie art. 5 van de wet, d.w.z. de nieuwe regeling.", "Die geldt vanaf januari."}},
	{"nl", "Hij twijfelde... Toen tekende hij.", []string{"Hij twijfelde...", "Toen tekende hij."}},
	{"nl", "Het plan bevat drie punten:\n1. lonen;\n2. belastingen;\n3. pensioenen.", []string{"Het plan bevat drie punten:", "1. lonen;", "2. belastingen;", "3. pensioenen."}},
	{"nl", "De wet geldt vanaf 1 januari 2025. Gemeenten moeten zich voorbereiden.", []string{"De wet geldt vanaf 1 januari 2025.", "Gemeenten moeten zich voorbereiden."}},
	{"nl", "Het kabinet wil o.a. de accijns verhogen. Dat kost miljoenen.", []string{"Het kabinet wil o.a. de accijns verhogen.", "Dat kost miljoenen."}},
	{"nl", "Er waren appels, peren enz. De markt was druk.", []string{"Er waren appels, peren enz.", "De markt was druk."}},
	// Polish.
	{"pl", "Prof. Nowak i dr Kowalski przedstawili raport. Wyniki są niepokojące.", []string{"Prof. Nowak i dr Kowalski przedstawili raport.", "Wyniki są niepokojące."}},
	{"pl", "Biuro mieści się przy ul. Marszałkowskiej 10. Jest otwarte codziennie.", []string{"Biuro mieści się przy ul. Marszałkowskiej 10.", "Jest otwarte codziennie."}},
	{"pl", "Wzrosły ceny żywności, np. chleba i mleka. Inflacja wynosi 5,2 proc.", []string{"Wzrosły ceny żywności, np. chleba i mleka.", "Inflacja wynosi 5,2 proc."}},
	{"pl", "Umowa obowiązuje od 1 stycznia, tzn. od nowego roku. Rząd ją przyjął.", []string{"Umowa obowiązuje od 1 stycznia, tzn. od nowego roku.", "Rząd ją przyjął."}},
	{"pl", "Spotkanie odbyło się 3. dnia obrad. Posłowie głosowali.", []string{"Spotkanie odbyło się 3. dnia obrad.", "Posłowie głosowali."}},
	{"pl", "Dlaczego teraz? Minister nie odpowiedział!", []string{"Dlaczego teraz?", "Minister nie odpowiedział!"}},
	{"pl", "Premier powiedział: „Nie ustąpimy.” Potem wyszedł.", []string{"Premier powiedział: „Nie ustąpimy.”", "Potem wyszedł."}},
	{"pl", "W 2020 r. firma zatrudniała 300 osób. Dziś ma ich 500.", []string{"W 2020 r. firma zatrudniała 300 osób.", "Dziś ma ich 500."}},
	{"pl", "Plan zakłada trzy kroki:\n1. podwyżki płac;\n2. obniżkę podatków;\n3. reformę emerytur.", []string{"Plan zakłada trzy kroki:", "1. podwyżki płac;", "2. obniżkę podatków;", "3. reformę emerytur."}},
	{"pl", "Sesja rozpocznie się 15. września. Posłowie wrócą z urlopów.", []string{"Sesja rozpocznie się 15. września.", "Posłowie wrócą z urlopów."}},
	{"pl", "W wypadku zginęło ok. 20 osób. Policja prowadzi śledztwo.", []string{"W wypadku zginęło ok. 20 osób.", "Policja prowadzi śledztwo."}},
	{"pl", "Ceny wzrosły m.in. w handlu. Eksperci są zaskoczeni.", []string{"Ceny wzrosły m.in. w handlu.", "Eksperci są zaskoczeni."}},
	{"pl", "Spotkanie odbędzie się o godz. 12. Zapraszamy wszystkich.", []string{"Spotkanie odbędzie się o godz. 12.", "Zapraszamy wszystkich."}},
	{"pl", "Posiedzenie zwołano na godz. 9 w dniu 12. posiedzenia Sejmu. Obrady trwały do nocy.", []string{"Posiedzenie zwołano na godz. 9 w dniu 12. posiedzenia Sejmu.", "Obrady trwały do nocy."}},
	{"pl", "Podrożały chleb, mleko itd. Rząd obiecuje pomoc.", []string{"Podrożały chleb, mleko itd.", "Rząd obiecuje pomoc."}},
	// Slovak.
	{"sk", "Vláda prijala opatrenia, napr. zníženie daní. Opozícia protestuje.", []string{"Vláda prijala opatrenia, napr. zníženie daní.", "Opozícia protestuje."}},
	{"sk", "Ide o tzv. konsolidačný balík. Parlament ho schválil.", []string{"Ide o tzv. konsolidačný balík.", "Parlament ho schválil."}},
	{"sk", "Prof. Novák a Ing. Horváth vystúpili na konferencii. Hovorili o energetike.", []string{"Prof. Novák a Ing. Horváth vystúpili na konferencii.", "Hovorili o energetike."}},
	{"sk", "Inflácia dosiahla 6,4 percenta. To je najviac za rok.", []string{"Inflácia dosiahla 6,4 percenta.", "To je najviac za rok."}},
	{"sk", "Zákon platí od 1. januára. Firmy sa musia prispôsobiť.", []string{"Zákon platí od 1. januára.", "Firmy sa musia prispôsobiť."}},
	{"sk", "Prečo teraz? Minister neodpovedal!", []string{"Prečo teraz?", "Minister neodpovedal!"}},
	{"sk", "Premiér povedal: „Neustúpime.“ Potom odišiel.", []string{"Premiér povedal: „Neustúpime.“", "Potom odišiel."}},
	{"sk", "Pozri čl. 5 zákona č. 40/1964 Zb. Ten upravuje zmluvy.", []string{"Pozri čl. 5 zákona č. 40/1964 Zb.", "Ten upravuje zmluvy."}},
	{"sk", "Plán obsahuje tri body:\n1. mzdy;\n2. dane;\n3. dôchodky.", []string{"Plán obsahuje tri body:", "1. mzdy;", "2. dane;", "3. dôchodky."}},
	{"sk", "Slovensko obsadilo 3. miesto v tabuľke. Víťazom sa stalo Česko.", []string{"Slovensko obsadilo 3. miesto v tabuľke.", "Víťazom sa stalo Česko."}},
	{"sk", "Nehoda sa stala na ul. Hlavnej v Košiciach. Polícia vec vyšetruje.", []string{"Nehoda sa stala na ul. Hlavnej v Košiciach.", "Polícia vec vyšetruje."}},
	{"sk", "Zdraželi potraviny, energie atď. Vláda reaguje.", []string{"Zdraželi potraviny, energie atď.", "Vláda reaguje."}},
	// Bulgarian.
	{"bg", "През 2023 г. икономиката нарасна с 1,8 процента. Това съобщи НСИ.", []string{"През 2023 г. икономиката нарасна с 1,8 процента.", "Това съобщи НСИ."}},
	{"bg", "Срещата се проведе в гр. Пловдив. Присъстваха много хора.", []string{"Срещата се проведе в гр. Пловдив.", "Присъстваха много хора."}},
	{"bg", "Офисът е на ул. Раковски 12. Работи всеки ден.", []string{"Офисът е на ул. Раковски 12.", "Работи всеки ден."}},
	{"bg", "Решението е окончателно, т.е. не подлежи на обжалване. Страните го приеха.", []string{"Решението е окончателно, т.е. не подлежи на обжалване.", "Страните го приеха."}},
	{"bg", "Проф. Иванов и д-р Петрова представиха доклада. Той е публикуван.", []string{"Проф. Иванов и д-р Петрова представиха доклада.", "Той е публикуван."}},
	{"bg", "Защо сега? Министърът не отговори!", []string{"Защо сега?", "Министърът не отговори!"}},
	{"bg", "Премиерът каза: „Няма да отстъпим.“ След това си тръгна.", []string{"Премиерът каза: „Няма да отстъпим.“", "След това си тръгна."}},
	{"bg", "Той се поколеба... После подписа.", []string{"Той се поколеба...", "После подписа."}},
	{"bg", "Планът включва три мерки:\n1. заплати;\n2. данъци;\n3. пенсии.", []string{"Планът включва три мерки:", "1. заплати;", "2. данъци;", "3. пенсии."}},
	{"bg", "Сесията започва на 15 септември. Депутатите се връщат от ваканция.", []string{"Сесията започва на 15 септември.", "Депутатите се връщат от ваканция."}},
	{"bg", "Загиналите са около 20, т.нар. бежанци. Полицията разследва.", []string{"Загиналите са около 20, т.нар. бежанци.", "Полицията разследва."}},
	{"bg", "Цената е 2,50 лв. Тя е висока.", []string{"Цената е 2,50 лв.", "Тя е висока."}},
	{"bg", "Дългът достигна 20 млрд. лв. през 2023 г. Това е рекорд.", []string{"Дългът достигна 20 млрд. лв. през 2023 г.", "Това е рекорд."}},
	{"bg", "Поскъпнаха хлябът, млякото и т.н. Правителството реагира.", []string{"Поскъпнаха хлябът, млякото и т.н.", "Правителството реагира."}},
	// Kazakh.
	{"kk", "Көрмеде кітаптар, суреттер т.б. көрсетілді. Келушілер көп болды.", []string{"Көрмеде кітаптар, суреттер т.б. көрсетілді.", "Келушілер көп болды."}},
	{"kk", "2023 ж. экономика 5,1 пайызға өсті. Бұл туралы министрлік хабарлады.", []string{"2023 ж. экономика 5,1 пайызға өсті.", "Бұл туралы министрлік хабарлады."}},
	{"kk", "Проф. Әбдірахманов баяндама жасады. Ол жаңа зерттеуді таныстырды.", []string{"Проф. Әбдірахманов баяндама жасады.", "Ол жаңа зерттеуді таныстырды."}},
	{"kk", "Неге қазір? Министр жауап бермеді!", []string{"Неге қазір?", "Министр жауап бермеді!"}},
	{"kk", "Президент: «Біз алға жүреміз.» деді. Содан кейін кетті.", []string{"Президент: «Біз алға жүреміз.» деді.", "Содан кейін кетті."}},
	{"kk", "Жиналыс Абай көш. 10 мекенжайында өтті. Оған 50 адам қатысты.", []string{"Жиналыс Абай көш. 10 мекенжайында өтті.", "Оған 50 адам қатысты."}},
	{"kk", "Ол ойланып қалды... Кейін келісті.", []string{"Ол ойланып қалды...", "Кейін келісті."}},
	{"kk", "Бағасы 1.5 млн теңге болды. Сатып алушы табылды.", []string{"Бағасы 1.5 млн теңге болды.", "Сатып алушы табылды."}},
	{"kk", "Жоспарда үш бағыт бар:\n1. жалақы;\n2. салық;\n3. зейнетақы.", []string{"Жоспарда үш бағыт бар:", "1. жалақы;", "2. салық;", "3. зейнетақы."}},
	{"kk", "Жиынға 1,5 мың адам қатысты. Олар жаңа заңды талқылады.", []string{"Жиынға 1,5 мың адам қатысты.", "Олар жаңа заңды талқылады."}},
	{"kk", "Дүкенде нан, сүт, ет т.б. Бағалар өсті.", []string{"Дүкенде нан, сүт, ет т.б.", "Бағалар өсті."}},
	// Greek.
	{"el", "Πού πήγε ο υπουργός; Κανείς δεν ξέρει.", []string{"Πού πήγε ο υπουργός;", "Κανείς δεν ξέρει."}},
	{"el", "Υπάρχουν λύσεις, π.χ. η μείωση των φόρων. Η κυβέρνηση διαφωνεί.", []string{"Υπάρχουν λύσεις, π.χ. η μείωση των φόρων.", "Η κυβέρνηση διαφωνεί."}},
	{"el", "Ο κ. Παπαδόπουλος συναντήθηκε με την κα Γεωργίου. Συζήτησαν για την οικονομία.", []string{"Ο κ. Παπαδόπουλος συναντήθηκε με την κα Γεωργίου.", "Συζήτησαν για την οικονομία."}},
	{"el", "Ο πληθωρισμός έφτασε το 3,5%. Είναι το υψηλότερο ποσοστό.", []string{"Ο πληθωρισμός έφτασε το 3,5%.", "Είναι το υψηλότερο ποσοστό."}},
	{"el", "Η πόλη ιδρύθηκε τον 5ο αι. π.Χ. από Αθηναίους. Σήμερα έχει 20.000 κατοίκους.", []string{"Η πόλη ιδρύθηκε τον 5ο αι. π.Χ. από Αθηναίους.", "Σήμερα έχει 20.000 κατοίκους."}},
	{"el", "Ο πρωθυπουργός είπε: «Δεν θα υποχωρήσουμε.» Μετά έφυγε.", []string{"Ο πρωθυπουργός είπε: «Δεν θα υποχωρήσουμε.»", "Μετά έφυγε."}},
	{"el", "Ο Δρ. Νικολάου μίλησε στη Βουλή. Η ομιλία κράτησε μία ώρα.", []string{"Ο Δρ. Νικολάου μίλησε στη Βουλή.", "Η ομιλία κράτησε μία ώρα."}},
	{"el", "Δίστασε... Μετά υπέγραψε.", []string{"Δίστασε...", "Μετά υπέγραψε."}},
	{"el", "Το σχέδιο έχει τρία σημεία:\n1. μισθοί·\n2. φόροι·\n3. συντάξεις.", []string{"Το σχέδιο έχει τρία σημεία:", "1. μισθοί·", "2. φόροι·", "3. συντάξεις."}},
	{"el", "Ο Γ. Παπανδρέου μίλησε στη Βουλή. Η ομιλία ήταν σύντομη.", []string{"Ο Γ. Παπανδρέου μίλησε στη Βουλή.", "Η ομιλία ήταν σύντομη."}},
	{"el", "Το χρέος έφτασε τα 300 δισ. ευρώ. Η κυβέρνηση ανησυχεί.", []string{"Το χρέος έφτασε τα 300 δισ. ευρώ.", "Η κυβέρνηση ανησυχεί."}},
	{"el", "Το κόστος είναι 5 εκ. Η κυβέρνηση συμφωνεί.", []string{"Το κόστος είναι 5 εκ.", "Η κυβέρνηση συμφωνεί."}},
	{"el", "Αυξήθηκαν οι τιμές στο ψωμί, το γάλα κ.λπ. Η κυβέρνηση ανησυχεί.", []string{"Αυξήθηκαν οι τιμές στο ψωμί, το γάλα κ.λπ.", "Η κυβέρνηση ανησυχεί."}},
	// Arabic.
	{"ar", "قال الوزير إن الاقتصاد نما. هل هذا صحيح؟ نعم.", []string{"قال الوزير إن الاقتصاد نما.", "هل هذا صحيح؟", "نعم."}},
	{"ar", "ارتفع التضخم إلى 3.5 بالمئة. وهذا أعلى مستوى.", []string{"ارتفع التضخم إلى 3.5 بالمئة.", "وهذا أعلى مستوى."}},
	{"ar", "بلغ النمو ٢٫٥ بالمئة هذا العام. وتوقع البنك المزيد.", []string{"بلغ النمو ٢٫٥ بالمئة هذا العام.", "وتوقع البنك المزيد."}},
	{"ar", "التقى د. أحمد بالرئيس. وناقشا الأزمة.", []string{"التقى د. أحمد بالرئيس.", "وناقشا الأزمة."}},
	{"ar", "قال الرئيس: «لن نتراجع.» ثم غادر القاعة.", []string{"قال الرئيس: «لن نتراجع.»", "ثم غادر القاعة."}},
	{"ar", "لماذا الآن؟ لم يرد المتحدث!", []string{"لماذا الآن؟", "لم يرد المتحدث!"}},
	{"ar", "انتظر طويلا... ثم وقع الاتفاق.", []string{"انتظر طويلا...", "ثم وقع الاتفاق."}},
	{"ar", "بلغ عدد السكان ١٠٫٣ مليون نسمة. ويتوقع أن يرتفع.", []string{"بلغ عدد السكان ١٠٫٣ مليون نسمة.", "ويتوقع أن يرتفع."}},
	{"ar", "وقع الحادث في ١٥ مايو ٢٠٢٤. وأصيب ثلاثة أشخاص.", []string{"وقع الحادث في ١٥ مايو ٢٠٢٤.", "وأصيب ثلاثة أشخاص."}},
	{"ar", "ولد الشاعر عام 1950 م. وتوفي في القاهرة.", []string{"ولد الشاعر عام 1950 م.", "وتوفي في القاهرة."}},
	// Persian.
	{"fa", "وزیر گفت اقتصاد رشد کرد. آیا این درست است؟ بله.", []string{"وزیر گفت اقتصاد رشد کرد.", "آیا این درست است؟", "بله."}},
	{"fa", "تورم به ۴۵٫۵ درصد رسید. این بالاترین رقم است.", []string{"تورم به ۴۵٫۵ درصد رسید.", "این بالاترین رقم است."}},
	{"fa", "نرخ رشد 2.5 درصد بود. بانک مرکزی اعلام کرد.", []string{"نرخ رشد 2.5 درصد بود.", "بانک مرکزی اعلام کرد."}},
	{"fa", "رئیس جمهور گفت: «عقب نمی\u200cنشینیم.» سپس جلسه را ترک کرد.", []string{"رئیس جمهور گفت: «عقب نمی\u200cنشینیم.»", "سپس جلسه را ترک کرد."}},
	{"fa", "چرا اکنون؟ سخنگو پاسخی نداد!", []string{"چرا اکنون؟", "سخنگو پاسخی نداد!"}},
	{"fa", "این بنا در سال ۵۰۰ ق.م ساخته شد. امروز موزه است.", []string{"این بنا در سال ۵۰۰ ق.م ساخته شد.", "امروز موزه است."}},
	{"fa", "او مدتی صبر کرد... سپس امضا کرد.", []string{"او مدتی صبر کرد...", "سپس امضا کرد."}},
	{"fa", "دکتر. احمدی در جلسه حضور داشت. او سخنرانی کرد.", []string{"دکتر. احمدی در جلسه حضور داشت.", "او سخنرانی کرد."}},
	// Urdu.
	{"ur", "وزیر اعظم نے خطاب کیا۔ انہوں نے معیشت پر بات کی۔", []string{"وزیر اعظم نے خطاب کیا۔", "انہوں نے معیشت پر بات کی۔"}},
	{"ur", "کیا یہ سچ ہے؟ ہاں، یہ سچ ہے۔", []string{"کیا یہ سچ ہے؟", "ہاں، یہ سچ ہے۔"}},
	{"ur", "مہنگائی 12.5 فیصد تک پہنچ گئی۔ حکومت پریشان ہے۔", []string{"مہنگائی 12.5 فیصد تک پہنچ گئی۔", "حکومت پریشان ہے۔"}},
	{"ur", "شرح سود ۲۲٫۵ فیصد ہے۔ بینک نے اعلان کیا۔", []string{"شرح سود ۲۲٫۵ فیصد ہے۔", "بینک نے اعلان کیا۔"}},
	{"ur", "صدر نے کہا: ”ہم پیچھے نہیں ہٹیں گے۔“ پھر وہ چلے گئے۔", []string{"صدر نے کہا: ”ہم پیچھے نہیں ہٹیں گے۔“", "پھر وہ چلے گئے۔"}},
	{"ur", "ڈاکٹر. احمد نے رپورٹ پیش کی۔ یہ اہم ہے۔", []string{"ڈاکٹر. احمد نے رپورٹ پیش کی۔", "یہ اہم ہے۔"}},
	{"ur", "اب کیوں؟ ترجمان نے جواب نہیں دیا!", []string{"اب کیوں؟", "ترجمان نے جواب نہیں دیا!"}},
	{"ur", "وہ رکا... پھر دستخط کیے۔", []string{"وہ رکا...", "پھر دستخط کیے۔"}},
	// Hindi.
	{"hi", "प्रधानमंत्री ने भाषण दिया। उन्होंने अर्थव्यवस्था पर बात की।", []string{"प्रधानमंत्री ने भाषण दिया।", "उन्होंने अर्थव्यवस्था पर बात की।"}},
	{"hi", "क्या यह सच है? हाँ, यह सच है।", []string{"क्या यह सच है?", "हाँ, यह सच है।"}},
	{"hi", "महंगाई 6.5 प्रतिशत पर पहुंच गई। सरकार चिंतित है।", []string{"महंगाई 6.5 प्रतिशत पर पहुंच गई।", "सरकार चिंतित है।"}},
	{"hi", "डॉ. शर्मा ने रिपोर्ट पेश की। यह महत्वपूर्ण है।", []string{"डॉ. शर्मा ने रिपोर्ट पेश की।", "यह महत्वपूर्ण है।"}},
	{"hi", "श्री. मोदी दिल्ली पहुंचे। उनका स्वागत हुआ।", []string{"श्री. मोदी दिल्ली पहुंचे।", "उनका स्वागत हुआ।"}},
	{"hi", "मंत्री ने कहा, \"हम पीछे नहीं हटेंगे।\" फिर वे चले गए।", []string{"मंत्री ने कहा, \"हम पीछे नहीं हटेंगे।\"", "फिर वे चले गए।"}},
	{"hi", "विकास दर ७.२ प्रतिशत रही। यह अच्छी खबर है।", []string{"विकास दर ७.२ प्रतिशत रही।", "यह अच्छी खबर है।"}},
	{"hi", "अब क्यों? प्रवक्ता ने जवाब नहीं दिया!", []string{"अब क्यों?", "प्रवक्ता ने जवाब नहीं दिया!"}},
	{"hi", "बैठक 15 अगस्त 2024 को हुई। इसमें 50 लोग शामिल हुए।", []string{"बैठक 15 अगस्त 2024 को हुई।", "इसमें 50 लोग शामिल हुए।"}},
	{"hi", "गांव शहर से 5 कि.मी. दूर है। वहां सड़क नहीं है।", []string{"गांव शहर से 5 कि.मी. दूर है।", "वहां सड़क नहीं है।"}},
	// Marathi.
	{"mr", "मुख्यमंत्र्यांनी भाषण केले. त्यांनी विकासावर भर दिला.", []string{"मुख्यमंत्र्यांनी भाषण केले.", "त्यांनी विकासावर भर दिला."}},
	{"mr", "हे खरे आहे का? होय, हे खरे आहे।", []string{"हे खरे आहे का?", "होय, हे खरे आहे।"}},
	{"mr", "महागाई ५.८ टक्क्यांवर पोहोचली. सरकार चिंतेत आहे.", []string{"महागाई ५.८ टक्क्यांवर पोहोचली.", "सरकार चिंतेत आहे."}},
	{"mr", "डॉ. पाटील यांनी अहवाल सादर केला. तो महत्त्वाचा आहे.", []string{"डॉ. पाटील यांनी अहवाल सादर केला.", "तो महत्त्वाचा आहे."}},
	{"mr", "श्री. देशमुख पुण्यात आले. त्यांचे स्वागत झाले.", []string{"श्री. देशमुख पुण्यात आले.", "त्यांचे स्वागत झाले."}},
	{"mr", "दर 6.5 टक्के राहिला. ही चांगली बातमी आहे.", []string{"दर 6.5 टक्के राहिला.", "ही चांगली बातमी आहे."}},
	{"mr", "मंत्री म्हणाले, \"आम्ही मागे हटणार नाही.\" नंतर ते निघून गेले.", []string{"मंत्री म्हणाले, \"आम्ही मागे हटणार नाही.\"", "नंतर ते निघून गेले."}},
	{"mr", "आता का? प्रवक्त्याने उत्तर दिले नाही!", []string{"आता का?", "प्रवक्त्याने उत्तर दिले नाही!"}},
	// Amharic.
	{"am", "ጠቅላይ ሚኒስትሩ ንግግር አደረጉ። ስለ ኢኮኖሚው ተናገሩ።", []string{"ጠቅላይ ሚኒስትሩ ንግግር አደረጉ።", "ስለ ኢኮኖሚው ተናገሩ።"}},
	{"am", "ይህ እውነት ነው፧ አዎ እውነት ነው።", []string{"ይህ እውነት ነው፧", "አዎ እውነት ነው።"}},
	{"am", "የዋጋ ግሽበት 30.2 በመቶ ደርሷል። መንግሥት ተጨንቋል።", []string{"የዋጋ ግሽበት 30.2 በመቶ ደርሷል።", "መንግሥት ተጨንቋል።"}},
	{"am", "ይህ እውነት ነው? አዎ።", []string{"ይህ እውነት ነው?", "አዎ።"}},
	{"am", "ሚኒስትሩ «ወደ ኋላ አንልም።» አሉ። ከዚያም ሄዱ።", []string{"ሚኒስትሩ «ወደ ኋላ አንልም።» አሉ።", "ከዚያም ሄዱ።"}},
	{"am", "ዶ/ር አበበ ሪፖርቱን አቀረቡ። ሪፖርቱ አስፈላጊ ነው።", []string{"ዶ/ር አበበ ሪፖርቱን አቀረቡ።", "ሪፖርቱ አስፈላጊ ነው።"}},
	{"am", "ስብሰባው ተጠናቀቀ! ሁሉም ተደሰቱ።", []string{"ስብሰባው ተጠናቀቀ!", "ሁሉም ተደሰቱ።"}},
	{"am", "በ2015 ዓ.ም. ግድቡ ተጠናቀቀ። ኃይል ማመንጨት ጀመረ።", []string{"በ2015 ዓ.ም. ግድቡ ተጠናቀቀ።", "ኃይል ማመንጨት ጀመረ።"}},
	{"am", "ዶ/ር ዐቢይ አሕመድ ንግግር አደረጉ፡፡ ስብሰባው ተጠናቀቀ፡፡", []string{"ዶ/ር ዐቢይ አሕመድ ንግግር አደረጉ፡፡", "ስብሰባው ተጠናቀቀ፡፡"}},
	{"am", "ኢትዮጵያ፡ኤርትራ፡ሶማሊያ በስብሰባው ተገኙ።", []string{"ኢትዮጵያ፡ኤርትራ፡ሶማሊያ በስብሰባው ተገኙ።"}},
	// Burmese.
	{"my", "ဝန်ကြီးချုပ်က မိန့်ခွန်းပြောသည်။ စီးပွားရေးအကြောင်း ပြောသည်။", []string{"ဝန်ကြီးချုပ်က မိန့်ခွန်းပြောသည်။", "စီးပွားရေးအကြောင်း ပြောသည်။"}},
	{"my", "ငွေကြေးဖောင်းပွမှု ၅.၅ ရာခိုင်နှုန်း ရှိသည်။ အစိုးရက ကြေညာသည်။", []string{"ငွေကြေးဖောင်းပွမှု ၅.၅ ရာခိုင်နှုန်း ရှိသည်။", "အစိုးရက ကြေညာသည်။"}},
	{"my", "ဒါ မှန်သလား? ဟုတ်ကဲ့။", []string{"ဒါ မှန်သလား?", "ဟုတ်ကဲ့။"}},
	{"my", "သူက “ကျွန်တော်တို့ နောက်မဆုတ်ဘူး။” ဟု ပြောသည်။ ထို့နောက် ထွက်သွားသည်။", []string{"သူက “ကျွန်တော်တို့ နောက်မဆုတ်ဘူး။” ဟု ပြောသည်။", "ထို့နောက် ထွက်သွားသည်။"}},
	{"my", "စီးပွားရေး 3.2 ရာခိုင်နှုန်း တိုးသည်။ ဘဏ်က ခန့်မှန်းသည်။", []string{"စီးပွားရေး 3.2 ရာခိုင်နှုန်း တိုးသည်။", "ဘဏ်က ခန့်မှန်းသည်။"}},
	{"my", "အစည်းအဝေး ပြီးဆုံးသည်! လူတိုင်း ဝမ်းသာကြသည်။", []string{"အစည်းအဝေး ပြီးဆုံးသည်!", "လူတိုင်း ဝမ်းသာကြသည်။"}},
	{"my", "ရန်ကုန်မြို့တွင် မိုးရွာသည်၊ လမ်းများ ရေလွှမ်းသည်။ ကားများ ပိတ်မိသည်။", []string{"ရန်ကုန်မြို့တွင် မိုးရွာသည်၊ လမ်းများ ရေလွှမ်းသည်။", "ကားများ ပိတ်မိသည်။"}},
	{"my", "ဒေါက်တာ အောင်က အစီရင်ခံစာ တင်သွင်းသည်။ ၎င်းသည် အရေးကြီးသည်။", []string{"ဒေါက်တာ အောင်က အစီရင်ခံစာ တင်သွင်းသည်။", "၎င်းသည် အရေးကြီးသည်။"}},
	// Chinese.
	{"zh", "国务院总理发表讲话。他强调了经济发展。", []string{"国务院总理发表讲话。", "他强调了经济发展。"}},
	{"zh", "这是真的吗？是的！", []string{"这是真的吗？", "是的！"}},
	{"zh", "通胀率达到2.5%。央行表示关注。", []string{"通胀率达到2.5%。", "央行表示关注。"}},
	{"zh", "他说：“我们不会退让。”随后离开了会场。", []string{"他说：“我们不会退让。”", "随后离开了会场。"}},
	{"zh", "发言人说：「这是最终决定。」记者继续追问。", []string{"发言人说：「这是最终决定。」", "记者继续追问。"}},
	{"zh", "他犹豫了……最后还是签了字。", []string{"他犹豫了……最后还是签了字。"}},
	{"zh", "第1.5版软件已经发布。用户可以下载。", []string{"第1.5版软件已经发布。", "用户可以下载。"}},
	{"zh", "会议讨论了三个问题：一、经济；二、环境；三、教育。会议持续了三个小时。", []string{"会议讨论了三个问题：一、经济；二、环境；三、教育。", "会议持续了三个小时。"}},
	{"zh", "他说：「会议结束了。」『明天再谈。』大家都同意。", []string{"他说：「会议结束了。」", "『明天再谈。』", "大家都同意。"}},
	{"zh", "他说：“会议结束了！”大家纷纷离场。", []string{"他说：“会议结束了！”", "大家纷纷离场。"}},
}

// languageKnownMisses are language cases bitext knowingly fails, by text,
// with the reason; TestLanguages logs them and does not fail on them.
var languageKnownMisses = map[string]string{
	"ولد الشاعر عام 1950 م. وتوفي في القاهرة.": "\"م.\" is listed as a title (م. = engineer before a name); after a year it is the era mark (ميلادي) and may end a sentence, and Arabic has no case or starter list to tell the two apart",
}

func TestLanguages(t *testing.T) {
	type count struct{ cases, pass int }
	per := map[string]*count{}
	var langs []string
	for _, tc := range languageCases {
		c := per[tc.lang]
		if c == nil {
			c = &count{}
			per[tc.lang] = c
			langs = append(langs, tc.lang)
		}
		c.cases++
		var got []string
		for _, s := range mustNew(t, tc.lang).SplitString(tc.text) {
			got = append(got, s.Text)
		}
		switch why, known := languageKnownMisses[tc.text]; {
		case slices.Equal(got, tc.want):
			c.pass++
			if known {
				t.Errorf("%s: SplitString(%q) now passes; remove it from languageKnownMisses", tc.lang, tc.text)
			}
		case known:
			t.Logf("known miss: %s: SplitString(%q) = %q: %s", tc.lang, tc.text, got, why)
		default:
			t.Errorf("%s: SplitString(%q) =\n\t%q\nwant\n\t%q", tc.lang, tc.text, got, tc.want)
		}
	}
	for _, l := range langs {
		c := per[l]
		if c.cases < 8 {
			t.Errorf("%s: %d cases; want at least 8", l, c.cases)
		}
		t.Logf("%s: %d/%d cases pass", l, c.pass, c.cases)
	}
}
