#!/usr/bin/env python3
"""Count the pairs of one shape in the seven pivots' _80 candidates and the design pool:
two names with the same consonants (a doubled consonant read as one) whose vowel groups
are spellings Arabic's romanizations write for a vowel (a aa e; e i ee ii y ie; u o ou oo uu).
"strict": each vowel group one vowel's spellings; "loose": a short a, e, i, o, u swapped too;
"dbl": only a doubled consonant. Arabic evidence as normalize's abjadShaped reads it
(kh, dh, gh before a vowel, q not before u, j not before i or u, the nisba fa'li).
"narrow": the narrower reading of narrow() below, counted alongside.

  names_pivot80_arvowel.py file CANDIDATES.tsv VERDICTS.out [ROWS.tsv]
      (VERDICTS.out: `cut -f3,4 CANDIDATES.tsv | bitext names match -`)
  names_pivot80_arvowel.py pool POOL          (POOL: names_checksets_pool.py's output)
  names_pivot80_arvowel.py sample ROWS.tsv SEED N   (distinct arabic-variant misses)
Reads no held-out or blind set and no _20 split."""
import random
import re
import sys
import unicodedata
from collections import Counter

VOWELS = set('aeiou')
CLS = {'a': {'A'}, 'aa': {'A'}, 'e': {'A', 'I'}, 'i': {'I'}, 'ee': {'I'}, 'ii': {'I'},
       'y': {'I'}, 'ie': {'I'}, 'u': {'U'}, 'o': {'U'}, 'ou': {'U'}, 'oo': {'U'}, 'uu': {'U'}}
EURO = ["ch", "sh", "th", "ph", "ck", "nd", "nt", "mb", "mp", "ng", "nk"]


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def parse(w):
    """[v0, c1, v1, c2, ...]: vowel groups and consonant runs (doubling collapsed)."""
    out, cur, isv = [], '', True
    for i, ch in enumerate(w):
        v = ch in VOWELS or (ch == 'y' and i > 0 and (i + 1 == len(w) or w[i + 1] not in VOWELS))
        if v != isv:
            out.append(cur)
            cur, isv = '', v
        cur += ch
    out.append(cur)
    if not isv:
        out.append('')
    for k in range(1, len(out), 2):
        out[k] = re.sub(r'(.)\1', r'\1', out[k])
    return out


def shape(a, b):
    wa, wb = re.findall(r'[a-z]+', fold(a)), re.findall(r'[a-z]+', fold(b))
    if len(wa) != len(wb) or not wa or fold(a) == fold(b):
        return ''
    level, diff = 'strict', False
    for x, y in zip(wa, wb):
        px, py = parse(x), parse(y)
        if len(px) != len(py):
            return ''
        for k in range(len(px)):
            if k % 2 == 1:
                if px[k] != py[k]:
                    return ''
                continue
            gx, gy = px[k], py[k]
            if gx == gy:
                continue
            diff = True
            if gx == '' or gy == '' or gx not in CLS or gy not in CLS:
                return ''
            if not CLS[gx] & CLS[gy]:
                level = 'loose'
    return level if diff else 'dbl'


def nisba(w):
    if len(w) != 5 or w[4] != 'i':
        return False
    c1, v, c2, c3 = w[:4]
    cons = lambda c: c.isalpha() and c not in VOWELS
    return cons(c1) and v in 'aiu' and cons(c2) and cons(c3) and c2 != c3 and c2 + c3 not in EURO


def abjad(w):
    for i, c in enumerate(w):
        n = w[i + 1] if i + 1 < len(w) else ''
        if (c in 'kd' and n == 'h') or (c == 'q' and n != 'u') or (c == 'j' and n not in ('i', 'u')):
            return True
        if c == 'g' and n == 'h' and i + 2 < len(w) and w[i + 2] in VOWELS:
            return True
    return nisba(w)


def evidence(a, b):
    ea = any(abjad(w) for w in re.findall(r'[a-z]+', fold(a)))
    eb = any(abjad(w) for w in re.findall(r'[a-z]+', fold(b)))
    return 'both' if ea and eb else 'one' if ea or eb else 'none'


def narrow(a, b):
    """The narrower reading: one word each, at least two consonant runs, the first vowel group
    after the first consonant a short vowel swapped for another, every other differing vowel
    group one vowel's spellings (shape strict)."""
    wa, wb = re.findall(r'[a-z]+', fold(a)), re.findall(r'[a-z]+', fold(b))
    if len(wa) != 1 or len(wb) != 1 or wa[0] == wb[0]:
        return False
    px, py = parse(wa[0]), parse(wb[0])
    if len(px) != len(py) or len(px) < 5:
        return False
    if any(px[k] != py[k] for k in range(1, len(px), 2)):
        return False
    for k in range(0, len(px), 2):
        gx, gy = px[k], py[k]
        if gx == gy:
            continue
        if k == 2 and px[0] == '' and gx in VOWELS and gy in VOWELS:
            continue
        if gx == '' or gy == '' or gx not in CLS or gy not in CLS or not CLS[gx] & CLS[gy]:
            return False
    return True


def main():
    mode = sys.argv[1]
    c = Counter()
    if mode == 'file':
        rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[2], encoding='utf-8')]
        res = [l.rstrip('\n').split('\t') for l in open(sys.argv[3], encoding='utf-8')]
        assert len(rows) == len(res)
        out = open(sys.argv[4], 'w', encoding='utf-8') if len(sys.argv) > 4 else None
        for r, v in zip(rows, res):
            s = shape(r[2], r[3])
            if not s:
                continue
            e = evidence(r[2], r[3])
            c[(r[0], v[1], s, e, 'narrow' if narrow(r[2], r[3]) else '-')] += 1
            if out:
                print(r[0], s, v[1], v[0], r[2], r[3], e, sep='\t', file=out)
    elif mode == 'pool':
        for l in open(sys.argv[2], encoding='utf-8'):
            r = l.rstrip('\n').split('\t')
            if len(r) < 7:
                continue
            s = shape(r[5], r[6])
            if s:
                c[(r[2], r[4], s, evidence(r[5], r[6]), 'narrow' if narrow(r[5], r[6]) else '-')] += 1
    elif mode == 'sample':
        rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[2], encoding='utf-8')]
        miss = sorted({(r[4], r[5], r[1], r[3], r[6]) for r in rows
                       if r[0] == 'arabic-variant' and r[2] == 'different'})
        print(len(miss), 'distinct')
        for p in random.Random(int(sys.argv[3])).sample(miss, int(sys.argv[4])):
            print(*p, sep='\t')
        return
    for k in sorted(c):
        print(*k, c[k], sep='\t')


if __name__ == '__main__':
    main()
