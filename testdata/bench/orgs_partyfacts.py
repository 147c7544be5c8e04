#!/usr/bin/env python3
"""Political parties' names from Party Facts: a check set of organisation
variants and look-alikes for `names match` (issue 11: organisation recall
measured at 0.17 on an independent evaluation; branch orgs43). Usage:

    orgs_partyfacts.py REPO DEVSET_DIR > normalize/testdata/partyfacts/checkset.tsv

REPO: a git clone of github.com/hdigital/partyfactsdata (commit 764de89,
MIT), read with `git show HEAD:PATH`; nothing is copied but names.
DEVSET_DIR: normalize/testdata/devset (its pairs.tsv, places.tsv and
blind.tsv are left out, either order, as namesets.known_pairs reads them).

Party Facts links the parties of many political-science datasets to one
party (partyfacts_id). A party's forms are the names those datasets give it:
the core table (elecglob/partyfacts-core-parties.csv: name_short, name,
name_english), Wikidata and Wikipedia (wikipedia/wikidata.csv,
wikipedia/wikipedia.csv: name, name_short, name_native), and the datasets
that carry the id or a link table (whogov, clea, parlgov through
ipod/partyfacts-parlgov-ids.csv, vparty, populist, ipod, mapp, euned,
postyug, wptags). Each form is one of: english (an English name), native
(a name in its own language written in Latin letters: Hezb-e Islami,
Partia Aleanca Demokratike), short (an acronym or short name, no space or
one of six letters or fewer). A form is left out when it holds "/" (a
dataset's way of listing a party's former names), parentheses, digits, a
letter of another script than Latin, or when it is the core table's
technical entries (other, independent, alliance); a party is left out
when one of its forms is also another party's (a shared name is no
evidence either way).

Classes, want same (two different strings, case and punctuation apart):
  pf-english   two English forms of one party (Guatemalan Reformer Party /
               Guatemalan Reformist Party);
  pf-native    two native forms of one party, many of them romanizations
               (Balgarski Biznes Blok / Bulgarski Biznes Blok);
  pf-acronym-english, pf-acronym-native
               a short form against an English or a native form of one
               party (UFDG / Union des Forces Démocratiques de Guinée);
want different:
  lookalike-pf two parties of one country whose English forms (two words
               or more) are close by Jaro-Winkler (>= 0.90) or where one
               adds words to the other (Revolutionary Party /
               Revolutionary Action Party).
At most 3 pairs per form in a class, candidates in a random order
(random.Random(43)), up to QUOTA pairs a variant class; no pair is chosen
by what bitext makes of it.
Split: held out when CRC-32 of "A|B" is 0 mod 3 (namesets.held_or_design).
"""
import collections, csv, io, os, random, re, subprocess, sys, unicodedata
from namesets import Quota, entity_roots, held_or_design, jw, known_pairs

REPO, DEVSET = sys.argv[1], sys.argv[2]


def rows(path):
    text = subprocess.run(["git", "-C", REPO, "show", "HEAD:" + path], capture_output=True,
                          text=True, check=True).stdout
    return list(csv.DictReader(io.StringIO(text)))


def latin(s):
    for ch in s:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def clean(s):
    s = re.sub(r"\s+", " ", (s or "").replace("’", "'")).strip()
    if not s or re.search(r"[/()\[\]|\d]", s) or not latin(s):
        return ""
    if not re.search(r"[A-Za-z]", s):
        return ""
    return s


TECH = {"other", "independent", "independents", "alliance", "technical", "unknown", "1 percent", "none"}

forms = collections.defaultdict(lambda: collections.defaultdict(set))  # id -> kind -> forms
country = {}


def add(pid, kind, s):
    s = clean(s)
    if not pid or not s or s.lower() in TECH:
        return
    if kind != "short" and " " not in s and len(s) <= 6 and s.upper() == s:
        kind = "short"
    if kind == "short" and (" " in s and len(s) > 6):
        return
    forms[pid][kind].add(s)


for r in rows("import/elecglob/partyfacts-core-parties.csv"):
    if r["technical"]:
        continue
    pid = r["partyfacts_id"]
    country[pid] = r["country"]
    add(pid, "short", r["name_short"])
    add(pid, "native", r["name"])
    add(pid, "english", r["name_english"])
for r in rows("import/wikipedia/wikidata.csv") + rows("import/wikipedia/wikipedia.csv"):
    add(r["partyfacts_id"], "english", r["name"])
    add(r["partyfacts_id"], "short", r["name_short"])
    add(r["partyfacts_id"], "native", r["name_native"])
