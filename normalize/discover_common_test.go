package normalize

import (
	"slices"
	"strings"
	"testing"
)

// TestInconsistentCommonPhrase: capitalised common words (a heading, a
// title) written with a hyphen or a space, in the plural, with another
// common word or as one word are no name spelt two ways when the text
// also writes those words in lower case; a name is ("Al Qaeda").
func TestInconsistentCommonPhrase(t *testing.T) {
	for _, in := range []string{
		// A hyphen or a space.
		"Spoofing the User-Agent string.\nSpoofing the User-Agent header.\nHow to change the User Agent in a browser.\nThe user agent string and the agent of the user.\n",
		// The plural, with another common word before it.
		"    Description=SSH Socket for Per-Connection Servers\n\n    Description=SSH Per-Connection Server\n\n" +
			"Servers run per connection; a server runs ssh for each connection.\n",
		// One word.
		"The Web Browser is Chromium.\nOpen the Web Browser.\nCategories=Network;WebBrowser;\nAny web browser works.\n",
	} {
		if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 0 {
			t.Errorf("check of %q reported %q; want nothing", in, got)
		}
	}
	// The same words never written in lower case are a name.
	in := "Abu Sabiriya claimed it. Abu Sabiriya said so.\nThen Abu-Sabiriya denied it.\nThe abu of the text.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 1 {
		t.Errorf("check of %q reported %q; want Abu-Sabiriya", in, got)
	}
	in = "The Secure Sockets Layer (SSL) and the Secure Sockets Layer.\nA Secure Socket Layer.\nA secure socket, sockets and a layer.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 1 {
		t.Errorf("check of %q reported %q; want Secure Socket Layer (a plural inside the name)", in, got)
	}
}

// TestInconsistentWrappedURL: a URL broken over two lines is still a URL,
// and so is a domain with a path; the name inside is not reported.
func TestInconsistentWrappedURL(t *testing.T) {
	for _, in := range []string{
		// Broken after the scheme: the rest is a domain and a path.
		"For Xfce, see Thunar - Custom Actions and https://\n help.ubuntu.com/community/ThunarCustomActions.\nThunar - Custom Actions again.\n",
		// Broken inside the path: the rest is no URL by itself.
		"For Xfce, see Thunar - Custom Actions and https://help.ubuntu.com/\n community/ThunarCustomActions.\nThunar - Custom Actions again.\n",
		// A domain and a path, no scheme.
		"For Xfce, see Thunar - Custom Actions and help.ubuntu.com/community/ThunarCustomActions.\nThunar - Custom Actions again.\n",
	} {
		if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 0 {
			t.Errorf("check of %q reported %q; want nothing", in, got)
		}
	}
	// The chunk after a line break is no address when the line above ends
	// in a word.
	in := "For Xfce, see Thunar - Custom Actions and the\n ThunarCustomActions page.\nThunar - Custom Actions again.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 1 {
		t.Errorf("check of %q reported %q; want ThunarCustomActions", in, got)
	}
}

// TestDiscoverNotDerivedOrAcronym: a demonym of a place the text names is
// no spelling of another word ("Korean", "Korn"), nor is a form without an
// acronym word of one with it ("Macs", "Mac OS"); a name that merely ends
// as a demonym does is ("Zephon", "Ziphion").
func TestDiscoverNotDerivedOrAcronym(t *testing.T) {
	d := NewDiscoverer()
	d.Add("The Korn shell. A Korn script. Korean text. Korean input. Korea is far.\n" +
		"Intel-based Macs use GPT. Apple Macs too. Apple: Mac OS. Later Mac OS versions.\n" +
		"Windows XP and WindowsXP.\n" +
		// Zephon is no demonym of Zepho: a spelling of Ziphion still.
		"The sons of Zepho. Of Zephon, the family of the Zephonites. Ziphion and Haggi.\n")
	var got []string
	for _, c := range d.Clusters(SameThreshold) {
		var vs []string
		for _, v := range c.Variants {
			vs = append(vs, v.Form)
		}
		slices.Sort(vs)
		got = append(got, strings.Join(vs, "|"))
	}
	slices.Sort(got)
	if want := []string{"Windows XP|WindowsXP", "Zephon|Ziphion"}; !slices.Equal(got, want) {
		t.Errorf("clusters %q; want %q", got, want)
	}
}

// TestInconsistentCompoundHyphen: a name written with hyphens only as the
// first part of a compound ("System-V-like") is no spelling of it with
// spaces, and a check or --unify leaves the compound as it is.
func TestInconsistentCompoundHyphen(t *testing.T) {
	in := "|System-V-like init utilities|\n|System-V-like runlevel change|\n|System-V-like utilities|\n" +
		"It was System V Release 4.\nThe ps command supports both BSD and SystemV\noptions.\n|System V|ps -efH|\n|System V|ps -ef|\n"
	_, got := collectRewrite(t, DefaultGlossary(), in, true)
	if want := []string{"5:38 SystemV -> System V"}; !slices.Equal(got, want) {
		t.Errorf("check reported %q; want %q", got, want)
	}
	out, _ := collectRewrite(t, DefaultGlossary().Unified(), in, false)
	if want := strings.Replace(in, "SystemV", "System V", 1); out != want {
		t.Errorf("unify = %q; want %q", out, want)
	}
}

