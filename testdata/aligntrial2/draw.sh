#!/bin/bash
# Rebuilds the aligntrial2 draw (testdata/README.md, "aligntrial2/"): five chapters of
# OmegaT's user manual (Debian's omegat 3.6.0.10+dfsg-3, /usr/share/doc/omegat/html),
# English against French, German, Spanish, Japanese, Russian, Polish and Ukrainian,
# as text a user copies out of the page (html2text.py beside this script), then
# `bitext align` on each chapter pair, hunalign (no dictionary) on the same sentences
# (`bitext segment --quotes split`, paragraphs as hunalign's <p>), and the draw of
# judged beads (per pair 20 scoring >= 0.8, 10 in 0.5-0.8, 10 under 0.5, among beads
# whose two sides differ, Python's random.Random(41)); each drawn bead is printed with
# hunalign's beads over the same sentences.
#   apt-get install omegat
#   BITEXT=path/to/bitext HUNALIGN=path/to/hunalign testdata/aligntrial2/draw.sh OUTDIR
# (hunalign builds from ../shared/peers/hunalign: testdata/bench/hunalign_build.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: draw.sh OUTDIR}
bitext=${BITEXT:-bitext}
hunalign=${HUNALIGN:-hunalign}
H=/usr/share/doc/omegat/html
mkdir -p "$out/txt" "$out/out" "$out/hun"
cd "$out"
export LANG=C.UTF-8
# chapter: English file, then the file in the languages whose manual (an older
# version: de and uk 1.8.1, pl 2.0.5, es 2.3.0, ru 3.0.2, ja 3.1.8, fr 3.6.0) names
# its chapters otherwise
chapters="isg:chapter.instant.start.guide:instantStartGuide
gloss:chapter.glossaries:glossaries
spell:chapter.spellchecker:spellchecker
plain:chapter.plain.text:plainText
seg:chapter.segmentation:segmentation"
langs="fr de es ja ru pl uk"
for c in $chapters; do
	IFS=: read -r ch new old <<<"$c"
	python3 "$here/html2text.py" "$H/en/$new.html" > "txt/$ch.en.txt"
	for l in $langs; do
		f=$H/$l/$new.html
		[ -f "$f" ] || f=$H/$l/$old.html
		[ -f "$f" ] || f=$H/$l/Segmentation.html # de
		python3 "$here/html2text.py" "$f" > "txt/$ch.$l.txt"
	done
done
seg() { "$bitext" segment --quotes split -l "$2" "$1" | awk 'BEGIN{p=0} /^$/{if(!p)print "<p>"; p=1; next} {print; p=0}'; }
for c in $chapters; do
	ch=${c%%:*}
	seg "txt/$ch.en.txt" en > "hun/$ch.en.txt"
	for l in $langs; do
		"$bitext" align --format jsonl --src en --tgt "$l" "txt/$ch.en.txt" "txt/$ch.$l.txt" > "out/$l-$ch.jsonl" 2> "out/$l-$ch.review"
		seg "txt/$ch.$l.txt" "$l" > "hun/$ch.$l.txt"
		: > hun/null.dic
		"$hunalign" hun/null.dic "hun/$ch.en.txt" "hun/$ch.$l.txt" > "hun/$l-$ch.ladder" 2>/dev/null
	done
done
for l in $langs; do
	for c in $chapters; do cat "out/$l-${c%%:*}.jsonl"; done > "out/$l.jsonl"
	for c in $chapters; do cat "out/$l-${c%%:*}.review"; done > "out/$l.review"
done
LANGS="$langs" CHAPTERS="$(for c in $chapters; do printf '%s ' "${c%%:*}"; done)" python3 "$here/draw.py"
