#!/usr/bin/env python3
"""A fresh seeded sample of the japanese pivot's merged look-alike candidates,
for reading by hand (branch jalook66). Usage:

    names_pivot80_jasample.py PIVOT80.TSV VERDICTS JUDGED.TSV SEED N > sample.tsv

PIVOT80.TSV is names_pivot80.py's output, VERDICTS `cut -f3,4 PIVOT80.TSV |
bitext names match -` of the same lines, JUDGED.TSV
normalize/testdata/pivotlook/judged.tsv, whose pairs (either order, design
and held) are left out. Of the japanese-lookalike rows the verdicts merge,
a pair once, it draws N with random.Random(SEED). Output: A, B, score, and
"hepburn" when both names read as Hepburn morae the way normalize's
romajiMorae reads a word (a copy of its reading: onsets and vowels of
romajiOnsets, the moraic n and m, a doubled k, s, t, p or tc as the sokuon,
ou, oo, uu and macrons long vowels), else "-". With N 0 it prints, of all
the merged pairs, how many read so.
"""
import random
import sys

ONSETS = {
    "": "aiueo", "k": "aiueo", "g": "aiueo", "s": "aueo", "sh": "aiueo", "z": "aueo", "j": "aiueo",
    "t": "aeo", "ch": "aiueo", "ts": "u", "d": "aeo", "n": "aiueo", "h": "aieo", "f": "u",
    "b": "aiueo", "p": "aiueo", "m": "aiueo", "y": "auo", "r": "aiueo", "w": "ao",
    "ky": "auo", "gy": "auo", "ny": "auo", "hy": "auo", "by": "auo", "py": "auo", "my": "auo", "ry": "auo",
}
VOWELS = "aeiou"


def morae(word):
    """The Hepburn morae of word, or None when it does not read so."""
    w = word.lower().replace("ō", "o").replace("ô", "o").replace("ū", "u").replace("û", "u")
    w = w.replace("ā", "a").replace("â", "a")
    if not w.isascii() or not w.isalpha():
        return None
    out, i = [], 0
    while i < len(w):
        c = w[i]
        if (c == "n" or c == "m" and i + 1 < len(w) and w[i + 1] in "bpm") and (
                i + 1 == len(w) or w[i + 1] not in VOWELS and w[i + 1] != "y"):
            out.append("N")
            i += 1
            continue
        if i + 1 < len(w) and c not in VOWELS and c != "n" and (w[i + 1] == c or c == "t" and w[i + 1] == "c"):
            if c not in "kstpc":
                return None
            out.append("Q")
            i += 1
            continue
        j = i
        while j < len(w) and w[j] not in VOWELS:
            j += 1
        if j == len(w) or j - i > 2 or w[i:j] not in ONSETS or w[j] not in ONSETS[w[i:j]]:
            return None
        if j == i and out and (c in "uo" and out[-1][-1] == "o" or c == "u" and out[-1][-1] == "u"):
            i = j + 1
            continue
        out.append(w[i:j + 1])
        i = j + 1
    return out


def hepburn(a, b):
    """Whether every word of a and b reads as Hepburn morae, as many words each."""
    wa, wb = a.replace("-", " ").split(), b.replace("-", " ").split()
    return len(wa) == len(wb) and all(morae(w) for w in wa + wb)


def main(tsv, out, judged, seed, n):
    skip = set()
    with open(judged, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            skip.add((c[3], c[4]))
            skip.add((c[4], c[3]))
    pool, seen = [], set()
    with open(tsv, encoding="utf-8") as f, open(out, encoding="utf-8") as g:
        for a, b in zip(f, g):
            c = a.rstrip("\n").split("\t")
            v = b.rstrip("\n").split("\t")
            if c[0] != "japanese-lookalike" or v[1] != "same":
                continue
            pair = (c[2], c[3])
            if pair in skip or pair in seen:
                continue
            seen.add(pair)
            pool.append((c[2], c[3], v[0]))
    if n == 0:
        print(f"{sum(hepburn(a, b) for a, b, _ in pool)} of {len(pool)} read as Hepburn")
        return
    for a, b, s in random.Random(seed).sample(pool, n):
        print(f"{a}\t{b}\t{s}\t{'hepburn' if hepburn(a, b) else '-'}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
