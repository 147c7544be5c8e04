#!/usr/bin/env python3
"""Look-alikes of a list's slip (issue 11, branch slipcheck55):
normalize/testdata/slipalike/checkset.tsv. Usage:

    slip_lookalike_checkset.py consolidated.xml subject_names.csv subjects.csv subject_dobs.csv \\
        wd_hebrew wd_korean \\
        > normalize/testdata/slipalike/checkset.tsv

The inputs are the UN Security Council Consolidated List (persons_listed.py's
copy) and the UK Sanctions List (uklist_checkset.py's two files and
subject_dobs.csv of the same commit); origin, sha256 and licence in
testdata/README.md.

and wd_hebrew, wd_korean: Wikidata persons' English labels beside a Hebrew
or a Korean one, one item a line (steveash/NETransliteration-COLING2018
data/, names_devset.py's source; CC0).

Forms of a person: the UN list's individuals as persons_listed.py keeps them
(the listed name and its Good and Low aliases), the UK list's individuals
without a UN reference as uklist_checkset.py keeps them (one UK subject whose
form is, as a set of words, a UN form is dropped there too); both through
namesets.listed_person_form; a Wikidata label too (an initial, a comma or
a digit drops it).

A pair: two forms of two different list entries of one list (UN against UN,
UK against UK: one person listed on both lists under two spellings is not
two persons, so no pair crosses the lists), each of three words or more
(words split at spaces), as many words, all the same words (case and
apostrophes aside) but one, and that one a Damerau-Levenshtein distance
(adjacent swaps) of one (class lookalike-slip1) or two (lookalike-slip2)
apart. Different entries are not always different persons: the UK list
lists one person once a regime (Alexander Ryhorovich Lukashenko, BEL0045 and
GHR0050) and the UN list once a committee (Hassan Dahir Aweys, QDi.042 and
SOi.002). Two entries are taken as two persons only when the UK list does
not give them one OFSI group id (its id of a person across regimes), both
give a year of birth and no year is shared; other pairs are left out (counted on
stderr). Want different (apart). Two Wikidata items of one file are two persons (one English label
an item); the two files are read apart (an item may be in both) and a pair
of labels found in both is kept once. The criterion uses no rule of bitext. At most two pairs of forms a
pair of entries (the first two in the lists' order of their forms).

Each row's source names the two entries and, after a semicolon, the
shape of the difference by the conditions of normalize/list_slip.go:
where the word is (first or not), its longer length, where the edit is
(first letter, inside, the last four) and what it is (drop, swap,
substitution, two edits). Split: held out when the CRC-32 of the two entry
ids, sorted and joined by "|", is 0 mod 3, else design.
"""
import collections, csv, re, sys, zlib
import xml.etree.ElementTree as ET
from namesets import listed_person_form, un_person_names, un_word_sets, word_set, print_half_checkset

APOS = re.compile(r"['’‘ʼ`]")


def key(w):
    return APOS.sub("", w.lower())


def osa(a, b):
    """Damerau-Levenshtein distance (optimal string alignment) of a and b."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            c = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def shape(pos, x, y, dist):
    """The difference of words x and y at word place pos, read by
    list_slip.go's conditions."""
    if len(x) < len(y):
        x, y = y, x
    m = len(x)
    i = 0
    while i < len(y) and x[i] == y[i]:
        i += 1
    j = 0
    while j < len(y) - i and x[m - 1 - j] == y[len(y) - 1 - j]:
        j += 1
    end = m - j  # the edit lies in x[i:end]
    if dist == 2:
        kind = "two"
    elif m != len(y):
        kind = "drop"
    elif end - i == 2 and x[i] == y[i + 1] and x[i + 1] == y[i]:
        kind = "swap"
    else:
        kind = "subst"
    where = "first" if i == 0 else ("end" if end > m - 4 else "inside")
    return f"word{pos + 1} len{m} {where} {kind}"


def un_persons(root):
    for ind in root.find("INDIVIDUALS"):
        years = set()
        for d in ind.findall("INDIVIDUAL_DATE_OF_BIRTH"):
            years.update(re.findall(r"\b(1[89]\d\d|20\d\d)\b", " ".join(d.itertext())))
        ref = "un " + (ind.findtext("REFERENCE_NUMBER") or "").strip()
        yield ref, un_person_names(ind), years, ref


