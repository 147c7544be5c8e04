#!/usr/bin/env python3
"""Boundary precision/recall/F1 of `bitext segment` and ICU on WMT21's FLORES
test sets (florestest2021.bn-hi, xh-zu): the source side and translator A's
reference, one sentence a segment, so the gold is known. Each document's
sentences are joined into one paragraph with a space (a FLORES document is
3-5 consecutive sentences of one article, as a news page's paragraph is),
paragraphs separated by a blank line, and split again. Boundaries are counts
of non-space characters before each sentence end, so spacing does not
matter; paragraph ends are given and not counted (segment_prose_eval.py's
scorer). Documents are split as align/newswide_test.go splits them: held out
when FNV-1a 32 of the id is 0 mod 3.

usage: /usr/bin/python3 testdata/bench/flores_segment.py BITEXT DIR design|heldout [-v]
(DIR as testdata/bench/wmt21_news.sh left it; -v prints every missed or extra
boundary with its context)
"""
import re
import sys
import xml.etree.ElementTree as ET

from segscore import bitext_paras, ends, icu_paras

try:
    import icu
except ImportError:
    icu = None

bitext, d, part = sys.argv[1:4]
verbose = "-v" in sys.argv[4:]


def fnv32(s):
    h = 2166136261
    for b in s.encode():
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def score(sys_paras, gold_paras, lang, name):
    tp = fp = fn = 0
    for got, want in zip(sys_paras, gold_paras):
        g = set(ends(got)[:-1])
        w = set(ends(want)[:-1])
        tp += len(g & w)
        fp += len(g - w)
        fn += len(w - g)
        if verbose and g != w:
            flat = "".join(re.sub(r"\s+", "", s) for s in want)
            for e in sorted(g ^ w):
                kind = "extra" if e in g else "missed"
                print(f"  {lang} {name} {kind}: ...{flat[max(0, e - 40):e]} | {flat[e:e + 25]}...")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return tp, fp, fn, p, r, 2 * p * r / (p + r) if p + r else 0.0


for pair in ("bn-hi", "xh-zu"):
    root = ET.parse(f"{d}/florestest2021.{pair}.all.xml").getroot()
    sides = {}
    for doc in root.iter("doc"):
        held = fnv32(doc.get("id")) % 3 == 0
        if held != (part == "heldout"):
            continue
        for tag in ("src", "ref"):
            el = doc.find(tag)
            sents = [(s.text or "").strip() for s in el.iter("seg")]
            sides.setdefault(el.get("lang"), []).append([s for s in sents if s])
    for lang, paras in sides.items():
        text = "\n\n".join(" ".join(p) for p in paras) + "\n"
        results = [("bitext", bitext_paras(bitext, lang, text, len(paras)))]
        if icu is not None:
            results.append(("ICU", icu_paras(icu, paras, lang, " ")))
        n = sum(len(p) - 1 for p in paras)
        for name, res in results:
            tp, fp, fn, p, r, f = score(res, paras, lang, name)
            print(f"{pair} {lang} {part}: {len(paras)} paragraphs, {n} inner boundaries; {name}: "
                  f"found {tp}, extra {fp}, missed {fn}; P {p:.3f} R {r:.3f} F1 {f:.3f}")
