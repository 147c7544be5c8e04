#!/usr/bin/python3
"""The recall screen of the news trials (BENCHMARKS.md, "Names missed in
news (branch newstrial4)").

  news_names_recall.py candidates BITEXT DIR TAG > cands.tsv
      pairs of capitalised runs within each article of DIR (runs of 1-3
      words, each word of a run): same word count scored by `names match`
      (>= 0.78), a one-word run against the last word of a run of 2-3
      words (>= 0.80), the same words in another order, an initial
      against a given name before one surname; plural/singular pairs, words
      the article writes in lower case, and repeats of one word pair per
      article are dropped. Each line: TAG, article, class, form_a,
      form_b, score, then the judgement and part to be added by hand.
  news_names_recall.py score SCREEN TAG=OUT ...
      of the pairs SCREEN judges true, those a `news_names_trial.sh run`
      output OUT reports (an inconsistent spelling in check.jsonl, or one
      cluster of discover_per.jsonl, variants or related forms), per
      archive and part; the pairs on standard error.
"""
import collections, difflib, itertools, json, os, re, subprocess, sys

WORD = r"(?:[A-Z][a-z]?\.|[A-ZÀ-Þ][\w’'\-]*\w)"
RUN = re.compile(WORD + r"(?: " + WORD + r")*")


def norm(x):
    return x.rstrip('â').lower()


def raw_pairs(corpus):
    for fn in sorted(os.listdir(corpus)):
        text = open(os.path.join(corpus, fn), encoding='utf-8').read()
        lower = set(re.findall(r"\b[a-z][\w'-]*", text))
        forms = set()
        for m in RUN.finditer(text):
            ws = [re.sub(r"[’']s$", "", w) for w in m.group(0).split(' ')][:8]
            for n in (1, 2, 3):
                for i in range(len(ws) - n + 1):
                    if n == 1 and len(ws[i]) < 4:
                        continue
                    forms.add(' '.join(ws[i:i + n]))
        by_n = collections.defaultdict(list)
        for f in forms:
            by_n[len(f.split())].append(f)
        for n, fs in by_n.items():
            for a, b in itertools.combinations(sorted(fs), 2):
                if a.lower() == b.lower():
                    continue
                aw, bw = a.split(), b.split()
                if n >= 2 and sorted(aw) == sorted(bw):
                    yield fn, lower, 'order', a, b
                    continue
                if n >= 2 and aw[-1] == bw[-1] and all(
                        x == y or (len(x) == 2 and x[1] == '.' and y[0] == x[0] and len(y) > 2)
                        or (len(y) == 2 and y[1] == '.' and x[0] == y[0] and len(x) > 2)
                        for x, y in zip(aw, bw)):
                    yield fn, lower, 'initial', a, b
                    continue
                sm = difflib.SequenceMatcher(None, a.lower(), b.lower())
                if sm.real_quick_ratio() >= 0.75 and sm.quick_ratio() >= 0.75 and sm.ratio() >= 0.75:
                    yield fn, lower, 'same', a, b
        for w in by_n[1]:
            for f in by_n.get(2, []) + by_n.get(3, []):
                if any(x.lower() == w.lower() for x in f.split()):
                    continue
                sm = difflib.SequenceMatcher(None, w.lower(), f.split()[-1].lower())
                if sm.quick_ratio() >= 0.75 and sm.ratio() >= 0.75:
                    yield fn, lower, 'surname', w, f


def unit(cls, a, b):
    if cls == 'surname':
        return tuple(sorted((a, b.split()[-1])))
    if cls == 'order':
        return tuple(sorted(x for x, y in zip(a.split(), b.split()) if x != y))
    return tuple(sorted([(p, q) for p, q in zip(a.split(), b.split()) if p != q][0]))


