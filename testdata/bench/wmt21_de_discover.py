#!/usr/bin/env python3
# German news for names discover and normalize --check --lang de (branch discde62):
import xml.etree.ElementTree as ET, os, sys
src=os.environ.get('WMT21_NEWS','/tmp/wmt21-news')
os.chdir(sys.argv[1])
out={}
# Usage: python3 testdata/bench/wmt21_de_discover.py OUTDIR (reads /tmp/wmt21-news or $WMT21_NEWS).
# Writes OUTDIR/{design,held}/{de,en}/ID.LANG.txt, one paragraph a line: documents of de-en and
# en-de in the xml order, even positions design, odd held aside.
for pair in ['de-en','en-de']:
    t=ET.parse(f'{src}/newstest2021.{pair}.docs.xml')
    docs=t.getroot().findall('doc')
    for i,d in enumerate(docs):
        part='design' if i%2==0 else 'held'
        did=d.get('id').replace(':','_')
        for side in ['src','ref']:
            el=d.find(side)
            if el is None: continue
            lang=el.get('lang')
            paras=[]
            for p in el.findall('p'):
                paras.append(' '.join((s.text or '') for s in p.findall('seg')))
            os.makedirs(f'{part}/{lang}',exist_ok=True)
            # each seg on line? use paragraphs lines, segments joined
            with open(f'{part}/{lang}/{did}.{lang}.txt','w') as f:
                f.write('\n\n'.join(paras)+'\n')
            out.setdefault((part,pair,lang),[]).append(did)
for k,v in sorted(out.items()):
    print(k,len(v),v[0],v[-1])
