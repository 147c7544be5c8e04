#!/usr/bin/env python3
"""Sort an organisation class's misses into kinds (issue 11, branch orgwp55).

Usage: names_org_misses.py POOL CLASS [-v]

POOL is the file names_checksets_pool.py writes (set, class, want, score,
verdict, A, B a line). Every pair of CLASS that should be one name and is
not is put in a kind: first the hand sorting of org_misses_kinds.tsv
(beside this script: a former name, an alias, a translation...), then, for
the pairs not sorted there, by their words: an acronym against a name;
words added or left out (one name's own words all in the other's); one
word other (as many words, one apart); the same words in another order;
some words the same; no word the same. Prints each kind with its count and
five examples, or (-v) every pair. Small words (of, the, and, party, a
dash) are not counted as words. Design half only: the held-out half is
scored once, never sorted.
"""
import collections, os, re, sys, unicodedata

SMALL = {"of", "the", "and", "for", "in", "a", "de", "la", "del", "des", "du",
         "di", "le", "les", "el", "et", "y", "&", "party"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[\s\-–—/,.:()]+", fold(s)) if w]


def acronym(s):
    return len(s.split()) == 1 and s.isupper() and len(s) <= 7


def kind(a, b):
    if acronym(a) or acronym(b):
        return "an acronym against a name"
    wa, wb = words(a), words(b)
    sa, sb = set(wa) - SMALL, set(wb) - SMALL
    if not sa & sb:
        return "no word the same"
    if sa <= sb or sb <= sa:
        return "words added or left out"
    if sorted(wa) == sorted(wb):
        return "the same words in another order"
    if len(wa) == len(wb) and sum(x != y for x, y in zip(wa, wb)) == 1:
        return "one word other"
    return "some words the same, some other"


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: names_org_misses.py POOL CLASS [-v]")
    pool, cls, verbose = sys.argv[1], sys.argv[2], "-v" in sys.argv[3:]
    hand = {}
    here = os.path.dirname(os.path.abspath(__file__))
    for n, line in enumerate(open(os.path.join(here, "org_misses_kinds.tsv"), encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip():
            continue
        p = line.rstrip("\n").split("\t")
        if len(p) != 4:
            sys.exit(f"org_misses_kinds.tsv:{n}: want 4 columns, got {len(p)}")
        hand[(p[0], p[2], p[3])] = p[1]
    kinds = collections.defaultdict(list)
    for n, line in enumerate(open(pool, encoding="utf-8"), 1):
        p = line.rstrip("\n").split("\t")
        if len(p) < 7:
            sys.exit(f"{pool}:{n}: want 7 columns, got {len(p)}")
        if p[1] != cls or p[2] != "S" or p[4] == "same":
            continue
        a, b = p[5], p[6]
        k = hand.get((cls, a, b)) or kind(a, b)
        kinds[k].append((p[3], a, b))
    total = sum(len(v) for v in kinds.values())
    print(f"{cls}: {total} misses")
    for k, v in sorted(kinds.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"{len(v):4d}  {k}: " + "; ".join(f"{a} / {b}" for _, a, b in v[:5]))
        if verbose:
            for s, a, b in v:
                print(f"      {s}\t{a}\t{b}")


if __name__ == "__main__":
    main()