def candidates(bitext, corpus, tag):
    pairs = list(raw_pairs(corpus))
    inp = ''.join(f"{a}\t{b.split()[-1] if c == 'surname' else b}\n" for _, _, c, a, b in pairs)
    out = subprocess.run([bitext, 'names', 'match', '-'], input=inp, capture_output=True, text=True, check=True).stdout
    scores = [float(l.split('\t')[0]) for l in out.splitlines()]
    keep = []
    for (fn, lower, cls, a, b), s in zip(pairs, scores):
        if cls == 'surname':
            x, y = norm(a), norm(b.split()[-1])
            if s < 0.80 or x == y or y in (x + 's', x + 'es') or x in (y + 's', y + 'es') or x in lower or y in lower:
                continue
        elif cls == 'same':
            ps = list(zip(a.split(), b.split()))
            if s < 0.78 or all(norm(p) == norm(q) or norm(p) + 's' == norm(q) or norm(q) + 's' == norm(p) for p, q in ps):
                continue
            if any(norm(p) != norm(q) and (norm(p) in lower or norm(q) in lower) for p, q in ps):
                continue
        keep.append((cls, len(a.split()), fn, a, b, s))
    seen = set()
    for cls, _, fn, a, b, s in sorted(keep, key=lambda r: (r[0], r[1])):
        if cls == 'same':
            k = (fn, tuple(sorted((p, q) for p, q in zip(a.split(), b.split()) if p != q)))
        elif cls == 'surname':
            k = (fn, 'S', a, b.split()[-1])
        else:
            k = (fn, a, b)
        if k in seen:
            continue
        seen.add(k)
        print(f"{tag}\t{fn}\t{cls}\t{a}\t{b}\t{s:.3f}")


def score(screen, outs):
    def has(form, w):
        return form == w or w in form.replace("'s", '').replace('’s', '').split()
    memo = {}

    def groups(tag, fn):
        if (tag, fn) not in memo:
            gs = []
            for line in open(os.path.join(outs[tag], 'check.jsonl'), encoding='utf-8'):
                f, j = line.rstrip('\n').split('\t', 1)
                if f == fn:
                    try:
                        o = json.loads(j)
                    except ValueError:
                        continue
                    if o.get('rule') == 'inconsistent':
                        gs.append([o['form'], o['replacement']])
            for line in open(os.path.join(outs[tag], 'discover_per.jsonl'), encoding='utf-8'):
                f, j = line.rstrip('\n').split('\t', 1)
                if f == fn:
                    o = json.loads(j)
                    fs = [v['form'] for v in o['variants']] + [v['form'] for v in o.get('related', [])]
                    if len(fs) > 1:
                        gs.append(fs)
            memo[(tag, fn)] = gs
        return memo[(tag, fn)]

    def reported(tag, fn, cls, a, b):
        u = unit(cls, a, b)
        for g in groups(tag, fn):
            if cls == 'order':
                if a in g and b in g:
                    return True
                continue
            x, y = u
            if any(has(f, x) for f in g) and any(has(f, y) for f in g) and any(has(f, x) and not has(f, y) for f in g):
                return True
        return False
    units = {}
    for line in open(screen, encoding='utf-8'):
        if line.startswith('#'):
            continue
        tag, fn, cls, a, b, _, judged, part = line.rstrip('\n').split('\t')
        if judged != 'true' or tag not in outs:
            continue
        k = (tag, fn, unit(cls, a, b))
        units[k] = (units.get(k, (False,))[0] or reported(tag, fn, cls, a, b), part, a, b)
    tot, hit = collections.Counter(), collections.Counter()
    for k, (r, part, a, b) in sorted(units.items()):
        tot[(k[0], part)] += 1
        hit[(k[0], part)] += r
        print('reported' if r else 'missed  ', k[0], part, k[1], a, '/', b, file=sys.stderr)
    for k in sorted(tot):
        print(f"{k[0]} {k[1]}: {hit[k]}/{tot[k]}")


if __name__ == '__main__':
    if len(sys.argv) == 5 and sys.argv[1] == 'candidates':
        candidates(*sys.argv[2:])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'score':
        score(sys.argv[2], dict(a.split('=', 1) for a in sys.argv[3:]))
    else:
        sys.exit(__doc__)
