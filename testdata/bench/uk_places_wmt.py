#!/usr/bin/env python3
"""Renderings of Ukraine's places in the English of the WMT22 general test
sets (ru-en and uk-en: the reference and every system's output), paired for
`bitext names match` (issue 11, branch uaplaces). Usage:

    uk_places_wmt.py WMT22_TXT_TS_DIR normalize/ukplaces.tsv > pairs.tsv
    bitext names match - < pairs.tsv

WMT22_TXT_TS_DIR holds generaltest2022.{ru-en,uk-en}.{src.*,ref.A.en,hyp.*.en}
of github.com/wmt-conference/wmt22-news-systems (txt-ts/sources,
txt-ts/references, txt-ts/system-outputs). A place of ukplaces.tsv is
mentioned in a source line when a word there begins with its Cyrillic form
in the source's language (Russian for ru-en, Ukrainian for uk-en) less its
last letter (case endings: Харькова, Харкові); one-word places of five
letters or more only. In each English line of that source line (reference
and outputs), the place's rendering is the capitalised word closest (difflib
ratio >= 0.6) to the form's romanization (BGN/PCGN for Russian, the
national system for Ukrainian). Written: each distinct pair of two
different renderings of one place met in the outputs of one source line
(Kharkov/Kharkiv), both orders once. The renderings are the translators'
and systems', not bitext's; ukplaces.tsv only says which place to look for.
"""

import difflib
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from uk_places import uk_national  # noqa: E402

RU_BGN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


def ru_bgn(s):
    return "".join(RU_BGN.get(c, c) for c in s.lower())


WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
CYR_WORD = re.compile(r"[А-Яа-яІіЇїЄєҐґЁё'’]+")


def main():
    d, tsv = sys.argv[1:3]
    places = []
    for line in open(tsv, encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        if f[2] == "city" and " " not in f[0] and " " not in f[1]:
            places.append((f[0], f[1]))
    seen = set()
    for pair, lang, roman in (("ru-en", "ru", ru_bgn), ("uk-en", "uk", uk_national)):
        src = open(os.path.join(d, "generaltest2022.%s.src.%s" % (pair, lang)), encoding="utf-8").read().split("\n")
        outs = [open(p, encoding="utf-8").read().split("\n")
                for p in sorted(glob.glob(os.path.join(d, "generaltest2022.%s.ref.*.en" % pair)) +
                                glob.glob(os.path.join(d, "generaltest2022.%s.hyp.*.en" % pair)))]
        for i, s in enumerate(src):
            words = [w.lower() for w in CYR_WORD.findall(s)]
            for uk, ru in places:
                form = ru if lang == "ru" else uk
                if len(form) < 4:
                    continue
                stem = form.lower()[:-1]
                if not any(w.startswith(stem) for w in words):
                    continue
                target = roman(form)
                found = set()
                for o in outs:
                    if i >= len(o):
                        continue
                    best, score = None, 0.6
                    for w in WORD.findall(o[i]):
                        r = difflib.SequenceMatcher(None, w.lower(), target).ratio()
                        if r >= score:
                            best, score = w, r
                    if best:
                        found.add(best)
                for a in sorted(found):
                    for b in sorted(found):
                        if a < b and (a, b) not in seen:
                            seen.add((a, b))
                            print("%s\t%s" % (a, b))


if __name__ == "__main__":
    main()
