// Score sentencex (Wikimedia's rule-based segmenter, npm "sentencex") on
// the development set (align/segment/testdata/extra_*.json) or on a
// CASES.jsonl file, the way golden_test.go scores bitext: only cases whose
// expected sentences are the input's text (white space aside), boundaries
// compared modulo white space.
//
// usage: NODE_PATH=DIR/node_modules node testdata/bench/segment_sentencex.js [CASES.jsonl]
// (install it with: npm install --prefix DIR sentencex)
const fs = require("fs");
const path = require("path");
const { segment } = require("sentencex");

const nospace = (s) => s.replace(/\s+/gu, "");

function caseSets() {
  const byLang = new Map();
  const add = (lang, c) => {
    if (!byLang.has(lang)) byLang.set(lang, []);
    byLang.get(lang).push(c);
  };
  if (process.argv[2]) {
    for (const line of fs.readFileSync(process.argv[2], "utf8").split("\n")) {
      if (line.trim()) {
        const c = JSON.parse(line);
        add(c.lang, c);
      }
    }
  } else {
    const dir = "align/segment/testdata";
    for (const f of fs.readdirSync(dir).filter((f) => /^extra_.*\.json$/.test(f)).sort()) {
      const lang = f.slice("extra_".length, -".json".length);
      for (const c of JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))) add(lang, c);
    }
  }
  return [...byLang.entries()].sort();
}

let allOk = 0, allTotal = 0;
for (const [lang, cases] of caseSets()) {
  let ok = 0, total = 0;
  for (const c of cases) {
    if (nospace(c.expected.join("")) !== nospace(c.text)) continue;
    total++;
    const got = segment(lang, c.text).map(nospace).filter((s) => s);
    const want = c.expected.map(nospace);
    if (got.length === want.length && got.every((s, i) => s === want[i])) ok++;
  }
  console.log(`${lang}: ${ok}/${total} (${((100 * ok) / total).toFixed(1)}%)`);
  allOk += ok;
  allTotal += total;
}
console.log(`all: ${allOk}/${allTotal} (${((100 * allOk) / allTotal).toFixed(1)}%)`);
