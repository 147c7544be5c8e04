// The review page of bitext serve: TM search, alignment review, names.
// Plain JavaScript, no library; every text from the TM or the user goes
// into the page as text nodes, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const meta = (name) => document.querySelector(`meta[name="${name}"]`).content;
// csrf is the server's per-process token; a restarted server has another
// (freshCSRF).
let csrf = meta("bitext-csrf");
// A read-only server refuses every write: the page offers none.
const readOnly = meta("bitext-read-only") === "true";
// The server's reads need a token (sent in a header).
const readToken = meta("bitext-read-token") === "true";

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : String(c));
  return e;
}

// The token field (a server with tokens): the token a request was sent
// with lasts as long as the tab (sessionStorage), so that a reload (a
// stale CSRF token says to reload) does not ask for it again; the server
// says when one is needed.
const tokenField = $("token");
if (tokenField) {
  tokenField.value = sessionStorage.getItem("bitext-token") || "";
  // Enter in the field reads the tab shown again with the token (it did
  // nothing): a lookup, the glossary, the documents.
  tokenField.addEventListener("keydown", (ev) => {
    if (ev.key !== "Enter" || ev.isComposing) return;
    ev.preventDefault();
    status("");
    const tab = document.querySelector(".page.active").id;
    if (tab === "search") {
      if (!$("query").value.trim()) return;
      if (lastSearch && lastSearch.mode === "concordance") $("concord").click();
      else $("lookup-form").requestSubmit();
    } else if (onShow[tab]) onShow[tab]();
  });
}

// A line longer than the status area's four lines scrolls within it: the
// area is then a stop of Tab, so that a keyboard scrolls it (the end of
// a long refusal was out of a keyboard's reach at 320 px).
function status(msg, isError) {
  const s = $("status");
  s.textContent = msg;
  s.className = isError ? "error" : "";
  if (msg && s.scrollHeight > s.clientHeight + 1) s.tabIndex = 0;
  else s.removeAttribute("tabindex");
}

// waitBegin and waitEnd count the requests on their way: while one has
// been waiting for more than waitShownAfter ms the page says so (#busy,
// at the window's foot, and a progress cursor). A slow server showed
// nothing for as long as it took, and a click looked lost.
const waitShownAfter = 300;
let waits = 0, waitTimer = 0;
function waitBegin() {
  if (waits++ === 0) waitTimer = setTimeout(() => waitShown(true), waitShownAfter);
}
function waitEnd() {
  if (--waits > 0) return;
  clearTimeout(waitTimer);
  waitShown(false);
}
function waitShown(on) {
  $("busy").hidden = !on;
  document.body.classList.toggle("waiting", on);
}

// api calls a route of /api/v1 and returns its JSON; an error answer
// shows its message and throws, and so does a server that cannot be
// reached or an answer that is not JSON (a proxy's error page). An error
// of status handled (a 404 the caller reads as "gone meanwhile"; or a
// list of them) throws
// without a word on the status line: the caller says what it means,
// where the server's words would show as an error first. A body that is
// a file (a Blob) is sent as it is, not as JSON; asBlob returns a
// successful answer's body as a Blob (an export), not its JSON.
async function api(method, path, body, handled, asBlob) {
  waitBegin();
  try {
    return await apiCall(method, path, body, handled, asBlob);
  } finally {
    waitEnd();
  }
}

// freshCSRF reads the page again for the token of the server as it runs
// now: false when it cannot.
async function freshCSRF() {
  try {
    const res = await fetch(".", { cache: "no-store" });
    const m = new DOMParser().parseFromString(await res.text(), "text/html").querySelector('meta[name="bitext-csrf"]');
    if (!res.ok || !m || !m.content || m.content === csrf) return false;
    csrf = m.content;
    return true;
  } catch (err) {
    return false;
  }
}

// An error the status line has said (e.said) ends the click or key that
// asked, which has nothing more to do: it is not logged again as an
// uncaught error (every refusal, every stopped server wrote "Uncaught (in
// promise)" to the browser's console).
window.addEventListener("unhandledrejection", (ev) => {
  if (ev.reason && ev.reason.said) ev.preventDefault();
});

async function apiCall(method, path, body, handled, asBlob, retried) {
  const headers = { "X-Bitext-CSRF": csrf };
  const raw = body instanceof Blob;
  if (body !== undefined && !raw) headers["Content-Type"] = "application/json";
  const tok = tokenField ? tokenField.value.trim() : "";
  if (tok) {
    headers["Authorization"] = "Bearer " + tok;
    sessionStorage.setItem("bitext-token", tok);
  }
  const what = method + " " + path.split("?")[0];
  let res, data;
  try {
    res = await fetch("api/v1/" + path, { method, headers, body: body === undefined || raw ? body : JSON.stringify(body) });
  } catch (err) {
    status(`${what}: the server cannot be reached (${err.message}); check that bitext serve is running`, true);
    err.said = true;
    throw err;
  }
  if (res.ok && asBlob) {
    try {
      return await res.blob();
    } catch (err) {
      // The server cuts an export short when the TM fails on the way.
      status(`${what}: the answer was cut short (${err.message}); try again`, true);
      err.said = true;
      throw err;
    }
  }
  try {
    data = await res.json();
  } catch (err) {
    status(`${what}: the server answered ${res.status} ${res.statusText} without JSON`, true);
    err.said = true;
    throw err;
  }
  // A server restarted since the page was read (an upgrade, a reboot)
  // refused every write with "missing or stale CSRF token: reload the
  // page", and a reload lost the edit typed: the page takes the new
  // token and sends the write again, once.
  if (res.status === 403 && !retried && /CSRF/.test(data.error || "") && (await freshCSRF())) {
    return apiCall(method, path, body, handled, asBlob, true);
  }
  if (!res.ok) {
    let msg = data.error || `${what}: ${res.status} ${res.statusText}`;
    if (res.status === 400) msg = inBoxes(msg, path.split("?")[0], body);
    // The server's words are for API clients (a header, its flags): the
    // page says where its token goes.
    if (res.status === 401 && tokenField) msg = `${tok ? "The server does not take the token typed" : "This server needs a token"}: type yours in the Token box at the top and press Enter. (${msg})`;
    const quiet = Array.isArray(handled) ? handled.includes(res.status) : res.status === handled;
    if (!quiet) status(msg, true);
    if (res.status === 401 && tokenField) tokenField.focus();
    const e = new Error(data.error);
    e.status = res.status;
    e.said = !quiet;
    throw e;
  }
  return data;
}

// inBoxes says a refusal (400) of what the page sent in the page's
// words: the server's field names said as the boxes that hold them. The
// languages (src "english": not a BCP 47 language tag); the review's
// texts (src_text: an HTML document, ...); the two names compared (name b
// of pair 1 “—” has no letter or digit); the Names tab's copy (text is
// empty), which check, normalize and names/discover send; the Glossary
// tab's one entry (entry 1: the canonical form “—” is not a name) and
// an entry's row's one variant (variant 1 “—” ...). A string the
// server refuses whole, before it reads the fields ("request body: a
// string has a NUL byte (\u0000)", a text pasted from a binary file),
// named no box at all: it is the field of body that holds it (badField).
const copyPaths = new Set(["check", "normalize", "names/discover"]);
function inBoxes(msg, path, body) {
  const field = badField(body);
  if (field) {
    msg = msg.replace(/^request body: a string has a NUL byte \(\\u0000\)/, `${field} has a NUL byte`)
      .replace(/^request body: a string has /, `${field} has `);
  }
  if (copyPaths.has(path)) msg = msg.replace(/^text\b/, "the copy to check");
  // An edit of a unit's text in place (PATCH units/ID) sends the text.
  if (/^units\/[^/]+$/.test(path)) msg = msg.replace(/^text\b/, "the text edited");
  // The Glossary tab sends one entry (entry 1: ...), whose languages are
  // its Languages box; an entry's row adds one variant (variant 1 ...).
  if (path === "glossary" && body && Array.isArray(body.entries) && body.entries.length === 1) msg = msg.replace(/^entry 1: /, "").replace(/^lang "/, `the language "`);
  if (/^glossary\/.+\/variants$/.test(path)) msg = msg.replace(/^variant 1\b/, "the variant");
  return msg.replace(/^(src|tgt) "/, (_, f) => `the ${f === "src" ? "source" : "target"} language "`)
    .replace(/^(src|tgt)_text\b/, (_, f) => `the ${f === "src" ? "source" : "target"} text`)
    .replace(/\bname ([ab]) of pair 1\b/, (_, n) => `the ${n === "a" ? "first" : "second"} name`)
    .replace(/^by\b/, "the Reviewer box");
}

// badField is the field of a request's body (JSON) whose string the
// server refuses whole: one with a NUL byte, or half of a UTF-16
// surrogate pair alone. Its name is the server's (text, src_text, name b
// of pair 1), for inBoxes to say as the page's; "" when none is.
function badField(body) {
  const bad = (s) => typeof s === "string" && /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
  if (!body || typeof body !== "object" || body instanceof Blob) return "";
  for (const [k, v] of Object.entries(body)) if (bad(v)) return k;
  const pairs = Array.isArray(body.pairs) ? body.pairs : [];
  for (const [i, p] of pairs.entries()) for (const n of ["a", "b"]) if (p && bad(p[n])) return `name ${n} of pair ${i + 1}`;
  // A glossary entry's spellings and languages, as the server numbers
  // them (entry 1: variant 2), and the variants added to an entry.
  const at = (vs) => (Array.isArray(vs) ? vs.findIndex(bad) : -1);
  if (at(body.variants) >= 0) return `variant ${at(body.variants) + 1}`;
  for (const [i, e] of (Array.isArray(body.entries) ? body.entries : []).entries()) {
    if (!e) continue;
    if (bad(e.canonical)) return `entry ${i + 1}: the canonical form`;
    if (at(e.variants) >= 0) return `entry ${i + 1}: variant ${at(e.variants) + 1}`;
    if (at(e.langs) >= 0) return `entry ${i + 1}: lang`;
  }
  return "";
}

// once wraps a write: while one with the same key is in flight, a second
// click or key press (a double submit) does nothing.
const pending = new Set();
function once(key, f) {
  return async (...args) => {
    if (pending.has(key)) return;
    pending.add(key);
    try {
      return await f(...args);
    } finally {
      pending.delete(key);
    }
  };
}

// latest starts a read that shows its answer in the place key: the check
// it returns is false once a later read of key has started, so that an
// earlier answer that comes late does not replace a later one.
const reads = {};
function latest(key) {
  const n = (reads[key] = (reads[key] || 0) + 1);
  return () => reads[key] === n;
}

// langs gives the language pair of the boxes, and keeps it as the pair
// last used (localStorage): a reload, a new window and the next visit
// start in it (they went back to en → fr, and a translator of en → de
// read French matches without a word).
const langs = () => {
  const l = { src: $("src").value.trim(), tgt: $("tgt").value.trim() };
  // The query is in the source language (a screen reader's voice).
  $("query").lang = l.src;
  try {
    localStorage.setItem("bitext-langs", JSON.stringify(l));
  } catch (err) { /* storage off: the boxes still work */ }
  return l;
};
// pair is langs for a request that needs both languages (a concordance
// the source only: an empty target box is every translation), or null
// when a box is empty: the status line says which box, and the focus goes
// to it (the server's "tgt is required" named a field the page does not show).
function pair(sourceOnly) {
  const l = langs();
  const empty = !l.src ? "src" : !l.tgt && !sourceOnly ? "tgt" : "";
  if (!empty) return l;
  status(`type the ${empty === "src" ? "source" : "target"} language in its box at the top (a tag such as en, fr, fa, zh)`, true);
  $(empty).focus();
  return null;
}
try {
  const l = JSON.parse(localStorage.getItem("bitext-langs") || "null");
  if (l && l.src && l.tgt) { $("src").value = l.src; $("tgt").value = l.tgt; }
} catch (err) { /* no pair kept */ }

// keep stores a draft of the tab's work (sessionStorage: this tab, until
// it is closed), so that a reload (F5 by mistake, a phone reloading a
// tab left in the background) does not lose it; kept reads it back.
// keep says whether the value was kept: where the tab's storage refuses
// it (full: about 5 M characters an origin in chromium; or off), the key
// is cleared, so that no older value is read back in its place.
function keep(key, value) {
  try {
    sessionStorage.setItem("bitext-" + key, value);
    return true;
  } catch (err) {
    try { sessionStorage.removeItem("bitext-" + key); } catch (err2) { /* off */ }
    return false;
  }
}
const kept = (key) => sessionStorage.getItem("bitext-" + key);
// The texts pasted or typed to align and to check for names.
for (const id of ["src-text", "tgt-text", "copy"]) {
  if (kept(id) !== null) $(id).value = kept(id);
  $(id).addEventListener("input", () => keep(id, $(id).value));
}

// ---- tabs
// onShow holds what a tab does each time it is shown: the glossary and
// documents tabs read their list again (another tab, or another user,
// may have changed it).
const onShow = {};
// The tab shown is in the address (#glossary), with the glossary's or
// the documents' filter, the document open and the unit its rows start
// from, "Show from unit" (#documents?q=2026&doc=a.tmx&from=501):
// a reload shows them again, and the browser's Back and Forward go from
// tab to tab (a filter typed replaces the address, it adds no step to
// Back). The active tab button says so to a screen reader (aria-current).
const tabs = ["search", "align", "names", "glossary", "documents"];
function hashParts() {
  const [tab, query] = location.hash.slice(1).split("?");
  return { tab: tabs.includes(tab) ? tab : "search", params: new URLSearchParams(query || "") };
}
// tabState gives the state of a tab that goes in the address; fromAddress
// sets it from the address (before the tab reads its list).
const tabState = {
  // The bead selected (its number, as the table's # column): a link to it
  // (#align?bead=151) selects it in the tab that holds the review.
  align: () => (beads.length ? { review: reviewId, bead: String(sel + 1) } : {}),
  // A lookup's minimum goes with it (min=70): a reload or a link shared
  // looked up with whatever the box held, 50 in a new window.
  search: () => (lastSearch ? { q: lastSearch.q, src: lastSearch.src, tgt: lastSearch.tgt, mode: lastSearch.mode, min: lastSearch.min } : {}),
  glossary: () => ({ q: $("gloss-q").value.trim() }),
  documents: () => ({ q: $("docs-q").value.trim(), doc: docUnits.doc ? docUnits.doc.name : "",
    from: docUnits.doc && docUnits.start > 0 ? String(docUnits.start + 1) : "",
    to: docUnits.doc && docUnits.offset > docUnits.start + 100 ? String(docUnits.offset) : "" }),
};
const fromAddress = {
  // A lookup or concordance in the address (a reload, a bookmark, Back)
  // is run again when the tab is shown, unless it is the one shown.
  search: (p) => {
    const q = p.get("q") || "";
    if (!q) return;
    $("query").value = q;
    if (p.get("src")) $("src").value = p.get("src");
    if (p.get("tgt")) $("tgt").value = p.get("tgt");
    const mode = p.get("mode") === "concordance" ? "concordance" : "";
    // A lookup's min= goes in the box, and is the lookup's as written: the
    // box (a number) cannot hold min=abc, which it would read as empty,
    // 50, and an out-of-range min=150 is said on the status line, as the
    // box's would be. An address without one (a link of an older page)
    // looks up with the box's.
    const min = !mode && p.has("min") ? p.get("min") : null;
    if (min !== null) $("min").value = min;
    const l = { src: $("src").value.trim(), tgt: $("tgt").value.trim() };
    if (!lastSearch || lastSearch.q !== q || lastSearch.mode !== mode || lastSearch.src !== l.src || lastSearch.tgt !== l.tgt ||
      (min !== null && lastSearch.min !== min)) {
      searchToRun = mode || "lookup";
      minFromAddress = min;
    }
    fitQuery();
  },
  glossary: (p) => { $("gloss-q").value = p.get("q") || ""; },
  // A review lives in the browser that aligned it (IndexedDB), not on
  // the server: the review's id in the address (#align?review=...&bead=151)
  // opens it in another tab or window of this browser, or after a
  // restart. It lived in the tab alone (sessionStorage): a link to a bead
  // opened in another tab showed an empty review.
  align: (p) => {
    const id = p.get("review");
    if (id && id !== reviewId) return void openReview(id, p.get("bead"));
    if (!p.has("bead")) return;
    const n = Number(p.get("bead"));
    if (!beads.length) {
      return status(`This tab has no review: a review lives in the browser that aligned it (kept there, not on the server), ` +
        `and its link names it (review=). Align the texts here to review them.`);
    }
    if (!Number.isInteger(n) || n < 1 || n > beads.length) return status(`the review has ${plural(beads.length, "bead")}: no bead ${p.get("bead")}`, true);
    if (n - 1 === sel) return; // Back, Forward, a reload: the place is put back
    select(n - 1);
    const row = $("beads").tBodies[0].querySelector(`tr[data-bead="${n - 1}"]`);
    if (row) row.scrollIntoView({ block: "center" });
  },
  documents: (p) => {
    $("docs-q").value = p.get("q") || "";
    docToOpen = p.get("doc") || "";
    const from = Number(p.get("from"));
    docFrom = docToOpen && Number.isInteger(from) && from > 1 ? from - 1 : 0;
    const to = Number(p.get("to"));
    docTo = docToOpen && Number.isInteger(to) && to > docFrom ? to : 0;
    if (!docToOpen && docUnits.doc) closeDocument();
  },
};
// docToOpen is the document the address names, docFrom the offset of the
// unit its rows start from (its from=, less one), docTo the offset past
// the last row shown (its to=: the rows More added, which a tab shown
// again, Back, Forward or a reload read again with the others).
let docToOpen = "", docFrom = 0, docTo = 0;
// lastSearch is the lookup or concordance whose results are shown
// ({q, src, tgt, mode}); searchToRun the one the address asks for.
// searchLine is the status line that counted lastSearch's results: the
// tab shown again (its tab clicked, Back) says it again with the results
// (another tab's clearing of the line left them uncounted).
let lastSearch = null, searchToRun = "", searchLine = "";
// minFromAddress is the min= of the lookup the address asks for, as
// written (null: none, the box's value).
let minFromAddress = null;
onShow.search = () => {
  fitQuery();
  const run = searchToRun;
  searchToRun = "";
  if (run === "lookup") $("lookup-form").requestSubmit();
  else if (run === "concordance") $("concord").click();
  else if (lastSearch && searchLine) status(searchLine);
};
// searchSaid says (and keeps) the line counting a search's results.
function searchSaid(msg) {
  searchLine = msg;
  status(msg);
}
function tabHash(name) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(tabState[name] ? tabState[name]() : {})) if (v) p.set(k, v);
  return "#" + name + (p.toString() ? "?" + p : "");
}
// saveState puts a filter typed or a document opened in the address.
function saveState() {
  const active = document.querySelector(".page.active");
  // The step's state is kept (a document opened from its row: Back
  // closes it, closeFromPanel checks it).
  if (active && location.hash !== tabHash(active.id)) history.replaceState(history.state, "", tabHash(active.id));
}
// tabPlace is how far down the page each tab was when another was shown
// (window.scrollY by tab): the tab shown again (Back, Forward, its
// button) is put back there once it has read its list again, and a
// reload puts the tab shown back where it was (kept in sessionStorage
// when the page goes). A reviser at bead 800 of a review, or at unit
// 5,040 of a document, who pressed Back and then Forward found the page
// at its top: the browser's own restoring was done while the tab left
// was still shown, on a page too short for it, and before the tab's
// list was read again; the page does it instead (scrollRestoration).
const tabPlace = {};
history.scrollRestoration = "manual";
try {
  Object.assign(tabPlace, JSON.parse(kept("place") || "{}"));
} catch (err) { /* no place kept */ }
window.addEventListener("pagehide", () => {
  const active = document.querySelector(".page.active");
  if (active) tabPlace[active.id] = window.scrollY;
  keep("place", JSON.stringify(tabPlace));
});
function showTab(name, params) {
  // The status line spoke of the tab left ("5 names rewritten" over the
  // glossary): another tab starts with none.
  const was = document.querySelector(".page.active");
  const other = was && was.id !== name;
  if (other) {
    status("");
    tabPlace[was.id] = window.scrollY;
  }
  for (const p of document.querySelectorAll(".page")) p.classList.toggle("active", p.id === name);
  for (const t of document.querySelectorAll(".tab")) {
    t.classList.toggle("active", t.dataset.tab === name);
    if (t.dataset.tab === name) t.setAttribute("aria-current", "page");
    else t.removeAttribute("aria-current");
  }
  // From the address (params): it stays as it is. From a click: the tab
  // and its state are a new step for Back.
  if (params && fromAddress[name]) fromAddress[name](params);
  // pushState, not location.hash: a bare #documents names the tab's
  // section, and Chromium's move to that fragment took the focus off the
  // tab pressed (to the page's body: a screen reader said nothing).
  // Back and Forward fire hashchange as before.
  if (!params && location.hash !== tabHash(name)) history.pushState(null, "", tabHash(name));
  if (name === "align") fitColumns();
  const shown = onShow[name] ? onShow[name]() : undefined;
  onShowing = shown;
  if (other) backToPlace(name, shown);
}
// onShowing is what the last onShow returned (a list being read).
let onShowing;
// backToPlace scrolls to where tab name was left, once shown (what its
// onShow returned) settles, unless another tab is shown by then or the
// tab was never left down its page.
async function backToPlace(name, shown) {
  const y = tabPlace[name];
  if (!y) return;
  try {
    await shown;
  } finally {
    if (name === "align") drawRest();
    if (document.querySelector(".page.active").id === name) window.scrollTo(0, y);
  }
}
for (const t of document.querySelectorAll(".tab")) t.addEventListener("click", () => showTab(t.dataset.tab));
window.addEventListener("hashchange", () => {
  const active = document.querySelector(".page.active");
  const { tab, params } = hashParts();
  if (!active || active.id !== tab || location.hash !== tabHash(tab)) showTab(tab, params);
});

