#!/bin/bash
# Rebuilds the judged samples of this folder (see testdata/README.md,
# "debian-reference/"): Debian Reference 2.100's text edition cut into
# chapters, chapters 3 and 8 aligned English against fr, de, ja, zh-cn, and
# the beads drawn as the samples were. Needs Debian's debian-reference-{en,
# fr,de,ja,zh-cn} 2.100, python3 and a bitext binary (BITEXT, default
# bitext). Usage: draw.sh OUTDIR [SEED]   (26: judged-sample.tsv's draw)
set -euo pipefail
out=${1:?usage: draw.sh OUTDIR [SEED]}; seed=${2:-26}; bitext=${BITEXT:-bitext}
mkdir -p "$out"; cd "$out"
for l in en fr de ja zh-cn; do zcat /usr/share/debian-reference/debian-reference.$l.txt.gz > book.$l.txt; done
python3 - <<'PY'
import re
S='[ \u00a0]'
pat={'en':rf'^Chapter{S}(\d+)\.','fr':rf'^Chapitre{S}(\d+)\.','de':rf'^Kapitel{S}(\d+)\.','ja':r'^第(\d+)章','zh-cn':rf'^第{S}(\d+){S}章'}
app={'en':rf'^Appendix{S}A\.','fr':rf'^Annexe{S}A\.','de':rf'^Anhang{S}A\.','ja':r'^付録A','zh-cn':rf'^附录{S}A'}
for l,p in pat.items():
    lines=open(f'book.{l}.txt',encoding='utf-8').read().split('\n')
    d={int(m.group(1)):i for i,s in enumerate(lines) for m in [re.match(p,s)] if m}
    end=max([i for i,s in enumerate(lines) if re.match(app[l],s)] or [len(lines)])
    ks=sorted(d)
    for j,n in enumerate(ks):
        e=d[ks[j+1]] if j+1<len(ks) else end
        open(f'ch{n:02d}.{l}.txt','w',encoding='utf-8').write('\n'.join(lines[d[n]:e])+'\n')
PY
for l in fr de ja zh-cn; do for c in 03 08; do
  # --into a TM that grows in this order, as the samples were made: the
  # aligner learns word translations from the TM's pairs.
  "$bitext" align --into --db tm.db --format jsonl ch$c.en.txt ch$c.$l.txt > ch$c.en-$l.jsonl 2>/dev/null
done; done
python3 - "$seed" <<'PY'
import json,random,sys
random.seed(int(sys.argv[1]))
for l in ['fr','de','ja','zh-cn']:
    b=[]
    for c in ['03','08']:
        for x in map(json.loads,open(f'ch{c}.en-{l}.jsonl')):
            x['ch']=c; b.append(x)
    non=[x for x in b if x['src_text'].strip()!=x['tgt_text'].strip()]
    bands={'hi':[x for x in non if x['score']>=0.8],'mid':[x for x in non if 0.5<=x['score']<0.8],'lo':[x for x in non if x['score']<0.5]}
    for band,n in [('hi',20),('mid',10),('lo',10)]:
        for x in random.sample(bands[band],min(n,len(bands[band]))):
            print('\t'.join(['en-'+l,band,x['ch'],json.dumps(x['src']),json.dumps(x['tgt']),str(x['score']),x['src_text'].replace('\t',' '),x['tgt_text'].replace('\t',' ')]))
PY
