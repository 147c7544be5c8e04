#!/usr/bin/env python3
"""Look-alike names of different entities from independent lists: rows of
class lookalike-entity for normalize/testdata/devset/pairs.tsv (issue 11:
a country and the "Democratic Republic" of the same name, an organisation
and its regional branch, two countries whose names are close). Usage:

    lookalike_entities.py countries.json normalize/org_aliases.tsv >> normalize/testdata/devset/pairs.tsv

countries.json: mledoze/countries (ODbL 1.0), copied unchanged; each
country's English common and official names and its Latin-letter
altSpellings are one entity's forms. org_aliases.tsv: the UN Security
Council Consolidated List and EU list forms of the repository (each line one
listing; see testdata/README.md). Listings or countries that share a form
are taken as one entity and never paired.

A pair of forms of two different entities is a look-alike when the words
that are not in both forms, lower-cased, are close by Jaro-Winkler (>= 0.90,
as names_devset.py chooses look-alikes: Niger/Nigeria, Republic of
Niger/Republic of Nigeria, not Republic of Korea/Republic of Yemen), or when
one form has no word the other lacks (Sudan/South Sudan, Al-Qaida/Al-Qaida
in Iraq). Pairs equal after dropping accents and everything but letters
or at one edit from each other (10 letters or more) are left out: two
branches of one name (Ansar al-Sharia/Ansar al-Shari'a). At most three
pairs per form. No pair is
chosen by what bitext makes of it. Split: held out when CRC-32 of "A|B" is
0 mod 5, as names_devset.py.
"""
import json, random, re, sys, unicodedata, zlib
from namesets import entity_roots, jw, lev




rnd = random.Random(12)


def latin(s):
    return bool(s) and all(ord(c) < 0x250 or c in "ʼ’‘" for c in s) and any(c.isalpha() for c in s)




def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def words(s):
    return [w for w in re.split(r"[\s,()]+", s.lower()) if w]


def pairs(entities, source, cap):
    """entities: list of sets of forms. Yields look-alike pairs."""
    # entities that share a form are one entity
    root = entity_roots(entities)
    forms = sorted({(f, root[i]) for i, fs in enumerate(entities) for f in fs})
    out = set()
    for x in range(len(forms)):
        a, ia = forms[x]
        la, wa = a.lower(), set(words(a))
        for y in range(x + 1, len(forms)):
            b, ib = forms[y]
            if ia == ib:
                continue
            lb = b.lower()
            if la == lb:
                continue
            xa, xb = re.sub(r"[^a-z]", "", fold(la)), re.sub(r"[^a-z]", "", fold(lb))
            if xa == xb or (min(len(xa), len(xb)) >= 10 and lev(xa, xb) <= 1):
                continue  # one name spelled two ways (two branches of one name)
            wb = set(words(b))
            shared = wa & wb
            ra = " ".join(w for w in words(a) if w not in shared)
            rb = " ".join(w for w in words(b) if w not in shared)
            if not ra or not rb or jw(ra, rb) >= 0.90:
                out.add((a, b) if a < b else (b, a))
    out = sorted(out)
    rnd.shuffle(out)
    rows, per = [], {}
    for a, b in out:
        # at most three pairs per form, so that one generic form (Island,
        # Iceland's own name) does not make the class
        if per.get(a, 0) >= 3 or per.get(b, 0) >= 3 or len(rows) >= cap:
            continue
        per[a], per[b] = per.get(a, 0) + 1, per.get(b, 0) + 1
        split = "held" if zlib.crc32(f"{a}|{b}".encode()) % 5 == 0 else "dev"
        rows.append(("lookalike-entity", "different", a, b, source, split))
    return rows


countries = json.load(open(sys.argv[1], encoding="utf-8"))
ents = []
for c in countries:
    fs = {c["name"]["common"], c["name"]["official"]}
    fs |= {s for s in c.get("altSpellings", []) if latin(s) and len(s) > 3}
    ents.append({f for f in fs if latin(f)})
rows = pairs(ents, "mledoze-countries", 250)

orgs = []
for l in open(sys.argv[2], encoding="utf-8"):
    if l.startswith("#") or not l.strip():
        continue
    f = l.rstrip("\n").split("\t")
    orgs.append({x for x in f[1:] if latin(x) and len(x) > 3 and not x.isupper()})
rows += pairs(orgs, "un-eu-org-aliases", 250)
for r in rows:
    print("\t".join(r))
