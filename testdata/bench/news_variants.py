#!/usr/bin/python3
"""Scores name discovery on two translators' versions of one article
(issue 11; BENCHMARKS.md, "Name discovery on two translators' versions",
branch disc52).

  news_variants.py BITEXT PART [XML] [GOLD]

PART is design or held (align's split of the WMT21 documents: an id whose
FNV-1a 32 is 0 mod 3 is held out; score held once, at the end). XML is
newstest2021.ru-en.all.xml (default $BITEXT_NEWSDEV or /tmp/wmt21-news,
fetched by wmt21_news.sh), GOLD testdata/news_variants/ruen_ab_variants.tsv.

For each document of PART with references A and B, A and B are written to
A.txt and B.txt in a scratch folder with an empty translation memory, and
  - `bitext names discover --lang en A.txt B.txt` (an editor's run on two
    agencies' versions): each JSON line is a cluster of variants;
  - `bitext normalize --check --lang en --format jsonl AB.txt` (A then B in
    one text): the forms reported with one replacement, and the
    replacement, make a cluster.
A gold pair (a, b) of class spelling is found when one cluster holds a
variant x that covers a but not b and a variant y that covers b but not a
(x covers s when the words of one are a run of the words of the other,
a final 's dropped, letter case ignored). Recall is given per name kind.
A cluster that explains no gold pair of any class is printed on standard
error, to be read: two different names (false), or a pair the gold lacks.
"""
import collections, hashlib, json, os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET


def fnv(s):
    h = 0x811c9dc5
    for c in s.encode():
        h = ((h ^ c) * 0x01000193) & 0xffffffff
    return h


def words(s):
    return [re.sub(r"[’']s$", "", w) for w in s.lower().replace('.', ' ').split() if w]


def inside(small, big):
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def covers(x, s, words=words):
    xw, sw = words(x), words(s)
    return inside(sw, xw) or inside(xw, sw)


def explains(cluster, a, b, words=words):
    """Whether one variant of cluster covers a but not b and another b but
    not a; words splits a name into the words compared (wmt24_de_variants.py
    gives German's)."""
    xs = [x for x in cluster if covers(x, a, words) and not covers(x, b, words)]
    ys = [y for y in cluster if covers(y, b, words) and not covers(y, a, words)]
    return bool(xs and ys)


def docs(path, part):
    for d in ET.parse(path).getroot().iter('doc'):
        refs = {r.get('translator'): r for r in d.findall('ref')}
        if 'A' not in refs or 'B' not in refs:
            continue
        did = d.get('id')
        if (fnv(did) % 3 == 0) != (part == 'held'):
            continue
        yield did, ['\n'.join((s.text or '').strip() for s in refs[k].iter('seg')) + '\n' for k in 'AB']


def run(bitext, did, a, b):
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, BITEXT_DB=os.path.join(tmp, 'tm.db'), XDG_DATA_HOME=tmp)
        for name, text in (('A.txt', a), ('B.txt', b), ('AB.txt', a + b)):
            with open(os.path.join(tmp, name), 'w', encoding='utf-8') as f:
                f.write(text)
        out = subprocess.run([bitext, 'names', 'discover', '--lang', 'en', 'A.txt', 'B.txt'],
                             cwd=tmp, env=env, capture_output=True, text=True, timeout=300)
        disc = [[v['form'] for v in json.loads(l)['variants']] for l in out.stdout.splitlines() if l.strip()]
        disc = [c for c in disc if len(c) > 1]  # one spelling and its related forms: no pair
        out = subprocess.run([bitext, 'normalize', '--check', '--lang', 'en', '--format', 'jsonl', 'AB.txt'],
                             cwd=tmp, env=env, capture_output=True, text=True, timeout=300)
        groups = collections.defaultdict(set)
        for l in (out.stdout + out.stderr).splitlines():  # --check reports on stderr
            if l.startswith('{'):
                r = json.loads(l)
                groups[r['replacement']].update([r['form'], r['replacement']])
        check = [sorted(g) for g in groups.values() if len(g) > 1]
    return {'discover': disc, 'check': check}


def main():
    bitext, part = sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    xml = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
        os.environ.get('BITEXT_NEWSDEV', '/tmp/wmt21-news'), 'newstest2021.ru-en.all.xml')
    gold_path = sys.argv[4] if len(sys.argv) > 4 else os.path.join(here, '..', 'news_variants', 'ruen_ab_variants.tsv')
    gold = collections.defaultdict(list)
    for line in open(gold_path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        did, p, a, b, kind, cls = line.rstrip('\n').split('\t')
        if p == part:
            gold[did].append((a, b, kind, cls))
    found = {t: collections.Counter() for t in ('discover', 'check', 'either')}
    total = collections.Counter()
    unexplained = collections.Counter()
    ndocs = 0
    for did, (a, b) in docs(xml, part):
        ndocs += 1
        res = run(bitext, did, a, b)
        for ga, gb, kind, cls in gold[did]:
            hit = {t: any(explains(c, ga, gb) for c in res[t]) for t in ('discover', 'check')}
            hit['either'] = hit['discover'] or hit['check']
            if cls != 'spelling':
                continue
            for k in (kind, 'all'):
                total[k] += 1
                for t in found:
                    found[t][k] += hit[t]
            print('%s\t%s\t%s\t%s\tdiscover=%d check=%d' % (did, ga, gb, kind, hit['discover'], hit['check']),
                  file=sys.stderr)
        for t in ('discover', 'check'):
            for c in res[t]:
                if not any(explains(c, ga, gb) for ga, gb, _, _ in gold[did]):
                    unexplained[t] += 1
                    print('UNEXPLAINED %s %s: %s' % (t, did, ' | '.join(c)), file=sys.stderr)
    print('part %s: %d documents, %d wanted pairs (class spelling)' % (part, ndocs, total['all']))
    for k in sorted(total, key=lambda k: (k == 'all', k)):
        print('  %-7s %3d   discover %3d (%.2f)   check %3d (%.2f)   either %3d (%.2f)' % (
            k, total[k], found['discover'][k], found['discover'][k] / total[k],
            found['check'][k], found['check'][k] / total[k], found['either'][k], found['either'][k] / total[k]))
    print('  clusters explaining no gold pair: discover %d, check %d (listed on stderr; read each)' % (
        unexplained['discover'], unexplained['check']))


if __name__ == '__main__':
    main()
