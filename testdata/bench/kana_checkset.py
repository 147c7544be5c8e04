#!/usr/bin/env python3
"""Build the katakana check set (normalize/testdata/kana/checkset.tsv,
branch kana, issue 11): English spellings that Japanese katakana writes
alike, and look-alikes that katakana writes apart, from ENAMDICT, the
Japanese proper-names dictionary of the EDRDG (Debian package enamdict,
/usr/share/edict/enamdict, EUC-JP). Usage:

    iconv -f euc-jp -t utf-8 /usr/share/edict/enamdict > /tmp/enamdict.txt
    kana_checkset.py /tmp/enamdict.txt > normalize/testdata/kana/checkset.tsv

Licence: EDRDG General Dictionary Licence (CC BY-SA 3.0/4.0,
/usr/share/doc/enamdict/copyright); only names, which are facts, are taken.

Entries read: those whose headword is katakana only (foreign names, 77,289
of them), e.g. `アースキン /(u) Erskin/Erskine/`. A gloss keeps the tags of
the sense it belongs to (a `(tag)` at the start of a field opens a sense);
only glosses of person senses are kept: (s) surname, (g) given, (m) male,
(f) female, (u) unclassified person, (h) full name (a sense with any other
tag, such as (p) place or (c) company, is left out). A gloss is a token when
it is a single word of letters only, three or more, written with a capital
(not all capitals: ISIS is an acronym).

Groups (score_checkset.py's format):
  kana-variant    (same) two tokens of one entry that differ not only in
                  case; at most 3 pairs per entry.
  kana-lookalike  (apart) two tokens of five letters or more, glosses of
                  different entries, with the same first two letters,
                  Jaro-Winkler >= 0.90 (namesets.jw), whose katakana forms
                  all differ by two characters or more (namesets.lev) and
                  whose entries share no gloss: names_blindset.py's
                  look-alike criterion on another source.
Left out: a pair in normalize/testdata/devset/blind.tsv, pairs.tsv or
places.tsv (either order, any case): the blind set stays blind (blind.tsv is
read by this filter only). Candidates are shuffled with a fixed seed and
taken in that order up to each group's quota, a token in at most
MAX_PER_NAME pairs of the whole set. No pair is chosen by what bitext makes
of it. Half: CRC-32 of `a|b` mod 3 == 0 is held (held out), the rest design.
"""
import collections, itertools, os, random, re, sys
from namesets import Quota, held_or_design, jw, known_pairs, lev

MAX_PER_NAME = 3
PER_ENTRY = 3
QUOTA_VARIANT = 400
QUOTA_LOOKALIKE = 400
PERSON = {"s", "g", "m", "f", "u", "h"}
KATAKANA = re.compile(r"[\u30a0-\u30ff]+")
TOKEN = re.compile(r"[A-Z][A-Za-z]{2,}")
TAG = re.compile(r"\(([a-z]+(?:,[a-z]+)*)\)\s*")

here = os.path.dirname(os.path.abspath(__file__))
devset = os.path.join(here, "..", "..", "normalize", "testdata", "devset")
rnd = random.Random(1138)

known = known_pairs(os.path.join(devset, name) for name in ("blind.tsv", "pairs.tsv", "places.tsv"))


def person_glosses(body):
    """The glosses of the person senses of an entry's /.../ part."""
    out, tags = [], set()
    for field in body.strip("/").split("/"):
        m = TAG.match(field)
        if m:
            tags = set(m.group(1).split(","))
            field = field[m.end():]
        if tags and tags <= PERSON:
            out.append(field.strip())
    return out


entries = []  # (katakana, [tokens], {all person glosses, lower case})
for line in open(sys.argv[1], encoding="utf-8"):
    head, _, body = line.rstrip("\n").partition(" ")
    if not KATAKANA.fullmatch(head) or not body.startswith("/"):
        continue
    gl = person_glosses(body)
    toks = []
    for g in gl:
        if TOKEN.fullmatch(g) and not g.isupper() and g.lower() not in {t.lower() for t in toks}:
            toks.append(g)
    if toks:
        entries.append((head, toks, {g.lower() for g in gl}))

picker = Quota(MAX_PER_NAME, key=str.lower)  # a token in any case is one name
rows = []


def take(cands, quota, group):
    got = picker.take(cands, quota, lambda a, b: a.lower() == b.lower() or (a.lower(), b.lower()) in known)
    label = "same" if group == "kana-variant" else "apart"
    for a, b in got:
        rows.append((held_or_design(a, b), group, label, a, b, "enamdict"))
    print(f"{group}: {len(got)} of {len(cands)} candidates", file=sys.stderr)


var = []
for head, toks, _ in entries:
    pairs = list(itertools.combinations(toks, 2))
    rnd.shuffle(pairs)
    var.extend(pairs[:PER_ENTRY])
rnd.shuffle(var)
take(var, QUOTA_VARIANT, "kana-variant")

# token (lower case) -> spelling, katakana forms, entries' glosses
spell, kana, glosses = {}, collections.defaultdict(set), collections.defaultdict(set)
for head, toks, gl in entries:
    for t in toks:
        if len(t) >= 5:
            spell.setdefault(t.lower(), t)
            kana[t.lower()].add(head)
            glosses[t.lower()] |= gl
blocks = collections.defaultdict(list)
for t in spell:
    blocks[t[:2]].append(t)
neg = []
for k in sorted(blocks):
    ts = sorted(blocks[k], key=len)
    for i in range(len(ts)):
        for j in range(i + 1, len(ts)):
            a, b = ts[i], ts[j]
            if 2 * len(a) < len(b):  # Jaro-Winkler >= 0.90 cannot hold
                break
            if a in glosses[b] or b in glosses[a] or glosses[a] & glosses[b]:
                continue
            if jw(a, b) < 0.9:
                continue
            if min(lev(x, y) for x in kana[a] for y in kana[b]) >= 2:
                neg.append((spell[a], spell[b]))
neg.sort()
rnd.shuffle(neg)
take(neg, QUOTA_LOOKALIKE, "kana-lookalike")

print("half\tgroup\tlabel\ta\tb\tsource")
for r in rows:
    print("\t".join(r))
