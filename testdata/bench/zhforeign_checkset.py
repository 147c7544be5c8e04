#!/usr/bin/env python3
"""Build the check set of foreign names that Chinese writes alike (issue 11,
branch zhforeign): normalize/testdata/zhforeign/checkset.tsv, in
score_checkset.py's format (half, group, label, a, b, source). Usage:

    zhforeign_checkset.py CEDPANE CEDICT DEVSET_DIR > normalize/testdata/zhforeign/checkset.tsv

Chinese writes a foreign name by its sound, so one Chinese form often
covers two Latin spellings (史蒂文 Steven / Stephen, 凯瑟琳 Catherine /
Katherine): such spellings are one name. Two spellings that look alike but
that Chinese writes apart are look-alikes.

Sources (names are facts; no text of either is copied into the repository):
  CEDPANE  CedPane ("Chinese-English Dictionary Public-domain Additions for
           Names Etc", github.com/ssb22/CedPane, public domain: Unlicense /
           PDDL), cedpane.txt at commit d674378f22e384452d0ce9478c8fe0ab69ae28cb
           (16 June 2020): `git show d674378:cedpane.txt > CEDPANE`. Lines are
           Word, Simplified, Traditional, Pinyin, ...; Word lists the Latin
           spellings a Chinese form writes, separated by "; ".
  CEDICT   CC-CEDICT (CC BY-SA 4.0), written by testdata/bench/cedict.sh:
           entries with a sense marked "(name)" ("/Catherine (name)/Katherine/",
           "/Mary or Marie (name)/").
  DEVSET_DIR normalize/testdata/devset: pairs.tsv, places.tsv and blind.tsv
           are read only to leave out every pair they hold (either order, any
           case), so that the blind set stays blind.

What a token is: a Latin spelling of letters only, three letters or more,
capitalised, with nothing after it but a qualifier naming a person
(CedPane: (name), (surname), (modern), (Bible), (person), ...; a place
qualifier such as (town) or (in Sichuan) drops the spelling). Chinese
forms are of Han characters only, two or more.

Groups (classes of score_checkset.py):
  zhf-variant    same: two tokens one Chinese form writes (at most 3 pairs a
                 form, a token in at most MAX_PER_NAME pairs of the set).
  zhf-lookalike  apart: names_blindset.py's look-alike criterion on these
                 tokens: both 5+ letters, the same first two letters,
                 Jaro-Winkler >= 0.90, no Chinese form in common, and every
                 form of one at Levenshtein >= 2 from every form of the other.
Dropped: pairs that differ only in case or accents, pairs in the devset
files. Candidates are shuffled with random.Random(3838) and taken in that
order up to each quota; nothing is chosen by what bitext makes of a pair.
Split: CRC-32 of "a|b" mod 3 == 0 is held out (scored once, at the end),
the rest design.
"""
import collections, os, random, re, sys, unicodedata
from namesets import Quota, held_or_design, jw, known_pairs, lev

MAX_PER_NAME = 3
PAIRS_PER_FORM = 3
VARIANT_QUOTA = 600
LOOKALIKE_QUOTA = 300

# CedPane qualifiers that name a person (anything else, a place, a river, a
# language, drops the spelling).
PERSON_QUAL = {"name", "surname", "modern", "person", "given name", "modern name",
               "Bible", "male name", "female name", "first name", "name, modern",
               "alternate translation", "older translation", "old translation",
               "modern translation", "Catholic", "Catholic version"}

cedpane, cedict, devdir = sys.argv[1], sys.argv[2], sys.argv[3]
HAN = re.compile(r"^[\u4e00-\u9fff]{2,}$")
TOKEN = re.compile(r"^[^\W\d_]{3,}$")


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


forms = collections.defaultdict(set)    # token -> {Chinese form}
source = collections.defaultdict(set)   # (token, form) -> {source}