// ---- TM search
// diffNodes renders a word diff "[-stored-]{+query+}" as del/ins elements.
function diffNodes(diff) {
  const out = [];
  const re = /\[-(.*?)-\]|\{\+(.*?)\+\}/gs;
  let last = 0, m;
  while ((m = re.exec(diff)) !== null) {
    if (m.index > last) out.push(diff.slice(last, m.index));
    out.push(m[1] !== undefined ? el("del", {}, m[1]) : el("ins", {}, m[2]));
    last = re.lastIndex;
  }
  out.push(diff.slice(last));
  return out;
}

// originOf says where a match comes from: its file, its documents,
// and an aligned pair's score, marked under lowScore as a document's
// units mark it (the calibrated scale: lookups lower such a pair's
// matches); the lookup showed every score alike.
function originOf(m) {
  const parts = [];
  // An aligned pair's file is its source document: named once.
  if (m.file && m.file !== m.src_doc && m.file !== m.tgt_doc) parts.push(m.file);
  if (m.src_doc || m.tgt_doc) parts.push((m.src_doc || "?") + " ↔ " + (m.tgt_doc || "?"));
  const out = [parts.join(" · ")];
  // Edited here: a person's pair, as the server now stores it.
  if (m.edited) out.push(parts.length ? " · " : "", el("span", { class: "edited", title: "edited: a person's pair, no aligner score" }, "edited"));
  else if (m.align_score) {
    const low = m.align_score < lowScore, score = m.align_score.toFixed(2);
    out.push(parts.length ? " · " : "", el("span", { class: "aligned" + (low ? " low" : ""),
      title: low ? `aligned pair scored ${score}: lookups lower its matches` : "the aligner's score" }, "aligned " + score));
  }
  return el("span", {}, ...out);
}

// penalty says, under a match's score, the points an aligned pair the
// aligner doubted lost (align_penalty, as tm lookup's "-8"): its text
// read the same as the query's, and a "92% fuzzy" said nothing of why.
function penalty(m) {
  if (!m.align_penalty) return [];
  const text = m.score + m.align_penalty;
  return [el("br"), el("span", { class: "origin penalty", title: `the text matches ${text}%; ${m.align_penalty} points off, as the aligner scored the pair ${m.align_score.toFixed(2)}` },
    `text ${text}% − ${m.align_penalty}`)];
}

$("lookup-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  // The address's min= is this lookup's alone: one not run (no query, no
  // languages) leaves the next Look up to the box.
  const written = minFromAddress;
  minFromAddress = null;
  const q = $("query").value.trim();
  if (!q) return emptyQuery("a sentence to look up");
  const l = pair();
  if (!l) return;
  const { src, tgt } = l;
  const min = minScore(written);
  if (min === null) return;
  const p = new URLSearchParams({ q, src, tgt, min, max: "10" });
  const current = latest("results");
  const data = await searching(current, `The lookup of "${cut(q)}"`, () => api("GET", "lookup?" + p));
  if (!current()) return;
  searched({ q, src, tgt, mode: "", min });
  // Fragments (a sentence of the query stored on its own, or the query
  // inside a longer stored segment) come after the matches whatever the
  // minimum, scored by how much of the longer text the shorter covers: a
  // group of their own says so, so that a 20% fragment under a 50%
  // minimum does not read as a fuzzy match the minimum let through.
  const matches = data.matches.filter((m) => m.kind !== "fragment");
  const fragments = data.matches.filter((m) => m.kind === "fragment");
  const tbody = el("tbody");
  const fbody = el("tbody", { class: "fragments" });
  if (fragments.length) {
    fbody.append(el("tr", { class: "group" }, el("th", { colspan: "3", scope: "rowgroup", id: "fragments-head" },
      `Fragments, whatever the minimum: part of your text stored on its own, or your text inside a longer stored segment. Their percentage is the share of the longer text's words that the shorter covers, not a match score.`)));
  }
  for (const m of data.matches) {
    const frag = m.kind === "fragment";
    // lang: a screen reader reads the translation in its language's voice.
    const target = el("div", { dir: "auto", class: "target", ...(m.target_lang ? { lang: m.target_lang } : {}) }, m.target);
    const scoreCell = () => [m.score + "%", el("br"), el("span", { class: "origin" }, m.kind), ...penalty(m)];
    const tr = el("tr", { class: frag ? "match fragment" : "match" },
      el("td", { class: "score", ...(frag ? { title: `covers ${m.score}% of the longer text's words` } : {}) }, ...scoreCell()),
      el("td", { dir: "auto" }, target,
        el("div", { dir: "auto", class: "diff", ...(m.source_lang ? { lang: m.source_lang } : {}) }, ...(m.kind === "fuzzy" ? diffNodes(m.diff) : [m.source]))),
      el("td", { class: "origin" }, originOf(m)));
    // saved: the pair edited is a person's, which the server stores
    // without the aligner's score: the row loses the score and the
    // penalty it cost (the percentage the text's, as the next lookup
    // gives it), as a document's units do; it said "aligned 0.50" and
    // "text 87% − 32" until the next lookup.
    const saved = () => {
      if (m.align_penalty) m.score += m.align_penalty;
      m.align_score = 0;
      m.align_penalty = 0;
      m.edited = true;
      if (!frag) tr.cells[0].replaceChildren(...scoreCell());
      tr.cells[2].firstChild.replaceWith(originOf(m));
    };
    // The language of the text shown: without it the server edits the
    // unit's translation, which is the source of a unit stored the other
    // way round.
    if (!readOnly) {
      // was: the stored text, unless numbers of the query replaced some.
      tr.lastChild.append(el("br"), ...unitButtons(m.unit_id, [{ cell: target, lang: m.target_lang, was: m.substituted ? "" : m.target }], tr, { saved, fallback: $("query"), removed: () => noneLeft(tbody, fbody, min) }));
    }
    (frag ? fbody : tbody).append(tr);
  }
  if (!matches.length && fragments.length) {
    tbody.append(el("tr", { class: "none" }, el("td", { colspan: "3" }, `No match of ${min}% or more.`)));
  }
  $("results").replaceChildren(data.matches.length ? el("table", { id: "matches", "aria-label": "matches" },
    el("thead", {}, el("tr", {}, el("th", {}, "Match"), el("th", {}, "Translation / difference"), el("th", {}, "Origin"))), tbody, ...(fragments.length ? [fbody] : []))
    : el("p", {}, "No match."));
  searchSaid(`${matches.length} match${matches.length === 1 ? "" : "es"}` + (fragments.length ? `, ${fragments.length} fragment${fragments.length === 1 ? "" : "s"}` : ""));
});

// minScore is the "min %" box's value for a lookup (empty: 50, the
// server's default), or null when it is not a whole number from 0 to
// 101: the status line says so, the focus goes to the box, and the
// results shown, the query before's, give way to a line saying nothing
// was looked up. The browser's own check of the box (min="0"
// max="101") stopped Look up with its bubble alone, and a lookup from
// the address (#search?q=...) then ran nothing, the results of the
// query before left under the new query. written is the min= of a
// lookup from the address, checked in place of the box's value (the box
// reads min=abc as empty).
function minScore(written) {
  const box = $("min"), fromBox = written === null || written === undefined;
  const v = fromBox ? box.value.trim() : written.trim(), n = Number(v);
  const bad = fromBox && box.validity.badInput;
  if (!bad && v === "") return "50";
  if (!bad && Number.isInteger(n) && n >= 0 && n <= 101) return String(n);
  status(`min % takes a whole number from 0 to 101${v ? ` (not ${v})` : ""}: nothing was looked up`, true);
  notLookedUp();
  box.focus();
  return null;
}

// notLookedUp takes the results shown away when a lookup asked for (Look
// up, Enter, the address) is not run: they were the query before's, and
// read as the new one's.
function notLookedUp() {
  latest("results"); // a lookup still on its way shows nothing either
  $("results").replaceChildren(el("p", { class: "failed" }, "Nothing was looked up: the line at the top says why."));
  $("results").removeAttribute("aria-busy");
  lastSearch = null;
  searchLine = "";
}

// searching runs a lookup or the first page of a concordance (read): the
// results are aria-busy meanwhile, and a failure (the status line says
// why) takes the results of the query before away, which read as the new
// one's (a 100% match, its difference from another sentence).
async function searching(current, what, read) {
  const results = $("results");
  results.setAttribute("aria-busy", "true");
  try {
    return await read();
  } catch (err) {
    if (current()) {
      results.replaceChildren(el("p", { class: "failed" }, `${what} failed (the line at the top says why): look up again once the server answers.`));
      lastSearch = null;
    }
    throw err;
  } finally {
    if (current()) results.removeAttribute("aria-busy");
  }
}

// searched records the search shown, in the address too (in place of
// the address before: a lookup adds no step to Back).
function searched(s) {
  lastSearch = s;
  saveState();
}

// noneLeft follows the delete of a match's unit: with no row of the
// lookup left, the results say so (not a header row over nothing); with
// only fragments left, the matches' group says there is no match.
function noneLeft(tbody, fbody, min) {
  if (!$("results").querySelector("tr.match")) {
    $("results").replaceChildren(el("p", {}, "No match left: deleted from the TM."));
  } else if (!tbody.querySelector("tr.match, tr.none")) {
    tbody.append(el("tr", { class: "none" }, el("td", { colspan: "3" }, `No match of ${min}% or more.`)));
  }
}

