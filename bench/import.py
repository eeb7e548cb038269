#!/usr/bin/env python3
"""Imports COUNT distinct flows into a running Demarc: the file BODY with its id "regional-care-1" replaced by
bench-NNNNNNN, POSTed to /api/v1/flows over CLIENTS keep-alive connections. Prints the statuses and flows/s."""
import http.client
import os
import sys
import threading
import time
from collections import Counter

port, body_file, count, clients = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
template = open(body_file, encoding="utf-8").read()
statuses = Counter()
lock = threading.Lock()


def client(first):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    seen = Counter()
    for i in range(first, count, clients):
        body = template.replace('"regional-care-1"', '"bench-%07d"' % i).encode()
        headers = {"Content-Type": "application/json"}
        if os.environ.get("AUTH"):
            headers["Authorization"] = os.environ["AUTH"]
        conn.request("POST", "/api/v1/flows", body, headers)
        r = conn.getresponse()
        r.read()
        seen[r.status] += 1
    with lock:
        statuses.update(seen)


start = time.time()
threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()
secs = time.time() - start
print("statuses: %s; %d flows in %.1f s (%.0f flows/s)" % (dict(statuses), count, secs, count / secs))
