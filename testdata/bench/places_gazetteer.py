#!/usr/bin/env python3
"""The world's cities and first-level divisions with their names in other
languages: writes normalize/places.tsv, the gazetteer the name matcher
consults (issue 11: exonyms and renamings, Canton/Guangzhou, Tiflis/
Tbilisi, Danzig/Gdansk, Kishinev/Chisinau). Usage:

    apt-get download libgeonames0 libgeonames-common
    places_gazetteer.py MINPOP BIN libgeonames0_*.deb libgeonames-common_*.deb \\
        > normalize/places.tsv

then `go test ./normalize -run TestPlaceIndex -update-places` writes the
index the binary embeds (normalize/place_index.bin). Needs dpkg-deb and
gresource (Debian package libglib2.0-bin). Reads the packages as
uk_places.py does (its read_cities, catalog and deb_extract).

Source: GeoNames (geonames.org, CC BY 4.0) as Debian's geonames packages
(0.3.0-1, UBports) ship it: libgeonames0 embeds the cities of 15,000
people or more, libgeonames-common has one name a language for each city
id and first-level division code ("DE.02") as gettext catalogues (190 of
them).

Kept:
- cities of MINPOP people or more (the matcher's table: 15,000), and the
  first-level divisions of the countries that have such a city;
- of each place, its GeoNames name and its names in the catalogues of LANGS
  (66 of the 190) that are written in the Latin, Cyrillic, Greek, Arabic,
  Hebrew, Han, Georgian or Armenian script or in kana alone, one each after
  folding case, marks, hyphens and apostrophes (Muenchen, München: one),
  and without a name of two letters or fewer; of a city under SMALL
  people, only its names in other scripts than Latin and Cyrillic;
- of those, only the names the matcher does not already join: a name is
  left out when `BIN names match` scores it "same" as the place's GeoNames
  name (Tbilissi, Tbilisi; Мюнхен, Munich), so that the table holds what
  no spelling rule sees (Tiflis, Danzig, Canton, Кишинев). BIN is a bitext
  whose gazetteer is empty, built with normalize/places.tsv cut to its
  header (the table of normalize/places.tsv was pruned by the matcher of
  branch places61's base, main of 6 December 2026);
- a division's names as GeoNames writes them, with the generic word some
  languages add ("Province de Shaanxi", "Vilnius County"): no name is
  made up.

Columns: place (a GeoNames id, or a division's code), population (a
division's: its largest kept city's), names separated by "|", the
GeoNames name first. Rows by population, largest first, so that the
table's order ranks a name two places share.
"""

import os
import subprocess
import sys
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uk_places  # noqa: E402

# The languages whose names are kept: the written languages of Europe,
# the Middle East and Central, South and East Asia that write in SCRIPTS,
# not the constructed ones (eo, ia) nor the romanizations of spoken
# varieties (hak, nan: Kóng-chû-sṳ).
LANGS = set("""af ar az be bg bs ca cs cy da de el en es et eu fa fi fr ga gl he hr hu
hy id is it ja ka kk ky lb lt lv mk mn ms mt nb nl nn pl ps pt ro ru sk sl sq sr sv sw tg
tk tl tr tt uk ur uz vi yi zh zh_CN zh_TW""".split())

SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "CJK UNIFIED",
           "KATAKANA", "HIRAGANA", "GEORGIAN", "ARMENIAN")
SKIP = set(" -'’‘ʼ.·・")


def script_ok(name):
    """Whether every letter of name is of one of SCRIPTS."""
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    for c in letters:
        n = unicodedata.name(c, "")
        if not n.startswith(SCRIPTS):
            return False
    return True


# A city of fewer people than SMALL keeps, besides its GeoNames name, only
# its names in other scripts than Latin and Cyrillic (Greek, Arabic,
# Hebrew, Han, kana, Georgian, Armenian). Its Latin and Cyrillic names are
# mostly a Baltic or Slavic language's declension or reading of the place's
# own name, many of them a person's name too: Martina (Martin, Slovakia),
# Gubina (Gubin), Тона (Tōno) joined Martin and Martina, Gubin and Gubina,
# Tono and Tona in the names check sets (branch places62).
SMALL = 100000