// The query grows with its text (a pasted paragraph is seen whole, not
// two lines of it), up to 40% of the window, then scrolls.
function fitQuery() {
  const q = $("query");
  // Hidden (another tab shown when the window was resized or turned), it
  // has no height to fit: it was set to its borders, a sliver when the
  // search tab came back.
  if (!q.offsetParent) return;
  q.style.height = "auto";
  q.style.height = Math.min(q.scrollHeight + q.offsetHeight - q.clientHeight, Math.round(window.innerHeight * 0.4)) + "px";
}
$("query").addEventListener("input", fitQuery);
// A window made narrower wraps the query on more lines, a wider one on
// fewer: its height follows (it kept the height of the width typed in, a
// scroll bar in a narrow window, blank lines in a wide one).
window.addEventListener("resize", fitQuery);

// cut shortens a query quoted on the status line: a pasted paragraph
// (2,000 characters) filled the line, kept in the window, over the page.
function cut(q) {
  const cs = [...q];
  return cs.length > 80 ? cs.slice(0, 80).join("") + "…" : q;
}

// emptyQuery answers Look up or Concordance pressed with nothing typed
// (they did nothing, without a word), the focus in the query.
function emptyQuery(what) {
  status(`Type ${what} first`, true);
  $("query").focus();
}

// Enter in the query looks it up (Shift+Enter starts a new line).
$("query").addEventListener("keydown", (ev) => {
  if (ev.key === "Enter" && !ev.shiftKey && !ev.ctrlKey && !ev.altKey && !ev.metaKey && !ev.isComposing) {
    ev.preventDefault();
    $("lookup-form").requestSubmit();
  }
});

// unitButtons edit a unit's texts in place and delete the unit, in TM
// search and in a document's units. Edit makes the cells of sides
// ({cell, lang}: the text shown and its language) editable: Enter (or
// Save) stores each text changed, Escape gives the edit up; saved(changed)
// follows a save. A side's was is its text as stored when the page read
// it: the server refuses (409) to save over a text someone else changed
// since (another reviewer, another window), instead of undoing their edit. Delete is the two-press confirmButton; then the row
// says "Deleted — Undo" for undoTime, the focus on Undo, which stores the
// unit again as it was (its id, dates, props, every language: what the
// DELETE answered) and shows the row again. deleted() follows the delete
// and restored() an undo (counts); when the time is up, the row goes, the
// focus (if it was on Undo) to the next row's Delete (else to fallback),
// and removed() follows. lost() follows a save or delete of a unit the TM
// no longer has (its document may be gone with it); it returns (a
// promise of) true when it has said why, the unit's line then not said.
function unitButtons(id, sides, row, { saved, deleted, restored, removed, fallback, lost }) {
  const key = "unit " + id;
  let before = [];
  const stop = () => {
    for (const s of sides) s.cell.contentEditable = "false";
    says("Edit");
  };
  // says puts text on the button and in its name, which says the unit
  // ("Save unit 4"): a name without the button's word (Save under the
  // name "edit unit 4") is not the one a speech user says to press it.
  const says = (text) => {
    edit.textContent = text;
    edit.setAttribute("aria-label", `${text} unit ${id}`);
  };
  const edit = writeButton({ class: "edit", "aria-label": `Edit unit ${id}` }, "Edit", once(key, async () => {
    if (!sides[0].cell.isContentEditable) {
      before = sides.map((s) => s.cell.textContent);
      for (const s of sides) {
        s.cell.contentEditable = "true";
        s.cell.dataset.before = s.cell.textContent; // leaving with it changed asks (beforeunload)
        s.cell.onkeydown = (kev) => {
          if (!s.cell.isContentEditable) return; // a save on its way
          if (kev.key === "Enter" && !kev.shiftKey && !kev.isComposing) {
            kev.preventDefault();
            edit.click();
          } else if (kev.key === "Escape") {
            sides.forEach((x, i) => { x.cell.textContent = before[i]; });
            stop();
            edit.focus();
            status(`unit ${id} not changed`);
          }
        };
      }
      // The caret goes to the end of the translation, where a translator
      // goes on typing (focus alone put it at the start).
      const last = sides[sides.length - 1].cell;
      last.focus();
      getSelection().selectAllChildren(last);
      getSelection().collapseToEnd();
      says("Save");
      return;
    }
    const changed = sides.filter((s, i) => s.cell.textContent.trim() !== before[i].trim());
    // Enter in a cell saves: the cell is no longer editable, and the
    // focus (which would fall to the page) goes back to Edit.
    const focused = sides.find((s) => s.cell.contains(document.activeElement)), inCell = !!focused;
    // While the save is on its way the cells take no keys: a word typed
    // then would look saved and not be, and Escape would put back the old
    // text of a unit the TM has changed.
    for (const s of sides) s.cell.contentEditable = "false";
    if (inCell) edit.focus();
    if (changed.length) says("Saving…");
    let side;
    try {
      // One PATCH a side changed: each stored on its own, so a refused
      // second text (a duplicate of another unit) leaves the first saved.
      for (side of changed) {
        const text = side.cell.textContent.trim();
        await api("PATCH", "units/" + id, { lang: side.lang, text, by: $("by").value.trim(), ...(side.was ? { was: side.was } : {}) }, [404, 410]);
        // The TM keeps the text replaced (x-bitext-was): saved() may show it.
        side.replaced = side.was || before[sides.indexOf(side)].trim();
        before[sides.indexOf(side)] = side.cell.textContent;
        if (side.was !== undefined) side.was = text;
      }
    } catch (err) {
      // The unit was deleted since the page read it (another window,
      // another reviewer): no save can succeed, the row says so.
      // Its document gone with it (lost() finds out: one GET), the page
      // says that alone: the unit's line said first, then replaced by the
      // document's, made two lines a screen reader read one after the other.
      if (err.status === 404 || err.status === 410) {
        gone();
        if (!(lost && (await lost()))) goneSaid();
        err.said = true;
        throw err;
      }
      // Refused, or the server is gone (the status line says which): the
      // edit goes on, the text as typed, to save again or give up.
      for (const s of sides) s.cell.contentEditable = "true";
      says("Save");
      (focused || side).cell.focus();
      if (err.status === 409 && side.was) await changedSince(id, side, sides.indexOf(side), err);
      throw err;
    }
    stop();
    if (!changed.length) return status(`unit ${id} not changed`);
    status(`unit ${id} saved`);
    if (saved) saved(changed);
  }));
  // changedSince follows a save refused because someone changed the
  // text since (409): the text they stored becomes the one the edit
  // starts from, so that Save again replaces it knowingly and Escape
  // shows it (without this, every Save was refused until a reload, which
  // lost the edit).
  const changedSince = async (id, side, i, err) => {
    const u = await api("GET", "units/" + id).catch(() => null);
    const v = u && u.variants.find((x) => x.lang === side.lang);
    if (!v || v.text.trim() === side.was.trim()) return; // another conflict: a duplicate
    side.was = v.text;
    before[i] = v.text;
    // The text as stored (the server's message quotes it so too), and
    // isolated (FSI, PDI) so that a right-to-left text keeps its order in
    // the line, which the server's plain message cannot do.
    status(`unit ${id}: its ${side.lang} text was changed since it was read (by someone else, or in another window): ` +
      `it now reads “\u2068${v.text}\u2069”. Save again replaces it with yours, Escape shows theirs`, true);
  };
  // gone marks the row of a unit deleted since the page read it: its
  // texts (an edit's as typed, to copy) struck through, no write offered.
  // Saving said "no such unit" and kept the row editable, to be refused
  // again at every Save.
  const gone = () => {
    stop();
    row.classList.add("gone");
    edit.disabled = true;
    del.disabled = true;
    (row.nextElementSibling && row.nextElementSibling.querySelector(".edit:not([disabled])") || fallback).focus();
  };
  const goneSaid = () => status(`unit ${id} was deleted since this page read it (in another window, or by another reviewer): it cannot be saved`, true);
  // The first press asks. One deleted elsewhere meanwhile goes at once
  // (it said "no such unit"), with nothing to undo.
  const del = confirmButton({ class: "delete", "aria-label": `delete unit ${id}` }, `press Delete again to delete unit ${id} from the TM`,
    once(key, async () => {
      const answer = await deleteOnce("units/" + id);
      if (answer) undoable(answer.unit);
      if (deleted) deleted();
      if (!answer) {
        // Its document gone too, the page says that (and has moved the
        // focus out of the units): the row goes with the line said.
        const docSaid = lost ? await lost() : false;
        if (!docSaid) focusAfter(row, ".delete", fallback);
        row.remove();
        if (removed) removed();
        if (!docSaid) status(`unit ${id} was already deleted (in another window, or by another reviewer)`);
      }
    }));
  // undoable shows the row as deleted, with Undo, for undoTime.
  const undoable = (unit) => {
    const cells = [...row.children];
    let timer;
    const undo = writeButton({ class: "undo", "aria-label": `undo the delete of unit ${id}` }, "Undo", once(key, async () => {
      clearTimeout(timer);
      try {
        await api("POST", "units/restore", unit);
      } catch (err) {
        // Refused (stored again since: 409) or the server is gone: the
        // row goes as a delete's does; the status line says why.
        goes();
        throw err;
      }
      row.classList.remove("deleted");
      row.replaceChildren(...cells);
      del.disarm();
      if (restored) restored();
      del.focus();
      status(`unit ${id} restored`);
    }));
    const goes = () => {
      if (row.contains(document.activeElement)) focusAfter(row, ".delete", fallback);
      row.remove();
      if (removed) removed();
    };
    row.classList.add("deleted");
    row.replaceChildren(el("td", { colspan: cells.reduce((n, c) => n + c.colSpan, 0) }, `Deleted unit ${id} — `, undo));
    undo.focus();
    timer = setTimeout(() => { if (row.isConnected) goes(); }, undoTime);
    status(`unit ${id} deleted: Undo puts it back (for ${undoTime / 1000} seconds)`);
  };
  return [edit, " ", del];
}

// undoTime is how long a deleted unit's, glossary entry's or document's
// row offers Undo, in milliseconds.
let undoTime = 10000;

// highlight returns text with the byte ranges spans marked.
function highlight(text, spans) {
  const bytes = new TextEncoder().encode(text), dec = new TextDecoder();
  const out = [];
  let last = 0;
  for (const [a, b] of spans) {
    out.push(dec.decode(bytes.slice(last, a)), el("mark", {}, dec.decode(bytes.slice(a, b))));
    last = b;
  }
  out.push(dec.decode(bytes.slice(last)));
  return out;
}

// The concordance shows the segments holding the term a page at a time
// (a common word is in thousands of them): More appends the next page.
$("concord").addEventListener("click", async () => {
  const term = $("query").value.trim();
  if (!term) return emptyQuery("a word or term: the concordance lists the segments that hold it");
  const l = pair(true);
  if (!l) return;
  const { src, tgt } = l;
  const current = latest("results");
  const tbody = el("tbody");
  let shown = 0;
  const more = el("button", { type: "button", id: "more", hidden: "" }, "More");
  const page = async () => {
    const data = await api("GET", "concordance?" + new URLSearchParams({ term, src, tgt, offset: shown }));
    if (!current()) return false;
    const first = tbody.rows.length;
    for (const h of data.hits) {
      // Each text in its language (a screen reader's voice) and direction.
      const translations = [];
      for (const t of h.translations) {
        if (translations.length) translations.push(" / ");
        translations.push(el("span", { dir: "auto", lang: t.lang }, t.text));
      }
      tbody.append(el("tr", { class: "hit" }, el("td", { dir: "auto", lang: h.lang }, ...highlight(h.text, h.hits)),
        el("td", {}, ...translations)));
    }
    shown += data.hits.length;
    lastPage(more, !data.more, tbody.rows[first]);
    searchSaid(data.more ? `the first ${shown} segments holding "${cut(term)}": More shows the next`
      : `${shown} segment${shown === 1 ? "" : "s"} hold${shown === 1 ? "s" : ""} "${cut(term)}"`);
    return true;
  };
  more.addEventListener("click", once(more, page));
  if (!(await searching(current, `The concordance of "${cut(term)}"`, page))) return;
  searched({ q: term, src, tgt, mode: "concordance" });
  $("results").replaceChildren(shown ? el("div", {}, el("table", { id: "hits", "aria-label": `segments holding ${term}` },
    el("thead", {}, el("tr", {}, el("th", {}, "Segment"), el("th", {}, "Translations"))), tbody), more) : el("p", {}, "Not found."));
});

// ---- alignment review
// A bead is {src: [i...], tgt: [j...], score, edited, wrong, place, why}:
// sentence indexes into srcS and tgtS, in document order; place is where
// "low confidence first" shows it (the aligner's score, less 1 for a bead
// to review: markReview); why is the reason it is to be reviewed. aligned holds the
// languages the texts were aligned in: the pairs are stored in those, not
// in whatever the language boxes (shared with the other tabs) say later.
let srcS = [], tgtS = [], beads = [], sel = 0, lowFirst = true, aligned = null;
// unstored: the beads were changed by the reviewer since they were
// aligned or last stored (leaving the page asks first).
let unstored = false;
// inTM: the beads were stored in the TM (Store in TM) since aligned.
let inTM = false;
// undone holds the beads as they were before each edit (undoEdit).
let undone = [];
const undoLimit = 200;

$("do-align").addEventListener("click", async () => {
  // An empty box is named on the page, the focus in it (the server's
  // "src_text is empty" named a field of its API).
  for (const [side, what] of [["src", "source text"], ["tgt", "translation"]]) {
    if (!$(side + "-text").value.trim()) {
      status(`Paste or type the ${what} first (or choose its file)`, true);
      $(side + "-text").focus();
      return;
    }
  }
  const l = pair();
  if (!l) return;
  const { src, tgt } = l;
  const current = latest("beads");
  const data = await api("POST", "align", {
    src, tgt, src_text: $("src-text").value, tgt_text: $("tgt-text").value, presegmented: $("preseg").checked,
  });
  if (!current()) return;
  srcS = data.src_sentences; tgtS = data.tgt_sentences; aligned = { src, tgt, srcDoc: fromFile.src, tgtDoc: fromFile.tgt };
  reviewId = newReviewId();
  inTM = false;
  beads = data.beads.map((b) => ({ src: b.src, tgt: b.tgt, score: b.score, edited: false, wrong: false, place: b.score }));
  undone = [];
  markReview(data.review);
  unstored = false;
  sel = lowFirst ? displayOrder()[0] : 0;
  renderBeads();
  status(`${plural(beads.length, "bead")}, ${plural(data.review.length, "region")} to review`);
});

// A text file chosen for a side is read here, into its text area: the
// server never sees a file name or path. It is read as UTF-8 (or UTF-16
// after its byte-order mark), as bitext align reads a file; one in
// another encoding or not text at all is refused, the text area left as
// it was: a Latin-1 French file was read with "�" for every accented
// letter ("T�h�ran"), aligned and stored so, and a binary file filled
// the box with junk that the server then refused as "request body: a
// string has a NUL byte".
function fileText(f, bytes) {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "";
  let text;
  try {
    text = new TextDecoder(utf16 || "utf-8", { fatal: true }).decode(bytes);
  } catch (err) {
    throw new Error(`${f.name} is not UTF-8 text (a Latin-1 or Windows-1252 file? save it as UTF-8, or paste its text): nothing was read from it`);
  }
  if (text.includes("\0")) throw new Error(`${f.name} holds binary data (a NUL byte), not text: nothing was read from it`);
  return text;
}
// fromFile names the file each side's text was read from ("" when it
// was pasted or typed): the pairs stored are the reviewed pairs of those
// documents (src_doc, tgt_doc), which a lookup's match names as it names
// an aligned file's. A box emptied, or its whole text pasted over, is no
// longer the file's; an edit of a word in it still is.
const fromFile = { src: kept("src-doc") || "", tgt: kept("tgt-doc") || "" };
function textFrom(side, name) {
  fromFile[side] = name;
  keep(side + "-doc", name);
}
for (const side of ["src", "tgt"]) {
  const box = $(side + "-text");
  box.addEventListener("beforeinput", (ev) => {
    if (ev.inputType === "insertFromPaste" && box.selectionStart === 0 && box.selectionEnd === box.value.length) textFrom(side, "");
  });
  box.addEventListener("input", () => {
    if (!box.value.trim()) textFrom(side, "");
  });
  $(side + "-file").addEventListener("change", async (ev) => {
    const input = ev.target, f = input.files[0];
    if (!f) return;
    let text;
    try {
      text = fileText(f, new Uint8Array(await f.arrayBuffer()));
    } catch (err) {
      input.value = ""; // the name shown was of a file whose text is not in the box
      return status(err.message, true);
    }
    $(side + "-text").value = text;
    keep(side + "-text", text);
    textFrom(side, f.name);
  });
}

