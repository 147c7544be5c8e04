#!/usr/bin/env python3
"""A seeded sample of names_pivot80.py's look-alike candidates, for reading
by hand (branch look64). Usage:

    names_pivot80_sample.py PIVOT80.TSV VERDICTS SEED > sample.tsv

PIVOT80.TSV is names_pivot80.py's output for the seven pivots, VERDICTS
`cut -f3,4 PIVOT80.TSV | bitext names match -` of the same lines (score,
verdict, A, B). Per pivot it draws MERGED[pivot] of the look-alikes the
verdicts merge and UNMERGED of the others with random.Random(SEED), a pair
written once across pivots (the first pivot's draw keeps it), and marks every
third pair of each of the two draws held (scored once, at the end). Output: pivot, held|
design, merged|unmerged, A, B.
"""
import random
import sys

MERGED = {"japanese": 60, "katakana": 60}
MERGED_OTHER = 40
UNMERGED = 8
PIVOTS = ["arabic", "hebrew", "chinese", "japanese", "katakana", "korean", "russian"]


def main(tsv, out, seed):
    rows = {p: {"merged": [], "unmerged": []} for p in PIVOTS}
    with open(tsv, encoding="utf-8") as f, open(out, encoding="utf-8") as g:
        for a, b in zip(f, g):
            c = a.rstrip("\n").split("\t")
            v = b.rstrip("\n").split("\t")
            piv, kind = c[0].split("-")
            if kind != "lookalike":
                continue
            rows[piv]["merged" if v[1] == "same" else "unmerged"].append((c[2], c[3]))
    rnd = random.Random(seed)
    seen = set()
    for piv in PIVOTS:
        for what, n in (("merged", MERGED.get(piv, MERGED_OTHER)), ("unmerged", UNMERGED)):
            k = 0
            for a, b in rnd.sample(rows[piv][what], len(rows[piv][what])):
                if k == n:
                    break
                if (a, b) in seen:
                    continue
                seen.add((a, b))
                k += 1
                part = "held" if k % 3 == 0 else "design"
                print(f"{piv}\t{part}\t{what}\t{a}\t{b}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
