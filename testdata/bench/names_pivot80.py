#!/usr/bin/env python3
"""Every variant and look-alike candidate of the Arabic and Hebrew pivots of
the development splits (branch persons62), for sorting the matcher's misses
on those pivots by why, as names_devset.py's person class does for Russian
only. Usage:

    names_pivot80.py SRC_DIR [PIVOT...] > pivot80.tsv
    cut -f3,4 pivot80.tsv | bitext names match --explain -

Source: github.com/steveash/NETransliteration-COLING2018 at commit
5d5f59e561ecea45a6d3602121e1049baa7a76c3, data/wd_arabic_80 and
data/wd_hebrew_80 copied unchanged into SRC_DIR (`git show
HEAD:data/wd_arabic_80 > SRC_DIR/wd_arabic_80`); the development set's
splits (names_devset.py read them), never the test split _20, which the
blind set holds. Wikidata data, CC0 1.0 (the repository's data/LICENSE).

names_blindset.py's criteria, with no quota and no sampling: an English
token of letters only, three letters or more, its pivot form the most
frequent one and seen twice or more; a variant is two tokens of one pivot
form (want same; case-only pairs left out), a look-alike two tokens of
five letters or more, the same first two letters, Jaro-Winkler >= 0.90,
whose pivot forms differ by two letters or more and share no token (want
different). Output: class, want, A, B, the pivot form (of the variant).

PIVOT names the splits read (wd_PIVOT_80), arabic and hebrew when none is
given; the blind set's other pivots are chinese, japanese, katakana, korean
and russian (copy their _80 files the same way).
"""
import collections
import os
import sys

from namesets import jw, lev


def tokens(path):
    m = collections.defaultdict(collections.Counter)
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) != 3 or not f[0].isalpha() or len(f[0]) < 3:
            continue
        m[f[0]][f[1].replace(" ", "")] += int(f[2])
    return m


def cap(s):
    return s[:1].upper() + s[1:]


def main(src, pivots):
    for piv in pivots:
        tok = tokens(os.path.join(src, f"wd_{piv}_80"))
        by, main_form = collections.defaultdict(list), {}
        for en, nat in tok.items():
            n, c = nat.most_common(1)[0]
            if c >= 2:
                by[n].append(en)
                main_form[en] = n
        for n in sorted(by):
            ens = sorted(by[n])
            for i in range(len(ens)):
                for j in range(i + 1, len(ens)):
                    if ens[i].lower() != ens[j].lower():
                        print(f"{piv}-variant\tsame\t{cap(ens[i])}\t{cap(ens[j])}\t{n}")
        blocks = collections.defaultdict(list)
        for en in main_form:
            if len(en) >= 5:
                blocks[en[:2].lower()].append(en)
        for k in sorted(blocks):
            ens = sorted(blocks[k])
            for i in range(len(ens)):
                for j in range(i + 1, len(ens)):
                    a, b = ens[i], ens[j]
                    if jw(a.lower(), b.lower()) >= 0.9 and lev(main_form[a], main_form[b]) >= 2 and not set(tok[a]) & set(tok[b]):
                        print(f"{piv}-lookalike\tdifferent\t{cap(a)}\t{cap(b)}\t")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:] or ["arabic", "hebrew"])