$("order").addEventListener("click", () => {
  lowFirst = !lowFirst;
  $("order").textContent = lowFirst ? "Order: low confidence first" : "Order: document";
  drawRest();
  if (!reorderBeads()) renderBeads();
  keepReview();
});

// reorderBeads puts the rows drawn in the order shown now (the order
// toggled), moving them, not drawing them anew: drawing every row anew
// took 1.1 s on 1,827 beads. The rows are moved with their body out of
// the page, which lays the table out once (moved one by one in the page,
// 14,856 beads took 4.5 to 5.9 s, out of it 3.1 to 3.6). The focus goes
// back to the selected row, and the place on the page stays: the
// selected row is scrolled to where it was in the window. It returns
// false (the table is then drawn anew) when the rows are not the beads'.
function reorderBeads() {
  const table = $("beads"), tbody = table.tBodies[0];
  if (tbody.rows.length !== beads.length) return false;
  const row = new Map();
  for (const tr of tbody.rows) row.set(Number(tr.dataset.bead), tr);
  shown = displayOrder();
  if (!shown.every((i) => row.has(i))) return false;
  const s = row.get(sel);
  const top = s ? s.getBoundingClientRect().top : 0;
  const had = tbody.contains(document.activeElement);
  const next = tbody.nextSibling;
  tbody.remove();
  tbody.append(...shown.map((i) => row.get(i)));
  table.insertBefore(tbody, next);
  if (s) {
    if (had) s.focus({ preventScroll: true });
    window.scrollBy(0, s.getBoundingClientRect().top - top);
  }
  return true;
}

// markReview gives each bead in a region the aligner lists for review
// its reason (why: "unmatched", "paragraphs out of order or missing",
// ...), shown in the bead's row, and puts it before the beads not listed
// in "low confidence first": a bead of a paragraph swapped or joined may
// score 0.87 and sat among the sound ones, the status line counting
// regions the rows did not show.
function markReview(regions) {
  const inside = (list, [lo, hi]) => list.some((k) => k >= lo && k < hi);
  for (const b of beads) {
    const why = regions.filter((r) => inside(b.src, r.src) || inside(b.tgt, r.tgt)).map((r) => r.reason);
    if (why.length) {
      b.why = [...new Set(why.join("; ").split("; "))].join("; ");
      b.place = b.score - 1;
    }
  }
}

function confidence(b) {
  if (b.wrong) return "wrong";
  if (b.edited) return "edited";
  return b.score >= 0.7 ? "high" : b.score >= 0.4 ? "mid" : "low";
}

// displayOrder lists bead indexes as shown: by the aligner's score, the
// lowest first, when lowFirst, else in document order. A bead edited or
// marked wrong keeps its place (a merged bead the first one's, a split
// bead's second half comes after the first), so that the reviewer's place
// and j's next bead stay where they were; it sank to the end of the list,
// the selection with it.
function displayOrder() {
  const idx = beads.map((_, i) => i);
  if (lowFirst) idx.sort((a, b) => beads[a].place - beads[b].place || a - b);
  return idx;
}

// shown is the order of the rows as last rendered.
let shown = [];

// fitColumns sets the widths of the table's narrow columns (the bead's
// number, its score, "wrong") to what the browser's own table layout
// gives them for the beads shown, measured on a hidden table of a few
// rows, and lays the table out with those widths (table-layout: fixed,
// style.css): a row changed then lays out that row, not every row of
// the table again to find the widths (a bead marked wrong took 0.4 to
// 1.1 s at 14,856 beads, 0.2 fixed). The widths are measured again when
// what decides them changes: the digits of the last number, a bead
// edited or marked wrong or none, the kinds of rows (the forced colors'
// borders). In a hidden tab (nothing measured) the table keeps the
// browser's layout, until fitted when the tab is shown; on a narrow
// screen (each bead a card, style.css) too, until the window widens. The
// widths are in em: the text's size changed, they follow it.
let columnsFor = "";
const narrowScreen = matchMedia("(max-width: 40em)");
narrowScreen.addEventListener("change", () => fitColumns());
function fitColumns() {
  const table = $("beads");
  if (narrowScreen.matches) {
    table.classList.remove("fitted");
    return void (columnsFor = "");
  }
  const kinds = new Set(beads.map(confidence)), edited = beads.some((b) => b.edited);
  const key = [String(beads.length).length, edited, [...kinds].sort()].join();
  if (key === columnsFor) return;
  const last = String(beads.length);
  const rows = [...kinds].map((c, k) => el("tr", { class: c }, el("td", {}, last), el("td"), el("td"),
    el("td", { class: "score" }, edited && !k ? "edited" : "0.00"), el("td", {}, kinds.has("wrong") && !k ? "wrong" : "")));
  const probe = el("table", { class: "beads" }, table.tHead.cloneNode(true), el("tbody", {}, ...rows));
  const box = el("div", { class: "columns-probe", "aria-hidden": "true" }, probe);
  table.after(box);
  const w = [...probe.tHead.rows[0].cells].map((th) => th.getBoundingClientRect().width);
  box.remove();
  const fits = w[0] > 0;
  table.classList.toggle("fitted", fits);
  if (!fits) return void (columnsFor = "");
  columnsFor = key;
  // A width as it was is not set again: the table is not laid out anew.
  const em = parseFloat(getComputedStyle(table).fontSize);
  for (const k of [0, 3, 4]) {
    const v = w[k] / em + "em";
    if (table.style.getPropertyValue(`--col-${k + 1}`) !== v) table.style.setProperty(`--col-${k + 1}`, v);
  }
}

// renderBeads builds the table anew: after an alignment or an edit of
// the beads (whose order may change); a move of the selection only moves
// its mark (select), so that j and k stay quick on thousands of beads.
// It draws the first rows, down to a screen past the selected bead, and
// the others in batches after the page is shown (drawRest): the table of
// 4,953 beads drawn whole took 1.4 to 3.9 s before the page showed the
// review, 15,000 beads 3.4 s and more.
function renderBeads() {
  for (const b of $("bead-ops").querySelectorAll("button")) b.disabled = !beads.length;
  undoOffered();
  const tbody = $("beads").tBodies[0];
  const had = tbody.contains(document.activeElement);
  tbody.replaceChildren();
  fitColumns();
  shown = displayOrder();
  restGen++;
  restFrom = Math.max(rowsFirst, shown.indexOf(sel) + 60);
  tbody.append(...shown.slice(0, restFrom).map(beadRow));
  if (restFrom < shown.length) drawLater(rowsBatch);
  else restFrom = 0;
  const s = tbody.querySelector("tr.selected");
  if (s) s.scrollIntoView({ block: "nearest" });
  if (s && had) s.focus({ preventScroll: true });
  keepReview();
}

// The rows of shown from restFrom on are still to be drawn (0: none), a
// batch after each frame the browser shows (drawLater), so that the first
// screen is painted first and the page answers between batches. Each
// batch is as many rows as the table holds (at least rowsBatch): each one
// lays the whole table out again, and batches of 500 took 24.8 s to draw
// 14,856 beads, where the table drawn whole took 10.5. restGen is the
// batches' generation: a table drawn anew, or drawn whole, makes the
// batches planned before it nothing.
const rowsFirst = 200, rowsBatch = 500;
let restFrom = 0, restGen = 0;
function drawLater(n) {
  const g = restGen;
  requestAnimationFrame(() => setTimeout(() => { if (g === restGen) drawRest(n); }));
}
// drawRest draws the next n rows still to be drawn (all of them without
// n): whatever reads or changes the rows (a key, a click, the order, an
// undo, a bead's link, the place put back) draws them all first, so that
// the table is the beads' whole.
function drawRest(n) {
  if (!restFrom) return;
  restGen++;
  const to = n ? Math.min(shown.length, restFrom + n) : shown.length;
  $("beads").tBodies[0].append(...shown.slice(restFrom, to).map(beadRow));
  restFrom = to < shown.length ? to : 0;
  if (restFrom) drawLater(Math.max(rowsBatch, to));
}

// beadRow is the row of bead i.
function beadRow(i) {
  const b = beads[i];
  // Each sentence in the language it was aligned in (a screen reader's voice).
  const sents = (list, all, lang) => list.map((k) => el("span", { class: "sent", dir: "auto", ...(lang ? { lang } : {}) }, all[k]));
  // The row's bead is read at the click: a merge or split before it
  // renumbers the row in place (renumberBeads).
  // The selected bead's row is the table's one stop of Tab (a roving
  // tabindex): focused, a screen reader reads it, and j/k carry the focus.
  return el("tr", { class: confidence(b) + (i === sel ? " selected" : ""), "data-bead": i, ...(i === sel ? { tabindex: "0", "aria-current": "true" } : {}),
    onclick: (ev) => select(Number(ev.currentTarget.dataset.bead)) },
    el("td", {}, i + 1),
    // The reason to review, above the source (the narrow last column broke
    // it a letter a line); dir of its own, so that the cell's direction
    // is still its text's (dir="auto" skips it).
    el("td", { dir: "auto" }, ...(b.why && !b.edited && !b.wrong ? [el("div", { class: "why", dir: "ltr" }, "review: " + b.why)] : []),
      ...sents(b.src, srcS, aligned.src)),
    el("td", { dir: "auto" }, ...sents(b.tgt, tgtS, aligned.tgt)),
    el("td", { class: "score" }, b.edited ? "edited" : b.score.toFixed(2)),
    el("td", {}, b.wrong ? "wrong" : ""));
}

// redrawBeads draws the rows of the beads is anew, in place: an edit
// that changes no bead's number or place (move a sentence, mark wrong).
// Drawing the table anew took a second or more for each such edit of a
// review of thousands of beads.
function redrawBeads(is) {
  const tbody = $("beads").tBodies[0];
  const had = tbody.contains(document.activeElement);
  fitColumns();
  for (const i of is) {
    const old = tbody.querySelector(`tr[data-bead="${i}"]`);
    if (old) old.replaceWith(beadRow(i));
  }
  undoOffered();
  const s = tbody.querySelector("tr.selected");
  if (s) s.scrollIntoView({ block: "nearest" });
  // The focused row drawn anew: the focus goes to its new row (it fell
  // to the page's start).
  if (s && had && !tbody.contains(document.activeElement)) s.focus({ preventScroll: true });
  keepReview();
}

// renumberBeads adds by to the number of the rows of beads from on, in
// place: a merge (-1) or split (+1) changes the number of every bead after
// it, not its row, nor its place in either order (a merged bead keeps the
// first one's place, a split bead's second half follows the first). The
// table drawn anew took 1.3 s a merge on 5,000 beads.
function renumberBeads(from, by) {
  for (const tr of $("beads").tBodies[0].rows) {
    const i = Number(tr.dataset.bead);
    if (i < from) continue;
    tr.dataset.bead = i + by;
    tr.cells[0].textContent = i + by + 1;
  }
  shown = displayOrder();
}

// keepReview keeps the review under way (see keep): the sentences, the
// beads as edited, the languages aligned in, the order and selection.
// The review itself is written 300 ms after the last edit (putReview,
// the tab's storage first: keepInTab), or at once when the page is left
// or hidden: written at each edit, it took 0.2 to 0.9 s of every key at
// 14,856 beads (3.8 M characters), where the keys come faster than that.
function keepReview() {
  reviewChanged = Math.max(Date.now(), reviewChanged + 1);
  tabPending = true;
  keep("review-sel", String(sel));
  beadInAddress();
  reviewWhere();
  clearTimeout(reviewTimer);
  reviewTimer = setTimeout(putReview, 300);
}
// keepInTab writes the review to the tab's storage. A review too large
// for it (a book's: 3.8 M characters at 14,856 beads) is kept there as a
// pointer to the browser's copy (IndexedDB) with the time of its last
// change: a reload reads that copy and says whether it holds the last
// edits. The write refused left the review kept before it, for a reload
// to read in place of the edits.
let tabPending = false;
function keepInTab() {
  if (!tabPending) return;
  tabPending = false;
  tabKept = keep("review", JSON.stringify({ id: reviewId, srcS, tgtS, beads, lowFirst, aligned, unstored, inTM, changed: reviewChanged }));
  if (!tabKept) keep("review", JSON.stringify({ id: reviewId, changed: reviewChanged, inBrowser: true }));
}

