#!/usr/bin/env python3
"""Organisation names apart in one word: the word pair's score against the name's
(issue 11, branch orgword63).

Usage: names_oneword_apart.py BIN POOL [CLASS...]

POOL is names_checksets_pool.py's OUT (set, class, want, score, verdict, A,
B). Keeps the pairs whose names have the same words in the same order, all
but one identical (words: runs of letters and digits, lower-cased; the
capitals copies left out), scores the two differing words alone with BIN's
`names match -` (the person-name reading of the two words, with its
look-alike caps) and prints, per class, the pairs, how many the name joins,
how many the word alone would join, and how many the word scores above the
name; then, over the organisation classes, for each floor t of the word's
score, the want-same pairs the name misses that the word reaches (S gained)
and the want-different pairs it would merge (D gained). With CLASS
arguments, also every pair of those classes: want, name score, word score,
A, B. Reads the design pool only; the held-out half is scored once, at the
end of a change, by names_checksets_pool.py.
"""
import collections, re, subprocess, sys

THRESHOLD = 0.86  # normalize.SameThreshold
ORG = re.compile(r"org|pf|legalform|acronym|bracket|entity")

binary, pool, show = sys.argv[1], sys.argv[2], set(sys.argv[3:])
rows = []
for line in open(pool, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if len(f) < 7 or f[0] == "caps":
        continue
    wa, wb = re.findall(r"\w+", f[5].lower()), re.findall(r"\w+", f[6].lower())
    if len(wa) != len(wb) or len(wa) < 2:
        continue
    apart = [i for i in range(len(wa)) if wa[i] != wb[i]]
    if len(apart) != 1:
        continue
    i = apart[0]
    rows.append([f[1], f[2], float(f[3]), f[5], f[6], wa[i], wb[i]])
inp = "".join("%s\t%s\n" % (r[5], r[6]) for r in rows)
out = subprocess.run([binary, "names", "match", "-"], input=inp,
                     capture_output=True, text=True, check=True).stdout.splitlines()
if len(out) != len(rows):
    sys.exit("names match gave %d lines for %d pairs" % (len(out), len(rows)))
for r, o in zip(rows, out):
    r.append(float(o.split("\t")[0]))

stats = collections.OrderedDict()
for cls, want, name, a, b, _, _, word in sorted(rows, key=lambda r: (r[0], r[1])):
    s = stats.setdefault((cls, want), [0, 0, 0, 0])
    s[0] += 1
    s[1] += name >= THRESHOLD
    s[2] += word >= THRESHOLD
    s[3] += word > name
print("class\twant\tpairs\tname joins\tword joins\tword above name")
for (cls, want), s in stats.items():
    print("%s\t%s\t%d\t%d\t%d\t%d" % ((cls, want) + tuple(s)))
print("\norganisation classes, pairs the name leaves apart: floor on the word's score")
print("floor\tS gained\tD gained")
for t in (0.70, 0.72, 0.75, 0.77, 0.78, 0.80, 0.81, 0.82, 0.83, 0.85, THRESHOLD):
    s = sum(1 for r in rows if ORG.search(r[0]) and r[1] == "S" and r[2] < THRESHOLD and r[7] >= t)
    d = sum(1 for r in rows if ORG.search(r[0]) and r[1] == "D" and r[2] < THRESHOLD and r[7] >= t)
    print("%.2f\t%d\t%d" % (t, s, d))
for r in rows:
    if r[0] in show:
        print("%s\t%s\t%.3f\t%.3f\t%s\t%s" % (r[0], r[1], r[2], r[7], r[3], r[4]))
