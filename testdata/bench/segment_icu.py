"""Sentence-split a UTF-8 file with ICU (python3-icu) and print one sentence
per line: the peer for `bitext segment` in segment.sh.

usage: /usr/bin/python3 segment_icu.py LANG FILE
"""
import sys

try:
    import icu
except ImportError:
    sys.exit("segment_icu.py: no ICU module for this python (apt-get install python3-icu; run it with /usr/bin/python3)")

lang, path = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as fh:
    text = fh.read()
ustr = icu.UnicodeString(text)
bi = icu.BreakIterator.createSentenceInstance(icu.Locale(lang))
bi.setText(ustr)
out = sys.stdout
start = 0
for end in bi:
    s = str(ustr[start:end]).strip()
    if s:
        out.write(s.replace("\n", " ") + "\n")
    start = end
