#!/usr/bin/env python3
"""Build normalize/testdata/devset/places.tsv (branch names23): look-alike
names of different places, a second look-alike set beside pairs.tsv built by
another criterion than its Jaro-Winkler one. Usage:

    lookalike_places.py geoCities.json pairs.tsv > normalize/testdata/devset/places.tsv

geoCities.json is GeoNames cities5000 (CC BY 4.0, GeoNames, www.geonames.org)
as ikolomiets/geonames-cities-parser stores it (commit ffb761e): one key
"CC.Name" per place of 5,000 inhabitants or more. A pair is two places of one
country whose names, one word of five ASCII letters or more each, are one
letter apart (Levenshtein distance 1: a letter changed, added or dropped)
and differ other than in letter case; China is left out (pairs.tsv has its
cities already) and so is any pair pairs.tsv holds. At most two pairs per
name and 25 per country, chosen at random (seed 23); no pair is chosen by
what bitext makes of it. Output columns as pairs.tsv's: class
(lookalike-place), want (different), A, B, source (geonames-cities5000),
split: held when the CRC-32 of "A|B" is 0 mod 5, as in pairs.tsv.
"""
import collections, json, random, sys, zlib
from namesets import lev

cities = json.load(open(sys.argv[1], encoding="utf-8"))
known = set()
for l in open(sys.argv[2], encoding="utf-8"):
    c = l.rstrip("\n").split("\t")
    if len(c) == 6:
        known.add((c[2], c[3]))
        known.add((c[3], c[2]))
rnd = random.Random(23)
by_cc = collections.defaultdict(set)
for k in cities:
    cc, name = k[:2], k[3:]
    if cc != "CN" and name.isascii() and name.isalpha() and len(name) >= 5:
        by_cc[cc].add(name)
out = []
for cc in sorted(by_cc):
    names = sorted(by_cc[cc])
    index = collections.defaultdict(set)  # a name with one letter dropped -> names
    for n in names:
        w = n.lower()
        index[w].add(n)
        for i in range(len(w)):
            index[w[:i] + w[i + 1:]].add(n)
    cand = set()
    for group in index.values():
        for a in group:
            for b in group:
                if a < b and a.lower() != b.lower() and lev(a.lower(), b.lower()) == 1 and (a, b) not in known:
                    cand.add((a, b))
    cand = sorted(cand)
    rnd.shuffle(cand)
    per = collections.Counter()
    kept = 0
    for a, b in cand:
        if kept == 25 or per[a] == 2 or per[b] == 2:
            continue
        per[a] += 1
        per[b] += 1
        kept += 1
        x, y = (a, b) if rnd.random() < 0.5 else (b, a)
        split = "held" if zlib.crc32(f"{x}|{y}".encode()) % 5 == 0 else "dev"
        out.append(("lookalike-place", "different", x, y, "geonames-cities5000", split))
print("# look-alike places: built by testdata/bench/lookalike_places.py; see README.md")
print("# class\twant\tA\tB\tsource\tsplit")
for r in out:
    print("\t".join(r))
