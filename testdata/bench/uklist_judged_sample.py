#!/usr/bin/env python3
"""The sample of the UK Sanctions List check set that we read by hand
(issue 11, branch ukjudge55): normalize/testdata/uklist/judged.tsv.

    uklist_judged_sample.py [CHECKSET] > sample.tsv
    uklist_judged_sample.py --check JUDGED [CHECKSET]

CHECKSET is normalize/testdata/uklist/checkset.tsv (the default). The
sample is drawn from the pairs alone, before any score or verdict of them
is seen: random.Random(55).sample of the row numbers of each part, 300
held-out and 300 design uklist-person pairs (label same) and 100
lookalike-uklist-person pairs (apart, of both halves together: about a
fifth of them are held out, as in the class). The rows come out in the
check set's order as class<TAB>A<TAB>B, the form judged.tsv adds its
judgement to. With --check, JUDGED must hold exactly the sample's pairs, in
that order, each with one judgement (the file's criteria are in its
header); the script prints the judgements counted by half and class.
"""
import collections, random, sys

SEED = 55
PARTS = [  # (half or None for both, class, pairs drawn)
    ("held", "uklist-person", 300),
    ("design", "uklist-person", 300),
    (None, "lookalike-uklist-person", 100),
]
LABELS = {"uklist-person": {"variant", "noise", "partial", "unsure"},
          "lookalike-uklist-person": {"different", "same", "unsure"}}


def read_checkset(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("half\t"):
                continue
            half, group, _label, a, b, _src = line.rstrip("\n").split("\t")
            rows.append((half, group, a, b))
    return rows


def sample(rows):
    rng = random.Random(SEED)
    chosen = set()
    for half, group, n in PARTS:
        idx = [i for i, r in enumerate(rows) if r[1] == group and (half is None or r[0] == half)]
        chosen.update(rng.sample(idx, n))
    return sorted(chosen)


def main():
    args = sys.argv[1:]
    judged = None
    if args[:1] == ["--check"]:
        judged, args = args[1], args[2:]
    rows = read_checkset(args[0] if args else "normalize/testdata/uklist/checkset.tsv")
    picked = [rows[i] for i in sample(rows)]
    if judged is None:
        for _half, group, a, b in picked:
            print(f"{group}\t{a}\t{b}")
        return
    got = []
    with open(judged, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) != 4 or c[3] not in LABELS.get(c[0], ()):
                sys.exit(f"{judged}:{n}: want class, A, B, judgement: {line!r}")
            got.append(c)
    if [tuple(c[:3]) for c in got] != [(g, a, b) for _h, g, a, b in picked]:
        sys.exit(f"{judged}: the pairs are not the sample's, in its order")
    count = collections.Counter((h, c[0], c[3]) for (h, _g, _a, _b), c in zip(picked, got))
    for k in sorted(count):
        print("\t".join(k) + f"\t{count[k]}")


main()
