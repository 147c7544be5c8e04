#!/bin/sh
# Segmentation accuracy side by side: bitext, ICU 72 (python3-icu) and
# sentencex (Wikimedia, npm) on the development set (pySBD's and
# pragmatic_segmenter's cases) and on the package's own cases (23
# languages) and the held-out set. Run from the repository root:  sh testdata/bench/segment_peers.sh
# Needs Go, /usr/bin/python3 with python3-icu, node and npm (sentencex is
# installed into $TMPDIR on first use). pySBD itself is not runnable here
# (no PyPI); its published English golden-rule score is 97.92%.
set -eu
/usr/bin/python3 -c 'import icu' 2>/dev/null || { echo "segment_peers.sh: needs ICU for /usr/bin/python3 (apt-get install python3-icu)" >&2; exit 1; }
command -v npm >/dev/null && command -v node >/dev/null || { echo "segment_peers.sh: needs node and npm (apt-get install nodejs npm)" >&2; exit 1; }
TMP=${TMPDIR:-/tmp}/bitext-bench-segment
mkdir -p "$TMP"
[ -d "$TMP/node_modules/sentencex" ] || npm install --silent --prefix "$TMP" sentencex@1.0.17 >/dev/null
go test ./align/segment -run TestDumpCases -dump-cases "$TMP/cases.jsonl" >/dev/null
go build -o "$TMP/bitext" ./cmd/bitext

echo "== development set: bitext"
python3 testdata/bench/segment_cases_bitext.py "$TMP/bitext"
echo "== development set: ICU"
/usr/bin/python3 testdata/bench/segment_devset_icu.py
echo "== development set: sentencex"
NODE_PATH="$TMP/node_modules" node testdata/bench/segment_sentencex.js

echo "== own cases: bitext"
python3 testdata/bench/segment_cases_bitext.py "$TMP/bitext" "$TMP/cases.jsonl"
echo "== own cases: ICU"
/usr/bin/python3 testdata/bench/segment_devset_icu.py "$TMP/cases.jsonl"
echo "== own cases: sentencex"
NODE_PATH="$TMP/node_modules" node testdata/bench/segment_sentencex.js "$TMP/cases.jsonl"

echo "== held-out set: bitext"
python3 testdata/bench/segment_cases_bitext.py "$TMP/bitext" align/segment/testdata/heldout.jsonl
echo "== held-out set: ICU"
/usr/bin/python3 testdata/bench/segment_devset_icu.py align/segment/testdata/heldout.jsonl
echo "== held-out set: sentencex"
NODE_PATH="$TMP/node_modules" node testdata/bench/segment_sentencex.js align/segment/testdata/heldout.jsonl
