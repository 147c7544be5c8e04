#!/bin/bash
# move.sh BIN: a team TM moved SQLite -> PostgreSQL -> SQLite (tm copy), and
# exported and imported into an empty store; exports, glossaries, documents compared
# ($BITEXT_TEST_POSTGRES). See BENCHMARKS.md, branch srv42.
set -u
mkdir -p /tmp/srv42
B=$1; U=$BITEXT_TEST_POSTGRES; PB=${U%%\?*}
W=/tmp/srv42/move; rm -rf $W; mkdir -p $W; cd "$(dirname "$0")/../.."
export HOME=$W XDG_DATA_HOME=$W/data
T=$W/team.db
$B tm import --db $T testdata/serve-probes/rich.tmx 2>/dev/null
$B tm import --db $T tm/testdata/dgt_style_da-01.tmx 2>/dev/null
$B align testdata/irgc-iraq.en.txt testdata/irgc-iraq.fr.txt --into --db $T >/dev/null 2>&1
$B align testdata/irgc-iraq.en.txt testdata/irgc-iraq.fa.txt --into --db $T >/dev/null 2>&1
$B names add --db $T "Qassem Soleimani" "Qasim Soleimani" "Ghasem Soleimani" --kind person 2>/dev/null
$B names add --db $T "Téhéran" Teheran Tehran -l fr 2>/dev/null
$B tm edit --db $T 3 --tgt "Texte corrigé par une personne." --by anna 2>&1 | tail -1
$B tm delete --db $T 5 2>&1 | tail -1
report() { # report NAME DB
  $B tm export --db "$2" > $W/$1.tmx 2>/dev/null; $B tm export --db "$2" --format tsv > $W/$1.tsv 2>/dev/null
  $B names export --db "$2" > $W/$1.gloss 2>/dev/null; $B tm docs --db "$2" > $W/$1.docs 2>/dev/null
  $B tm stats --db "$2" 2>/dev/null | grep -v -E '^(path|bytes)' > $W/$1.stats
  echo "$1: $(grep -c '<tu ' $W/$1.tmx) units, $(wc -c < $W/$1.tmx) bytes of TMX, $(wc -l < $W/$1.gloss) glossary lines, $(wc -l < $W/$1.docs) docs lines"
}
cmp_to() { for x in tmx tsv gloss docs stats; do d=$(diff $W/team.$x $W/$1.$x | wc -l); [ $d = 0 ] && printf "  %s same" $x || printf "  %s DIFF(%s lines)" $x $d; done; echo; }
report team $T
psql $PB -qc "DROP SCHEMA IF EXISTS mv CASCADE; CREATE SCHEMA mv; DROP SCHEMA IF EXISTS mv2 CASCADE" 2>/dev/null
$B tm copy --from $T --to "$U&search_path=mv" 2>&1 | tail -1
report pg "$U&search_path=mv"; cmp_to pg
$B tm copy --from "$U&search_path=mv" --to $W/back.db 2>&1 | tail -1
report back $W/back.db; cmp_to back
# export -> import into empty stores
$B tm import --db $W/imp.db $W/team.tmx 2>&1 | tail -1; $B names import --db $W/imp.db $W/team.gloss 2>&1 | tail -1; report imp $W/imp.db; cmp_to imp
psql $PB -qc "DROP SCHEMA IF EXISTS imp CASCADE; CREATE SCHEMA imp" 2>/dev/null
$B tm import --db "$U&search_path=imp" $W/team.tmx 2>&1 | tail -1; $B names import --db "$U&search_path=imp" $W/team.gloss 2>&1 | tail -1; report pgimp "$U&search_path=imp"; cmp_to pgimp
# pg_dump of the schema, restored under another name
pg_dump -Fc -n mv $PB > $W/mv.dump && psql $PB -qc "ALTER SCHEMA mv RENAME TO mv_orig" && pg_restore -d $PB $W/mv.dump && psql $PB -qc "ALTER SCHEMA mv RENAME TO mv2; ALTER SCHEMA mv_orig RENAME TO mv"
report pgrestored "$U&search_path=mv2"; cmp_to pgrestored
