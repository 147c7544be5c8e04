#!/usr/bin/env python3
"""Indian first names in Latin letters against Latin letters: one name's
spellings and two names' (issue 11, branch indlat56).

    hindi_latin_checkset.py > normalize/testdata/hindi/latin.tsv

Reads hinames55's normalize/testdata/hindi/checkset.tsv (Parlikar, CMU
2011, CC BY 3.0; see testdata/README.md), its hi-person rows: a Devanagari
name and one Latin spelling of it, with the row's half. Writes
score_checkset.py's format (half, group, label, a, b, source), a and b two
Latin spellings, the pair in lower-case order:

- hi-latin-variant, same: two Latin spellings (not equal in lower case) of
  one Devanagari name, the same Devanagari string (Aabheer, Abhir: आभीर).
- hi-latin-lookalike, apart: a Latin spelling of one Devanagari name and a
  Latin spelling of another, close as Latin (Jaro-Winkler of the lower-case
  forms >= 0.90, or one letter apart: one letter added, dropped or changed),
  where the two Devanagari names' consonants differ (`consonants` below:
  aspiration, the three sibilants, the nukta, the retroflex series and the
  nasals folded, as hindi_names_checkset.py does; further a doubled
  consonant read once and the vowel sign ृ read as र, since Hindi writes one
  name's spellings so too: हसन हस्सन, कृष्ण क्रिष्ण). Two Devanagari names
  that differ in vowels alone may be one name's two spellings (सीता सिता),
  and are left out, as is a Latin pair that spells one Devanagari name
  (it is a variant) or whose two spellings each spell a Devanagari name of
  the same consonants.

The half is the rows': a pair is in a half when both its Latin spellings
are (hindi_names_checkset.py's rule: held out when the first byte of the
SHA-256 of the lower-case Latin name is 0 mod 3), and is left out when they
are in different halves, so no held-out row is in a design pair.
"""
import collections, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from namesets import jw  # Jaro-Winkler, prefix scale 0.1 up to 4
from hindi_names_checkset import consonants as folded, half

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
SRC = os.path.join(ROOT, "normalize", "testdata", "hindi", "checkset.tsv")


def consonants(hi):
    """The Devanagari name's consonants, folded (see the module doc)."""
    s = folded(hi.replace("\u0943", "र"))
    out = []
    for c in s:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def one_apart(a, b):
    """Whether b is a with one letter added, dropped or changed."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def main():
    deva = collections.defaultdict(set)  # lower-case Latin -> Devanagari names
    spell = {}  # lower-case Latin -> the spelling first met
    with open(SRC, encoding="utf-8") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[1] != "hi-person":
                continue
            hi, en = p[3], p[4]
            assert half(en) == p[0], line
            deva[en.lower()].add(hi)
            spell.setdefault(en.lower(), en)
    latin = sorted(deva)
    # candidate pairs: one letter apart (by the one-deletion neighbourhood),
    # or Jaro-Winkler >= 0.90 within a first letter
    cand = set()
    nb = collections.defaultdict(list)
    for x in latin:
        nb[x].append(x)
        for i in range(len(x)):
            nb[x[:i] + "\0" + x[i + 1:]].append(x)
            nb[x[:i] + x[i + 1:]].append(x)
    for xs in nb.values():
        for i, x in enumerate(xs):
            for y in xs[i + 1:]:
                if x != y and one_apart(x, y):
                    cand.add((min(x, y), max(x, y)))
    first = collections.defaultdict(list)
    for x in latin:
        first[x[0]].append(x)
    for xs in first.values():
        for i, x in enumerate(xs):
            for y in xs[i + 1:]:
                if jw(x, y) >= 0.90:
                    cand.add((x, y))
    out = ["half\tgroup\tlabel\ta\tb\tsource"]
    rows = set()
    # variants: every pair of one Devanagari name's spellings
    by_deva = collections.defaultdict(set)
    for x, his in deva.items():
        for hi in his:
            by_deva[hi].add(x)
    for hi, xs in by_deva.items():
        xs = sorted(xs)
        for i, x in enumerate(xs):
            for y in xs[i + 1:]:
                if half(x) == half(y):
                    rows.add((half(x), "hi-latin-variant", "same", spell[x], spell[y], "parlikar " + hi))
    for x, y in sorted(cand):
        if half(x) != half(y) or deva[x] & deva[y]:
            continue
        cx = {consonants(h) for h in deva[x]}
        cy = {consonants(h) for h in deva[y]}
        if cx & cy:
            continue
        src = "parlikar " + "/".join(sorted(deva[x])) + " " + "/".join(sorted(deva[y]))
        rows.add((half(x), "hi-latin-lookalike", "apart", spell[x], spell[y], src))
    for r in sorted(rows, key=lambda r: (r[0], r[1], r[3].lower(), r[4].lower())):
        out.append("\t".join(r))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
