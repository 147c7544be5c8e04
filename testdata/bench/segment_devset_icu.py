"""Score ICU's sentence BreakIterator (python3-icu) on the development set
(align/segment/testdata/extra_*.json) the way golden_test.go scores bitext:
only cases whose expected sentences are the input's text (white space
aside), boundaries compared modulo white space.

usage: /usr/bin/python3 testdata/bench/segment_devset_icu.py [CASES.jsonl]

With CASES.jsonl (as written by `go test ./align/segment -run TestDumpCases
-dump-cases FILE`: {"lang","text","expected"} a line) it scores those
cases instead, per language; other fields (the held-out set's "note") are
ignored, so align/segment/testdata/heldout.jsonl is scored the same way as
TestHeldout scores bitext.
"""
import collections
import glob
import json
import re
import sys

try:
    import icu
except ImportError:
    sys.exit("segment_devset_icu.py: no ICU module for this python (apt-get install python3-icu; run it with /usr/bin/python3)")


def nospace(s):
    return re.sub(r"\s+", "", s)


def case_sets():
    """(lang, cases) per language: the development set or CASES.jsonl."""
    if len(sys.argv) > 1:
        by_lang = collections.defaultdict(list)
        with open(sys.argv[1], encoding="utf-8") as fh:
            for line in fh:
                c = json.loads(line)
                by_lang[c["lang"]].append(c)
        return sorted(by_lang.items())
    return [(path.rsplit("_", 1)[1][:-5], json.load(open(path, encoding="utf-8")))
            for path in sorted(glob.glob("align/segment/testdata/extra_*.json"))]


all_ok = all_total = 0
for lang, cases in case_sets():
    ok = total = 0
    for c in cases:
        if nospace("".join(c["expected"])) != nospace(c["text"]):
            continue
        total += 1
        u = icu.UnicodeString(c["text"])
        bi = icu.BreakIterator.createSentenceInstance(icu.Locale(lang))
        bi.setText(u)
        got, start = [], 0
        for end in bi:
            s = nospace(str(u[start:end]))
            if s:
                got.append(s)
            start = end
        if got == [nospace(e) for e in c["expected"]]:
            ok += 1
    print(f"{lang}: {ok}/{total} ({100 * ok / total:.1f}%)")
    all_ok += ok
    all_total += total
print(f"all: {all_ok}/{all_total} ({100 * all_ok / all_total:.1f}%)")