def uk_persons(names_csv, subjects_csv, dobs_csv, un):
    ind = {}  # unique_id -> OFSI group id: one person across regimes
    for r in csv.DictReader(open(subjects_csv, encoding="utf-8")):
        if r["subject_type"] == "individual" and not r["un_reference_number"].strip():
            ind[r["unique_id"]] = r["ofsi_group_id"].strip()
    raw = collections.defaultdict(list)
    for r in csv.DictReader(open(names_csv, encoding="utf-8")):
        if r["unique_id"] in ind:
            raw[r["unique_id"]].append(r["full_name"])
    years = collections.defaultdict(set)
    for r in csv.DictReader(open(dobs_csv, encoding="utf-8")):
        if r["year"].strip():
            years[r["unique_id"]].add(r["year"].strip())
    for uid in sorted(raw):
        forms = [listed_person_form(n) for n in raw[uid]]
        if any(f and word_set(f) in un for f in forms) or any(word_set(n) in un for n in raw[uid]):
            continue
        yield "uk " + uid, raw[uid], years[uid], "uk " + (ind[uid] or uid)


def pairs(entries):
    """Pairs of forms of two entries, as many words (3+), one word apart by
    one or two edits."""
    forms = []  # (entry id, form, words)
    born, group = {}, {}
    for eid, raw, years, grp in entries:
        born[eid], group[eid] = years, grp
        seen = set()
        for r in raw:
            f = listed_person_form(r)
            if f and f.lower() not in seen and len(f.split(" ")) >= 3:
                seen.add(f.lower())
                forms.append((eid, f, f.split(" ")))
    buckets = collections.defaultdict(list)
    for n, (_, _, w) in enumerate(forms):
        k = [key(x) for x in w]
        for p in range(len(w)):
            buckets[(len(w), p, tuple(k[:p]), tuple(k[p + 1:]))].append(n)
    got = collections.defaultdict(list)
    for (_, p, _, _), ns in buckets.items():
        for i in range(len(ns)):
            for j in range(i + 1, len(ns)):
                ea, fa, wa = forms[ns[i]]
                eb, fb, wb = forms[ns[j]]
                if ea == eb:
                    continue
                x, y = key(wa[p]), key(wb[p])
                if x == y or abs(len(x) - len(y)) > 2:
                    continue
                d = osa(x, y)
                if d > 2:
                    continue
                k = tuple(sorted((ea, eb)))
                if group[ea] == group[eb] or born[ea] is not None and (
                        not born[ea] or not born[eb] or born[ea] & born[eb]):
                    dropped.add(k)  # one person listed twice, or not told apart
                    continue
                got[k].append((d, p, fa, fb, ea, eb))
    for k in sorted(got):
        for d, p, fa, fb, ea, eb in got[k][:2]:
            yield d, p, fa, fb, k


def wikidata(path):
    """One Wikidata person a line: the English label, then a native one."""
    tag = "wd-" + path.rsplit("_", 1)[-1]
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        yield f"{tag} {n}", [line.split("\t")[0]], None, f"{tag} {n}"


un_xml, names_csv, subjects_csv, dobs_csv = sys.argv[1:5]
dropped = set()
root = ET.parse(un_xml).getroot()
un = un_word_sets(root)
rows = []
found = list(pairs(un_persons(root))) + list(pairs(uk_persons(names_csv, subjects_csv, dobs_csv, un)))
seen = set()
for f in sys.argv[5:]:
    for d, p, a, b, k in pairs(wikidata(f)):
        if (a, b) not in seen:  # the same two labels in both files: once
            seen.add((a, b))
            found.append((d, p, a, b, k))
for d, p, a, b, k in found:
    wa, wb = key(a.split(" ")[p]), key(b.split(" ")[p])
    half = "held" if zlib.crc32("|".join(k).encode()) % 3 == 0 else "design"
    rows.append((half, f"lookalike-slip{d}", "apart", a, b, " / ".join(k) + "; " + shape(p, wa, wb, d)))
c = print_half_checkset("slipalike check set: built by testdata/bench/slip_lookalike_checkset.py from the UN "
                        "Consolidated List (20 March 2020), the UK Sanctions List (29 April 2026) and Wikidata labels; "
                        "see testdata/README.md", rows)
print(f"rows {sorted(c.items())}; entry pairs left out (one OFSI group, a year of birth shared or unknown) {len(dropped)}: "
      f"{sorted(dropped)}", file=sys.stderr)
