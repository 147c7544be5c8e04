#!/bin/bash
# Sets up the big-glossary benchmark of BENCHMARKS.md (branch bigglossary) in
# $BG (default /tmp/bg): MAIN and BRANCH, two bitext binaries to compare
# (copied as main-bitext and br-bitext), the 200,000-entry glossary
# imported into big.db, the 5-line article art5.txt, the 10 MB text ten.txt
# (three glossary spellings a sentence, 5% test articles), news/ (2 MB of
# it) and pairs.tsv for names match -. Then run same.sh, measure.sh and
# serve.py (python3 serve.py BINARY PORT DB) from here, with the same BG.
#
#	MAIN=/tmp/main-bitext BRANCH=/tmp/br-bitext testdata/bench/bigglossary/setup.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
BG=${BG:-/tmp/bg}
mkdir -p "$BG/news"
cp "$MAIN" "$BG/main-bitext"
cp "$BRANCH" "$BG/br-bitext"
(cd "$repo" && go run ./testdata/bench/glossgen -n 200000 -o "$BG/big.tsv")
cd "$BG"
rm -f big.db
./main-bitext names import --db big.db big.tsv
head -5 "$repo/testdata/irgc-iraq.en.txt" > art5.txt
python3 - "$repo" <<'PY'
import random, sys
repo = sys.argv[1]
random.seed(3)
rows = [l.rstrip('\n').split('\t') for l in open('big.tsv')][1:]
arts = [open(repo + '/testdata/' + f).read() for f in ['irgc-iraq.en.txt', 'irgc-iraq.en2.txt']]
tmpl = ["On Monday {} met {} in the capital.", "{} said the talks with {} were over.",
        "Officials of the {} accused {} of lying.", "{} and {} signed the deal, {} reported."]
out, size = [], 0
while size < 10_000_000:
    if random.random() < 0.05:
        t = random.choice(arts)
    else:
        names = []
        for _ in range(3):
            r = random.choice(rows)
            f = random.choice([r[0]] + [v for v in r[2].split('|') if v])
            names.append(f.upper() if random.random() < 0.1 else f)
        t = random.choice(tmpl).format(*names) + "\n"
    out.append(t)
    size += len(t)
open('ten.txt', 'w').write(''.join(out))
PY
head -c 2000000 ten.txt > news/a.txt
head -c 300000 ten.txt | tr ',' '\t' | awk -F'\t' 'NF>=2{print $1"\t"$2}' > pairs.tsv
