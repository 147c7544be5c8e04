#!/bin/bash
# check_capitals.sh BITEXT [DIR]: time `normalize --check` on about 30 MB
# of Debian text and news as written, in capitals, on one line, in
# capitals on one line, and with every other paragraph in capitals
# (BENCHMARKS.md, "A check of text in capitals or on one line", branch
# left31a). The text: 1,600 manual pages chosen with a fixed seed among
# those installed (man1, man5, man8), /usr/share/common-licenses, the seed
# article, testdata/*.txt and the English, German and French sides of
# ../shared/data/align, cut into paragraphs, shuffled (seed 31) and
# repeated. Which manual pages a machine has changes the text.
set -e
bitext=${1:?usage: check_capitals.sh BITEXT [DIR]}
dir=${2:-/tmp/check_capitals}
here=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$dir"
if [ ! -s "$dir/man.txt" ]; then
	ls /usr/share/man/man1/*.gz /usr/share/man/man8/*.gz /usr/share/man/man5/*.gz |
		shuf --random-source=<(yes) | head -1600 |
		while read -r f; do MANWIDTH=90 man -P cat -l "$f" 2>/dev/null; done >"$dir/man.txt"
fi
python3 - "$here" "$dir" <<'PY'
import glob, os, random, re, sys
here, dir = sys.argv[1], sys.argv[2]
random.seed(31)
D = here + "/../shared/data/align/"
srcs = [here + "/../shared/data/seed/iranpress-irgc-iraq.en.txt"] + sorted(glob.glob(here + "/testdata/irgc-iraq.*.txt"))
srcs += [D + "hunalign_dtm_hu-en/tgt.txt", D + "hunalign_steinbeck_hu-en/tgt.txt", D + "bible_en-zh/src.txt",
         D + "mac_dev_zh-en/tgt.txt", D + "textberg_dev_de-fr/src.txt", D + "textberg_dev_de-fr/tgt.txt"]
srcs += sorted(glob.glob("/usr/share/common-licenses/*")) + [dir + "/man.txt"]
paras = []
for f in srcs:
    if os.path.isdir(f):
        continue
    t = open(f, encoding="utf-8", errors="replace").read()
    if "/align/" in f:  # a sentence a line: eight lines a paragraph
        lines = [l for l in t.split("\n") if l.strip()]
        paras += ["\n".join(lines[i:i + 8]) for i in range(0, len(lines), 8)]
    else:
        paras += [p for p in re.split(r"\n\s*\n", t) if p.strip()]
out, n = [], 0
while n < 30 << 20:
    random.shuffle(paras)
    for p in paras:
        out.append(p)
        n += len(p.encode()) + 2
        if n >= 30 << 20:
            break
text = "\n\n".join(out) + "\n"
one = lambda t: re.sub(r"\s*\n\s*", " ", t).strip() + "\n"
open(dir + "/mixed.txt", "w").write(text)
open(dir + "/caps.txt", "w").write(text.upper())
open(dir + "/oneline.txt", "w").write(one(text))
open(dir + "/capsline.txt", "w").write(one(text.upper()))
open(dir + "/halfcaps.txt", "w").write("\n\n".join(p.upper() if i % 2 else p for i, p in enumerate(out)) + "\n")
PY
for f in mixed oneline caps capsline halfcaps; do
	/usr/bin/time -f "$f: %e s wall, %U s user, %M KB" timeout 300 "$bitext" normalize --check --lang en "$dir/$f.txt" 2>"$dir/$f.check" >/dev/null || true
	tail -1 "$dir/$f.check"
done
