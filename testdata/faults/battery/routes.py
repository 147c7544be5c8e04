import http.client, json, socket, sys, time
HOST, PORT = sys.argv[1], int(sys.argv[2])
BIG = int(sys.argv[3]) if len(sys.argv) > 3 else 33 << 20
results = []
def req(name, method, path, body=None, headers=None, expect=None):
    h = {"Host": "127.0.0.1"}
    if headers: h.update(headers)
    if body is not None and not isinstance(body, bytes): body = body.encode()
    c = http.client.HTTPConnection(HOST, PORT, timeout=60)
    try:
        c.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for k, v in h.items(): c.putheader(k, v)
        if body is not None and "Content-Length" not in h: c.putheader("Content-Length", str(len(body)))
        c.endheaders()
        if body: c.send(body)
        r = c.getresponse(); data = r.read()
    except Exception as e:
        results.append((name, method, path[:80], "EXC", "FAIL", repr(e)[:200])); return
    finally:
        c.close()
    ct = r.getheader("Content-Type", "")
    flags = []
    if r.status >= 500 and r.status != 503: flags.append("5xx")
    if r.status >= 400:
        if "json" not in ct: flags.append("notjson:" + ct)
        elif method != "HEAD":
            try:
                j = json.loads(data)
                if "error" not in j: flags.append("noerrorfield")
            except Exception: flags.append("badjson")
    if r.status == 405 and not r.getheader("Allow"): flags.append("noAllow")
    if expect and r.status not in expect: flags.append("want%s" % expect)
    results.append((name, method, path[:80], r.status, " ".join(flags) or "ok", data[:200].decode("utf-8", "replace").replace("\n", "|")))

J = {"Content-Type": "application/json"}
posts = {
 "/api/v1/lookup": {"src": "en", "tgt": "fr", "queries": ["Tehran"]},
 "/api/v1/segment": {"text": "Hello. World.", "lang": "en"},
 "/api/v1/align": {"src": "en", "tgt": "fr", "src_text": "Hello.", "tgt_text": "Bonjour."},
 "/api/v1/normalize": {"text": "Saeedreza came.", "lang": "en"},
 "/api/v1/check": {"text": "Saeedreza came.", "lang": "en"},
 "/api/v1/names/discover": {"text": "Saeedreza came. Saeed Reza left.", "lang": "en"},
 "/api/v1/glossary": {"entries": [{"canonical": "Foo Bar", "variants": ["Foobar"]}]},
 "/api/v1/units": {"src": "en", "tgt": "fr", "pairs": [{"source": "Hi there.", "target": "Salut."}]},
}
wrongshape = {
 "/api/v1/lookup": [{"src": "en", "tgt": "fr", "queries": "Tehran"}, {"src": 5, "tgt": "fr", "queries": ["x"]}, [1,2], "str", {"src": "en", "tgt": "fr", "queries": [None]}, {"src": "en", "tgt": "fr", "queries": ["x"], "min": -5}, {"src": "en", "tgt": "fr", "queries": ["x"], "max": 10**12}, {"src":"en","tgt":"fr","queries":[]}, {"src":"en","tgt":"fr","queries":["x"],"unknown":1}, {"src":"en","tgt":"fr","queries":["x"], "min": 1.5}],
 "/api/v1/segment": [{"text": 5, "lang": "en"}, {"text": "x"}, {"text": "x", "lang": "xx-!!"}, {"text": "x", "lang": "en", "quotes": "maybe"}, None, {"text": "", "lang": "en"}],
 "/api/v1/align": [{"src": "en", "tgt": "fr"}, {"src": "xx-!!", "tgt": "fr", "src_text": "a", "tgt_text": "b"}, {"src": "en", "tgt": "fr", "src_text": ["a"], "tgt_text": "b"}, {"src": "en", "tgt": "fr", "src_text": "a", "tgt_text": "b", "quotes": "x"}, {"src":"en","tgt":"en","src_text":"a","tgt_text":"b"}, {"src":"en","tgt":"fr","src_text":"","tgt_text":""}],
 "/api/v1/normalize": [{"text": None}, {"text": "x", "lang": "xx-!!"}, {"lang": "en"}, {"text": ["x"]}],
 "/api/v1/check": [{"text": None}, {"text": "x", "lang": "xx-!!"}, {"lang": "en"}],
 "/api/v1/names/discover": [{"text": "x", "min_confidence": 2}, {"text": "x", "min_confidence": -1}, {"text": "x", "lang": "xx-!!"}, {"text": 1}],
 "/api/v1/glossary": [{"entries": [{"canonical": ""}]}, {"entries": [{"canonical": "A", "kind": "alien"}]}, {"entries": [{"canonical": "A", "langs": ["xx-!!"]}]}, {"entries": {}}, {"entries": []}, {"entries": [{"canonical": "A", "variants": [""]}]}, {"entries": [{"canonical": "w " * 3000}]}, {"entries": [{"canonical": "A\u0000B"}]}, {"entries":[{"canonical":"A","variants":[None]}]}],
 "/api/v1/units": [{"src": "en", "tgt": "fr", "pairs": [{"source": "", "target": "x"}]}, {"src": "xx-!!", "tgt": "fr", "pairs": [{"source": "a", "target": "b"}]}, {"src": "en", "tgt": "fr"}, {"src": "en", "tgt": "fr", "pairs": [{"source": "a", "target": "b", "score": 7}]}, {"src": "en", "tgt": "en", "pairs": [{"source": "a", "target": "b"}]}, {"src":"en","tgt":"fr","pairs":[{"source":"a\u0000b","target":"b"}]}, {"src":"en","tgt":"fr","pairs":[{"source":"a","target":"b","score":float('nan') if False else -1}]}],
}
# happy paths
for p, b in posts.items(): req("ok", "POST", p, json.dumps(b), J)
for p in ["/api/v1/lookup?q=Tehran&src=en&tgt=fr", "/api/v1/concordance?term=Tehran&src=en", "/api/v1/glossary", "/api/v1/stats", "/api/v1/health", "/api/v1/export", "/api/v1/documents", "/api/v1/units?doc=al.jsonl", "/api/v1/units/1", "/", "/tmserver/languages/", "/tmserver/en/fr/unit/Tehran", "/api/v1/openapi.json"]:
    req("ok", "GET", p)