// TestDiscoverSkipsAddresses: discover takes no candidate from a URL (also
// one wrapped after its scheme, or written without one) or an e-mail
// address, as the rewrite does; a hashtag stays a candidate, and a name
// written in prose is still found.
func TestDiscoverSkipsAddresses(t *testing.T) {
	for _, in := range []string{
		"For Xfce, see Thunar - Custom Actions and https://\n help.ubuntu.com/community/ThunarCustomActions.\nThunar - Custom Actions again.\n",
		"For Xfce, see Thunar - Custom Actions and https://help.ubuntu.com/\n community/ThunarCustomActions.\nThunar - Custom Actions again.\n",
		"For Xfce, see Thunar - Custom Actions and help.ubuntu.com/community/ThunarCustomActions.\nThunar - Custom Actions again.\n",
		"For Xfce, see Thunar - Custom Actions or write to ThunarCustomActions@example.org.\nThunar - Custom Actions again.\n",
	} {
		d := NewDiscoverer()
		d.Add(in)
		for _, c := range d.Clusters(SameThreshold) {
			t.Errorf("discover of %q: cluster %+v; want none", in, c)
		}
	}
	// The same spelling in prose, and as a hashtag, is linked.
	for _, in := range []string{
		"For Xfce, see Thunar - Custom Actions and the\n ThunarCustomActions page.\nThunar - Custom Actions again.\n",
		"For Xfce, see Thunar - Custom Actions and #ThunarCustomActions.\nThunar - Custom Actions again.\n",
	} {
		d := NewDiscoverer()
		d.Add(in)
		if cs := d.Clusters(SameThreshold); len(cs) != 1 || len(cs[0].Variants) != 2 {
			t.Errorf("discover of %q: clusters %+v; want Thunar - Custom Actions and ThunarCustomActions", in, cs)
		}
	}
}

// TestDiscoverDemonymOfPlace: the demonym of a place of two words or more
// ("South Australian" of "South Australia") and one in -ian that drops the
// place's final a ("Argentinian" of "Argentina") are words of their own, no
// spellings of the place; a check of a text with both reports nothing.
func TestDiscoverDemonymOfPlace(t *testing.T) {
	in := "Stores in South Australia and Western Australia face a rival.\n" +
		"South Australian and Western Australian shoppers are loyal. South Australian fans agree.\n" +
		"Argentina won. The Argentinian coach smiled.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 0 {
		t.Errorf("check of %q reported %q; want nothing", in, got)
	}
	d := NewDiscoverer()
	d.Add(in)
	for _, c := range d.Clusters(SameThreshold) {
		if len(c.Variants) > 1 {
			t.Errorf("discover clustered %+v; want no cluster", c.Variants)
		}
	}
	// A name whose last word is no demonym is still two spellings.
	in = "Lt Col Said Al-Mansouri spoke.\nSaid Al-Mansouri left.\nThen Said Al-Mansoury came back.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 1 {
		t.Errorf("check of %q reported %q; want Said Al-Mansoury", in, got)
	}
}

// TestInconsistentSentenceOpener: a word that starts sentences, or its
// contraction ("Since", "They're"), written only at the start of
// sentences, is no name: no spelling of "Science" or of "There".
func TestInconsistentSentenceOpener(t *testing.T) {
	in := "There was the handshake.\nThey're banking on a rush.\nThe study was published by Science.\nSince the growth is slow, it waits.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 0 {
		t.Errorf("check of %q reported %q; want nothing", in, got)
	}
	// A name seen inside a sentence is still one.
	in = "Thereza Saidi spoke. Then Theresa Saidi left.\nTheresa Saidi and Theresa Saidi agreed.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 1 {
		t.Errorf("check of %q reported %q; want Thereza Saidi", in, got)
	}
}

// TestDiscoverRomanNumeralsApart: names that differ in a Roman numeral
// are two names, not two spellings ("World War I", "World War II").
func TestDiscoverRomanNumeralsApart(t *testing.T) {
	in := "After World War II the town grew.\nIt had lost men in World War I.\nWorld War II ended in 1945.\n"
	if _, got := collectRewrite(t, DefaultGlossary(), in, true); len(got) != 0 {
		t.Errorf("check of %q reported %q; want nothing", in, got)
	}
	d := NewDiscoverer()
	d.Add(in + "Queen Elizabeth II spoke. Elizabeth I reigned. Then Elizabeth II left.\n")
	for _, c := range d.Clusters(SameThreshold) {
		if len(c.Variants) > 1 {
			t.Errorf("discover clustered %+v; want no cluster", c.Variants)
		}
	}
	for w, want := range map[string]bool{"I": true, "II": true, "XIV": true, "XXXIX": true, "IIII": false, "XXXX": false, "Ivan": false, "": false, "MIX": false} {
		if got := romanNumeral(w); got != want {
			t.Errorf("romanNumeral(%q) = %v; want %v", w, got, want)
		}
	}
}
