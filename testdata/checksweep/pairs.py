#!/usr/bin/env python3
# The check reports of two sweep.sh OUT folders, by pair: a report line
# ': "A" -> "B" (' counts for its text and its unordered pair of forms,
# with the words Emperor, Emperors and Empress taken out of each form (so
# a report re-worded by the title counts as one pair, as the emperor and
# titlelift sections of BENCHMARKS.md count). Prints the pairs only one
# side has and those whose line counts differ.
# usage: testdata/checksweep/pairs.py MAIN_OUT BRANCH_OUT
import sys, os, re, collections
rx = re.compile(r'^(.*?):\d+:\d+: "(.*)" -> "(.*)" \(')
def strip(x):
    w = [t for t in x.split() if t.lower() not in ('emperor', 'emperors', 'empress')]
    return ' '.join(w) or x
def load(d):
    c = collections.Counter()
    for f in sorted(os.listdir(os.path.join(d, 'check'))):
        for line in open(os.path.join(d, 'check', f), encoding='utf-8', errors='replace'):
            m = rx.match(line)
            if not m: continue
            a, b = strip(m.group(2)), strip(m.group(3))
            c[(f.split('.')[0],) + tuple(sorted((a, b)))] += 1
    return c
m, b = load(sys.argv[1]), load(sys.argv[2])
print('lines main', sum(m.values()), 'branch', sum(b.values()))
gone = [(k, m[k]) for k in m if k not in b]
new = [(k, b[k]) for k in b if k not in m]
chg = [(k, m[k], b[k]) for k in m if k in b and m[k] != b[k]]
print('pairs gone', len(gone), 'lines', sum(v for _, v in gone))
for k, v in sorted(gone): print('  -', v, ' | '.join(k))
print('pairs new', len(new), 'lines', sum(v for _, v in new))
for k, v in sorted(new): print('  +', v, ' | '.join(k))
print('pairs with changed line counts', len(chg))
for k, x, y in sorted(chg): print('  ~', x, '->', y, ' | '.join(k))