# wrong method on every route
routes = [("GET","/api/v1/openapi.json"),("GET","/api/v1/lookup"),("POST","/api/v1/lookup"),("GET","/api/v1/concordance"),("POST","/api/v1/segment"),("POST","/api/v1/align"),("POST","/api/v1/normalize"),("POST","/api/v1/check"),("POST","/api/v1/names/discover"),("GET","/api/v1/glossary"),("DELETE","/api/v1/glossary/X"),("DELETE","/api/v1/glossary/X/variants/Y"),("GET","/api/v1/units"),("POST","/api/v1/units"),("GET","/api/v1/stats"),("GET","/api/v1/health"),("POST","/api/v1/import"),("GET","/api/v1/export"),("GET","/api/v1/units/1"),("GET","/api/v1/documents"),("DELETE","/api/v1/documents/x"),("GET","/tmserver/languages/"),("GET","/tmserver/en/fr/unit/x"),("GET","/tmserver/en/fr/store/x"),("GET","/"),("GET","/static/app.js")]
for m, p in routes:
    for wm in ["PUT", "PATCH", "OPTIONS", "TRACE", "FOO"]:
        req("wrongmethod", wm, p, expect=[405, 404, 501])
    req("head", "HEAD", p)
# bodies
for p in list(posts) + ["/api/v1/units/1"]:
    m = "PATCH" if p.endswith("/1") else "POST"
    req("badjson", m, p, '{"src": "en", ', J, expect=[400])
    req("badjson2", m, p, '{"a":1}{"b":2}', J, expect=[400])
    req("emptybody", m, p, "", J, expect=[400])
    req("nobody", m, p, None, J, expect=[400, 411])
    req("wrongct", m, p, json.dumps(posts.get(p, {"text": "x"})), {"Content-Type": "text/plain"}, expect=[400, 415, 200])
    req("formct", m, p, "a=b", {"Content-Type": "application/x-www-form-urlencoded"}, expect=[400, 415])
    req("notutf8", m, p, b'{"text": "caf\xe9", "lang": "en", "src":"en","tgt":"fr","queries":["caf\xe9"]}', J, expect=[400])
    req("bom", m, p, b'\xef\xbb\xbf' + json.dumps(posts.get(p, {"text":"x"})).encode(), J)
    req("nulljson", m, p, "null", J, expect=[400])
    req("arrayjson", m, p, "[]", J, expect=[400])
    for ws in wrongshape.get(p, []):
        req("wrongshape", m, p, json.dumps(ws), J, expect=[400, 200])
    req("overlimit", m, p, b'{"text":"' + b"a" * BIG + b'"}', J, expect=[413])
