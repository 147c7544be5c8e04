#!/usr/bin/env python3
# The discover clusters of two sweep.sh OUT folders, each as its text and
# its set of forms (confidence and order aside): prints the clusters only
# one side has (- main only, + branch only).
# usage: testdata/checksweep/clusters.py MAIN_OUT BRANCH_OUT
import sys, os, json
def load(d):
    s = set()
    for f in os.listdir(os.path.join(d, 'disc')):
        for l in open(os.path.join(d, 'disc', f)):
            c = json.loads(l)
            s.add((f[:3], frozenset(v['form'] for v in c['variants'])))
    return s
m, b = load(sys.argv[1]), load(sys.argv[2])
print('clusters main', len(m), 'branch', len(b))
for k in sorted(m - b, key=lambda x: (x[0], sorted(x[1]))): print('-', k[0], ' | '.join(sorted(k[1])))
for k in sorted(b - m, key=lambda x: (x[0], sorted(x[1]))): print('+', k[0], ' | '.join(sorted(k[1])))