// ---- the review kept in the browser (IndexedDB)
// Each review is kept under its id (reviewId, in the address) with the
// time it was last changed: a link to it opens it in another tab or
// window of this browser, and after a restart. localStorage would hold 5
// MB for every review; IndexedDB holds what the browser allows. The
// browser keeps the reviewsKept reviews last changed, none older than
// reviewDays days (putReview clears the others): a review is meant to be
// stored in the TM, not kept in the browser.
const reviewsKept = 20, reviewDays = 30;
let reviewId = "", reviewTimer = 0;
// reviewChanged is the time of the review's last change (kept with it);
// tabKept says whether the tab's storage holds the whole review, dbFailed
// whether the browser's store refused its last write (said once:
// dbFailSaid), reviewPointer the pointer a reload found in its place.
let reviewChanged = 0, tabKept = true, dbFailed = false, dbFailSaid = false, reviewPointer = null;
// reviewSaving is the last write of the review (a test waits for it).
let reviewSaving = Promise.resolve(false);
function newReviewId() {
  return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 8);
}
// reviewDB opens the browser's store of reviews (null where the browser
// has none: a private window of some browsers).
let reviewDBOpen = null;
function reviewDB() {
  if (!reviewDBOpen) {
    reviewDBOpen = new Promise((resolve) => {
      try {
        const req = indexedDB.open("bitext-reviews", 1);
        req.onupgradeneeded = () => req.result.createObjectStore("reviews", { keyPath: "id" }).createIndex("at", "at");
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => resolve(null);
      } catch (err) {
        resolve(null);
      }
    });
  }
  return reviewDBOpen;
}
// done resolves when the transaction tx is over (true when committed).
const done = (tx) => new Promise((resolve) => {
  tx.oncomplete = () => resolve(true);
  tx.onerror = tx.onabort = () => resolve(false);
});
// putReview writes the review shown and clears the old ones.
function putReview() {
  clearTimeout(reviewTimer);
  reviewTimer = 0;
  keepInTab();
  if (!beads.length || !reviewId) return reviewSaving;
  const r = { id: reviewId, at: Date.now(), changed: reviewChanged, srcS, tgtS, beads, lowFirst, aligned, unstored, inTM, sel };
  reviewSaving = reviewDB().then((db) => {
    if (!db) return false;
    const tx = db.transaction("reviews", "readwrite");
    tx.objectStore("reviews").put(r);
    return done(tx);
  }).catch(() => false).then((ok) => {
    reviewKeptSaid(ok);
    return ok ? clearReviews().then(() => ok) : ok;
  });
  return reviewSaving;
}
// reviewKeptSaid says on the page, once, that the browser refused to keep
// the review (its storage full, or off in a private window), and what
// still works; the note under the review says it while it lasts.
function reviewKeptSaid(ok) {
  dbFailed = !ok;
  if (ok) dbFailSaid = false;
  reviewWhere();
  if (ok || dbFailSaid) return;
  dbFailSaid = true;
  status(reviewNotKept(), true);
}
function reviewNotKept() {
  return tabKept
    ? `This browser would not keep the review (its storage is full, or off in a private window): only this tab holds it. ` +
      `A reload shows it; its link opens it in no other tab or window, and closing the tab loses the edits. Store it in the TM now to keep them.`
    : `This browser would not keep the review (its storage is full, or off in a private window), and it is too large for this tab's storage: ` +
      `a reload or a closed tab loses the edits. The review works on in this page: store it in the TM now to keep them.`;
}
// clearReviews deletes the reviews beyond the reviewsKept last changed
// and those not changed for reviewDays days.
async function clearReviews() {
  const db = await reviewDB();
  if (!db) return;
  const tx = db.transaction("reviews", "readwrite");
  const store = tx.objectStore("reviews");
  const count = store.count();
  count.onsuccess = () => {
    let over = count.result - reviewsKept;
    const old = Date.now() - reviewDays * 86400000;
    // Oldest first: the index on the time each was changed.
    store.index("at").openKeyCursor().onsuccess = (ev) => {
      const c = ev.target.result;
      if (!c || (over <= 0 && c.key >= old)) return;
      store.delete(c.primaryKey);
      over--;
      c.continue();
    };
  };
  await done(tx);
}
// openReview shows the review id of this browser, its bead (the # column's
// number) selected, in place of the one the tab shows.
async function openReview(id, bead) {
  const db = await reviewDB();
  let r = null;
  if (db) {
    const tx = db.transaction("reviews");
    const req = tx.objectStore("reviews").get(id);
    await done(tx);
    r = req.result || null;
  }
  // A reload of a tab whose storage held only a pointer to the review:
  // the browser's copy, said when it lacks the last edits.
  const ptr = reviewPointer && reviewPointer.id === id ? reviewPointer : null;
  reviewPointer = null;
  if (ptr && (!r || !Array.isArray(r.beads))) {
    return status(`The review of this tab could not be kept: the browser's storage refused it (full, or off in a private window), ` +
      `and the review was too large for the tab's. Its edits since it was last stored in the TM are lost; align the texts again to review them.`, true);
  }
  if (!r || !Array.isArray(r.beads)) {
    return status(`This browser holds no review "${id}": a review lives in the browser that aligned it (kept there, not on the server, ` +
      `until it is stored in the TM; the ${reviewsKept} reviews last changed, for ${reviewDays} days). Align the texts here to review them.`, true);
  }
  ({ srcS, tgtS, beads, lowFirst, aligned } = r);
  reviewId = r.id;
  reviewChanged = r.changed || 0;
  unstored = !!r.unstored;
  inTM = !!r.inTM;
  undone = [];
  const n = Number(bead);
  sel = Number.isInteger(n) && n >= 1 && n <= beads.length ? n - 1 : Math.min(r.sel || 0, beads.length - 1);
  $("order").textContent = lowFirst ? "Order: low confidence first" : "Order: document";
  renderBeads();
  const row = $("beads").tBodies[0].querySelector(`tr[data-bead="${sel}"]`);
  if (row) row.scrollIntoView({ block: "center" });
  if (ptr && (r.changed || 0) < ptr.changed) {
    return status(`The last edits of this review could not be kept (the browser's storage refused them: full, or off in a private window): ` +
      `the review is shown as it was at ${new Date(r.changed || r.at).toLocaleTimeString()}; the edits made after that are lost.`, true);
  }
  status(`the review of ${plural(beads.length, "bead")} kept in this browser, bead ${sel + 1} selected`);
}
// reviewWhere says on the page where the review lives.
function reviewWhere() {
  const p = $("review-where");
  p.hidden = !beads.length;
  p.textContent = dbFailed ? reviewNotKept() : !inTM || unstored
    ? `This review lives in this browser, not on the server, until it is stored in the TM: its address opens it in another tab or window of this browser, ` +
      `after a restart too, not in another browser. The browser keeps the ${reviewsKept} reviews last changed, for ${reviewDays} days.`
    : `This review is stored in the TM as it is shown. The browser keeps it too (the ${reviewsKept} reviews last changed, for ${reviewDays} days): its address opens it again.`;
}
// A tab left (a reload too) or hidden (a phone may close it unseen)
// writes the review at once, the tab's storage before it goes.
window.addEventListener("pagehide", () => { if (reviewTimer) putReview(); });
document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden" && reviewTimer) putReview(); });
// beadInAddress puts the bead selected in the address, the Align tab shown.
function beadInAddress() {
  const active = document.querySelector(".page.active");
  if (active && active.id === "align") saveState();
}
try {
  const r = JSON.parse(kept("review") || "null");
  if (r && r.aligned && Array.isArray(r.beads)) {
    ({ srcS, tgtS, beads, lowFirst, aligned } = r);
    reviewId = r.id || newReviewId();
    reviewChanged = r.changed || 0;
    inTM = !!r.inTM;
    // A bead with no sentence (kept by a version whose moves left one) is
    // no bead.
    beads = beads.filter((b) => b.src.length || b.tgt.length);
    unstored = !!r.unstored;
    sel = Math.min(Number(kept("review-sel")) || 0, Math.max(0, beads.length - 1));
    $("order").textContent = lowFirst ? "Order: low confidence first" : "Order: document";
    renderBeads();
  } else if (r && r.inBrowser && r.id) {
    // Too large for the tab: the browser's copy, opened here unless the
    // address opens it (showTab, below).
    reviewPointer = r;
    const { tab, params } = hashParts();
    if (tab !== "align" || params.get("review") !== r.id) openReview(r.id, null);
  }
} catch (err) { /* a review kept by another version: started anew */ }

// select moves the selection to bead i without rebuilding the table.
function select(i) {
  drawRest();
  const tbody = $("beads").tBodies[0];
  const old = tbody.querySelector("tr.selected"), row = tbody.querySelector(`tr[data-bead="${i}"]`);
  const had = tbody.contains(document.activeElement);
  if (old) {
    old.classList.remove("selected");
    old.removeAttribute("tabindex");
    old.removeAttribute("aria-current");
  }
  sel = i;
  if (row) {
    row.classList.add("selected");
    row.tabIndex = 0;
    row.setAttribute("aria-current", "true");
    row.scrollIntoView({ block: "nearest" });
    if (had) row.focus({ preventScroll: true });
  }
  keep("review-sel", String(i)); // the beads unchanged: j stays quick on thousands
  beadInAddress();
}

const edited = (b) => { b.edited = true; b.wrong = false; };

const ops = {
  // merge the selected bead with the next one in the document
  merge() {
    if (sel + 1 >= beads.length) return refused("the last bead has no next one to merge with");
    const a = beads[sel], b = beads[sel + 1];
    a.src = a.src.concat(b.src); a.tgt = a.tgt.concat(b.tgt); edited(a);
    beads.splice(sel + 1, 1);
    const gone = $("beads").tBodies[0].querySelector(`tr[data-bead="${sel + 1}"]`);
    if (!gone) return;
    gone.remove();
    renumberBeads(sel + 2, -1);
    return [sel];
  },
  // split the selected bead after its first sentence on each side
  split() {
    const a = beads[sel];
    if (a.src.length < 2 && a.tgt.length < 2) return refused("one sentence a side: nothing to split");
    const b = { src: a.src.slice(1), tgt: a.tgt.slice(1), score: 0, edited: true, wrong: false, place: a.place };
    a.src = a.src.slice(0, 1); a.tgt = a.tgt.slice(0, 1); edited(a);
    beads.splice(sel + 1, 0, b);
    const row = $("beads").tBodies[0].querySelector(`tr[data-bead="${sel}"]`);
    if (!row) return;
    renumberBeads(sel + 1, 1);
    row.after(beadRow(sel + 1));
    return [sel];
  },
  // move the selected bead's first target sentence to the bead before it
  up() {
    const a = beads[sel], p = beads[sel - 1];
    if (!p || !a.tgt.length) return refused("no target sentence to move up");
    p.tgt.push(a.tgt.shift()); edited(a); edited(p);
    if (dropEmptied(sel)) return void (sel -= 1);
    return [sel - 1, sel];
  },
  // move the selected bead's last target sentence to the bead after it
  down() {
    const a = beads[sel], n = beads[sel + 1];
    if (!n || !a.tgt.length) return refused("no target sentence to move down");
    n.tgt.unshift(a.tgt.pop()); edited(a); edited(n);
    if (dropEmptied(sel)) return; // sel is now the bead the sentence went to
    return [sel, sel + 1];
  },
  wrong() {
    beads[sel].wrong = !beads[sel].wrong;
    return [sel];
  },
};
// emptied says that the last edit left a bead with no sentence on either
// side, which dropEmptied took out.
let emptied = false;
// dropEmptied takes bead i out when a move left it with no sentence on
// either side (the only target sentence of a bead with no source, as a
// split of a bead of two target sentences and none in the source
// leaves): its row showed nothing, numbered among the others, and was
// skipped at Store.
function dropEmptied(i) {
  emptied = !beads[i].src.length && !beads[i].tgt.length;
  if (emptied) beads.splice(i, 1);
  return emptied;
}
// An edit that returns the beads it changed redraws their rows (merge
// and split have renumbered the rows after them); one that returns
// nothing (refused, or its rows not drawn) draws the table anew.
// An edit refused (refused: its reason on the status line) changes
// nothing: no row is drawn (it drew the table anew, 1.6 s on 5,000 beads)
// and the review is not marked unstored.
const refusal = Symbol("refused");
function refused(msg) {
  status(msg, true);
  return refusal;
}
// Each edit says what it did on the status line (a live region: a
// screen reader hears it; the edits said nothing), and can be undone:
// undone holds the beads as they were before each edit, the last one
// last (z, Ctrl+Z or the Undo button puts them back; a reload keeps the
// beads, not what undoes them). A merge pressed by
// mistake had no way back but a split, which cuts after the first
// sentence and loses the aligner's score.
const editSaid = {
  merge: (n) => `bead ${n} merged with bead ${n + 1}`,
  split: (n) => `bead ${n} split after its first sentence`,
  up: (n) => `bead ${n}'s first target sentence moved up to bead ${n - 1}`,
  down: (n) => `bead ${n}'s last target sentence moved down to bead ${n + 1}`,
  wrong: (n) => (beads[n - 1].wrong ? `bead ${n} marked wrong: it will not be stored` : `bead ${n} no longer marked wrong`),
};
for (const [name, f] of Object.entries(ops)) {
  ops[name] = () => {
    if (!beads.length) return;
    drawRest();
    status("");
    const before = { beads: JSON.stringify(beads), sel, unstored };
    const n = sel + 1;
    emptied = false;
    const changed = f();
    if (changed === refusal) return;
    const said = editSaid[name](n) + (emptied ? `: bead ${n} had no sentence left and is gone` : "");
    undone.push({ ...before, said });
    if (undone.length > undoLimit) undone.shift();
    unstored = true;
    if (Array.isArray(changed)) redrawBeads(changed);
    else renderBeads();
    status(`${said} (z undoes)`);
  };
}
// undoEdit puts the beads back as they were before the last edit.
function undoEdit() {
  drawRest();
  const last = undone.pop();
  if (!last) return refused("nothing to undo: no bead was changed since the alignment");
  const was = beads;
  beads = JSON.parse(last.beads);
  sel = last.sel;
  unstored = last.unstored;
  if (!undoInPlace(was)) renderBeads();
  status(`undone: ${last.said}`);
}
// undoInPlace draws anew, in place, the rows of the beads an undo put
// back (an edit changes one to three beads next to each other), and
// renumbers the rows after them; it returns false (the table is then
// drawn anew) when the table does not show the beads was or the undo
// changed many. Drawing the table anew took 1.8 s an undo at bead 307
// of a review of 1,827 beads (a merge took 0.4 s).
function undoInPlace(was) {
  const tbody = $("beads").tBodies[0];
  if (tbody.rows.length !== was.length) return false;
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  // was[p, was.length-q) is what the undo replaced by beads[p, beads.length-q).
  let p = 0, q = 0;
  while (p < was.length && p < beads.length && same(was[p], beads[p])) p++;
  while (q < was.length - p && q < beads.length - p && same(was[was.length - 1 - q], beads[beads.length - 1 - q])) q++;
  const gone = was.length - q - p, come = beads.length - q - p;
  if (gone + come > 8) return false;
  fitColumns();
  const had = tbody.contains(document.activeElement);
  const old = tbody.querySelector("tr.selected");
  if (old) {
    old.classList.remove("selected");
    old.removeAttribute("tabindex");
    old.removeAttribute("aria-current");
  }
  for (let i = p; i < p + gone; i++) {
    const row = tbody.querySelector(`tr[data-bead="${i}"]`);
    if (row) row.remove();
  }
  renumberBeads(p + gone, come - gone);
  // Each bead put back goes before the row of the bead that follows it
  // in the order shown (the rows left keep theirs: the beads' places and
  // order are the same on either side of the edit).
  for (let k = 0; k < shown.length; k++) {
    const i = shown[k];
    if (i < p || i >= p + come) continue;
    let next = null;
    for (let m = k + 1; m < shown.length && !next; m++) next = tbody.querySelector(`tr[data-bead="${shown[m]}"]`);
    tbody.insertBefore(beadRow(i), next);
  }
  undoOffered();
  select(sel);
  const s = tbody.querySelector("tr.selected");
  if (s && had && !tbody.contains(document.activeElement)) s.focus({ preventScroll: true });
  keepReview();
  return true;
}
$("bead-undo").addEventListener("click", undoEdit);
// renderBeads and redrawBeads call this: Undo is offered while there is
// an edit to undo.
function undoOffered() {
  $("bead-undo").disabled = !undone.length;
}
// The same edits as buttons, on the selected bead (a click or tap on a
// row selects it): a phone has no keys, and a mouse user had to learn them.
for (const [id, name] of [["bead-merge", "merge"], ["bead-split", "split"], ["bead-up", "up"], ["bead-down", "down"], ["bead-wrong", "wrong"]]) {
  $(id).addEventListener("click", () => ops[name]());
}

function moveSel(step) {
  if (!shown.length) return;
  const at = shown.indexOf(sel);
  select(shown[Math.max(0, Math.min(shown.length - 1, at + step))]);
}

document.addEventListener("keydown", (ev) => {
  if (!$("align").classList.contains("active")) return;
  if (ev.ctrlKey && ev.key === "Enter") { ev.preventDefault(); storeBeads(); return; }
  if (ev.target.matches("input, textarea")) return;
  if ((ev.ctrlKey || ev.metaKey) && !ev.shiftKey && !ev.altKey && ev.key === "z") { ev.preventDefault(); undoEdit(); return; }
  if (ev.ctrlKey || ev.altKey || ev.metaKey) return;
  const f = { j: () => moveSel(1), ArrowDown: () => moveSel(1), k: () => moveSel(-1), ArrowUp: () => moveSel(-1),
    m: ops.merge, s: ops.split, u: ops.up, d: ops.down, w: ops.wrong, z: undoEdit }[ev.key];
  if (f) { ev.preventDefault(); f(); }
});