# query params
q = [("missing", "/api/v1/lookup?src=en&tgt=fr"), ("missing2", "/api/v1/lookup?q=x"), ("repeated", "/api/v1/lookup?q=a&q=b&src=en&tgt=fr"), ("repeatedlang", "/api/v1/lookup?q=a&src=en&src=de&tgt=fr"),
     ("notutf8", "/api/v1/lookup?q=caf%E9&src=en&tgt=fr"), ("badesc", "/api/v1/lookup?q=%zz&src=en&tgt=fr"), ("semicolon", "/api/v1/lookup?q=a;b&src=en&tgt=fr"),
     ("toolong", "/api/v1/lookup?q=" + "a" * 200000 + "&src=en&tgt=fr"), ("long", "/api/v1/lookup?q=" + "a%20" * 3000 + "&src=en&tgt=fr"),
     ("badlang", "/api/v1/lookup?q=a&src=xx-!!&tgt=fr"), ("badmin", "/api/v1/lookup?q=a&src=en&tgt=fr&min=abc"), ("negmin", "/api/v1/lookup?q=a&src=en&tgt=fr&min=-1"), ("bigmax", "/api/v1/lookup?q=a&src=en&tgt=fr&max=99999999999999999999"),
     ("conc-missing", "/api/v1/concordance?src=en"), ("conc-badlang", "/api/v1/concordance?term=x&src=!!"), ("conc-notutf8", "/api/v1/concordance?term=%FF&src=en"), ("conc-negoff", "/api/v1/concordance?term=x&src=en&offset=-1"), ("conc-max", "/api/v1/concordance?term=x&src=en&max=abc"),
     ("gl-limit", "/api/v1/glossary?limit=-1"), ("gl-off", "/api/v1/glossary?offset=abc"), ("gl-q", "/api/v1/glossary?q=%FF"),
     ("units-missing", "/api/v1/units"), ("units-limit", "/api/v1/units?doc=x&limit=-5"), ("units-doc-notutf8", "/api/v1/units?doc=%FF"),
     ("docs-limit", "/api/v1/documents?limit=abc"), ("docs-q", "/api/v1/documents?q=%FF%FE"),
     ("export-format", "/api/v1/export?format=xml"), ("export-src", "/api/v1/export?format=tsv&src=en"), ("export-lang", "/api/v1/export?src=!!&tgt=fr"), ("export-origin", "/api/v1/export?origin=foo"), ("export-doc", "/api/v1/export?doc=nosuch"), ("export-since", "/api/v1/export?since=yesterday"),
     ("unit-id-abc", "/api/v1/units/abc"), ("unit-id-neg", "/api/v1/units/-1"), ("unit-id-0", "/api/v1/units/0"), ("unit-id-huge", "/api/v1/units/99999999999999999999999"), ("unit-id-none", "/api/v1/units/999999"),
     ("tms-badlang", "/tmserver/xx!!/fr/unit/hello"), ("tms-nul", "/tmserver/en/fr/unit/a%00b"), ("tms-slash", "/tmserver/en/fr/unit/a%2Fb"), ("tms-dotdot", "/tmserver/en/fr/unit/../../etc/passwd"), ("tms-notutf8", "/tmserver/en/fr/unit/caf%E9"), ("tms-min", "/tmserver/en/fr/unit/x?min_similarity=abc"), ("tms-max", "/tmserver/en/fr/unit/x?max_candidates=0"), ("tms-long", "/tmserver/en/fr/unit/" + "a" * 1200), ("tms-empty", "/tmserver/en/fr/unit/"),
     ("path-nul", "/api/v1/stats%00"), ("path-dotdot", "/api/v1/../../etc/passwd"), ("path-static-dotdot", "/static/../server.go"), ("path-static-2f", "/static/..%2Fserver.go"), ("path-nul2", "/static/app.js%00"), ("path-notfound", "/nosuch"), ("path-notutf8", "/api/v1/%FF"), ("path-badesc", "/api/v1/%zz"),
     ("tms-store-get", "/tmserver/en/fr/store/x"), ("tms-lang-underscore", "/tmserver/en_US/fr/unit/x"), ("tms-lang-empty", "/tmserver//fr/unit/x"),
     ]
