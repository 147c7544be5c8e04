#!/usr/bin/env python3
"""The list of Indian given names in Latin letters that gates
normalize/indian_latin.go's rule (issue 11, branch indgate57).

    indian_given_names.py NAUMOWICZ_GIT BYTEBAKER_GIT RANDOMINDIAN_GIT DHULL_GIT \
        > normalize/indian_given_names.txt

Reads, with `git show`, four public lists of Indian first names in Latin
letters (origin and licence in testdata/README.md):

- github.com/naumowicz/indian-names, commit e476cbf (MIT licence, Copyright
  (c) 2022 Mateusz Naumowicz): data/male.csv and data/female.csv, one
  first name a line, the first words of a public set of about 14,000
  Indian names from public records (Delhi), lower case;
- github.com/ByteBaker/indian-names, commit c79f121 (BSD 3-Clause
  licence, Copyright (c) 2021, ByteBaker): indian_names/first.male.names
  and first.female.names, names compiled from public online sources;
- github.com/yudiz-nikhil/random-indian-name, commit ec6ebf7 (npm package
  random-indian-name, MIT licence in its package.json, author Gaurav
  Seth): lib/names.js, the arrays first_male and first_female, names
  "taken from Baby names sites"; an entry may hold spellings parted by
  ',' or '/' (Rajeev,Rajiv), each part a name if it is one word;
- github.com/abhishekdhull21/indian-names, commit a64ecb3 (npm package
  indian-names, ISC licence in its package.json, MIT in its README):
  src/data/names.js, the "name" fields, 15,379 female names of public
  records, their first words (the records' "smt shyani devi").

Neither list has counts, so the list is whole, not the most frequent N.
Kept: a word of ASCII letters only, three letters or more, no letter three
times in a row (the sources' noise: "lllllll"), lower case, not one of
STOP, the titles and words the records write before or for a name (smt,
shri, kumari, dr, unknown), not one of ABBREV, the abbreviations the
sources write for Mohammad (mohd, md, mohmd: the records' own "md.
afsar"), nor one of them joined to a name (mohdjaved, mdansar). Nothing
was added or removed by looking at a check set. Writes a header of #
lines, the names sorted, one a line, then ABBREV's words, each after a
'!': the gate refuses them, since Mohd is Mohammad written short, and
the rule must not read Mohamad and Mohd as two names.
"""
import re, subprocess, sys

def lines(text):
    return text.splitlines()


def js_first_names(text):
    # random-indian-name: the quoted strings of the first_male and
    # first_female arrays, split at ',' and '/'
    out = []
    for m in re.finditer(r"module\.exports\.(first_male|first_female)\s*=\s*\[(.*?)\]", text, re.S):
        for entry in re.findall(r'"([^"]*)"', m.group(2)):
            out.extend(p for p in re.split(r"[,/]", entry) if len(p.split()) == 1)
    return out


def js_name_fields(text):
    # indian-names (abhishekdhull21): the first word of each "name" field
    return [v.split()[0] for v in re.findall(r'"name":\s*"([^"]*)"', text) if v.split()]


SOURCES = [
    (sys.argv[1], "e476cbfddcbc19f7d00fc10bffcb54f37c2b5768", ["data/male.csv", "data/female.csv"], lines),
    (sys.argv[2], "c79f12158f5bc7c17784a951352cf5e28ab1197f", ["indian_names/first.male.names", "indian_names/first.female.names"], lines),
    (sys.argv[3], "ec6ebf7b5e8c5da9cfc3beeb576999b755ca2c63", ["lib/names.js"], js_first_names),
    (sys.argv[4], "a64ecb33659389a0d3a9f9bee2ac743dc8d0bc0a", ["src/data/names.js"], js_name_fields),
]
# titles, honorifics and abbreviations the records write as a first word
STOP = {"smt", "shri", "shree", "sri", "mrs", "miss", "kumari", "sh", "km", "dr", "mr",
        "constable", "unknown", "not", "for", "with", "baby", "master", "late"}
ABBREV = ["md", "mhd", "mho", "moh", "modh", "mohad", "mohd", "mohm", "mohmd", "mohmmd"]
names = set()
for gitdir, commit, paths, read in SOURCES:
    for p in paths:
        text = subprocess.run(["git", "--git-dir", gitdir, "show", commit + ":" + p],
                              check=True, capture_output=True, text=True).stdout
        for line in read(text):
            w = line.strip().lower()
            if (re.fullmatch(r"[a-z]{3,}", w) and not re.search(r"(.)\1\1", w) and w not in STOP
                    and w not in ABBREV and not re.match(r"(mohd|md)[a-z]{3,}$", w)):
                names.add(w)
print("# Indian given names in Latin letters, lower case, one a line: the gate of")
print("# indian_latin.go. Built by testdata/bench/indian_given_names.py from")
print("# github.com/naumowicz/indian-names e476cbf (MIT, (c) 2022 Mateusz Naumowicz)")
print("# and github.com/ByteBaker/indian-names c79f121 (BSD-3-Clause, (c) 2021")
print("# ByteBaker), github.com/yudiz-nikhil/random-indian-name ec6ebf7 (MIT)")
print("# and github.com/abhishekdhull21/indian-names a64ecb3 (ISC); see")
print("# testdata/README.md. Lines !word: abbreviations of a")
print("# name (Mohd for Mohammad), which the gate refuses.")
for w in sorted(names):
    print(w)
for w in ABBREV:
    print("!" + w)
