#!/usr/bin/env python3
"""English given names that look alike but are two names: a check set for
`names match` (branch readfix, issue 11): the spelling readings made for
other languages' conventions (an Arabic name in French transcription, a
name's Ukrainian and Russian forms, national spellings, Chinese postal
spellings) must not merge them. Writes normalize/testdata/readfix/
checkset.tsv in score_checkset.py's columns (half, group, label, a, b,
source):

    git -C firstname-database show HEAD:firstnames.csv > firstnames.csv
    readfix_checkset.py firstnames.csv > normalize/testdata/readfix/checkset.tsv
    python3 testdata/bench/score_checkset.py normalize/testdata/readfix/checkset.tsv BIN design

firstnames.csv is MatthiasWinkelmann/firstname-database's (GFDL 1.2; see
testdata/README.md): name;gender;one column of frequency per country.
A name is English when a row of it has a frequency in Great Britain,
Ireland or the U.S.A.; strictly male when every row of it says M, strictly
female when every row says F (?M, ?F, ?, 1M, 1F are not strict).

One group, labelled apart:
- en-mf: a strictly male and a strictly female English name, of ASCII
  letters only, with the same first letter (case folded) and Jaro-Winkler
  >= 0.80 on the lower case letters. The database's genders are the
  mechanical evidence that the two are different names: a name's spelling
  variants share its gender. Pairs in descending Jaro-Winkler, a name in
  any number of pairs (a cap per name left out most of the pairs the
  readings merge).
Variants of one name (same) are not here: no source of variants of
English given names was found that is not short forms (the nicknames set)
or a list built by spelling alone.
Pairs of normalize/testdata/devset/blind.tsv, pairs.tsv and places.tsv
(either order, case folded) are left out (blind.tsv is read only by that
filter). Split: held out when the CRC-32 of "a|b" is 0 mod 3, design
otherwise (namesets.held_or_design).
"""
import collections, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from namesets import held_or_design, jw, known_pairs

HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.join(HERE, "..", "..", "normalize", "testdata", "devset")
ENGLISH = (2, 3, 4)  # Great Britain, Ireland, U.S.A.
SOURCE = "firstname-database"


def names(path):
    """(strictly male English names, strictly female English names)."""
    genders = collections.defaultdict(set)
    english = set()
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            c = line.rstrip("\n").split(";")
            name = c[0]
            if not (name.isascii() and name.isalpha()):
                continue
            genders[name].add(c[1])
            if any(c[i].strip() for i in ENGLISH if i < len(c)):
                english.add(name)
    male = sorted(n for n in english if genders[n] == {"M"})
    female = sorted(n for n in english if genders[n] == {"F"})
    return male, female


def main():
    male, female = names(sys.argv[1])
    known = known_pairs(os.path.join(DEVSET, f) for f in ("blind.tsv", "pairs.tsv", "places.tsv"))
    byfirst = collections.defaultdict(list)
    for f in female:
        byfirst[f[0].lower()].append(f)
    cands = []
    for m in male:
        for f in byfirst[m[0].lower()]:
            if m.lower() == f.lower():
                continue
            s = jw(m.lower(), f.lower())
            if s >= 0.80:
                cands.append((m, f, s))
    cands.sort(key=lambda c: (-c[2], c[0], c[1]))
    drop = lambda a, b: (a.lower(), b.lower()) in known
    got = [c for c in cands if not drop(c[0], c[1])]
    print("half\tgroup\tlabel\ta\tb\tsource")
    for m, f, _ in sorted(got, key=lambda c: (c[0], c[1])):
        print(f"{held_or_design(m, f)}\ten-mf\tapart\t{m}\t{f}\t{SOURCE}")


if __name__ == "__main__":
    main()
