#!/usr/bin/env python3
"""Foreign names that Korean writes alike: a check set for `names match`
(branch hangul, issue 11). Korean writes a foreign name by its sound under
the National Institute of Korean Language's (NIKL) rules for foreign words
(외래어 표기법), so two Latin spellings that one hangul form covers are one
name to a Korean reader, and two close spellings that hangul keeps apart
are two names. Writes normalize/testdata/hangul/checkset.tsv in
score_checkset.py's columns (half, group, label, a, b, source). Usage:

    hangul_checkset.py MIRROR DEVSET > normalize/testdata/hangul/checkset.tsv

MIRROR is a git clone of github.com/muik/transliteration (commit 5553926);
one file is read with `git show HEAD:data/source/korean-go.txt`, not
copied: NIKL's examples of foreign-word transcription (외래어 표기 용례),
"original spelling<TAB>hangul" a line, as NIKL publishes them on
data.go.kr (Korea's open public data; names and their transcriptions are
facts). DEVSET is normalize/testdata/devset: a pair found in its blind.tsv,
pairs.tsv or places.tsv (either order, any case) is left out, so the blind
set stays blind; those files are read only through that filter.

Names: lines whose spelling is one capitalised token of three ASCII letters
or more (a proper name: mostly persons, some places) and whose hangul is
one word. A spelling may have several hangul forms (Gary: 가리, 게리).
Groups (label):
  ko-variant (same)       two spellings of one hangul form, differing in more
                          than case (Gardiner/Gardner 가드너, Rudolf/Rudolph
                          루돌프); at most 3 pairs a form.
  ko-lookalike (apart)    the blind set's look-alike criterion
                          (names_blindset.py): two spellings of five letters
                          or more with the same first two letters,
                          Jaro-Winkler >= 0.90 (namesets.jw), whose hangul
                          forms differ by two syllables or more
                          (namesets.lev) and share no form; the first
                          LOOK_QUOTA of the shuffled candidates.
Candidates are shuffled with random.Random(SEED); a spelling is in at most
MAX_PER_NAME pairs of the set. No pair is chosen by what bitext makes of it.
Split: CRC-32 of "a|b" mod 3 == 0 is held (scored once, at the end), the
rest design.
"""
import collections, itertools, os, random, re, subprocess, sys
from namesets import Quota, held_or_design, jw, known_pairs, lev

SEED = 1111
MAX_PER_NAME = 3
PER_FORM = 3
LOOK_QUOTA = 150  # look-alikes kept, so that the design half can be read pair by pair

mirror, devset = sys.argv[1], sys.argv[2]
text = subprocess.run(["git", "-C", mirror, "show", "HEAD:data/source/korean-go.txt"],
                      capture_output=True, text=True, check=True).stdout

known = known_pairs(os.path.join(devset, name) for name in ("blind.tsv", "pairs.tsv", "places.tsv"))

forms = collections.defaultdict(set)  # spelling -> hangul forms
for line in text.splitlines():
    if line.startswith("#"):
        continue
    f = line.split("\t")
    if len(f) != 2:
        continue
    lat, han = f[0].strip(), f[1].strip()
    if re.fullmatch(r"[A-Z][a-z]{2,}", lat) and re.fullmatch(r"[가-힣]+", han):
        forms[lat].add(han)

spellings = collections.defaultdict(set)  # hangul form -> spellings
for lat, hs in forms.items():
    for h in hs:
        spellings[h].add(lat)

rnd = random.Random(SEED)
picker = Quota(MAX_PER_NAME)
rows = []


def take(cands, group, label, quota=None):
    got = picker.take(cands, quota, lambda a, b: (a.lower(), b.lower()) in known)
    for a, b, src in got:
        rows.append((held_or_design(a, b), group, label, a, b, src))
    print(f"{group}: {len(got)} of {len(cands)} candidates", file=sys.stderr)


var = []
for h in sorted(spellings):
    pairs = [(a, b) for a, b in itertools.combinations(sorted(spellings[h]), 2) if a.lower() != b.lower()]
    rnd.shuffle(pairs)
    var += [(a, b, f"nikl {h}") for a, b in pairs[:PER_FORM]]
rnd.shuffle(var)
take(var, "ko-variant", "same")

look = []
by2 = collections.defaultdict(list)
for lat in sorted(forms):
    if len(lat) >= 5:
        by2[lat[:2]].append(lat)
for key in sorted(by2):
    for a, b in itertools.combinations(by2[key], 2):
        if jw(a.lower(), b.lower()) < 0.90 or forms[a] & forms[b]:
            continue
        if min(lev(x, y) for x in forms[a] for y in forms[b]) < 2:
            continue
        look.append((a, b, "nikl " + "/".join(sorted(forms[a])) + " " + "/".join(sorted(forms[b]))))
rnd.shuffle(look)
take(look, "ko-lookalike", "apart", LOOK_QUOTA)

print("half\tgroup\tlabel\ta\tb\tsource")
for r in sorted(rows, key=lambda r: (r[1], r[3].lower(), r[4].lower())):
    print("\t".join(r))
