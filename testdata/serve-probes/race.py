# Usage: python3 race.py HOST PORT UNIT_ID: 12 reviewers PATCH one unit at once from
# the same text ("was"): one is stored, the others told 409.
import http.client, json, sys, threading, collections
H,P,UID=sys.argv[1],int(sys.argv[2]),int(sys.argv[3])
def r(m,p,b=None):
    c=http.client.HTTPConnection(H,P,timeout=60); c.request(m,p,body=json.dumps(b) if b is not None else None,headers={"Content-Type":"application/json"}); x=c.getresponse(); return x.status,json.loads(x.read())
st,u=r("GET",f"/api/v1/units/{UID}")
was=[v["text"] for v in u["variants"] if v["lang"]=="fr"][0]
out=[]
def w(i):
    out.append((i,)+r("PATCH",f"/api/v1/units/{UID}",{"text":f"Relecteur {i} a gagné.","lang":"fr","was":was,"by":f"rev{i}"}))
ts=[threading.Thread(target=w,args=(i,)) for i in range(12)]
[t.start() for t in ts]; [t.join() for t in ts]
print(collections.Counter(x[1] for x in out))
win=[x[0] for x in out if x[1]==200]
st,u=r("GET",f"/api/v1/units/{UID}")
print("winner",win,"stored",[v["text"] for v in u["variants"] if v["lang"]=="fr"][0])
print("a loser's message:",[x[2] for x in out if x[1]!=200][0])
