#!/usr/bin/env python3
"""Consistency checker for the irgc-iraq test data.

For every text X (en and each translation):
  * irgc-iraq.X.seg.txt has one sentence per line, single empty lines between
    paragraphs, no leading/trailing whitespace on a sentence, ends with a newline;
  * paragraph by paragraph, the sentences joined with one space equal the
    paragraph of irgc-iraq.X.txt with every whitespace run (Unicode, so
    including no-break spaces) collapsed to one space;
  * stricter: each sentence occurs verbatim in its paragraph once only ASCII
    whitespace runs are collapsed, so internal no-break spaces are kept.
For every gold file irgc-iraq.en-X.gold.txt:
  * every line is a bead "[i,j,...]:[k,...]", not both sides empty;
  * the ids of each side are consecutive and the beads are in order;
  * every sentence of both sides appears exactly once; ids are in range.
Plus script checks: Persian text uses Persian yeh/kaf (U+06CC, U+06A9), Arabic
uses Arabic yeh/kaf (U+064A, U+0643).

Usage: python3 check.py [DIR]   (default: the directory of this script)
Exit status 1 if anything fails.
"""
import os
import re
import sys
from collections import Counter

BASE = "irgc-iraq"
SRC = "en"
TRANSLATIONS = ["fr", "de", "fa", "ar", "en2"]
BEAD_RE = re.compile(r"^\[(\d+(?:,\d+)*)?\]:\[(\d+(?:,\d+)*)?\]$")

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def collapse_all(s):
    # str regex \s is Unicode-aware: matches U+00A0, U+202F, newlines, ...
    return re.sub(r"\s+", " ", s).strip()


def collapse_ascii(s):
    return re.sub(r"[ \t\r\n\f\v]+", " ", s).strip(" \t\r\n\f\v")


def text_paragraphs(text):
    return [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def seg_paragraphs(path):
    """Return the paragraphs of a .seg.txt file as lists of sentences."""
    raw = read(path)
    name = os.path.basename(path)
    if not raw.endswith("\n"):
        err(f"{name}: no final newline")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    paras, cur = [], []
    for n, line in enumerate(lines, 1):
        if line == "":
            if not cur:
                err(f"{name}:{n}: empty line not between two paragraphs")
            else:
                paras.append(cur)
                cur = []
            continue
        if line != line.strip():
            err(f"{name}:{n}: leading/trailing whitespace")
        if line.strip() == "":
            err(f"{name}:{n}: whitespace-only line")
        cur.append(line)
    if cur:
        paras.append(cur)
    elif lines:
        err(f"{name}: ends with an empty line")
    return paras


def check_text(d, lang):
    txt = os.path.join(d, f"{BASE}.{lang}.txt")
    seg = os.path.join(d, f"{BASE}.{lang}.seg.txt")
    paras_t = text_paragraphs(read(txt))
    paras_s = seg_paragraphs(seg)
    name = os.path.basename(seg)
    if len(paras_t) != len(paras_s):
        err(f"{name}: {len(paras_s)} paragraphs, text has {len(paras_t)}")
    for i, (pt, ps) in enumerate(zip(paras_t, paras_s)):
        if collapse_all(" ".join(ps)) != collapse_all(pt):
            err(f"{name}: paragraph {i + 1} differs from the text")
        loose = collapse_ascii(pt)
        for s in ps:
            if s not in loose:
                err(f"{name}: sentence not verbatim in paragraph {i + 1}: {s[:60]!r}")
    # whole-text check as well
    sents = [s for p in paras_s for s in p]
    if collapse_all(" ".join(sents)) != collapse_all(read(txt)):
        err(f"{name}: joined sentences differ from {os.path.basename(txt)}")
    return sents, len(paras_s)


def check_script(d, lang):
    text = read(os.path.join(d, f"{BASE}.{lang}.txt"))
    if lang == "fa":
        for ch, nm in (("\u064a", "ARABIC YEH"), ("\u0643", "ARABIC KAF"),
                       ("\u0649", "ALEF MAKSURA")):
            if ch in text:
                err(f"fa: contains {nm} U+{ord(ch):04X}")
        if "\u200c" not in text:
            err("fa: no ZWNJ at all")
    if lang == "ar":
        for ch, nm in (("\u06cc", "FARSI YEH"), ("\u06a9", "KEHEH"),
                       ("\u200c", "ZWNJ")):
            if ch in text:
                err(f"ar: contains {nm} U+{ord(ch):04X}")


def parse_ids(s):
    return [int(x) for x in s.split(",")] if s else []


def check_gold(d, lang, n_src, n_tgt):
    path = os.path.join(d, f"{BASE}.{SRC}-{lang}.gold.txt")
    name = os.path.basename(path)
    raw = read(path)
    if not raw.endswith("\n"):
        err(f"{name}: no final newline")
    beads = []
    for n, line in enumerate(raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n"), 1):
        m = BEAD_RE.match(line)
        if not m:
            err(f"{name}:{n}: bad bead {line!r}")
            continue
        s, t = parse_ids(m.group(1)), parse_ids(m.group(2))
        if not s and not t:
            err(f"{name}:{n}: both sides empty")
        beads.append((n, s, t))
    next_s = next_t = 0
    seen_s, seen_t = Counter(), Counter()
    for n, s, t in beads:
        for side, ids, nxt in (("source", s, next_s), ("target", t, next_t)):
            if ids and ids != list(range(nxt, nxt + len(ids))):
                err(f"{name}:{n}: {side} ids {ids} not consecutive from {nxt}")
        seen_s.update(s)
        seen_t.update(t)
        if s:
            next_s = s[-1] + 1
        if t:
            next_t = t[-1] + 1
    for side, seen, total in (("source", seen_s, n_src), ("target", seen_t, n_tgt)):
        for i in range(total):
            if seen[i] != 1:
                err(f"{name}: {side} sentence {i} appears {seen[i]} times")
        out = sorted(i for i in seen if i >= total)
        if out:
            err(f"{name}: {side} ids out of range (n={total}): {out}")
    types = Counter(f"{len(s)}-{len(t)}" for _, s, t in beads)
    return len(beads), types


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    counts = {}
    print("sentences per file:")
    for lang in [SRC] + TRANSLATIONS:
        sents, npar = check_text(d, lang)
        check_script(d, lang)
        counts[lang] = len(sents)
        print(f"  {BASE}.{lang}.seg.txt: {len(sents)} sentences, {npar} paragraphs")
    print("gold alignments:")
    order = ["1-1", "2-1", "1-2", "1-0", "0-1"]
    total = Counter()
    for lang in TRANSLATIONS:
        nb, types = check_gold(d, lang, counts[SRC], counts[lang])
        total.update(types)
        extra = sorted(k for k in types if k not in order)
        desc = " ".join(f"{k}:{types[k]}" for k in order + extra)
        print(f"  {BASE}.{SRC}-{lang}.gold.txt: {nb} beads  ({desc})")
    extra = sorted(k for k in total if k not in order)
    print("  all:", " ".join(f"{k}:{total[k]}" for k in order + extra))
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
