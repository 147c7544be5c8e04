#!/usr/bin/env python3
"""Ukraine's cities and oblasts in their Ukrainian and Russian Cyrillic forms:
writes normalize/ukplaces.tsv (issue 11: "Ukrainian vs Russian forms of
places"). Usage:

    apt-get download libgeonames0 libgeonames-common libgweather-4-common
    uk_places.py libgeonames0_*.deb libgeonames-common_*.deb \\
        libgweather-4-common_*.deb > normalize/ukplaces.tsv

needs dpkg-deb and gresource (Debian package libglib2.0-bin).

Source: GeoNames (geonames.org, CC BY 4.0) as Debian's geonames packages
(0.3.0-1, UBports) ship it: libgeonames0 embeds the cities of 15,000
people or more (GResource /com/lomiri/geonames/cities.compiled: id, name,
admin1 code, admin1 name, country code, country, time zone, population,
latitude, longitude), and libgeonames-common has GeoNames' alternate names
for each city id and admin1 code ("UA.16") as gettext catalogues, one a
language (uk, ru). Only their pairing of a Ukrainian and a Russian form of
one place is used.

Kept:
- cities of Ukraine of 50,000 people or more, and every oblast centre
  (the city of the oblast's name);
- oblasts (admin1 "... область" in both languages), as the adjective;
- only when both forms are Cyrillic, the Ukrainian without Russian-only
  letters (ы э ъ ё) and the Russian without Ukrainian-only ones (і ї є ґ),
  and (a place both languages spell alike, Житомир, still has two
  romanizations: Zhytomyr, Zhitomir) the Ukrainian form read by Ukraine's national
  romanization agrees with GeoNames' own (Latin) name of the place
  (difflib ratio >= 0.7 after folding y/i and apostrophes): GeoNames'
  "Ukrainian" name is for a few cities the Russian or a former name
  (Rivne: Ровно; Pokrovsk: Красноармійськ), and a former name is no form
  of the current one.
- Where GeoNames' Ukrainian form fails that test, libgweather's
  translations (GNOME, GPL-2+: the names of libgweather-4.0-locations in
  its uk and ru catalogues) give the pair when libgweather has the city
  under GeoNames' Latin name (Rivne: Рівне/Ровно); the row's source
  column says which.

Columns: Ukrainian, Russian, kind (city or oblast), group (the admin1 code
shared by an oblast and its centre, so that "Mykolaiv Oblast" and
"Николаевская область" are one oblast; empty for other cities), GeoNames
id, population, source.
"""

import difflib
import gettext
import os
import re
import struct
import subprocess
import sys
import tempfile

UK_ONLY = set("іїєґІЇЄҐ")
RU_ONLY = set("ыэъёЫЭЪЁ")
CYR = re.compile(r"^[А-Яа-яІіЇїЄєҐґЁё' ’ʼ-]+$")

# Ukraine's national romanization (Cabinet of Ministers resolution 55 of
# 2010): the first value at the start of a word, the second elsewhere.
UK_NAT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e",
    "є": ("ye", "ie"), "ж": "zh", "з": "z", "и": "y", "і": "i",
    "ї": ("yi", "i"), "й": ("y", "i"), "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ь": "", "ю": ("yu", "iu"), "я": ("ya", "ia"), "'": "", "’": "", "ʼ": "",
}


def uk_national(s):
    out = []
    start = True
    for c in s.lower():
        v = UK_NAT.get(c, c)
        if isinstance(v, tuple):
            v = v[0] if start else v[1]
        out.append(v)
        start = c in " -"
    return "".join(out)


def fold(s):
    s = s.lower()
    for a, b in (("'", ""), ("’", ""), ("‘", ""), ("y", "i"), ("-", " ")):
        s = s.replace(a, b)
    return s


def deb_extract(deb, into):
    subprocess.run(["dpkg-deb", "-x", deb, into], check=True)


