#!/usr/bin/env python3
"""Draw the seeded sample of pivot variants that normalize/testdata/pivot80
judges (issue 11, branch pivot64). Usage:

    names_pivot_sample.py PIVOT80_TSV [N] > sample.tsv

PIVOT80_TSV is names_pivot80.py's output for the seven pivots (arabic
hebrew chinese japanese katakana korean russian) of the _80 development
splits; N (60) variant rows of each pivot are drawn with
random.Random(64).sample over that pivot's variant rows in file order.
A row's split is held (one in three, scored once at the end of a piece of
work) when the md5 of its pivot form is 0 modulo 3, else design. Output:
pivot, A, B, pivot form, split; the judgement (one name, another name, a
part) is added by a reader (testdata/README.md).
"""
import collections
import hashlib
import random
import sys

PIVOTS = ["arabic", "hebrew", "chinese", "japanese", "katakana", "korean", "russian"]


def main(path, n):
    rows = collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0].endswith("-variant"):
            rows[f[0][: -len("-variant")]].append((f[2], f[3], f[4]))
    rng = random.Random(64)
    for piv in PIVOTS:
        for a, b, form in rng.sample(rows[piv], n):
            h = int(hashlib.md5(form.encode("utf-8")).hexdigest(), 16)
            print(piv, a, b, form, "held" if h % 3 == 0 else "design", sep="\t")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 60)
