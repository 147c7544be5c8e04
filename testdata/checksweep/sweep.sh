#!/bin/bash
# The check sweep (BENCHMARKS.md, branch checksweep): runs `normalize --check
# --lang en` and `names discover --lang en` of one binary on every *.txt of
# DIR, a file at a time, with no user glossary, reports into OUT/check/FILE
# and clusters into OUT/disc/FILE. Diff two binaries' OUT folders.
#   testdata/checksweep/sweep.sh BIN DIR OUT
set -euo pipefail
bin=${1:?usage: sweep.sh BIN DIR OUT}; dir=${2:?}; out=${3:?}
mkdir -p "$out/check" "$out/disc"
home=$(mktemp -d)
export HOME=$home XDG_DATA_HOME=$home/data BITEXT_DB=$home/none.db
for f in "$dir"/*.txt; do
	b=$(basename "$f" .txt)
	"$bin" normalize --check --lang en "$f" >/dev/null 2>"$out/check/$b.txt" || true
	"$bin" names discover --lang en "$f" >"$out/disc/$b.txt"
done
rm -rf "$home"
