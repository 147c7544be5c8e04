"""Boundary precision/recall/F1 of bitext and ICU on real prose with a
sentence-per-line gold: the hand-edited English side of hunalign's Steinbeck
text ("<p>" lines mark paragraphs), and the Text+Berg German and French dev
sides and the MAC Chinese/English texts (five gold sentences joined into a
paragraph). Each system segments the joined text; boundaries are compared
as counts of non-space characters before each sentence end, so spacing does
not matter; paragraph ends are given and not counted. bitext runs in both
quotation modes (--quotes keep, the default, and split).

usage: /usr/bin/python3 testdata/bench/segment_prose_eval.py BITEXT SHARED_DATA_DIR
"""
import sys

import icu

from segscore import bitext_paras, ends, icu_paras

bitext, shared = sys.argv[1], sys.argv[2]
SETS = [
    ("en", "align/hunalign_steinbeck_hu-en/tgt.txt"),
    ("en", "align/hunalign_dtm_hu-en/tgt.txt"),
    ("de", "align/textberg_dev_de-fr/src.txt"),
    ("fr", "align/textberg_dev_de-fr/tgt.txt"),
    ("zh", "align/mac_dev_zh-en/src.txt"),
    ("en", "align/mac_dev_zh-en/tgt.txt"),
]


def score(sys_paras, gold_paras):
    tp = fp = fn = 0
    base = 0
    for got, want in zip(sys_paras, gold_paras):
        g = {base + e for e in ends(got)[:-1]}
        w = {base + e for e in ends(want)[:-1]}
        tp += len(g & w)
        fp += len(g - w)
        fn += len(w - g)
        base += ends(want)[-1] if want else 0
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


for lang, path in SETS:
    with open(f"{shared}/{path}", encoding="utf-8") as fh:
        lines = [l.strip() for l in fh]
    paras, cur = [], []
    if any(l == "<p>" for l in lines):
        for l in lines:
            if l == "<p>":
                if cur:
                    paras.append(cur)
                cur = []
            elif l:
                cur.append(l)
        if cur:
            paras.append(cur)
    else:
        lines = [l for l in lines if l]
        paras = [lines[i:i + 5] for i in range(0, len(lines), 5)]
    sep = "" if lang in ("zh", "ja") else " "
    text = "\n\n".join(sep.join(p) for p in paras)

    results = []
    for quotes in ("keep", "split"):
        results.append((f"bitext --quotes {quotes}", bitext_paras(bitext, lang, text, len(paras), "--quotes", quotes)))
    ic = icu_paras(icu, paras, lang, sep)

    n = sum(len(p) - 1 for p in paras)
    for name, res in results + [("ICU", ic)]:
        p, r, f = score(res, paras)
        print(f"{path} ({lang}, {n} inner boundaries) {name}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
