#!/usr/bin/env python3
"""Sort the look-alikes judged two names that a binary merges, and the
variants it merges, by the shape of the one word that differs (issue 11,
branch look49).

Usage: lookalike_judged_shapes.py MAIN.tsv BRANCH.tsv [SHAPE]

MAIN.tsv and BRANCH.tsv are two binaries' pair files written by
names_checksets_pool.py (BIN design OUT). Read: the merged one-word pairs
(as many letters, ASCII after dropping marks). A look-alike counts when
judged different in kana, zhforeign, hangul or jalook judged.tsv, or in
devset/lookalike_judged.tsv (dev lookalike class); hepburn, rukin, canto,
postal, rurender and lookalikes.tsv look-alikes count raw; readfix and
places (set truth, not judged) are a column of their own; partyfacts and
legalform are left out. A variant is any want-same pair not judged noise or
gender. The shape: the word's common start and end are cut and the rest
sorted (a vowel or consonant changed, added, doubled; 2-3 letters added
together; two edits or more) by where it falls (start: within the first
letter; ending: within the last two; inside). With SHAPE (a row's name),
lists that row's pairs from BRANCH.tsv.
"""
import collections, os, sys, unicodedata
R=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'normalize', 'testdata') + '/'
def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD',s) if not unicodedata.combining(c)).lower()
def jw(s1,s2):
    if s1==s2: return 1.0
    l1,l2=len(s1),len(s2); md=max(l1,l2)//2-1
    m1=[False]*l1; m2=[False]*l2; m=0
    for i,c in enumerate(s1):
        for j in range(max(0,i-md),min(l2,i+md+1)):
            if not m2[j] and s2[j]==c: m1[i]=m2[j]=True; m+=1; break
    if not m: return 0.0
    t=0;k=0
    for i in range(l1):
        if m1[i]:
            while not m2[k]: k+=1
            if s1[i]!=s2[k]: t+=1
            k+=1
    t/=2; j=(m/l1+m/l2+(m-t)/m)/3
    p=0
    for a,b in zip(s1[:4],s2[:4]):
        if a==b: p+=1
        else: break
    return j+p*0.1*(1-j)
V=set('aeiouy')
def shape(a,b):
    if len(a)>len(b): a,b=b,a
    p=0
    while p<len(a) and a[p]==b[p]: p+=1
    s=0
    while s<len(a)-p and a[-1-s]==b[-1-s]: s+=1
    da=a[p:len(a)-s]; db=b[p:len(b)-s]
    pos='end' if s==0 else ('end2' if s<=2 and len(b)-p<=4 else 'mid')
    if p<=1: pos='start'
    if sorted(a)==sorted(b) and len(a)==len(b): return 'transpose:'+pos, da, db
    if da=='' :
        ins=db
        if len(ins)==1 and (b[p-1:p]==ins or b[p+1:p+2]==ins): return 'double', da, db
        k='vowel' if all(c in V for c in ins) else ('cons' if all(c not in V for c in ins) else 'mixed')
        return f'insert{len(ins)}-{k}:{pos}', da, db
    if len(da)==1 and len(db)==1:
        k=('V' if da in V else 'C')+('V' if db in V else 'C')
        if pos=='end' and {da,db}<= {'a','o'}: return 'oa-end', da, db
        return f'sub1-{k}:{pos}', da, db
    return f'multi{max(len(da),len(db))}:{pos}', da, db
judged={}
for s,f in (('kana','kana/judged.tsv'),('zhforeign','zhforeign/judged.tsv'),('hangul','hangul/judged.tsv'),('jalook','jalook/judged.tsv'),('devset','devset/lookalike_judged.tsv')):
    for l in open(R+f):
        if l.startswith('#'): continue
        p=l.rstrip('\n').split('\t')
        if len(p)<4: continue
        judged[(s,p[1],p[2])]=p[3]
def cat(sh):
    k,_,pos=sh.partition(':')
    where={'start':'start','mid':'inside','end2':'ending','end':'ending'}.get(pos,pos)
    if k=='double': return 'a doubled letter'
    if k.startswith('transpose'): return 'transposed / marks only'
    if k=='oa-end': return 'a vowel changed, ending'
    if k.startswith('sub1-VV'): return f'a vowel changed, {where}'
    if k.startswith('sub1-CC'): return f'a consonant changed, {where}'
    if k.startswith('sub1'): return f'a vowel for a consonant, {where}'
    if k.startswith('insert1-vowel'): return f'a vowel added, {where}'
    if k.startswith('insert1-cons'): return f'a consonant added, {where}'
    if k.startswith('insert'): return f'2-3 letters added together, {where}'
    return f'two edits or more, {where}'
def pool(dump,mode):
    c=collections.Counter(); ex=collections.defaultdict(list)
    for l in open(dump):
        st,cl,w,sc,v,a,b=l.rstrip('\n').split('\t')
        if v!='same' or st=='caps': continue  # caps: the pool's pairs again in capitals
        fa,fb=fold(a),fold(b)
        if ' ' in fa or ' ' in fb or '-' in fa+fb or not (fa.isalpha() and fb.isalpha() and fa.isascii() and fb.isascii()): continue
        J=judged.get((st,a,b))
        if mode=='L':
            if w!='D' or st in ('readfix','places') : continue
            if st in ('kana','zhforeign','hangul','jalook') and J!='different': continue
            if st=='devset' and (cl!='lookalike' or J!='different'): continue
            if st=='partyfacts' or st=='legalform': continue
        elif mode=='R':
            if w!='D' or st not in ('readfix','places'): continue
        else:
            if w!='S': continue
            if J and J!='variant': continue
        k=cat(shape(fa,fb)[0]); c[k]+=1; ex[k].append(f'{a}/{b}')
    return c,ex

if __name__ == "__main__":
    lb, exb = pool(sys.argv[1], 'L'); la, exa = pool(sys.argv[2], 'L')
    rb, _ = pool(sys.argv[1], 'R'); ra, exr = pool(sys.argv[2], 'R')
    vb, _ = pool(sys.argv[1], 'V'); va, exv = pool(sys.argv[2], 'V')
    if len(sys.argv) > 3:
        k = sys.argv[3]
        print('look-alikes:', ', '.join(exa[k])); print('readfix, places:', ', '.join(exr[k])); print('variants:', ', '.join(exv[k]))
        sys.exit(0)
    print('| shape of the one word | look-alikes judged two names, main -> branch | readfix + places (set truth) | variants merged, main -> branch | look-alike examples (main) |')
    print('|---|---|---|---|---|')
    for k in sorted(set(lb) | set(rb), key=lambda k: (-lb[k], -rb[k])):
        print(f'| {k} | {lb[k]} -> {la[k]} | {rb[k]} -> {ra[k]} | {vb[k]} -> {va[k]} | {", ".join(exb[k][:5])} |')
    print('| all | %d -> %d | %d -> %d | %d -> %d | |' % (sum(lb.values()), sum(la.values()), sum(rb.values()), sum(ra.values()), sum(vb.values()), sum(va.values())))
