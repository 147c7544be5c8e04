# Usage: python3 verify.py HOST PORT TAG: each write load.py was answered 200 is
# stored and each it was answered 503 is not; each edited unit holds the last edit
# answered 200.
import http.client, json, sys, urllib.parse, collections
H,P,TAG=sys.argv[1],int(sys.argv[2]),sys.argv[3]
res=json.load(open(f"/tmp/srv41-load-{TAG}.json"))
def get(p):
    c=http.client.HTTPConnection(H,P,timeout=60); c.request("GET",p); x=c.getresponse(); return x.status,json.loads(x.read())
bad=collections.Counter()
lastpatch={}
for t,w,st,d,dt in res:
    kind,arg=w
    if kind=="unit" and st in (200,503):
        s,j=get("/api/v1/lookup?"+urllib.parse.urlencode({"q":arg,"src":"en","tgt":"fr","min":100}))
        found=any(m["source"]==arg for m in j.get("matches",[]))
        if found!=(st==200): bad[("unit",st,found)]+=1
    if kind=="gloss" and st in (200,503):
        s,j=get("/api/v1/glossary?"+urllib.parse.urlencode({"q":arg}))
        found=any(e["canonical"]==arg for e in j.get("entries",[]))
        if found!=(st==200): bad[("gloss",st,found)]+=1
    if kind=="patch" and st==200:
        lastpatch.setdefault(arg[0],[]).append((t,arg[1]))
    if kind=="patch" and st==503:
        lastpatch.setdefault(arg[0],[]).append((t,"503:"+arg[1]))
for uid,l in lastpatch.items():
    s,j=get(f"/api/v1/units/{uid}")
    fr=[v["text"] for v in j.get("variants",[]) if v["lang"]=="fr"]
    texts=[x[1] for x in sorted(l)]
    cur=fr[0] if fr else None
    if cur and "503:"+cur in texts: bad[("patch-503-stored",)]+=1
    elif cur and cur not in texts: bad[("patch-none",)]+=1
    elif cur and texts and cur!=[x for x in texts if not x.startswith("503:")][-1]: bad[("patch-not-last",)]+=1
print(TAG,"mismatches:",dict(bad),"units patched:",len(lastpatch))
