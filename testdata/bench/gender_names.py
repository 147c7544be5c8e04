#!/usr/bin/env python3
"""Write normalize/gender_names.tsv, the given names of one gender that
gendername.go reads: from the US Census Bureau's 1990 first-name lists
dist.male.first and dist.female.first (public domain, a work of the US
Government; github.com/nullstyle/name-database sources/census-1990 at
commit 46d2e01; testdata/README.md).

    python3 testdata/bench/gender_names.py GITDIR > normalize/gender_names.tsv

Each list gives a name's share (percent) of the men, or of the women, the
census sampled. A name is a man's (m) when it is in the male list and not
in the female one, or its male share is at least ten times its female
share; a woman's (f) the other way round; a name whose shares are within a
factor of ten (Jean 0.035 / 0.315, Andrea 0.006 / 0.236, Christian 0.065 /
0.010, Robin, Leslie) is of neither and is not written. Names are written
lower case, sorted.
"""
import subprocess, sys

RATIO = 10.0


def read(gitdir, name):
    out = subprocess.run(["git", "--git-dir=" + gitdir, "show", "HEAD:sources/census-1990/" + name],
                         capture_output=True, text=True, check=True).stdout
    shares = {}
    for line in out.splitlines():
        f = line.split()
        if f:
            shares[f[0].lower()] = float(f[1])
    return shares


male, female = read(sys.argv[1], "dist.male.first"), read(sys.argv[1], "dist.female.first")
rows = []
for n in sorted(set(male) | set(female)):
    m, w = male.get(n, 0.0), female.get(n, 0.0)
    if m > 0 and (w == 0 or m >= RATIO * w):
        rows.append((n, "m"))
    elif w > 0 and (m == 0 or w >= RATIO * m):
        rows.append((n, "f"))
sys.stdout.write("".join(f"{n}\t{g}\n" for n, g in rows))
