#!/bin/bash
# full.sh BIN PORT: a SQLite TM served from a 30 MB tmpfs that fills up, then has room again.
# Needs that file system at /tmp/srv42/full (as root: mount -t tmpfs -o size=30m tmpfs /tmp/srv42/full).
# See BENCHMARKS.md, branch srv42.
set -u
mkdir -p /tmp/srv42
B=$1 P=$2; F=/tmp/srv42/full; rm -rf $F/*; cd "$(dirname "$0")/../.."
mkdir -p /tmp/srv42/fullhome; export HOME=/tmp/srv42/fullhome XDG_DATA_HOME=/tmp/srv42/fullhome
$B align testdata/irgc-iraq.en.txt testdata/irgc-iraq.fr.txt --into --db $F/tm.db >/dev/null 2>&1
echo "secret-token-0123456789abcdef" > /tmp/srv42/full.tok; chmod 600 /tmp/srv42/full.tok
$B serve --db $F/tm.db --addr 127.0.0.1:$P --token-file /tmp/srv42/full.tok 2> /tmp/srv42/full.err & SP=$!
sleep 1
H='Authorization: Bearer secret-token-0123456789abcdef'
c() { curl -s -o /tmp/srv42/full.body -w '%{http_code}' -H "$H" "$@"; echo " $(head -c 300 /tmp/srv42/full.body)"; }
dd if=/dev/zero of=$F/filler bs=1M count=100 2>/dev/null; df -k $F | tail -1
printf 'Confidential client sentence number one.\tPhrase confidentielle du client numéro un.\n' > /tmp/srv42/full.tsv
for i in $(seq 300); do printf 'Filler sentence %d about the confidential merger of Acme and Globex.\tPhrase %d sur la fusion confidentielle.\n' $i $i; done >> /tmp/srv42/full.tsv
echo "--- disk full"
echo -n "POST units: "; c http://127.0.0.1:$P/api/v1/units -d '{"src":"en","tgt":"fr","pairs":[{"source":"The confidential merger was signed.","target":"La fusion confidentielle a été signée."}]}'
echo -n "import: "; c -F file=@/tmp/srv42/full.tsv "http://127.0.0.1:$P/api/v1/import?src=en&tgt=fr"
echo -n "PATCH: "; c -X PATCH http://127.0.0.1:$P/api/v1/units/3 -d '{"lang":"fr","text":"Texte confidentiel corrigé."}'
echo -n "glossary add: "; c http://127.0.0.1:$P/api/v1/glossary -d '{"canonical":"Acme Globex","variants":["AcmeGlobex"],"kind":"org"}'
echo -n "DELETE unit: "; c -X DELETE http://127.0.0.1:$P/api/v1/units/4
echo -n "tmserver PUT: "; c -X PUT http://127.0.0.1:$P/tmserver/en/fr/unit/x -d '{"source":"Secret launch date.","target":"Date secrète."}'
echo -n "lookup: "; c "http://127.0.0.1:$P/api/v1/lookup?src=en&tgt=fr&max=1&q=Minister%20of%20Defense"
echo -n "health: "; c http://127.0.0.1:$P/api/v1/health
echo -n "stats: "; c http://127.0.0.1:$P/api/v1/stats
echo "--- room again"
rm $F/filler
echo -n "POST units: "; c http://127.0.0.1:$P/api/v1/units -d '{"src":"en","tgt":"fr","pairs":[{"source":"The confidential merger was signed.","target":"La fusion confidentielle a été signée."}]}'
echo -n "import: "; c -F file=@/tmp/srv42/full.tsv "http://127.0.0.1:$P/api/v1/import?src=en&tgt=fr"
echo -n "PATCH: "; c -X PATCH http://127.0.0.1:$P/api/v1/units/3 -d '{"lang":"fr","text":"Texte confidentiel corrigé."}'
echo -n "health: "; c http://127.0.0.1:$P/api/v1/health
kill -TERM $SP; wait $SP; echo "serve exit $?"
echo "integrity: $(sqlite3 $F/tm.db 'pragma integrity_check')"
echo "--- log (not access lines):"; grep -v '^20[0-9][0-9]-' /tmp/srv42/full.err
echo "--- access lines with 5xx:"; grep -E ' 5[0-9][0-9] ' /tmp/srv42/full.err
echo "--- leaks: $(grep -c -i 'secret-token\|confidential\|Acme' /tmp/srv42/full.err)"