def read_cities(so):
    blob = subprocess.run(
        ["gresource", "extract", so, "/com/lomiri/geonames/cities.compiled"],
        check=True, capture_output=True).stdout
    # A GVariant array of variable-size tuples (sssssss i dd): the array's
    # framing offsets (4 bytes each, as the blob is over 64 KiB) end it,
    # each tuple ends with the end offsets of its seven strings, reversed.
    n = len(blob)
    table = struct.unpack_from("<I", blob, n - 4)[0]
    ends = struct.unpack_from("<%dI" % ((n - table) // 4), blob, table)
    start = 0
    for end in ends:
        e = blob[start:end]
        size = len(e)
        osz = 1 if size < 256 else 2 if size < 65536 else 4
        offs = [int.from_bytes(e[size - (i + 1) * osz:size - i * osz], "little") for i in range(7)]
        strs, p = [], 0
        for f in offs:
            strs.append(e[p:f - 1].decode("utf-8"))
            p = f
        p = (p + 3) & ~3
        pop = struct.unpack_from("<i", e, p)[0]
        yield strs + [pop]
        start = (end + 7) & ~7


def catalog(path):
    with open(path, "rb") as f:
        return gettext.GNUTranslations(f)._catalog


def ok_pair(uk, ru):
    return (uk and ru and CYR.match(uk) and CYR.match(ru)
            and not set(uk) & RU_ONLY and not set(ru) & UK_ONLY)


def agrees(uk, latin):
    return difflib.SequenceMatcher(None, fold(uk_national(uk)), fold(latin)).ratio() >= 0.7


def main():
    so_deb, names_deb, gweather_deb = sys.argv[1:4]
    with tempfile.TemporaryDirectory() as tmp:
        for d in (so_deb, names_deb, gweather_deb):
            deb_extract(d, tmp)
        so = [os.path.join(r, f) for r, _, fs in os.walk(tmp) for f in fs if f.startswith("libgeonames.so.")][0]
        cities = [c for c in read_cities(so) if c[4] == "UA"]
        loc = os.path.join(tmp, "usr/share/locale")
        uk = catalog(os.path.join(loc, "uk/LC_MESSAGES/geonames.mo"))
        ru = catalog(os.path.join(loc, "ru/LC_MESSAGES/geonames.mo"))
        gw_uk = catalog(os.path.join(loc, "uk/LC_MESSAGES/libgweather-4.0-locations.mo"))
        gw_ru = catalog(os.path.join(loc, "ru/LC_MESSAGES/libgweather-4.0-locations.mo"))

    rows = []
    oblasts = {}
    for code in sorted(k for k in uk if k.startswith("UA.")):
        u, r = uk.get(code, ""), ru.get(code, "")
        if not u.lower().endswith(" область") or not r.lower().endswith(" область"):
            continue
        u, r = u[:-len(" область")], r[:-len(" область")]
        if ok_pair(u, r):
            oblasts[code[3:]] = (u, r)

    def pair_of(c):
        gid, latin = c[0], c[1]
        u, r = uk.get(gid, ""), ru.get(gid, "")
        if ok_pair(u, r) and agrees(u, latin):
            return u, r, "geonames"
        gu, gr = gw_uk.get(latin, ""), gw_ru.get(latin, "")
        if ok_pair(gu, gr) and agrees(gu, latin):
            return gu, gr, "libgweather"
        return None

    # An oblast's centre: the city of the oblast whose Ukrainian name the
    # oblast's adjective begins with, but for its last three letters at
    # most (Вінниця: Вінницька; Запоріжжя: Запорізька; Суми: Сумська).
    # GeoNames gives Kyiv an admin1 of its own (UA.12, Kyiv City): it is
    # taken as a city of Kyiv Oblast (UA.13) here.
    centre = {}
    for code, (ou, _) in oblasts.items():
        best = None
        for c in cities:
            if c[2] != code and not (code == "13" and c[2] == "12"):
                continue
            p = pair_of(c)
            if not p:
                continue
            cu = p[0]
            common = len(os.path.commonprefix([cu.lower(), ou.lower()]))
            if common >= max(3, len(cu) - 3) and (best is None or c[7] > best[7]):
                best = c
        if best:
            centre[best[0]] = code

    seen = set()
    for c in sorted(cities, key=lambda c: (-c[7], int(c[0]))):
        if c[7] < 50000 and c[0] not in centre:
            continue
        p = pair_of(c)
        if not p or p[:2] in seen:
            continue
        seen.add(p[:2])
        group = "UA." + centre[c[0]] if c[0] in centre else ""
        rows.append((p[0], p[1], "city", group, c[0], str(c[7]), p[2]))
    for code, (u, r) in sorted(oblasts.items()):
        rows.append((u, r, "oblast", "UA." + code, "UA." + code, "", "geonames"))

    print("# Ukraine's cities (50,000 people or more, and every oblast centre) and")
    print("# oblasts, in their Ukrainian and Russian Cyrillic forms, one place a line:")
    print("# Ukrainian<TAB>Russian<TAB>kind<TAB>group<TAB>GeoNames id<TAB>population<TAB>source.")
    print("# An oblast is written as its adjective (Миколаївська for Миколаївська")
    print("# область); group links an oblast and its centre city.")
    print("# Source: GeoNames (geonames.org), CC BY 4.0, as Debian's libgeonames0 and")
    print("# libgeonames-common 0.3.0-1 ship it; rows marked libgweather from the uk")
    print("# and ru translations of libgweather-4-common (GNOME, GPL-2+). Written by")
    print("# testdata/bench/uk_places.py, which says what is kept.")
    for r in rows:
        print("\t".join(r))


if __name__ == "__main__":
    main()
