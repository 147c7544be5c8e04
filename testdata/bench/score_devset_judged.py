#!/usr/bin/env python3
"""Score the development set's judged rows with a bitext binary (issue 11).

    score_devset_judged.py JUDGED... BIN [-v] [--half design|held CHECKSET]

JUDGED is class<TAB>A<TAB>B<TAB>judgement with # comments
(normalize/testdata/devset/person_judged.tsv); several are read as one
(normalize/testdata/uklist/judged.tsv and judged_held.tsv). The pairs judged variant, and
those of a look-alike class judged different, are run through BIN's `names
match -` in one batch; the script prints how many it calls the same, by
class (recall of the variants, false merges of the look-alikes), and with -v
every pair's score and verdict. --half keeps the pairs CHECKSET (a check set
of the half format, e.g. normalize/testdata/uklist/checkset.tsv) puts in
that half: normalize/testdata/uklist/judged.tsv's held-out pairs are scored
once, at the end of a piece of work.
"""
import collections, os, subprocess, sys, tempfile

args = sys.argv[1:]
verbose = "-v" in args
args = [a for a in args if a != "-v"]
half = None
if "--half" in args:
    i = args.index("--half")
    half, checkset = args[i + 1], args[i + 2]
    del args[i:i + 3]
    halves = {}
    with open(checkset, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("half\t"):
                continue
            h, c, _label, a, b, _src = line.rstrip("\n").split("\t")
            halves[(c, a, b)] = h
*judged, binary = args
rows = []
for path in judged:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c, a, b, j = line.rstrip("\n").split("\t")
            if half is not None and halves[(c, a, b)] != half:
                continue
            if j == "variant" or (c.startswith("lookalike") and j == "different"):
                rows.append((c, a, b, j))
inp = "".join(f"{a}\t{b}\n" for _, a, b, _ in rows)
out = subprocess.run([binary, "names", "match", "-"], input=inp, capture_output=True,
                     text=True, env=dict(os.environ, HOME=tempfile.mkdtemp()),
                     check=True).stdout.splitlines()
assert len(out) == len(rows)
n, s, judgement = collections.Counter(), collections.Counter(), {}
for (c, a, b, j), o in zip(rows, out):
    score, verdict = o.split("\t")[:2]
    n[c] += 1
    s[c] += verdict == "same"
    judgement[c] = j
    if verbose:
        print(f"{score}\t{verdict}\t{c}\t{a}\t{b}")
for c in sorted(n):
    print(f"{c}\t{judgement[c]}\t{s[c]}/{n[c]}")
