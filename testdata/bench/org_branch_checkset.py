#!/usr/bin/env python3
"""Organisations and their branches on two sanctions lists (issue 11,
branch branch58): normalize/testdata/orgbranch/checkset.tsv. Usage:

    org_branch_checkset.py consolidated.xml subject_names.csv subjects.csv \\
        > normalize/testdata/orgbranch/checkset.tsv

consolidated.xml: the UN Security Council Consolidated List (the copy of
20 March 2020 that org_aliases.py reads); subject_names.csv and
subjects.csv: the UK Sanctions List as github.com/covyr/uk-sanctions-list
commit ec7a463 splits it (uklist_checkset.py's input). Origin, sha256 and
licence of the three in testdata/README.md.

Listings. Every UN entity (its name and its a.k.a./f.k.a. aliases, split
as org_aliases.py splits them: an acronym in parentheses or after " / " is
left out, a name listing several with ";" gives each) and every UK entity
without a UN reference (its names; a UK entity with one is the UN's
listing again). Ships and persons are left out. A name written all in
capitals is written in title case as org_aliases.py writes it; a form with
a letter outside the Latin script, or of one word, is left out.

Criterion (the lists' own grouping and the words as written, no rule of
bitext): a form's words are its words in lower case, marks and punctuation
dropped ("Al-Qaida" is al, qaida).
- org-branch (apart): a form of one listing whose words are, in order, the
  first or the last words of a form of another listing, which adds one to
  four words: two bodies the lists name apart, one named after the other
  (the Al-Qaida and the Al-Qaida in the Arabian Peninsula; a company and
  its subsidiary named after it). Class org-branch-end (words added at the
  end) or org-branch-start.
- org-added (same): two forms of one listing, one the other with one to four
  words added at its start or end: one body the list names both ways.
At most eight pairs a shorter form. Split by the shorter form's listing:
held out when the CRC-32 of its id is 0 mod 3, so that every branch of one
organisation is in one half. Written for bitext (the pairing); MIT like
bitext.
"""
import collections, csv, re, sys, unicodedata, zlib
import xml.etree.ElementTree as ET
from namesets import latin, title_parts, print_half_checkset

SMALL = {"of", "the", "in", "and", "for", "on", "de", "la", "le", "du", "des", "wal", "ul", "e", "i", "a", "al"}
ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9.\-/&]{1,11}$")


def cap(p):
    if ACRONYM.match(p) and len(p) <= 4 and not any(c in "AEIOU" for c in p):
        return p
    low = p.lower()
    return low[:1].upper() + low[1:]


def split_forms(name):
    """The names a listed name gives (org_aliases.py's forms_of, without
    the acronyms)."""
    name = " ".join(name.split()).strip('"')
    if not name:
        return []
    if ";" in name:
        return [f for p in re.split(r"[;()]", name.replace("(original script)", "")) for f in split_forms(p)]
    name = re.sub(r"\s*\([^()]*\)", "", name).strip()
    if " / " in name:
        name = name.split(" / ")[0].strip()
    return [name] if name else []


def form(s):
    s = re.sub(r"[“”\"\[\]]", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" ,;.-")
    if not s or not latin(s):
        return None
    if s == s.upper() and (" " in s or sum(c.isalpha() for c in s) > 6):
        s = title_parts(s, SMALL, cap)
    return s


def words(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))
    return tuple(w for w in re.split(r"[^a-z0-9]+", s) if w)


def half(lid):
    return "held" if zlib.crc32(lid.encode()) % 3 == 0 else "design"


un_xml, names_csv, subjects_csv = sys.argv[1:4]
listings = []  # (id, [forms])
root = ET.parse(un_xml).getroot()
for e in root.find("ENTITIES"):
    names = [e.findtext("FIRST_NAME") or ""] + [a.findtext("ALIAS_NAME") or "" for a in e.findall("ENTITY_ALIAS")]
    listings.append(("UN " + (e.findtext("REFERENCE_NUMBER") or "").strip(), [n for x in names for n in split_forms(x)]))
uk = set()
for r in csv.DictReader(open(subjects_csv, encoding="utf-8")):
    if r["subject_type"] == "entity" and not r["un_reference_number"].strip():
        uk.add(r["unique_id"])
raw = collections.defaultdict(list)
for r in csv.DictReader(open(names_csv, encoding="utf-8")):
    if r["unique_id"] in uk:
        raw[r["unique_id"]].extend(split_forms(r["full_name"]))
listings += [("UK " + u, raw[u]) for u in sorted(raw)]

forms = []  # (listing, form, words)
for lid, names in listings:
    seen = set()
    for n in names:
        f = form(n)
        if not f:
            continue
        w = words(f)
        if len(w) < 2 or w in seen:
            continue
        seen.add(w)
        forms.append((lid, f, w))

by_words = collections.defaultdict(list)
for x in forms:
    by_words[x[2]].append(x)
rows, per_short = [], collections.Counter()
seen_pairs = set()
for lid, f, w in forms:  # f the longer form: its first and last runs of words
    for n in range(2, len(w)):
        if len(w) - n > 4:
            continue
        for cls, part in (("end", w[:n]), ("start", w[len(w) - n:])):
            for slid, sf, sw in by_words.get(part, ()):
                key = (sf.lower(), f.lower())
                if key in seen_pairs or per_short[sf.lower()] >= 8:
                    continue
                if slid == lid:
                    group, label = "org-added", "same"
                elif any(x[0] == slid for x in by_words.get(w, ())):
                    continue  # the longer form is the shorter's listing's too
                else:
                    group, label = "org-branch-" + cls, "apart"
                seen_pairs.add(key)
                per_short[sf.lower()] += 1
                rows.append((half(slid), group, label, sf, f, slid + " / " + lid))
rows.sort(key=lambda r: (r[0], r[1], r[5], r[3], r[4]))
counts = print_half_checkset("orgbranch check set: built by testdata/bench/org_branch_checkset.py from the UN Consolidated List (2020-03-20) and the UK Sanctions List (github.com/covyr/uk-sanctions-list ec7a463); see testdata/README.md", rows)
for k in sorted(counts):
    print(k, counts[k], file=sys.stderr)
