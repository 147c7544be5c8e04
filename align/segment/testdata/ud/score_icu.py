#!/usr/bin/python3
"""Score ICU's sentence BreakIterator (python3-icu) on the treebank cases
of this folder the way ud_test.go scores bitext: each case's sentences
joined by a space, boundaries inside the case compared as offsets in the
text without white space; boundary F1 per language and part.

usage: /usr/bin/python3 score_icu.py [DIR [GOLD]]   (DIR: this folder, default ".")
Prints "lang part F1 F1-with-suppressions": the second column uses the
locale keyword "@ss=standard" (CLDR's abbreviation suppressions).

With GOLD (judged: the judged sentence gold, judge_cases.py), each
GOLD/<lang>.<part>.txt gives the sentences to compare and DIR's file of
the same name the text, as ud_test.go's TestUDJudged does: ICU reads the
raw cases' text, with no space added at a judged boundary.
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


def cases(path):
    return [b.split("\n") for b in open(path, encoding="utf-8").read().strip().split("\n\n")]


def score(path, locale, gold_path=None):
    tp = fp = fn = 0
    texts = cases(path)
    golds = cases(gold_path) if gold_path else texts
    if len(golds) != len(texts):
        sys.exit(f"score_icu.py: error: {gold_path}: {len(golds)} cases, {path} has {len(texts)}")
    for text, gold in zip(texts, golds):
        got = [s for s in icu_split(" ".join(text), locale) if s.strip()]
        g, w = bounds(got), bounds(gold)
        tp += len(g & w)
        fp += len(g - w)
        fn += len(w - g)
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return 100 * 2 * p * r / (p + r) if p + r else 0


d = sys.argv[1] if len(sys.argv) > 1 else "."
g = sys.argv[2] if len(sys.argv) > 2 else None
for path in sorted(glob.glob(os.path.join(g or d, "*.txt"))):
    name = os.path.basename(path)
    lang, part = name.split(".")[:2]
    text, gold = (os.path.join(d, name), path) if g else (path, None)
    print(f"{lang} {part} {score(text, lang, gold):.2f} {score(text, lang + '@ss=standard', gold):.2f}")