for n, p in q: req(n, "GET", p)
# deletes with weird paths
for p in ["/api/v1/glossary/%00", "/api/v1/glossary/a%2Fb", "/api/v1/glossary/..", "/api/v1/glossary/%FF", "/api/v1/glossary/Nobody", "/api/v1/glossary/Nobody/variants/x", "/api/v1/documents/%00", "/api/v1/documents/..%2F..%2Fetc", "/api/v1/documents/%FF", "/api/v1/documents/nosuch", "/api/v1/units/abc", "/api/v1/units/999999", "/tmserver/en/fr/unit/x", "/tmserver/en/fr/store/x", "/tmserver/xx!!/fr/store/x"]:
    req("delete", "DELETE", p, expect=[400, 404, 200, 204])
# patch units
for b in ['{"text": ""}', '{"text": 5}', '{"lang": "xx-!!", "text": "x"}', '{"text":"x","was":"wrong"}', '{"text":"x","lang":"de"}']:
    req("patch", "PATCH", "/api/v1/units/1", b, J, expect=[400, 404, 409, 200])
req("patch-abc", "PATCH", "/api/v1/units/abc", '{"text":"x"}', J)
# import
for n, body, qs, ct in [("imp-empty", b"", "", "application/octet-stream"), ("imp-trunc", open("/tmp/f36/trunc.tmx","rb").read(), "?name=t.tmx", "application/octet-stream"),
      ("imp-latin1", open("/tmp/f36/latin1.txt","rb").read(), "", "application/octet-stream"), ("imp-u16", open("/tmp/f36/u16bom.txt","rb").read(), "", "application/octet-stream"),
      ("imp-nul", open("/tmp/f36/nul.txt","rb").read(), "", "application/octet-stream"), ("imp-fmt", b"x", "?format=xml", "application/octet-stream"), ("imp-lang", b"a\tb\n", "?format=tsv&src=!!&tgt=fr", "application/octet-stream"),
      ("imp-name", b"a\tb\n", "?format=tsv&src=en&tgt=fr&name=..%2F..%2Fetc%2Fpasswd", "application/octet-stream"), ("imp-name-nul", b"a\tb\n", "?format=tsv&src=en&tgt=fr&name=a%00b", "application/octet-stream"),
      ("imp-dry", b"a\tb\n", "?format=tsv&src=en&tgt=fr&dry_run=maybe", "application/octet-stream"),
      ("imp-multipart-bad", b"--xx\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\ntrunc", "", "multipart/form-data; boundary=xx"),
      ("imp-multipart-noboundary", b"abc", "", "multipart/form-data"), ("imp-json", b'{"a":1}', "", "application/json"), ("imp-gz-bad", b"\x1f\x8b\x08\x00garbage", "?name=x.tmx.gz", "application/octet-stream"),
      ("imp-tbx", open("/tmp/f36/g.tbx","rb").read()[:5000], "", "application/octet-stream")]:
    req(n, "POST", "/api/v1/import" + qs, body, {"Content-Type": ct}, expect=[400, 413, 415])
req("imp-over", "POST", "/api/v1/import?format=tsv&src=en&tgt=fr", b"a\tb\n" * (BIG // 4 + 10), {"Content-Type": "application/octet-stream"}, expect=[413])
# tmserver writes
for n, m, p, b in [("tms-post-bad", "POST", "/tmserver/en/fr/unit/x", "{bad"), ("tms-post-shape", "POST", "/tmserver/en/fr/unit/x", '{"source": 5}'), ("tms-post-empty", "POST", "/tmserver/en/fr/unit/x", ""),
                   ("tms-put-bad", "PUT", "/tmserver/en/fr/unit/x", "[1]"), ("tms-store-bad", "POST", "/tmserver/en/fr/store/x.po", "garbage"), ("tms-store-json", "PUT", "/tmserver/en/fr/store/x", '{"bad":'),
                   ("tms-store-lang", "POST", "/tmserver/!!/fr/store/x", "[]")]:
    req(n, m, p, b, J, expect=[400, 413, 415])
# disconnects midway: send headers promising a body, then close
def disconnect(path, method="POST", ct="application/json"):
    s = socket.create_connection((HOST, PORT)); s.sendall(f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {ct}\r\nContent-Length: 100000\r\n\r\n{{\"text\": \"abc".encode()); s.close()
for p in list(posts) + ["/api/v1/import"]:
    disconnect(p)
# read half an export and close
s = socket.create_connection((HOST, PORT)); s.sendall(b"GET /api/v1/export HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); s.recv(100); s.close()
time.sleep(0.5)
req("after-disconnects", "GET", "/api/v1/health", expect=[200])
req("after-stats", "GET", "/api/v1/stats", expect=[200])
for r in results: print("\t".join(map(str, r)))
