#!/usr/bin/env python3
"""Sort an organisation class's misses into kinds (issue 11, branch orgwp55).

Usage: names_org_misses.py POOL CLASS[,CLASS...] [-v]

POOL is the file names_checksets_pool.py writes (set, class, want, score,
verdict, A, B a line). CLASS is a class of the pool, several joined by
commas, or "orgs" for every organisation class (ORG_CLASSES). Every pair of
a CLASS that should be one name and is not is put in a kind: first the
hand sorting of org_misses_kinds.tsv (beside this script: a former name,
an alias, a translation...); then, for Party Facts, the judgement of
normalize/testdata/partyfacts/judged.tsv (translation, noise); every pair
of org-native-ru-translated is a translation (the class's definition);
then, for the pairs not sorted yet, by their words: a word against the
word and its legal form written out (Enron, Enron Corporation); an
acronym against a name; words added or left out (one name's own words all
in the other's); one word other (as many words, one apart); the same words
in another order; some words the same; no word the same. Prints each kind
with its count and five examples, or (-v) every pair; with several
classes, a last line counts the misses that are another name (a kind that
opens with "a translation", "a former", "another name", "another
translation", "another party"), which no spelling rule should read. Small
words (of, the, and, party, a dash) are not counted as words. Design half
only: the held-out half is scored once, never sorted.
"""
import collections, os, re, sys, unicodedata

SMALL = {"of", "the", "and", "for", "in", "a", "de", "la", "del", "des", "du",
         "di", "le", "les", "el", "et", "y", "&", "party"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[\s\-–—/,.:()]+", fold(s)) if w]


ORG_CLASSES = ["org", "org-wp", "uklist-org", "pf-english", "pf-native", "pf-acronym-english",
               "pf-acronym-native", "org-legalform", "org-native-ru", "org-native-ru-translated"]

# WRITTEN_FORMS are the legal forms written out as a word.
WRITTEN_FORMS = {"corporation", "limited", "incorporated", "company"}

OTHER_NAME = ("a translation", "a former", "another name", "another translation", "another party")


def acronym(s):
    return len(s.split()) == 1 and s.isupper() and len(s) <= 7


def kind(a, b):
    wa, wb = words(a), words(b)
    for x, y in ((wa, wb), (wb, wa)):
        if len(x) == 1 and len(y) == 2 and y[0] == x[0] and y[1] in WRITTEN_FORMS:
            return "a word against the word and its legal form written out"
    if acronym(a) or acronym(b):
        return "an acronym against a name"
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
        sys.exit("usage: names_org_misses.py POOL CLASS[,CLASS...] [-v]")
    pool, verbose = sys.argv[1], "-v" in sys.argv[3:]
    classes = ORG_CLASSES if sys.argv[2] == "orgs" else sys.argv[2].split(",")
    hand = {}
    here = os.path.dirname(os.path.abspath(__file__))
    for n, line in enumerate(open(os.path.join(here, "org_misses_kinds.tsv"), encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip():
            continue
        p = line.rstrip("\n").split("\t")
        if len(p) != 4:
            sys.exit(f"org_misses_kinds.tsv:{n}: want 4 columns, got {len(p)}")
        hand[(p[0], p[2], p[3])] = p[1]
    judged = {}
    jpath = os.path.join(here, "..", "..", "normalize", "testdata", "partyfacts", "judged.tsv")
    for n, line in enumerate(open(jpath, encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip():
            continue
        p = line.rstrip("\n").split("\t")
        if len(p) != 4:
            sys.exit(f"{jpath}:{n}: want 4 columns, got {len(p)}")
        judged[(p[0], p[1], p[2])] = p[3]
    by_class = {c: collections.defaultdict(list) for c in classes}
    for n, line in enumerate(open(pool, encoding="utf-8"), 1):
        p = line.rstrip("\n").split("\t")
        if len(p) < 7:
            sys.exit(f"{pool}:{n}: want 7 columns, got {len(p)}")
        cls = p[1]
        if cls not in by_class or p[2] != "S" or p[4] == "same":
            continue
        a, b = p[5], p[6]
        k = hand.get((cls, a, b))
        if k is None and cls == "org-native-ru-translated":
            k = "a translation (the class: the English translates the name)"
        if k is None:
            j = judged.get((cls, a, b)) or judged.get((cls, b, a))
            if j == "translation":
                k = "a translation (judged.tsv)"
            elif j == "noise":
                k = "another party or another name (judged.tsv: noise)"
        by_class[cls][k or kind(a, b)].append((p[3], a, b))
    other = total_all = 0
    for cls in classes:
        kinds = by_class[cls]
        total = sum(len(v) for v in kinds.values())
        total_all += total
        print(f"{cls}: {total} misses")
        for k, v in sorted(kinds.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            if k.startswith(OTHER_NAME):
                other += len(v)
            print(f"{len(v):4d}  {k}: " + "; ".join(f"{a} / {b}" for _, a, b in v[:5]))
            if verbose:
                for s, a, b in v:
                    print(f"      {s}\t{a}\t{b}")
    if len(classes) > 1:
        print(f"all: {total_all} misses, {other} of them another name (a translation, a former or other name), "
              f"{total_all - other} left")


if __name__ == "__main__":
    main()
