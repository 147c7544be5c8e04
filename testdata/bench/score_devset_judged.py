#!/usr/bin/env python3
"""Score the development set's judged rows with a bitext binary (issue 11).

    score_devset_judged.py JUDGED BIN [-v]

JUDGED is class<TAB>A<TAB>B<TAB>judgement with # comments
(normalize/testdata/devset/person_judged.tsv). The pairs judged variant are
run through BIN's `names match -` in one batch; the script prints how many it
calls the same, by class, and with -v every pair's score and verdict.
"""
import collections, os, subprocess, sys, tempfile

judged, binary = sys.argv[1], sys.argv[2]
verbose = "-v" in sys.argv[3:]
rows = []
with open(judged, encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        c, a, b, j = line.rstrip("\n").split("\t")
        if j == "variant":
            rows.append((c, a, b))
inp = "".join(f"{a}\t{b}\n" for _, a, b in rows)
out = subprocess.run([binary, "names", "match", "-"], input=inp, capture_output=True,
                     text=True, env=dict(os.environ, HOME=tempfile.mkdtemp()),
                     check=True).stdout.splitlines()
assert len(out) == len(rows)
n, s = collections.Counter(), collections.Counter()
for (c, a, b), o in zip(rows, out):
    score, verdict = o.split("\t")[:2]
    n[c] += 1
    s[c] += verdict == "same"
    if verbose:
        print(f"{score}\t{verdict}\t{c}\t{a}\t{b}")
for c in sorted(n):
    print(f"{c}\tvariant\t{s[c]}/{n[c]}")
