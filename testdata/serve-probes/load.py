# Usage: python3 load.py HOST PORT SECONDS THREADS TAG: THREADS clients at once,
# each looking up, searching the concordance, storing units, adding glossary entries
# and editing units 1-39 (as the BENCHMARKS srv41 section); answers are kept in
# /tmp/srv41-load-TAG.json for verify.py.
import http.client, json, sys, threading, time, random, collections, urllib.parse
H,P,DUR,NT=sys.argv[1],int(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4])
TAG=sys.argv[5] if len(sys.argv)>5 else "L"
res=[]; lock=threading.Lock()
def r(m,p,b=None):
    c=http.client.HTTPConnection(H,P,timeout=60)
    t0=time.time()
    try:
        c.request(m,p,body=json.dumps(b) if b is not None else None,headers={"Content-Type":"application/json"})
        x=c.getresponse(); d=x.read(); return x.status,d,time.time()-t0
    except Exception as e:
        return None,repr(e).encode(),time.time()-t0
def worker(i):
    rnd=random.Random(i); n=0
    end=time.time()+DUR
    while time.time()<end:
        n+=1; k=rnd.randrange(5)
        if k==0:
            st,d,dt=r("GET","/api/v1/lookup?"+urllib.parse.urlencode({"q":f"Slow source sentence number {rnd.randrange(3000)} here.","src":"en","tgt":"fr"}))
            what=("lookup",None)
        elif k==1:
            src=f"{TAG} worker {i} pair {n}."
            st,d,dt=r("POST","/api/v1/units",{"src":"en","tgt":"fr","pairs":[{"source":src,"target":f"{TAG} travailleur {i} paire {n}."}]})
            what=("unit",src)
        elif k==2:
            can=f"{TAG}name{i}x{n} Person"
            st,d,dt=r("POST","/api/v1/glossary",{"entries":[{"canonical":can,"variants":[can+"e"]}]})
            what=("gloss",can)
        elif k==3:
            uid=rnd.randrange(1,40)
            st,d,dt=r("PATCH",f"/api/v1/units/{uid}",{"text":f"{TAG} edit {i}-{n}","lang":"fr"})
            what=("patch",(uid,f"{TAG} edit {i}-{n}"))
        else:
            st,d,dt=r("GET","/api/v1/concordance?term=Slow&src=en&tgt=fr&max=5")
            what=("conc",None)
        with lock: res.append((time.time(),what,st,d[:200],dt))
ts=[threading.Thread(target=worker,args=(i,)) for i in range(NT)]
[t.start() for t in ts]; [t.join() for t in ts]
c=collections.Counter((w[0],st) for _,w,st,_,_ in res)
for k,v in sorted(c.items(),key=str): print(k,v)
bad=[x for x in res if x[2] is None or (x[2]>=500 and x[2]!=503) or (x[2]==503 and b"unavailable" not in x[3] and b"time limit" not in x[3] and b"busy" not in x[3])]
for x in bad[:10]: print("BAD",x)
print("max latency %.1fs"%max(x[4] for x in res))
json.dump([[t,w,st,d.decode(errors='replace'),dt] for t,w,st,d,dt in res],open(f"/tmp/srv41-load-{TAG}.json","w"))
