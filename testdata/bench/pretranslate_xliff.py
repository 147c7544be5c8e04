#!/usr/bin/python3
"""pretranslate_xliff: the client's XLIFF file of pretranslate_xliff.sh, and
the comparison of two pretranslations of it.

    pretranslate_xliff.py make ORIGINS.tsv CLIENT.xlf
    pretranslate_xliff.py compare CLIENT.xlf BITEXT.xlf TTK.xlf   (needs Translate Toolkit)

make: the article's sentences (the first column of pretranslate_article.py's
ORIGINS.tsv), a <group> per paragraph of four, a trans-unit per sentence (id u1, u2, ...), a <note> on every fifth unit, a
target "KÉSZ." (state translated) on every tenth.
compare: reads the three files with Translate Toolkit (factory.getobject),
and prints JSON lines: the input's lines each output changed, units with a
target (Translate Toolkit's own: an alt-trans) in each, units filled by each,
by both, by one only, the fills that differ, the untouched targets kept,
and up to five differing fills to read."""
import json, sys
from xml.sax.saxutils import escape


def make(article, out):
    sents = [l.split("\t")[0] for l in open(article, encoding="utf-8").read().split("\n") if l.strip()]
    paras = [sents[i:i + 4] for i in range(0, len(sents), 4)]
    w = ['<?xml version="1.0" encoding="UTF-8"?>\n',
         '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n',
         '  <file original="article.txt" source-language="en" target-language="hu" datatype="plaintext">\n',
         '    <header><tool tool-id="client" tool-name="a client\'s CAT tool"/></header>\n',
         '    <body>\n']
    n = 0
    for k, p in enumerate(paras):
        w.append('      <group id="p%d" restype="x-paragraph">\n' % (k + 1))
        for s in p:
            if not s.strip():
                continue
            n += 1
            w.append('        <trans-unit id="u%d">\n' % n)
            w.append('          <source>%s</source>\n' % escape(s.strip()))
            if n % 10 == 0:
                w.append('          <target state="translated">KÉSZ.</target>\n')
            if n % 5 == 0:
                w.append('          <note from="client">Sentence %d of the article &amp; its context.</note>\n' % n)
            w.append('        </trans-unit>\n')
        w.append('      </group>\n')
    w.append('    </body>\n  </file>\n</xliff>\n')
    open(out, "w", encoding="utf-8").write("".join(w))


def targets(path):
    """Each unit's source and target, or when it has no target, the target
    of its first alt-trans (Translate Toolkit's pretranslate of an XLIFF
    file offers its matches so), by id."""
    from translate.storage import factory
    store = factory.getobject(path)
    out = {}
    for u in store.units:
        if u.isheader() or not u.getid():
            continue
        t = u.target or ""
        if not t.strip() and hasattr(u, "getalttrans"):
            alts = u.getalttrans()
            if alts:
                t = alts[0].target or ""
        out[u.getid()] = (u.source, t)
    return out


def changed_lines(a, b):
    """The lines of file a that file b does not keep as they are."""
    import difflib
    la = open(a, encoding="utf-8").read().split("\n")
    lb = open(b, encoding="utf-8").read().split("\n")
    sm = difflib.SequenceMatcher(None, la, lb, autojunk=False)
    return len(la) - sum(m.size for m in sm.get_matching_blocks())


def compare(client, bitext, ttk):
    c, b, t = targets(client), targets(bitext), targets(ttk)
    before = {k for k, (s, g) in c.items() if g.strip()}
    fb = {k for k, (s, g) in b.items() if g.strip() and k not in before}
    ft = {k for k, (s, g) in t.items() if g.strip() and k not in before}
    differ = sorted((k for k in fb & ft if b[k][1] != t[k][1]), key=lambda k: int(k.rsplit("u", 1)[-1]))
    print(json.dumps({"units": len(c), "translated before": len(before),
                      "kept by bitext": sum(b.get(k, ("", ""))[1] == c[k][1] for k in before),
                      "kept by ttk": sum(t.get(k, ("", ""))[1] == c[k][1] for k in before)}))
    print(json.dumps({"input lines": len(open(client, encoding="utf-8").read().split("\n")),
                      "input lines changed": {"bitext": changed_lines(client, bitext), "ttk": changed_lines(client, ttk)}}))
    print(json.dumps({"read by ttk": {"bitext": len(b), "ttk": len(t)},
                      "filled": {"bitext": len(fb), "ttk": len(ft), "both": len(fb & ft),
                                 "bitext only": len(fb - ft), "ttk only": len(ft - fb), "both, differ": len(differ)}}))
    for k in differ[:5]:
        print(json.dumps({"unit": k, "source": c[k][0], "bitext": b[k][1], "ttk": t[k][1]}, ensure_ascii=False))
    for name, ks, o in (("bitext only", sorted(fb - ft), b), ("ttk only", sorted(ft - fb), t)):
        for k in sorted(ks, key=lambda k: int(k.rsplit("u", 1)[-1]))[:3]:
            print(json.dumps({name: k, "source": c[k][0], "target": o[k][1]}, ensure_ascii=False))


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], sys.argv[3])
    else:
        compare(sys.argv[2], sys.argv[3], sys.argv[4])
