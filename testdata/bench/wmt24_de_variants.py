#!/usr/bin/python3
"""Scores `names discover --lang de` on two translators' German of one
English text: WMT24 en-de references A and B (issue 11; BENCHMARKS.md,
branch discde66).

  wmt24_de_variants.py BITEXT PART [REPO] [GOLD]

REPO is a clone of wmt-conference/wmt24-news-systems (default
/work/.mirror/wmt-conference+wmt24-news-systems/repo; files read with
`git show HEAD:...`), GOLD testdata/news_variants/wmt24_ende_ab_variants.tsv.
PART is design or held: a document whose id's FNV-1a 32 is 0 mod 3 is held
(score held once, at the end). The lines of PART's documents, in file order,
are written to A.txt (refA) and B.txt (refB), and `bitext names discover
--lang de A.txt B.txt` runs once on them with an empty translation memory.

A gold pair (a, b) is found when one cluster holds a variant x that covers a
but not b and a variant y that covers b but not a (x covers s when the words
of one are a run of the words of the other, letter case ignored). Recall is
printed for class spelling (the wanted pairs) and class inflect apart. A
cluster that explains no gold pair is printed on standard error, to be read.
"""
import collections, json, os, re, subprocess, sys, tempfile

import news_variants
from news_variants import fnv


def words(s):
    return [w for w in re.split(r'[\s.,;:!?“”„"()]+', s.lower()) if w]


def explains(cluster, a, b):
    return news_variants.explains(cluster, a, b, words)


def show(repo, path):
    return subprocess.run(['git', '-C', repo, 'show', 'HEAD:' + path], capture_output=True,
                          text=True, check=True).stdout.split('\n')


def main():
    bitext, part = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    repo = sys.argv[3] if len(sys.argv) > 3 else '/work/.mirror/wmt-conference+wmt24-news-systems/repo'
    gold_path = sys.argv[4] if len(sys.argv) > 4 else os.path.join(
        here, '..', 'news_variants', 'wmt24_ende_ab_variants.tsv')
    gold = []
    for line in open(gold_path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        did, p, a, b, kind, cls = line.rstrip('\n').split('\t')
        if p == part:
            gold.append((did, a, b, kind, cls))
    docs = [l.split('\t') for l in show(repo, 'txt/documents/en-de.docs') if l]
    ra, rb = show(repo, 'txt/references/en-de.refA.txt'), show(repo, 'txt/references/en-de.refB.txt')
    keep = [i for i, (dom, did) in enumerate(docs)
            if dom != 'canary' and (fnv(did) % 3 == 0) == (part == 'held')]
    with tempfile.TemporaryDirectory() as tmp:
        for name, ref in (('A.txt', ra), ('B.txt', rb)):
            with open(os.path.join(tmp, name), 'w', encoding='utf-8') as f:
                f.write(''.join(ref[i] + '\n' for i in keep))
        env = dict(os.environ, BITEXT_DB=os.path.join(tmp, 'tm.db'), XDG_DATA_HOME=tmp)
        out = subprocess.run([bitext, 'names', 'discover', '--lang', 'de', 'A.txt', 'B.txt'],
                             cwd=tmp, env=env, capture_output=True, text=True, timeout=900)
    clusters = [[v['form'] for v in json.loads(l)['variants']] for l in out.stdout.splitlines() if l.strip()]
    clusters = [c for c in clusters if len(c) > 1]
    total, found = collections.Counter(), collections.Counter()
    for did, a, b, kind, cls in gold:
        hit = any(explains(c, a, b) for c in clusters)
        for k in (cls, cls + ' ' + kind):
            total[k] += 1
            found[k] += hit
        print('%s\t%s\t%s\t%s\t%s\tfound=%d' % (did, a, b, kind, cls, hit), file=sys.stderr)
    unexplained = [c for c in clusters if not any(explains(c, a, b) for _, a, b, _, _ in gold)]
    for c in unexplained:
        print('UNEXPLAINED ' + ' | '.join(c), file=sys.stderr)
    print('part %s: %d documents, %d lines, %d clusters' % (
        part, len({docs[i][1] for i in keep}), len(keep), len(clusters)))
    for k in sorted(total):
        print('  %-16s %3d   found %3d (%.2f)' % (k, total[k], found[k], found[k] / total[k]))
    print('  clusters explaining no gold pair: %d (listed on stderr; read each)' % len(unexplained))


if __name__ == '__main__':
    main()
