#!/usr/bin/env python3
"""Sort names_org_misses.py's misses of org-wp and uklist-org by why (branch orgs62).

Usage: names_org_misses.py POOL org-wp,uklist-org -v > MISSES
       names_org_why.py MISSES

Reads the -v listing of names_org_misses.py (its kinds and every pair) and
puts each pair in one of the brief's kinds, by its words alone (a rough
first sort for reading, not a judgement): another name (the kinds
names_org_misses.py's hand sorting calls a translation, a former or other
name: the glossary's, counted, not chased), an acronym, word order, an
article or connector, a legal form, a country or place before or after
(a short list of the places the misses name), words added, an
abbreviation or another form of one word, a spelling (transliteration or
a slip), other words. Prints the counts and six examples a kind.
"""
import re,sys,unicodedata,collections,difflib
ANANOTHER=("a translation","a former","another name","another translation","another party")
ART={"the","a","an","of","and","&","for","in","on","at"}
LEGAL={"co","ltd","llc","jsc","as","ag","zao","zat","ojsc","ojcs","fze","frze","inc","corp","company","limited","sirketi","plc","gmbh","sa","tic","san","ve"}
COUNTRY={"iran","kenya","ukraine","england","english","scotland","china","india","pakistan","nigeria","malaysia","norway","denmark","bulgaria","philippines","shanghai","beijing","fa","us","u.s.","american","british","canada","australia","indonesia","turkey","russia","japan","germany","france"}
def fold(s):
    s=unicodedata.normalize("NFKD",s); return "".join(c for c in s if not unicodedata.combining(c)).lower()
def W(s): return [w for w in re.split(r"[\s\-–—/,.:()'’]+",fold(s)) if w]
cls=None;kind=None;out=collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1]):
    m=re.match(r"(\S+): \d+ misses",line)
    if m: cls=m.group(1);continue
    m=re.match(r"\s+\d+\s+(.*?):",line)
    if m and not line.startswith("      "): kind=m.group(1);continue
    if not line.startswith("      "): continue
    sc,a,b=line.strip("\n").strip().split("\t")
    if kind.startswith(ANANOTHER): c="another name (glossary: counted, not chased)"
    elif kind.startswith("an acronym"): c="an acronym against a name"
    else:
        wa,wb=W(a),W(b); sa,sb=set(wa),set(wb)
        if sorted(wa)==sorted(wb): c="word order"
        else:
            d=(sa-sb)|(sb-sa)
            if d<=ART: c="an article or connector"
            elif d<=LEGAL|ART: c="a legal form"
            elif d<=COUNTRY|ART|LEGAL and (sa<=sb or sb<=sa): c="a country or place prefix/suffix"
            elif (sa<=sb or sb<=sa): c="words added: a part, a kind, an event's group (not one body / extraction)"
            else:
                # abbreviation or transliteration
                xa=[w for w in wa if w not in sb]; xb=[w for w in wb if w not in sa]
                if any(x.startswith(y) or y.startswith(x) for x in xa for y in xb): c="an abbreviation of one word (or a word's other form)"
                elif any(difflib.SequenceMatcher(None,x,y).ratio()>=0.6 for x in xa for y in xb): c="a spelling: transliteration or a slip"
                else: c="other words: not one body, or another word"
    out[cls][c].append(f"{sc} {a} / {b}")
for cl in out:
    print(cl, sum(len(v) for v in out[cl].values()))
    for c,v in sorted(out[cl].items(),key=lambda x:-len(x[1])):
        print(f"  {len(v):3d}  {c}: "+"; ".join(v[:6]))
