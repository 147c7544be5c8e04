#!/usr/bin/env python3
"""Listed persons' names as sanctions lists spell them: rows of class
person-listed and person-listed-part (same) and lookalike-listed (different)
for normalize/testdata/devset/pairs.tsv (issue 11: Arabic, Persian, Pashto,
Urdu and Kurdish names in Latin transliteration). Usage:

    persons_listed.py consolidated.xml >> normalize/testdata/devset/pairs.tsv

consolidated.xml: the UN Security Council Consolidated List as the UN
publishes it (https://scsanctions.un.org/resources/xml/en/consolidated.xml);
the committed rows were built from the copy of 20 March 2020 in
github.com/Mendw/cmt-project-api, commit b96b3d1 (sha256
3a11ee1e784463f88946501c42f78f6c76f5eea526e55207a151c45079fd0514), the copy
testdata/bench/org_aliases.py reads for the organisations.

Forms of a person (an INDIVIDUAL): the listed name (FIRST_NAME to
FOURTH_NAME, written in title case when the list writes it in capitals, as
org_aliases.py does) and every alias (ALIAS_NAME, of "Good" or "Low"
quality; one alias field holding several names split at ";"). Text in
parentheses is dropped ("(original script: ...)"); a form is dropped when it
holds a letter outside the Latin script, a digit, a comma (the list's
"Surname, Given" order), a colon, an initial (one letter, or a letter and a
dot) or the word "born" (a date run into the name).

The criterion, which uses no rule of bitext (only Jaro-Winkler, the
baseline, and the list's own grouping): a form's tokens are its words split
at spaces and hyphens, lower-cased, apostrophes removed. Two tokens are
close when Jaro-Winkler >= 0.70, or, both of three letters or fewer, they
differ in one letter at most (al/el, bin/ben). Two forms of one person are a
variant pair (person-listed) when their tokens are not the same sequence
(a pair differing only in case, hyphens or apostrophes says nothing of
spelling) and either (a) they have as many tokens and each token is close to
the token at the same place, or (b) one has one token more and, two
neighbouring tokens of it joined (the joined token of Jaro-Winkler >= 0.85
and at most two letters longer or shorter than its counterpart), the same
holds (Abdul Rahman / Abdurrahman, Saeed Reza / Saeedreza). Both forms have
two tokens or more. At most six pairs per person are kept, taken in random
order (seed 16). So an alias that is another name (a nom de guerre against
a birth name), a shorter or longer form (a missing middle name) or the
parts in another order is not paired. Each aligned token pair that differs, not joined, both tokens of three letters or more
and not both of three letters or fewer, is a person-listed-part pair
(Yusuf/Yusif, Al-Ghamdi's Ghamdi/Ghamidi), once per spelling pair.

Many listed persons are also on OFAC's SDN list: an overlap of persons; the
spellings here are the UN's, read from the UN's file.

Look-alikes (lookalike-listed): two forms of two different persons, each of
two tokens or more, as many tokens, with Jaro-Winkler of the lower-cased
forms >= 0.90, where some aligned token pair is not close (a different name
part, not a spelling of one) and is not aligned in any variant pair of the
list (the list itself says those are spellings of one name). At most three
pairs per person, the candidates taken in random order (seed 16).

Split: held out when CRC-32 of "A|B" is 0 mod 5, as names_devset.py.
"""
import random, sys, zlib
import xml.etree.ElementTree as ET
from namesets import jw, listed_person_form as clean, listed_tokens as tokens, listed_close as close, listed_variant_pairs, \
    un_person_names

root = ET.parse(sys.argv[1]).getroot()
persons = []  # (reference, [forms])
for ind in root.find("INDIVIDUALS"):
    raw = un_person_names(ind)
    forms, seen = [], set()
    for r in raw:
        f = clean(r)
        if f and f.lower() not in seen:
            seen.add(f.lower())
            forms.append(f)
    persons.append(((ind.findtext("REFERENCE_NUMBER") or "").strip(), forms))

out = []
PER_PERSON = 6  # variant pairs kept per person, at random


def emit(cls, want, a, b, source):
    if a == b:
        return
    split = "held" if zlib.crc32(f"{a}|{b}".encode()) % 5 == 0 else "dev"
    out.append((cls, want, a, b, source, split))


def cap(t):
    return t[:1].upper() + t[1:]


rnd = random.Random(16)
variants = set()  # aligned token pairs of variant pairs, both orders
seen_pairs, seen_parts = set(), set()
nvar = 0
for ref, forms in persons:
    pairs = listed_variant_pairs(forms)
    nvar += len(pairs)
    for a, b, al in pairs:
        for x, y, joined in al:
            variants.add((x, y))
            variants.add((y, x))
            if joined or x == y or len(x) < 3 or len(y) < 3 or (len(x) <= 3 and len(y) <= 3):
                continue
            k = tuple(sorted((x, y)))
            if k in seen_parts:
                continue
            seen_parts.add(k)
            emit("person-listed-part", "same", cap(x), cap(y), "un-consolidated")
    rnd.shuffle(pairs)
    kept = 0
    for a, b, al in pairs:
        key = tuple(sorted((a.lower(), b.lower())))
        if kept >= PER_PERSON or key in seen_pairs:
            continue
        seen_pairs.add(key)
        kept += 1
        emit("person-listed", "same", a, b, "un-consolidated")

# Look-alikes.
flat = []  # (person index, form, tokens)
for n, (ref, forms) in enumerate(persons):
    for f in forms:
        t = tokens(f)
        if len(t) >= 2:
            flat.append((n, f, t))
cands = []
for i, (na, a, ta) in enumerate(flat):
    la = a.lower()
    for nb, b, tb in flat[i + 1:]:
        if na == nb or len(ta) != len(tb) or la == b.lower():
            continue
        if jw(la, b.lower()) < 0.90:
            continue
        if any(not close(x, y) and (x, y) not in variants for x, y in zip(ta, tb)):
            cands.append((na, nb, a, b))
rnd.shuffle(cands)
used, seen_look = {}, set()
for na, nb, a, b in cands:
    k = tuple(sorted((a.lower(), b.lower())))
    if used.get(na, 0) >= 3 or used.get(nb, 0) >= 3 or k in seen_look:
        continue
    seen_look.add(k)
    used[na] = used.get(na, 0) + 1
    used[nb] = used.get(nb, 0) + 1
    emit("lookalike-listed", "different", a, b, "un-consolidated")

for r in out:
    print("\t".join(r))
print(f"persons {len(persons)}, variant pairs {nvar}, kept {len(seen_pairs)}, parts {len(seen_parts)}, look-alike candidates {len(cands)}, chosen {len(seen_look)}", file=sys.stderr)