const storeBeads = once("store", async () => {
  const pairs = beads.filter((b) => !b.wrong && b.src.length && b.tgt.length).map((b) => ({
    source: b.src.map((k) => srcS[k]).join(" "), target: b.tgt.map((k) => tgtS[k]).join(" "), score: b.edited ? 0 : b.score,
  }));
  if (!pairs.length) return status("no pairs to store", true);
  const { src, tgt, srcDoc, tgtDoc } = aligned;
  // The files the texts came from (a review kept before they were
  // named has none): without them every reviewed pair's origin read
  // "reviewed", whichever chapter it came from.
  const docs = { ...(srcDoc ? { src_doc: srcDoc } : {}), ...(tgtDoc ? { tgt_doc: tgtDoc } : {}) };
  const st = await api("POST", "units", { src, tgt, pairs, reviewed: true, by: $("by").value.trim(), sequential: true, ...docs });
  unstored = false;
  inTM = true;
  // Every state before is now unlike the one stored.
  for (const u of undone) u.unstored = true;
  keepReview();
  status(`stored ${plural(st.read, "reviewed pair")} (${thousands(st.added)} new, ${src} → ${tgt})`);
});
$("store").addEventListener("click", storeBeads);

// ---- names
// nameRequest is the copy of the Names tab in the source language; the
// copy and what the server makes of it say that language (lang).
function nameRequest() {
  const lang = langs().src;
  for (const id of ["copy", "marked", "normalized"]) $(id).lang = lang;
  return { text: $("copy").value, lang };
}

$("check").addEventListener("click", async () => {
  const text = $("copy").value;
  const current = latest("marked");
  const req = nameRequest();
  const data = await api("POST", "check", req);
  if (!current()) return;
  // "why?" asks about the glossary this check used, the text's language's
  // (a user's French entry may hold a spelling the English one has too).
  const lang = req.lang || (data.language_read && data.language_read.lang) || "";
  const bytes = new TextEncoder().encode(text), dec = new TextDecoder();
  // A fragment, not an array spread into replaceChildren: a long copy's
  // hundred thousand names were as many arguments, past the browser's
  // limit ("Maximum call stack size exceeded"), and the check said
  // nothing at all.
  const out = document.createDocumentFragment();
  let last = 0;
  for (const m of data.mentions) {
    out.append(dec.decode(bytes.slice(last, m.start)));
    const form = dec.decode(bytes.slice(m.start, m.end));
    out.append(el("mark", { class: m.rewrites ? "rewrite" : "keep", title: `${m.rule} → ${m.canonical}` },
      form, m.rewrites ? el("sup", {}, " → " + m.canonical) : ""));
    // A variant the check rewrites: "why?" asks the server whether, and
    // why, the form and its house form are one name (Compare below).
    if (m.rewrites) {
      out.append(el("button", { type: "button", class: "why link", "aria-label": `why is “${form}” “${m.canonical}”? compare the two names`,
        onclick: () => compareNames(form, m.canonical, true, lang) }, "why?"));
    }
    last = m.end;
  }
  out.append(dec.decode(bytes.slice(last)));
  // Put in without dir="auto", which is then set once: Chromium resolved
  // the auto direction again at each node put in, 10,000 names taking 2 s
  // and 100,000 minutes (90 ms without).
  const marked = $("marked");
  marked.removeAttribute("dir");
  marked.replaceChildren(out);
  marked.dir = "auto";
  status(data.clean ? "clean: every name is in its house form" : `${plural(data.replacements.length, "variant")} to rewrite`);
});

$("normalize").addEventListener("click", async () => {
  const current = latest("normalized");
  const data = await api("POST", "normalize", nameRequest());
  if (!current()) return;
  $("normalized").textContent = data.text;
  status(`${plural(data.replacements.length, "name")} rewritten`);
});

$("discover").addEventListener("click", async () => {
  const current = latest("clusters");
  const data = await api("POST", "names/discover", nameRequest());
  if (!current()) return;
  $("clusters").replaceChildren(...data.clusters.map(clusterCard));
  const n = data.clusters.length, held = data.clusters.filter((c) => !c.store).length;
  status(`${n} cluster${n === 1 ? "" : "s"} found` + (held ? `, ${held} with nothing to store (said on each)` : "") +
    (n > held ? ": accept, reject or edit them before they reach the glossary" : ""));
});

// Compare asks the server whether two names are one (POST names/match
// with explain) and shows the score, the verdict and the steps of the
// matcher that gave it, in words an editor reads: each stage named, the
// score it left, whether it raised or lowered it, and why.
const stageNames = {
  base: "Letters and sounds",
  chinese: "Chinese romanization",
  readings: "Spelling conventions",
  caps: "Told apart",
  acronyms: "Acronyms",
  organisations: "Organisation names",
  "legal forms": "Legal forms",
};
const score3 = (x) => x.toFixed(3);

// lang (a "why?" of the check): the glossary of that language, as the
// check's; none (Compare): the glossary of every language, as names match.
async function compareNames(a, b, focus, lang) {
  $("name-a").value = a;
  $("name-b").value = b;
  if (!a.trim() || !b.trim()) {
    status("type two names to compare", true);
    $(a.trim() ? "name-b" : "name-a").focus();
    return;
  }
  const current = latest("match-result");
  const data = await api("POST", "names/match", { pairs: [{ a, b }], explain: true, ...(lang ? { lang } : {}) });
  if (!current()) return;
  const r = data.results[0];
  const names = () => [el("span", { dir: "auto", class: "name" }, r.a), " and ", el("span", { dir: "auto", class: "name" }, r.b)];
  const verdict = el("p", { class: "verdict " + (r.same ? "same" : "different") },
    el("strong", {}, r.same ? "One name: " : "Two names: "), ...names(),
    `: score ${score3(r.score)} (one name from ${score3(data.threshold)}).`);
  let before = null;
  const steps = r.steps.map((st) => {
    const moved = before === null ? "gives" : st.score > before ? "raises it to" : st.score < before ? "lowers it to" : "keeps it at";
    before = st.score;
    return el("li", { class: "step" },
      el("span", { class: "stage" }, stageNames[st.stage] || st.stage), ` ${moved} `, el("span", { class: "score" }, score3(st.score)),
      st.why.length ? el("ul", {}, ...st.why.map((w) => el("li", { dir: "auto" }, w))) : "");
  });
  $("match-result").replaceChildren(verdict, el("ol", { class: "steps", "aria-label": "the steps that gave the score" }, ...steps));
  status(`${r.a} and ${r.b}: ${r.same ? "one name" : "two names"} (${score3(r.score)})`);
  // From a "why?" of the check the answer is further down the page: the
  // focus goes to it, so that a keyboard or a screen reader follows.
  if (focus) {
    $("match-result").focus();
    $("match-result").scrollIntoView({ block: "nearest" });
  }
}

$("compare-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  compareNames($("name-a").value, $("name-b").value, false);
});

// clusterCard is a discovered cluster to review: choose the canonical,
// drop members, accept (into the glossary) or reject.
function clusterCard(c, n) {
  // Each control says which spelling or cluster it is for: a screen
  // reader heard "canonical, radio button" and "Accept" for every one.
  const first = c.variants.length ? c.variants[0].form : "";
  const card = el("div", { class: "cluster", role: "group", "aria-label": `cluster of ${first}` });
  const name = "canon" + n;
  // The server says what Accept stores, as names discover --accept does:
  // a cluster the glossary holds already, or of one spelling, has
  // nothing to store (the page offered an Accept that was refused); one
  // of spellings of a glossary entry adds its new ones to that entry.
  const store = c.store, stored = new Set(store ? [store.canonical, ...store.variants] : []);
  if (!store) {
    card.className = "cluster nothing";
    const why = c.known ? `every spelling is in the glossary already, under “${c.known}”` :
      "one spelling, and a glossary entry wants a variant besides its canonical form";
    card.append(el("div", {}, `confidence ${c.confidence}`),
      ...c.variants.map((v) => el("div", { class: "member" }, el("span", { dir: "auto" }, `${v.form} (${v.count})`))),
      el("p", { class: "note" }, `Nothing to store: ${why}.`));
    return card;
  }
  const rows = c.variants.map((v, i) => el("div", { class: "member" },
    el("label", {}, el("input", { type: "radio", name, value: v.form, "aria-label": `${v.form} is the canonical form`, ...(i === 0 ? { checked: "" } : {}), ...(c.extends ? { disabled: "" } : {}) }), " canonical "),
    // A form that is no spelling of the name ("Selon X": words
    // before it) is offered unticked: discover --accept leaves it out.
    el("label", {}, el("input", { type: "checkbox", class: "keep", value: v.form, "aria-label": `keep ${v.form}`, ...(stored.has(v.form) ? { checked: "" } : {}) }), " keep "),
    el("span", { dir: "auto" }, `${v.form} (${v.count})`)));
  const accept = el("button", { type: "button", class: "accept", onclick: once(card, async () => {
    let canonical = card.querySelector(`input[name="${name}"]:checked`).value;
    const kept = [...card.querySelectorAll("input.keep:checked")].map((x) => x.value);
    let variants = kept.filter((f) => f !== canonical);
    const entry = {};
    if (c.extends) {
      // The glossary entry's spellings stay; the cluster's ticked ones join them.
      const forms = new Set(c.variants.map((v) => v.form));
      canonical = store.canonical;
      variants = store.variants.filter((f) => !forms.has(f) || kept.includes(f));
      Object.assign(entry, { kind: store.kind, langs: store.langs });
    }
    if (!variants.length) return status("keep at least one variant besides the canonical form", true);
    await api("POST", "glossary", { entries: [{ ...entry, canonical, variants }] });
    card.className = "cluster accepted";
    accept.disabled = true; // a second click would add the entry again: a conflict
    // A disabled button loses the focus (to the page's top): a keyboard
    // user goes on with the next cluster, else with Discover.
    toNextCluster(card);
    status(`"${canonical}" is in the glossary with ${variants.length} variant${variants.length === 1 ? "" : "s"}`);
  }), "aria-label": `accept the cluster of ${first}` }, "Accept");
  if (readOnly) accept.disabled = true;
  const reject = el("button", { type: "button", class: "reject", "aria-label": `reject the cluster of ${first}`,
    onclick: () => {
      // Said on the status line (a screen reader heard nothing) and the
      // focus on to the next cluster, as Accept does.
      card.className = "cluster rejected";
      status(`the cluster of "${first}" rejected: it does not reach the glossary`);
      toNextCluster(card);
    } }, "Reject");
  card.append(el("div", {}, `confidence ${c.confidence}`), ...rows,
    ...(c.extends ? [el("p", { class: "note" }, `Accept adds the new spellings to the glossary's “${c.extends}”.`)] : []),
    el("div", { class: "row" }, accept, reject));
  return card;
}

// toNextCluster moves the focus, a cluster reviewed, to the next one's
// canonical choice, else to Discover.
function toNextCluster(card) {
  let next = card.nextElementSibling;
  while (next && !next.querySelector("input[type=radio]:checked")) next = next.nextElementSibling; // past those with nothing to store
  (next ? next.querySelector("input[type=radio]:checked") : $("discover")).focus();
}

// ---- lists: the glossary and the documents
// writeButton is a button that changes the store: disabled on a
// read-only server, which refuses every write.
function writeButton(attrs, label, onclick) {
  const b = el("button", { type: "button", ...attrs, onclick }, label);
  if (readOnly) b.disabled = true;
  return b;
}

// confirmButton deletes what cannot be had back: the first press asks
// (ask goes to the status line), the second calls action; leaving the
// button asks again next time.
// Armed, its name begins with what it shows ("Delete: sure? unit 4"):
// "delete unit 4" under "Delete: sure?" was not the button's words.
function confirmButton(attrs, ask, action) {
  const name = attrs["aria-label"] || "";
  const b = writeButton(attrs, "Delete", async () => {
    if (!b.classList.contains("confirm")) {
      b.classList.add("confirm");
      b.textContent = "Delete: sure?";
      if (name) b.setAttribute("aria-label", "Delete: sure? " + name.replace(/^delete /i, ""));
      status(ask);
      return;
    }
    await action();
  });
  const disarm = () => {
    b.classList.remove("confirm");
    b.textContent = "Delete";
    if (name) b.setAttribute("aria-label", name);
  };
  b.disarm = disarm;
  b.addEventListener("blur", disarm);
  // Escape gives an armed delete up (the next Enter deleted).
  b.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && b.classList.contains("confirm")) {
      ev.preventDefault();
      disarm();
      status("Escape: not deleted");
    }
  });
  return b;
}

// deleteOnce sends a DELETE and returns the answer, or null when what it
// names is not there (404): deleted meanwhile in another window or by
// another reviewer, which the caller takes as done (the row goes) where
// it left the row with "no such document".
async function deleteOnce(path) {
  try {
    return await api("DELETE", path, undefined, 404);
  } catch (err) {
    if (err.status !== 404) throw err;
    return null;
  }
}

// focusAfter moves the focus, once row is gone, to the same button of
// the next row (or the previous), else to fallback: a keyboard user
// deleting a row keeps their place.
function focusAfter(row, selector, fallback) {
  const next = row.nextElementSibling || row.previousElementSibling;
  const b = next && next.querySelector(selector);
  (b || fallback).focus();
}

// thousands writes a count as the page's English does: 5,366 (a glossary
// or a document of thousands read as 5366).
const thousands = (n) => n.toLocaleString("en");
// plural writes n things in English: 1 region, 2 regions (it said "1
// regions to review", "1 names rewritten").
const plural = (n, one) => `${thousands(n)} ${n === 1 ? one : one + "s"}`;

// lastPage hides a list's More when the list is whole. More pressed from
// the keyboard for the last page hid itself with the focus on it: the
// focus fell to the page's start, and a keyboard or screen reader user
// lost the place. It goes to the first row just shown (its first
// control, or the row).
function lastPage(more, last, firstNew) {
  const had = document.activeElement === more;
  more.hidden = last;
  if (!last || !had || !firstNew) return;
  const to = firstNew.querySelector("button:not([disabled]), input, [contenteditable=true]");
  if (to) return to.focus();
  firstNew.tabIndex = -1;
  firstNew.focus();
}

// pagedList shows the items of a list route (GET glossary, GET documents,
// GET units of a document) 100 at a time in tbody, and o.empty in place of
// the count when there are none and no filter: reload() starts again
// from the first page with the filter of o.filter (or the query
// o.params() gives), More appends the next page, removed() counts a row
// deleted (the next page starts one item earlier), added() one restored.
// from(n) starts again from the item at offset n (a document's unit 5,000
// was 50 presses of More away), the count then saying which are shown.
// o.counted(total) follows each count of the list (read, a row deleted
// or restored).
function pagedList(o) {
  const list = { offset: 0, total: 0, start: 0 };
  const more = $(o.more), tbody = $(o.table).tBodies[0];
  const count = () => {
    const filtered = o.filter && $(o.filter).value.trim() !== "";
    // A row deleted that offers Undo (tr.deleted) is not counted.
    const shown = [...tbody.rows].filter((r) => !r.classList.contains("deleted")).length;
    $(o.count).textContent = list.total === 0 && !filtered && o.empty ? o.empty
      : list.start > 0 ? `${o.nouns} ${thousands(list.start + 1)}–${thousands(list.start + shown)} of ${thousands(list.total)}`
      : `${thousands(shown)} of ${thousands(list.total)} ${list.total === 1 ? o.noun : o.nouns}`;
    if (o.counted) o.counted(list.total);
  };
  // upto (a reset's): the rows are read up to that offset, not a page
  // only, up to the API's 1,000 a request (a list shown again keeps the
  // rows More had added).
  const load = async (reset, start = 0, upto = 0) => {
    const current = latest(o.path);
    const offset = reset ? start : list.offset;
    const params = o.params ? o.params() : { q: $(o.filter).value.trim() };
    const rows = [];
    let data;
    do {
      const limit = Math.min(1000, Math.max(100, upto - offset - rows.length));
      data = await api("GET", o.path + "?" + new URLSearchParams({ ...params, limit, offset: offset + rows.length }));
      if (!current()) return;
      rows.push(...data[o.field].map(o.row));
    } while (reset && data.more && data[o.field].length > 0 && offset + rows.length < upto);
    if (reset) list.start = start;
    if (reset) tbody.replaceChildren(...rows);
    else tbody.append(...rows);
    list.offset = offset + rows.length;
    list.total = data.total;
    if (reset) more.hidden = !data.more;
    else lastPage(more, !data.more, rows[0]);
    count();
    // More's rows are said on the status line (the live region): the
    // count beside the list changed without a word to a screen reader.
    if (!reset) status(`${thousands(rows.length)} more shown: ${$(o.count).textContent}`);
    if (!reset && o.moreShown) o.moreShown();
  };
  more.addEventListener("click", once(more, () => load(false)));
  list.reload = () => load(true);
  list.from = (n, upto = 0) => load(true, n, upto);
  list.removed = () => {
    list.offset--;
    list.total--;
    count();
  };
  list.added = () => { // a row deleted and restored (Undo)
    list.offset++;
    list.total++;
    count();
  };
  if (o.filter) filterBox($(o.filter), list.reload);
  return list;
}

