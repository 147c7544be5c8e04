#!/usr/bin/env python3
"""A check of branch editlearn (BENCHMARKS.md): does a logistic regression
of main's score with the learned score and the number of edits decide the
band's pairs better than main? Usage:

    EDITLEARN_DUMP=/tmp/editlearn.tsv go run ./testdata/bench/editlearn ...
    python3 testdata/bench/editlearn/combine.py /tmp/editlearn.tsv

The dump has one pair a line: half, class, same, a, b, main's score, the
learned score (half A's out of fold), the number of edit operations. The
regression is fitted on half A's band (0.70-0.95) by gradient descent, its
threshold the one that decides most of half A's band right with no more
look-alikes merged than main; half B is counted. Feature sets: main alone,
main + learned, main + the number of edits n and n per letter, all.
"""
import math, sys

rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
LO, HI = 0.70, 0.95


def feats(r):
    m, l, n, L = float(r[5]), float(r[6]), int(r[7]), max(len(r[3]), len(r[4]))
    return {"main": (m - 0.86) * 10, "learned": l / 3, "n": n / 2, "n/len": n / L * 5}


A = [r for r in rows if r[0] == "A" and LO <= float(r[5]) < HI]
B = [r for r in rows if r[0] == "B" and LO <= float(r[5]) < HI]


def count(S, dec):
    right = sum(1 for r in S if dec(r) == (r[2] == "true"))
    found = sum(1 for r in S if dec(r) and r[2] == "true")
    merged = sum(1 for r in S if dec(r) and r[2] != "true")
    return right, found, merged


def fit(names):
    f = lambda r: [1.0] + [feats(r)[k] for k in names]
    X, y = [f(r) for r in A], [1 if r[2] == "true" else 0 for r in A]
    w = [0.0] * len(X[0])
    for _ in range(2000):
        g = [0.0] * len(w)
        for x, t in zip(X, y):
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))
            for k in range(len(w)):
                g[k] += (p - t) * x[k]
        w = [a - 0.5 * b / len(X) for a, b in zip(w, g)]
    score = lambda r: sum(a * b for a, b in zip(w, f(r)))
    base = count(A, lambda r: float(r[5]) >= 0.86)
    best = None
    for t in sorted({score(r) for r in A}):
        c = count(A, lambda r: score(r) > t)
        if c[2] <= base[2] and (best is None or c[0] > best[1][0]):
            best = (t, c)
    t = best[0]
    return w, count(A, lambda r: score(r) > t), count(B, lambda r: score(r) > t)


print("| features | weights | half A right (variants, look-alikes merged) | half B |")
print("|---|---|---|---|")
print("| main's verdict | | %d (%d, %d) | %d (%d, %d) |" % (count(A, lambda r: float(r[5]) >= 0.86) + count(B, lambda r: float(r[5]) >= 0.86)))
for names in (["main"], ["main", "learned"], ["main", "n", "n/len"], ["main", "learned", "n", "n/len"]):
    w, a, b = fit(names)
    print("| %s | %s | %d (%d, %d) | %d (%d, %d) |" % ((" + ".join(names), " ".join("%.2f" % x for x in w)) + a + b))
