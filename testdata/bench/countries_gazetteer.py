#!/usr/bin/env python3
"""The world's countries by their other and former names: writes
normalize/countries.tsv, the gazetteer's table of countries (issue 11:
Zaire and the Democratic Republic of the Congo, Upper Volta and Burkina
Faso, Holland and the Netherlands in Danish, Deutschland and Germany).
Usage:

    apt-get install iso-codes
    countries_gazetteer.py BIN > normalize/countries.tsv

then `go test ./normalize -run TestPlaceIndex -update-places` writes the
index the binary embeds (normalize/place_index.bin, with places.tsv's).
BIN is a bitext, asked for the matcher's keys of the names (`names key`).
Unlike places_gazetteer.py, the script keeps the names the matcher already
joins to the country's English name (Anguila, Anguilla): the gazetteer
also tells two countries' names apart (Anguila, Angola; Slovenia,
Slovakia), which it can only of names the table has.

Source: Debian's iso-codes (4.15.0; the ISO 3166 lists and their
translations, LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-1.json and
iso_3166-3.json, and the gettext catalogues iso_3166-1.mo and
iso_3166-3.mo of the languages places_gazetteer.py keeps (LANGS), in its
scripts (SCRIPTS).

Kept, for each country of ISO 3166-1:
- its English name, official name and common name; a name ISO writes
  inverted ("Korea, Republic of") turned round ("Republic of Korea") when
  what follows the comma ends in "of" or "the", never cut to the part
  before the comma (Korea, Congo: that is two countries' part); a name
  with a parenthesis as its two names (Holy See, Vatican City State);
- their translations without a comma or a parenthesis (Deutschland,
  Holland in Danish, Киргизия);
- its former names (ISO 3166-3) when the former country is the same
  country renamed: ISO names the successor (the last two letters of the
  four-letter code, or the same code when they are AA) and the former
  country has the successor's numeric code, the United Nations' number of
  a territory, which changes when the territory does (Zaire, 180, and the
  Democratic Republic of the Congo; Burma, Byelorussian SSR, Upper Volta,
  Dahomey, Southern Rhodesia, New Hebrides, East Timor). A union or a part
  is never joined: the USSR, Czechoslovakia and Yugoslavia were divided
  (HH), the German Democratic Republic (278), South Yemen, Sikkim and the
  Panama Canal Zone joined another country under its number. A former
  name is taken whole and by its part before the comma ("Zaire, Republic
  of": Zaire, Republic of Zaire), in English and translated;
- no name two countries share after folding or by the matcher's key
  (`BIN names key`), but in the country whose English name it is: Нигерь,
  a name of Nigeria in one catalogue, has Niger's key and is left out,
  Niger kept; nor a name with the matcher's key of a language's English
  name (ISO 639-2, iso_639-2.json) unless it is the key of the country's
  English name (Тонга, Tonga), in Latin or Cyrillic (placeForm reads a
  name in another script apart from Latin names): Герман, Germany in Mongolian, reads as
  German, and `normalize --check` took German for a spelling of Germany;
  Словак, Slovakia in one catalogue, reads as Slovak; nor a name of two
  letters or fewer.

Columns: place (the ISO 3166-1 alpha-2 code), the ISO numeric code, the
names separated by "|", the English name (common, else the name turned
round) first. Rows by code, every country of ISO 3166-1.
"""

import gettext
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from places_gazetteer import LANGS, fold, script_in, script_ok  # noqa: E402

# The scripts whose names the gazetteer finds by their own script's names
# only, never by a Latin name (placeForm's tag): a language's English name
# cannot reach them.
TAGGED = ("GREEK", "ARABIC", "HEBREW", "CJK UNIFIED", "KATAKANA", "HIRAGANA", "GEORGIAN", "ARMENIAN")

ISO = "/usr/share/iso-codes/json"
LOCALE = "/usr/share/locale"


def catalogs(domain):
    out = []
    for lang in sorted(os.listdir(LOCALE)):
        p = os.path.join(LOCALE, lang, "LC_MESSAGES", domain + ".mo")
        if lang in LANGS and os.path.exists(p):
            with open(p, "rb") as f:
                out.append(gettext.GNUTranslations(f)._catalog)
    return out


