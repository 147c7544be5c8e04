"""Write an English prose corpus of about SIZE bytes for the segmentation
benchmarks: the English sides of the shared alignment sets (Steinbeck, the
Bible, the hunalign DTM text; one sentence per line) joined five sentences to
a paragraph, paragraphs separated by blank lines, repeated until SIZE.

usage: segment_corpus.py SHARED_DATA_DIR SIZE_BYTES OUT
"""
import sys

shared, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = []
for f in ("align/hunalign_steinbeck_hu-en/tgt.txt", "align/bible_en-zh/src.txt",
          "align/hunalign_dtm_hu-en/tgt.txt"):
    with open(f"{shared}/{f}", encoding="utf-8") as fh:
        lines += [l.strip() for l in fh if l.strip()]
paras = ["  ".join(lines[i:i + 5]) for i in range(0, len(lines), 5)]
block = "\n\n".join(paras) + "\n\n"
data = block.encode("utf-8")
with open(out, "wb") as fh:
    written = 0
    while written < size:
        chunk = data[: size - written]
        fh.write(chunk)
        written += len(chunk)
