// omegat_best_match.groovy: run by OmegaT 3.6 in console mode
// (omegat PROJECT --mode=console-translate --script=THIS), on the project's
// load event, before OmegaT writes the target files. For each segment it asks
// OmegaT's own matcher for the matches its GUI match pane would show (the
// same search: five at most, the project's TMs and translations), sorted as
// the pane sorts them, and writes them with OmegaT's three percentages to the
// file named by $OMEGAT_MATCHES (TSV: entry, rank, score, score without
// stemming, adjusted score, segment, match source, match target, where the
// match comes from: TM for a TMX of tm/, MEMORY for the project's own
// translations, inserted earlier), and every
// segment to $OMEGAT_ENTRIES (TSV: entry, segment). With the
// preference "insert the best fuzzy match" on (wf_insertBestMatch in
// omegat.prefs), it then does what the GUI does on entering an untranslated
// segment: inserts the first match's target when its first score reaches
// wf_minimalSimilarity, here with no prefix and no number conversion.
// Written for bitext's side-by-side benchmark (testdata/bench/omegat_compare.sh).
import org.omegat.core.Core
import org.omegat.core.data.PrepareTMXEntry
import org.omegat.core.events.IStopped
import org.omegat.core.matching.NearString
import org.omegat.core.statistics.FindMatches
import org.omegat.util.Preferences

if (eventType.toString() != "LOAD") {
    return
}
def prj = Core.getProject()
def insert = Preferences.isPreference("wf_insertBestMatch")
int min = Preferences.getPreferenceDefault("wf_minimalSimilarity", 80)
def finder = new FindMatches(prj.getSourceTokenizer(), 5, true, false)
def never = { -> false } as IStopped
def order = Collections.reverseOrder(new NearString.NearStringComparator())
def flat = { String s -> s == null ? "" : s.replaceAll("[\t\r\n]", " ") }
def out = new File(System.getenv("OMEGAT_MATCHES")).newWriter("UTF-8")
def entries = new File(System.getenv("OMEGAT_ENTRIES")).newWriter("UTF-8")
int filled = 0
prj.getAllEntries().each { ste ->
    entries.write("${ste.entryNum()}\t${flat(ste.getSrcText())}\n")
    def ms = new ArrayList(finder.search(prj, ste.getSrcText(), true, true, never))
    Collections.sort(ms, order)
    ms.eachWithIndex { m, i ->
        def sc = m.scores[0]
        out.write([ste.entryNum(), i, sc.score, sc.scoreNoStem, sc.adjustedScore,
                   flat(ste.getSrcText()), flat(m.source), flat(m.translation), m.comesFrom].join("\t") + "\n")
    }
    if (insert && !ms.isEmpty() && ms[0].scores[0].score >= min && !prj.getTranslationInfo(ste).isTranslated()) {
        def e = new PrepareTMXEntry()
        e.source = ste.getSrcText()
        e.translation = ms[0].translation
        prj.setTranslation(ste, e, true, null)
        filled++
    }
}
out.close()
entries.close()
println("omegat_best_match: ${prj.getAllEntries().size()} segments, ${filled} filled at >= ${min}")
