#!/usr/bin/env python3
"""Builds normalize/nicknames.tsv from carltonnorthern/nicknames names.csv.

Usage: python3 filter.py names.csv COMMIT > ../../normalize/nicknames.tsv, then
(cd normalize && BITEXT_GEN_NICKNAMES=1 go test -run TestNicknamesKeys): it adds
the two names' keys (Key) to each line.

names.csv lists (name1, has_nickname, name2) in both directions and mixes
in spelling variants and other names; the filter keeps the hypocoristics:

1. Each pair is written full name (the longer) first; of two names of one
   length the source's order is kept.
2. Spelling variants are dropped: two names at most two edits apart where
   the shorter is not the start of the longer (Hillary/Hilary, John/Jon,
   Lindsay/Lindsey, Allan/Allen, Andrew/Andrea, Bob/Rob). They are not short
   forms, and the matcher's spelling rules already read them. A short form
   that starts the longer name stays (Abe/Abel, Bill/Billy), and so does one
   of three letters or more that ends it (frontclip): a front clipping
   (Drew/Andrew, Fred/Alfred, Becca/Rebecca, Nathan/Jonathan), a short form,
   not a spelling, that the letters alone hold apart from the full name
   (Drew Steckenrider, Andrew Paul Steckenrider: 0.793, different); and
   one whose start, three letters or more, before an ending -ie, -ey, -y,
   -i or -e, starts the full name (diminutive): the full name clipped with
   an English diminutive ending (Dave/David, Charlie/Charles, Jamie/James,
   Stevie/Steven), which the letters put at 0.70 with a middle name
   between (Dave Brubeck, David Warren Brubeck).
3. A few pairs read as other names are dropped (OTHER below).
4. Ambiguous short forms are dropped: a short form listed for
   AMBIGUOUS or more full names, counting a full name's spelling variants
   (rule 2) once, stands for too many names to make two of them one
   (Chris, Al, Fred, Rick, Ed, Will, Tony, Sam...).
"""
import collections, csv, sys

AMBIGUOUS = 4

# OTHER are pairs seen while reading the table that are not a name and its
# short form: a translation (Miguel), another given name (Micah, Wilma,
# Erin, Bela) or a name by a pun (Daisy for Marguerite); and Bill, Billy
# for Robert, a rare use that would make Bob and Bill, two short forms of
# one name through it, one man's (Bill is William's in today's usage). The
# table was not read whole; more such pairs may remain.
OTHER = {("aaron", "erin"), ("michael", "miguel"), ("michael", "micah"), ("william", "wilma"),
         ("william", "bela"), ("margaret", "daisy"), ("robert", "bill"), ("robert", "billy")}


def edits(a, b):
    d = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        p = d[:]
        d[0] = i
        for j, cb in enumerate(b, 1):
            d[j] = min(p[j] + 1, d[j - 1] + 1, p[j - 1] + (ca != cb))
    return d[-1]


def variant(a, b):
    s, l = sorted((a, b), key=len)
    return edits(a, b) <= 2 and not l.startswith(s)


def frontclip(full, short):
    return len(short) >= 3 and len(full) > len(short) and full.endswith(short)


def diminutive(full, short):
    for end in ("ie", "ey", "y", "i", "e"):
        stem = short[:-len(end)]
        if short.endswith(end) and len(stem) >= 3 and full.startswith(stem) and len(full) >= len(short):
            return True
    return False


def main():
    path, commit = sys.argv[1], sys.argv[2]
    pairs = set()
    for a, rel, b in list(csv.reader(open(path)))[1:]:
        if rel != "has_nickname" or a == b:
            continue
        if len(b) > len(a):
            a, b = b, a
        if variant(a, b) and not frontclip(a, b) and not diminutive(a, b):
            continue
        if (a, b) not in OTHER:
            pairs.add((a, b))
    fulls = collections.defaultdict(set)
    for f, n in pairs:
        fulls[n].add(f)
    dropped = {}
    for n, fs in fulls.items():
        groups = []  # full names, spelling variants together
        for f in sorted(fs):
            for g in groups:
                if any(variant(f, h) for h in g):
                    g.append(f)
                    break
            else:
                groups.append([f])
        if len(groups) >= AMBIGUOUS:
            dropped[n] = len(groups)
    kept = sorted(p for p in pairs if p[1] not in dropped)
    print("# English given names and their hypocoristics (short forms), one pair a line:")
    print("# full name<TAB>short form<TAB>their keys (Key; TestNicknamesKeys writes them). Filtered by testdata/nicknames/filter.py from")
    print("# names.csv of github.com/carltonnorthern/nicknames at commit %s," % commit)
    print("# Apache License 2.0 (License.txt there; Old Dominion University, Web Science and")
    print("# Digital Libraries Research Group). Dropped: spelling variants (Hillary/Hilary),")
    print("# and %d short forms standing for %d or more full names: %s." % (
        len(dropped), AMBIGUOUS, " ".join(sorted(dropped))))
    for f, n in kept:
        print("%s\t%s" % (f, n))
    print("kept %d pairs, dropped %d ambiguous short forms" % (len(kept), len(dropped)), file=sys.stderr)


main()
