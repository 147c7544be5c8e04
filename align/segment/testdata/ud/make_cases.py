#!/usr/bin/env python3
"""Build the segmentation cases in this folder from Universal Dependencies
treebanks (CoNLL-U files; origin and licences in testdata/README.md at the
repository root).

Usage: make_cases.py LANG DEV.conllu[,...] HELDOUT.conllu[,...]
       make_cases.py LANG --split FILE.conllu
       make_cases.py LANG --split FILE.txt DOCUMENT_IDS.tsv

Each treebank sentence is its "# text =" line. A parallel (PUD) treebank
without "# newdoc" lines takes the document from the sentence id (n01001 of
n01001011). A .txt file (NTREX-128's references) has one sentence a line,
and its documents are the lines of DOCUMENT_IDS.tsv, line for line. A case is a run of at most
five consecutive sentences of one document (file order where the treebank
has no documents), joined by one space when they are tested; a sentence
whose last character (closing quotes and brackets aside) is not a sentence
stop ends its case, since no segmenter can find that boundary inside a line.
Output <lang>.dev.txt and <lang>.heldout.txt: one sentence a line, an empty
line between cases. With --split the documents of one file are divided: the
first 70% for the development part, the last 30% held out.
"""
import sys

STOPS = set(".!?…؟۔。！？।॥")
CLOSERS = set("\"'»”’)]›“‘«")
MAX_CASE = 5
DEV_SENTS, HELD_SENTS = 600, 300


def read(path, docs=None):
    """Yield (doc, text) per sentence."""
    if path.endswith(".txt"):
        with open(path, encoding="utf-8") as f, open(docs, encoding="utf-8") as d:
            for line, doc in zip(f, d, strict=True):
                if line.strip():
                    yield doc.strip(), line.strip()
        return
    doc = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# newdoc"):
                doc = line.split("=", 1)[-1].strip() or line
            elif line.startswith("# sent_id") and path.find("kk_ktb") >= 0:
                doc = line.split("=", 1)[1].strip().split(":")[0]
            elif line.startswith("# sent_id") and path.find("_pud-") >= 0:
                doc = line.split("=", 1)[1].strip()[:6]
            elif line.startswith("# text ="):
                text = line.split("=", 1)[1].strip()
                if text:
                    yield doc, text


def ends_with_stop(s):
    s = s.rstrip()
    while s and s[-1] in CLOSERS:
        s = s[:-1].rstrip()
    return bool(s) and s[-1] in STOPS


def cases(sents, budget):
    out, cur, n, prev_doc = [], [], 0, object()
    for doc, text in sents:
        if n >= budget:
            break
        if cur and (doc != prev_doc or len(cur) == MAX_CASE):
            out.append(cur)
            cur = []
        prev_doc = doc
        cur.append(text)
        n += 1
        if not ends_with_stop(text):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def write(path, cs):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join("\n".join(c) for c in cs) + "\n")


def main():
    lang = sys.argv[1]
    if sys.argv[2] == "--split":
        sents = list(read(sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None))
        docs = []
        for d, _ in sents:
            if d not in docs:
                docs.append(d)
        cut = set(docs[: int(len(docs) * 0.7)])
        dev = [s for s in sents if s[0] in cut]
        held = [s for s in sents if s[0] not in cut]
    else:
        dev = [s for p in sys.argv[2].split(",") for s in read(p)]
        held = [s for p in sys.argv[3].split(",") for s in read(p)]
    write(f"{lang}.dev.txt", cases(dev, DEV_SENTS))
    write(f"{lang}.heldout.txt", cases(held, HELD_SENTS))


if __name__ == "__main__":
    main()
