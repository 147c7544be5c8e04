"""What the segmentation bench scripts share (flores_segment.py,
segment_prose_eval.py): each paragraph's sentences as `bitext segment` and
ICU cut them, and a sentence's end as the count of non-space characters
before it, so that spacing does not matter in the comparison with a gold.
"""
import json
import re
import subprocess


def ends(sentences):
    """Non-space character counts at each sentence end."""
    out, n = [], 0
    for s in sentences:
        n += len(re.sub(r"\s+", "", s))
        out.append(n)
    return out


def bitext_paras(bitext, lang, text, n, *flags):
    """The sentences of each of text's n paragraphs as `bitext segment
    --lang LANG FLAGS --format jsonl` cuts them."""
    out = subprocess.run([bitext, "segment", "--lang", lang, *flags, "--format", "jsonl"],
                         input=text.encode(), capture_output=True, check=True).stdout
    paras = [[] for _ in range(n)]
    for line in out.decode().splitlines():
        s = json.loads(line)
        paras[s["para"]].append(s["text"])
    return paras


def icu_paras(icu, paras, lang, sep):
    """The sentences of each paragraph (its gold sentences joined by sep)
    as ICU's sentence BreakIterator for lang (module icu, PyICU) cuts them."""
    out = []
    for p in paras:
        u = icu.UnicodeString(sep.join(p))
        it = icu.BreakIterator.createSentenceInstance(icu.Locale(lang))
        it.setText(u)
        got, start = [], 0
        for end in it:
            s = str(u[start:end])
            if s.strip():
                got.append(s)
            start = end
        out.append(got)
    return out
