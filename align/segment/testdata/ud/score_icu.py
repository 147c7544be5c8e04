#!/usr/bin/python3
"""Score ICU's sentence BreakIterator (python3-icu) on the treebank cases
of this folder the way ud_test.go scores bitext: each case's sentences
joined by a space, boundaries inside the case compared as offsets in the
text without white space; boundary F1 per language and part.

usage: /usr/bin/python3 score_icu.py [DIR]   (DIR: this folder, default ".")
Prints "lang part F1 F1-with-suppressions": the second column uses the
locale keyword "@ss=standard" (CLDR's abbreviation suppressions).
"""
import glob
import os
import re
import sys

import icu


def nospace_len(s):
    return len(re.sub(r"\s+", "", s))


def bounds(sents):
    out, n = set(), 0
    for s in sents[:-1]:
        n += nospace_len(s)
        out.add(n)
    return out


def icu_split(text, locale):
    u = icu.UnicodeString(text)
    bi = icu.BreakIterator.createSentenceInstance(icu.Locale(locale))
    bi.setText(u)
    got, start = [], 0
    for end in bi:
        got.append(str(u[start:end]))
        start = end
    return got


def score(path, locale):
    tp = fp = fn = 0
    blocks = open(path, encoding="utf-8").read().strip().split("\n\n")
    for b in blocks:
        gold = b.split("\n")
        got = [s for s in icu_split(" ".join(gold), locale) if s.strip()]
        g, w = bounds(got), bounds(gold)
        tp += len(g & w)
        fp += len(g - w)
        fn += len(w - g)
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return 100 * 2 * p * r / (p + r) if p + r else 0


d = sys.argv[1] if len(sys.argv) > 1 else "."
for path in sorted(glob.glob(os.path.join(d, "*.txt"))):
    lang, part = os.path.basename(path).split(".")[:2]
    print(f"{lang} {part} {score(path, lang):.2f} {score(path, lang + '@ss=standard'):.2f}")
