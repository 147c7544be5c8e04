# omegat_project.sh: the OmegaT 3.6 project the peer benchmarks run OmegaT
# on headless (omegat_compare.sh, tm_peers_manpages.sh). Sourced, it
# defines two functions:
#
#   omegat_project DIR TARGET_LANG TARGET_TOKENIZER
#       an empty project in DIR: its folders and omegat.project, English
#       (LuceneEnglishTokenizer) to TARGET_LANG (org.omegat.tokenizer.
#       TARGET_TOKENIZER), sentence segmentation on, every folder OmegaT's
#       default. The caller puts the text in DIR/source and the TMX in
#       DIR/tm.
#   omegat_prefs CONFIG INSERT
#       CONFIG/omegat.prefs, the preferences of --config-dir=CONFIG:
#       matches from 70%; INSERT true inserts the best one into an empty
#       target (the GUI's "insert the best fuzzy match", with no
#       explanatory text before it), false leaves the target empty.

omegat_project() { # DIR TARGET_LANG TARGET_TOKENIZER
	local P=$1 TL=$2 TOK=$3
	mkdir -p "$P/source" "$P/target" "$P/tm/auto" "$P/tm/enforce" "$P/glossary" "$P/omegat"
	cat > "$P/omegat.project" <<EOF
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>en</source_lang>
        <target_lang>$TL</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.$TOK</target_tok>
        <sentence_seg>true</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
EOF
}

omegat_prefs() { # CONFIG INSERT(true|false)
	mkdir -p "$1"
	cat > "$1/omegat.prefs" <<EOF
<?xml version="1.0" encoding="UTF-8" ?>
<omegat>
  <preference version="1.0">
    <wf_insertBestMatch>$2</wf_insertBestMatch>
    <wf_minimalSimilarity>70</wf_minimalSimilarity>
    <wf_explanatoryText></wf_explanatoryText>
  </preference>
</omegat>
EOF
}