def add(tok, form, src):
    tok = tok.strip()
    if not TOKEN.match(tok) or not tok[0].isupper() or not HAN.match(form):
        return
    if tok[1:].isupper():  # an acronym
        return
    forms[tok].add(form)
    source[tok, form].add(src)


with open(cedpane, encoding="utf-8") as f:
    next(f)
    for line in f:
        c = line.rstrip("\n").split("\t")
        if len(c) < 3 or c[0].startswith("<"):
            continue
        for part in c[0].split(";"):
            part = part.strip()
            m = re.match(r"^(\S+)(?: \(([^)]*)\))?$", part)
            if not m:
                continue
            if m.group(2) is not None and m.group(2).rstrip("?") not in PERSON_QUAL:
                continue
            add(m.group(1), c[1], "cedpane")

with open(cedict, encoding="utf-8") as f:
    for line in f:
        if line.startswith("#"):
            continue
        m = re.match(r"^\S+ (\S+) \[[^]]*\] /(.*)/$", line.rstrip("\n"))
        if not m:
            continue
        simp, senses = m.group(1), m.group(2).split("/")
        if not any("(name)" in s for s in senses):
            continue
        for s in senses:
            s = s.replace("(name)", "").replace(" etc", "").strip()
            for tok in re.split(r",\s*|\s+or\s+", s):
                add(tok, simp, "cedict")

known = known_pairs(os.path.join(devdir, name) for name in ("pairs.tsv", "places.tsv", "blind.tsv"))

rnd = random.Random(3838)
picker = Quota(MAX_PER_NAME)
out = []
stats = []


def take(cands, quota, group, label, src_of):
    got = picker.take(cands, quota, lambda a, b: ascii_fold(a) == ascii_fold(b) or (a.lower(), b.lower()) in known)
    for a, b in got:
        out.append((held_or_design(a, b), group, label, a, b, src_of(a, b)))
    stats.append(f"{group}: {len(got)} of {len(cands)} candidates")


by_form = collections.defaultdict(list)
for tok in sorted(forms):
    for form in forms[tok]:
        by_form[form].append(tok)
var = []
for form in sorted(by_form):
    toks = by_form[form]
    pairs = [(toks[i], toks[j]) for i in range(len(toks)) for j in range(i + 1, len(toks))]
    rnd.shuffle(pairs)
    var.extend((a, b, form) for a, b in pairs[:PAIRS_PER_FORM])
rnd.shuffle(var)
var_form = {(a, b): form for a, b, form in var}


def var_source(a, b):
    form = var_form[a, b]
    return "+".join(sorted(source[a, form] & source[b, form] or source[a, form] | source[b, form])) + ":" + form


take([(a, b) for a, b, _ in var], VARIANT_QUOTA, "zhf-variant", "same", var_source)

blocks = collections.defaultdict(list)
for tok in sorted(forms):
    if len(tok) >= 5:
        blocks[ascii_fold(tok[:2])].append(tok)
neg = []
for k in sorted(blocks):
    toks = blocks[k]
    for i in range(len(toks)):
        for j in range(i + 1, len(toks)):
            a, b = toks[i], toks[j]
            if jw(a.lower(), b.lower()) < 0.9 or forms[a] & forms[b]:
                continue
            if min(lev(x, y) for x in forms[a] for y in forms[b]) >= 2:
                neg.append((a, b))
rnd.shuffle(neg)


def neg_source(a, b):
    srcs = set().union(*(source[a, x] for x in forms[a]), *(source[b, y] for y in forms[b]))
    return "+".join(sorted(srcs)) + ":" + ",".join(sorted(forms[a])) + "/" + ",".join(sorted(forms[b]))


take(neg, LOOKALIKE_QUOTA, "zhf-lookalike", "apart", neg_source)

for s in stats:
    print(s, file=sys.stderr)
print("half\tgroup\tlabel\ta\tb\tsource")
for r in out:
    print("\t".join(r))
