#!/usr/bin/env python3
"""Listed names of a second, independent sanctions list, the UK Sanctions
List (issue 11, branch eulist63): normalize/testdata/uklist/checkset.tsv.
Usage:

    uklist_checkset.py subject_names.csv subjects.csv consolidated.xml \\
        > normalize/testdata/uklist/checkset.tsv

subject_names.csv and subjects.csv: the UK Sanctions List (FCDO, report of
29 April 2026) as github.com/covyr/uk-sanctions-list commit ec7a463 splits
it, one name a line grouped by the subject's unique_id, and one subject a
line with its type (individual, entity, ship) and UN reference;
consolidated.xml: the UN Security Council Consolidated List that
persons_listed.py and org_aliases.py read (origin, sha256 and licence of
the three in testdata/README.md).

Forms. Of a person (subject type individual): each full_name, kept and
written as persons_listed.py keeps a UN form (listed_person_form:
parentheses dropped, a form with a non-Latin letter, a digit, a comma, a
colon, an initial or "born" dropped; capitals in title case). Of an
organisation (entity; ships are left out): each full_name, its quotes and
brackets dropped (the words inside kept), a form with a non-Latin letter
dropped, capitals in title case as org_aliases.py writes them. Forms that
differ in case only are one.

Overlap with the UN list, removed: a subject with a UN reference, and a
subject one of whose forms is, as a set of words (lower case, marks and
punctuation dropped), a form of a UN person or entity (the names the
UN-built rows of devset/pairs.tsv, org_aliases.tsv and nasab come from):
the same listing on both lists would make the two sets one echo.

The criterion is persons_listed.py's, which uses no rule of bitext (only
Jaro-Winkler and the list's own grouping; namesets.listed_align): two
forms of one subject are a variant pair when their tokens are not the same
sequence and either each token is close to the token at its place or, two
neighbouring tokens of one joined, the same holds; both forms have two
tokens or more; at most six pairs a subject, in random order (seed 16).
Classes uklist-person and uklist-org (same). Look-alikes,
lookalike-uklist-person and lookalike-uklist-org (apart): two forms of two
different subjects of one kind, each of two tokens or more, as many tokens,
Jaro-Winkler of the lower-cased
forms >= 0.90, some aligned token pair not close and not aligned in any
variant pair of the list; at most three pairs a subject (seed 16).

Split by subject: held out when the CRC-32 of its unique_id is 0 mod 3, else
design (about 2/3); a look-alike whose two subjects fall in two halves is
left out.
"""
import collections, csv, random, re, sys, zlib
import xml.etree.ElementTree as ET
from namesets import jw, latin, title_parts, listed_person_form, listed_tokens, listed_close, listed_variant_pairs, \
    un_word_sets, word_set, print_half_checkset

ORG_SMALL = {"of", "the", "in", "and", "for", "on", "de", "la", "le", "du", "des", "wal", "ul", "e", "i", "a", "al"}
ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9.\-/&]{1,11}$")


def org_form(s):
    """The form s of an organisation's name, or None when it is dropped."""
    s = re.sub(r"[“”\"()\[\]]", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" ,;")
    if not s or not latin(s):
        return None
    if s == s.upper() and (" " in s or sum(c.isalpha() for c in s) > 6):
        s = title_parts(s, ORG_SMALL, org_word)
    return s


def org_word(p):
    """A word of a name in capitals in title case, unless a short acronym
    without a vowel (org_aliases.py's rule: "LLC" stays)."""
    if ACRONYM.match(p) and len(p) <= 4 and not any(c in "AEIOU" for c in p):
        return p
    low = p.lower()
    return low[:1].upper() + low[1:]


def letter_counts(s):
    """How many times each letter a-z and any other character occur in s."""
    c = [0] * 27
    for ch in s:
        o = ord(ch) - 97
        c[o if 0 <= o < 26 else 26] += 1
    return c


def may_reach(ca, cb, la, lb):
    """Jaro-Winkler of two strings of lengths la, lb and letter counts ca, cb
    can reach 0.90: the matches are at most the characters they share, so
    Jaro is at most (c/la + c/lb + 1)/3 and the prefix adds at most 0.4 of
    what Jaro leaves (an exact bound: a filter, not a criterion)."""
    c = sum(map(min, ca, cb))
    if not c:
        return False
    j = (c / la + c / lb + 1) / 3
    return j + 0.4 * (1 - j) >= 0.90


