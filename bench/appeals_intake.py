"""Open-loop load for the appeal intake benchmark (bench/appeals-intake.sh).

Sends POST /api/appeals/appeals through the gateway at a fixed rate for a fixed time from several threads with
keep-alive connections. Each request has a scheduled start (i / rate); its latency is measured from that
schedule, not from when a thread got round to it, so a slow server cannot hide its queueing (no coordinated
omission). Prints one line: sent ok other p50_ms p99_ms achieved_rps.

    python3 bench/appeals_intake.py HOST PORT TOKEN RATE SECONDS [THREADS]
"""
import http.client
import itertools
import json
import sys
import threading
import time

host, port, token, rate, seconds = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
threads = int(sys.argv[6]) if len(sys.argv) > 6 else 32
body = json.dumps({"enterpriseName": "横琴示例科技", "contactPerson": "张三", "phone": "0756-1234567", "category": "land",
                   "title": "基准测试：厂房用地手续", "description": "用地规划许可办理超时（基准测试数据，测试结束即删除）",
                   "district": "横琴"}, ensure_ascii=False).encode()
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
total = int(rate * seconds)
slots = itertools.count()
lock = threading.Lock()
latencies, statuses = [], []
start = time.perf_counter() + 0.5


def worker():
    connection = http.client.HTTPConnection(host, port, timeout=30)
    while True:
        with lock:
            i = next(slots)
        if i >= total:
            break
        scheduled = start + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        try:
            connection.request("POST", "/api/appeals/appeals", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = http.client.HTTPConnection(host, port, timeout=30)
            status = 0
        elapsed = time.perf_counter() - scheduled
        with lock:
            latencies.append(elapsed)
            statuses.append(status)


pool = [threading.Thread(target=worker) for _ in range(threads)]
for t in pool:
    t.start()
for t in pool:
    t.join()
wall = time.perf_counter() - start
latencies.sort()
ok = sum(1 for s in statuses if s == 201)


def percentile(p):
    return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000


print(f"{len(statuses)} {ok} {len(statuses) - ok} {percentile(0.50):.1f} {percentile(0.99):.1f} {len(statuses) / wall:.0f}")
