#!/usr/bin/env python3
"""Hindi (Devanagari) persons' names against their Latin spellings, a check
set for the names matcher (issue 11, branch hinames55).

    hindi_names_checkset.py NAMES > normalize/testdata/hindi/checkset.tsv
    python3 testdata/bench/score_checkset.py normalize/testdata/hindi/checkset.tsv BIN design|held

NAMES is Alok Parlikar's "English-Hindi Parallel data of Indian first
names" (CMU LTI, 2011, CC BY 3.0; the copy in Sanjay-George/
isl_translator_server, resources/data/indian_names/names.tsv, commit
ba922227: a header line, then English TAB Hindi; origin and licence in
testdata/README.md). Written in score_checkset.py's format (half, group,
label, a, b, source), a the Devanagari name, b a Latin one:

- hi-person, same: each row's Hindi against its English spelling. Rows
  dropped: blank, a Latin side with a character other than ASCII letters,
  space and hyphen (eight rows: apostrophes, one backslash), a Hindi side
  with a character outside the Devanagari block, space and hyphen; a row
  repeated exactly is one row.
- hi-person-lookalike, apart: the Hindi of one row against the English of
  another row when the two English spellings are close (Jaro-Winkler of
  their lower-case forms >= 0.90), neither the two Hindi spellings nor the
  two English ones (lower case) are equal, and the two rows share their
  first letter (the pairs are looked for within a first letter: all but a
  few pairs >= 0.90 do). Both directions. Most are two names (Ajit, Ajita;
  Amar, Aman); some are one name's two spellings, which the source gives
  two Hindi spellings (counted apart all the same, as the brief defines).
  The pairs whose two Hindi spellings have the same consonants
  (`consonants`: the consonant letters in order, the nukta, aspiration and
  the three sibilants folded, a nasal sign read as n) are in their own
  group, hi-person-vowel-lookalike: they differ in vowels alone, and are
  one name's two spellings as often as two names (Adithi, अदिति; Ajit,
  अजीता); hi-person-lookalike keeps the pairs whose consonants differ
  (Anand, अनंत; Shyama, शमा), two names.

The half is fixed before any pair is scored: held when the SHA-256 of the
lower-case English name, its first byte, is 0 mod 3 (a third), design
otherwise; a look-alike pair is in a half when both its rows are, and is
left out when its rows are in different halves.
"""
import hashlib, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from namesets import jw  # Jaro-Winkler, prefix scale 0.1 up to 4


def half(en):
    return "held" if hashlib.sha256(en.lower().encode()).digest()[0] % 3 == 0 else "design"


# consonant letters folded: aspirate to plain, the sibilants to s, the
# retroflex and nasal series to their dental, nukta dropped.
FOLD = {}
for row in ("कखक", "गघग", "चछच", "जझज", "टठत", "डढद", "तथत", "दधद", "पफप", "बभब",
            "ङन", "ञन", "णन", "नन", "मम", "यय", "रर", "लल", "ळल", "वव", "शस", "षस",
            "सस", "हह"):
    for c in row[:-1]:
        FOLD[c] = row[-1]
for c, base in zip("\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f", "कखगजडढफय"):
    FOLD[c] = FOLD[base]


def consonants(hi):
    out = []
    for c in hi:
        if c in FOLD:
            out.append(FOLD[c])
        elif c in "\u0901\u0902":
            out.append("न")
    return "".join(out)


def ok_latin(s):
    return s and all(c.isascii() and (c.isalpha() or c in " -") for c in s)


def ok_deva(s):
    return s and all(0x0900 <= ord(c) <= 0x097F or c in " -" for c in s)


def main():
    rows, seen = [], set()
    with open(sys.argv[1], encoding="utf-8") as f:
        next(f)
        for line in f:
            p = line.rstrip("\r\n").split("\t")
            if len(p) != 2:
                continue
            en, hi = p[0].strip(), p[1].strip()
            if not ok_latin(en) or not ok_deva(hi) or (en, hi) in seen:
                continue
            seen.add((en, hi))
            rows.append((en, hi))
    out = ["half\tgroup\tlabel\ta\tb\tsource"]
    for en, hi in rows:
        out.append(f"{half(en)}\thi-person\tsame\t{hi}\t{en}\tparlikar")
    by_first = {}
    for en, hi in rows:
        by_first.setdefault(en[0].lower(), []).append((en, hi))
    neg = set()
    for group in by_first.values():
        for en1, hi1 in group:
            for en2, hi2 in group:
                if hi1 == hi2 or en1.lower() == en2.lower():
                    continue
                if half(en1) != half(en2):
                    continue
                if jw(en1.lower(), en2.lower()) >= 0.90:
                    grp = "hi-person-lookalike"
                    if consonants(hi1) == consonants(hi2):
                        grp = "hi-person-vowel-lookalike"
                    neg.add((half(en1), grp, hi1, en2, en1))
    for h, group, hi, en, other in sorted(neg):
        out.append(f"{h}\t{group}\tapart\t{hi}\t{en}\tparlikar {other}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
