"""A tmserver client as Weblate's machinery speaks to a tmserver
(weblate/machinery/tmserver.py: GET {base}/languages/, then
GET {base}/{src}/{tgt}/unit/{text} with codes lower-cased with
underscores, the text cut at 500 characters with carriage returns as
spaces and percent-encoded whole, and suggestions under quality 75
dropped), side by side with Translate Toolkit's own tmdb.translate_unit
over the same TMX file.

usage: weblate_client.py TMX BASE_URL QUERIES SRC TGT
prints one JSON line a query: {"query", "ttk", "ours", "ours_quality",
"ttk_quality"} with the top suggestion of each (null for none), then a
line {"languages": [...]} with the pairs the server offers.
"""

import json
import sys
import urllib.request
from urllib.parse import quote

from translate.storage import factory, tmdb

THRESHOLD = 75  # Weblate's default machinery threshold


def api_url(base, *parts):
    return "/".join([base.rstrip("/")] + [quote(p, safe="") for p in parts])


def code(lang):
    return lang.replace("-", "_").lower()


def main():
    tmx_path, base, queries_path, src, tgt = sys.argv[1:6]
    db = tmdb.TMDB(":memory:")  # tmdb's defaults: 3 candidates, similarity 75
    db.add_store(factory.getobject(tmx_path), src, tgt)
    with urllib.request.urlopen(api_url(base, "languages", "")) as res:
        langs = json.load(res)
    pairs = [[s, t] for s in langs["sourceLanguages"] for t in langs["targetLanguages"]]
    with open(queries_path, encoding="utf-8") as f:
        queries = f.read().splitlines()
    for q in queries:
        ttk = db.translate_unit(q, src, tgt)
        text = q[:500].replace("\r", " ").encode()
        with urllib.request.urlopen(api_url(base, code(src), code(tgt), "unit", text)) as res:
            ours = [s for s in json.load(res) if int(s["quality"]) >= THRESHOLD]
        print(json.dumps({
            "query": q,
            "ttk": ttk[0]["target"] if ttk else None,
            "ttk_quality": ttk[0]["quality"] if ttk else None,
            "ours": ours[0]["target"] if ours else None,
            "ours_quality": ours[0]["quality"] if ours else None,
        }, ensure_ascii=False))
    print(json.dumps({"languages": pairs}))


if __name__ == "__main__":
    main()
