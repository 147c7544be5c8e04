#!/usr/bin/env python3
"""Build normalize/org_aliases.tsv, the reference table of organisation
aliases that 'bitext names match' consults (never 'normalize': a sanctions
list's primary name is not house style). Usage:

    org_aliases.py UN_XML EU_TXT > normalize/org_aliases.tsv

UN_XML  the UN Security Council Consolidated List, consolidated.xml as the UN
        publishes it (https://scsanctions.un.org/resources/xml/en/consolidated.xml);
        the committed table was built from the copy of 20 March 2020 in
        github.com/Mendw/cmt-project-api, commit b96b3d1, consolidated.xml
        (sha256 3a11ee1e784463f88946501c42f78f6c76f5eea526e55207a151c45079fd0514).
EU_TXT  testdata/bench/org_aliases_eu.txt: the groups and entities (part B)
        of the EU list of Council Regulation (EC) No 2580/2001, one printed
        entry a line.

Output: one organisation a line, `source<TAB>form<TAB>form...`, only
organisations with two forms or more. Each listing stays its own line: two
listings that share a form are not merged (the UN's Al-Qaida and the EU's
"The Base" share one), so a pair matches only when one listing names both.
Forms: the listed name and every a.k.a./f.k.a. alias; an acronym in
parentheses or after " / " is a form of its own ("Al-Qaida in the Arabian
Peninsula (AQAP)"); a name written all in capitals is written in title case
(the UN writes primary names in capitals; the letters are kept;
an alias is kept as written). In the EU
text every quoted name is a form, except a name after "including" (a wing or
a part of the group: Hamas, "including Hamas-Izz al-Din al-Qassem").
"""
import re, sys, unicodedata
import xml.etree.ElementTree as ET
from namesets import title_parts

SMALL = {"of", "the", "in", "and", "for", "on", "de", "la", "le", "du", "des", "wal", "ul", "e", "i", "a", "al"}
ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9.\-/&]{1,11}$")


def title(s):
    if s != s.upper() or " " not in s and sum(c.isalpha() for c in s) <= 6:
        return s
    return title_parts(s, SMALL, capital_first)


def capital_first(p):
    """p in small letters but its first, unless an acronym inside a name
    ("ISIL-GS" stays)."""
    if ACRONYM.match(p) and len(p) <= 4 and not any(c in "AEIOU" for c in p):
        return p
    low = p.lower()
    return low[:1].upper() + low[1:]


def is_acronym(acr, name):
    """acr, in parentheses or after " / " in name, is an acronym: capitals
    and marks, six letters at most, its first letter an initial of name (so
    that "Al-Haramain Foundation (KENYA)" keeps its country)."""
    letters = [c for c in acr if c.isalpha()]
    if not ACRONYM.match(acr) or not 2 <= len(letters) <= 6:
        return False
    initials = {w[0].upper() for w in re.split(r"[\s\-]+", name) if w}
    return letters[0] in initials


def forms_of(name, primary=False):
    """The forms a listed name gives: itself without an acronym in
    parentheses or after " / ", and that acronym; a name listing several
    names with ";" gives each ("Hay’at Tahrir al-Sham (HTS) (... (original
    script); Hayat Tahrir al-Sham; ...")."""
    name = " ".join(name.split()).strip('"')
    if not name:
        return []
    if ";" in name:
        parts = re.split(r"[;()]", name.replace("(original script)", ""))
        return [f for p in parts for f in forms_of(p, primary)]
    out = []
    m = re.match(r"^(.*\S)\s*\(([^()]+)\)(.*)$", name)
    if m and is_acronym(m.group(2).strip(), m.group(1)):
        name = (m.group(1) + m.group(3)).strip()
        out.append(m.group(2).strip())
    if " / " in name:
        head, _, tail = name.rpartition(" / ")
        if is_acronym(tail.strip(), head):
            name = head
            out.append(tail.strip())
    return [title(name) if primary else name] + out


def emit(source, names, primary_caps=False):
    seen, forms = set(), []
    for i, n in enumerate(names):
        for f in forms_of(n, primary_caps and i == 0):
            k = unicodedata.normalize("NFC", f).casefold()
            if k not in seen:
                seen.add(k)
                forms.append(f)
    if len(forms) >= 2:
        print("\t".join([source] + forms))


def un(path):
    root = ET.parse(path).getroot()
    for e in root.find("ENTITIES"):
        names = [e.findtext("FIRST_NAME") or ""]
        names += [a.findtext("ALIAS_NAME") or "" for a in e.findall("ENTITY_ALIAS")]
        emit("UN " + (e.findtext("REFERENCE_NUMBER") or "").strip(), names, True)


def eu(path):
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.strip()
        if not line:
            continue
        line = re.split(r",?\s+including\s", line)[0]
        emit(f"EU 2580/2001 B.{i}", re.findall(r"‘(.+?)’(?=$|[.,)]| –| \(| a\.k\.a\.)", line))


print("# Organisation aliases: UN Security Council Consolidated List (2020-03-20) and the EU list of")
print("# Regulation (EC) No 2580/2001 (groups). Built by testdata/bench/org_aliases.py; origin and")
print("# licence in testdata/README.md. Consulted by 'names match' only, never by 'normalize'.")
un(sys.argv[1])
eu(sys.argv[2])
