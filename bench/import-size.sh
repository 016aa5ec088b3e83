#!/usr/bin/env bash
# Table import against input size (issue: the outside tester's findings, item 1). A dry-run import through the
# gateway with a real supervisor token, for tables a city really sends (the city's 22 measures, a 1,000-measure
# table: the most one may hold) and for the tester's input, one-character lines from 2,500 to 100,000. Before the
# fix the time grew with the square of the lines (2,500: 0.85 s, 5,000: 3.4 s, 10,000: past the gateway's 10 s)
# and 100,000 lines kept the registry busy for twenty minutes; now every size is answered at once, what is larger
# than a table may be with a 413 problem. The seed's own dry run is the anchor: no refusal may cost more than a
# real import's preview.
#
# It runs on a platform of its own (run folder .run-bench: PostgreSQL, Kafka, Keycloak, the registry, the gateway)
# and deletes that platform's data at the end. Dry runs write nothing.
#
#   bench/import-size.sh [repetitions per size, default 5]
#   BENCH_KEEP=1   leave the benchmark platform running with its data
source "$(dirname "$0")/lib.sh"

REPEAT="${1:-5}"
trap 'bench_cleanup gateway task-registry' EXIT

start_postgres
running keycloak || drop_keycloak_data
start_kafka
start_keycloak
build_if_needed
for s in task-registry gateway; do stop_pid "$s"; start_service "$s"; done
wait_service task-registry
wait_service gateway

INPUTS="$LOG_DIR/import-inputs"
mkdir -p "$INPUTS"
cp "$ROOT_DIR/deploy/seed/reform-task-table.txt" "$INPUTS/seed-22-measures.txt"
python3 - "$INPUTS" <<'PY'
import sys
folder = sys.argv[1]
# a table of 1,000 measures in the text export's shape: two lists of 500, ten domains each
lines = ["附件", "基准测试：改革举措任务分工表（1000 项）"]
for lst, name in ((1, "一、在全省复制推广的改革举措"), (2, "二、供全省借鉴的改革举措")):
    lines.append(name)
    lines += ["\t序号", "\t改革措施", "\t主要做法", "\t责任单位", "\t工作措施", "\t完成时限", "\t备注"]
    for n in range(1, 501):
        if n % 50 == 1:
            lines.append("\t（" + "一二三四五六七八九十"[(n // 50) % 10] + "）基准领域")
        lines += ["\t%d" % n, "\t基准举措 %d-%03d：推行企业开办全程网上办" % (lst, n),
                  "\t依托一体化政务服务平台，实现企业开办一网通办，压缩至1个工作日。", "\t市政务服务数据管理局牵头，市市场监管局配合",
                  "\t1.建设企业开办专区；", "2.推行电子营业执照。", "\t2021年12月", "\t已完成"]
open(folder + "/large-1000-measures.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
for n in (2_500, 5_000, 10_000, 29_000, 100_000):
    open("%s/one-char-lines-%d.txt" % (folder, n), "w").write("x\n" * n)
PY

token() {
  curl -fsS -d grant_type=password -d client_id=reformhub-cli -d username=supervisor -d password=reformhub \
    "$REFORMHUB_OIDC_URL/protocol/openid-connect/token" | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])'
}
URL="http://127.0.0.1:$GATEWAY_PORT/api/registry/imports?programme=bench-import&dryRun=true&title=bench"
RESULTS="$LOG_DIR/bench-import.txt"
: > "$RESULTS"
info "warming up (20 dry runs of the seed)"
TOKEN=$(token)
for _ in $(seq 1 20); do
  curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/plain; charset=UTF-8' \
    --data-binary @"$INPUTS/seed-22-measures.txt" "$URL"
done
info "measuring: $REPEAT dry runs per input"
for file in seed-22-measures large-1000-measures one-char-lines-2500 one-char-lines-5000 one-char-lines-10000 \
            one-char-lines-29000 one-char-lines-100000; do
  TOKEN=$(token)
  for _ in $(seq 1 "$REPEAT"); do
    curl -s -o "$LOG_DIR/bench-import-body.json" -w "$file %{http_code} %{time_total} %{size_upload}\n" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/plain; charset=UTF-8' \
      --data-binary @"$INPUTS/$file.txt" "$URL" >> "$RESULTS"
  done
  tail -1 "$RESULTS"
done
python3 - "$RESULTS" <<'PY'
import sys, collections
rows = collections.OrderedDict()
for line in open(sys.argv[1]):
    name, status, seconds, size = line.split()
    rows.setdefault(name, []).append((int(status), float(seconds) * 1000, int(float(size))))
anchor = max(ms for _, ms, _ in rows["seed-22-measures"])
print()
print("input                     bytes      status  ms (min-max)")
ok = True
for name, runs in rows.items():
    statuses = sorted({s for s, _, _ in runs})
    low, high = min(ms for _, ms, _ in runs), max(ms for _, ms, _ in runs)
    print(f"{name:24s} {runs[0][2]:9d}  {','.join(map(str, statuses)):6s}  {low:7.1f}-{high:.1f}")
    if any(s >= 500 for s in statuses):
        ok = False
big = rows["one-char-lines-100000"]
worst = max(ms for _, ms, _ in big)
print()
print(f"100,000 one-character lines: {worst:.0f} ms at worst, status {sorted({s for s, _, _ in big})} (goal: a clear problem in <= 2000 ms)")
print(f"anchor, the seed's dry run: {anchor:.0f} ms at worst")
ok = ok and worst <= 2000 and all(s == 413 for s, _, _ in big)
print("goal met" if ok else "GOAL MISSED")
sys.exit(0 if ok else 1)
PY
