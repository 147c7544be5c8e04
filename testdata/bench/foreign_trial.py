#!/usr/bin/python3
# foreign_trial.py BITEXT DIR ["IMPORT FLAGS"]: each file of DIR (named
# ORIGIN__NAME) imported by `BITEXT tm import` into a fresh SQLite TM; its
# units counted apart with lxml (TMX <tu>, XLIFF trans-units or XLIFF 2
# segments, those with a target) and by Translate Toolkit (Debian's
# python3-translate); what the import says; then the TM exported as TMX,
# xmllint --dtdvalid tmx14.dtd on it, and the export imported into another
# TM, whose TSV export must be the same. One TSV line a file on stdout:
# origin, file, kind, units, Translate Toolkit's units and units with a
# target, bitext's summary or refusal, export check. Run with
# /usr/bin/python3 (lxml, translate). Branch foreign3, BENCHMARKS.md.
import os, sys, subprocess, re, glob, tempfile, shutil
from lxml import etree
BT = sys.argv[1] if len(sys.argv) > 1 else "bitext"
FILES = sorted(glob.glob(os.path.join(sys.argv[2] if len(sys.argv) > 2 else '.', '*')))
DTD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tm', 'tmx', 'testdata', 'tmx14.dtd')
W = tempfile.mkdtemp(prefix='foreign-trial-')
def local(t): return etree.QName(t).localname if isinstance(t, str) else ''
def count(path):
    try:
        tree = etree.parse(path, etree.XMLParser(resolve_entities=False, huge_tree=True))
    except Exception as e:
        return 'notxml', str(e)[:60]
    r = tree.getroot(); n = local(r.tag)
    if n == 'tmx':
        return 'tmx', sum(1 for e in r.iter() if local(e.tag) == 'tu')
    if n == 'xliff':
        units = [e for e in r.iter() if local(e.tag) in ('trans-unit',)]
        if units:
            wt = sum(1 for u in units if any(local(c.tag)=='target' and (''.join(c.itertext()).strip() or len(c)) for c in u))
            return 'xliff1', '%d (%d with target)' % (len(units), wt)
        segs = [e for e in r.iter() if local(e.tag) == 'segment']
        wt = sum(1 for s in segs if any(local(c.tag)=='target' and (''.join(c.itertext()).strip() or len(c)) for c in s))
        return 'xliff2', '%d (%d with target)' % (len(segs), wt)
    if n == 'martif' or n == 'tbx':
        return 'tbx', '%d terms' % sum(1 for e in r.iter() if local(e.tag) in ('termEntry','conceptEntry'))
    return n, '-'
def ttk(path):
    code = r'''
import sys
from translate.storage import factory, tmx, xliff, po, tbx
p=sys.argv[1]
try:
    if p.endswith('.tmx'): s=tmx.tmxfile.parsefile(p)
    elif p.endswith('.po'): s=po.pofile.parsefile(p)
    elif p.endswith('.tbx'): s=tbx.tbxfile.parsefile(p)
    else: s=xliff.xlifffile.parsefile(p)
    u=[x for x in s.units if not x.isheader()]
    print(len(u), sum(1 for x in u if x.target))
except Exception as e:
    print('ERR', type(e).__name__, str(e)[:50].replace('\n',' '))
'''
    out = subprocess.run(['/usr/bin/python3','-c',code,path],capture_output=True,text=True).stdout.strip()
    return out or 'ERR none'
rows = []
for f in FILES:
    b = os.path.basename(f); origin = b.split('__')[0]
    db = W + '/a.db'; db2 = W + '/b.db'
    for x in (db, db2): 
        for s in ('', '-wal', '-shm'):
            if os.path.exists(x+s): os.remove(x+s)
    kind, cnt = count(f)
    t = ttk(f)
    extra = []
    if len(sys.argv) > 3: extra = sys.argv[3].split()
    p = subprocess.run([BT,'tm','import','--db',db]+extra+[f],capture_output=True,text=True)
    err = p.stderr.strip().replace('\n',' | ')
    summ = ''
    m = re.search(r': (\d+) units? read, (\d+) added, (\d+) merged(.*)', p.stderr)
    exp = '-'
    if p.returncode == 0 and m and m.group(2) == '0':
        # nothing stored: an import that adds nothing removes the new TM
        summ = '%s read, %s added%s' % (m.group(1), m.group(2), (', '+m.group(4).strip(', ')) if m.group(4).strip() else '')
        exp = 'nothing stored'
    elif p.returncode == 0 and m:
        summ = '%s read, %s added%s' % (m.group(1), m.group(2), (', '+m.group(4).strip(', ')) if m.group(4).strip() else '')
        tm = W+'/e.tmx'
        e = subprocess.run([BT,'tm','export','--db',db,'--format','tmx','-o',tm],capture_output=True,text=True)
        v = subprocess.run(['xmllint','--noout','--nonet','--nowarning','--dtdvalid',DTD,tm],capture_output=True,text=True)
        r2 = subprocess.run([BT,'tm','import','--db',db2,tm],capture_output=True,text=True)
        t1 = subprocess.run([BT,'tm','export','--db',db,'--format','tsv'],capture_output=True,text=True).stdout
        t2 = subprocess.run([BT,'tm','export','--db',db2,'--format','tsv'],capture_output=True,text=True).stdout
        def pairs(s):
            return sorted(s.splitlines())
        same = pairs(t1) == pairs(t2)
        exp = '%s, %s' % ('valid' if v.returncode == 0 else 'INVALID', 'same' if same else 'DIFFERENT')
        if v.returncode: exp += ' ' + v.stderr[:200]
    else:
        summ = 'refused (%d): %s' % (p.returncode, err[:160])
    rows.append((origin, b, kind, str(cnt), t, summ, exp))
    print('\t'.join(rows[-1]), flush=True)
shutil.rmtree(W)