def half(uid):
    return "held" if zlib.crc32(uid.encode()) % 3 == 0 else "design"


names_csv, subjects_csv, un_xml = sys.argv[1:4]
kind = {}
for r in csv.DictReader(open(subjects_csv, encoding="utf-8")):
    if r["subject_type"] in ("individual", "entity") and not r["un_reference_number"].strip():
        kind[r["unique_id"]] = "person" if r["subject_type"] == "individual" else "org"
raw = collections.defaultdict(list)
for r in csv.DictReader(open(names_csv, encoding="utf-8")):
    if r["unique_id"] in kind:
        raw[r["unique_id"]].append(r["full_name"])
un = un_word_sets(ET.parse(un_xml).getroot())
subjects = []  # (unique_id, kind, [forms])
dropped_un = 0
for uid in sorted(raw):
    forms, seen = [], set()
    for n in raw[uid]:
        f = listed_person_form(n) if kind[uid] == "person" else org_form(n)
        if f and f.lower() not in seen:
            seen.add(f.lower())
            forms.append(f)
    if any(word_set(f) in un for f in forms) or any(word_set(n) in un for n in raw[uid]):
        dropped_un += 1
        continue
    subjects.append((uid, kind[uid], forms))

out = []
rnd = random.Random(16)
variants = set()
nvar = collections.Counter()
seen_pairs = set()
for uid, k, forms in subjects:
    pairs = listed_variant_pairs(forms)
    nvar[k] += len(pairs)
    for a, b, al in pairs:
        for x, y, _ in al:
            variants.update(((x, y), (y, x)))
    rnd.shuffle(pairs)
    kept = 0
    for a, b, al in pairs:
        key = tuple(sorted((a.lower(), b.lower())))
        if kept >= 6 or key in seen_pairs:
            continue
        seen_pairs.add(key)
        kept += 1
        out.append((half(uid), "uklist-" + k, "same", a, b, "uk-sanctions-list " + uid))

flat = collections.defaultdict(list)  # kind -> (subject index, form, tokens)
for n, (uid, k, forms) in enumerate(subjects):
    for f in forms:
        t = listed_tokens(f)
        if len(t) >= 2:
            flat[k].append((n, f, t))
looks = collections.Counter()
for k in ("person", "org"):
    cands = []
    fl = flat[k]
    prof = [letter_counts(a.lower()) for _, a, _ in fl]
    halves = [half(subjects[n][0]) for n, _, _ in fl]
    for i, (na, a, ta) in enumerate(fl):
        la = a.lower()
        for j in range(i + 1, len(fl)):
            nb, b, tb = fl[j]
            if na == nb or len(ta) != len(tb) or halves[i] != halves[j]:
                continue
            lb = b.lower()
            if la == lb or not may_reach(prof[i], prof[j], len(la), len(lb)) or jw(la, lb) < 0.90:
                continue
            if any(not listed_close(x, y) and (x, y) not in variants for x, y in zip(ta, tb)):
                cands.append((na, nb, a, b))
    rnd.shuffle(cands)
    used, seen_look = collections.Counter(), set()
    for na, nb, a, b in cands:
        key = tuple(sorted((a.lower(), b.lower())))
        if used[na] >= 3 or used[nb] >= 3 or key in seen_look:
            continue
        seen_look.add(key)
        used[na] += 1
        used[nb] += 1
        looks[k] += 1
        out.append((half(subjects[na][0]), "lookalike-uklist-" + k, "apart", a, b,
                    f"uk-sanctions-list {subjects[na][0]}/{subjects[nb][0]}"))

c = print_half_checkset("uklist check set: built by testdata/bench/uklist_checkset.py from the UK Sanctions List "
                        "(FCDO, 29 April 2026; github.com/covyr/uk-sanctions-list ec7a463); see testdata/README.md", out)
print(f"subjects {len(subjects)} (UN overlap dropped {dropped_un}), variant pairs {dict(nvar)}, "
      f"look-alikes {dict(looks)}, rows {sorted(c.items())}", file=sys.stderr)
