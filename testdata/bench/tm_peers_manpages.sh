#!/usr/bin/env bash
# tm_peers_manpages.sh: bitext's fuzzy percentages beside OmegaT 3.6's and
# Translate Toolkit's (tmdb, the store behind tmserver; pot2po --tm) on the
# same TMX and the same new sentences, on text no other benchmark used: the
# shadow manual pages of Debian's passwd package (English and its French and
# German pages), branch trial42. Run from the repository root:
#
#   testdata/bench/tm_peers_manpages.sh [DIR]     (default $TMPDIR/bitext-peers)
#
# 1. 12 pages (chage chfn chsh expiry gpasswd login newgrp sg useradd userdel
#    groupadd groupdel), rendered as a user renders them (MANWIDTH=80 man -l
#    --nh --nj | col -b), aligned en-fr and en-de with align --into; the
#    en-fr units exported as TMX for every tool.
# 2. The new text: usermod(8) and groupmod(8) in English, segmented by
#    OmegaT (console-translate with omegat_best_match.groovy, which writes
#    the five matches of its match pane with its three percentages); the
#    same segments looked up by bitext (tm lookup --max 5 --min 0) and by
#    tmdb (five candidates, similarity 1 and up); pot2po --tm at 70.
# 3. tm_peers_manpages.py compares the percentages of the (segment, stored
#    source) pairs two tools list, and what 100 means.
# Needs: omegat, python3-translate (Debian), man-db, col.
set -euo pipefail
W=${1:-${TMPDIR:-/tmp}/bitext-peers}
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/omegat_project.sh"
PY=/usr/bin/python3
mkdir -p "$W"
go build -o "$W/bitext" ./cmd/bitext
B="$W/bitext"
cd "$W"
rm -f tm.db tm.db-wal tm.db-shm
render() { MANWIDTH=80 man -l --nh --nj "$1" 2>/dev/null | col -b; }
for p in man1/chage man1/chfn man1/chsh man1/expiry man1/gpasswd man1/login man1/newgrp man1/sg \
	man8/useradd man8/userdel man8/groupadd man8/groupdel man8/usermod man8/groupmod; do
	n=$(basename "$p")
	render /usr/share/man/$p.*gz > "$n.en.txt"
	for l in fr de; do render /usr/share/man/$l/$p.*gz > "$n.$l.txt"; done
done
for n in chage chfn chsh expiry gpasswd login newgrp sg useradd userdel groupadd groupdel; do
	for l in fr de; do "$B" --db tm.db align "$n.en.txt" "$n.$l.txt" --into > /dev/null 2>> align.log; done
done
"$B" --db tm.db tm stats | grep -E '^(units|lang)'
"$B" --db tm.db tm export --src en --tgt fr -o tm.tmx

P=omegat
rm -rf "$P" config
omegat_project "$P" fr LuceneFrenchTokenizer
omegat_prefs config false
cp usermod.en.txt groupmod.en.txt "$P/source/"
cp tm.tmx "$P/tm/"
OMEGAT_MATCHES="$W/omegat.tsv" OMEGAT_ENTRIES="$W/omegat-entries.tsv" \
	omegat "$P" --mode=console-translate --config-dir=config --quiet \
	--script="$HERE/omegat_best_match.groovy" > omegat.log 2>&1

cut -f2 omegat-entries.tsv | awk '!seen[$0]++ { print; print "" }' |
	"$B" --db tm.db tm lookup --src en --tgt fr --format jsonl --max 5 --min 0 - > bitext-lookup.jsonl
"$PY" - tm.tmx omegat-entries.tsv > ttk.jsonl 2> /dev/null <<'X'
import json, sys
from translate.storage import factory, po, tmdb
db = tmdb.TMDB(":memory:", max_candidates=5, min_similarity=1, max_length=2000)
db.add_store(factory.getobject(sys.argv[1]), "en", "fr")
seen, pot = set(), po.pofile()
for line in open(sys.argv[2], encoding="utf-8"):
    q = line.rstrip("\n").split("\t", 1)[1]
    if q in seen:
        continue
    seen.add(q)
    pot.addsourceunit(q)
    for r in db.translate_unit(q, "en", "fr"):
        print(json.dumps({"query": q, "source": r["source"], "target": r["target"], "quality": r["quality"]}, ensure_ascii=False))
open("segments.pot", "wb").write(bytes(pot))
X
printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n' > empty.po
"$PY" -m translate.convert.pot2po -i segments.pot -t empty.po -o pot2po.po --tm tm.tmx -s 70 > /dev/null 2>&1
"$PY" "$HERE/tm_peers_manpages.py" "$W"