// filterBox reloads a list as its filter is typed (a quarter second after
// the last key), or at once on Enter.
function filterBox(input, reload) {
  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      saveState();
      reload();
    }, 250);
  });
  input.form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    clearTimeout(timer);
    saveState();
    reload();
  });
}

// ---- glossary
const glossary = pagedList({ path: "glossary", field: "entries", table: "gloss-table", more: "gloss-more",
  count: "gloss-count", filter: "gloss-q", noun: "entry", nouns: "entries", row: entryRow,
  empty: "No entries of yours yet: add one below, or accept names on the Names tab." });
onShow.glossary = glossary.reload;

// entryRow is an entry of the user's glossary: its variants each with a
// button that removes it, a field that adds one (Enter adds), and a
// button that deletes the entry.
function entryRow(e) {
  const tr = el("tr", { class: "entry" });
  // redraw shows the entry anew, the focus in its new variant's field,
  // which holds typed when given (the spelling just removed).
  const redraw = (typed) => {
    const row = entryRow(e);
    tr.replaceWith(row);
    const input = row.querySelector(".new-variant");
    input.focus();
    if (typed) {
      input.value = typed;
      input.select();
    }
  };
  const input = el("input", { class: "new-variant", dir: "auto", size: 14, placeholder: "new variant",
    "aria-label": `a new variant of ${e.canonical}` });
  input.disabled = readOnly;
  const add = writeButton({ class: "add-variant", "aria-label": `add the variant to ${e.canonical}` }, "Add",
    once("entry " + e.canonical, () => addVariant(e, input.value.trim(), redraw)));
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.isComposing) {
      ev.preventDefault();
      add.click();
    }
  });
  const del = confirmButton({ class: "delete-entry", "aria-label": `delete the entry ${e.canonical}` },
    `press Delete again to delete "${e.canonical}" and its ${plural(e.variants.length, "variant")} from the glossary`,
    once("entry " + e.canonical, () => deleteEntry(e, tr)));
  tr.append(
    el("td", { dir: "auto", class: "canonical", ...langAttr(e.canonical, e.langs) }, e.canonical),
    el("td", {}, ...e.variants.map((v) => variantChip(e, v, redraw)), el("span", { class: "nowrap" }, input, " ", add)),
    el("td", {}, e.kind || ""),
    el("td", {}, e.langs ? e.langs.join(" ") : "all"),
    el("td", {}, del));
  return tr;
}

// A glossary entry stores no language per spelling: textLang tells a
// spelling's language from its script (its first letter's) among the
// entry's languages, else among the language boxes' (the pair under
// review). One language of that script is its lang; none or several
// leave the script said ("und-Arab": a screen reader does not read it
// in English's voice); Latin script with no language of its own takes
// the page's.
const scriptOf = (text) => {
  const m = /\p{L}/u.exec(text);
  if (!m) return "";
  for (const [script, re] of [["Arab", /\p{Script=Arabic}/u], ["Hebr", /\p{Script=Hebrew}/u], ["Cyrl", /\p{Script=Cyrillic}/u],
    ["Grek", /\p{Script=Greek}/u], ["Jpan", /[\p{Script=Hiragana}\p{Script=Katakana}]/u], ["Hani", /\p{Script=Han}/u],
    ["Hang", /\p{Script=Hangul}/u], ["Deva", /\p{Script=Devanagari}/u], ["Thai", /\p{Script=Thai}/u], ["Latn", /\p{Script=Latin}/u]]) {
    if (re.test(m[0])) return script;
  }
  return "";
};
const langScripts = { fa: "Arab", ar: "Arab", ur: "Arab", ps: "Arab", ckb: "Arab", he: "Hebr", yi: "Hebr", ru: "Cyrl", uk: "Cyrl",
  bg: "Cyrl", be: "Cyrl", mk: "Cyrl", sr: "Cyrl", kk: "Cyrl", el: "Grek", ja: "Jpan", zh: "Hani", ko: "Hang", hi: "Deva", ne: "Deva", th: "Thai" };
function textLang(text, entryLangs) {
  const script = scriptOf(text);
  if (!script) return "";
  const fits = (l) => {
    const primary = l.toLowerCase().split("-")[0];
    const ls = langScripts[primary] || "Latn";
    return ls === script || (script === "Hani" && primary === "ja");
  };
  const { src, tgt } = langs();
  const candidates = entryLangs && entryLangs.length ? entryLangs : [src, tgt].filter((l) => l);
  const found = [...new Set(candidates.filter(fits))];
  if (found.length === 1) return found[0];
  return script === "Latn" ? "" : "und-" + script;
}
const langAttr = (text, entryLangs) => {
  const l = textLang(text, entryLangs);
  return l ? { lang: l } : {};
};

// variantChip is a variant of entry e with a button that removes it.
function variantChip(e, v, redraw) {
  // The spelling in its language; the button's English name is not.
  return el("span", { class: "variant", dir: "auto" }, el("span", { dir: "auto", ...langAttr(v, e.langs) }, v),
    writeButton({ class: "remove-variant", title: "remove this variant", "aria-label": `remove the variant ${v} of ${e.canonical}` }, "×",
      once("entry " + e.canonical, () => removeVariant(e, v, redraw))));
}

async function addVariant(e, v, redraw) {
  if (!v) return status(`type the variant of "${e.canonical}" to add first`, true);
  if (v === e.canonical || e.variants.includes(v)) return status(`"${v}" is already in the entry "${e.canonical}"`, true);
  // A spelling another entry has comes back as a conflict (409), shown
  // on the status line. The variant goes to the entry listed: when
  // another window or reviewer deleted it meanwhile, the answer is a 404
  // (POST glossary made a new entry of the one variant), and the list is
  // read again, as an entry's Delete or a variant's × takes a 404.
  try {
    await api("POST", `glossary/${encodeURIComponent(e.canonical)}/variants`, { variants: [v] }, 404);
  } catch (err) {
    if (err.status !== 404) throw err;
    await glossary.reload();
    // The spelling typed waits in Add an entry, with the entry's canonical
    // form, kind and languages (its field went with the entry's row):
    // Add entry makes the entry again with it, if it should be.
    $("new-canonical").value = e.canonical;
    $("new-variants").value = v;
    $("new-kind").value = e.kind || "";
    $("new-langs").value = e.langs ? e.langs.join(" ") : "";
    $("new-variants").focus();
    return status(`"${v}" was not added: the entry "${e.canonical}" was deleted (in another window, or by another reviewer); it waits in Add an entry, where Add entry makes the entry again with it`);
  }
  e.variants.push(v);
  redraw();
  status(`"${v}" is now a variant of "${e.canonical}"`);
}

async function removeVariant(e, v, redraw) {
  const res = await deleteOnce(`glossary/${encodeURIComponent(e.canonical)}/variants/${encodeURIComponent(v)}`);
  if (!res) {
    // The entry, or this spelling of it, went meanwhile (another window,
    // another reviewer, names remove): the list is read again, to show
    // the entries as they are now, as an entry's Delete takes a 404.
    await glossary.reload();
    return status(`"${v}" is no longer a variant of "${e.canonical}" (it was removed in another window, or by another reviewer)`);
  }
  e.variants = e.variants.filter((x) => x !== v);
  // A × pressed by mistake (one click, no question) lost the spelling
  // unless it was typed again: it waits in the entry's field, selected
  // (typing replaces it), and Enter puts it back.
  redraw(v);
  status(`"${v}" is no longer a variant of "${e.canonical}": Enter (or Add) puts it back`);
}

// deleteEntry deletes the entry of row tr; then the row says "Deleted —
// Undo" for undoTime, the focus on Undo, which stores the entry again as
// the DELETE answered it (canonical form, variants, kind, languages: an
// entry is no more) and shows its row again, as a unit's Undo does. Left
// alone, the row goes.
async function deleteEntry(e, tr) {
  const res = await deleteOnce("glossary/" + encodeURIComponent(e.canonical));
  const goes = () => {
    if (tr.contains(document.activeElement)) focusAfter(tr, ".delete-entry", $("gloss-q"));
    tr.remove();
  };
  if (!res || !res.entry) {
    goes();
    glossary.removed();
    return status(`"${e.canonical}" was already deleted (in another window, or by another reviewer)`);
  }
  const cells = [...tr.children];
  let timer;
  const undo = writeButton({ class: "undo", "aria-label": `undo the delete of the entry ${e.canonical}` }, "Undo",
    once("entry " + e.canonical, async () => {
      clearTimeout(timer);
      try {
        await api("POST", "glossary", { entries: [res.entry] });
      } catch (err) {
        // Refused (a variant another entry has taken since: 409) or the
        // server is gone: the row goes; the status line says why.
        goes();
        throw err;
      }
      tr.classList.remove("deleted");
      const row = entryRow(res.entry);
      tr.replaceWith(row);
      glossary.added();
      row.querySelector(".delete-entry").focus();
      status(`"${e.canonical}" restored to the glossary`);
    }));
  tr.classList.add("deleted"); // not counted: removed() counts the rows that are not
  glossary.removed();
  tr.replaceChildren(el("td", { colspan: cells.length }, `Deleted "${e.canonical}" — `, undo));
  undo.focus();
  timer = setTimeout(() => { if (tr.isConnected) goes(); }, undoTime);
  status(`"${e.canonical}" deleted from the glossary: Undo puts it back (for ${undoTime / 1000} seconds)`);
}

// addEntry stores the entry of the form (to an entry of that canonical
// form already stored, the variants are added) and lists it.
const addEntry = once("add-entry", async () => {
  const canonical = $("new-canonical").value.trim();
  if (!canonical) {
    $("new-canonical").focus();
    return status("the canonical form is empty", true);
  }
  const variants = $("new-variants").value.split(",").map((v) => v.trim()).filter((v) => v);
  const entry = { canonical, variants };
  if ($("new-kind").value) entry.kind = $("new-kind").value;
  const langs = $("new-langs").value.split(/[\s,]+/).filter((l) => l);
  if (langs.length) entry.langs = langs;
  await api("POST", "glossary", { entries: [entry] });
  for (const id of ["new-canonical", "new-variants", "new-langs"]) $(id).value = "";
  $("gloss-q").value = canonical;
  await glossary.reload();
  // The entry's variants as stored: to an entry of that canonical form
  // the typed ones are added (it said "with 1 variant" of an entry of 3).
  const row = [...$("gloss-table").tBodies[0].rows].find((r) => r.querySelector(".canonical") && r.querySelector(".canonical").textContent === canonical);
  const n = row ? row.querySelectorAll(".variant").length : variants.length;
  status(`"${canonical}" is in the glossary with ${n} variant${n === 1 ? "" : "s"}`);
});
$("gloss-add").addEventListener("submit", (ev) => {
  ev.preventDefault();
  addEntry();
});

// ---- documents
const documents = pagedList({ path: "documents", field: "documents", table: "docs-table", more: "docs-more",
  count: "docs-count", filter: "docs-q", noun: "document", nouns: "documents", row: documentRow,
  empty: "No documents stored yet: bitext tm import FILE, bitext align A B --into, or the Alignment review tab stores them." });
// Shown again, the tab reads the list and an open document's units anew.
// A document named in the address (a reload, Back) is opened once the
// list is read: from its row when the list shows it.
onShow.documents = async () => {
  const open = docToOpen;
  docToOpen = "";
  // Both read before the tab is put back at its place (backToPlace).
  // The rows More added are read again with the first (a place down
  // them was put at the page's end).
  const units = docUnits.doc && !open ? loadUnits(docUnits.doc, docUnits.start, docUnits.offset) : undefined;
  await documents.reload();
  await units;
  if (!open) return;
  const row = [...$("docs-table").tBodies[0].rows].find((r) => r.querySelector(".open-doc").textContent === open);
  if (row) {
    row.querySelector(".open-doc").click();
    await row.opened;
  } else await openDocument({ name: open, units: 0 }, null);
};

// when shows an RFC 3339 time of the server (UTC) to the minute.
const when = (t) => t.slice(0, 16).replace("T", " ") + " UTC";

// documentRow is a stored document: its name opens its units below the
// list, and a button deletes them all.
function documentRow(d) {
  const tr = el("tr", { class: "document" });
  const open = el("button", { type: "button", class: "open-doc link", dir: "auto", title: "show its units",
    "aria-label": `show the units of ${d.name}` }, d.name);
  // tr.opened: onShow.documents waits for the units a click reads.
  open.addEventListener("click", () => { tr.opened = openDocument(d, tr); });
  // The import log says when the document was stored; units that came
  // under another file's name (a TMX that names their file) have no date.
  const stored = d.first_stored ? [when(d.first_stored), ...(when(d.last_stored) !== when(d.first_stored) ? [el("br"), "last " + when(d.last_stored)] : [])]
    : [el("span", { class: "origin", title: "the import log has no entry of this name" }, "unknown")];
  tr.append(el("td", { class: "name" }, open), el("td", { class: "score units" }, thousands(d.units)),
    el("td", {}, d.langs.join(" ")), el("td", { class: "stored" }, ...stored),
    el("td", { class: "nowrap" }, el("button", { type: "button", class: "export-doc", title: "its units in a TMX file",
      "aria-label": `export the document ${d.name} as TMX`, onclick: once("export " + d.name, () => exportTMX(d.name)) }, "Export"), " ", confirmButton({ class: "delete-doc", "aria-label": `delete the document ${d.name}` },
      `press Delete again to delete the ${thousands(d.units)} unit${d.units === 1 ? "" : "s"} of "${d.name}" from the TM`,
      once("doc " + d.name, () => deleteDocument(d, tr)))));
  return tr;
}