def linked(path, key):
    """Party Facts ids of a link table, by the dataset's party id in column key."""
    return {r[key]: r["partyfacts_id"] for r in rows(path)}


# Each dataset: its file, its (short, English, native) name columns, and how
# a row finds its Party Facts id (its own column, or a link table by party_id).
clea = linked("import/clea/partyfacts-clea.csv", "dataset_party_id")
parlgov = linked("import/ipod/partyfacts-parlgov-ids.csv", "parlgov_id")
for path, cols, link in (("import/whogov/whogov.csv", ("name_short", "name_english", "name"), None),
                         ("import/clea/clea.csv", ("name_short", "name_english", "name"), clea),
                         ("import/parlgov/parlgov.csv", ("party_name_short", "party_name_english", "party_name"), parlgov),
                         ("import/vparty/vparty.csv", ("name_short", "name_english", None), None),
                         ("import/populist/populist.csv", ("party_name_short", "party_name_english", "party_name"), None),
                         ("import/ipod/ipod.csv", (None, "party_name_english", None), None),
                         ("import/mapp/mapp.csv", ("name_short", "name_english", "name"), None),
                         ("import/euned/euned.csv", ("party_abbreviation", "party_english", "party_native"), None),
                         ("import/postyug/postyug.csv", ("name_short", "name_english", "name"), None),
                         ("import/wptags/wptags.csv", ("name_short", "name_english", "name"), None)):
    for r in rows(path):
        pid = link.get(r["party_id"]) if link is not None else r["partyfacts_id"]
        for kind, col in zip(("short", "english", "native"), cols):
            if col:
                add(pid, kind, r[col])

# A native form equal to an English one is English (parties of English-
# speaking countries); a party sharing a form with another is left out.
ids = sorted(p for p in forms if p in country)
for p in ids:
    f = forms[p]
    f["native"] = {s for s in f["native"] if s.lower() not in {e.lower() for e in f["english"]}}
allforms = [{s.lower() for k in ("english", "native") for s in forms[p][k]} for p in ids]
roots = entity_roots(allforms)
size = collections.Counter(roots)
ids = [p for p, r in zip(ids, roots) if size[r] == 1]

known = known_pairs([os.path.join(DEVSET, n) for n in ("pairs.tsv", "places.tsv", "blind.tsv")])


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in s if not unicodedata.combining(c)))


def drop(a, b):
    return (a.lower(), b.lower()) in known or fold(a) == fold(b)


rng = random.Random(43)
# Pairs a class, so that every design pair can be read before any rule.
QUOTA = {"pf-english": 375, "pf-native": 225, "pf-acronym-english": 150, "pf-acronym-native": 150}
out = []


def emit(cls, want, cands, quota=None):
    rng.shuffle(cands)
    for c in Quota(3, str.lower).take(cands, quota, drop=drop):
        out.append((cls, want, c[0], c[1], "partyfacts", held_or_design(c[0], c[1])))


cands = {"pf-english": [], "pf-native": [], "pf-acronym-english": [], "pf-acronym-native": []}
for p in ids:
    f = forms[p]
    for kind in ("english", "native"):
        fs = sorted(f[kind])
        cands["pf-" + kind] += [(a, b) for i, a in enumerate(fs) for b in fs[i + 1:]]
    for s in sorted(f["short"]):
        for kind in ("english", "native"):
            cands["pf-acronym-" + kind] += [(s, l) for l in sorted(f[kind])]
for cls, quota in QUOTA.items():
    emit(cls, "same", cands[cls], quota)

by_country = collections.defaultdict(list)
for p in ids:
    for s in sorted(forms[p]["english"]):
        if len(s.split()) >= 2:
            by_country[country[p]].append((p, s))
look = []
for c, fs in sorted(by_country.items()):
    for i, (p, a) in enumerate(fs):
        for q, b in fs[i + 1:]:
            if p == q:
                continue
            wa, wb = a.lower().split(), b.lower().split()
            short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
            adds = len(short) < len(long_) and (long_[:len(short)] == short or long_[-len(short):] == short)
            if adds or jw(a.lower(), b.lower()) >= 0.90:
                look.append((a, b))
emit("lookalike-pf", "different", look)

print("# Party Facts check set: built by testdata/bench/orgs_partyfacts.py; see testdata/README.md")
print("# class\twant\tA\tB\tsource\tsplit")
for r in out:
    print("\t".join(r))
