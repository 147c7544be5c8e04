#!/bin/sh
# Segmentation benchmark: bitext segment against ICU (python3-icu) on the
# same 5 MB of English, whole process, and bitext's peak memory on 1 MB and
# 100 MB inputs. Run from the repository root:  sh testdata/bench/segment.sh
# Needs hyperfine, /usr/bin/python3 with python3-icu, and ../shared/data.
set -eu
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
