"""Score the bitext CLI on a CASES.jsonl file (or the development set) the
way segment_devset_icu.py and segment_sentencex.js score the peers: only
cases whose expected sentences are the input's text (white space aside),
boundaries compared modulo white space. One process per case.

usage: python3 testdata/bench/segment_cases_bitext.py BITEXT [CASES.jsonl]
"""
import collections
import glob
import json
import re
import subprocess
import sys


def nospace(s):
    return re.sub(r"\s+", "", s)


bitext = sys.argv[1]
by_lang = collections.defaultdict(list)
if len(sys.argv) > 2:
    with open(sys.argv[2], encoding="utf-8") as fh:
        for line in fh:
            c = json.loads(line)
            by_lang[c["lang"]].append(c)
else:
    for path in glob.glob("align/segment/testdata/extra_*.json"):
        by_lang[path.rsplit("_", 1)[1][:-5]] += json.load(open(path, encoding="utf-8"))

all_ok = all_total = 0
for lang, cases in sorted(by_lang.items()):
    ok = total = 0
    for c in cases:
        if nospace("".join(c["expected"])) != nospace(c["text"]):
            continue
        total += 1
        out = subprocess.run([bitext, "segment", "--lang", lang, "--format", "jsonl"],
                             input=c["text"].encode(), capture_output=True, check=True).stdout
        got = [nospace(json.loads(l)["text"]) for l in out.decode().splitlines()]
        if [g for g in got if g] == [nospace(e) for e in c["expected"]]:
            ok += 1
    print(f"{lang}: {ok}/{total} ({100 * ok / total:.1f}%)")
    all_ok += ok
    all_total += total
print(f"all: {all_ok}/{all_total} ({100 * all_ok / all_total:.1f}%)")