// deleteDocument deletes the units of the document of row tr; when the
// server answered them whole (a document of up to 1,000 units), the row
// says "Deleted — Undo" for undoTime, the focus on Undo, which stores them
// again as they were (POST documents/restore: their ids, dates, props,
// every language) and shows the row again, as a unit's Undo does. Left
// alone, or without the units, the row goes.
async function deleteDocument(d, tr) {
  const res = await deleteOnce("documents/" + encodeURIComponent(d.name));
  const goes = () => {
    if (tr.contains(document.activeElement)) focusAfter(tr, ".delete-doc", $("docs-q"));
    tr.remove();
  };
  // The open document deleted closes as Close does: a row that opened
  // it made a step for Back, which went back to the list (the same, an
  // extra Back) instead of the tab before.
  if (docUnits.doc && docUnits.doc.name === d.name) closeFromPanel();
  const went = res && `document "${d.name}" deleted: ${thousands(res.deleted)} unit${res.deleted === 1 ? "" : "s"} went from the TM`;
  if (!res || !res.units) {
    focusAfter(tr, ".delete-doc", $("docs-q"));
    tr.remove();
    documents.removed();
    return status(went || `document "${d.name}" was already deleted (in another window, or by another reviewer)`);
  }
  const cells = [...tr.children];
  let timer;
  const undo = writeButton({ class: "undo", "aria-label": `undo the delete of the document ${d.name}` }, "Undo",
    once("doc " + d.name, async () => {
      clearTimeout(timer);
      try {
        await api("POST", "documents/restore", { units: res.units });
      } catch (err) {
        // Refused (a unit stored again since: 409) or the server is gone:
        // the row goes; the status line says why.
        goes();
        throw err;
      }
      tr.classList.remove("deleted");
      tr.replaceChildren(...cells);
      const del = tr.querySelector(".delete-doc");
      del.disarm();
      documents.added();
      del.focus();
      status(`document "${d.name}" restored: ${thousands(res.deleted)} unit${res.deleted === 1 ? "" : "s"} back in the TM`);
    }));
  tr.classList.add("deleted"); // not counted: removed() counts the rows that are not
  documents.removed();
  tr.replaceChildren(el("td", { colspan: cells.length }, `Deleted "${d.name}" — `, undo));
  undo.focus();
  timer = setTimeout(() => { if (tr.isConnected) goes(); }, undoTime);
  status(`${went}: Undo puts ${res.deleted === 1 ? "it" : "them"} back (for ${undoTime / 1000} seconds)`);
}

// ---- import and export
// Import sends the file chosen to POST import, named as it is (the
// document its units come from); a TSV or JSON Lines file, which names
// no languages, in the language boxes' pair. The status line says what
// tm import's line says; the list is read again. Export (the TM, or a
// document's row) reads GET export as TMX and saves it as a download: a
// translator had to go to the command line to import a client's TMX or
// hand a document's pairs on.
const importFile = once("import", async () => {
  const f = $("import-file").files[0];
  if (!f) {
    $("import-file").focus();
    return status("choose the file to import first (Import a file)", true);
  }
  const p = new URLSearchParams({ name: f.name });
  if (/\.(tsv|jsonl)(\.gz)?$/i.test(f.name)) {
    const l = pair();
    if (!l) return;
    p.set("src", l.src);
    p.set("tgt", l.tgt);
  }
  let st, fell = "";
  for (;;) {
    try {
      st = await api("POST", "import?" + p, f, [400, 413]);
      break;
    } catch (err) {
      // Another file that names no languages (an XLIFF without
      // target-language, a PO without Language): the server's answer
      // (importFile's, for tm.ErrNeedLangs) said to give them in the
      // query, which a page's user cannot do. It is read again in the
      // languages at the top, as a TSV file is, and the line says so.
      if (err.status === 400 && !p.has("src") && /; give the languages in the query: /.test(err.message || "")) {
        const l = pair();
        if (!l) return;
        p.set("src", l.src);
        p.set("tgt", l.tgt);
        fell = ` (it names no languages: read as ${l.src} → ${l.tgt}, the languages at the top)`;
        continue;
      }
      if (err.status === 400) {
        // tm import's hint names its flags: here they are the boxes.
        status((err.message || "").replace(/give --src and --tgt of the file's pair/, "set the languages at the top to the file's pair"), true);
        err.said = true;
        throw err;
      }
      if (err.status !== 413) throw err;
      // The server's words (bytes, gzip -k FILE) are for the command line.
      const over = /over (\d+) bytes/.exec(err.message || ""), mb = (n) => `${thousands(Math.ceil(n / 1048576))} MB`;
      return status(`${f.name} is ${mb(f.size)}, over the ${over ? mb(Number(over[1])) : "largest file"} this server takes: nothing was stored. ` +
        "Compress it (a .tmx.gz or .xlf.gz is read as it is), or have it imported on the server (bitext tm import)", true);
    }
  }
  const units = (n) => `${thousands(n)} unit${n === 1 ? "" : "s"}`;
  status(`${f.name}: ${units(st.read)} read, ${thousands(st.added)} added, ${thousands(st.merged)} merged` +
    (st.left_out ? `, ${thousands(st.left_out)} left out` : "") + (st.warning ? ` (${st.warning})` : "") +
    (st.header ? ` (its first line, “${st.header.replace(/\t/g, " → ")}”, names the columns: not stored)` : "") + fell);
  $("import-file").value = "";
  $("docs-q").value = "";
  saveState();
  await documents.reload();
});
$("import-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  importFile();
});

// exportTMX saves the TM (doc "") or the document doc as a TMX file. On
// a server whose reads need no token the browser reads GET export itself
// (a link, saved under the name its Content-Disposition gives): the file
// goes to disk as it comes, as curl -o writes it, where a fetch into a
// Blob held the whole of it in the tab's memory first (516 MB for a TM
// of a million units). HEAD first: a refusal or a server gone is said on
// the status line, not only in the downloads. A token goes in a header,
// which a link cannot send (in its address it would land in access logs
// and the history): there the export is read into a Blob as before.
async function exportTMX(doc) {
  const path = "export" + (doc ? "?" + new URLSearchParams({ doc }) : "");
  const name = (doc ? doc.split(/[/\\]/).pop() : "bitext") + ".tmx", what = doc ? `"${doc}"` : "the TM";
  if (!readToken) {
    await api("HEAD", path, undefined, undefined, true);
    const a = el("a", { href: "api/v1/" + path, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    return status(`${what} is being exported to ${name}: see your downloads`);
  }
  const blob = await api("GET", path, undefined, undefined, true);
  const a = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  const size = blob.size < 1 << 20 ? `${thousands(Math.ceil(blob.size / 1024))} KB` : `${thousands(Math.round(blob.size / (1 << 20)))} MB`;
  status(`${what} exported to ${name} (${size}): see your downloads`);
}
$("export-tm").addEventListener("click", once("export", () => exportTMX("")));

// A document's units, shown under the list a page at a time in the
// order they were stored, each with its aligner score (under 0.8 marked:
// lookups lower such a pair's matches) and Edit and Delete buttons.
const docUnits = pagedList({ path: "units", field: "units", table: "doc-units-table", more: "doc-units-more",
  count: "doc-units-count", noun: "unit", nouns: "units", row: docUnitRow,
  params: () => ({ doc: docUnits.doc.name }), moreShown: saveState,
  // "Show from unit"'s box goes up to the document's last unit, in step
  // with its count: after a delete it kept the count read with the rows
  // (its arrow went to 5,000 of 4,999, where Enter then said 1 to 4,999).
  counted: (total) => { $("doc-units-from").max = total; } });

async function openDocument(d, tr) {
  docUnits.doc = d;
  // From the address, at the unit it names; from its row, at the first.
  docUnits.start = docFrom;
  // The address's to= (More's rows when the page was left): read again.
  docUnits.offset = Math.max(docFrom, docTo);
  docFrom = 0;
  docTo = 0;
  docUnits.docRow = tr;
  $("doc-units-name").textContent = d.name;
  $("doc-units").hidden = false;
  // A document opened from its row is a step of its own: Back closes it
  // (it left the Documents tab). One opened from the address is there.
  if (location.hash !== tabHash("documents")) history.pushState({ doc: d.name }, "", tabHash("documents"));
  const found = await loadUnits(d, docUnits.start, docUnits.offset);
  $("doc-units-title").focus();
  if (found) status(`Units of "${d.name}": Edit corrects a pair, Delete removes it`);
}

// loadUnits reads the units of the open document d from the one at
// offset start: false when the TM has no such document (an old bookmark,
// a mistyped address, a document deleted since), which the panel says in
// place of an empty table. A start past the document's end (units deleted
// since the address was kept) reads it from its first unit.
async function loadUnits(d, start = 0, upto = 0) {
  try {
    await docUnits.from(start, upto);
    if (start > 0 && start >= docUnits.total && docUnits.doc === d) {
      await docUnits.reload();
      saveState();
    }
  } catch (err) {
    if (err.status !== 404 || docUnits.doc !== d) throw err;
    docMissing(d.name);
    status(`the TM has no document "${d.name}"`, true);
    return false;
  }
  docMissing("");
  return true;
}

// docMissing says in the units panel that the TM has no document name
// ("" puts the table back).
function docMissing(name) {
  $("doc-units-missing").hidden = !name;
  $("doc-units-what").textContent = name;
  for (const id of ["doc-units-table", "doc-units-note", "doc-units-count"]) $(id).hidden = !!name;
  // The box to go to a unit, for a document of more than a page.
  $("doc-units-goto").hidden = !!name || docUnits.total <= 100;
  if (name) $("doc-units-more").hidden = true;
}
// The box "Show from unit N": the document's units from its Nth (the
// API's offset N-1), in place of those shown; the focus stays in the box
// (Tab goes on to the first row shown), the status line says which.
const goToUnit = once("doc-units-goto", async () => {
  const box = $("doc-units-from"), n = Number(box.value.trim());
  if (!Number.isInteger(n) || n < 1 || n > docUnits.total) {
    box.focus();
    return status(`Type a unit's place from 1 to ${thousands(docUnits.total)}: the document has ${plural(docUnits.total, "unit")}`, true);
  }
  await docUnits.from(n - 1);
  saveState(); // a reload starts there again
  status(`${$("doc-units-count").textContent} shown`);
});
$("doc-units-goto").addEventListener("submit", (ev) => {
  ev.preventDefault();
  goToUnit();
});
$("doc-units-list").addEventListener("click", () => {
  closeFromPanel();
  $("docs-q").focus();
});

// closeDocument hides the open document's units; the address follows
// unless keepAddress (history.back() is on its way to the list's).
function closeDocument(keepAddress) {
  $("doc-units").hidden = true;
  $("doc-units-table").tBodies[0].replaceChildren();
  docUnits.doc = null;
  if (!keepAddress) saveState();
}
// closeFromPanel closes the document from its panel (Close, the list):
// as Back does when its row opened it, so that Back then leaves the tab
// (not open the document again), Forward opens it again.
function closeFromPanel() {
  const opened = docUnits.doc && history.state && history.state.doc === docUnits.doc.name;
  closeDocument(opened);
  if (opened) history.back();
}
$("doc-units-close").addEventListener("click", () => {
  const row = docUnits.docRow;
  closeFromPanel();
  if (row && row.isConnected) row.querySelector(".open-doc").focus();
});

// lowScore is the aligner's score under which lookups lower a pair's
// matches (tm's aligned-pair penalty).
const lowScore = 0.8;

// docUnitRow is a unit of the open document: its id, source and target
// (the variant in its source language, then the first other), its
// aligner score, and buttons that edit either text and delete it.
function docUnitRow(u) {
  const si = Math.max(0, u.variants.findIndex((v) => v.lang === u.src_lang));
  const src = u.variants[si], tgt = u.variants.find((_, i) => i !== si) || { lang: "", text: "" };
  const cell = (v) => el("div", { dir: "auto", class: "text", lang: v.lang, title: v.lang }, v.text);
  const s = cell(src), t = cell(tgt);
  const score = el("td", { class: "score" });
  const showScore = () => {
    score.className = "score" + (u.align_score && u.align_score < lowScore ? " low" : "");
    score.replaceChildren(u.align_score ? u.align_score.toFixed(2) : el("span", { class: "origin" }, u.changed_by || u.edited ? "edited" : "—"));
    // A target an edit replaced (here, tm edit, a reviewed XLIFF export)
    // is kept as x-bitext-was, the last ones of each language.
    const was = (u.props || []).filter((p) => p.type === "x-bitext-was" && p.lang === tgt.lang).pop();
    score.title = u.align_score ? (u.align_score < lowScore ? `aligned pair scored ${u.align_score.toFixed(2)}: lookups lower its matches` : "the aligner's score")
      : was ? `edited: the target was "${was.text}"` : "not an aligned pair (or edited since)";
  };
  showScore();
  const tr = el("tr", { class: "unit", "data-unit": u.id }, el("td", { class: "score" }, "#" + u.id),
    el("td", {}, s), el("td", {}, t), score, el("td", { class: "nowrap" }));
  const sides = [{ cell: s, lang: src.lang, was: src.text }];
  if (tgt.lang) sides.push({ cell: t, lang: tgt.lang, was: tgt.text });
  tr.lastChild.append(...unitButtons(u.id, sides, tr, {
    fallback: $("doc-units-title"),
    saved: (changed) => {
      // An edited pair is a person's: it has no aligner score any more.
      u.align_score = 0;
      for (const c of changed) {
        if (c.replaced && c.replaced !== c.cell.textContent.trim()) u.props = [...(u.props || []), { type: "x-bitext-was", lang: c.lang, text: c.replaced }];
      }
      u.edited = true;
      showScore();
    },
    lost: () => docGone(docUnits.doc),
    deleted: () => {
      docUnits.removed();
      const d = docUnits.doc, row = docUnits.docRow;
      d.units--;
      if (row && row.isConnected) row.querySelector(".units").textContent = d.units;
    },
    restored: () => {
      docUnits.added();
      const d = docUnits.doc, row = docUnits.docRow;
      d.units++;
      if (row && row.isConnected) row.querySelector(".units").textContent = d.units;
    },
  }));
  return tr;
}

// docGone follows a unit of the open document d that the TM no longer
// has: when the document is gone too (deleted in another window, or by
// another reviewer), it says so once and takes the document out of the
// list; its units stay shown, struck through, the text typed in them kept
// to copy, none offered to save. Each unit's save was refused one at a
// time while the list and the panel still showed the document. It
// returns true when the document is gone (said once, here), false when
// the unit alone is (its row says so).
async function docGone(d) {
  if (!d || docUnits.doc !== d) return false;
  if (d.gone) return true;
  try {
    await api("GET", "units?" + new URLSearchParams({ doc: d.name, limit: 1 }), undefined, 404);
    return false; // the unit alone is gone: its row says so
  } catch (err) {
    if (err.status !== 404) return false;
  }
  if (docUnits.doc !== d) return false;
  if (d.gone) return true;
  d.gone = true;
  for (const tr of $("docs-table").tBodies[0].rows) {
    const b = tr.querySelector(".open-doc");
    if (b && b.textContent === d.name) tr.remove();
  }
  const table = $("doc-units-table");
  if (table.contains(document.activeElement)) $("doc-units-title").focus(); // its buttons are disabled
  for (const tr of table.tBodies[0].rows) {
    tr.classList.add("gone");
    for (const c of tr.querySelectorAll("[contenteditable]")) c.contentEditable = "false";
    for (const b of tr.querySelectorAll("button")) b.disabled = true;
  }
  $("doc-units-more").hidden = true;
  $("doc-units-goto").hidden = true;
  status(`the document "${d.name}" was deleted since this page read it (in another window, or by another reviewer): none of its units can be saved; the text typed stays in its row, to copy`, true);
  return true;
}

// Leaving the page (closing the tab, a reload, another address) with a
// unit's edit typed and not saved, or beads reviewed and not stored, asks
// first: both went without a word (the review is kept for a reload of
// this tab, not for a tab closed).
window.addEventListener("beforeunload", (ev) => {
  const editing = [...document.querySelectorAll('[contenteditable="true"]')].some((c) => c.dataset.before !== undefined && c.textContent !== c.dataset.before);
  if (editing || (unstored && beads.length)) {
    ev.preventDefault();
    ev.returnValue = "";
  }
});

{
  const { tab, params } = hashParts();
  showTab(tab, params);
  // A reload (or Back into the page from another site): where the tab
  // was (showTab puts back only a tab left); the page opened anew from
  // a link or a typed address starts at its top.
  const nav = performance.getEntriesByType("navigation")[0];
  if (nav && (nav.type === "reload" || nav.type === "back_forward")) backToPlace(tab, onShowing);
}