def turned(name):
    """An inverted ISO name turned round, or None when it is not one."""
    if ", " not in name:
        return name
    head, tail = name.split(", ", 1)
    if re.search(r"\b(of|of the|the)$", tail, re.I):
        return re.sub(r"^the ", "", tail + " " + head, flags=re.I)
    return None


def parts(name):
    """A name with a parenthesis as its two names."""
    m = re.match(r"^(.*?) \((.*)\)$", name)
    return [m.group(1), m.group(2)] if m else [name]


def language_names():
    """The English names of the languages of ISO 639-2 (German; Greek of
    "Greek, Modern (1453-)"), the adjectives of most peoples."""
    path = os.path.join(ISO, "iso_639-2.json")
    out = set()
    for lang in json.load(open(path, encoding="utf-8"))["639-2"]:
        for n in lang["name"].split("; "):
            n = re.sub(r" \(.*\)$", "", n.split(", ")[0])
            if " " not in n:
                out.add(n)
    return sorted(out)


def keys_of(bin_, names):
    """The matcher's key of each name (`BIN names key`)."""
    out = subprocess.run([bin_, "names", "key", "-"], input="".join(n + "\n" for n in names),
                         check=True, capture_output=True, text=True).stdout.split("\n")
    assert len(out) >= len(names), (len(out), len(names))
    return out[:len(names)]


def main():
    bin_ = sys.argv[1]
    cur = json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    old = json.load(open(os.path.join(ISO, "iso_3166-3.json"), encoding="utf-8"))["3166-3"]
    cat1, cat3 = catalogs("iso_3166-1"), catalogs("iso_3166-3")
    numeric = {c["alpha_2"]: c.get("numeric") for c in cur}
    names, english = {}, {}
    for c in cur:
        en = [c[k] for k in ("common_name", "name", "official_name") if k in c]
        ns = []
        for n in en:
            t = turned(n)
            if t:
                ns += parts(re.sub(r"^the ", "", t))
        english[c["alpha_2"]] = list(ns)
        for n in en:
            ns += [cat[n] for cat in cat1 if n in cat and not re.search(r"[,(;]", cat[n])]
        names[c["alpha_2"]] = ns
    for f in old:
        succ = f["alpha_4"][2:]
        if succ == "AA":
            succ = f["alpha_2"]
        if succ not in numeric or not f.get("numeric") or f["numeric"] != numeric[succ]:
            continue
        for n in [f["name"]] + [cat[f["name"]] for cat in cat3 if f["name"] in cat]:
            if ";" in n or "(" in n:
                continue
            names[succ].append(n.split(", ")[0])
            if ", " in n and turned(n):
                names[succ].append(turned(n))
    languages = language_names()
    every = sorted({n for ns in names.values() for n in ns} | set(languages))
    keys = dict(zip(every, keys_of(bin_, every)))
    language_keys = {keys[n] for n in languages}
    owners, english_owners = {}, {}
    for code, ns in names.items():
        for n in ns:
            for k in (fold(n), "key:" + keys[n]):
                owners.setdefault(k, set()).add(code)
                if n in english[code]:
                    english_owners.setdefault(k, set()).add(code)
    rows = []
    for c in sorted(cur, key=lambda c: c["alpha_2"]):
        code, seen, kept = c["alpha_2"], set(), []
        for raw in names[code]:
            n, f = " ".join(raw.split()), fold(raw)
            shared = any(len(owners[k]) > 1 and english_owners.get(k) != {code}
                         for k in (f, "key:" + keys[raw]))
            word = (keys[raw] in language_keys and keys[raw] not in {keys[e] for e in english[code]}
                    and not script_in(raw, TAGGED))
            if len(f) <= 2 or f in seen or shared or word or not script_ok(n):
                continue
            seen.add(f)
            kept.append(n)
        rows.append((code, c["numeric"], kept))
    print("# The world's countries (ISO 3166-1) with their other names: English, official,")
    print("# common and translated, and their former names when the former country is the same")
    print("# renamed (ISO 3166-3, one numeric code). From Debian's iso-codes 4.15.0 (LGPL-2.1+);")
    print("# written by testdata/bench/countries_gazetteer.py.")
    print("# place\tnumeric\tnames")
    for code, num, ns in rows:
        print("%s\t%s\t%s" % (code, num, "|".join(ns)))


if __name__ == "__main__":
    main()
