#!/usr/bin/env python3
"""A country-variant set and a country-look-alike set from the Unicode
CLDR's territory names, a source the gazetteer's table of countries
(normalize/countries.tsv, Debian's iso-codes) did not come from (issue 11,
branch former62). Usage:

    apt-get download unicode-cldr-core
    dpkg-deb -x unicode-cldr-core_*.deb DIR
    countries_cldr.py DIR/usr/share/unicode/cldr/common/main > OUT.tsv
    places_cldr.py --score OUT.tsv BIN design|held

The names are CLDR's names of the territories that are countries of ISO
3166-1 (two letters, /usr/share/iso-codes/json/iso_3166-1.json's codes:
not the EU, UN or the regions), in English (en.xml, its alt="short" and
alt="variant" forms too: Swaziland, Ivory Coast, UK) and in each locale of
places_cldr.py's LOCALES; a name with a parenthesis, a comma or " - " is
left out ("Congo (DRC)": its part before the parenthesis is another
country's name). Rows (chosen without running bitext; seed 62):

- country-variant (want same): a country's English name and another of
  its names (an English alternative or a locale's), when the two differ in
  more than case, marks, hyphens and spaces; at most eight a country, at
  random;
- country-lookalike (want different): two countries' names in one locale
  (English included) whose folded names have a difflib ratio >= 0.75 or
  of which one is a word of the other (Guinea, Equatorial Guinea; Sudan,
  South Sudan); at most 600, at random.

Columns: class, want, A, B, source (cldr41 and the locale), split: held
when the CRC-32 of the country's code (of the first country, for a
look-alike) is 0 mod 5, design otherwise.
"""
import difflib
import json
import os
import random
import re
import sys
import xml.etree.ElementTree as ET
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from places_cldr import LOCALES, fold  # noqa: E402


def territories(path):
    """code -> [names] of a locale's file, the plain name first."""
    out = {}
    for t in ET.parse(path).getroot().iter("territory"):
        code, name = t.get("type"), (t.text or "").strip()
        if not re.match(r"^[A-Z]{2}$", code or "") or not name or re.search(r"[(),]| - ", name):
            continue
        if t.get("alt"):
            out.setdefault(code, []).append(name)
        else:
            out.setdefault(code, []).insert(0, name)
    return out


def held(code):
    return zlib.crc32(code.encode("utf-8")) % 5 == 0


def main(root):
    iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    codes = {c["alpha_2"] for c in iso}
    en = {c: ns for c, ns in territories(os.path.join(root, "en.xml")).items() if c in codes}
    names = {"en": en}
    for loc in LOCALES:
        p = os.path.join(root, loc + ".xml")
        if os.path.exists(p) and loc != "en":
            names[loc] = {c: ns for c, ns in territories(p).items() if c in codes}
    rnd = random.Random(62)
    rows = []
    for code in sorted(en):
        e = en[code][0]
        seen, cand = {fold(e)}, []
        for loc in sorted(names):
            for n in names[loc].get(code, []):
                if fold(n) not in seen:
                    seen.add(fold(n))
                    cand.append((n, loc))
        for n, loc in rnd.sample(cand, min(8, len(cand))):
            rows.append(("country-variant", "same", e, n, "cldr41-" + loc, "held" if held(code) else "design"))
    looks = set()
    for loc in sorted(names):
        items = sorted((c, n) for c, ns in names[loc].items() for n in ns)
        for i, (ca, a) in enumerate(items):
            for cb, b in items[i + 1:]:
                fa, fb = fold(a), fold(b)
                if ca == cb or fa == fb or len(fa) < 4 or len(fb) < 4:
                    continue
                wa, wb = set(re.findall(r"\w+", a.casefold())), set(re.findall(r"\w+", b.casefold()))
                word = (len(wa) == 1 and wa <= wb) or (len(wb) == 1 and wb <= wa)
                if word or difflib.SequenceMatcher(None, fa, fb).ratio() >= 0.75:
                    looks.add(("country-lookalike", "different", a, b, "cldr41-" + loc, "held" if held(ca) else "design"))
    rows += rnd.sample(sorted(looks), min(600, len(looks)))
    print("# Country variants and look-alikes from the Unicode CLDR 41's territory names;")
    print("# written by testdata/bench/countries_cldr.py. class\twant\tA\tB\tsource\tsplit")
    for r in rows:
        print("\t".join(r))


if __name__ == "__main__":
    main(sys.argv[1])