def script_in(name, scripts):
    """Whether a letter of name is of one of scripts."""
    return any(unicodedata.name(c, "").startswith(scripts) for c in name if c.isalpha())


def fold(name):
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c) and c not in SKIP)
    return s.replace("ue", "u").replace("oe", "o").replace("ae", "a")


def names_of(key, first, catalogs):
    seen, out = set(), []
    for n in [first] + [c[key] for c in catalogs if key in c]:
        n = " ".join(n.split())
        f = fold(n)
        if "|" in n or len(f) <= 2 or f in seen or not script_ok(n):
            continue
        seen.add(f)
        out.append(n)
    return out


SAME = 0.86  # normalize.SameThreshold


def pair_scores(bin_, pairs):
    """The matcher's score of each pair."""
    data = "".join("%s\t%s\n" % p for p in pairs)
    out = subprocess.run([bin_, "names", "match", "-"], input=data,
                         check=True, capture_output=True, text=True).stdout
    scores = [float(line.split("\t")[0]) for line in out.splitlines()]
    assert len(scores) == len(pairs), (len(scores), len(pairs))
    return scores


def prune(bin_, rows):
    """rows with the names the matcher joins to the first left out."""
    pairs = [(names[0], n) for _, _, names in rows for n in names[1:]]
    scores = iter(pair_scores(bin_, pairs))
    out = []
    for pop, gid, names in rows:
        kept = names[:1] + [n for n in names[1:] if next(scores) < SAME]
        out.append((pop, gid, kept))
    return out


def read_geonames(so_deb, names_deb):
    """The cities of Debian's libgeonames0 package so_deb and the name
    catalogues of libgeonames-common names_deb for the languages of LANGS,
    in the order of their language codes."""
    with tempfile.TemporaryDirectory() as tmp:
        for d in (so_deb, names_deb):
            uk_places.deb_extract(d, tmp)
        so = [os.path.join(r, f) for r, _, fs in os.walk(tmp) for f in fs if f.startswith("libgeonames.so.")][0]
        cities = list(uk_places.read_cities(so))
        loc = os.path.join(tmp, "usr/share/locale")
        catalogs = []
        for lang in sorted(os.listdir(loc)):
            if lang not in LANGS:
                continue
            mo = os.path.join(loc, lang, "LC_MESSAGES/geonames.mo")
            if os.path.exists(mo):
                catalogs.append(uk_places.catalog(mo))
    return cities, catalogs


def main():
    minpop = int(sys.argv[1])
    bin_, so_deb, names_deb = sys.argv[2:5]
    cities, catalogs = read_geonames(so_deb, names_deb)

    rows = []
    divisions = {}
    for gid, name, a1code, a1name, cc, _country, _tz, pop in cities:
        if pop < minpop:
            continue
        ns = names_of(gid, name, catalogs)
        if pop < SMALL:
            ns = ns[:1] + [n for n in ns[1:] if not script_in(n, ("LATIN", "CYRILLIC"))]
        rows.append((pop, gid, ns))
        code = cc + "." + a1code
        if a1code and a1name and (code not in divisions or divisions[code][0] < pop):
            divisions[code] = (pop, a1name)
    for code, (pop, a1name) in divisions.items():
        rows.append((pop, code, names_of(code, a1name, catalogs)))
    rows.sort(key=lambda r: (-r[0], r[1]))
    rows = prune(bin_, [r for r in rows if len(r[2]) >= 2])
    print("# The world's cities of %d people or more and their countries' first-level" % minpop)
    print("# divisions, with their names in other languages (Latin, Cyrillic, Greek, Arabic,")
    print("# Hebrew, Han, kana, Georgian, Armenian). From GeoNames (www.geonames.org, CC BY 4.0) as Debian's libgeonames0")
    print("# and libgeonames-common 0.3.0-1 ship it; written by testdata/bench/places_gazetteer.py.")
    print("# place\tpopulation\tnames")
    for pop, gid, names in rows:
        if len(names) >= 2:  # the names the matcher does not join
            print("%s\t%d\t%s" % (gid, pop, "|".join(names)))


if __name__ == "__main__":
    main()
