#!/usr/bin/env python3
# 100 stalled imports (headers and 1 byte of 100,000), then a real import and a health check,
# timed: python3 stalled_import.py PORT against a bitext serve on 127.0.0.1:PORT (faultsleft43).
import socket, sys, time, http.client
port=int(sys.argv[1])
socks=[]
for i in range(100):
    s=socket.create_connection(('127.0.0.1',port))
    s.sendall(b'POST /api/v1/import?name=s%d.tsv&src=en&tgt=fr HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/octet-stream\r\nContent-Length: 100000\r\n\r\nx' % i)
    socks.append(s)
time.sleep(1)
t=time.time()
c=http.client.HTTPConnection('127.0.0.1',port,timeout=60)
try:
    c.request('POST','/api/v1/import?name=real.tsv&src=en&tgt=fr',body=b'A real line.\tUne vraie ligne.\n',headers={'Content-Type':'application/octet-stream'})
    r=c.getresponse()
    print('%.3f s' % (time.time()-t), r.status, r.getheader('Retry-After'), r.read()[:200])
except Exception as e:
    print('%.3f s' % (time.time()-t), 'no answer:', e)
t=time.time()
c=http.client.HTTPConnection('127.0.0.1',port,timeout=60)
c.request('GET','/api/v1/health'); r=c.getresponse(); print('health %.3f s' % (time.time()-t), r.status)
