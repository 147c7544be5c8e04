#!/bin/sh
# Segmentation benchmark: bitext segment against ICU (python3-icu) on the
# same 5 MB of English, whole process, and bitext's peak memory on 1 MB and
# 100 MB inputs; then SRX rule files (--rules) against the built-in rules
# and ICU, in en, de, fr and ru. Run from the repository root:  sh testdata/bench/segment.sh
# Needs hyperfine, /usr/bin/python3 with python3-icu, and ../shared/data.
set -eu
# What is missing, said before the long work starts.
command -v hyperfine >/dev/null || { echo "segment.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
/usr/bin/python3 -c 'import icu' 2>/dev/null || { echo "segment.sh: needs ICU for /usr/bin/python3 (apt-get install python3-icu)" >&2; exit 1; }
SHARED=${SHARED:-../shared/data}
[ -d "$SHARED" ] || SHARED=../../shared/data
TMP=${TMPDIR:-/tmp}/bitext-bench-segment
mkdir -p "$TMP"
go build -o "$TMP/bitext" ./cmd/bitext
for size in 1000000 5000000 100000000; do
	[ -f "$TMP/en-$size.txt" ] || python3 testdata/bench/segment_corpus.py "$SHARED" $size "$TMP/en-$size.txt"
done

echo "== speed: 5 MB English, whole process (hyperfine)"
hyperfine --warmup 1 --runs ${RUNS:-5} \
	"$TMP/bitext segment --lang en $TMP/en-5000000.txt > /dev/null" \
	"/usr/bin/python3 testdata/bench/segment_icu.py en $TMP/en-5000000.txt > /dev/null"

echo "== sentences found"
printf 'bitext: '; "$TMP/bitext" segment --lang en "$TMP/en-5000000.txt" | grep -c .
printf 'ICU:    '; /usr/bin/python3 testdata/bench/segment_icu.py en "$TMP/en-5000000.txt" | grep -c .

echo "== peak memory (max RSS) of bitext segment"
for size in 1000000 100000000; do
	/usr/bin/time -f "$size bytes: %M KB max RSS, %e s" "$TMP/bitext" segment --lang en "$TMP/en-$size.txt" > /dev/null
done
echo "== a 100 MB line without a newline or a full stop"
head -c 100000000 /dev/zero | tr '\0' 'a' > "$TMP/oneline.txt"
/usr/bin/time -f "100 MB line: %M KB max RSS, %e s" "$TMP/bitext" segment --lang en "$TMP/oneline.txt" | wc -l

echo "== SRX rules (--rules): 5 MB English, whole process (hyperfine)"
SRX=$SHARED/segment/srx
hyperfine --warmup 1 --runs ${RUNS:-5} \
	"$TMP/bitext segment --lang en --rules $SRX/okapi_defaultSegmentation.srx $TMP/en-5000000.txt > /dev/null" \
	"$TMP/bitext segment --lang en --rules $SRX/languagetool_segment_2017-06.srx $TMP/en-5000000.txt > /dev/null" \
	"$TMP/bitext segment --lang en $TMP/en-5000000.txt > /dev/null" \
	"/usr/bin/python3 testdata/bench/segment_icu.py en $TMP/en-5000000.txt > /dev/null"

echo "== SRX rules in de, fr, ru: 5 MB each, whole process, one run (max RSS)"
# de and fr: the Text+Berg alignment texts; ru: the Russian development
# cases. Each is repeated to 5 MB, five lines to a paragraph.
/usr/bin/python3 - "$SHARED" "$TMP" <<'PY'
import json, sys
shared, tmp = sys.argv[1], sys.argv[2]
def lines(path):
    with open(f"{shared}/{path}", encoding="utf-8") as fh:
        return [l.strip() for l in fh if l.strip()]
src = {
    "de": lines("align/textberg_dev_de-fr/src.txt"),
    "fr": lines("align/textberg_dev_de-fr/tgt.txt"),
    "ru": [c["text"] for c in json.load(open(f"{shared}/segment/extra_ru.json", encoding="utf-8"))],
}
for lang, ls in src.items():
    block = "\n\n".join("  ".join(ls[i:i + 5]) for i in range(0, len(ls), 5)) + "\n\n"
    data = (block * (5000000 // len(block.encode()) + 1)).encode()[:5000000]
    data = data.decode("utf-8", "ignore").encode()
    with open(f"{tmp}/{lang}-5000000.txt", "wb") as fh:
        fh.write(data)
PY
for lang in en de fr ru; do
	for rules in okapi_defaultSegmentation languagetool_segment_2017-06 built-in; do
		opt=""
		[ $rules = built-in ] || opt="--rules $SRX/$rules.srx"
		/usr/bin/time -f "$lang $rules: %e s, %M KB max RSS" "$TMP/bitext" segment --lang $lang $opt "$TMP/$lang-5000000.txt" > /dev/null
	done
done
