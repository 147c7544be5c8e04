#!/usr/bin/env python3
"""A place-variant set and a place-look-alike set from the Unicode CLDR, a
source the gazetteer (normalize/places.tsv, GeoNames) did not come from
(issue 11, branch places61). Usage:

    apt-get download unicode-cldr-core
    dpkg-deb -x unicode-cldr-core_*.deb DIR
    places_cldr.py DIR/usr/share/unicode/cldr/common/main > OUT.tsv
    places_cldr.py --score OUT.tsv BIN design|held
    places_cldr.py --locales ka,hy DIR/usr/share/unicode/cldr/common/main > OUT.tsv

The third form writes the set of other locales than LOCALES (Georgian and
Armenian, branch places62: scripts the matcher did not read when the first
set was drawn), its look-alikes in those locales only.

The second form scores a split: per class, how many pairs `BIN names
match` calls the same (variant: recall; look-alike: false merges), beside
Jaro-Winkler >= 0.90 on the lower-cased names and equal consonant
skeletons (`BIN names key --skeleton`), the baselines of the dev set.

The names are the exemplar cities of CLDR's time zones (<zone type=
"Europe/Kiev"><exemplarCity>), in English (en.xml, else root.xml, else
the zone id's last part: Europe/Kiev, Kiev) and in each locale of LOCALES,
the languages whose names the gazetteer keeps, written in the scripts the
matcher reads. Rows (chosen without running bitext; seed 61):

- variant (want same): a city's English name and its name in a locale,
  when the two differ in more than case, marks, hyphens and spaces; at
  most three locales a city, at random;
- lookalike (want different): two cities' names in one locale (English
  included), one word each, five letters or more, difflib ratio >= 0.75
  and not one name after folding; at most 400, at random.

Columns: class, want (same or different), A, B, source (cldr41 and the
locale), split: held when the CRC-32 of the zone id (of the first zone,
for a look-alike) is 0 mod 5, design otherwise. Etc/ zones are left out.
"""
import difflib
import os
import random
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
import collections
import subprocess
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from namesets import jw  # noqa: E402

LOCALES = """af ar az be bg bs ca cs cy da de el en es et eu fa fi fr ga gl he hr hu
id is it ja kk ky lb lt lv mk mn ms mt nb nl nn pl ps pt ro ru sk sl sq sr sv sw tg
tk tl tr tt uk ur uz vi zh zh_Hant""".split()


def fold(s):
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c) and c.isalnum())


def cities(path):
    out = {}
    for zone in ET.parse(path).getroot().iter("zone"):
        city = zone.find("exemplarCity")
        if city is not None and city.text and not city.get("alt"):
            out[zone.get("type")] = city.text.strip()
    return out


def held(zone):
    return zlib.crc32(zone.encode("utf-8")) % 5 == 0


def main(root, locales=None):
    only = locales is not None
    locales = locales or LOCALES
    en = cities(os.path.join(root, "root.xml"))
    en.update(cities(os.path.join(root, "en.xml")))
    names = {}
    for loc in locales:
        p = os.path.join(root, loc + ".xml")
        if os.path.exists(p):
            names[loc] = cities(p)
    zones = sorted(z for loc in names.values() for z in loc)
    zones = sorted(set(z for z in zones if not z.startswith("Etc/")))
    english = {z: en.get(z, z.rsplit("/", 1)[-1].replace("_", " ")) for z in zones}
    names["en"] = english
    rnd = random.Random(61)
    rows = []
    for z in zones:
        e = english[z]
        alts = sorted({(n[z], loc) for loc, n in names.items() if loc != "en" and z in n and fold(n[z]) != fold(e)})
        seen, cand = set(), []
        for name, loc in alts:
            if fold(name) not in seen:
                seen.add(fold(name))
                cand.append((name, loc))
        for name, loc in rnd.sample(cand, min(3, len(cand))):
            rows.append(("place-variant", "same", e, name, "cldr41-" + loc, "held" if held(z) else "design"))
    looks = []
    word = re.compile(r"^\w{5,}$")
    for loc in sorted(names):
        if only and loc == "en":
            continue
        items = sorted((z, n) for z, n in names[loc].items() if z in english and word.match(n))
        for i, (za, a) in enumerate(items):
            for zb, b in items[i + 1:]:
                if fold(a) == fold(b) or english[za] == english[zb]:
                    continue
                if difflib.SequenceMatcher(None, fold(a), fold(b)).ratio() >= 0.75:
                    looks.append(("place-lookalike", "different", a, b, "cldr41-" + loc, "held" if held(za) else "design"))
    looks = sorted(set(looks))
    rows += rnd.sample(looks, min(400, len(looks)))
    print("# Place variants and look-alikes from the Unicode CLDR 41's exemplar cities;")
    print("# written by testdata/bench/places_cldr.py. class\twant\tA\tB\tsource\tsplit")
    for r in rows:
        print("\t".join(r))


def run(bin_, args, lines):
    out = subprocess.run([bin_] + args, input="".join(l + "\n" for l in lines),
                         check=True, capture_output=True, text=True).stdout
    return out.splitlines()


def score(path, bin_, split):
    rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if not l.startswith("#")]
    rows = [r for r in rows if r[5] == split]
    match = run(bin_, ["names", "match", "-"], [r[2] + "\t" + r[3] for r in rows])
    names = [n for r in rows for n in (r[2], r[3])]
    skel = run(bin_, ["names", "key", "--skeleton", "-"], names)
    assert len(match) == len(rows) and len(skel) == len(names)
    count = collections.defaultdict(lambda: [0, 0, 0, 0])
    for i, r in enumerate(rows):
        c = count[r[0]]
        c[0] += 1
        c[1] += match[i].split("\t")[1] == "same"
        c[2] += jw(r[2].lower(), r[3].lower()) >= 0.90
        c[3] += skel[2 * i] == skel[2 * i + 1]
    print("class\tpairs\tbitext\tJaro-Winkler>=0.90\tskeleton")
    for cls in sorted(count):
        n, b, j, k = count[cls]
        print("%s\t%d\t%d\t%d\t%d" % (cls, n, b, j, k))


if __name__ == "__main__":
    if sys.argv[1] == "--score":
        score(*sys.argv[2:5])
    elif sys.argv[1] == "--locales":
        main(sys.argv[3], sys.argv[2].split(","))
    else:
        main(sys.argv[1])
